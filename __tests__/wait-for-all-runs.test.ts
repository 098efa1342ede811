import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { worstOf } from '../src/conclusions.js'
import { waitForAllRuns } from '../src/operations/wait-for-all-runs.js'
import { presentWaitForAllRuns } from '../src/presenters/wait-for-all-runs.js'
import type { WaitForRunSettings } from '../src/settings.js'
import { API, commonSettings, fakeClock, runFixture, testClient } from './helpers/client.js'

const SHA = 'f'.repeat(40)
const base: WaitForRunSettings = {
  operation: 'wait-for-run',
  ...commonSettings,
  pollIntervalSeconds: 5,
  target: { kind: 'filter', filter: { headSha: SHA } },
  allowedConclusions: ['success'],
  cancelOnTimeout: false,
  allRuns: true,
  jobs: [],
  currentRunId: 500,
  currentRepository: 'octo/demo'
}
const LIST = '/repos/octo/demo/actions/runs'

beforeAll(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  jest.restoreAllMocks()
})

const done = (id: number, conclusion: string, name = 'CI') =>
  runFixture({ id, name, head_sha: SHA, status: 'completed', conclusion })
const list = (...runs: unknown[]) => ({ total_count: runs.length, workflow_runs: runs })

describe('wait-for-run with all-runs', () => {
  it('keeps watching for a settle window and waits for a run that appears in it', async () => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const current = runFixture({ id: 500, head_sha: SHA, status: 'in_progress' })
    const scope = nock(API)
      // Before the server is known, only filters every server documents (head_sha is not one).
      .get(LIST)
      .query({ per_page: 100 })
      .reply(200, list(current, done(1, 'success')), { etag: '"a"' })
      .get(LIST)
      .query(true)
      .reply(304, '', { etag: '"a"' })
      // A workflow triggered by the first run's completion shows up late.
      .get(LIST)
      .query(true)
      .reply(
        200,
        list(runFixture({ id: 2, name: 'E2E', head_sha: SHA }), current, done(1, 'success'))
      )
      .get(LIST)
      .query(true)
      .reply(200, list(done(2, 'failure', 'E2E'), current, done(1, 'success')), { etag: '"b"' })
    // Nothing changes after that: free 304s through the settle window, however many polls it takes.
    nock(API).persist().get(LIST).query(true).reply(304, '', { etag: '"b"' })
    const clock = fakeClock()
    const client = testClient()
    const result = await waitForAllRuns(client, base, { clock, env: {} })
    expect(result.runs.map(run => [run.id, run.conclusion])).toEqual([
      [1, 'success'],
      [2, 'failure']
    ])
    expect(result.timedOut).toBe(false)
    // One list request per poll, at most poll-interval-seconds apart, the settle window included.
    expect(clock.slept.every(ms => ms > 0 && ms <= 5000)).toBe(true)
    expect(client.stats.requests).toBe(clock.slept.length + 1)
    scope.done()
    const shown = presentWaitForAllRuns(result)
    expect(shown.outputs).toMatchObject({ conclusion: 'failure', 'run-id': '2' })
    expect(JSON.parse(shown.outputs.runs ?? '')).toEqual([
      {
        id: 1,
        workflow: 'CI',
        conclusion: 'success',
        url: 'https://github.test/octo/demo/actions/runs/1'
      },
      {
        id: 2,
        workflow: 'E2E',
        conclusion: 'failure',
        url: 'https://github.test/octo/demo/actions/runs/2'
      }
    ])
    expect(shown.failure).toBe(
      '1 of 2 runs concluded outside allowed-conclusions (success): 2 failure https://github.test/octo/demo/actions/runs/2'
    )
  })

  it('times out naming the runs still going, and cancels them with cancel-on-timeout', async () => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    nock(API)
      .get(LIST)
      .query(true)
      .reply(200, list(runFixture({ id: 3, head_sha: SHA }), done(4, 'success')), { etag: '"c"' })
      .get(LIST)
      .query(true)
      .times(2)
      .reply(304, '', { etag: '"c"' })
      .post('/repos/octo/demo/actions/runs/3/cancel')
      .reply(202, {})
    const result = await waitForAllRuns(
      testClient(),
      { ...base, timeoutSeconds: 10, cancelOnTimeout: true },
      { clock: fakeClock(), env: {} }
    )
    expect(result.timedOut).toBe(true)
    const shown = presentWaitForAllRuns(result)
    expect(shown.outputs.conclusion).toBe('')
    expect(shown.failure).toBe(
      `Timed out after 10 seconds waiting for 1 of 2 runs matching any workflow, commit ${SHA}: 3. Cancelled (cancel-on-timeout): 3.`
    )
  })

  it('orders conclusions worst first', () => {
    const runs = ['success', 'skipped', 'cancelled', 'timed_out', 'neutral'].map(conclusion => ({
      conclusion
    }))
    expect(worstOf(runs)?.conclusion).toBe('timed_out')
    expect(worstOf([{ conclusion: 'success' }, { conclusion: 'failure' }])?.conclusion).toBe(
      'failure'
    )
    expect(worstOf([{ conclusion: 'success' }, { conclusion: 'something_new' }])?.conclusion).toBe(
      'something_new'
    )
    expect(worstOf([])).toBeUndefined()
  })
})
