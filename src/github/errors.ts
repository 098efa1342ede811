/** Telling API failures apart, and turning any thrown value into one readable sentence. */
import { Inputs } from '../constants.js'

/** An error whose message is already the one sentence the user should read. */
export class OperationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OperationError'
  }
}

/** A 2xx answer whose body was not what the endpoint returns (truncated or not JSON). */
export class MalformedResponseError extends Error {
  constructor(what: string) {
    super(`GitHub answered ${what} with a body that is not valid JSON of the expected shape.`)
    this.name = 'MalformedResponseError'
  }
}

/**
 * No HTTP answer at all: the request timed out or the connection failed. Worded as what
 * happened, never as a status GitHub did not send (octokit reports both as "500").
 */
export class TransportError extends Error {
  constructor(
    readonly kind: 'timeout' | 'network',
    readonly method: string,
    path: string,
    detail: string
  ) {
    super(
      kind === 'timeout'
        ? `GitHub did not answer ${method} ${path} within ${detail} s.`
        : `The connection to GitHub failed on ${method} ${path} (${detail}).`
    )
    this.name = 'TransportError'
  }
}

/**
 * A wait (rate limit, retry) that cannot fit in the time budget: the step fails at once with
 * when the wait would end and how to allow it, instead of sleeping past timeout-seconds.
 */
export class BudgetError extends OperationError {
  constructor(message: string) {
    super(message)
    this.name = 'BudgetError'
  }
}

interface HttpLike {
  status?: unknown
  message?: unknown
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
  request?: { method?: string; url?: string }
}

function asHttpLike(error: unknown): HttpLike | undefined {
  return typeof error === 'object' && error !== null ? (error as HttpLike) : undefined
}

export function httpStatus(error: unknown): number | undefined {
  const status = asHttpLike(error)?.status
  return typeof status === 'number' ? status : undefined
}

export function responseHeader(error: unknown, name: string): string | undefined {
  return asHttpLike(error)?.response?.headers?.[name.toLowerCase()]
}

/** GitHub's own message from an error body, e.g. "Cannot cancel a workflow run that is completed." */
export function apiMessage(error: unknown): string {
  const data = asHttpLike(error)?.response?.data
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const message = (data as { message?: unknown }).message
    if (typeof message === 'string') return message
  }
  const message = asHttpLike(error)?.message
  return typeof message === 'string' ? message : ''
}

/** Worth trying again later: server errors, network failures, timeouts, truncated bodies. */
export function isTransient(error: unknown): boolean {
  if (error instanceof MalformedResponseError || error instanceof TransportError) return true
  const status = httpStatus(error)
  if (status !== undefined) return status >= 500 || status === 429
  const name = asHttpLike(error) && (error as { name?: unknown }).name
  return name === 'AbortError' || name === 'TimeoutError' || name === 'TypeError'
}

export function isRateLimited(error: unknown): boolean {
  const status = httpStatus(error)
  if (status === 429) return true
  if (status !== 403) return false
  return (
    responseHeader(error, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(apiMessage(error))
  )
}

/** Any thrown value as one line, never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof OperationError) return error.message
  const status = httpStatus(error)
  const version = status === 400 ? unsupportedApiVersion(error) : undefined
  if (version !== undefined) return version
  if (status !== undefined && asHttpLike(error)?.request) {
    const request = asHttpLike(error)?.request
    const where =
      request?.method && request.url ? ` to ${request.method} ${pathOf(request.url)}` : ''
    const detail = apiMessage(error)
    const hint = statusHint(status, error, request?.method)
    return `GitHub answered ${status}${where}${detail ? `: ${detail.replace(/\.$/, '')}` : ''}.${hint ? ` ${hint}` : ''}`
  }
  if (error instanceof Error) return error.message || error.name
  if (typeof error === 'string') return error
  try {
    return `Unexpected failure: ${JSON.stringify(error)}`
  } catch {
    return 'Unexpected failure.'
  }
}

/**
 * A server that does not know the X-GitHub-Api-Version sent answers every request 400, naming
 * the versions it supports: one sentence naming the input and those versions.
 */
function unsupportedApiVersion(error: unknown): string | undefined {
  const message = apiMessage(error)
  if (!/X-GitHub-Api-Version/i.test(message)) return undefined
  const supported = [...(message.split(/supported:/i)[1] ?? '').matchAll(/\d{4}-\d{2}-\d{2}/g)].map(
    found => found[0]
  )
  const accepts =
    supported.length > 0
      ? `it accepts ${supported.join(', ')}`
      : 'see its REST API documentation for the versions it accepts'
  return `The server does not accept the REST API version set in input '${Inputs.ApiVersion}' (GitHub answered 400); ${accepts}, so set '${Inputs.ApiVersion}' to one of those.`
}

/** The path of a request URL, without host and query: what messages name. */
export function pathOf(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.pathname
  } catch {
    return url.split('?')[0] ?? url
  }
}

function statusHint(status: number, error: unknown, method: string | undefined): string {
  if (status === 401) return 'The token is missing, invalid or expired.'
  if (status === 403 && isRateLimited(error)) return 'The API rate limit is exhausted; try later.'
  if (status === 403 && /not accessible by integration/i.test(apiMessage(error))) {
    return "The token lacks a permission: give the job 'permissions: actions: write' (or 'actions: read' to only read)."
  }
  if (status === 404) {
    return 'Check the repository and id, and that the token can read that repository.'
  }
  if (status >= 500) {
    return method === 'GET'
      ? 'GitHub had a server error; the request was retried and still failed.'
      : 'GitHub had a server error; writes are not resent blindly, so check the run before trying again.'
  }
  return ''
}
