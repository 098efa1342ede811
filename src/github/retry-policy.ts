/**
 * The one place that decides what happens after a request to GitHub's API: use the answer,
 * wait and send it again, or fail with one sentence. Pure: the same request, outcome, attempt
 * and time left always give the same decision, so the rules are tested as a table
 * (__tests__/retry-policy.test.ts). The transport (src/github/octokit.ts) only carries the
 * decisions out: it sends, sleeps for `waitSeconds` (times its time scale) and logs `warning`.
 *
 * The octokit retry and throttling plugins are not used: each kept its own attempt counter and
 * back-off, neither knows the time budget, and plugin-retry's count is only readable through
 * its internals. One function with every rule in it is what keeps them agreeing.
 */
import {
  BudgetError,
  MalformedResponseError,
  OperationError,
  TransportError,
  rateLimitOf,
  type FailureClass
} from './errors.js'

/**
 * Longest time one request may take. GitHub ends any REST request that takes more than 10 s to
 * process (docs: rest/using-the-rest-api/troubleshooting-the-rest-api, "Timeouts"); 15 s leaves
 * 5 s for the connection and a 100-item page on a slow link. Four tries of a hung API plus the
 * back-off between them (1 + 4 + 9 s) then take 74 s, well inside any budget, instead of 4 min.
 */
export const REQUEST_CAP_MS = 15_000

/** Times a request is sent again after the first try, whatever went wrong. */
export const MAX_RETRIES = 3

/** GitHub's advice for a secondary rate limit without retry-after: wait at least a minute. */
export const SECONDARY_FALLBACK_SECONDS = 60

/** GitHub's advice: at least one second between writes (docs: best-practices-for-using-the-rest-api). */
export const WRITE_SPACING_SECONDS = 1

/** What was sent. */
export interface PolicyRequest {
  readonly method: string
  /** The path with its placeholders filled in, never the query: what sentences name. */
  readonly path: string
}

/** What came back: an HTTP answer (any status), or none at all. */
export type Outcome =
  | {
      readonly kind: 'answer'
      readonly status: number
      /** Lower-case names. */
      readonly headers: Readonly<Record<string, string | number | undefined>>
      /** GitHub's message from the body, when it had one (rate limits are told by it). */
      readonly message?: string
      /** For a 2xx: whether the body is parsed JSON of the shape the caller needs. */
      readonly usable?: boolean
    }
  | {
      readonly kind: 'no-answer'
      readonly reason: 'timeout' | 'network'
      /** How long the request was given, in ms (a timeout), or what failed (a network error). */
      readonly detail: string
    }

/** Where the attempt stands against the budget (timeout-seconds). */
export interface Budget {
  /** timeout-seconds, for sentences; undefined when there is no budget (some unit tests). */
  readonly timeoutSeconds?: number
  /** What is left of it, in real ms (Infinity without a budget). */
  readonly leftMs: number
  /** What one second of waiting lasts, in real ms: 1000, or less in tests (time scale). */
  readonly secondMs: number
  /** Now, epoch ms on this machine's clock. */
  readonly now: number
}

export type Decision =
  /** Use the outcome as it is: return the answer, or throw the error the request gave. */
  | { readonly kind: 'deliver' }
  /** Wait `waitSeconds` (scaled by secondMs), saying `warning`, then send it again. */
  | { readonly kind: 'retry'; readonly waitSeconds: number; readonly warning: string }
  /** Throw this instead. */
  | { readonly kind: 'fail'; readonly error: Error }

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Reads may be sent again at will; a write only when GitHub says it did not process it. */
export function isSafe(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase())
}

/** Back-off before retry n+1 after no usable answer: 1, 4, 9 s (plugin-retry's curve). */
export function backoffSeconds(attempt: number): number {
  return (attempt + 1) ** 2
}

/**
 * The timeout of one attempt: the cap, or less when the budget has less left. A request sent in
 * the budget's last second or after it (a final read, cancel-on-timeout) gets what is left of
 * the grace instead, so every fault ends within timeout-seconds + GRACE_MS.
 */
export function attemptTimeoutMs(capMs: number, leftMs: number, graceLeftMs: number): number {
  return Math.max(1, Math.min(capMs, leftMs >= 1000 ? leftMs : graceLeftMs))
}

