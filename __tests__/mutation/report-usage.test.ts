/**
 * src/operations/report-usage.ts: the promises StrykerJS found kept by no test that runs the
 * source (issue 22): which requests are counted, what the usage file is called, which errors
 * become one sentence and which pass through, what is skipped, and the lines the step log says.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import nock from 'nock'
import { mkdtempSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { httpStatus } from '../../src/github/errors.js'
import { reportUsage } from '../../src/operations/report-usage.js'
import type { ReportUsageSettings, UsageScope } from '../../src/settings.js'
import type { RunUsageReport, RunsUsageReport } from '../../src/usage/types.js'
import {
  API,
  commonSettings,
  fakeClock,
  jobFixture,
  runFixture,
  testClient
} from '../helpers/client.js'

const REPO = '/repos/octo/demo/actions'
const NOT_FOUND_END =
  'check the inputs and repository, and that the token can read Actions there (permissions: actions: read).'
let runnerTemp: string
let stdout: string[]

function settings(scope: UsageScope): ReportUsageSettings {
  return { operation: 'report-usage', ...commonSettings, scope }
}

function deps() {
  return {
    clock: fakeClock(Date.parse('2026-01-01T00:10:00Z')),
    env: { RUNNER_TEMP: runnerTemp }
  }
}

/** The step log's lines, as the runner reads them. */
function lines(): string[] {
  return stdout.join('').split('\n')
}

function completedRun(id: number, overrides: Record<string, unknown> = {}) {
  return runFixture({
    id,
    status: 'completed',
    conclusion: 'success',
    run_started_at: '2026-01-01T00:00:00Z',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:05:00Z',
    ...overrides
  })
}

