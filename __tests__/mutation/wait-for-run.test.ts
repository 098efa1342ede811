/**
 * wait-for-run's promises at the unit level, each stated so that Stryker's mutant of it fails a
 * test: `jobs` (ends only when every pattern has matched and every matching job completed, or the
 * run completed; each job's state said once; the heartbeat; a server without jobs endpoints),
 * cancel-on-timeout's outcomes, the poll interval, the time waited and the found run's line.
 */
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { waitForRun } from '../../src/operations/wait-for-run.js'
import type { WaitForRunSettings } from '../../src/settings.js'
import {
  API,
  commonSettings,
  fakeClock,
  jobFixture,
  runFixture,
  testClient
} from '../helpers/client.js'

const base: WaitForRunSettings = {
  operation: 'wait-for-run',
  ...commonSettings,
  timeoutSeconds: 60,
  pollIntervalSeconds: 5,
  target: { kind: 'id', runId: 42 },
  allowedConclusions: ['success'],
  cancelOnTimeout: false,
  allRuns: false,
  jobs: []
}
const RUN = '/repos/octo/demo/actions/runs/42'

beforeAll(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  jest.restoreAllMocks()
})

/** What the action printed, line by line, while `body` ran. */
async function printed<T>(body: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const chunks: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    chunks.push(String(chunk))
    return true
  })
  const result = await body()
  return {
    result,
    lines: chunks
      .join('')
      .split('\n')
      .filter(line => line !== '')
  }
}

/** The run's answers in order (the last repeated), and the jobs' answers in order (likewise). */
function polls(runs: object[], jobLists: object[][]) {
  const scope = nock(API)
  runs.forEach((run, index) =>
    scope
      .get(RUN)
      .times(index === runs.length - 1 ? 100 : 1)
      .reply(200, run)
  )
  jobLists.forEach((jobs, index) =>
    scope
      .get(`${RUN}/jobs`)
      .query(true)
      .times(index === jobLists.length - 1 ? 100 : 1)
      .reply(200, { total_count: jobs.length, jobs })
  )
  return scope
}

const running = runFixture({ id: 42 })
const job = (id: number, name: string, status: string, conclusion: string | null = null) =>
  jobFixture({ id, run_id: 42, name, status, conclusion })

