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

// ---------------------------------------------------------------------------------------------
// The one classifier of what GitHub (or the way to it) answered
// ---------------------------------------------------------------------------------------------

/** An HTTP answer as the classifier needs it (header names lower-case). */
export interface Answer {
  readonly status: number
  readonly headers: Readonly<Record<string, string | number | undefined>>
  /** GitHub's message from the body, when it had one. */
  readonly message?: string
}

/**
 * Whether an answer is a rate limit, and which: `primary` (the hourly quota is spent: wait for
 * x-ratelimit-reset) or `secondary` (too much too fast: wait retry-after, else a minute).
 * GitHub answers both with 403 or 429 (docs: rate-limits-for-the-rest-api): a 429 always, a
 * 403 when x-ratelimit-remaining is 0, when it sends retry-after, or when its message says
 * "rate limit" (a proxy may drop the headers, never the body).
 */
export function rateLimitOf(answer: Answer): 'primary' | 'secondary' | undefined {
  const { status, headers } = answer
  if (status !== 403 && status !== 429) return undefined
  const message = answer.message ?? ''
  const secondary = /\bsecondary rate\b/i.test(message)
  const exhausted = String(headers['x-ratelimit-remaining']) === '0'
  const reset = Number(headers['x-ratelimit-reset'])
  if (exhausted && !secondary && Number.isFinite(reset) && reset > 0) return 'primary'
  if (
    status === 429 ||
    exhausted ||
    secondary ||
    headers['retry-after'] !== undefined ||
    /rate limit/i.test(message)
  ) {
    return 'secondary'
  }
  return undefined
}

/**
 * What a failure is, for every caller that must react to it (the retry policy, the poll loop,
 * the operations):
 * - `rate-limited`: GitHub refused for now; wait as it says (rateLimitOf);
 * - `temporary`: worth trying again later (5xx, no answer, a truncated body, a network failure);
 * - `permission`: a 401, or a 403/404 that GitHub says the token lacks a permission for;
 * - `refused`: any other answer GitHub gave on purpose (4xx): the same request fails again;
 * - `internal`: a programming error in runctl (TypeError, RangeError, ReferenceError…), never
 *   temporary: the step ends at once and asks for a report;
 * - `other`: anything else (a sentence runctl made, a budget spent, a refused redirect).
 */
export type FailureClass =
  'rate-limited' | 'temporary' | 'permission' | 'refused' | 'internal' | 'other'

export function classify(error: unknown): FailureClass {
  if (error instanceof MalformedResponseError || error instanceof TransportError) return 'temporary'
  const status = httpStatus(error)
  if (status !== undefined) {
    if (isRateLimited(error)) return 'rate-limited'
    if (status >= 500) return 'temporary'
    if (status === 401 || permissionGap(error) !== undefined) return 'permission'
    return status >= 400 ? 'refused' : 'other'
  }
  if (isNetworkFailure(error)) return 'temporary'
  if (isProgrammingError(error)) return 'internal'
  return 'other'
}

/** Worth trying again later: server errors, rate limits, network failures, timeouts, truncated bodies. */
export function isTransient(error: unknown): boolean {
  const found = classify(error)
  return found === 'temporary' || found === 'rate-limited'
}

export function isRateLimited(error: unknown): boolean {
  const status = httpStatus(error)
  if (status === undefined) return false
  const headers = asHttpLike(error)?.response?.headers ?? {}
  return rateLimitOf({ status, headers, message: apiMessage(error) }) !== undefined
}

/** The classes of JavaScript's own errors: a bug in runctl, never something to retry. */
const PROGRAMMING_ERRORS = new Set([
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError'
])

/**
 * No answer: a timeout or abort, or a failure of the connection. fetch (undici) reports the
 * latter as `TypeError: fetch failed` with the reason in `cause` (a code such as ECONNRESET, or
 * undici's own error), so it is told by its cause, never by its class.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { name, code, cause } = error as { name?: unknown; code?: unknown; cause?: unknown }
  if (name === 'AbortError' || name === 'TimeoutError') return true
  if (typeof code === 'string' && NETWORK_CODE.test(code)) return true
  if (typeof cause !== 'object' || cause === null) return false
  const inner = cause as { name?: unknown; code?: unknown }
  if (typeof inner.code === 'string' && NETWORK_CODE.test(inner.code)) return true
  return inner.name === 'AbortError' || inner.name === 'TimeoutError'
}

/** Error codes of a connection that failed or broke (Node's and undici's). */
const NETWORK_CODE =
  /^(E(CONN(RESET|REFUSED|ABORTED)|TIMEDOUT|PIPE|NOTFOUND|AI_AGAIN|HOSTUNREACH|NETUNREACH|NETDOWN|PROTO)|UND_ERR_\w+)$/

/** A TypeError, RangeError, ReferenceError… that is not a network failure: a bug in runctl. */
export function isProgrammingError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  // By name, not instanceof: errors from another realm (a vm context, a test runner) count too.
  const name = (error as { name?: unknown }).name
  return typeof name === 'string' && PROGRAMMING_ERRORS.has(name) && !isNetworkFailure(error)
}

/** The step's one sentence for a bug in runctl; the stack goes to the debug log (main.ts). */
export function internalErrorSentence(error: unknown): string {
  const { name, message } = error as { name?: unknown; message?: unknown }
  const what = typeof message === 'string' && message ? `${String(name)}: ${message}` : String(name)
  return `runctl hit an internal error (${what.split('\n')[0]}), please report it with the step's debug log (the stack is there).`
}