/** What an operation's promise rejected with (it must reject). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected the operation to fail')
    },
    (error: Error) => error
  )
}

beforeAll(() => {
  nock.disableNetConnect()
  runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'runctl-usage-mutation-'))
})
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
afterAll(() => {
  rmSync(runnerTemp, { recursive: true, force: true })
})

describe('report-usage on one run', () => {
  it('counts only its own requests, names the file after the run and says what it read and wrote', async () => {
    const scope = nock(API)
      .get(`${REPO}/runs/7`)
      .reply(200, completedRun(7))
      .get(`${REPO}/runs/42`)
      .reply(200, completedRun(42))
      .get(`${REPO}/runs/42/timing`)
      .reply(404, { message: 'Not Found' })
      .get(`${REPO}/runs/42/jobs`)
      .query({ filter: 'all', per_page: '100' })
      .reply(200, { total_count: 1, jobs: [jobFixture({ run_id: 42 })] })
    const client = testClient()
    // A request the client made before the report (another step of the same operation).
    await client.getRun(7)
    const result = await reportUsage(client, settings({ kind: 'run', runId: 42 }), deps())
    scope.done()
    expect(result.operation).toBe('report-usage')
    expect(result.mode).toBe('run')
    expect(result.report.requests).toBe(3)
    expect(path.basename(result.usageFile)).toBe('usage-run-42.json')
    expect(lines()).toContain('Read 1 jobs of run 42 in 3 API requests.')
    expect(lines()).toContain(`Wrote the usage report to ${result.usageFile}.`)
  })

  it('says which attempt was not found on a 404 of the attempt', async () => {
    nock(API).get(`${REPO}/runs/42/attempts/2`).reply(404, { message: 'Not Found' })
    const error = await rejection(
      reportUsage(testClient(), settings({ kind: 'run', runId: 42, attempt: 2 }), deps())
    )
    expect(error.message).toBe(`Attempt 2 of run 42 was not found in octo/demo: ${NOT_FOUND_END}`)
  })

  it('passes an error other than 404 through, not as "not found"', async () => {
    nock(API).get(`${REPO}/runs/42`).reply(422, { message: 'Unprocessable' })
    const error = await rejection(
      reportUsage(testClient(), settings({ kind: 'run', runId: 42 }), deps())
    )
    expect(httpStatus(error)).toBe(422)
    expect(error.message).not.toContain('was not found')
  })

  it("measures one attempt's wall time from that attempt's start, not the run's creation", async () => {
    nock(API)
      .get(`${REPO}/runs/42/attempts/2`)
      .reply(
        200,
        completedRun(42, {
          run_attempt: 2,
          created_at: '2026-01-01T00:00:00Z',
          run_started_at: '2026-01-01T00:05:00Z',
          updated_at: '2026-01-01T00:06:00Z'
        })
      )
      .get(`${REPO}/runs/42/timing`)
      .reply(404, { message: 'Not Found' })
      .get(`${REPO}/runs/42/attempts/2/jobs`)
      .query({ per_page: '100' })
      .reply(200, {
        total_count: 1,
        jobs: [
          jobFixture({
            run_id: 42,
            run_attempt: 2,
            created_at: '2026-01-01T00:05:10Z',
            started_at: '2026-01-01T00:05:20Z',
            completed_at: '2026-01-01T00:06:00Z'
          })
        ]
      })
    const result = await reportUsage(
      testClient(),
      settings({ kind: 'run', runId: 42, attempt: 2 }),
      deps()
    )
    expect((result.report as RunUsageReport).totals.wallMs).toBe(60000)
  })

  it('fails when the jobs cannot be read for a reason other than a server without them', async () => {
    nock(API)
      .get(`${REPO}/runs/42`)
      .reply(200, completedRun(42))
      .get(`${REPO}/runs/42/timing`)
      .reply(404, { message: 'Not Found' })
      .get(`${REPO}/runs/42/jobs`)
      .query(true)
      .reply(422, { message: 'Unprocessable' })
    const client = testClient()
    const error = await rejection(reportUsage(client, settings({ kind: 'run', runId: 42 }), deps()))
    expect(httpStatus(error)).toBe(422)
    expect(client.notes).toEqual([])
  })
})

describe('report-usage across runs', () => {
  const list = `${REPO}/workflows/ci.yml/runs`
  const jobsOf = (runId: number) =>
    nock(API).get(`${REPO}/runs/${runId}/jobs`).query({ filter: 'latest', per_page: '100' })

  it('reads at most max-runs runs, names the file after the workflow and says what it read and wrote', async () => {
    const scope = nock(API)
      .get(list)
      .query({ per_page: '100' })
      .reply(200, {
        total_count: 3,
        workflow_runs: [completedRun(3), completedRun(2), completedRun(1)]
      })
    jobsOf(3).reply(200, { total_count: 1, jobs: [jobFixture({ run_id: 3 })] })
    jobsOf(2).reply(200, { total_count: 1, jobs: [jobFixture({ run_id: 2 })] })
    const result = await reportUsage(
      testClient(),
      settings({ kind: 'runs', workflow: 'ci.yml', maxRuns: 2 }),
      deps()
    )
    scope.done()
    expect(nock.isDone()).toBe(true)
    expect(result.operation).toBe('report-usage')
    expect(result.mode).toBe('runs')
    const report = result.report as RunsUsageReport
    expect(report.runs.map(run => run.id)).toEqual([3, 2])
    expect(report.requests).toBe(3)
    expect(path.basename(result.usageFile)).toBe('usage-runs-ci.yml.json')
    expect(lines()).toContain('Read 2 runs of ci.yml in 3 API requests.')
    expect(lines()).toContain(`Wrote the usage report to ${result.usageFile}.`)
  })

  it.each([404, 410])(
    'leaves out a run whose jobs answer %i (deleted since it was listed), with a warning',
    async status => {
      nock(API)
        .get(list)
        .query({ per_page: '100' })
        .reply(200, {
          total_count: 3,
          workflow_runs: [completedRun(3), completedRun(2), completedRun(1)]
        })
      jobsOf(3).reply(200, { total_count: 1, jobs: [jobFixture({ run_id: 3 })] })
      jobsOf(2).reply(status, { message: 'Not Found' })
      jobsOf(1).reply(200, { total_count: 1, jobs: [jobFixture({ run_id: 1 })] })
      const result = await reportUsage(
        testClient(),
        settings({ kind: 'runs', workflow: 'ci.yml', maxRuns: 10 }),
        deps()
      )
      expect(nock.isDone()).toBe(true)
      const report = result.report as RunsUsageReport
      expect(report.runs.map(run => run.id)).toEqual([3, 1])
      expect(report.totals.runs).toBe(2)
      expect(lines()).toContain(
        '::warning::Run 2 disappeared while being reported on; it is left out.'
      )
      expect(lines()).toContain('Read 2 runs of ci.yml in 4 API requests.')
    }
  )

  it("fails when a run's jobs answer an error other than 404 or 410", async () => {
    nock(API)
      .get(list)
      .query({ per_page: '100' })
      .reply(200, { total_count: 2, workflow_runs: [completedRun(2), completedRun(1)] })
    jobsOf(2).reply(422, { message: 'Unprocessable' })
    const error = await rejection(
      reportUsage(testClient(), settings({ kind: 'runs', workflow: 'ci.yml', maxRuns: 10 }), deps())
    )
    expect(httpStatus(error)).toBe(422)
    expect(stdout.join('')).not.toContain('disappeared')
  })

  it('says which workflow was not found on a 404, in one sentence', async () => {
    nock(API)
      .get(`${REPO}/workflows/nope.yml/runs`)
      .query(true)
      .reply(404, { message: 'Not Found' })
    const error = await rejection(
      reportUsage(
        testClient(),
        settings({ kind: 'runs', workflow: 'nope.yml', maxRuns: 5 }),
        deps()
      )
    )
    expect(error.message).toBe(`Workflow nope.yml was not found in octo/demo: ${NOT_FOUND_END}`)
  })

  it('passes an error other than 404 from the runs list through, not as "not found"', async () => {
    nock(API).get(list).query(true).reply(422, { message: 'Unprocessable' })
    const error = await rejection(
      reportUsage(testClient(), settings({ kind: 'runs', workflow: 'ci.yml', maxRuns: 5 }), deps())
    )
    expect(httpStatus(error)).toBe(422)
    expect(error.message).not.toContain('was not found')
  })

  it.each([
    ['its start', { run_started_at: 'not a time' }],
    ['its end', { updated_at: 'not a time' }]
  ])('gives a run no duration when %s does not parse', async (_which, broken) => {
    nock(API)
      .get(list)
      .query({ per_page: '100' })
      .reply(200, { total_count: 2, workflow_runs: [completedRun(2, broken), completedRun(1)] })
    jobsOf(2).reply(200, { total_count: 0, jobs: [] })
    jobsOf(1).reply(200, { total_count: 0, jobs: [] })
    const result = await reportUsage(
      testClient(),
      settings({ kind: 'runs', workflow: 'ci.yml', maxRuns: 10 }),
      deps()
    )
    const report = result.report as RunsUsageReport
    expect(report.runs.map(run => run.durationMs)).toEqual([null, 300000])
    expect(report.durationMs).toEqual({ p50: 300000, p95: 300000, count: 1 })
  })
})
