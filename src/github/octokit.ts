import * as log from '../step-log.js'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { HttpClient } from '@actions/http-client'
import { fetch as undiciFetch } from 'undici'
import { systemClock, type Deadline } from '../clock.js'
import { USER_AGENT } from '../constants.js'
import {
  BudgetError,
  MalformedResponseError,
  OperationError,
  TransportError,
  budgetRanOut,
  httpStatus,
  pathOf,
  responseHeader
} from './errors.js'
import { plainJsonBodies } from './json-body.js'

export type Octokit = ReturnType<typeof getOctokit>
export type FetchLike = (url: string, init?: Record<string, unknown>) => Promise<Response>

export interface OctokitOptions {
  token: string
  baseUrl: string
  apiVersion: string
  /** Replaces the proxy-aware fetch (tests pass globalThis.fetch, which nock intercepts). */
  fetch?: FetchLike
  /** The operation's time budget (timeout-seconds): no request, retry or wait outlasts it. */
  deadline?: Deadline
  /** Abort any single request after this long (less when the budget has less left). */
  requestTimeoutMs?: number
  /**
   * What one second of every wait lasts, as a fraction of a real second: retry back-off,
   * retry-after, rate-limit waits. 1 in production; only tests shrink it (RUNCTL_TEST_TIME_SCALE,
   * read by createGitHubClient). Timeouts and the budget itself are never scaled.
   */
  timeScale?: number
  /** plugin-throttling on (production) or off (unit tests that need no 1 s spacing of writes). */
  throttle?: boolean
  /** How the retry waits sleep (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>
  /** Longest retry-after we honour before giving up on a request. */
  maxRetryAfterSeconds?: number
  /** Times a read is tried again after no usable answer or a retry-after, before it fails. */
  retries?: number
  /** Counts every HTTP request actually sent, retries included. */
  stats?: { requests: number; notModified: number }
  /** Sees the headers of every answer, errors included (the server's identity is read there). */
  onAnswer?: (headers: Record<string, string | number | undefined>) => void
}

/**
 * Per-request option (`request: { validate }`): whether a read's parsed body has the shape the
 * caller needs. A body that fails it is retried like a truncated one, never used.
 */
export type BodyCheck = (data: unknown) => boolean

/**
 * A fetch that goes through HTTPS_PROXY / NO_PROXY exactly as @actions/github does, but decided
 * for the URL we really call (its own default is decided from GITHUB_API_URL at import time).
 */
export function proxyFetchFor(url: string): FetchLike {
  const dispatcher = new HttpClient().getAgentDispatcher(url)
  return (target, init) =>
    undiciFetch(target, { ...(init ?? {}), dispatcher } as never) as unknown as Promise<Response>
}

/** The media type GitHub's reference asks for (octokit's default is the old …v3+json). */
export const ACCEPT = 'application/vnd.github+json'
const RETRY_AFTER_STATUSES = [403, 429, 503]
const SAFE_METHODS = ['GET', 'HEAD']
/** Statuses plugin-retry must leave alone: 429 belongs to throttling, the others fail again. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]
/** plugin-throttling's wait for a secondary limit without retry-after, in seconds. */
const SECONDARY_FALLBACK_SECONDS = 60

interface RequestOptionsLike {
  method: string
  url: string
  request?: Record<string, unknown>
  [key: string]: unknown
}

/**
 * The timeout of one request: the per-request cap, or less when the budget has less left. A
 * request sent in the budget's last second or after it (a final read, cancel-on-timeout) gets
 * what is left of a short grace instead, so every fault ends within timeout-seconds + GRACE_MS.
 */
export function requestTimeoutMs(capMs: number, deadline: Deadline | undefined): number {
  if (!deadline) return capMs
  const left = deadline.remainingMs()
  return Math.max(1, Math.min(capMs, left >= 1000 ? left : deadline.graceLeftMs()))
}