describe('wait-for-run with jobs', () => {
  it('waits for a job listed late (needs:) and ends when every matching job completed, the run still going', async () => {
    polls(
      [running],
      [
        [job(1, 'build', 'in_progress')],
        [job(1, 'build', 'in_progress')],
        [job(1, 'build', 'completed', 'success'), job(2, 'test-a', 'queued')],
        [
          job(1, 'build', 'completed', 'success'),
          job(2, 'test-a', 'completed', 'failure'),
          job(3, 'deploy', 'in_progress')
        ]
      ]
    )
    const clock = fakeClock()
    const { result, lines } = await printed(() =>
      waitForRun(testClient(), { ...base, jobs: ['build', 'test*'] }, { clock, env: {} })
    )
    expect(result.timedOut).toBe(false)
    expect(result.run.status).toBe('in_progress')
    expect(result.jobs.map(j => [j.name, j.conclusion])).toEqual([
      ['build', 'success'],
      ['test-a', 'failure']
    ])
    expect(result.unmatched).toEqual([])
    expect(result.jobPatterns).toEqual(['build', 'test*'])
    expect(result.operation).toBe('wait-for-run')
    expect(result.waitedMs).toBe(clock.slept.reduce((sum, ms) => sum + ms, 0))
    // A change starts the back-off again from a second.
    expect(clock.slept).toEqual([1000, 1500, 1000])
    expect(lines.filter(line => !line.startsWith('::debug::'))).toEqual([
      'Waiting for the jobs of run 42 matching "build", "test*".',
      '  job "build": in_progress',
      '  job "build": completed (success)',
      '  job "test-a": queued',
      '  job "test-a": completed (failure)'
    ])
  })

  it('ends when the run completes, naming a pattern no job matched', async () => {
    polls(
      [running, runFixture({ id: 42, status: 'completed', conclusion: 'success' })],
      [[job(1, 'build', 'in_progress')], [job(1, 'build', 'completed', null)]]
    )
    const { result, lines } = await printed(() =>
      waitForRun(
        testClient(),
        { ...base, jobs: ['build', 'deploy'] },
        { clock: fakeClock(), env: {} }
      )
    )
    expect(result.timedOut).toBe(false)
    expect(result.unmatched).toEqual(['deploy'])
    expect(lines).toContain('  job "build": completed (no conclusion)')
  })

  it('polls at poll-interval-seconds, backing off from a second, and says so in a heartbeat when nothing changes', async () => {
    polls([running], [[job(1, 'build', 'in_progress')]])
    const clock = fakeClock()
    const { result, lines } = await printed(() =>
      waitForRun(
        testClient(),
        { ...base, jobs: ['build', 'deploy'], timeoutSeconds: 150, pollIntervalSeconds: 5 },
        { clock, env: {} }
      )
    )
    expect(result.timedOut).toBe(true)
    expect(clock.slept.every(ms => ms >= 1000 && ms <= 5000)).toBe(true)
    expect(clock.slept).toContain(5000)
    expect(lines).toContain(
      'Still waiting after 1m 3s without change: 1 matching job(s) not completed ("build"); no job matches "deploy" yet.'
    )
  })

  it('says the heartbeat without a job list when every matching job has completed', async () => {
    polls([running], [[job(1, 'build', 'completed', 'success')]])
    const { lines } = await printed(() =>
      waitForRun(
        testClient(),
        { ...base, jobs: ['build', 'deploy'], timeoutSeconds: 90 },
        { clock: fakeClock(), env: {} }
      )
    )
    expect(lines).toContain(
      'Still waiting after 1m 3s without change: 0 matching job(s) not completed; no job matches "deploy" yet.'
    )
  })

  it('says the heartbeat without "no job matches" once every pattern matched', async () => {
    polls([running], [[job(1, 'build', 'in_progress')]])
    const { lines } = await printed(() =>
      waitForRun(
        testClient(),
        { ...base, jobs: ['build'], timeoutSeconds: 90 },
        { clock: fakeClock(), env: {} }
      )
    )
    expect(lines).toContain(
      'Still waiting after 1m 3s without change: 1 matching job(s) not completed ("build").'
    )
  })

  it('passes other failures of the jobs listing through as they are', async () => {
    nock(API)
      .get(RUN)
      .reply(200, running)
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(403, { message: 'Resource not accessible by integration' })
    const error = await waitForRun(
      testClient(),
      { ...base, jobs: ['build'] },
      { clock: fakeClock(), env: {} }
    ).catch((caught: unknown) => caught as Error)
    expect(String((error as Error).message)).toContain('Resource not accessible by integration')
    expect(String((error as Error).message)).not.toContain("input 'jobs' cannot be used")
  })

  it('cancels the run on a timeout when asked, and says so', async () => {
    const scope = polls([running], [[job(1, 'build', 'in_progress')]])
    scope.post(`${RUN}/cancel`).reply(202, {})
    const { result, lines } = await printed(() =>
      waitForRun(
        testClient(),
        { ...base, jobs: ['build'], timeoutSeconds: 20, cancelOnTimeout: true },
        { clock: fakeClock(), env: {} }
      )
    )
    expect(result.timedOut).toBe(true)
    expect(result.cancelOnTimeout).toEqual({
      cancelled: true,
      detail: 'cancelled because the wait timed out'
    })
    expect(lines).toContain('Cancelled run 42 because the wait timed out.')
  })

  it('does not cancel on a timeout unless asked', async () => {
    polls([running], [[job(1, 'build', 'in_progress')]])
    const result = await waitForRun(
      testClient(),
      { ...base, jobs: ['build'], timeoutSeconds: 20 },
      { clock: fakeClock(), env: {} }
    )
    expect(result.timedOut).toBe(true)
    expect(result.cancelOnTimeout).toBeUndefined()
  })

  it('does not cancel when the jobs are done in time', async () => {
    polls([running], [[job(1, 'build', 'completed', 'success')]])
    const result = await waitForRun(
      testClient(),
      { ...base, jobs: ['build'], cancelOnTimeout: true },
      { clock: fakeClock(), env: {} }
    )
    expect(result.timedOut).toBe(false)
    expect(result.cancelOnTimeout).toBeUndefined()
  })

  it('tells a 409 to the timeout cancel as the run completing just before it, in a warning', async () => {
    const scope = polls([running], [[job(1, 'build', 'in_progress')]])
    scope
      .post(`${RUN}/cancel`)
      .reply(409, { message: 'Cannot cancel a workflow run that is completed.' })
    const { result, lines } = await printed(() =>
      waitForRun(
        testClient(),
        { ...base, jobs: ['build'], timeoutSeconds: 20, cancelOnTimeout: true },
        { clock: fakeClock(), env: {} }
      )
    )
    expect(result.cancelOnTimeout).toEqual({
      cancelled: false,
      detail: 'it completed just before the cancel'
    })
    expect(lines).toContain(
      '::warning::Could not cancel run 42 after the timeout: it completed just before the cancel'
    )
  })

  it('names another failure of the timeout cancel as it is', async () => {
    const scope = polls([running], [[job(1, 'build', 'in_progress')]])
    scope.post(`${RUN}/cancel`).reply(403, { message: 'Resource not accessible by integration' })
    const result = await printed(() =>
      waitForRun(
        testClient(),
        { ...base, jobs: ['build'], timeoutSeconds: 20, cancelOnTimeout: true },
        { clock: fakeClock(), env: {} }
      )
    ).then(out => out.result)
    expect(result.cancelOnTimeout?.cancelled).toBe(false)
    expect(result.cancelOnTimeout?.detail).toContain('Resource not accessible by integration')
  })

  it('checks an unanswered timeout cancel by reading the run', async () => {
    const scope = nock(API)
      .get(RUN)
      .times(100)
      .reply(200, running)
      .get(`${RUN}/jobs`)
      .query(true)
      .times(100)
      .reply(200, { total_count: 1, jobs: [job(1, 'build', 'in_progress')] })
      .post(`${RUN}/cancel`)
      .reply(502, 'Bad gateway')
    const result = await printed(() => {
      // After the timeout, the check reads the run: completed, so the cancel took effect.
      const client = testClient()
      const original = client.getRun.bind(client)
      jest.spyOn(client, 'getRun').mockImplementation(async id => ({
        ...(await original(id)),
        status: 'completed'
      }))
      return waitForRun(
        client,
        { ...base, jobs: ['build'], timeoutSeconds: 20, cancelOnTimeout: true },
        { clock: fakeClock(), env: {} }
      )
    }).then(out => out.result)
    expect(result.cancelOnTimeout).toEqual({
      cancelled: true,
      detail: 'cancelled because the wait timed out'
    })
    expect(scope.pendingMocks()).not.toContain(
      'POST https://api.github.test:443/repos/octo/demo/actions/runs/42/cancel'
    )
  })

  it('says the run does not exist on a 404', async () => {
    nock(API).get(RUN).reply(404, { message: 'Not Found' })
    await expect(
      waitForRun(testClient(), { ...base, jobs: ['build'] }, { clock: fakeClock(), env: {} })
    ).rejects.toThrow(/^Run 42 was not found/)
  })

  it('refuses jobs on a server without jobs endpoints, in one sentence', async () => {
    nock(API)
      .get(RUN)
      .reply(200, running, { 'x-github-enterprise-version': '2.19.0' })
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(404, { message: 'Not Found' })
    const error = await waitForRun(
      testClient(),
      { ...base, jobs: ['build'] },
      { clock: fakeClock(), env: {} }
    ).catch((caught: unknown) => caught as Error)
    expect(String((error as Error).message)).toMatch(
      /^GitHub Enterprise Server 2\.19(\.0)? cannot list a run's jobs \(its API has no jobs endpoints\): input 'jobs' cannot be used there; wait for the whole run instead\.$/
    )
  })
})