// ---------------------------------------------------------------------------------------------
// Permissions: what GitHub says a refused call needed
// ---------------------------------------------------------------------------------------------

/**
 * GitHub sends X-Accepted-GitHub-Permissions to GitHub Apps (GITHUB_TOKEN included) and
 * fine-grained tokens, on every answer: sets separated by ";" (any one set suffices), the
 * permissions of a set by "," (all of them needed), each as name=level ("actions=write").
 * "actions=write" reads "actions: write"; "a=read,b=read; c=write" reads
 * "a: read and b: read, or c: write".
 */
export function acceptedPermissions(header: string | undefined): string | undefined {
  const sets = (header ?? '')
    .split(';')
    .map(set =>
      set
        .split(',')
        .map(pair => pair.trim().split('='))
        .filter((pair): pair is [string, string] => pair.length === 2 && !!pair[0] && !!pair[1])
        .map(([name, level]) => `${name.trim().replace(/_/g, ' ')}: ${level.trim()}`)
    )
    .filter(set => set.length > 0)
    .map(set => joinWords(set, 'and'))
  return sets.length > 0 ? joinWords(sets, 'or') : undefined
}

function joinWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`
}

const GITHUB_TOKEN_HINT = " (for GITHUB_TOKEN, in the job's permissions:)"

/** The scopes of a comma-separated X-OAuth-Scopes / X-Accepted-OAuth-Scopes header. */
function scopes(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map(scope => scope.trim())
    .filter(scope => scope.length > 0)
}

/** owner/repo of a /repos/{owner}/{repo}/… request, as the messages name it. */
function repositoryOf(error: unknown): string | undefined {
  const url = asHttpLike(error)?.request?.url
  if (typeof url !== 'string') return undefined
  const match = /\/repos\/([^/?#]+)\/([^/?#]+)/.exec(pathOf(url))
  return match
    ? `${decodeURIComponent(match[1] ?? '')}/${decodeURIComponent(match[2] ?? '')}`
    : undefined
}

/**
 * What the token lacks, when GitHub's answer says so. GitHub names what a call accepts on every
 * answer (X-Accepted-GitHub-Permissions for apps, GITHUB_TOKEN and fine-grained tokens;
 * X-Accepted-OAuth-Scopes for classic ones, which also get their own scopes in X-OAuth-Scopes),
 * so the headers alone do not mean a permission is missing:
 * - a classic token whose scopes include none of the accepted ones certainly lacks one;
 * - a 403 "Resource not accessible by integration / personal access token" means the token
 *   lacks the named permission;
 * - a 404 is also what a token that cannot see a private repository gets: maybe.
 * Other 403s (not a reviewer, a run still going) are not a missing permission: undefined.
 */
export function permissionGap(
  error: unknown,
  options: { githubTokenHint?: boolean } = {}
): { readonly needs: string; readonly certain: boolean } | undefined {
  const status = httpStatus(error)
  if ((status !== 403 && status !== 404) || isRateLimited(error)) return undefined
  const repository = repositoryOf(error)
  const on = repository ? ` on ${repository}` : ''
  const tokenScopes = responseHeader(error, 'x-oauth-scopes')
  if (tokenScopes !== undefined) {
    const accepted = scopes(responseHeader(error, 'x-accepted-oauth-scopes'))
    const has = scopes(tokenScopes)
    if (accepted.length === 0 || accepted.some(scope => has.includes(scope))) return undefined
    const scope =
      accepted.length === 1
        ? `the ${accepted[0]} scope`
        : `one of the scopes ${joinWords(accepted, 'or')}`
    return {
      needs: `${scope}${on} (it has ${has.length > 0 ? has.join(', ') : 'no scope'})`,
      certain: true
    }
  }
  const permissions = acceptedPermissions(responseHeader(error, 'x-accepted-github-permissions'))
  if (permissions === undefined) return undefined
  if (status === 403 && !/not accessible by/i.test(apiMessage(error))) return undefined
  return status === 403
    ? {
        needs: `${permissions}${on}${options.githubTokenHint === false ? '' : GITHUB_TOKEN_HINT}`,
        certain: true
      }
    : { needs: `${permissions}${on}`, certain: false }
}

/**
 * The gap as the end of a sentence: "the token needs actions: write on o/r (…)", or for a 404
 * "it does not exist, or the token lacks actions: read on o/r"; undefined when GitHub named none.
 */
export function missingPermission(
  error: unknown,
  options: { githubTokenHint?: boolean } = {}
): string | undefined {
  const gap = permissionGap(error, options)
  if (gap === undefined) return undefined
  return gap.certain
    ? `the token needs ${gap.needs}`
    : `it does not exist, or the token cannot see it (that needs ${gap.needs})`
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
    const lacking = missingPermission(error)
    if (lacking !== undefined) {
      return `GitHub answered ${status}${where}${detail ? ` (${detail.replace(/\.$/, '')})` : ''}: ${lacking}.`
    }
    const hint = statusHint(status, error, request?.method)
    return `GitHub answered ${status}${where}${detail ? `: ${detail.replace(/\.$/, '')}` : ''}.${hint ? ` ${hint}` : ''}`
  }
  if (isProgrammingError(error)) return internalErrorSentence(error)
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
