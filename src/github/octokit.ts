import * as log from '../step-log.js'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { HttpClient } from '@actions/http-client'
import { fetch as undiciFetch } from 'undici'
import { systemClock, type Deadline } from '../clock.js'
import { USER_AGENT } from '../constants.js'
import { pathOf, responseHeader } from './errors.js'

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
  /** Abort any single request after this long, so a hung connection cannot hang the step. */
  requestTimeoutMs?: number
  /** Base of plugin-retry's (n+1)^2 back-off, in ms (1000 in production). */
  retryBaseMs?: number
  /** What one second of plugin-throttling's waits lasts, in ms (1000 in production). */
  throttleBaseMs?: number
  /** plugin-throttling on (production) or off (unit tests that need no 1 s spacing of writes). */
  throttle?: boolean
  /** How the retry-after waits sleep (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>
  /** Longest retry-after we honour before giving up on a request. */
  maxRetryAfterSeconds?: number
  /** Times a rate-limited request is tried again before its error is reported. */
  rateLimitRetries?: number
  /** Counts every HTTP request actually sent, retries included. */
  stats?: { requests: number; notModified: number }
  /** Sees the headers of every answer, errors included (the server's identity is read there). */
  onAnswer?: (headers: Record<string, string | number | undefined>) => void
}

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

interface RequestOptionsLike {
  method: string
  url: string
  request?: Record<string, unknown>
  [key: string]: unknown
}

/**
 * Innermost plugin: a fresh timeout per attempt, and `retry-after` honoured on any 429/403/503
 * that carries it (plugin-throttling only reads it on "secondary rate" messages, plugin-retry
 * never does). A POST is resent only when the server said it was not processed (429/403).
 */
function resilience(options: Required<Pick<OctokitOptions, 'sleep'>> & OctokitOptions) {
  const timeoutMs = options.requestTimeoutMs ?? 60_000
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 900
  const retries = options.rateLimitRetries ?? 3
  return (octokit: { hook: { wrap: (name: 'request', fn: unknown) => void } }) => {
    octokit.hook.wrap(
      'request',
      async (
        request: (o: RequestOptionsLike) => Promise<unknown>,
        requestOptions: RequestOptionsLike
      ) => {
        for (let attempt = 0; ; attempt++) {
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
            signal: AbortSignal.timeout(requestTimeoutMs(timeoutMs, options.deadline))
          }
          // Counted here, innermost, so retries by the plugins above are counted too.
          if (options.stats) options.stats.requests++
          try {
            const response = await request(requestOptions)
            options.onAnswer?.((response as { headers?: Record<string, string> }).headers ?? {})
            return response
          } catch (error) {
            const answered = (error as { response?: { headers?: Record<string, string> } }).response
            if (answered?.headers) options.onAnswer?.(answered.headers)
            const status = (error as { status?: number }).status ?? 0
            if (status === 304 && options.stats) options.stats.notModified++
            const header = responseHeader(error, 'retry-after')
            const wait = header !== undefined ? retryAfterSeconds(header) : undefined
            const resendable =
              SAFE_METHODS.includes(requestOptions.method) || status === 429 || status === 403
            if (
              wait === undefined ||
              !RETRY_AFTER_STATUSES.includes(status) ||
              !resendable ||
              attempt >= retries ||
              wait > maxRetryAfter
            ) {
              throw error
            }
            log.warning(
              `GitHub answered ${status} with retry-after ${wait}s to ${requestOptions.method} ${filledPath(requestOptions)}; waiting ${wait}s before retry ${attempt + 1} of ${retries}.`
            )
            await options.sleep(wait * 1000)
          }
        }
      }
    )
    return {}
  }
}

/**
 * The timeout of one request: the per-request cap, or less when the budget has less left. A
 * request sent after the budget ran out (a final read, cancel-on-timeout) still gets a short
 * grace so it can be answered, which keeps every fault within timeout-seconds + GRACE.
 */
export function requestTimeoutMs(capMs: number, deadline: Deadline | undefined): number {
  if (!deadline) return capMs
  return Math.max(1, Math.min(capMs, Math.max(deadline.remainingMs(), deadline.graceLeftMs())))
}

function retryAfterSeconds(header: string): number | undefined {
  if (/^\d+$/.test(header.trim())) return Number(header.trim())
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

/** The request's path with its parameters filled in, for log lines (never the query). */
/** The request's path with its {placeholders} filled in. */
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
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      userAgent: USER_AGENT,
      // Merged, not replaced: `request` replaces octokit's whole request default.
      request: { fetch, agent: new HttpClient().getAgent(options.baseUrl) },
      retry: {
        // 429 belongs to throttling; the others would fail the same way again.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        retryAfterBaseValue: options.retryBaseMs ?? 1000
      },
      throttle: {
        enabled: options.throttle ?? true,
        retryAfterBaseValue: options.throttleBaseMs ?? 1000,
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
    resilience({ ...options, sleep }) as never,
    retry,
    throttling
  )
}