describe('wait-for-run without jobs', () => {
  it('says which run a filter found', async () => {
    const done = runFixture({ id: 42, status: 'completed', conclusion: 'success' })
    nock(API)
      .get('/repos/octo/demo/actions/workflows/ci.yml/runs')
      .query(true)
      .reply(200, { total_count: 1, workflow_runs: [done] })
      .get(RUN)
      .reply(200, done)
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, { total_count: 0, jobs: [] })
    const { result, lines } = await printed(() =>
      waitForRun(
        testClient(),
        { ...base, target: { kind: 'filter', filter: { workflow: 'ci.yml' } } },
        { clock: fakeClock(), env: {} }
      )
    )
    expect(result.run.id).toBe(42)
    expect(result.operation).toBe('wait-for-run')
    expect(lines).toContain('Found run 42: https://github.test/octo/demo/actions/runs/42')
  })

  it('does not cancel a run that completed in time, even with cancel-on-timeout', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'completed', conclusion: 'success' }))
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, { total_count: 0, jobs: [] })
    const result = await waitForRun(
      testClient(),
      { ...base, cancelOnTimeout: true },
      { clock: fakeClock(), env: {} }
    )
    expect(result.timedOut).toBe(false)
    expect(result.cancelOnTimeout).toBeUndefined()
    scope.done()
  })

  it('counts the time waited on the clock it was given', async () => {
    nock(API)
      .get(RUN)
      .reply(200, running)
      .get(RUN)
      .reply(
        200,
        runFixture({
          id: 42,
          status: 'completed',
          conclusion: 'success',
          updated_at: '2026-01-01T00:00:09Z'
        })
      )
      .get(`${RUN}/jobs`)
      .query(true)
      .times(2)
      .reply(200, { total_count: 0, jobs: [] })
      .get('/repos/octo/demo/actions/workflows/1/runs')
      .query(true)
      .reply(200, { total_count: 0, workflow_runs: [] })
    const clock = fakeClock()
    const result = await waitForRun(testClient(), base, { clock, env: {} })
    expect(result.waitedMs).toBe(clock.slept.reduce((sum, ms) => sum + ms, 0))
    expect(result.waitedMs).toBeGreaterThan(0)
    expect(result.results).toBeUndefined()
  })
})
