import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { reportUsage } from '../src/operations/report-usage.js'
import { JobsUnavailableError } from '../src/github/client.js'
import { presentReportUsage } from '../src/presenters/report-usage.js'
import type { ReportUsageSettings, UsageScope } from '../src/settings.js'
import { SUMMARY_LIMIT_BYTES } from '../src/report.js'
import { MERMAID_TEXT_LIMIT } from '../src/usage/gantt.js'
import type { RunUsageReport, RunsUsageReport } from '../src/usage/types.js'
import { API, fakeClock, jobFixture, runFixture, testClient } from './helpers/client.js'

const REPO = '/repos/octo/demo/actions'
const NOW = Date.parse('2026-01-01T00:10:00Z')
let runnerTemp: string

function settings(scope: UsageScope): ReportUsageSettings {
  return {
    operation: 'report-usage',
    token: 't',
    owner: 'octo',
    repo: 'demo',
    apiUrl: API,
    apiVersion: '2022-11-28',
    summary: true,
    timeoutSeconds: 3600,
    scope
  }
}

function deps() {
  // A directory that does not exist yet: the operation creates it.
  return { clock: fakeClock(NOW), env: { RUNNER_TEMP: path.join(runnerTemp, 'runner', 'temp') } }
}

function step(
  number: number,
  name: string,
  start: string,
  end: string | null,
  status = 'completed'
) {
  return {
    number,
    name,
    status,
    conclusion: status === 'completed' ? 'success' : null,
    started_at: start,
    completed_at: end
  }
}

/** A github.com-like run in progress: this report's own job is still running. */
function inProgressJobs() {
  return [
    jobFixture({
      id: 11,
      run_id: 42,
      name: 'build',
      created_at: '2026-01-01T00:00:00Z',
      started_at: '2026-01-01T00:00:30Z',
      completed_at: '2026-01-01T00:04:30Z',
      steps: [
        step(1, 'Set up job', '2026-01-01T00:00:30Z', '2026-01-01T00:00:35Z'),
        step(2, 'Compile', '2026-01-01T00:00:35Z', '2026-01-01T00:04:25Z'),
        step(3, 'Complete job', '2026-01-01T00:04:25Z', '2026-01-01T00:04:30Z')
      ]
    }),
    jobFixture({
      id: 12,
      run_id: 42,
      name: 'test (ubuntu, 20)',
      conclusion: 'failure',
      created_at: '2026-01-01T00:04:30Z',
      started_at: '2026-01-01T00:05:00Z',
      completed_at: '2026-01-01T00:06:00Z',
      steps: [step(1, 'Run tests', '2026-01-01T00:05:00Z', '2026-01-01T00:06:00Z')]
    }),
    jobFixture({
      id: 13,
      run_id: 42,
      name: 'report',
      status: 'in_progress',
      conclusion: null,
      created_at: '2026-01-01T00:06:00Z',
      started_at: '2026-01-01T00:07:00Z',
      completed_at: null,
      runner_name: 'runner-7',
      labels: ['self-hosted', 'linux'],
      steps: [step(1, 'Report usage', '2026-01-01T00:07:00Z', null, 'in_progress')]
    }),
    jobFixture({
      id: 14,
      run_id: 42,
      name: 'deploy',
      status: 'queued',
      conclusion: null,
      created_at: '2026-01-01T00:09:00Z',
      started_at: null,
      completed_at: null,
      runner_name: null,
      labels: ['ubuntu-latest'],
      steps: []
    })
  ]
}

const TIMING = {
  billable: {
    UBUNTU: {
      total_ms: 300000,
      jobs: 2,
      job_runs: [
        { job_id: 11, duration_ms: 240000 },
        { job_id: 12, duration_ms: 60000 }
      ]
    }
  },
  run_duration_ms: 360000
}

function mockRun(run = runFixture({ id: 42, run_started_at: '2026-01-01T00:00:00Z' })) {
  return nock(API).get(`${REPO}/runs/42`).reply(200, run)
}

beforeAll(() => {
  nock.disableNetConnect()
  runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'runctl-usage-test-'))
})
afterEach(() => {
  nock.cleanAll()
})
afterAll(() => {
  rmSync(runnerTemp, { recursive: true, force: true })
})

