/**
 * The retry policy's boundaries, each stated on both sides: the mutants StrykerJS left alive in
 * src/github/retry-policy.ts (docs/reliability.md) were the edges (a wait exactly as long as
 * what is left, the last retry, the 10-second switch in how seconds are printed) and the exact
 * warnings and sentences.
 */
import { describe, expect, it } from '@jest/globals'
import {
  MAX_RETRIES,
  attemptTimeoutMs,
  decide,
  decideArchiveLag,
  decideUncertainWrite,
  isSafe,
  type Budget,
  type Outcome
} from '../../src/github/retry-policy.js'

const NOW = Date.parse('2026-01-01T12:00:00Z')
const GET = { method: 'GET', path: '/repos/o/r/actions/runs/1' }
const POST = { method: 'POST', path: '/repos/o/r/actions/runs/1/cancel' }

function budget(leftMs: number): Budget {
  return { timeoutSeconds: 600, leftMs, secondMs: 1000, now: NOW }
}
function answer(status: number, headers: Record<string, string> = {}): Outcome {
  return { kind: 'answer', status, headers }
}
const secondary = (retryAfter: string, extra: Record<string, string> = {}) => ({
  kind: 'answer' as const,
  status: 403,
  headers: { 'retry-after': retryAfter, ...extra },
  message: 'You have exceeded a secondary rate limit.'
})

describe('which methods are safe to send again', () => {
  it.each(['GET', 'get', 'HEAD', 'OPTIONS'])('%s is', method => {
    expect(isSafe(method)).toBe(true)
  })
  it.each(['POST', 'PUT', 'PATCH', 'DELETE', ''])('%j is not', method => {
    expect(isSafe(method)).toBe(false)
  })
})

describe('attemptTimeoutMs', () => {
  it('gives the budget from its last full second on, and the grace below it', () => {
    expect(attemptTimeoutMs(15_000, 1000, 300)).toBe(1000)
    expect(attemptTimeoutMs(15_000, 999, 300)).toBe(300)
    expect(attemptTimeoutMs(15_000, 60_000, 300)).toBe(15_000)
    expect(attemptTimeoutMs(15_000, 0, 0)).toBe(1)
  })
})

describe('a wait exactly as long as what is left fits; a millisecond more does not', () => {
  it('secondary rate limit', () => {
    expect(decide(GET, secondary('5'), 0, budget(5000))).toMatchObject({
      kind: 'retry',
      waitSeconds: 5
    })
    expect(decide(GET, secondary('5'), 0, budget(4999))).toMatchObject({ kind: 'fail' })
  })

  it('503 with retry-after', () => {
    const outcome = answer(503, { 'retry-after': '5' })
    expect(decide(GET, outcome, 0, budget(5000))).toEqual({
      kind: 'retry',
      waitSeconds: 5,
      warning: `GitHub answered 503 with retry-after 5s to GET ${GET.path}; waiting 5 s before retry 1 of ${MAX_RETRIES}.`
    })
    const refused = decide(GET, outcome, 0, budget(4999))
    expect(refused.kind).toBe('fail')
    expect(refused.kind === 'fail' && refused.error.message).toBe(
      `GitHub answered 503 to GET ${GET.path} asking to wait (retry-after) until 2026-01-01T12:00:05Z (5 s from now), which does not fit in the 5 s left of timeout-seconds (600); raise 'timeout-seconds' to wait for it.`
    )
  })

  it('a 5xx back-off on a read', () => {
    // attempt 1 backs off 4 s
    expect(decide(GET, answer(502), 1, budget(4000))).toEqual({
      kind: 'retry',
      waitSeconds: 4,
      warning: `GitHub answered 502 to GET ${GET.path}. Trying again in 4 s (retry 2 of ${MAX_RETRIES}).`
    })
    expect(decide(GET, answer(502), 1, budget(3999))).toEqual({ kind: 'deliver' })
  })
})

