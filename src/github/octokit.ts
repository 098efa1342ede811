import * as log from '../step-log.js'
import { Octokit as OctokitCore } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { systemClock, type Deadline } from '../clock.js'
import { httpFetch } from './http-fetch.js'
import { USER_AGENT } from '../constants.js'
import { OperationError, apiMessage, httpStatus, pathOf } from './errors.js'
import { plainJsonBodies } from './json-body.js'
import {
  REQUEST_CAP_MS,
  attemptTimeoutMs,
  decide,
  isSafe,
  mayStart,
  writeSpacingMs,
  type Outcome
} from './retry-policy.js'

/**
 * The Octokit @actions/github's getOctokit builds (core with the REST endpoint methods and
 * pagination), built here from the same packages so the engine needs nothing from Actions.
 */
const GitHubOctokit = OctokitCore.plugin(restEndpointMethods, paginateRest)
export type Octokit = InstanceType<typeof GitHubOctokit>
export type FetchLike = (url: string, init?: Record<string, unknown>) => Promise<Response>

export interface OctokitOptions {
  token: string
  baseUrl: string
  apiVersion: string
  /** Replaces the fetch chosen for the API's URL (tests pass globalThis.fetch, which nock intercepts). */
  fetch?: FetchLike
  /** The operation's time budget (timeout-seconds): no request, retry or wait outlasts it. */
  deadline?: Deadline
  /** Abort any single request after this long (less when the budget has less left). */
  requestTimeoutMs?: number
  /**
   * What one second of every wait lasts, as a fraction of a real second: retry back-off,
   * retry-after, rate-limit waits, write spacing. 1 in production; tests shrink it. Given by
   * the caller (main.ts's caller for the bundle), never read from the environment here.
   * Timeouts and the budget itself are never scaled.
   */
  timeScale?: number
  /** How the retry waits sleep (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>
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
 * for the URL we really call (its own default is decided from GITHUB_API_URL at import time):
 * undici's fetch with @actions/http-client's proxy dispatcher. Both are loaded on the first
 * request, only here: without a proxy nothing loads them (start-up, docs/performance.md).
 */
export function proxyFetchFor(url: string): FetchLike {
  let loaded: Promise<FetchLike> | undefined
  const load = async (): Promise<FetchLike> => {
    const [{ HttpClient }, { fetch }] = await Promise.all([
      import('@actions/http-client'),
      import('undici')
    ])
    const dispatcher = new HttpClient().getAgentDispatcher(url)
    return (target, init) =>
      fetch(target, { ...(init ?? {}), dispatcher } as never) as unknown as Promise<Response>
  }
  return async (target, init) => (await (loaded ??= load()))(target, init)
}

/**
 * The fetch for requests to `url`: through the proxy when HTTPS_PROXY / HTTP_PROXY applies to it
 * (NO_PROXY decides, as in @actions/http-client), else straight over Node's http and https
 * (./http-fetch.ts: Node's own fetch costs more to load than the whole rest of the client).
 */
export function fetchForUrl(url: string): FetchLike {
  if (getProxyUrl(new URL(url))?.hostname) return proxyFetchFor(url)
  return httpFetch as unknown as FetchLike
}

/** The media type GitHub's reference asks for (octokit's default is the old …v3+json). */
export const ACCEPT = 'application/vnd.github+json'

interface RequestOptionsLike {
  method: string
  url: string
  request?: Record<string, unknown>
  [key: string]: unknown
}

/**
 * The timeout of one request: the per-request cap, or less when the budget has less left (see
 * attemptTimeoutMs in retry-policy.ts).
 */
export function requestTimeoutMs(capMs: number, deadline: Deadline | undefined): number {
  if (!deadline) return capMs
  return attemptTimeoutMs(capMs, deadline.remainingMs(), deadline.graceLeftMs())
}

function seconds(ms: number): string {
  return ms >= 10_000 ? String(Math.round(ms / 1000)) : String(Math.round(ms / 100) / 10)
}

/** A request that got no HTTP answer (timeout, connection failure), as the policy sees it. */
function noAnswer(error: unknown, timeoutMs: number): Outcome | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { name, cause, response, message } = error as {
    name?: unknown
    cause?: { name?: unknown; message?: unknown }
    response?: unknown
    message?: unknown
  }
  const timedOut = (n: unknown) => n === 'TimeoutError' || n === 'AbortError'
  if (timedOut(name) || timedOut(cause?.name)) {
    return { kind: 'no-answer', reason: 'timeout', detail: seconds(timeoutMs) }
  }
  // @octokit/request reports a failed fetch as a RequestError 500 without a response.
  if (httpStatus(error) === 500 && response === undefined) {
    const detail = typeof message === 'string' && message ? message : 'no answer'
    return { kind: 'no-answer', reason: 'network', detail }
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

type Headers = Record<string, string | number | undefined>

/**
 * The transport, innermost under octokit's own hooks. It carries out what retry-policy.ts
 * decides and decides nothing itself:
 * - the token stays home: a request to another origin (a foreign pagination Link) is refused;
 * - a fresh timeout per attempt, never longer than the budget has left (attemptTimeoutMs);
 * - writes spaced a second apart (GitHub's advice), never past the budget;
 * - after each attempt, `decide` says: use the outcome, wait and send again, or fail.
 */
function transport(options: Required<Pick<OctokitOptions, 'sleep'>> & OctokitOptions) {
  const capMs = options.requestTimeoutMs ?? REQUEST_CAP_MS
  const apiOrigin = new URL(options.baseUrl).origin
  const secondMs = 1000 * (options.timeScale ?? 1)
  const deadline = options.deadline
  let lastWriteAt: number | undefined
  const budgetNow = () => ({
    timeoutSeconds: deadline?.timeoutSeconds,
    leftMs: deadline ? deadline.remainingMs() : Infinity,
    secondMs,
    now: Date.now()
  })
  return (octokit: { hook: { wrap: (name: 'request', fn: unknown) => void } }) => {
    octokit.hook.wrap(
      'request',
      async (
        request: (o: RequestOptionsLike) => Promise<{ status: number; data: unknown }>,
        requestOptions: RequestOptionsLike
      ) => {
        const sent = { method: requestOptions.method, path: filledPath(requestOptions) }
        refuseForeignOrigin(requestOptions.url, apiOrigin, sent.method)
        for (let attempt = 0; ; attempt++) {
          const start = mayStart(sent, {
            timeoutSeconds: deadline?.timeoutSeconds,
            graceLeftMs: deadline ? deadline.graceLeftMs() : Infinity
          })
          if (start.kind === 'fail') throw start.error
          if (!isSafe(sent.method)) {
            const waitMs = writeSpacingMs(lastWriteAt, Date.now(), secondMs)
            if (waitMs > 0) await options.sleep(Math.min(waitMs, deadline?.remainingMs() ?? waitMs))
            lastWriteAt = Date.now()
          }
          const timeoutMs = requestTimeoutMs(capMs, deadline)
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
          // Counted here, innermost, so every retry is counted too.
          if (options.stats) options.stats.requests++
          let response: { status: number; data: unknown } | undefined
          let failure: unknown
          let outcome: Outcome
          try {
            response = await request(requestOptions)
            const headers = (response as { headers?: Headers }).headers ?? {}
            options.onAnswer?.(headers)
            outcome = {
              kind: 'answer',
              status: response.status,
              headers,
              usable: readable(response, requestOptions.request)
            }
          } catch (error) {
            failure = error
            const answered = (error as { response?: { headers?: Headers } }).response
            if (answered?.headers) options.onAnswer?.(answered.headers)
            const status = httpStatus(error)
            if (status === 304 && options.stats) options.stats.notModified++
            const none = noAnswer(error, timeoutMs)
            if (none) outcome = none
            else if (status === undefined)
              throw error // not from the network: a bug or a refusal above
            else {
              outcome = {
                kind: 'answer',
                status,
                headers: answered?.headers ?? {},
                message: apiMessage(error)
              }
            }
          }
          const decision = decide(sent, outcome, attempt, budgetNow())
          if (decision.kind === 'fail') throw decision.error
          if (decision.kind === 'deliver') {
            if (response) return response
            throw failure
          }
          log.warning(decision.warning)
          await options.sleep(decision.waitSeconds * secondMs)
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

/** The request's path with its {placeholders} filled in, for log lines (never the query). */
function filledPath(options: { url: string; [key: string]: unknown }): string {
  const filled = options.url.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = options[name]
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole
  })
  return pathOf(filled)
}

/**
 * ACTIONS_ORCHESTRATION_ID tagged onto the user agent, as @actions/github does, so GitHub can
 * attribute the requests to the workflow run they come from (absent outside Actions).
 */
export function userAgent(env: NodeJS.ProcessEnv = process.env): string {
  const id = env['ACTIONS_ORCHESTRATION_ID']?.trim()
  if (!id) return USER_AGENT
  return `${USER_AGENT} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`
}

/** The one Octokit every operation uses: the retry policy, timeouts, the budget, proxy. */
export function createOctokit(options: OctokitOptions): Octokit {
  const sleep = options.sleep ?? systemClock.sleep
  const fetch = options.fetch ?? fetchForUrl(options.baseUrl)
  // Innermost first: JSON bodies parsed plainly, under the timeouts and the retry policy.
  const WithTransport = GitHubOctokit.plugin(
    plainJsonBodies as never,
    transport({ ...options, sleep }) as never
  )
  return new WithTransport({
    auth: `token ${options.token}`,
    baseUrl: options.baseUrl,
    userAgent: userAgent(),
    // `request` replaces octokit's whole request default: the fetch for the API's own URL
    // (through HTTPS_PROXY unless NO_PROXY names it, as @actions/github decides). No `agent`:
    // @octokit/request 10 hands fetch no agent.
    request: { fetch }
  }) as unknown as Octokit
}
