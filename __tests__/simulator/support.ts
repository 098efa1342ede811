/** Small helpers for talking to the simulator the way a client does. */
import type { Simulator } from '../../test-support/simulator/index.js'

export interface Answer {
  status: number
  headers: Headers
  text: string
  json: unknown
}

export type Call = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>
) => Promise<Answer>

/** A client for one token; redirects are not followed, so 302s can be asserted. */
export function client(sim: Simulator, token: string = sim.tokens.githubToken): Call {
  return async (method, path, body, headers = {}) => {
    const response = await fetch(`${sim.apiUrl}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        authorization: `Bearer ${token}`,
        'user-agent': 'runctl-simulator-tests',
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
    })
    const text = await response.text()
    let json: unknown
    try {
      json = text ? JSON.parse(text) : undefined
    } catch {
      json = undefined
    }
    return { status: response.status, headers: response.headers, text, json }
  }
}

export const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/** Polls until the check passes (returns a value) or the time is up. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 5000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await sleep(25)
  }
}

/** The run's JSON as the API shows it now. */
export function runOf(sim: Simulator, id: number): Record<string, unknown> {
  return sim.getRun(id) as Record<string, unknown>
}

export async function untilStatus(sim: Simulator, id: number, status: string, timeoutMs = 5000) {
  return eventually(
    async () => (runOf(sim, id)['status'] === status ? runOf(sim, id) : undefined),
    timeoutMs
  )
}

export const R = '/repos/octo/demo/actions'