describe('report-usage on one run', () => {
  it('reports the current run while it is in progress, with billable time', async () => {
    const scope = mockRun()
      .get(`${REPO}/runs/42/jobs`)
      .query({ filter: 'all', per_page: '100' })
      .reply(200, { total_count: 4, jobs: inProgressJobs() })
      .get(`${REPO}/runs/42/timing`)
      .reply(200, TIMING)
    const client = testClient()
    const result = await reportUsage(client, settings({ kind: 'run', runId: 42 }), deps())
    scope.done()
    expect(result.mode).toBe('run')
    const report = result.report as RunUsageReport
    expect(report.requests).toBe(3)
    expect(report.totals).toEqual({
      wallMs: 600000,
      // 4 min + 1 min + 3 min so far for the running job; the queued job has no run time yet.
      totalJobMs: 480000,
      jobs: 4,
      completedJobs: 2,
      runningJobs: 1,
      queuedJobs: 1,
      steps: 5,
      inProgress: true
    })
    const byId = new Map(report.jobs.map(job => [job.id, job]))
    expect(byId.get(11)).toMatchObject({ queueMs: 30000, runMs: 240000, billableMs: 240000 })
    expect(byId.get(13)).toMatchObject({ state: 'running', queueMs: 60000, runMs: 180000 })
    // Steps are in the usage file only; the report in memory keeps jobs without them.
    expect(byId.get(13)).not.toHaveProperty('steps')
    const file = JSON.parse(readFileSync(result.usageFile, 'utf8')) as RunUsageReport
    expect(file.jobs.find(job => job.id === 13)?.steps[0]).toMatchObject({
      state: 'running',
      durationMs: 180000
    })
    expect(byId.get(14)).toMatchObject({ state: 'queued', queueMs: 60000, runMs: null })
    expect(report.billable).toEqual({ available: true, totalMs: 300000, byOs: { UBUNTU: 300000 } })
    expect(report.slowestJobs.map(job => job.id)).toEqual([11, 13, 12])
    expect(report.slowestSteps[0]).toMatchObject({ name: 'Compile', durationMs: 230000 })

    const presentation = presentReportUsage(result)
    expect(presentation.failure).toBeUndefined()
    expect(presentation.outputs).toMatchObject({
      'run-id': '42',
      status: 'in_progress',
      'run-duration-ms': '600000',
      'total-job-ms': '480000',
      'billable-ms': '300000'
    })
    const summary = String(presentation.summary)
    expect(summary).toContain('## 📊 Usage of run 42 (all attempts)')
    expect(summary).toContain('| Wall time | 10m 0s so far |')
    expect(summary).toContain('| Billable time | 5m 0s (UBUNTU 5m 0s) |')
    expect(summary).toContain('| Jobs | 4 (1 running, 1 queued) |')
    expect(summary).toContain(
      'The run is still in progress: unfinished jobs show their time so far.'
    )
    expect(summary).toContain('| 3m 0s so far | ⏳ running | self-hosted, linux · runner-7 |')
    expect(summary).toContain('| 1m 0s so far | not started | ⏳ queued |')
    expect(summary).toContain('```mermaid\ngantt\n')
    expect(summary).toContain('    ⏳ report :active, j3, 2026-01-01 00:07:00, 2026-01-01 00:10:00')
    expect(summary).toContain('    ❌ test (ubuntu, 20) :crit, done, j2,')
    expect(summary).not.toMatch(/critical path/i)
    expect(summary).toContain('_3 API requests._')
  })

  it('writes every job and step to the usage file, and the usage output without steps', async () => {
    mockRun()
      .get(`${REPO}/runs/42/jobs`)
      .query(true)
      .reply(200, { total_count: 4, jobs: inProgressJobs() })
      .get(`${REPO}/runs/42/timing`)
      .reply(200, TIMING)
    const result = await reportUsage(testClient(), settings({ kind: 'run', runId: 42 }), deps())
    expect(result.usageFile.startsWith(runnerTemp)).toBe(true)
    const file = JSON.parse(readFileSync(result.usageFile, 'utf8')) as RunUsageReport
    expect(file.schemaVersion).toBe(1)
    expect(file.jobs).toHaveLength(4)
    expect(file.jobs[0]?.steps.map(s => s.name)).toEqual(['Set up job', 'Compile', 'Complete job'])
    const usage = JSON.parse(presentReportUsage(result).outputs.usage ?? '') as Record<
      string,
      unknown
    >
    expect(usage['truncated']).toBe(false)
    expect((usage['jobs'] as Array<Record<string, unknown>>)[0]).not.toHaveProperty('steps')
    expect((usage['jobs'] as unknown[]).length).toBe(4)
  })

  it.each([404, 403, 410])(
    'says billable time is not available when timing answers %i, and does not fail',
    async status => {
      mockRun(
        runFixture({
          id: 42,
          status: 'completed',
          conclusion: 'success',
          run_started_at: '2026-01-01T00:00:00Z'
        })
      )
        .get(`${REPO}/runs/42/jobs`)
        .query(true)
        .reply(200, { total_count: 1, jobs: [jobFixture({ run_id: 42 })] })
        .get(`${REPO}/runs/42/timing`)
        .reply(status, { message: 'Not Found' })
      const result = await reportUsage(testClient(), settings({ kind: 'run', runId: 42 }), deps())
      const report = result.report as RunUsageReport
      expect(report.billable).toEqual({
        available: false,
        reason: 'billable time not available from this server'
      })
      const presentation = presentReportUsage(result)
      expect(presentation.failure).toBeUndefined()
      expect(presentation.outputs['billable-ms']).toBe('')
      expect(String(presentation.summary)).toContain(
        '| Billable time | billable time not available from this server |'
      )
      // A completed run: wall time ends at its last job, not at "now".
      expect(report.totals.wallMs).toBe(70000)
      expect(String(presentation.summary)).toContain('| Wall time | 1m 10s |')
    }
  )

  it('carries on when the timing endpoint keeps failing with a server error', async () => {
    mockRun()
      .get(`${REPO}/runs/42/jobs`)
      .query(true)
      .reply(200, { total_count: 1, jobs: [jobFixture({ run_id: 42 })] })
      .get(`${REPO}/runs/42/timing`)
      .times(4)
      .reply(502, { message: 'Bad gateway' })
    const result = await reportUsage(testClient(), settings({ kind: 'run', runId: 42 }), deps())
    const billable = (result.report as RunUsageReport).billable
    expect(billable.available).toBe(false)
    expect(billable.available === false && billable.reason).toMatch(
      /^billable time not available from this server: GitHub answered 502/
    )
  })

  it('shows queue time as n/a where the server gives no created_at (old GHES)', async () => {
    const oldGhesJob = jobFixture({ id: 21, run_id: 42 }) as Record<string, unknown>
    delete oldGhesJob['created_at']
    mockRun()
      .get(`${REPO}/runs/42/jobs`)
      .query(true)
      .reply(200, { total_count: 1, jobs: [oldGhesJob] })
      .get(`${REPO}/runs/42/timing`)
      .reply(404, { message: 'Not Found' })
    const result = await reportUsage(testClient(), settings({ kind: 'run', runId: 42 }), deps())
    const report = result.report as RunUsageReport
    expect(report.jobs[0]).toMatchObject({ createdAt: null, queueMs: null, runMs: 60000 })
    expect(String(presentReportUsage(result).summary)).toContain('| n/a | 1m 0s | ✅ success |')
  })

  it('reports one attempt through the attempt endpoints', async () => {
    const scope = nock(API)
      .get(`${REPO}/runs/42/attempts/2`)
      .reply(
        200,
        runFixture({ id: 42, run_attempt: 2, status: 'completed', conclusion: 'success' })
      )
      .get(`${REPO}/runs/42/attempts/2/jobs`)
      .query({ per_page: '100' })
      .reply(200, { total_count: 1, jobs: [jobFixture({ run_id: 42, run_attempt: 2 })] })
      .get(`${REPO}/runs/42/timing`)
      .reply(404, { message: 'Not Found' })
    const result = await reportUsage(
      testClient(),
      settings({ kind: 'run', runId: 42, attempt: 2 }),
      deps()
    )
    scope.done()
    expect((result.report as RunUsageReport).attempt).toBe(2)
    expect(String(presentReportUsage(result).summary)).toContain(
      '## 📊 Usage of run 42 (attempt 2)'
    )
  })

  it('says which run was not found on a 404', async () => {
    nock(API).get(`${REPO}/runs/42`).reply(404, { message: 'Not Found' })
    await expect(
      reportUsage(testClient(), settings({ kind: 'run', runId: 42 }), deps())
    ).rejects.toThrow(
      'Run 42 was not found in octo/demo: check the inputs and repository, and that the token can read Actions there (permissions: actions: read).'
    )
  })

  it('escapes hostile job and step names in the table and the chart', async () => {
    const hostile = 'evil: #1; "q" <img src=x onerror=alert(1)> ```\n%%{init} | title x'
    mockRun()
      .get(`${REPO}/runs/42/jobs`)
      .query(true)
      .reply(200, {
        total_count: 1,
        jobs: [
          jobFixture({
            run_id: 42,
            name: hostile,
            html_url: 'javascript:alert(1)',
            steps: [step(1, hostile, '2026-01-01T00:00:10Z', '2026-01-01T00:00:20Z')]
          })
        ]
      })
      .get(`${REPO}/runs/42/timing`)
      .reply(404, {})
    const result = await reportUsage(testClient(), settings({ kind: 'run', runId: 42 }), deps())
    const summary = String(presentReportUsage(result).summary)
    expect(summary).not.toContain('<img')
    expect(summary).not.toContain('javascript:')
    expect(summary).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;')
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(summary)?.[1] ?? ''
    const task = chart.split('\n').find(line => line.includes(':done'))
    expect(task).toBe(
      '    ✅ evil 1 q img src=x onerror=alert(1) init title x :done, j1, 2026-01-01 00:00:10, 2026-01-01 00:01:10'
    )
    // Only the one fence: a name cannot close it.
    expect(summary.match(/```/g)).toHaveLength(2)
  })
})

function manyJobs(count: number) {
  return Array.from({ length: count }, (_, index) => {
    const start = Date.parse('2026-01-01T00:01:00Z') + (index % 60) * 1000
    const runSeconds = 30 + ((index * 37) % 900)
    return jobFixture({
      id: 100000 + index,
      run_id: 42,
      name: `matrix: shard ${index} of ${count} — "quoted" <b>bold</b> ${'x'.repeat(40)}`,
      created_at: '2026-01-01T00:00:30Z',
      started_at: new Date(start).toISOString(),
      completed_at: new Date(start + runSeconds * 1000).toISOString(),
      steps: Array.from({ length: 8 }, (_, s) =>
        step(
          s + 1,
          `Step ${s + 1} of shard ${index}`,
          new Date(start + s * 1000).toISOString(),
          new Date(start + (s + 1) * 1000).toISOString()
        )
      )
    })
  })
}

describe('report-usage on a 1,000-job run', () => {
  it('makes at most ceil(jobs/100) + 2 requests and keeps the summary within limits', async () => {
    const jobs = manyJobs(1000)
    let served = 0
    const pageUrl = (page: number) =>
      `${API}${REPO}/runs/42/jobs?filter=all&per_page=100&page=${page}`
    const scope = nock(API)
      .get(`${REPO}/runs/42`)
      .reply(() => {
        served++
        return [
          200,
          runFixture({
            id: 42,
            status: 'completed',
            conclusion: 'success',
            run_started_at: '2026-01-01T00:00:00Z'
          })
        ]
      })
      .get(`${REPO}/runs/42/jobs`)
      .query(true)
      .times(10)
      .reply(uri => {
        served++
        const page = Number(new URL(uri, API).searchParams.get('page') ?? '1')
        const links = page < 10 ? { link: `<${pageUrl(page + 1)}>; rel="next"` } : undefined
        return [
          200,
          { total_count: 1000, jobs: jobs.slice((page - 1) * 100, page * 100) },
          links ?? {}
        ]
      })
      .get(`${REPO}/runs/42/timing`)
      .reply(() => {
        served++
        return [200, TIMING]
      })
    const client = testClient()
    const started = performance.now()
    const result = await reportUsage(client, settings({ kind: 'run', runId: 42 }), deps())
    const presentation = presentReportUsage(result)
    const elapsedMs = performance.now() - started
    scope.done()

    const budget = Math.ceil(1000 / 100) + 2
    expect(served).toBeLessThanOrEqual(budget)
    expect(client.stats.requests).toBe(served)
    expect(result.report.requests).toBe(served)
    const report = result.report as RunUsageReport
    expect(report.jobs).toHaveLength(1000)
    expect(JSON.parse(readFileSync(result.usageFile, 'utf8')).jobs).toHaveLength(1000)

    const summary = String(presentation.summary)
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_LIMIT_BYTES)
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(summary)?.[1] ?? ''
    expect(chart.length).toBeLessThan(MERMAID_TEXT_LIMIT)
    expect(chart.split('\n').filter(line => / :(done|crit|active)/.test(line))).toHaveLength(50)
    expect(summary).toContain(
      'Charted the 50 slowest of 1,000 started jobs; 950 left out of the chart are in the table and the usage file.'
    )
    const usage = JSON.parse(presentation.outputs.usage ?? '') as Record<string, unknown>
    expect(usage['truncated']).toBe(true)
    expect(usage).not.toHaveProperty('jobs')
    expect((usage['slowestJobs'] as unknown[]).length).toBe(10)
    expect(Buffer.byteLength(presentation.outputs.usage ?? '')).toBeLessThan(1024 * 1024)
    // Recorded for the report: requests and wall time of fetching + computing + presenting.
    console.log(`1,000-job run: ${served} requests, ${Math.round(elapsedMs)} ms`)
  })
})

function completedRun(id: number, minutes: number, conclusion: string) {
  return runFixture({
    id,
    run_number: id,
    status: 'completed',
    conclusion,
    run_started_at: '2026-01-01T00:00:00Z',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: new Date(Date.parse('2026-01-01T00:00:00Z') + minutes * 60000).toISOString()
  })
}

describe('report-usage across runs', () => {
  it('reports percentiles, failure rate, slowest jobs on average and the request count', async () => {
    const runs = [
      completedRun(1, 10, 'success'),
      completedRun(2, 20, 'failure'),
      completedRun(3, 30, 'success'),
      completedRun(4, 40, 'timed_out'),
      runFixture({ id: 5, run_number: 5, status: 'in_progress' })
    ]
    const jobsOf = (runId: number) => [
      jobFixture({
        run_id: runId,
        name: 'build',
        created_at: '2026-01-01T00:00:00Z',
        started_at: `2026-01-01T00:00:${String(runId * 10).padStart(2, '0')}Z`,
        completed_at: '2026-01-01T00:02:00Z'
      }),
      jobFixture({ run_id: runId, name: 'lint', completed_at: '2026-01-01T00:00:20Z' })
    ]
    // The first list goes out before the server is known, with the filters every server
    // documents; once it is (github.com, which documents `created`), the list is asked again.
    const scope = nock(API)
      .get(`${REPO}/workflows/ci.yml/runs`)
      .query({ branch: 'main', per_page: '100' })
      .reply(200, { total_count: 5, workflow_runs: runs })
      .get(`${REPO}/workflows/ci.yml/runs`)
      .query({ branch: 'main', created: '>=2026-01-01', per_page: '100' })
      .reply(200, { total_count: 5, workflow_runs: runs })
    for (const run of runs) {
      scope
        .get(`${REPO}/runs/${run.id}/jobs`)
        .query({ filter: 'latest', per_page: '100' })
        .reply(200, { total_count: 2, jobs: jobsOf(run.id) })
    }
    const client = testClient()
    const result = await reportUsage(
      client,
      settings({
        kind: 'runs',
        workflow: 'ci.yml',
        branch: 'main',
        created: '>=2026-01-01',
        maxRuns: 50
      }),
      deps()
    )
    scope.done()
    const report = result.report as RunsUsageReport
    expect(report.requests).toBe(7)
    expect(report.totals).toMatchObject({
      runs: 5,
      completedRuns: 4,
      inProgressRuns: 1,
      failedRuns: 2,
      failureRate: 0.5,
      conclusions: { success: 2, failure: 1, timed_out: 1 }
    })
    expect(report.durationMs).toEqual({ p50: 1200000, p95: 2400000, count: 4 })
    expect(report.queueMs).toEqual({ p50: 10000, p95: 50000, count: 10 })
    expect(report.slowestJobsOnAverage[0]).toEqual({
      name: 'build',
      runs: 4,
      averageMs: 95000,
      maxMs: 110000
    })
    const presentation = presentReportUsage(result)
    expect(presentation.outputs).toMatchObject({
      'run-duration-ms': '1200000',
      'billable-ms': ''
    })
    expect(presentation.outputs).not.toHaveProperty('run-id')
    const summary = String(presentation.summary)
    expect(summary).toContain(
      '## 📊 Usage across the last 5 runs of workflow ci.yml, branch main, created &gt;=2026-01-01'
    )
    expect(summary).toContain('| Failure rate | 50% (2 of 4 completed runs failed) |')
    expect(summary).toContain('| Duration p50 / p95 | 20m 0s / 40m 0s |')
    expect(summary).toContain('_7 API requests._')
  })

  it('says which workflow was not found on a 404', async () => {
    nock(API)
      .get(`${REPO}/workflows/nope.yml/runs`)
      .query(true)
      .reply(404, { message: 'Not Found' })
    await expect(
      reportUsage(
        testClient(),
        settings({ kind: 'runs', workflow: 'nope.yml', maxRuns: 50 }),
        deps()
      )
    ).rejects.toThrow('Workflow nope.yml was not found in octo/demo:')
  })
})

describe('client.jobPages (one page at a time, through octokit.paginate.iterator)', () => {
  const jobsPage = (from: number, count: number, total: number) => ({
    total_count: total,
    jobs: Array.from({ length: count }, (_, index) =>
      jobFixture({ id: from + index, name: `job ${from + index}` })
    )
  })
  const next = (page: number, filter = 'all') => ({
    link: `<${API}${REPO}/runs/42/jobs?filter=${filter}&per_page=100&page=${page}>; rel="next"`
  })

  it('yields each page as it arrives, in order, asking exactly the pages the Link header gives', async () => {
    const scope = nock(API)
      .get(`${REPO}/runs/42/jobs`)
      .query({ filter: 'all', per_page: '100' })
      .reply(200, jobsPage(1, 100, 250), next(2))
      .get(`${REPO}/runs/42/jobs`)
      .query({ filter: 'all', per_page: '100', page: '2' })
      .reply(200, jobsPage(101, 100, 250), next(3))
      .get(`${REPO}/runs/42/jobs`)
      .query({ filter: 'all', per_page: '100', page: '3' })
      .reply(200, jobsPage(201, 50, 250))
    const client = testClient()
    const pages: number[][] = []
    for await (const page of client.jobPages(42, { filter: 'all' })) {
      // A page is handed over before the next one is asked.
      pages.push(page.map(job => job.id))
      expect(client.stats.requests).toBe(pages.length)
    }
    scope.done()
    expect(pages.map(page => page.length)).toEqual([100, 100, 50])
    expect(pages.flat()).toEqual(Array.from({ length: 250 }, (_, index) => index + 1))
  })

  it('reads one attempt through the attempt endpoint', async () => {
    const scope = nock(API)
      .get(`${REPO}/runs/42/attempts/2/jobs`)
      .query({ per_page: '100' })
      .reply(200, jobsPage(1, 2, 2))
    const ids: number[] = []
    for await (const page of testClient().jobPages(42, { attempt: 2 })) {
      ids.push(...page.map(job => job.id))
    }
    scope.done()
    expect(ids).toEqual([1, 2])
  })

  it('says the server has no jobs endpoints when the first page is a 404 on an unknown server', async () => {
    nock(API).get(`${REPO}/runs/42/jobs`).query(true).reply(404, { message: 'Not Found' })
    const pages = testClient().jobPages(42)
    await expect(pages.next()).rejects.toBeInstanceOf(JobsUnavailableError)
  })
})
