import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { Deadline } from '../src/clock.js'
import { ServerClock } from '../src/github/server-clock.js'
import { dispatch } from '../src/operations/dispatch.js'
import { waitForAllRuns } from '../src/operations/wait-for-all-runs.js'
import { DENSE_SPACING_MS } from '../src/poll-loop.js'
import { waitForRunCompletion } from '../src/polling.js'
import type { DispatchSettings, WaitForRunSettings } from '../src/settings.js'
import { API, commonSettings, fakeClock, runFixture, testClient } from './helpers/client.js'
import { fakeRunApi } from './helpers/fake-run-api.js'

/**
 * GitHub's clock is not the runner's: every decision that compares GitHub's timestamps with
 * "now" must come out the same whichever way and however far the server's clock is off. Each
 * scenario runs with agreeing clocks and with the server's clock 60 s ahead, 60 s behind and
 * 5 min behind (its timestamps and its Date header alike), and what was sent must not change.
 */
const OFFSETS = [60_000, -60_000, -5 * 60_000]
const MINUTE = 60_000

beforeAll(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  jest.restoreAllMocks()
})

function quietStdout() {
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  spy.mockClear()
  return spy
}

/** The Date header a server whose clock reads `serverMs` sends. */
const httpDate = (serverMs: number) => new Date(serverMs).toUTCString()

describe('ServerClock', () => {
  it('knows nothing before an answer: GitHub time is taken to be the runner time', () => {
    const clock = new ServerClock(() => 5000)
    expect(clock.known).toBe(false)
    expect(clock.offsetMs).toBe(0)
    expect(clock.toServer(1234)).toBe(1234)
    expect(clock.earliestServerTime(1234)).toBeUndefined()
    clock.observe(undefined, 0, 10)
    clock.observe('not a date', 0, 10)
    expect(clock.known).toBe(false)
  })

  it('bounds the offset by send and receive times and the whole second of the header', () => {
    const clock = new ServerClock()
    const runner = Date.parse('2026-01-01T00:01:00.200Z')
    // The server's clock read 00:00:00.x while the request was out (20 ms): 60 s behind.
    clock.observe('Thu, 01 Jan 2026 00:00:00 GMT', runner, runner + 20)
    expect(clock.known).toBe(true)
    // offset in [00:00:00 - 00:01:00.220, 00:00:01 - 00:01:00.200] = [-60 220, -59 200]
    expect(clock.offsetMs).toBe(Math.round((-60_220 + -59_200) / 2))
    expect(clock.earliestServerTime(runner)).toBe(runner - 60_220)
  })

  it('is not skewed by one slow answer', () => {
    const clock = new ServerClock()
    const t = Date.parse('2026-01-01T00:00:10.500Z')
    clock.observe(httpDate(t - 60_000), t, t + 10)
    const before = clock.offsetMs
    // 20 s in flight, Date written near the end: its interval holds the first, so nothing moves.
    clock.observe(httpDate(t + 25_000 - 60_000), t + 5000, t + 25_010)
    expect(clock.offsetMs).toBe(before)
  })

  it('narrows well below the header resolution as answers land at different phases', () => {
    const clock = new ServerClock()
    const trueOffset = -60_370
    for (let k = 0; k < 12; k++) {
      const sent = Date.parse('2026-01-01T00:00:00Z') + k * 1137
      // The server writes the header 10 ms after the request leaves; the answer takes 20 ms.
      clock.observe(httpDate(Math.floor((sent + 10 + trueOffset) / 1000) * 1000), sent, sent + 20)
    }
    expect(Math.abs(clock.offsetMs - trueOffset)).toBeLessThan(60)
  })

  it('starts over from an answer that contradicts the others (a clock was stepped)', () => {
    const clock = new ServerClock()
    const t = Date.parse('2026-01-01T00:00:00.300Z')
    clock.observe(httpDate(t - 300), t, t + 10)
    expect(Math.abs(clock.offsetMs)).toBeLessThan(1000)
    clock.observe(httpDate(t + 1000 + 300_000), t + 1000, t + 1010)
    expect(Math.round(clock.offsetMs / 1000)).toBe(300)
  })

  it('is fed by every answer of the client, 304s and errors included', async () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    const serverNow = now - 5 * MINUTE
    nock(API)
      .get('/repos/octo/demo/actions/runs/1')
      .reply(304, '', { date: httpDate(serverNow) })
    const client = testClient({ now: () => now })
    await expect(client.getRun(1)).rejects.toMatchObject({ status: 304 })
    // One answer: [-300 s, -299 s], the middle of it.
    expect(client.serverClock.offsetMs).toBe(-299_500)
  })
})

