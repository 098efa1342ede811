import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { waitForRun, type WaitForRunResult } from '../src/operations/wait-for-run.js'
import { presentWaitForRun } from '../src/presenters/wait-for-run.js'
import type { WaitForRunSettings } from '../src/settings.js'
import {
  API,
  commonSettings,
  fakeClock,
  jobFixture,
  runFixture,
  testClient
} from './helpers/client.js'

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
      .get('/repos/octo/demo/actions/workflows/1/runs')
      .query({ status: 'success', exclude_pull_requests: 'true', per_page: '20' })
      .reply(200, { total_count: 0, workflow_runs: [] })
      .get('/repos/octo/demo/actions/runs/42/jobs')
      .query(true)
      .reply(200, { total_count: 1, jobs: [jobFixture({ run_id: 42 })] })
    const client = testClient()
    const clock = fakeClock()
    const result = await waitForRun(client, base, { clock, env: {} })
    expect(result.run.conclusion).toBe('success')
    expect(result.timedOut).toBe(false)
    expect(result.jobs).toHaveLength(1)
    // poll-interval-seconds is the upper bound.
    expect(clock.slept.every(ms => ms > 0 && ms <= 5000)).toBe(true)
    expect(client.stats.notModified).toBe(1)
    scope.done()
  })
})

describe('wait-for-run outcomes', () => {
  const RUN = '/repos/octo/demo/actions/runs/42'
  const jobs = { total_count: 0, jobs: [] }

  it('returns at once for a run already completed', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'completed', conclusion: 'failure' }))
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobs)
    const clock = fakeClock()
    const result = await waitForRun(testClient(), base, { clock, env: {} })
    expect(result).toMatchObject({ timedOut: false, run: { conclusion: 'failure' } })
    expect(clock.slept).toEqual([])
  })

  it('says plainly when the run does not exist', async () => {
    nock(API).get(RUN).reply(404, { message: 'Not Found' })
    await expect(waitForRun(testClient(), base, { clock: fakeClock(), env: {} })).rejects.toThrow(
      'Run 42 was not found in octo/demo: check run-id and repository, and that the token can read Actions there (permissions: actions: read).'
    )
  })

  it('times out after timeout-seconds and cancels when asked', async () => {
    const running = runFixture({ id: 42 })
    const scope = nock(API)
      .get(RUN)
      .reply(200, running, { etag: '"same"' })
      .get('/repos/octo/demo/actions/workflows/1/runs')
      .query(true)
      .reply(200, { total_count: 0, workflow_runs: [] })
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobs)
      .post(`${RUN}/cancel`)
      .reply(202, {})
    nock(API).persist().get(RUN).matchHeader('if-none-match', '"same"').reply(304, '')
    const clock = fakeClock()
    const result = await waitForRun(
      testClient(),
      { ...base, timeoutSeconds: 12, cancelOnTimeout: true },
      { clock, env: {} }
    )
    expect(result.timedOut).toBe(true)
    expect(result.cancelOnTimeout).toEqual({
      cancelled: true,
      detail: 'cancelled because the wait timed out'
    })
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBe(12_000)
    scope.done()
  })

  it('keeps polling through a temporary server error', async () => {
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42, updated_at: '2026-01-01T00:00:01Z' }))
      .get(`${RUN}/jobs`)
      .query(true)
      .times(2)
      .reply(200, jobs)
      .get(RUN)
      .times(4) // plugin-retry's three retries, all failing
      .reply(502, 'bad gateway')
      .get(RUN)
      .reply(
        200,
        runFixture({
          id: 42,
          status: 'completed',
          conclusion: 'success',
          updated_at: '2026-01-01T00:00:02Z'
        })
      )
    const result = await waitForRun(testClient(), base, { clock: fakeClock(), env: {} })
    expect(result.run.conclusion).toBe('success')
    expect(out.mock.calls.join('')).toContain('::warning::Polling run 42 failed for now')
    out.mockRestore()
  })

  it('finds the newest run of a workflow created after a time, waiting for it to appear', async () => {
    const old = runFixture({ id: 1, created_at: '2025-12-31T23:00:00Z' })
    const fresh = runFixture({
      id: 2,
      created_at: '2026-01-01T00:00:05Z',
      status: 'completed',
      conclusion: 'success'
    })
    const list = '/repos/octo/demo/actions/workflows/ci.yml/runs'
    // The first list goes out before the server is known: only filters every server documents,
    // the rest checked on each run; once known (github.com), `created` is sent too.
    const scope = nock(API)
      .get(list)
      .query({ per_page: '100', branch: 'main' })
      .reply(200, { total_count: 1, workflow_runs: [old] }, { etag: '"l0"' })
      .get(list)
      .query({ per_page: '100', branch: 'main', created: '>=2026-01-01T00:00:00Z' })
      .reply(200, { total_count: 0, workflow_runs: [] }, { etag: '"l1"' })
      .get(list)
      .query({ per_page: '100', branch: 'main', created: '>=2026-01-01T00:00:00Z' })
      .reply(200, { total_count: 2, workflow_runs: [fresh, old] }, { etag: '"l2"' })
      .get('/repos/octo/demo/actions/runs/2')
      .reply(200, fresh)
      .get('/repos/octo/demo/actions/runs/2/jobs')
      .query(true)
      .reply(200, jobs)
    const result = await waitForRun(
      testClient(),
      {
        ...base,
        target: {
          kind: 'filter',
          filter: {
            workflow: 'ci.yml',
            branch: 'main',
            createdAfter: new Date('2026-01-01T00:00:00Z')
          }
        }
      },
      { clock: fakeClock(), env: {} }
    )
    expect(result.run.id).toBe(2)
    scope.done()
  })

  it('fails with a sentence when no run appears in time', async () => {
    nock(API)
      .get('/repos/octo/demo/actions/workflows/ci.yml/runs')
      .query(true)
      .times(3)
      .reply(200, { total_count: 0, workflow_runs: [] })
    await expect(
      waitForRun(
        testClient(),
        { ...base, timeoutSeconds: 10, target: { kind: 'filter', filter: { workflow: 'ci.yml' } } },
        { clock: fakeClock(), env: {} }
      )
    ).rejects.toThrow('No run matching workflow ci.yml appeared within 10 seconds.')
  })
})

