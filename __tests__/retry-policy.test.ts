/**
 * The retry policy (src/github/retry-policy.ts) as a table: request × outcome × attempt × time
 * left → decision. The transport only carries these out (__tests__/transport-budget.test.ts).
 */
import { describe, expect, it } from '@jest/globals'
import { BudgetError, MalformedResponseError, TransportError } from '../src/github/errors.js'
import {
  MAX_RETRIES,
  REQUEST_CAP_MS,
  attemptTimeoutMs,
  decide,
  mayStart,
  writeSpacingMs,
  type Budget,
  type Decision,
  type Outcome
} from '../src/github/retry-policy.js'

const NOW = Date.parse('2026-01-01T12:00:00Z')
const GET = { method: 'GET', path: '/repos/o/r/actions/runs/1' }
const POST = { method: 'POST', path: '/repos/o/r/actions/runs/1/cancel' }

/** A budget of `left` seconds at full time scale, `timeout-seconds: 3600`. */
function left(seconds: number): Budget {
  return { timeoutSeconds: 3600, leftMs: seconds * 1000, secondMs: 1000, now: NOW }
}

function answer(
  status: number,
  headers: Record<string, string> = {},
  message?: string,
  usable?: boolean
): Outcome {
  return { kind: 'answer', status, headers, message, usable }
}

const resetIn = (seconds: number) => String(NOW / 1000 + seconds)
const timeout: Outcome = { kind: 'no-answer', reason: 'timeout', detail: '15' }
const reset: Outcome = { kind: 'no-answer', reason: 'network', detail: 'socket hang up' }

/** The decision, reduced to what the table compares. */
function summary(decision: Decision): string {
  if (decision.kind === 'deliver') return 'deliver'
  if (decision.kind === 'retry') return `retry after ${decision.waitSeconds} s`
  return `fail: ${decision.error.name}`
}

