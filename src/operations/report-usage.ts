import * as log from '../step-log.js'
import { JobsUnavailableError, type GitHubClient } from '../github/client.js'
import { httpStatus } from '../github/errors.js'
import type { WorkflowRun } from '../github/types.js'
import type { ReportUsageSettings, UsageScope } from '../settings.js'
import { RunsDigest } from '../usage/across-runs.js'
import { fetchBillable } from '../usage/billable.js'
import { USAGE_OUTPUT_LIMIT_BYTES } from '../usage/compact.js'
import { JobsDigest, jobUsage, runInfo, runTotals, slowestJobs } from '../usage/compute.js'
import { sum } from '../usage/stats.js'
import type { JobUsage, RunSummary, RunUsageDigest, RunsUsageDigest } from '../usage/types.js'
import { UsageFile } from '../usage/usage-file.js'
import type { OperationDeps } from './types.js'
import { notFound } from './read-run.js'

type RunScope = Extract<UsageScope, { kind: 'run' }>
type RunsScope = Extract<UsageScope, { kind: 'runs' }>

export type ReportUsageResult =
  | {
      readonly operation: 'report-usage'
      readonly mode: 'run'
      /** The run as the API returned it (for the run header and the common run outputs). */
      readonly run: WorkflowRun
      /** The report without the jobs' steps, which only the usage file has. */
      readonly report: RunUsageDigest
      readonly usageFile: string
      /** The moment "so far" figures were measured at, on GitHub's clock. */
      readonly now: number
    }
  | {
      readonly operation: 'report-usage'
      readonly mode: 'runs'
      /** The report without steps, and without jobs when they are too many for `usage`. */
      readonly report: RunsUsageDigest
      /** The jobs were too many for the `usage` output, so none are kept in `report`. */
      readonly jobsOverOutputLimit: boolean
      readonly usageFile: string
      readonly now: number
    }

/**
 * Each jobs page is reduced as it arrives: every job goes to the usage file (which is written as
 * they come, see UsageFile) and only what the summary and outputs print stays in memory.
 */
