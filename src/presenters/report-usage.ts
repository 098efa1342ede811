import { Outputs, type OutputName } from '../constants.js'
import type { WorkflowRun } from '../github/types.js'
import type { ReportUsageResult } from '../operations/report-usage.js'
import type { Presentation } from '../operations/types.js'
import {
  escapeCell,
  escapeMarkdown,
  formatDuration,
  link,
  table,
  tablePieces,
  keyValueTable
} from '../summary/escape.js'
import { StreamedSummary } from '../summary/streamed.js'
import { usageOutput } from '../usage/compact.js'
import { jobsGantt } from '../usage/gantt.js'
import type {
  Billable,
  JobRow,
  RunUsageDigest,
  RunsUsageDigest,
  RunSummary,
  StepRef
} from '../usage/types.js'
import { conclusionIcon } from '../conclusions.js'
import { runHeader, runOutputs } from './common.js'

/**
 * Budget for the big tables: the step summary is capped at 1 MiB, and the gantt, headers and
 * small tables need far less than the remaining quarter.
 */
export const TABLE_BUDGET_BYTES = 640 * 1024

/** Longest job or step name shown in the summary (a `run:` step is named after its script). */
const NAME_MAX_CHARS = 120

type OutputMap = Partial<Record<OutputName, string>>

/** A name cut to NAME_MAX_CHARS; the usage file keeps it whole. */
function clip(name: string): string {
  // A name of at most NAME_MAX_CHARS UTF-16 units has at most that many characters: most names
  // are short, and splitting each into an array of characters, twice per row, cost a tenth of
  // what a 5,000-job summary allocated.
  if (name.length <= NAME_MAX_CHARS) return name
  const chars = [...name]
  return chars.length > NAME_MAX_CHARS ? `${chars.slice(0, NAME_MAX_CHARS - 1).join('')}…` : name
}

export function presentReportUsage(result: ReportUsageResult): Presentation<StreamedSummary> {
  const common: OutputMap = {
    [Outputs.UsageFile]: result.usageFile,
    [Outputs.Usage]: usageOutput(
      result.report,
      undefined,
      result.mode === 'runs' && result.jobsOverOutputLimit
    )
  }
  if (result.mode === 'run') {
    const { report } = result
    return {
      outputs: {
        ...runOutputs(result.run),
        ...common,
        [Outputs.RunDurationMs]: msOutput(report.totals.wallMs),
        [Outputs.TotalJobMs]: String(report.totals.totalJobMs),
        [Outputs.BillableMs]: report.billable.available ? String(report.billable.totalMs) : ''
      },
      summary: runSummary(result.run, report, result.now)
    }
  }
  const { report } = result
  return {
    outputs: {
      ...common,
      // Runs mode has no single run: the median duration is the representative figure.
      [Outputs.RunDurationMs]: msOutput(report.durationMs.p50),
      [Outputs.TotalJobMs]: String(report.totals.totalJobMs),
      // Not fetched per run: it would cost a request per run on an endpoint being retired.
      [Outputs.BillableMs]: ''
    },
    summary: runsSummary(report)
  }
}

function msOutput(ms: number | null): string {
  return ms === null ? '' : String(ms)
}

/**
 * 5000 → "5,000". Not toLocaleString: the first Intl call pages in ICU data, about 6 MiB of
 * resident memory on Node 24, for a comma.
 */