describe('wait-for-run presentation', () => {
  const result = (overrides: Partial<WaitForRunResult> = {}): WaitForRunResult => ({
    operation: 'wait-for-run',
    run: runFixture({
      id: 42,
      status: 'completed',
      conclusion: 'failure',
      head_branch: 'x</table><script>alert(1)</script>',
      display_title: '**bold** [link](javascript:alert(1))'
    }) as WaitForRunResult['run'],
    jobs: [
      jobFixture({
        name: 'test | <img src=x>',
        conclusion: 'failure'
      }) as WaitForRunResult['jobs'][number]
    ],
    timedOut: false,
    timeoutSeconds: 60,
    waitedMs: 61_400,
    allowedConclusions: ['success', 'skipped'],
    ...overrides
  })

  it('sets outputs and fails after them on a conclusion not allowed', () => {
    const presentation = presentWaitForRun(result())
    expect(presentation.outputs).toEqual({
      'run-id': '42',
      'run-url': 'https://github.test/octo/demo/actions/runs/42',
      status: 'completed',
      conclusion: 'failure',
      attempt: '1',
      'duration-seconds': '61'
    })
    expect(presentation.failure).toBe(
      'Run 42 concluded failure, which is not in allowed-conclusions (success, skipped): https://github.test/octo/demo/actions/runs/42'
    )
  })

  it('writes key/value tables without a blank header row, and durations one way', () => {
    const { summary } = presentWaitForRun(result())
    expect(summary).not.toMatch(/^\|\s*\|\s*\|$/m)
    expect(summary).toMatch(/^\| Run \| <a href=/m)
    expect(summary).toContain('Waited 1m 1s.')
    expect(summary).toContain('| 1m 0s |')
  })

  it('escapes branch, title and job names in the summary', () => {
    const { summary } = presentWaitForRun(result())
    expect(summary).not.toMatch(/<script|<img|<\/table>|\[link\]\(/)
    expect(summary).toContain('x&lt;/table&gt;&lt;script&gt;alert&#40;1&#41;')
    expect(summary).toContain('test &#124; &lt;img src=x&gt;')
  })

  it('says the last status on timeout', () => {
    const presentation = presentWaitForRun(
      result({
        timedOut: true,
        run: runFixture({ id: 42, status: 'queued' }) as WaitForRunResult['run']
      })
    )
    expect(presentation.failure).toBe(
      'Timed out after 60 seconds waiting for run 42, whose last status was queued. https://github.test/octo/demo/actions/runs/42'
    )
  })
})
