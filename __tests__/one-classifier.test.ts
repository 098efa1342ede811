/**
 * One classifier of GitHub's answers (src/github/errors.ts classify/rateLimitOf), used by the
 * retry policy, the poll loop, the operations and the sentences: they cannot disagree. Writes'
 * check-before-resend and fetch-logs' archive-lag wait are decisions of the retry policy.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import nock from 'nock'
import { Deadline } from '../src/clock.js'
import {
  classify,
  describeError,
  isRateLimited,
  missingPermission,
  rateLimitOf
} from '../src/github/errors.js'
import {
  ARCHIVE_TRIES,
  WRITE_TRIES,
  decide,
  decideArchiveLag,
  decideUncertainWrite,
  mayResendWrite,
  type Decision
} from '../src/github/retry-policy.js'
import { waitForJobsOfRun } from '../src/operations/wait-for-run.js'
import { API, fakeClock, jobFixture, runFixture, testClient } from './helpers/client.js'

const NOW = Date.parse('2026-01-01T12:00:00Z')
const GET = { method: 'GET', path: '/repos/o/r/actions/runs/1' }

/** An octokit-shaped error for an answer. */
function httpError(status: number, headers: Record<string, string>, message: string) {
  return Object.assign(new Error(message), {
    status,
    request: { method: 'GET', url: 'https://api.github.com/repos/octo/demo/actions/runs/1' },
    response: { headers, data: { message } }
  })
}

const summary = (decision: Decision) =>
  decision.kind === 'retry' ? `retry after ${decision.waitSeconds} s` : decision.kind

describe('rate limits: one rule', () => {
  it('a 403 whose message says "rate limit" without rate-limit headers is rate-limited everywhere', () => {
    const message = 'API rate limit exceeded for user ID 1.'
    const error = httpError(403, {}, message)
    expect(isRateLimited(error)).toBe(true)
    expect(classify(error)).toBe('rate-limited')
    const decision = decide(GET, { kind: 'answer', status: 403, headers: {}, message }, 0, {
      timeoutSeconds: 3600,
      leftMs: 120_000,
      secondMs: 1000,
      now: NOW
    })
    // GitHub's advice without retry-after: wait at least a minute.
    expect(summary(decision)).toBe('retry after 60 s')
  })

  it('the retry policy waits for exactly the answers the classifier calls rate-limited', () => {
    const status = fc.constantFrom(403, 429, 404, 500, 502)
    const headers = fc.record(
      {
        'x-ratelimit-remaining': fc.constantFrom('0', '1', '4999'),
        'x-ratelimit-reset': fc.constantFrom(String(NOW / 1000 + 30), 'x'),
        'retry-after': fc.constantFrom('1', '7')
      },
      { requiredKeys: [] }
    )
    const message = fc.constantFrom(
      '',
      'Not Found',
      'Resource not accessible by integration',
      'API rate limit exceeded for installation ID 1.',
      'You have exceeded a secondary rate limit.'
    )
    fc.assert(
      fc.property(status, headers, message, (code, sent, text) => {
        const limited = rateLimitOf({ status: code, headers: sent, message: text }) !== undefined
        expect(isRateLimited(httpError(code, sent, text))).toBe(limited)
        // A write: the policy resends it only when GitHub refused it unprocessed (a rate limit).
        const decision = decide(
          { method: 'POST', path: '/x' },
          { kind: 'answer', status: code, headers: sent, message: text },
          0,
          { timeoutSeconds: 3600, leftMs: 3_600_000, secondMs: 1000, now: NOW }
        )
        expect(decision.kind === 'retry').toBe(limited)
      })
    )
  })
})

describe('the permission sentence and rate limits', () => {
  const scopes = { 'x-oauth-scopes': 'read:org', 'x-accepted-oauth-scopes': 'repo' }

  it('a rate-limited 403 never reads "the token needs …"', () => {
    const error = httpError(
      403,
      { ...scopes, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 60) },
      'API rate limit exceeded for user ID 1.'
    )
    expect(missingPermission(error)).toBeUndefined()
    expect(describeError(error)).not.toContain('the token needs')
    expect(describeError(error)).toContain('The API rate limit is exhausted')
  })

  it('the same 403 without the rate limit does name the missing scope', () => {
    const error = httpError(403, scopes, 'Must have admin rights to Repository.')
    expect(missingPermission(error)).toBe(
      'the token needs the repo scope on octo/demo (it has read:org)'
    )
    expect(classify(error)).toBe('permission')
  })
})