describe('the same decisions whichever way the server clock is off', () => {
  /** A 3-minute run with history, watched from 5 s in: every request sent, and the heartbeats. */
  async function waitTrace(serverOffsetMs: number) {
    nock.cleanAll()
    const out = quietStdout()
    const clock = fakeClock()
    const startedAt = clock.now() - 5000
    const endsAt = startedAt + 3 * MINUTE
    const api = fakeRunApi({
      runId: 42,
      now: clock.now,
      startedAt,
      endsAt,
      history: [3 * MINUTE - 4000, 3 * MINUTE, 3 * MINUTE + 4000],
      serverOffsetMs
    })
    const outcome = await waitForRunCompletion(testClient({ now: clock.now }), 42, {
      clock,
      deadline: new Deadline(clock, 3600),
      intervalMs: 30_000,
      trackJobs: true
    })
    expect(outcome.run.status).toBe('completed')
    const printed = out.mock.calls.join('')
    return {
      sent: api.sent.map(r => `${r.at - startedAt} ${r.path} ${r.status}`),
      noticedAfterEndMs: clock.now() - endsAt,
      heartbeats: printed.match(/Run 42 is still in_progress after [^;]*/g) ?? []
    }
  }

  it('predicts the end, polls and beats the same: GitHub timestamps read on GitHub time', async () => {
    const agreeing = await waitTrace(0)
    expect(agreeing.noticedAfterEndMs).toBeGreaterThanOrEqual(0)
    expect(agreeing.noticedAfterEndMs).toBeLessThanOrEqual(DENSE_SPACING_MS)
    expect(agreeing.heartbeats).toEqual([
      expect.stringMatching(/after 1m \d+s \(waited 1m \d+s\)/),
      expect.stringMatching(/after 2m \d+s \(waited 2m \d+s\)/)
    ])
    for (const offset of OFFSETS) {
      const off = await waitTrace(offset)
      // Same requests at the same moments, so the end is noticed as promptly.
      expect({ offset, ...off }).toEqual({ offset, ...agreeing })
    }
  })

  /**
   * Two runs of one commit: run 1 completes 20 s in; a run it triggers (2) appears 10 s later,
   * inside the settle window that starts at run 1's completion, and completes at 60 s.
   */
  async function allRunsTrace(serverOffsetMs: number) {
    nock.cleanAll()
    quietStdout()
    const sha = 'e'.repeat(40)
    const clock = fakeClock()
    const start = clock.now()
    const iso = (runnerMs: number) => new Date(runnerMs + serverOffsetMs).toISOString()
    const run = (id: number, createdAt: number, endsAt: number) =>
      runFixture({
        id,
        head_sha: sha,
        created_at: iso(createdAt),
        status: clock.now() >= endsAt ? 'completed' : 'in_progress',
        conclusion: clock.now() >= endsAt ? 'success' : null,
        updated_at: iso(clock.now() >= endsAt ? endsAt : createdAt)
      })
    const sent: number[] = []
    nock(API)
      .persist()
      .get('/repos/octo/demo/actions/runs')
      .query(true)
      .reply(() => {
        sent.push(clock.now() - start)
        const t = clock.now() - start
        const runs = [
          ...(t >= 30_000 ? [run(2, start + 30_000, start + 60_000)] : []),
          run(1, start - 60_000, start + 20_000)
        ]
        return [
          200,
          { total_count: runs.length, workflow_runs: runs },
          { date: httpDate(clock.now() + serverOffsetMs) }
        ]
      })
    const settings: WaitForRunSettings = {
      operation: 'wait-for-run',
      ...commonSettings,
      pollIntervalSeconds: 10,
      target: { kind: 'filter', filter: { headSha: sha } },
      allowedConclusions: ['success'],
      cancelOnTimeout: false,
      allRuns: true,
      jobs: []
    }
    const result = await waitForAllRuns(testClient({ now: clock.now }), settings, {
      clock,
      env: {}
    })
    return { runs: result.runs.map(r => r.id), timedOut: result.timedOut, sent }
  }

  it('times the all-runs settle window from the last completion on GitHub time', async () => {
    const agreeing = await allRunsTrace(0)
    // The late run was waited for: the window had not closed when it appeared.
    expect(agreeing.runs).toEqual([1, 2])
    expect(agreeing.timedOut).toBe(false)
    // Done once run 2 has been complete for the settle window (3 × 10 s), not much later.
    const last = agreeing.sent[agreeing.sent.length - 1] ?? 0
    expect(last).toBeGreaterThanOrEqual(90_000)
    expect(last).toBeLessThanOrEqual(90_000 + 10_000)
    for (const offset of OFFSETS) {
      expect({ offset, ...(await allRunsTrace(offset)) }).toEqual({ offset, ...agreeing })
    }
  })

  /** A dispatch whose 204 carries GitHub's Date; the runs list is asked for what came after. */
  async function dispatchTrace(serverOffsetMs: number, failFirst: boolean) {
    nock.cleanAll()
    quietStdout()
    const clock = fakeClock(Date.parse('2026-01-01T00:00:00.400Z'))
    const serverNow = () => clock.now() + serverOffsetMs
    const date = () => ({ date: httpDate(serverNow()) })
    let marker = ''
    let created: unknown
    const workflow = '/repos/octo/demo/actions/workflows/deploy.yml'
    const scope = nock(API).post(
      `${workflow}/dispatches`,
      (body: { inputs: Record<string, string> }) => {
        marker = body.inputs['dispatch-id'] ?? ''
        return true
      }
    )
    if (failFirst) scope.reply(502, { message: 'Server Error' }, date())
    else scope.reply(204, '', date())
    nock(API).get('/user').optionally().reply(403, { message: 'no' }, date())
    nock(API)
      .get(`${workflow}/runs`)
      .query(query => {
        created = query['created']
        return true
      })
      .reply(() => [
        200,
        {
          total_count: 1,
          workflow_runs: [
            runFixture({
              id: 77,
              event: 'workflow_dispatch',
              display_title: `Deploy ${marker}`,
              created_at: new Date(serverNow() + 1000).toISOString().replace(/\.\d+Z$/, 'Z')
            })
          ]
        },
        date()
      ])
    const settings: DispatchSettings = {
      operation: 'dispatch',
      ...commonSettings,
      apiUrl: API,
      pollIntervalSeconds: 5,
      workflow: 'deploy.yml',
      ref: 'main',
      inputs: {},
      wait: false,
      allowedConclusions: ['success'],
      cancelOnTimeout: false,
      correlationInput: 'dispatch-id',
      timeoutSeconds: 30
    }
    const result = await dispatch(testClient({ now: clock.now }), settings, {
      clock,
      env: {}
    })
    return { run: result.run.id, created }
  }

  it("bounds dispatch's created-at matching on GitHub time, after a 204 and after a failure", async () => {
    for (const failFirst of [false, true]) {
      for (const offset of [0, ...OFFSETS]) {
        // GitHub's clock read at least this (to the second) when the dispatch was sent.
        const expected = `>=${new Date(Date.parse('2026-01-01T00:00:00Z') + offset).toISOString().replace(/\.\d+Z$/, 'Z')}`
        expect({ offset, failFirst, ...(await dispatchTrace(offset, failFirst)) }).toEqual({
          offset,
          failFirst,
          run: 77,
          created: expected
        })
      }
    }
  })
})