describe('the last retry', () => {
  it('is retry MAX_RETRIES; after it the answer is delivered', () => {
    const outcome = answer(503, { 'retry-after': '1' })
    expect(decide(GET, outcome, MAX_RETRIES - 1, budget(60_000))).toMatchObject({
      kind: 'retry',
      warning: expect.stringContaining(`retry ${MAX_RETRIES} of ${MAX_RETRIES}`)
    })
    expect(decide(GET, outcome, MAX_RETRIES, budget(60_000))).toEqual({ kind: 'deliver' })
    expect(decide(GET, secondary('1'), MAX_RETRIES, budget(60_000))).toEqual({ kind: 'deliver' })
    expect(decide(GET, answer(500), MAX_RETRIES, budget(60_000))).toEqual({ kind: 'deliver' })
  })
})

describe('what is not retried', () => {
  it('a 503 on a write, a 503 without retry-after is a plain 5xx, a 2xx is delivered', () => {
    expect(decide(POST, answer(503, { 'retry-after': '1' }), 0, budget(60_000))).toEqual({
      kind: 'deliver'
    })
    expect(decide(GET, answer(503), 0, budget(60_000))).toMatchObject({
      kind: 'retry',
      waitSeconds: 1
    })
    expect(decide(GET, answer(204), 0, budget(60_000))).toEqual({ kind: 'deliver' })
    expect(decide(GET, answer(304), 0, budget(60_000))).toEqual({ kind: 'deliver' })
  })
})

describe('retry-after as GitHub may send it', () => {
  it.each([
    ['7', 7],
    [' 7 ', 7],
    // an HTTP date, counted on the server's clock (its Date header), not this machine's
    ['Thu, 01 Jan 2026 12:00:30 GMT', 30]
  ])('%j waits %d s', (value, seconds) => {
    const outcome = secondary(value, { date: 'Thu, 01 Jan 2026 12:00:00 GMT' })
    expect(decide(GET, outcome, 0, budget(600_000))).toMatchObject({ waitSeconds: seconds })
  })

  it('an HTTP date without a Date header counts from this machine’s clock', () => {
    const outcome = secondary('Thu, 01 Jan 2026 12:00:20 GMT')
    expect(decide(GET, outcome, 0, budget(600_000))).toMatchObject({ waitSeconds: 20 })
  })

  it.each(['7s', 'x7', 'soon'])('%j is not a wait: the minute GitHub prescribes applies', value => {
    expect(decide(GET, secondary(value), 0, budget(600_000))).toMatchObject({ waitSeconds: 60 })
  })
})

describe('how a wait that does not fit is told', () => {
  it.each([
    // [left ms, printed]: tenths below 10 s, whole seconds from 10 s
    [9_949, '9.9'],
    [9_999, '10'],
    [10_000, '10'],
    [12_400, '12']
  ])('%d ms left reads "%s s left"', (leftMs, printed) => {
    const refused = decide(GET, secondary('100'), 0, budget(leftMs))
    expect(refused.kind === 'fail' && refused.error.message).toContain(
      `until 2026-01-01T12:01:40Z (100 s from now), which does not fit in the ${printed} s left of timeout-seconds (600)`
    )
  })

  it('says "unset" when there is no timeout-seconds', () => {
    const refused = decide(GET, secondary('100'), 0, { leftMs: 1000, secondMs: 1000, now: NOW })
    expect(refused.kind === 'fail' && refused.error.message).toContain(
      'left of timeout-seconds (unset)'
    )
  })
})

