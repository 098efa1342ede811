import * as log from '../step-log.js'
import { mkdir, mkdtemp, type FileHandle } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { JobsUnavailableError, type GitHubClient } from '../github/client.js'
import { httpStatus } from '../github/errors.js'
import { isFailed } from '../conclusions.js'
import type { WorkflowRun } from '../github/types.js'
import type { ReportUsageSettings, UsageScope } from '../settings.js'
import { fetchBillable } from '../usage/billable.js'
import {
  SLOWEST_COUNT,
  jobUsage,
  runInfo,
  runTotals,
  slowestJobs,
  slowestSteps
} from '../usage/compute.js'
import { percentiles, slowestOnAverage, sum } from '../usage/stats.js'
import type {
  JobUsage,
  RunUsageReport,
  RunWithJobs,
  RunsUsageReport,
  UsageReport
} from '../usage/types.js'
import type { OperationDeps } from './types.js'
import { writeNewFile } from '../safe-file.js'
import { notFound } from './read-run.js'

type RunScope = Extract<UsageScope, { kind: 'run' }>
type RunsScope = Extract<UsageScope, { kind: 'runs' }>

export type ReportUsageResult =
  | {
      readonly operation: 'report-usage'
      readonly mode: 'run'
      /** The run as the API returned it (for the run header and the common run outputs). */
      readonly run: WorkflowRun
      readonly report: RunUsageReport
      readonly usageFile: string
      /** The moment "so far" figures were measured at, on GitHub's clock. */
      readonly now: number
    }
  | {
      readonly operation: 'report-usage'
      readonly mode: 'runs'
      readonly report: RunsUsageReport
      readonly usageFile: string
      readonly now: number
    }

export async function reportUsage(
  client: GitHubClient,
  settings: ReportUsageSettings,
  deps: OperationDeps
): Promise<ReportUsageResult> {
  const requestsBefore = client.stats.requests
  const requests = () => client.stats.requests - requestsBefore
  if (settings.scope.kind === 'run') {
    const { run, report, now } = await reportOnRun(client, settings.scope, deps, requests)
    const usageFile = await writeUsageFile(report, deps.env, `run-${run.id}`)
    return { operation: 'report-usage', mode: 'run', run, report, usageFile, now }
  }
  const { report, now } = await reportOnRuns(client, settings.scope, deps, requests)
  const usageFile = await writeUsageFile(report, deps.env, `runs-${settings.scope.workflow}`)
  return { operation: 'report-usage', mode: 'runs', report, usageFile, now }
}

/** The run, or the run as of one attempt; a 404 becomes one sentence naming what was missing. */
async function fetchRun(client: GitHubClient, scope: RunScope): Promise<WorkflowRun> {
  try {
    return scope.attempt !== undefined
      ? await client.getRunAttempt(scope.runId, scope.attempt)
      : await client.getRun(scope.runId)
  } catch (error) {
    if (httpStatus(error) !== 404) throw error
    const what =
      scope.attempt !== undefined
        ? `Attempt ${scope.attempt} of run ${scope.runId}`
        : `Run ${scope.runId}`
    throw notFound(client, what, 'the inputs', error)
  }
}

/**
 * One run: the run, the billable time and every job (all attempts, or one; 100 per page) — so
 * 1 + 1 + ceil(jobs / 100) requests, the job pages after the first up to three at a time.
 * Timing never fails the report.
 */
async function reportOnRun(
  client: GitHubClient,
  scope: RunScope,
  { clock }: OperationDeps,
  requests: () => number
): Promise<{ run: WorkflowRun; report: RunUsageReport; now: number }> {
  const run = await fetchRun(client, scope)
  // Billing first, so each job is reduced to its usage as its page arrives: only what the
  // report needs is kept, never every page of raw jobs.
  const billing = await fetchBillable(client, run.id)
  // GitHub's time: "so far" figures measure from GitHub's timestamps (generatedAt is on it too).
  const now = client.serverClock.toServer(clock.now())
  const jobs = await jobsOrNone(client, () =>
    client.mapJobs(
      run.id,
      { filter: 'all', attempt: scope.attempt },
      job => jobUsage(job, now, billing.perJob.get(job.id)),
      JOB_PAGE_CONCURRENCY
    )
  )
  const allAttempts = scope.attempt === undefined
  log.info(`Read ${jobs.length} jobs of run ${run.id} in ${requests()} API requests.`)
  const report: RunUsageReport = {
    schemaVersion: 1,
    mode: 'run',
    generatedAt: new Date(now).toISOString(),
    repository: `${client.owner}/${client.repo}`,
    requests: requests(),
    run: runInfo(run),
    attempt: scope.attempt ?? null,
    totals: runTotals(run, jobs, allAttempts, now),
    billable: billing.billable,
    slowestJobs: slowestJobs(jobs),
    slowestSteps: slowestSteps(jobs),
    jobs
  }
  return { run, report, now }
}