/** Time as people read it in a log: 2026-01-01T12:00:00Z. */
function clockTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d+Z$/, 'Z')
}

function seconds(ms: number): string {
  return ms >= 10_000 ? String(Math.round(ms / 1000)) : String(Math.round(ms / 100) / 10)
}

/** Decides whether a wait fits in the budget; if not, the one sentence to fail with. */
class Budget {
  constructor(
    private readonly deadline: Deadline | undefined,
    readonly secondMs: number
  ) {}

  fits(waitMs: number): boolean {
    return !this.deadline || waitMs <= this.deadline.remainingMs()
  }

  /** Throws a BudgetError unless a wait of `waitSeconds` (ending at `until`) fits. */
  ensureFits(what: string, waitSeconds: number, until: number): void {
    const waitMs = waitSeconds * this.secondMs
    if (this.fits(waitMs) || !this.deadline) return
    throw new BudgetError(
      `${what} until ${clockTime(until)} (${Math.ceil(waitSeconds)} s from now), which does not fit in the ${seconds(this.deadline.remainingMs())} s left of timeout-seconds (${this.deadline.timeoutSeconds}); raise 'timeout-seconds' to wait for it.`
    )
  }

  ensureCanSend(method: string, path: string): void {
    if (!this.deadline || this.deadline.graceLeftMs() > 0) return
    throw new BudgetError(
      budgetRanOut(this.deadline.timeoutSeconds, `before ${method} ${path} could be sent`)
    )
  }
}

/** A request that got no HTTP answer (timeout, connection failure), as a TransportError. */
function asTransportError(
  error: unknown,
  method: string,
  path: string,
  timeoutMs: number
): TransportError | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { name, cause, response, message } = error as {
    name?: unknown
    cause?: { name?: unknown; message?: unknown }
    response?: unknown
    message?: unknown
  }
  const timedOut = (n: unknown) => n === 'TimeoutError' || n === 'AbortError'
  if (timedOut(name) || timedOut(cause?.name)) {
    return new TransportError('timeout', method, path, seconds(timeoutMs))
  }
  // @octokit/request reports a failed fetch as a RequestError 500 without a response.
  if (httpStatus(error) === 500 && response === undefined) {
    const detail = typeof message === 'string' && message ? message : 'no answer'
    return new TransportError('network', method, path, detail)
  }
  return undefined
}

/** Whether a 2xx read's body can be used: parsed JSON of the shape the caller asked for. */
function readable(
  response: { status: number; data: unknown },
  request: Record<string, unknown> | undefined
): boolean {
  if (request?.['parseSuccessResponseBody'] === false) return true
  if (response.status === 204 || response.status === 205) return true
  const data = response.data
  // @octokit/request hands back the raw text, or an empty ArrayBuffer, when it cannot parse.
  if (typeof data !== 'object' || data === null || data instanceof ArrayBuffer) return false
  const validate = request?.['validate']
  return typeof validate === 'function' ? (validate as BodyCheck)(data) === true : true
}

/** The wait plugin-throttling would start for this 403/429, in seconds, and when it ends. */
function throttlingWait(
  error: unknown,
  now: number
): { what: string; seconds: number; until: number } | undefined {
  const status = httpStatus(error)
  if (status !== 403 && status !== 429) return undefined
  const message = (error as { message?: unknown }).message
  if (typeof message === 'string' && /\bsecondary rate\b/i.test(message)) {
    const waitSeconds = Number(responseHeader(error, 'retry-after')) || SECONDARY_FALLBACK_SECONDS
    return {
      what: "GitHub's secondary rate limit asks to wait",
      seconds: waitSeconds,
      until: now + waitSeconds * 1000
    }
  }
  if (responseHeader(error, 'x-ratelimit-remaining') === '0') {
    const reset = Number(responseHeader(error, 'x-ratelimit-reset')) * 1000
    const waitSeconds = Math.max(Math.ceil((reset - now) / 1000) + 1, 0)
    return { what: "GitHub's API rate limit is exhausted", seconds: waitSeconds, until: reset }
  }
  return undefined
}