export function count(n: number): string {
  const [whole = '', fraction] = String(n).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

function billableText(billable: Billable): string {
  if (!billable.available) return escapeMarkdown(billable.reason)
  const perOs = Object.entries(billable.byOs)
    .map(([os, ms]) => `${escapeMarkdown(os)} ${formatDuration(ms)}`)
    .join(', ')
  return `${formatDuration(billable.totalMs)}${perOs ? ` (${perOs})` : ''}`
}

function queueText(job: JobRow): string {
  if (job.queueMs === null) return 'n/a'
  return job.state === 'queued'
    ? `${formatDuration(job.queueMs)} so far`
    : formatDuration(job.queueMs)
}

function durationText(job: JobRow): string {
  if (job.state === 'queued') return 'not started'
  return job.state === 'running'
    ? `${formatDuration(job.runMs ?? undefined)} so far`
    : formatDuration(job.runMs ?? undefined)
}

function conclusionText(job: { state: string; conclusion: string | null }): string {
  if (job.state === 'running') return '⏳ running'
  if (job.state === 'queued') return '⏳ queued'
  return `${conclusionIcon(job.conclusion)} ${escapeCell(job.conclusion ?? 'completed')}`
}

function runnerText(job: JobRow): string {
  const parts = [job.labels.join(', '), job.runnerName ?? ''].filter(part => part !== '')
  return parts.length > 0 ? escapeCell(parts.join(' · ')) : '—'
}

/** The bytes of `| a | b |` and its newline, counted without building that line. */
export function rowBytes(cells: readonly string[]): number {
  let bytes = 5 + 3 * Math.max(0, cells.length - 1)
  for (const cell of cells) bytes += Buffer.byteLength(cell)
  return bytes
}

/**
 * The items whose rows fit in a byte budget. When all do not, the slowest that fit are kept, in
 * their original order, and the caller says how many were left out. Rows are measured slowest
 * first and only until the budget is spent (all of them only when all fit); each is rendered
 * here only to measure it, and again when the table is written (tablePieces), so the rows of a
 * 5,000-job run are never all held at once.
 */
export function fitRows<T>(
  items: readonly T[],
  row: (item: T) => readonly string[],
  slowness: (item: T) => number,
  budgetBytes = TABLE_BUDGET_BYTES
): { kept: readonly T[]; omitted: number } {
  const slow = Float64Array.from(items, slowness)
  // Indices, not an object per item; the sort is stable, so equal ones keep their order.
  const slowestFirst = Array.from(items, (_, index) => index).sort((a, b) => slow[b]! - slow[a]!)
  const kept = new Uint8Array(items.length)
  let used = 0
  let keptCount = 0
  for (const index of slowestFirst) {
    const size = rowBytes(row(items[index] as T))
    // The first row that does not fit ends the table: the rows kept are the slowest.
    if (used + size > budgetBytes) break
    used += size
    kept[index] = 1
    keptCount++
  }
  if (keptCount === items.length) return { kept: items, omitted: 0 }
  const keptItems = items.filter((_, index) => kept[index] === 1)
  return { kept: keptItems, omitted: items.length - keptItems.length }
}

function* jobsSection(report: RunUsageDigest): Generator<string, void, undefined> {
  if (report.jobs.length === 0) {
    yield '_No jobs._'
    return
  }
  const showAttempt = new Set(report.jobs.map(job => job.attempt)).size > 1
  const header = [
    'Job',
    ...(showAttempt ? ['Attempt'] : []),
    'Queue',
    'Duration',
    'Conclusion',
    'Runner'
  ]
  const row = (job: JobRow) => [
    link(clip(job.name), job.url),
    ...(showAttempt ? [String(job.attempt)] : []),
    queueText(job),
    durationText(job),
    conclusionText(job),
    runnerText(job)
  ]
  const { kept, omitted } = fitRows(report.jobs, row, job => job.runMs ?? 0)
  yield* tablePieces(header, kept, row)
  if (omitted > 0) {
    yield `\n\nShowing the ${count(kept.length)} slowest of ${count(report.jobs.length)} jobs to stay within GitHub's summary size limit; ${count(omitted)} left out here are in the usage file.`
  }
}

/** Steps under a second say nothing about where the time went, so they are left out. */
const NOTABLE_STEP_MS = 1000

function stepsSection(allSteps: readonly StepRef[]): string {
  const steps = allSteps.filter(step => (step.durationMs ?? 0) >= NOTABLE_STEP_MS)
  if (allSteps.length === 0) return '_No step timings reported._'
  if (steps.length === 0) return '_No step took a second or more._'
  return table(
    ['Step', 'Job', 'Duration', 'Conclusion'],
    steps.map(step => [
      escapeCell(clip(step.name)),
      escapeCell(clip(step.jobName)),
      step.state === 'running'
        ? `${formatDuration(step.durationMs)} so far`
        : formatDuration(step.durationMs),
      conclusionText(step)
    ])
  )
}

function ganttSection(report: RunUsageDigest, now: number): string {
  const gantt = jobsGantt(`Jobs of run ${report.run.id} (UTC)`, report.jobs, now)
  if (gantt.chartable === 0) return '_No job has started yet._'
  const fence = `\`\`\`mermaid\n${gantt.text}\n\`\`\``
  const left = gantt.chartable - gantt.charted
  if (left === 0) return fence
  return `${fence}\n\nCharted the ${count(gantt.charted)} slowest of ${count(gantt.chartable)} started jobs; ${count(left)} left out of the chart are in the table and the usage file.`
}

function slowestJobsSection(report: RunUsageDigest): string {
  if (report.slowestJobs.length === 0) return '_No job has started yet._'
  return table(
    ['Job', 'Duration', 'Queue', 'Conclusion'],
    report.slowestJobs.map(job => [
      link(clip(job.name), job.url),
      job.state === 'running'
        ? `${formatDuration(job.runMs ?? undefined)} so far`
        : formatDuration(job.runMs ?? undefined),
      formatDuration(job.queueMs ?? undefined),
      conclusionText(job)
    ])
  )
}

function runSummary(run: WorkflowRun, report: RunUsageDigest, now: number): StreamedSummary {
  const { totals } = report
  const scope = report.attempt === null ? 'all attempts' : `attempt ${report.attempt}`
  const states = [
    totals.runningJobs > 0 ? `${count(totals.runningJobs)} running` : '',
    totals.queuedJobs > 0 ? `${count(totals.queuedJobs)} queued` : ''
  ].filter(text => text !== '')
  const figures = keyValueTable([
    [
      'Wall time',
      `${formatDuration(totals.wallMs ?? undefined)}${totals.inProgress ? ' so far' : ''}`
    ],
    ['Total job time', formatDuration(totals.totalJobMs)],
    ['Billable time', billableText(report.billable)],
    ['Jobs', `${count(totals.jobs)}${states.length > 0 ? ` (${states.join(', ')})` : ''}`]
  ])
  const parts = [`## 📊 Usage of run ${run.id} (${scope})`, runHeader(run), figures]
  if (totals.inProgress) {
    parts.push('The run is still in progress: unfinished jobs show their time so far.')
  }
  parts.push(
    '### Slowest jobs',
    slowestJobsSection(report),
    '### Slowest steps',
    stepsSection(report.slowestSteps),
    '### Timeline',
    ganttSection(report, now),
    '### Jobs'
  )
  const head = parts.join('\n\n')
  return new StreamedSummary(function* () {
    yield `${head}\n\n`
    yield* jobsSection(report)
    yield `\n\n_${count(report.requests)} API requests._`
  })
}

function percentText(rate: number | null): string {
  return rate === null ? 'n/a' : `${(rate * 100).toFixed(1).replace(/\.0$/, '')}%`
}

function* runsTable(runs: readonly RunSummary[]): Generator<string, void, undefined> {
  const row = (run: RunSummary) => [
    link(clip(`#${run.number ?? run.id} ${run.title ?? run.name ?? ''}`.trim()), run.url),
    escapeCell(run.branch ?? ''),
    escapeCell(run.event),
    run.status === 'completed'
      ? `${conclusionIcon(run.conclusion)} ${escapeCell(run.conclusion ?? '')}`
      : `⏳ ${escapeCell(run.status ?? '')}`,
    formatDuration(run.durationMs ?? undefined),
    count(run.jobCount)
  ]
  const { kept, omitted } = fitRows(runs, row, run => run.durationMs ?? 0)
  yield* tablePieces(['Run', 'Branch', 'Event', 'Conclusion', 'Duration', 'Jobs'], kept, row)
  if (omitted > 0) {
    yield `\n\nShowing the ${count(kept.length)} slowest of ${count(runs.length)} runs to stay within GitHub's summary size limit; the rest are in the usage file.`
  }
}

function runsSummary(report: RunsUsageDigest): StreamedSummary {
  const { totals, filter } = report
  const selection = [
    `workflow ${escapeMarkdown(filter.workflow)}`,
    filter.branch !== null ? `branch ${escapeMarkdown(filter.branch)}` : '',
    filter.created !== null ? `created ${escapeMarkdown(filter.created)}` : ''
  ]
    .filter(text => text !== '')
    .join(', ')
  const p = (ms: number | null) => formatDuration(ms ?? undefined)
  const figures = keyValueTable([
    [
      'Runs',
      `${count(totals.runs)} (${count(totals.completedRuns)} completed, ${count(totals.inProgressRuns)} in progress)`
    ],
    [
      'Failure rate',
      `${percentText(totals.failureRate)} (${count(totals.failedRuns)} of ${count(totals.completedRuns)} completed runs failed)`
    ],
    ['Duration p50 / p95', `${p(report.durationMs.p50)} / ${p(report.durationMs.p95)}`],
    [
      'Job queue time p50 / p95',
      `${p(report.queueMs.p50)} / ${p(report.queueMs.p95)} (${count(report.queueMs.count)} jobs)`
    ],
    ['Total job time', formatDuration(totals.totalJobMs)],
    ['Billable time', 'not fetched across runs (one request per run on a retiring endpoint)']
  ])
  const slowest =
    report.slowestJobsOnAverage.length === 0
      ? '_No finished jobs._'
      : table(
          ['Job', 'Runs', 'Average', 'Longest'],
          report.slowestJobsOnAverage.map(job => [
            escapeCell(clip(job.name)),
            count(job.runs),
            formatDuration(job.averageMs),
            formatDuration(job.maxMs)
          ])
        )
  const head = [
    `## 📊 Usage across the last ${count(totals.runs)} runs of ${selection}`,
    figures,
    '### Slowest jobs on average',
    slowest,
    '### Runs'
  ].join('\n\n')
  return new StreamedSummary(function* () {
    yield `${head}\n\n`
    if (totals.runs === 0) yield '_No runs matched._'
    else yield* runsTable(report.runs)
    yield `\n\n_${count(report.requests)} API requests._`
  })
}