/**
 * Pages of one run's jobs asked at once, after the first page gave the total: the same requests
 * one at a time would leave the client waiting on each answer in turn. Three reads in flight is
 * far below GitHub's concurrency limit for a token (100) and costs no extra request.
 */
const JOB_PAGE_CONCURRENCY = 3

/** Jobs, or none where the server cannot list them: the report keeps the run-level figures. */
async function jobsOrNone<T>(client: GitHubClient, list: () => Promise<T[]>): Promise<T[]> {
  try {
    return await list()
  } catch (error) {
    if (!(error instanceof JobsUnavailableError)) throw error
    client.note(`${error.message.slice(0, -1)}: the report has run-level figures only.`)
    return []
  }
}

async function listRunsOf(client: GitHubClient, scope: RunsScope): Promise<WorkflowRun[]> {
  try {
    return await client.listRuns(
      { workflow: scope.workflow, branch: scope.branch, created: scope.created },
      { limit: scope.maxRuns }
    )
  } catch (error) {
    if (httpStatus(error) === 404)
      throw notFound(client, `Workflow ${scope.workflow}`, 'the inputs', error)
    throw error
  }
}

/**
 * A run's latest-attempt jobs, each reduced to its usage as its page arrives (raw jobs are never
 * kept); a run deleted since it was listed is skipped, not fatal.
 */
async function latestJobsOf(
  client: GitHubClient,
  run: WorkflowRun,
  now: number
): Promise<JobUsage[] | undefined> {
  try {
    return await jobsOrNone(client, () =>
      client.mapJobs(run.id, { filter: 'latest' }, job => jobUsage(job, now))
    )
  } catch (error) {
    if (httpStatus(error) !== 404 && httpStatus(error) !== 410) throw error
    log.warning(`Run ${run.id} disappeared while being reported on; it is left out.`)
    return undefined
  }
}

function runDurationMs(run: WorkflowRun): number | null {
  if (run.status !== 'completed') return null
  const start = Date.parse(run.run_started_at ?? run.created_at)
  const end = Date.parse(run.updated_at)
  return Number.isNaN(start) || Number.isNaN(end) ? null : Math.max(0, end - start)
}

function runWithJobs(run: WorkflowRun, jobs: JobUsage[]): RunWithJobs {
  return {
    ...runInfo(run),
    durationMs: runDurationMs(run),
    totalJobMs: sum(jobs.map(job => job.runMs ?? 0)),
    jobCount: jobs.length,
    jobs
  }
}

/**
 * Several runs of one workflow: one page per 100 runs, then each run's jobs (latest attempt).
 * Requests go one at a time, as GitHub asks of integrations; the count is reported.
 */
async function reportOnRuns(
  client: GitHubClient,
  scope: RunsScope,
  { clock }: OperationDeps,
  requests: () => number
): Promise<{ report: RunsUsageReport; now: number }> {
  const listed = await listRunsOf(client, scope)
  // GitHub's time: "so far" figures measure from GitHub's timestamps (generatedAt is on it too).
  const now = client.serverClock.toServer(clock.now())
  const runs: RunWithJobs[] = []
  for (const run of listed) {
    const jobs = await latestJobsOf(client, run, now)
    if (jobs !== undefined) runs.push(runWithJobs(run, jobs))
  }
  log.info(`Read ${runs.length} runs of ${scope.workflow} in ${requests()} API requests.`)
  const report: RunsUsageReport = {
    schemaVersion: 1,
    mode: 'runs',
    generatedAt: new Date(now).toISOString(),
    repository: `${client.owner}/${client.repo}`,
    requests: requests(),
    filter: {
      workflow: scope.workflow,
      branch: scope.branch ?? null,
      created: scope.created ?? null,
      maxRuns: scope.maxRuns
    },
    ...acrossRuns(runs)
  }
  return { report, now }
}