/**
 * Innermost plugin, run once per attempt of the plugins above it:
 * - the token stays home: a request to another origin (a foreign pagination Link) is refused;
 * - a fresh timeout per attempt, never longer than the budget has left;
 * - a read that gets no HTTP answer (timeout, reset) or an unusable body (truncated, HTML,
 *   empty, wrong shape) is retried with back-off while it fits in the budget; writes are not
 *   (`GitHubClient.mutate` checks whether they took effect);
 * - `retry-after` honoured on any 429/403/503 that carries it (plugin-throttling reads it only
 *   on "secondary rate" messages, plugin-retry never); a POST is resent only on 429/403;
 * - no wait of the plugins above (plugin-retry's back-off, plugin-throttling's rate-limit waits)
 *   is started unless it fits in the budget: otherwise one sentence says until when and how to
 *   raise timeout-seconds.
 */
function resilience(options: Required<Pick<OctokitOptions, 'sleep'>> & OctokitOptions) {
  const capMs = options.requestTimeoutMs ?? 60_000
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 900
  const retries = options.retries ?? 3
  const apiOrigin = new URL(options.baseUrl).origin
  const budget = new Budget(options.deadline, 1000 * (options.timeScale ?? 1))
  return (octokit: { hook: { wrap: (name: 'request', fn: unknown) => void } }) => {
    octokit.hook.wrap(
      'request',
      async (
        request: (o: RequestOptionsLike) => Promise<{ status: number; data: unknown }>,
        requestOptions: RequestOptionsLike
      ) => {
        const method = requestOptions.method
        const path = filledPath(requestOptions)
        refuseForeignOrigin(requestOptions.url, apiOrigin, method)
        const safe = SAFE_METHODS.includes(method)
        for (let attempt = 0; ; attempt++) {
          budget.ensureCanSend(method, path)
          const timeoutMs = requestTimeoutMs(capMs, options.deadline)
          // Mutated in place: the hooks below us (token auth) read the original options object.
          // Octokit has no option for default headers (the constructor's are not sent), so the
          // version and the media type the reference asks for are set here.
          requestOptions.headers = {
            ...(requestOptions.headers as Record<string, string>),
            accept: ACCEPT,
            'x-github-api-version': options.apiVersion
          }
          requestOptions.request = {
            ...requestOptions.request,
            signal: AbortSignal.timeout(timeoutMs)
          }
          // Counted here, innermost, so retries by the plugins above are counted too.
          if (options.stats) options.stats.requests++
          let failure: Error
          try {
            const response = await request(requestOptions)
            options.onAnswer?.((response as { headers?: Record<string, string> }).headers ?? {})
            if (!safe || readable(response, requestOptions.request)) return response
            failure = new MalformedResponseError(`${method} ${path}`)
          } catch (error) {
            const answered = (error as { response?: { headers?: Record<string, string> } }).response
            if (answered?.headers) options.onAnswer?.(answered.headers)
            const status = httpStatus(error) ?? 0
            if (status === 304 && options.stats) options.stats.notModified++
            const transport = asTransportError(error, method, path, timeoutMs)
            if (!transport) {
              await answeredWithError(error, status, attempt)
              continue
            }
            if (!safe) throw transport
            failure = transport
          }
          const delaySeconds = (attempt + 1) ** 2
          if (attempt >= retries || !budget.fits(delaySeconds * budget.secondMs)) throw failure
          log.warning(
            `${failure.message} Trying again in ${delaySeconds} s (retry ${attempt + 1} of ${retries}).`
          )
          await options.sleep(delaySeconds * budget.secondMs)
        }

        /** An HTTP error answer: returns after a retry-after wait, to send again; else throws. */
        async function answeredWithError(error: unknown, status: number, attempt: number) {
          const header = responseHeader(error, 'retry-after')
          const wait = header !== undefined ? retryAfterSeconds(header) : undefined
          const resendable = safe || status === 429 || status === 403
          if (
            wait !== undefined &&
            RETRY_AFTER_STATUSES.includes(status) &&
            resendable &&
            attempt < retries &&
            wait <= maxRetryAfter
          ) {
            budget.ensureFits(
              `GitHub answered ${status} to ${method} ${path} asking to wait (retry-after)`,
              wait,
              Date.now() + wait * 1000
            )
            log.warning(
              `GitHub answered ${status} with retry-after ${wait}s to ${method} ${path}; waiting ${wait}s before retry ${attempt + 1} of ${retries}.`
            )
            await options.sleep(wait * budget.secondMs)
            return
          }
          // plugin-throttling waits next (if on): only when that wait fits.
          const throttled =
            options.throttle === false ? undefined : throttlingWait(error, Date.now())
          if (throttled) budget.ensureFits(throttled.what, throttled.seconds, throttled.until)
          // plugin-retry backs off (n+1)^2 s before it resends a 5xx: only when that fits.
          const retryCount = Number(requestOptions.request?.['retryCount'] ?? 0)
          if (
            status >= 400 &&
            !DO_NOT_RETRY.includes(status) &&
            !budget.fits((retryCount + 1) ** 2 * budget.secondMs) &&
            requestOptions.request
          ) {
            requestOptions.request['retries'] = 0
          }
          throw error
        }
      }
    )
    return {}
  }
}

