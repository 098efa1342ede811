/** Small helpers for talking to the simulator the way a client does. */
import { connect } from 'node:net'
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

export interface RawAnswer {
  status?: number
  body: string
  /** 'timeout' when nothing complete arrived in time, 'reset' when the server dropped the connection mid-body. */
  error?: 'timeout' | 'reset'
}

/**
 * A bare HTTP/1.1 GET over a TCP socket: sends only the headers given (no User-Agent unless
 * asked) and reports a connection dropped mid-body. Raw sockets also stay clear of nock, which
 * other test files leave hooked into node:http.
 */
export function rawGet(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number
): Promise<RawAnswer> {
  const target = new URL(url)
  return new Promise(resolve => {
    const socket = connect(Number(target.port), target.hostname)
    let data = Buffer.alloc(0)
    const finish = (error?: RawAnswer['error']) => {
      clearTimeout(timer)
      socket.destroy()
      const text = data.toString('utf8')
      const split = text.indexOf('\r\n\r\n')
      const head = split >= 0 ? text.slice(0, split) : ''
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]) || undefined
      const body = split >= 0 ? text.slice(split + 4) : ''
      const length = Number(/\r\ncontent-length: (\d+)/i.exec(head)?.[1] ?? NaN)
      const complete =
        status !== undefined && (Number.isNaN(length) || Buffer.byteLength(body) >= length)
      resolve({ status, body, error: error ?? (complete ? undefined : 'reset') })
    }
    const timer = setTimeout(() => finish('timeout'), timeoutMs)
    socket.on('data', chunk => {
      data = Buffer.concat([data, chunk])
    })
    socket.on('close', () => finish())
    socket.on('error', () => finish())
    const lines = [
      `GET ${target.pathname}${target.search} HTTP/1.1`,
      `host: ${target.host}`,
      'connection: close'
    ]
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
    socket.write(`${lines.join('\r\n')}\r\n\r\n`)
  })
}
