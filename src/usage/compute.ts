import type { Job, JobStep, WorkflowRun } from '../github/types.js'
import { Largest, largest, sum } from './stats.js'
import type {
  JobRef,
  JobRow,
  JobUsage,
  RunInfo,
  RunTotals,
  StepRef,
  StepUsage,
  UsageState
} from './types.js'

/** How many jobs and steps the "slowest" lists keep. */
export const SLOWEST_COUNT = 10

function timeOf(iso: string | null | undefined): number | undefined {
  if (!iso) return undefined
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? undefined : ms
}

/**
 * end − start, never negative: servers report cancelled and skipped jobs with a completion a
 * moment before their start, and a negative duration would subtract from totals.
 */
function span(start: number | undefined, end: number | undefined): number | null {
  if (start === undefined || end === undefined) return null
  return Math.max(0, end - start)
}

function stateOf(
  status: string,
  startedAt: number | undefined,
  completedAt: number | undefined
): UsageState {
  if (status === 'completed' || completedAt !== undefined) return 'completed'
  return startedAt !== undefined && status === 'in_progress' ? 'running' : 'queued'
}

export function stepUsage(step: JobStep, now: number): StepUsage {
  const started = timeOf(step.started_at)
  const completed = timeOf(step.completed_at)
  const state = stateOf(step.status, started, completed)
  return {
    number: step.number,
    name: step.name,
    status: step.status,
    conclusion: step.conclusion,
    state,
    startedAt: step.started_at ?? null,
    completedAt: step.completed_at ?? null,
    durationMs: span(started, state === 'running' ? now : completed)
  }
}

/**
 * One job's figures. A job not finished yet (the job running this report, for one) counts its
 * time so far: queued jobs up to now in queue time, running jobs up to now in run time.
 */
export function jobUsage(job: Job, now: number, billableMs?: number): JobUsage {
  const created = timeOf(job.created_at)
  const started = timeOf(job.started_at)
  const completed = timeOf(job.completed_at)
  const state = stateOf(job.status, started, completed)
  return {
    id: job.id,
    name: job.name,
    attempt: job.run_attempt ?? 1,
    url: job.html_url,
    status: job.status,
    conclusion: job.conclusion,
    state,
    createdAt: job.created_at ?? null,
    startedAt: job.started_at ?? null,
    completedAt: job.completed_at ?? null,
    queueMs: span(created, state === 'queued' ? now : started),
    runMs: state === 'queued' ? null : span(started, state === 'running' ? now : completed),
    labels: Array.isArray(job.labels) ? job.labels : [],
    runnerName: job.runner_name || null,
    runnerGroup: job.runner_group_name || null,
    billableMs: billableMs ?? null,
    steps: (job.steps ?? []).map(step => stepUsage(step, now))
  }
}

export function runInfo(run: WorkflowRun): RunInfo {
  return {
    id: run.id,
    name: run.name ?? null,
    title: run.display_title ?? null,
    number: run.run_number ?? null,
    url: run.html_url,
    attempt: run.run_attempt ?? 1,
    status: run.status,
    conclusion: run.conclusion,
    event: run.event,
    branch: run.head_branch,
    headSha: run.head_sha,
    createdAt: run.created_at,
    startedAt: run.run_started_at ?? null,
    updatedAt: run.updated_at
  }
}

/**
 * Wall time of what is reported on: from the run's start (its creation for all attempts, the
 * attempt's start for one) to the last job's completion, or to now while anything is unfinished.
 * Earlier job timestamps win over the run's, so odd server data cannot give a negative time.
 */
export function wallTimeMs(
  run: WorkflowRun,
  jobs: readonly JobRow[],
  allAttempts: boolean,
  now: number
): number | null {
  const runStart = allAttempts
    ? timeOf(run.created_at)
    : (timeOf(run.run_started_at) ?? timeOf(run.created_at))
  const jobStarts = jobs
    .map(job => timeOf(job.createdAt) ?? timeOf(job.startedAt))
    .filter((ms): ms is number => ms !== undefined)
  const starts = [...jobStarts, ...(runStart !== undefined ? [runStart] : [])]
  if (starts.length === 0) return null
  const unfinished = run.status !== 'completed' || jobs.some(job => job.state !== 'completed')
  const jobEnds = jobs
    .map(job => timeOf(job.completedAt))
    .filter((ms): ms is number => ms !== undefined)
  const end = unfinished ? now : jobEnds.length > 0 ? Math.max(...jobEnds) : timeOf(run.updated_at)
  return span(Math.min(...starts), end)
}

export function runTotals(
  run: WorkflowRun,
  jobs: readonly JobRow[],
  steps: number,
  allAttempts: boolean,
  now: number
): RunTotals {
  const count = (state: UsageState) => jobs.filter(job => job.state === state).length
  return {
    wallMs: wallTimeMs(run, jobs, allAttempts, now),
    totalJobMs: sum(jobs.map(job => job.runMs ?? 0)),
    jobs: jobs.length,
    completedJobs: count('completed'),
    runningJobs: count('running'),
    queuedJobs: count('queued'),
    steps,
    inProgress: run.status !== 'completed' || count('completed') < jobs.length
  }
}

export function jobRef(job: JobRow): JobRef {
  return {
    id: job.id,
    name: job.name,
    attempt: job.attempt,
    url: job.url,
    state: job.state,
    conclusion: job.conclusion,
    runMs: job.runMs,
    queueMs: job.queueMs
  }
}

export function slowestJobs(jobs: readonly JobRow[], count = SLOWEST_COUNT): JobRef[] {
  return largest(jobs, job => job.runMs, count).map(jobRef)
}

/** A step among the slowest, with its job. */
function stepRef({ job, step }: { job: JobRow; step: StepUsage }): StepRef {
  return {
    jobId: job.id,
    jobName: job.name,
    attempt: job.attempt,
    number: step.number,
    name: step.name,
    state: step.state,
    conclusion: step.conclusion,
    durationMs: step.durationMs ?? 0
  }
}

export function slowestSteps(jobs: readonly JobUsage[], count = SLOWEST_COUNT): StepRef[] {
  const digest = new JobsDigest(count)
  for (const job of jobs) digest.add(job)
  return digest.slowestSteps()
}

/**
 * One run's jobs, added as their pages arrive: each job is kept without its steps (the usage
 * file has them); of the steps, only their count and the slowest.
 */
export class JobsDigest {
  readonly rows: JobRow[] = []
  steps = 0
  private readonly slowest: Largest<{ job: JobRow; step: StepUsage }>

  constructor(count = SLOWEST_COUNT) {
    this.slowest = new Largest(count, entry => entry.step.durationMs)
  }

  add(job: JobUsage): void {
    const { steps, ...row } = job
    this.rows.push(row)
    this.steps += steps.length
    for (const step of steps) this.slowest.add({ job: row, step })
  }

  slowestSteps(): StepRef[] {
    return this.slowest.items().map(stepRef)
  }
}