/** Pagination follows absolute Link URLs with the token: only ever within the API's origin. */
function refuseForeignOrigin(url: string, apiOrigin: string, method: string): void {
  let origin: string
  try {
    origin = new URL(url).origin
  } catch {
    return // a route template, resolved against the API's base URL
  }
  if (origin !== apiOrigin) {
    throw new OperationError(
      `GitHub's answer pointed ${method} to another origin (${origin}, not ${apiOrigin}), for example in a pagination link; runctl refused to send the token there.`
    )
  }
}

function retryAfterSeconds(header: string): number | undefined {
  if (/^\d+$/.test(header.trim())) return Number(header.trim())
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

/** The request's path with its {placeholders} filled in, for log lines (never the query). */
function filledPath(options: { url: string; [key: string]: unknown }): string {
  const filled = options.url.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = options[name]
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole
  })
  return pathOf(filled)
}

/** The one Octokit every operation uses: retry + throttling + retry-after + timeouts + proxy. */
export function createOctokit(options: OctokitOptions): Octokit {
  const sleep = options.sleep ?? systemClock.sleep
  const fetch = options.fetch ?? proxyFetchFor(options.baseUrl)
  // What one second of plugin-retry's back-off and plugin-throttling's waits lasts.
  const secondMs = 1000 * (options.timeScale ?? 1)
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      userAgent: USER_AGENT,
      // Merged, not replaced: `request` replaces octokit's whole request default.
      request: { fetch, agent: new HttpClient().getAgent(options.baseUrl) },
      retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: secondMs },
      throttle: {
        enabled: options.throttle ?? true,
        retryAfterBaseValue: secondMs,
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string; [key: string]: unknown },
          _o: unknown,
          retryCount: number
        ) => {
          log.warning(
            `Primary rate limit exhausted on ${request.method} ${filledPath(request)}; waiting ${retryAfter}s for the reset (retry ${retryCount + 1}).`
          )
          return retryCount < 2
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string; [key: string]: unknown },
          _o: unknown,
          retryCount: number
        ) => {
          log.warning(
            `Secondary rate limit on ${request.method} ${filledPath(request)}; waiting ${retryAfter}s (retry ${retryCount + 1}).`
          )
          return retryCount < 2
        }
      }
    },
    // Innermost first: JSON bodies parsed plainly, under the timeouts and retries.
    plainJsonBodies as never,
    resilience({ ...options, sleep }) as never,
    retry,
    throttling
  )
}