describe('no answer at all', () => {
  const noAnswer = (reason: 'timeout' | 'network'): Outcome => ({
    kind: 'no-answer',
    reason,
    detail: reason === 'timeout' ? '15000' : 'ECONNRESET'
  })

  it('a read backs off while the pause fits, exactly to the millisecond', () => {
    // attempt 1 backs off 4 s
    expect(decide(GET, noAnswer('network'), 1, budget(4000))).toMatchObject({
      kind: 'retry',
      waitSeconds: 4
    })
    expect(decide(GET, noAnswer('network'), 1, budget(3999))).toMatchObject({ kind: 'fail' })
  })

  it('a reset with time left is retried, not told as the budget running out', () => {
    expect(decide(GET, noAnswer('network'), 0, budget(60_000))).toMatchObject({
      kind: 'retry',
      waitSeconds: 1
    })
    expect(decide(GET, noAnswer('timeout'), 0, budget(60_000))).toMatchObject({
      kind: 'retry',
      waitSeconds: 1
    })
  })

  it('a reset with the budget spent is told as the reset: only a timeout is the budget’s doing', () => {
    const reset = decide(GET, noAnswer('network'), 0, budget(0))
    expect(reset.kind === 'fail' && reset.error.message).toBe(
      `The connection to GitHub failed on GET ${GET.path} (ECONNRESET).`
    )
  })

  it('a timeout with the budget spent is told in the budget’s sentence', () => {
    const spent = decide(GET, noAnswer('timeout'), 0, budget(0))
    expect(spent.kind === 'fail' && spent.error.message).toBe(
      `The time budget (timeout-seconds: 600) ran out while waiting for an answer to GET ${GET.path}; raise 'timeout-seconds'.`
    )
    // Without a budget the sentence has nothing to name: the request's own failure is told.
    const unbounded = decide(GET, noAnswer('timeout'), 0, { leftMs: 0, secondMs: 1000, now: NOW })
    expect(unbounded.kind === 'fail' && unbounded.error.message).not.toContain('timeout-seconds')
  })
})

describe('only a 2xx is checked for a usable body', () => {
  const unusable = (status: number): Outcome => ({
    kind: 'answer',
    status,
    headers: {},
    usable: false
  })

  it('a 299 whose body is not what the caller needs is read again; a 300 is delivered', () => {
    expect(decide(GET, unusable(299), 0, budget(60_000))).toMatchObject({ kind: 'retry' })
    expect(decide(GET, unusable(300), 0, budget(60_000))).toEqual({ kind: 'deliver' })
  })
})

describe('retry-after is honoured only on a 503 to a read', () => {
  it.each([404, 422, 502, 504])('a %d with retry-after is not a retry-after wait', status => {
    const decision = decide(GET, answer(status, { 'retry-after': '30' }), 0, budget(600_000))
    expect(decision.kind === 'retry' && decision.waitSeconds).not.toBe(30)
  })

  it('a 404 or 422 to a read is delivered as it is', () => {
    expect(decide(GET, answer(404), 0, budget(60_000))).toEqual({ kind: 'deliver' })
    expect(decide(GET, answer(422, { 'retry-after': '30' }), 0, budget(60_000))).toEqual({
      kind: 'deliver'
    })
  })
})

describe('the warnings of a write check and of a lagging archive', () => {
  it('a write that failed for now: says it checks, then the failure', () => {
    const write = {
      label: 'Cancelling run 42',
      failure: 'temporary' as const,
      sentence: 'GitHub answered 502.',
      checkable: true
    }
    expect(decideUncertainWrite(write, 0, { leftMs: 60_000, secondMs: 1000 })).toEqual({
      kind: 'retry',
      waitSeconds: 1,
      warning:
        'Cancelling run 42 failed with a temporary error; checking whether it took effect. GitHub answered 502.'
    })
  })

  it('an archive not there yet: says how long after completion, in whole seconds', () => {
    const answer404 = { status: 404, sinceCompletedMs: 12_400, label: 'The log archive of run 42' }
    expect(decideArchiveLag(answer404, 0, { leftMs: 60_000 })).toEqual({
      kind: 'retry',
      waitSeconds: 5,
      warning:
        'The log archive of run 42 is not there yet (GitHub answered 404 12 s after the run completed); asking again in 5 s.'
    })
  })
})