describe('decide', () => {
  const rows: [string, typeof GET, Outcome, number, Budget, string][] = [
    // Answers that are used as they are.
    ['a usable 200', GET, answer(200, {}, undefined, true), 0, left(60), 'deliver'],
    ['a 201 to a write', POST, answer(201), 0, left(60), 'deliver'],
    ['a 304 (the poll saw no change)', GET, answer(304), 0, left(60), 'deliver'],
    ['a 404', GET, answer(404, {}, 'Not Found'), 0, left(60), 'deliver'],
    ['a 422', POST, answer(422, {}, 'Validation Failed'), 0, left(60), 'deliver'],
    [
      'a plain 403 (a permission)',
      GET,
      answer(403, {}, 'Resource not accessible'),
      0,
      left(60),
      'deliver'
    ],
    // Reads without a usable answer: back off 1, 4, 9 s while tries and time remain.
    ['a 502 on a read, first try', GET, answer(502), 0, left(60), 'retry after 1 s'],
    ['a 500 on a read, second try', GET, answer(500), 1, left(60), 'retry after 4 s'],
    ['a 504 on a read, third try', GET, answer(504), 2, left(60), 'retry after 9 s'],
    ['a 502 on a read, tries used up', GET, answer(502), MAX_RETRIES, left(60), 'deliver'],
    ['a 502 when the back-off does not fit', GET, answer(502), 1, left(3), 'deliver'],
    [
      'a truncated 200 on a read',
      GET,
      answer(200, {}, undefined, false),
      0,
      left(60),
      'retry after 1 s'
    ],
    [
      'a truncated 200, tries used up',
      GET,
      answer(200, {}, undefined, false),
      3,
      left(60),
      'fail: MalformedResponseError'
    ],
    ['a timeout on a read', GET, timeout, 0, left(60), 'retry after 1 s'],
    ['a reset on a read', GET, reset, 2, left(60), 'retry after 9 s'],
    ['a timeout, tries used up', GET, timeout, MAX_RETRIES, left(60), 'fail: TransportError'],
    ['a reset when the back-off does not fit', GET, reset, 0, left(0.5), 'fail: TransportError'],
    ['a timeout cut by the budget itself', GET, timeout, 0, left(0), 'fail: BudgetError'],
    // Writes: never resent unless GitHub said it did not process them.
    ['a 502 on a write', POST, answer(502), 0, left(60), 'deliver'],
    ['a timeout on a write', POST, timeout, 0, left(60), 'fail: TransportError'],
    ['a reset on a write', POST, reset, 0, left(60), 'fail: TransportError'],
    ['a truncated 2xx on a write', POST, answer(202, {}, undefined, false), 0, left(60), 'deliver'],
    [
      'a 503 with retry-after on a write',
      POST,
      answer(503, { 'retry-after': '2' }),
      0,
      left(60),
      'deliver'
    ],
    [
      'a 429 with retry-after on a write',
      POST,
      answer(429, { 'retry-after': '2' }),
      0,
      left(60),
      'retry after 2 s'
    ],
    [
      'a secondary limit on a write',
      POST,
      answer(403, {}, 'You have exceeded a secondary rate limit'),
      0,
      left(120),
      'retry after 60 s'
    ],
    // Rate limits and retry-after: waited for when the wait fits, else one sentence at once.
    [
      'a 503 with retry-after on a read',
      GET,
      answer(503, { 'retry-after': '5' }),
      0,
      left(60),
      'retry after 5 s'
    ],
    [
      'a 503 retry-after beyond the budget',
      GET,
      answer(503, { 'retry-after': '120' }),
      0,
      left(60),
      'fail: BudgetError'
    ],
    ['a 429 without retry-after (a minute)', GET, answer(429), 0, left(120), 'retry after 60 s'],
    ['a 429 without retry-after, 20 s left', GET, answer(429), 0, left(20), 'fail: BudgetError'],
    [
      'a secondary limit with retry-after',
      GET,
      answer(403, { 'retry-after': '7' }, 'secondary rate limit'),
      0,
      left(60),
      'retry after 7 s'
    ],
    [
      'a primary limit resetting in 30 s',
      GET,
      answer(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(30) }),
      0,
      left(60),
      'retry after 31 s'
    ],
    [
      'a primary limit resetting in an hour',
      GET,
      answer(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetIn(3600) }),
      0,
      left(60),
      'fail: BudgetError'
    ],
    [
      'a rate limit, tries used up',
      GET,
      answer(429, { 'retry-after': '1' }),
      MAX_RETRIES,
      left(60),
      'deliver'
    ],
    // The time scale shrinks waits: 120 s at 10 ms a second fits in 2 s.
    [
      'a long retry-after at a small time scale',
      GET,
      answer(503, { 'retry-after': '120' }),
      0,
      { ...left(2), secondMs: 10 },
      'retry after 120 s'
    ],
    // No budget (some unit tests): every wait fits.
    [
      'no budget',
      GET,
      answer(502),
      0,
      { leftMs: Infinity, secondMs: 1000, now: NOW },
      'retry after 1 s'
    ]
  ]

  it.each(rows)('%s', (_what, request, outcome, attempt, budget, expected) => {
    expect(summary(decide(request, outcome, attempt, budget))).toBe(expected)
  })

  it("counts a primary reset on GitHub's clock (Date header), not the runner's", () => {
    // The runner's clock is 100 s behind: by its own time the reset is 130 s away.
    const headers = {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': resetIn(30 + 100),
      date: new Date(NOW + 100_000).toUTCString()
    }
    expect(summary(decide(GET, answer(403, headers), 0, left(60)))).toBe('retry after 31 s')
  })

  it("reads an HTTP-date retry-after on GitHub's clock", () => {
    const headers = {
      'retry-after': new Date(NOW + 100_000 + 8_000).toUTCString(),
      date: new Date(NOW + 100_000).toUTCString()
    }
    expect(summary(decide(GET, answer(503, headers), 0, left(60)))).toBe('retry after 8 s')
  })

  it('says a wait that does not fit in one sentence: what, until when, and what to raise', () => {
    const decision = decide(GET, answer(503, { 'retry-after': '120' }), 0, left(20))
    expect(decision.kind === 'fail' && decision.error).toBeInstanceOf(BudgetError)
    expect(decision.kind === 'fail' && decision.error.message).toBe(
      "GitHub answered 503 to GET /repos/o/r/actions/runs/1 asking to wait (retry-after) until 2026-01-01T12:02:00Z (120 s from now), which does not fit in the 20 s left of timeout-seconds (3600); raise 'timeout-seconds' to wait for it."
    )
  })

  it('says a request cut by the budget in the one budget sentence', () => {
    const decision = decide(GET, timeout, 0, left(0))
    expect(decision.kind === 'fail' && decision.error.message).toBe(
      "The time budget (timeout-seconds: 3600) ran out while waiting for an answer to GET /repos/o/r/actions/runs/1; raise 'timeout-seconds'."
    )
  })

  it('names what went wrong in the retry warning and the final failure', () => {
    const retry = decide(GET, reset, 0, left(60))
    expect(retry.kind === 'retry' && retry.warning).toBe(
      'The connection to GitHub failed on GET /repos/o/r/actions/runs/1 (socket hang up). Trying again in 1 s (retry 1 of 3).'
    )
    const last = decide(GET, timeout, MAX_RETRIES, left(60))
    expect(last.kind === 'fail' && last.error).toBeInstanceOf(TransportError)
    expect(last.kind === 'fail' && last.error.message).toBe(
      'GitHub did not answer GET /repos/o/r/actions/runs/1 within 15 s.'
    )
    const malformed = decide(GET, answer(200, {}, undefined, false), MAX_RETRIES, left(60))
    expect(malformed.kind === 'fail' && malformed.error).toBeInstanceOf(MalformedResponseError)
  })
})