/** The sentence for anything runctl waited on when the budget ran out. */
export function budgetSpent(timeoutSeconds: number, what: string): BudgetError {
  return new BudgetError(
    `The time budget (timeout-seconds: ${timeoutSeconds}) ran out while waiting for ${what}; raise 'timeout-seconds'.`
  )
}

/** How long a write must still wait to be a second after the last one (0: send now). */
export function writeSpacingMs(lastWriteAt: number | undefined, now: number, secondMs: number) {
  if (lastWriteAt === undefined) return 0
  return Math.max(0, lastWriteAt + WRITE_SPACING_SECONDS * secondMs - now)
}

/** Before an attempt: nothing is sent once the budget and its grace are spent. */
export function mayStart(
  request: PolicyRequest,
  budget: { timeoutSeconds?: number; graceLeftMs: number }
): Decision {
  if (budget.timeoutSeconds === undefined || budget.graceLeftMs > 0) return { kind: 'deliver' }
  return {
    kind: 'fail',
    error: new BudgetError(
      `The time budget (timeout-seconds: ${budget.timeoutSeconds}) ran out before ${request.method} ${request.path} could be sent; raise 'timeout-seconds'.`
    )
  }
}

/** What to do after attempt `attempt` (0 = the first send) got `outcome`. */
export function decide(
  request: PolicyRequest,
  outcome: Outcome,
  attempt: number,
  budget: Budget
): Decision {
  const safe = isSafe(request.method)
  const what = `${request.method} ${request.path}`

  if (outcome.kind === 'no-answer') {
    const error = new TransportError(outcome.reason, request.method, request.path, outcome.detail)
    // A write that got no answer may have been applied: the caller checks (client.mutate).
    if (!safe) return { kind: 'fail', error }
    // Cut by the budget itself rather than the cap: say so, in the budget's sentence.
    if (outcome.reason === 'timeout' && budget.timeoutSeconds !== undefined && budget.leftMs <= 0) {
      return { kind: 'fail', error: budgetSpent(budget.timeoutSeconds, `an answer to ${what}`) }
    }
    return backOff(error, attempt, budget)
  }

  const { status } = outcome
  if (status >= 200 && status < 300) {
    if (!safe || outcome.usable !== false) return { kind: 'deliver' }
    return backOff(new MalformedResponseError(what), attempt, budget)
  }

  const limited = rateLimitWait(outcome, budget.now)
  if (limited) {
    // GitHub refused to process it, so even a write may be resent.
    // The budget is the bound: a wait that fits is waited for, one that does not fails now.
    if (limited.seconds * budget.secondMs > budget.leftMs) {
      return { kind: 'fail', error: doesNotFit(limited.what, limited, budget) }
    }
    if (attempt >= MAX_RETRIES) return { kind: 'deliver' }
    return {
      kind: 'retry',
      waitSeconds: limited.seconds,
      warning: `${limited.what} (${what}); waiting ${limited.seconds} s before retry ${attempt + 1} of ${MAX_RETRIES}.`
    }
  }

  const retryAfter = headerSeconds(outcome.headers['retry-after'], outcome.headers, budget.now)
  if (status === 503 && retryAfter !== undefined && safe) {
    const wait = {
      what: `GitHub answered 503 to ${what} asking to wait (retry-after)`,
      seconds: retryAfter,
      until: budget.now + retryAfter * 1000
    }
    if (retryAfter * budget.secondMs > budget.leftMs) {
      return { kind: 'fail', error: doesNotFit(wait.what, wait, budget) }
    }
    if (attempt >= MAX_RETRIES) return { kind: 'deliver' }
    return {
      kind: 'retry',
      waitSeconds: retryAfter,
      warning: `GitHub answered 503 with retry-after ${retryAfter}s to ${what}; waiting ${retryAfter} s before retry ${attempt + 1} of ${MAX_RETRIES}.`
    }
  }

  // A server error on a read: GitHub may answer next time. On a write the caller checks.
  if (status >= 500 && safe) {
    const seconds = backoffSeconds(attempt)
    if (attempt >= MAX_RETRIES || seconds * budget.secondMs > budget.leftMs) {
      return { kind: 'deliver' }
    }
    return {
      kind: 'retry',
      waitSeconds: seconds,
      warning: `GitHub answered ${status} to ${what}. Trying again in ${seconds} s (retry ${attempt + 1} of ${MAX_RETRIES}).`
    }
  }
  // 304, 4xx (a rule, not a hiccup) and write errors: the caller reads them.
  return { kind: 'deliver' }
}