/** The cross-run figures: only completed runs count towards durations and the failure rate. */
function acrossRuns(runs: RunWithJobs[]) {
  const completed = runs.filter(run => run.status === 'completed')
  const failed = completed.filter(isFailed)
  const conclusions: Record<string, number> = {}
  for (const run of completed) {
    const key = run.conclusion ?? 'none'
    conclusions[key] = (conclusions[key] ?? 0) + 1
  }
  const jobs = runs.flatMap(run => run.jobs)
  const finishedJobs = completed.flatMap(run => run.jobs).filter(job => job.state === 'completed')
  return {
    totals: {
      runs: runs.length,
      completedRuns: completed.length,
      inProgressRuns: runs.length - completed.length,
      failedRuns: failed.length,
      failureRate: completed.length > 0 ? failed.length / completed.length : null,
      conclusions,
      jobs: jobs.length,
      totalJobMs: sum(runs.map(run => run.totalJobMs))
    },
    durationMs: percentiles(
      completed.map(run => run.durationMs).filter((ms): ms is number => ms !== null)
    ),
    queueMs: percentiles(
      jobs
        .filter(job => job.state !== 'queued')
        .map(job => job.queueMs)
        .filter((ms): ms is number => ms !== null)
    ),
    slowestJobsOnAverage: slowestOnAverage(
      finishedJobs
        .filter(job => job.runMs !== null && job.conclusion !== 'skipped')
        .map(job => ({ name: job.name, ms: job.runMs ?? 0 })),
      SLOWEST_COUNT
    ),
    runs
  }
}

/**
 * Writes the whole report (every job and step) as JSON under RUNNER_TEMP, in a fresh directory
 * so a second report in the same job never overwrites the first one's file.
 */
async function writeUsageFile(
  report: UsageReport,
  env: NodeJS.ProcessEnv,
  label: string
): Promise<string> {
  const base = env['RUNNER_TEMP'] || os.tmpdir()
  // The runner creates RUNNER_TEMP, but a self-hosted setup or a local run may not have.
  await mkdir(base, { recursive: true })
  const dir = await mkdtemp(path.join(base, 'runctl-usage-'))
  const file = path.join(dir, `usage-${label.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`)
  await writeJsonFile(file, report)
  log.info(`Wrote the usage report to ${file}.`)
  return file
}

/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, byte for byte, without building that
 * string: the top-level arrays (every job of a 5,000-job run) are written an element at a time,
 * so the file never exists twice in memory (as the report and as one 8 MB string).
 */
export async function writeJsonFile(file: string, value: object): Promise<void> {
  await writeNewFile(file, handle => writeJson(handle, value))
}

async function writeJson(handle: FileHandle, value: object): Promise<void> {
  let pending = ''
  const put = async (text: string) => {
    pending += text
    if (pending.length >= 64 * 1024) {
      await handle.write(pending)
      pending = ''
    }
  }
  const nested = (item: unknown, indent: string) =>
    (JSON.stringify(item, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`)
  const entries = Object.entries(value).filter(
    ([, item]) => item !== undefined && typeof item !== 'function'
  )
  if (entries.length === 0) {
    await handle.write('{}\n')
    return
  }
  await put('{\n')
  for (const [index, [key, item]] of entries.entries()) {
    await put(`  ${JSON.stringify(key)}: `)
    if (Array.isArray(item) && item.length > 0) {
      await put('[\n')
      for (const [at, element] of item.entries()) {
        await put(`    ${nested(element, '    ')}${at < item.length - 1 ? ',' : ''}\n`)
      }
      await put('  ]')
    } else {
      await put(nested(item, '  '))
    }
    await put(index < entries.length - 1 ? ',\n' : '\n')
  }
  await put('}\n')
  await handle.write(pending)
}