describe('before and between attempts', () => {
  it('starts nothing once the budget and its grace are spent', () => {
    expect(mayStart(GET, { timeoutSeconds: 20, graceLeftMs: 1 }).kind).toBe('deliver')
    expect(mayStart(GET, { graceLeftMs: 0 }).kind).toBe('deliver')
    const refused = mayStart(GET, { timeoutSeconds: 20, graceLeftMs: 0 })
    expect(refused.kind === 'fail' && refused.error.message).toBe(
      "The time budget (timeout-seconds: 20) ran out before GET /repos/o/r/actions/runs/1 could be sent; raise 'timeout-seconds'."
    )
  })

  it.each([
    ['the cap, with time to spare', REQUEST_CAP_MS, 3_600_000, 3_604_000, REQUEST_CAP_MS],
    ['what is left, when less than the cap', REQUEST_CAP_MS, 7_000, 11_000, 7_000],
    ['the grace, in the last second', REQUEST_CAP_MS, 500, 4_500, 4_500],
    ['1 ms, after the grace', REQUEST_CAP_MS, 0, 0, 1]
  ])('gives an attempt %s', (_what, cap, leftMs, graceMs, expected) => {
    expect(attemptTimeoutMs(cap, leftMs, graceMs)).toBe(expected)
  })

  it('caps a request at 15 s: GitHub ends REST requests after 10 s of processing', () => {
    expect(REQUEST_CAP_MS).toBe(15_000)
  })

  it.each([
    ['the first write', undefined, NOW, 1000, 0],
    ['a write 200 ms after the last', NOW - 200, NOW, 1000, 800],
    ['a write 2 s after the last', NOW - 2000, NOW, 1000, 0],
    ['a write at a small time scale', NOW, NOW, 10, 10]
  ])('spaces writes a second apart: %s', (_what, last, now, secondMs, expected) => {
    expect(writeSpacingMs(last, now, secondMs)).toBe(expected)
  })
})
