import { describe, expect, it } from '@jest/globals'
import { fitRows, presentReportUsage, rowBytes } from '../src/presenters/report-usage.js'
import { SUMMARY_LIMIT_BYTES } from '../src/report.js'
import { parseTiming } from '../src/usage/billable.js'
import { usageOutput } from '../src/usage/compact.js'
import { jobUsage, slowestJobs, slowestSteps } from '../src/usage/compute.js'
import { GANTT_MAX_JOBS, jobsGantt, mermaidLabel } from '../src/usage/gantt.js'
import { percentile, percentiles, slowestOnAverage } from '../src/usage/stats.js'
import type { RunUsageReport, RunsUsageReport } from '../src/usage/types.js'
import { jobFixture, runFixture } from './helpers/client.js'

const NOW = Date.parse('2026-01-01T01:00:00Z')

describe('percentiles (nearest rank)', () => {
  it('picks observed values', () => {
    expect(percentile([], 50)).toBeNull()
    expect(percentile([7], 95)).toBe(7)
    expect(percentiles([40, 10, 30, 20])).toEqual({ p50: 20, p95: 40, count: 4 })
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentiles(hundred)).toEqual({ p50: 50, p95: 95, count: 100 })
  })

  it('averages jobs by name, slowest first', () => {
    expect(
      slowestOnAverage(
        [
          { name: 'a', ms: 10 },
          { name: 'b', ms: 30 },
          { name: 'a', ms: 20 }
        ],
        5
      )
    ).toEqual([
      { name: 'b', runs: 1, averageMs: 30, maxMs: 30 },
      { name: 'a', runs: 2, averageMs: 15, maxMs: 20 }
    ])
  })
})

describe('job figures', () => {
  it('never reports a negative duration for a job completed "before" it started', () => {
    const job = jobUsage(
      jobFixture({
        conclusion: 'cancelled',
        started_at: '2026-01-01T00:00:10Z',
        completed_at: '2026-01-01T00:00:09Z'
      }) as never,
      NOW
    )
    expect(job.runMs).toBe(0)
  })

  it('reads timestamps with offsets as GHES returns them for steps', () => {
    const job = jobUsage(
      jobFixture({
        steps: [
          {
            name: 'Set up job',
            status: 'completed',
            conclusion: 'success',
            number: 1,
            started_at: '2020-01-20T09:42:40.000-08:00',
            completed_at: '2020-01-20T17:42:41Z'
          }
        ]
      }) as never,
      NOW
    )
    expect(job.steps[0]?.durationMs).toBe(1000)
  })
})

describe('mermaid labels', () => {
  it.each([
    ['build: linux #2; "x"', '✅ build linux 2 x'],
    ['title', '✅ title'],
    ['section deploy', '✅ section deploy'],
    ['%%{init: {"theme":"dark"}}%%', '✅ init theme dark'],
    ['click j1 href "https://evil"', '✅ click j1 href https //evil'],
    ['```', '✅ job'],
    ['test (ubuntu-latest, 20.x) [shard 1/3]', '✅ test (ubuntu-latest, 20.x) [shard 1/3]'],
    ['日本語のジョブ', '✅ 日本語のジョブ']
  ])('%s → %s', (name, label) => {
    expect(mermaidLabel(name, '✅')).toBe(label)
  })

  it('shortens long names', () => {
    const label = mermaidLabel('x'.repeat(200), '✅')
    expect([...label].length).toBe(62)
    expect(label.endsWith('…')).toBe(true)
  })

  it('charts at most the slowest jobs, and only jobs that started', () => {
    const jobs = Array.from({ length: 80 }, (_, i) =>
      jobUsage(
        jobFixture({
          id: i + 1,
          name: `job ${i + 1}`,
          started_at: '2026-01-01T00:00:00Z',
          completed_at: new Date(Date.parse('2026-01-01T00:00:00Z') + (i + 1) * 1000).toISOString()
        }) as never,
        NOW
      )
    )
    const queued = jobUsage(
      jobFixture({
        status: 'queued',
        conclusion: null,
        started_at: null,
        completed_at: null
      }) as never,
      NOW
    )
    const gantt = jobsGantt('Jobs', [...jobs, queued], NOW)
    expect(gantt).toMatchObject({ charted: GANTT_MAX_JOBS, chartable: 80 })
    expect(gantt.text).toContain('✅ job 80 :done')
    expect(gantt.text).not.toContain('✅ job 30 :done')
  })
})

