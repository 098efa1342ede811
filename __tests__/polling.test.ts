import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { Deadline } from '../src/clock.js'
import {
  DENSE_SPACING_MS,
  Heartbeat,
  MAX_WINDOW_POLLS,
  PollSchedule,
  heartbeatAfterMinutes,
  pollUntil,
  type PollResult
} from '../src/poll-loop.js'
import { estimateEnd, inLastSteps, waitForRunCompletion } from '../src/polling.js'
import { fakeClock, jobFixture, runFixture, testClient } from './helpers/client.js'
import { fakeRunApi } from './helpers/fake-run-api.js'

const MINUTE = 60_000

/** What octokit throws for a 502 that its retries could not get past. */
function serverError() {
  return Object.assign(new Error('Bad Gateway'), { status: 502 })
}

beforeAll(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  jest.restoreAllMocks()
})

function quietStdout() {
  return jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
}

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] ?? 0))

/** The instants at which a schedule polls, from `from` to `until`, nothing changing. */
function pollTimes(schedule: PollSchedule, from: number, until: number): number[] {
  const times = [from]
  let now = from
  let changed = true
  while (now < until) {
    now += schedule.nextDelayMs(now, changed)
    changed = false
    times.push(now)
  }
  return times
}

describe('PollSchedule', () => {
  it('backs off from 1 s while nothing changes, never past the upper bound, and restarts on a change', () => {
    const schedule = new PollSchedule(30_000)
    const delays = [true, false, false, false, false, false, false, false, false, false].map(
      changed => schedule.nextDelayMs(0, changed)
    )
    expect(delays[0]).toBe(1000)
    for (let i = 1; i < delays.length; i++) {
      expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] ?? 0)
    }
    expect(Math.max(...delays)).toBe(30_000)
    expect(schedule.nextDelayMs(0, true)).toBe(1000)
  })

  it('keeps poll-interval-seconds as the upper bound, with or without an estimate', () => {
    const schedule = new PollSchedule(5000)
    expect(Math.max(...gaps(pollTimes(schedule, 0, 10 * MINUTE)))).toBeLessThanOrEqual(5000)
    schedule.expectEnd({ earliest: 2.9 * MINUTE, latest: 3.1 * MINUTE })
    expect(Math.max(...gaps(pollTimes(schedule, 0, 10 * MINUTE)))).toBeLessThanOrEqual(5000)
  })

  it('polls sparsely before the earliest plausible end and densely until the latest', () => {
    const schedule = new PollSchedule(30_000)
    const end = 3 * MINUTE
    schedule.expectEnd({ earliest: end - 4000, latest: end + 4000 })
    const times = pollTimes(schedule, 0, end + 5000)
    const before = times.filter(t => t < end - 4000)
    // Far from the end: only the upper bound spaces the polls.
    expect(gaps(before).every(gap => gap === 30_000)).toBe(true)
    // The first dense poll is at the earliest plausible end; a run ending anywhere in the window
    // is seen within DENSE_SPACING_MS.
    expect(times).toContain(end - 4000)
    const inWindow = times.filter(t => t >= end - 4000 && t <= end + 4000 + DENSE_SPACING_MS)
    expect(Math.max(...gaps(inWindow))).toBeLessThanOrEqual(DENSE_SPACING_MS)
  })

  it('spends at most MAX_WINDOW_POLLS polls on a wide window (when the upper bound allows)', () => {
    const schedule = new PollSchedule(60_000)
    schedule.expectEnd({ earliest: MINUTE, latest: 21 * MINUTE })
    const inWindow = pollTimes(schedule, 0, 21 * MINUTE).filter(
      t => t >= MINUTE && t <= 21 * MINUTE
    )
    expect(inWindow.length).toBeLessThanOrEqual(MAX_WINDOW_POLLS + 1)
  })

  it('backs off again when the run overruns its estimate', () => {
    const schedule = new PollSchedule(30_000)
    schedule.expectEnd({ earliest: 59_000, latest: 60_000 })
    const overrun = gaps(pollTimes(schedule, 59_000, 10 * MINUTE).filter(t => t > 60_000))
    for (let i = 1; i < overrun.length; i++) {
      expect(overrun[i]).toBeGreaterThanOrEqual(overrun[i - 1] ?? 0)
    }
    expect(overrun.at(-1)).toBe(30_000)
  })
})