describe('writes: check before resending, as the retry policy decides', () => {
  const write = (failure: ReturnType<typeof classify>, checkable = true) => ({
    label: 'Cancelling run 42',
    failure,
    sentence: 'GitHub answered 502.',
    checkable
  })
  const budget = (leftMs: number) => ({ leftMs, secondMs: 1000 })

  it.each([
    ['a temporary failure, first send', write('temporary'), 0, budget(60_000), 'retry after 1 s'],
    ['a temporary failure, second send', write('temporary'), 1, budget(60_000), 'retry after 4 s'],
    ['the last send', write('temporary'), WRITE_TRIES - 1, budget(60_000), 'deliver'],
    ['a rate limit', write('rate-limited'), 0, budget(60_000), 'retry after 1 s'],
    ['a refusal (4xx)', write('refused'), 0, budget(60_000), 'deliver'],
    ['a missing permission', write('permission'), 0, budget(60_000), 'deliver'],
    ['a bug in runctl', write('internal'), 0, budget(60_000), 'deliver'],
    [
      'a write GitHub keeps nothing to check against',
      write('temporary', false),
      0,
      budget(60_000),
      'deliver'
    ],
    [
      'a pause cut to what the budget has left',
      write('temporary'),
      1,
      budget(2_500),
      'retry after 2.5 s'
    ],
    ['no budget left: check at once', write('temporary'), 0, budget(0), 'retry after 0 s']
  ])('%s', (_what, failed, attempt, left, expected) => {
    expect(summary(decideUncertainWrite(failed, attempt, left))).toBe(expected)
  })

  it('resends after a negative check only while the budget lasts', () => {
    expect(mayResendWrite({ timeoutSeconds: 60, leftMs: 1 })).toBe(true)
    expect(mayResendWrite({ timeoutSeconds: 60, leftMs: 0 })).toBe(false)
    expect(mayResendWrite({ leftMs: 0 })).toBe(true)
  })

  it('client.mutate carries it out: checks, then sends again, at most WRITE_TRIES times', async () => {
    let sent = 0
    let checked = 0
    const client = testClient()
    await expect(
      client.mutate(
        'Cancelling run 42',
        async () => {
          sent++
          throw httpError(502, {}, 'Bad Gateway')
        },
        async () => {
          checked++
          return false
        }
      )
    ).rejects.toThrow('Bad Gateway')
    expect({ sent, checked }).toEqual({ sent: WRITE_TRIES, checked: WRITE_TRIES - 1 })
  })
})

describe("fetch-logs' archive lag, as the retry policy decides", () => {
  const lag = (status: number, sinceCompletedMs: number) => ({
    status,
    sinceCompletedMs,
    label: 'The log archive of run 42'
  })

  it.each([
    ['a 404 right after completion', lag(404, 10_000), 0, 60_000, 'retry after 5 s'],
    ['a 404 a second time', lag(404, 10_000), 1, 60_000, 'retry after 5 s'],
    ['tries used up', lag(404, 10_000), ARCHIVE_TRIES - 1, 60_000, 'deliver'],
    ['a run that completed a minute ago', lag(404, 60_000), 0, 60_000, 'deliver'],
    ['a 410 (gone for good)', lag(410, 10_000), 0, 60_000, 'deliver'],
    ['no room for the pause', lag(404, 10_000), 0, 5_000, 'deliver']
  ])('%s', (_what, answer, attempt, leftMs, expected) => {
    expect(summary(decideArchiveLag(answer, attempt, { leftMs }))).toBe(expected)
  })
})

describe("wait-for-run 'jobs': every pattern must match before it ends", () => {
  beforeAll(() => nock.disableNetConnect())
  afterEach(() => nock.cleanAll())

  it('waits for a job listed late (needs:), though the jobs listed so far completed', async () => {
    const RUN = '/repos/octo/demo/actions/runs/42'
    const build = (status: string) =>
      jobFixture({
        id: 1,
        run_id: 42,
        name: 'build',
        status,
        conclusion: status === 'completed' ? 'success' : null
      })
    const deploy = (status: string) =>
      jobFixture({
        id: 2,
        run_id: 42,
        name: 'deploy',
        status,
        conclusion: status === 'completed' ? 'success' : null
      })
    const page = (...jobs: object[]) => ({ total_count: jobs.length, jobs })
    nock(API)
      .get(RUN)
      .times(3)
      .reply(200, runFixture({ id: 42, status: 'in_progress' }))
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, page(build('completed')))
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, page(build('completed'), deploy('in_progress')))
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, page(build('completed'), deploy('completed')))
    const clock = fakeClock()
    const quiet = jestQuiet()
    try {
      const result = await waitForJobsOfRun(testClient(), 42, ['build', 'deploy'], {
        deadline: new Deadline(clock, 600),
        intervalMs: 1000,
        clock
      })
      expect(result.jobs.map(job => [job.name, job.status])).toEqual([
        ['build', 'completed'],
        ['deploy', 'completed']
      ])
      expect(result.unmatched).toEqual([])
      expect(result.timedOut).toBe(false)
    } finally {
      quiet()
    }
  })
})

/** Keeps the operation's progress lines out of the test output. */
function jestQuiet(): () => void {
  const write = process.stdout.write
  process.stdout.write = (() => true) as typeof process.stdout.write
  return () => {
    process.stdout.write = write
  }
}