describe('billable time from the timing endpoint', () => {
  it('sums every OS and keeps per-job figures', () => {
    const figures = parseTiming({
      billable: {
        UBUNTU: { total_ms: 180000, jobs: 1, job_runs: [{ job_id: 1, duration_ms: 180000 }] },
        MACOS: { total_ms: 240000, jobs: 1, job_runs: [{ job_id: 2, duration_ms: 240000 }] }
      },
      run_duration_ms: 500000
    })
    expect(figures.billable).toEqual({
      available: true,
      totalMs: 420000,
      byOs: { UBUNTU: 180000, MACOS: 240000 }
    })
    expect(figures.perJob.get(2)).toBe(240000)
  })

  it('treats an answer without billable as not available', () => {
    expect(parseTiming({ run_duration_ms: 5 }).billable).toEqual({
      available: false,
      reason: 'billable time not available from this server'
    })
  })
})

describe('the usage output', () => {
  const job = jobUsage(jobFixture({ steps: [] }) as never, NOW)
  const runReport = {
    schemaVersion: 1,
    mode: 'run',
    jobs: [job],
    slowestJobs: [],
    totals: { totalJobMs: 60000 }
  } as unknown as RunUsageReport

  it('is the report without steps when small', () => {
    const parsed = JSON.parse(usageOutput(runReport))
    expect(parsed.truncated).toBe(false)
    expect(parsed.jobs[0]).not.toHaveProperty('steps')
    expect(parsed.jobs[0].id).toBe(job.id)
  })

  it('keeps totals and the slowest jobs, flagged truncated, when large', () => {
    expect(JSON.parse(usageOutput(runReport, 10))).toEqual({
      schemaVersion: 1,
      mode: 'run',
      slowestJobs: [],
      totals: { totalJobMs: 60000 },
      truncated: true
    })
    const runsReport = {
      schemaVersion: 1,
      mode: 'runs',
      runs: [{ id: 1, jobs: [job] }],
      slowestJobsOnAverage: []
    } as unknown as RunsUsageReport
    expect(JSON.parse(usageOutput(runsReport, 10))).toEqual({
      schemaVersion: 1,
      mode: 'runs',
      slowestJobsOnAverage: [],
      truncated: true
    })
  })
})

describe('table rows within a byte budget', () => {
  it('keeps the slowest rows that fit, in their original order', () => {
    const items = [
      { name: 'a', ms: 1 },
      { name: 'b', ms: 3 },
      { name: 'c', ms: 2 }
    ]
    const { kept, omitted } = fitRows(
      items,
      item => [item.name.repeat(10)],
      item => item.ms,
      32
    )
    expect(kept).toEqual([items[1], items[2]])
    expect(omitted).toBe(1)
  })

  it('measures rows slowest first, only until the budget is spent', () => {
    const items = Array.from({ length: 100 }, (_, index) => ({ index, ms: index % 7 }))
    const measured: number[] = []
    const row = (item: { index: number }) => {
      measured.push(item.index)
      return ['x'.repeat(10)]
    }
    // Each row is 15 bytes: 4 fit in 60, and ties keep their order (6, 13, 20, 27 take 6 ms).
    const { kept, omitted } = fitRows(items, row, item => item.ms, 60)
    expect(kept.map(item => item.index)).toEqual([6, 13, 20, 27])
    expect(omitted).toBe(96)
    expect(measured).toEqual([6, 13, 20, 27, 34])
  })

  it('counts a row as the bytes of its line and newline', () => {
    for (const cells of [['a'], ['✅ success', 'x | y', ''], ['🚫', '日本', 'é', 'plain']]) {
      expect(rowBytes(cells)).toBe(Buffer.byteLength(`| ${cells.join(' | ')} |\n`))
    }
  })
})