describe('estimateEnd', () => {
  const run = runFixture({ id: 1, run_started_at: '2026-01-01T00:00:00Z' }) as never
  const past = (id: number, seconds: number) =>
    runFixture({
      id,
      status: 'completed',
      conclusion: 'success',
      run_started_at: '2025-12-31T00:00:00Z',
      updated_at: new Date(Date.parse('2025-12-31T00:00:00Z') + seconds * 1000).toISOString()
    }) as never

  it('expects the end between the shortest and longest recent successful runs, with a margin', () => {
    const start = Date.parse('2026-01-01T00:00:00Z')
    const estimate = estimateEnd(run, [past(2, 100), past(3, 120), past(4, 110)])
    expect(estimate?.likely).toBe(start + 110_000)
    expect(estimate?.earliest).toBeLessThan(start + 100_000)
    expect(estimate?.earliest).toBeGreaterThan(start + 98_000)
    expect(estimate?.latest).toBeGreaterThan(start + 120_000)
    expect(estimate?.latest).toBeLessThan(start + 122_000)
  })

  it('predicts nothing without history', () => {
    expect(estimateEnd(run, [])).toBeUndefined()
  })
})

describe('inLastSteps', () => {
  const step = (number: number, status: string) => ({ name: `s${number}`, number, status })
  const job = (status: string, ...steps: ReturnType<typeof step>[]) =>
    jobFixture({ status, conclusion: null, steps }) as never

  it('says the end is near when every unfinished job is in its last step', () => {
    const last = job('in_progress', step(1, 'completed'), step(2, 'in_progress'))
    const done = jobFixture() as never
    expect(inLastSteps([last, done])).toBe(true)
  })

  it('says nothing while a job has steps left, a job is queued, or nothing is unfinished', () => {
    const early = job('in_progress', step(1, 'in_progress'), step(2, 'queued'))
    const last = job('in_progress', step(1, 'completed'), step(2, 'in_progress'))
    expect(inLastSteps([early, last])).toBe(false)
    expect(inLastSteps([last, job('queued')])).toBe(false)
    expect(inLastSteps([jobFixture() as never])).toBe(false)
  })
})

describe('Heartbeat', () => {
  it('beats after 1, 2, 5, 10, 20 and 30 minutes of silence, and starts again after a change', () => {
    expect([0, 1, 2, 3, 4, 5].map(heartbeatAfterMinutes)).toEqual([1, 2, 5, 10, 20, 30])
    const heartbeat = new Heartbeat(0)
    const beats: number[] = []
    for (let minute = 0; minute <= 30; minute += 0.5) {
      if (heartbeat.due(minute * MINUTE)) beats.push(minute)
    }
    expect(beats).toEqual([1, 2, 5, 10, 20, 30])
    heartbeat.reset(31 * MINUTE)
    expect(heartbeat.due(31.5 * MINUTE)).toBe(false)
    expect(heartbeat.due(32 * MINUTE)).toBe(true)
  })

  it('collapses beats missed by one long sleep into one line', () => {
    const heartbeat = new Heartbeat(0)
    expect(heartbeat.due(6 * MINUTE)).toBe(true)
    expect(heartbeat.due(7 * MINUTE)).toBe(false)
    expect(heartbeat.due(10 * MINUTE)).toBe(true)
  })
})