export async function reportUsage(
  client: GitHubClient,
  settings: ReportUsageSettings,
  deps: OperationDeps
): Promise<ReportUsageResult> {
  const requestsBefore = client.stats.requests
  const requests = () => client.stats.requests - requestsBefore
  const { scope } = settings
  const label = scope.kind === 'run' ? `run-${scope.runId}` : `runs-${scope.workflow}`
  const file = await UsageFile.create(deps.env, label)
  try {
    if (scope.kind === 'run') {
      const { run, report, now } = await reportOnRun(client, scope, deps, requests, file)
      const usageFile = await file.finish(report, 'jobs')
      log.info(`Wrote the usage report to ${usageFile}.`)
      return { operation: 'report-usage', mode: 'run', run, report, usageFile, now }
    }
    const { report, jobsOverOutputLimit, now } = await reportOnRuns(
      client,
      scope,
      deps,
      requests,
      file
    )
    const usageFile = await file.finish(report, 'runs')
    log.info(`Wrote the usage report to ${usageFile}.`)
    return { operation: 'report-usage', mode: 'runs', report, jobsOverOutputLimit, usageFile, now }
  } catch (error) {
    await file.discard()
    throw error
  }
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
 * 1 + 1 + ceil(jobs / 100) requests. Timing never fails the report.
 */
async function reportOnRun(
  client: GitHubClient,
  scope: RunScope,
  { clock }: OperationDeps,
  requests: () => number,
  file: UsageFile
): Promise<{ run: WorkflowRun; report: RunUsageDigest; now: number }> {
  const run = await fetchRun(client, scope)
  // Billing first, so each job is reduced to its usage as its page arrives.
  const billing = await fetchBillable(client, run.id)
  // GitHub's time: "so far" figures measure from GitHub's timestamps (generatedAt is on it too).
  const now = client.serverClock.toServer(clock.now())
  const jobs = new JobsDigest()
  await jobsOrNone(client, async () => {
    const pages = client.jobPages(run.id, { filter: 'all', attempt: scope.attempt })
    for await (const page of pages) {
      for (const job of page) {
        const usage = jobUsage(job, now, billing.perJob.get(job.id))
        jobs.add(usage)
        await file.add(usage)
      }
    }
  })
  const allAttempts = scope.attempt === undefined
  log.info(`Read ${jobs.rows.length} jobs of run ${run.id} in ${requests()} API requests.`)
  const report: RunUsageDigest = {
    schemaVersion: 1,
    mode: 'run',
    generatedAt: new Date(now).toISOString(),
    repository: `${client.owner}/${client.repo}`,
    requests: requests(),
    run: runInfo(run),
    attempt: scope.attempt ?? null,
    totals: runTotals(run, jobs.rows, jobs.steps, allAttempts, now),
    billable: billing.billable,
    slowestJobs: slowestJobs(jobs.rows),
    slowestSteps: jobs.slowestSteps(),
    jobs: jobs.rows
  }
  return { run, report, now }
}

/** Reads jobs, or none where the server cannot list them: the report keeps the run figures. */
async function jobsOrNone(client: GitHubClient, read: () => Promise<void>): Promise<void> {
  try {
    await read()
  } catch (error) {
    if (!(error instanceof JobsUnavailableError)) throw error
    client.note(`${error.message.slice(0, -1)}: the report has run-level figures only.`)
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
  runId: number,
  now: number
): Promise<JobUsage[] | undefined> {
  const jobs: JobUsage[] = []
  try {
    await jobsOrNone(client, async () => {
      // Stryker disable next-line ObjectLiteral: jobPages' filter is 'latest' when none is given
      for await (const page of client.jobPages(runId, { filter: 'latest' })) {
        for (const job of page) jobs.push(jobUsage(job, now))
      }
    })
    return jobs
  } catch (error) {
    if (httpStatus(error) !== 404 && httpStatus(error) !== 410) throw error
    log.warning(`Run ${runId} disappeared while being reported on; it is left out.`)
    return undefined
  }
}

function runDurationMs(run: WorkflowRun): number | null {
  if (run.status !== 'completed') return null
  const start = Date.parse(run.run_started_at ?? run.created_at)
  const end = Date.parse(run.updated_at)
  return Number.isNaN(start) || Number.isNaN(end) ? null : Math.max(0, end - start)
}

/** What the report keeps of a listed run; the API's run objects are not kept. */
function runSummary(run: WorkflowRun): Omit<RunSummary, 'totalJobMs' | 'jobCount'> {
  return { ...runInfo(run), durationMs: runDurationMs(run) }
}

/**
 * Several runs of one workflow: one page per 100 runs, then each run's jobs (latest attempt),
 * each run written to the usage file once its jobs are read.
 * Requests go one at a time, as GitHub asks of integrations; the count is reported.
 */
async function reportOnRuns(
  client: GitHubClient,
  scope: RunsScope,
  { clock }: OperationDeps,
  requests: () => number,
  file: UsageFile
): Promise<{ report: RunsUsageDigest; jobsOverOutputLimit: boolean; now: number }> {
  const listed = (await listRunsOf(client, scope)).map(runSummary)
  // GitHub's time: "so far" figures measure from GitHub's timestamps (generatedAt is on it too).
  const now = client.serverClock.toServer(clock.now())
  const runs = new RunsDigest(USAGE_OUTPUT_LIMIT_BYTES)
  let read = 0
  for (const listedRun of listed) {
    const jobs = await latestJobsOf(client, listedRun.id, now)
    if (jobs === undefined) continue
    read++
    const run: RunSummary = {
      ...listedRun,
      totalJobMs: sum(jobs.map(job => job.runMs ?? 0)),
      jobCount: jobs.length
    }
    runs.add(run, jobs)
    await file.add({ ...run, jobs })
  }
  log.info(`Read ${read} runs of ${scope.workflow} in ${requests()} API requests.`)
  const report: RunsUsageDigest = {
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
    ...runs.figures()
  }
  return { report, jobsOverOutputLimit: runs.jobsOverOutputLimit, now }
}