/**
 * After downloading a log from the storage host failed (it refused the signed link, or the
 * transfer broke off): once more with a fresh link from GitHub, at once — a signed link lives
 * about a minute, so a refusal is most often an expired one — while the budget has time left;
 * never a third time (then the host or the link, not a hiccup, is the problem).
 */
export function decideLogDownload(
  download: { readonly label: string; readonly detail: string },
  attempt: number,
  budget: Pick<Budget, 'leftMs' | 'timeoutSeconds'>
): Decision {
  if (attempt >= 1) {
    return {
      kind: 'fail',
      error: new OperationError(
        `Downloading ${download.label} failed twice, even with a fresh link from GitHub: ${download.detail}.`
      )
    }
  }
  if (budget.leftMs <= 0 && budget.timeoutSeconds !== undefined) {
    return {
      kind: 'fail',
      error: budgetSpent(budget.timeoutSeconds, `${download.label} (${download.detail})`)
    }
  }
  return {
    kind: 'retry',
    waitSeconds: 0,
    warning: `Downloading ${download.label} failed (${download.detail}); asking GitHub for a fresh link.`
  }
}

/** Times a write is sent at most when its failure left it uncertain whether GitHub applied it. */
export const WRITE_TRIES = 3

/**
 * After a write failed (`client.mutate`): a write is never resent blindly. When the failure may
 * or may not have reached GitHub (temporary: a 5xx, a reset, a timeout; or rate-limited), the
 * decision is `retry`: pause (1, 4 s; never past the budget), ask whether it took effect, and
 * send it again only if not (then see mayResendWrite). Any other failure, or the last try, is
 * delivered as it is. `attempt` counts from 0 (the first send).
 */
export function decideUncertainWrite(
  write: {
    readonly label: string
    readonly failure: FailureClass
    readonly sentence: string
    /** Whether GitHub keeps a record to check it against; a write that has none is sent once. */
    readonly checkable: boolean
  },
  attempt: number,
  budget: Pick<Budget, 'leftMs' | 'secondMs'>
): Decision {
  if (!write.checkable) return { kind: 'deliver' }
  if (write.failure !== 'temporary' && write.failure !== 'rate-limited') return { kind: 'deliver' }
  if (attempt + 1 >= WRITE_TRIES) return { kind: 'deliver' }
  const seconds = Math.max(0, Math.min(backoffSeconds(attempt), budget.leftMs / budget.secondMs))
  return {
    kind: 'retry',
    waitSeconds: seconds,
    warning: `${write.label} failed with a temporary error; checking whether it took effect. ${write.sentence}`
  }
}

/** After the check found the write not applied: sent again only while the budget lasts. */
export function mayResendWrite(budget: Pick<Budget, 'leftMs' | 'timeoutSeconds'>): boolean {
  return budget.timeoutSeconds === undefined || budget.leftMs > 0
}

/** A run's log archive can lag its completion by this much (on GitHub's clock). */
export const ARCHIVE_LAG_MS = 60_000
/** The pause before asking again for an archive that is not there yet. */
export const ARCHIVE_RETRY_SECONDS = 5
/** Times the archive is asked for, at most, while it may be lagging. */
export const ARCHIVE_TRIES = 3

/**
 * After GitHub answered the log archive request 404: right after a run completes, the archive
 * may not exist yet, so a run that completed less than ARCHIVE_LAG_MS ago (both times on
 * GitHub's clock: the caller measures with the server clock) is asked again after a pause, a
 * few times, while the budget has room for the pause. Anything else (410, an older run, tries
 * or time used up) is delivered: the archive is not there.
 */
export function decideArchiveLag(
  answer: { readonly status: number; readonly sinceCompletedMs: number; readonly label: string },
  attempt: number,
  budget: Pick<Budget, 'leftMs'>
): Decision {
  if (answer.status !== 404 || answer.sinceCompletedMs >= ARCHIVE_LAG_MS) return { kind: 'deliver' }
  if (attempt + 1 >= ARCHIVE_TRIES) return { kind: 'deliver' }
  if (budget.leftMs <= ARCHIVE_RETRY_SECONDS * 1000) return { kind: 'deliver' }
  return {
    kind: 'retry',
    waitSeconds: ARCHIVE_RETRY_SECONDS,
    warning: `${answer.label} is not there yet (GitHub answered 404 ${Math.round(answer.sinceCompletedMs / 1000)} s after the run completed); asking again in ${ARCHIVE_RETRY_SECONDS} s.`
  }
}