describe('the summary of a huge run with huge names', () => {
  it('stays within the step summary limit and keeps the slowest jobs in the table', () => {
    const longName = '<&>|`'.repeat(1000)
    const jobs = Array.from({ length: 3000 }, (_, i) =>
      jobUsage(
        jobFixture({
          id: i + 1,
          name: `${i + 1} ${longName}`,
          started_at: '2026-01-01T00:00:00Z',
          completed_at: new Date(Date.parse('2026-01-01T00:00:00Z') + (i + 1) * 1000).toISOString(),
          steps: [
            {
              name: longName,
              status: 'completed',
              conclusion: 'success',
              number: 1,
              started_at: '2026-01-01T00:00:00Z',
              completed_at: '2026-01-01T00:00:01Z'
            }
          ]
        }) as never,
        NOW
      )
    )
    const run = runFixture({ id: 9, status: 'completed', conclusion: 'success' })
    const report = {
      schemaVersion: 1,
      mode: 'run',
      generatedAt: new Date(NOW).toISOString(),
      repository: 'octo/demo',
      requests: 32,
      run: { id: 9 },
      attempt: null,
      totals: {
        wallMs: 3000000,
        totalJobMs: 1,
        jobs: 3000,
        completedJobs: 3000,
        runningJobs: 0,
        queuedJobs: 0,
        steps: 3000,
        inProgress: false
      },
      billable: { available: false, reason: 'billable time not available from this server' },
      slowestJobs: slowestJobs(jobs),
      slowestSteps: slowestSteps(jobs),
      jobs
    } as unknown as RunUsageReport
    const streamed = presentReportUsage({
      operation: 'report-usage',
      mode: 'run',
      run: run as never,
      report,
      usageFile: '/tmp/usage.json',
      now: NOW
    }).summary
    const summary = String(streamed)
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_LIMIT_BYTES)
    // The table is given row by row, so it is never built as one string: the head (figures,
    // slowest lists, chart), the table's header, one piece per kept row, the note, the count.
    const [, ...pieces] = [...streamed]
    expect(pieces).toHaveLength(1 + 945 + 2)
    expect(Math.max(...pieces.map(piece => piece.length))).toBeLessThan(4096)
    expect(summary).toContain(
      "Showing the 945 slowest of 3,000 jobs to stay within GitHub's summary size limit; 2,055 left out here are in the usage file."
    )
    expect(summary).not.toContain('<&>')
  })
})

describe('slowest steps in the summary', () => {
  function summaryWithSteps(durationsMs: number[]): string {
    const start = Date.parse('2026-01-01T00:00:00Z')
    const job = jobUsage(
      jobFixture({
        id: 1,
        name: 'build',
        started_at: new Date(start).toISOString(),
        completed_at: new Date(start + 60_000).toISOString(),
        steps: durationsMs.map((ms, index) => ({
          name: `step ${index + 1}`,
          status: 'completed',
          conclusion: 'success',
          number: index + 1,
          started_at: new Date(start).toISOString(),
          completed_at: new Date(start + ms).toISOString()
        }))
      }) as never,
      NOW
    )
    const report = {
      schemaVersion: 1,
      mode: 'run',
      generatedAt: new Date(NOW).toISOString(),
      repository: 'octo/demo',
      requests: 2,
      run: { id: 9 },
      attempt: null,
      totals: {
        wallMs: 60_000,
        totalJobMs: 60_000,
        jobs: 1,
        completedJobs: 1,
        runningJobs: 0,
        queuedJobs: 0,
        steps: durationsMs.length,
        inProgress: false
      },
      billable: { available: false, reason: 'billable time not available from this server' },
      slowestJobs: slowestJobs([job]),
      slowestSteps: slowestSteps([job]),
      jobs: [job]
    } as unknown as RunUsageReport
    return String(
      presentReportUsage({
        operation: 'report-usage',
        mode: 'run',
        run: runFixture({ id: 9, status: 'completed', conclusion: 'success' }) as never,
        report,
        usageFile: '/tmp/usage.json',
        now: NOW
      }).summary
    )
  }

  it('leaves out steps under a second', () => {
    const summary = summaryWithSteps([40_000, 999, 0])
    expect(summary).toContain('| step 1 | build | 40s |')
    expect(summary).not.toContain('| step 2 |')
    expect(summary).not.toContain('| step 3 |')
  })

  it('says so when no step took a second', () => {
    expect(summaryWithSteps([300, 0])).toContain('_No step took a second or more._')
  })
})
