/**
 * src/operations/wait-for-run.ts: the promises StrykerJS found kept by no test that runs the
 * source (issue 22): wait-for-run with `jobs` (what it waits for, says and reports, the cancel
 * after a timeout, a run that does not exist).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { httpStatus } from '../../src/github/errors.js'
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

const RUN = '/repos/octo/demo/actions/runs/42'
const base: WaitForRunSettings = {
  operation: 'wait-for-run',
  ...commonSettings,
  timeoutSeconds: 60,
  pollIntervalSeconds: 5,
  target: { kind: 'id', runId: 42 },
  allowedConclusions: ['success'],
  cancelOnTimeout: false,
  allRuns: false,
  jobs: ['build*']
}
let stdout: string[]

function lines(): string[] {
  return stdout.join('').split('\n')
}

function jobsPage(...jobs: Array<Record<string, unknown>>) {
  return { total_count: jobs.length, jobs: jobs.map(job => jobFixture({ run_id: 42, ...job })) }
}

beforeAll(() => nock.disableNetConnect())
beforeEach(() => {
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  nock.cleanAll()
  jest.restoreAllMocks()
})

describe('wait-for-run with jobs', () => {
  it('waits for the matching jobs only, says each state once, and reports the wait', async () => {
    nock(API)
      .persist()
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'in_progress' }))
    const running = jobsPage(
      { id: 1, name: 'build (linux)', status: 'in_progress', conclusion: null },
      { id: 2, name: 'test', status: 'in_progress', conclusion: null }
    )
    const done = jobsPage(
      { id: 1, name: 'build (linux)', status: 'completed', conclusion: 'success' },
      { id: 2, name: 'test', status: 'in_progress', conclusion: null }
    )
    nock(API)
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, running)
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, running)
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, done)
    const clock = fakeClock()
    const started = clock.now()
    const result = await waitForRun(testClient(), base, { clock, env: {} })
    expect(result.operation).toBe('wait-for-run')
    expect(result.timedOut).toBe(false)
    expect(result.jobs.map(job => job.name)).toEqual(['build (linux)'])
    expect(result.unmatched).toEqual([])
    expect(result.jobPatterns).toEqual(['build*'])
    expect(result.cancelOnTimeout).toBeUndefined()
    expect(result.waitedMs).toBe(clock.now() - started)
    expect(result.waitedMs).toBeGreaterThan(0)
    expect(lines()).toContain('Waiting for the jobs of run 42 matching "build*".')
    const states = lines().filter(line => line.includes('job "'))
    expect(states).toEqual([
      '  job "build (linux)": in_progress',
      '  job "build (linux)": completed (success)'
    ])
  })

  it('on a timeout with cancel-on-timeout, cancels the run and says so', async () => {
    nock(API)
      .persist()
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'in_progress' }))
    nock(API)
      .persist()
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsPage({ id: 1, name: 'build', status: 'queued', conclusion: null }))
    let cancels = 0
    nock(API)
      .post(`${RUN}/cancel`)
      .reply(() => {
        cancels++
        return [202, {}]
      })
    const result = await waitForRun(
      testClient(),
      { ...base, timeoutSeconds: 12, cancelOnTimeout: true },
      { clock: fakeClock(), env: {} }
    )
    expect(result.timedOut).toBe(true)
    expect(cancels).toBe(1)
    expect(result.cancelOnTimeout).toEqual({
      cancelled: true,
      detail: 'cancelled because the wait timed out'
    })
    expect(lines()).toContain('Cancelled run 42 because the wait timed out.')
  })

  it('a timeout without cancel-on-timeout leaves the run alone', async () => {
    nock(API)
      .persist()
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'in_progress' }))
    nock(API)
      .persist()
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsPage({ id: 1, name: 'build', status: 'queued', conclusion: null }))
    const result = await waitForRun(
      testClient(),
      { ...base, timeoutSeconds: 12 },
      { clock: fakeClock(), env: {} }
    )
    expect(result.timedOut).toBe(true)
    expect(result.cancelOnTimeout).toBeUndefined()
  })

  it('a cancel GitHub refuses with 409: the run completed just before it', async () => {
    nock(API)
      .persist()
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'in_progress' }))
    nock(API)
      .persist()
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsPage({ id: 1, name: 'build', status: 'queued', conclusion: null }))
    nock(API)
      .post(`${RUN}/cancel`)
      .reply(409, { message: 'Cannot cancel a workflow run that is completed.' })
    const result = await waitForRun(
      testClient(),
      { ...base, timeoutSeconds: 12, cancelOnTimeout: true },
      { clock: fakeClock(), env: {} }
    )
    expect(result.cancelOnTimeout).toEqual({
      cancelled: false,
      detail: 'it completed just before the cancel'
    })
    expect(lines()).toContain(
      '::warning::Could not cancel run 42 after the timeout: it completed just before the cancel'
    )
  })

  it('a cancel refused for another reason: says why, as GitHub answered', async () => {
    nock(API)
      .persist()
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'in_progress' }))
    nock(API)
      .persist()
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsPage({ id: 1, name: 'build', status: 'queued', conclusion: null }))
    nock(API).post(`${RUN}/cancel`).reply(422, { message: 'Unprocessable' })
    const result = await waitForRun(
      testClient(),
      { ...base, timeoutSeconds: 12, cancelOnTimeout: true },
      { clock: fakeClock(), env: {} }
    )
    expect(result.cancelOnTimeout?.cancelled).toBe(false)
    expect(result.cancelOnTimeout?.detail).toMatch(/^GitHub answered 422 to POST /)
  })

  it('passes an error other than 404 through, not as "not found"', async () => {
    nock(API).get(RUN).reply(422, { message: 'Unprocessable' })
    const error = await waitForRun(testClient(), base, { clock: fakeClock(), env: {} }).then(
      () => new Error('resolved'),
      (failure: Error) => failure
    )
    expect(httpStatus(error)).toBe(422)
    expect(error.message).not.toContain('was not found')
  })

  it('says plainly when the run does not exist', async () => {
    nock(API).get(RUN).reply(404, { message: 'Not Found' })
    await expect(waitForRun(testClient(), base, { clock: fakeClock(), env: {} })).rejects.toThrow(
      new Error(
        'Run 42 was not found in octo/demo: check run-id and repository, and that the token can read Actions there (permissions: actions: read).'
      )
    )
  })
})