/** Retry with back-off while tries and time remain; else fail with what went wrong. */
function backOff(error: Error, attempt: number, budget: Budget): Decision {
  const seconds = backoffSeconds(attempt)
  if (attempt >= MAX_RETRIES || seconds * budget.secondMs > budget.leftMs) {
    return { kind: 'fail', error }
  }
  return {
    kind: 'retry',
    waitSeconds: seconds,
    warning: `${error.message} Trying again in ${seconds} s (retry ${attempt + 1} of ${MAX_RETRIES}).`
  }
}

interface Wait {
  what: string
  seconds: number
  /** When it ends, epoch ms on this machine's clock. */
  until: number
}

/**
 * A 403/429 that is a rate limit (told by errors.ts's rateLimitOf, the one rule every caller
 * uses), and how long GitHub asks to wait. Primary: until the reset (+1 s), counted on GitHub's
 * clock (the answer's Date) so a skewed runner clock does not shorten or stretch it. Secondary:
 * retry-after, else a minute.
 */
function rateLimitWait(
  outcome: Extract<Outcome, { kind: 'answer' }>,
  now: number
): Wait | undefined {
  const { headers } = outcome
  const kind = rateLimitOf(outcome)
  if (kind === 'primary') {
    const untilReset = Number(headers['x-ratelimit-reset']) * 1000 - serverNow(headers, now)
    return {
      what: "GitHub's API rate limit is exhausted",
      // A second past the reset, as plugin-throttling did: the reset itself may be early.
      seconds: Math.max(0, Math.ceil(untilReset / 1000) + 1),
      until: now + untilReset
    }
  }
  if (kind === 'secondary') {
    const seconds =
      headerSeconds(headers['retry-after'], headers, now) ?? SECONDARY_FALLBACK_SECONDS
    return {
      what: "GitHub's secondary rate limit asks to wait",
      seconds,
      until: now + seconds * 1000
    }
  }
  return undefined
}

function doesNotFit(what: string, wait: Wait, budget: Budget): BudgetError {
  const left = seconds(budget.leftMs)
  const timeout = budget.timeoutSeconds ?? 'unset'
  return new BudgetError(
    `${what} until ${clockTime(wait.until)} (${Math.ceil(wait.seconds)} s from now), which does not fit in the ${left} s left of timeout-seconds (${timeout}); raise 'timeout-seconds' to wait for it.`
  )
}

/** The server's time, from its Date header; this machine's when it sent none. */
function serverNow(headers: Readonly<Record<string, unknown>>, now: number): number {
  // Stryker disable next-line StringLiteral: any text that is not a date parses as NaN, as '' does (equivalent)
  const date = Date.parse(String(headers['date'] ?? ''))
  return Number.isNaN(date) ? now : date
}

/** A retry-after value (seconds, or an HTTP date on the server's clock) in whole seconds. */
function headerSeconds(
  value: string | number | undefined,
  headers: Record<string, unknown>,
  now: number
): number | undefined {
  // Stryker disable next-line ConditionalExpression: String(undefined) is no number and no date, so it ends the same way below (equivalent); the early return says so plainly
  if (value === undefined) return undefined
  const text = String(value).trim()
  if (/^\d+$/.test(text)) return Number(text)
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - serverNow(headers, now)) / 1000))
}

/** Time as people read it in a log: 2026-01-01T12:00:00Z. */
function clockTime(epochMs: number): string {
  // Stryker disable next-line Regex: toISOString ends with its only "Z", so the "$" changes nothing (equivalent)
  return new Date(epochMs).toISOString().replace(/\.\d+Z$/, 'Z')
}

function seconds(ms: number): string {
  // Stryker disable next-line EqualityOperator: at exactly 10,000 ms both forms print "10" (">" is equivalent); the other side is tested
  return ms >= 10_000 ? String(Math.round(ms / 1000)) : String(Math.round(ms / 100) / 10)
}
