import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { waitForRun } from '../src/operations/wait-for-run.js'
import type { WaitForRunSettings } from '../src/inputs.js'
import { API, fakeClock, jobFixture, runFixture, testClient } from './helpers/client.js'

const base: WaitForRunSettings = {
  operation: 'wait-for-run',
  token: 't',
  owner: 'octo',
  repo: 'demo',
  apiUrl: API,
  apiVersion: '2022-11-28',
  summary: true,
  timeoutSeconds: 60,
  pollIntervalSeconds: 5,
  target: { kind: 'id', runId: 42 },
  allowedConclusions: ['success'],
  cancelOnTimeout: false
}

beforeAll(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
})

describe('wait-for-run', () => {
  it('polls with If-None-Match and treats 304 as unchanged', async () => {
    const running = runFixture({ id: 42, updated_at: '2026-01-01T00:00:01Z' })
    const done = runFixture({
      id: 42,
      status: 'completed',
      conclusion: 'success',
      updated_at: '2026-01-01T00:00:09Z'
    })
    const scope = nock(API)
      .get('/repos/octo/demo/actions/runs/42')
      .reply(200, running, { etag: '"v1"' })
      .get('/repos/octo/demo/actions/runs/42')
      .matchHeader('if-none-match', '"v1"')
      .reply(304, '', { etag: '"v1"' })
      .get('/repos/octo/demo/actions/runs/42')
      .matchHeader('if-none-match', '"v1"')
      .reply(200, done, { etag: '"v2"' })
      .get('/repos/octo/demo/actions/runs/42/jobs')
      .query(true)
      .times(2)
      .reply(200, { total_count: 1, jobs: [jobFixture({ run_id: 42 })] })
    const client = testClient()
    const clock = fakeClock()
    const result = await waitForRun(client, base, { clock, env: {} })
    expect(result.run.conclusion).toBe('success')
    expect(result.timedOut).toBe(false)
    expect(clock.slept).toEqual([5000, 5000])
    expect(client.stats.notModified).toBe(1)
    scope.done()
  })
})