describe('pollUntil', () => {
  const notYet: PollResult<string> = { done: false, changed: false }

  it('reports a temporary failure and polls through it', async () => {
    const out = quietStdout()
    const clock = fakeClock()
    const answers: Array<PollResult<string> | 'fail'> = [
      notYet,
      'fail',
      { done: true, value: 'ok' }
    ]
    const result = await pollUntil(
      async () => {
        const next = answers.shift()
        if (next === 'fail') throw serverError()
        return next ?? notYet
      },
      {
        clock,
        deadline: new Deadline(clock, 60),
        schedule: new PollSchedule(5000),
        label: 'Polling x'
      }
    )
    expect(result).toEqual({ done: true, value: 'ok' })
    expect(out.mock.calls.join('')).toContain('::warning::Polling x failed for now')
  })

  it('throws a temporary failure of the first poll when told there is nothing to fall back on', async () => {
    const clock = fakeClock()
    await expect(
      pollUntil(
        async () => {
          throw serverError()
        },
        {
          clock,
          deadline: new Deadline(clock, 60),
          schedule: new PollSchedule(5000),
          label: 'Polling x',
          firstPollMustSucceed: true
        }
      )
    ).rejects.toMatchObject({ status: 502 })
  })

  it('stops at the deadline without sleeping past it, and beats while nothing changes', async () => {
    const clock = fakeClock()
    const start = clock.now()
    const beats: number[] = []
    const result = await pollUntil(async () => notYet, {
      clock,
      deadline: new Deadline(clock, 6 * 60),
      schedule: new PollSchedule(30_000),
      label: 'Polling x',
      onHeartbeat: async silentForMs => {
        beats.push(silentForMs)
      }
    })
    expect(result).toEqual({ done: false })
    expect(clock.now() - start).toBe(6 * MINUTE)
    expect(beats.map(ms => Math.floor(ms / MINUTE))).toEqual([1, 2, 5])
  })
})

describe('waitForRunCompletion', () => {
  it('sends If-None-Match on every poll after the first, the jobs list included, page by page', async () => {
    quietStdout()
    const clock = fakeClock()
    const startedAt = clock.now() - 10_000
    const api = fakeRunApi({
      runId: 42,
      now: clock.now,
      startedAt,
      endsAt: startedAt + 3 * MINUTE,
      jobCount: 150,
      history: [3 * MINUTE, 3 * MINUTE + 5000, 3 * MINUTE - 5000]
    })
    const outcome = await waitForRunCompletion(testClient(), 42, {
      clock,
      deadline: new Deadline(clock, 3600),
      intervalMs: 30_000,
      trackJobs: true
    })
    expect(outcome.timedOut).toBe(false)
    expect(outcome.run.conclusion).toBe('success')
    expect(outcome.jobs).toHaveLength(150)
    const firstOfEach = new Set<string>()
    for (const request of api.sent) {
      if (firstOfEach.has(request.path)) expect(request.ifNoneMatch).toBeDefined()
      firstOfEach.add(request.path)
    }
    // Both pages of the jobs list were asked again, conditionally, at the heartbeats and the end.
    const jobPages = api.sent.filter(r => r.path.includes('/jobs'))
    expect(jobPages.some(r => r.path.includes('page=2') && r.ifNoneMatch !== undefined)).toBe(true)
    // The history was asked once.
    expect(api.sent.filter(r => r.path.includes('/workflows/1/runs'))).toHaveLength(1)
  })

  it('notices a run that ends as its history predicts within DENSE_SPACING_MS, and beats meanwhile', async () => {
    const out = quietStdout()
    const clock = fakeClock()
    const startedAt = clock.now() - 5000
    const endsAt = startedAt + 3 * MINUTE
    fakeRunApi({ runId: 42, now: clock.now, startedAt, endsAt, history: [3 * MINUTE] })
    const outcome = await waitForRunCompletion(testClient(), 42, {
      clock,
      deadline: new Deadline(clock, 3600),
      intervalMs: 30_000,
      trackJobs: true
    })
    expect(outcome.run.status).toBe('completed')
    expect(clock.now() - endsAt).toBeGreaterThanOrEqual(0)
    expect(clock.now() - endsAt).toBeLessThanOrEqual(DENSE_SPACING_MS)
    const printed = out.mock.calls.join('')
    expect(printed).toMatch(
      /Run 42 is still in_progress after 1m \d+s \(waited 1m \d+s\); jobs in progress: "job 1"\./
    )
    expect(printed).toMatch(/Run 42 is still in_progress after 2m \d+s \(waited 2m \d+s\)/)
  })

  it('polls without an estimate when the workflow has no successful run', async () => {
    quietStdout()
    const clock = fakeClock()
    const startedAt = clock.now()
    const endsAt = startedAt + 40_000
    const api = fakeRunApi({ runId: 42, now: clock.now, startedAt, endsAt, history: [] })
    const outcome = await waitForRunCompletion(testClient(), 42, {
      clock,
      deadline: new Deadline(clock, 3600),
      intervalMs: 30_000
    })
    expect(outcome.run.status).toBe('completed')
    expect(api.sent.filter(r => r.path.includes('/jobs'))).toEqual([])
  })
})
