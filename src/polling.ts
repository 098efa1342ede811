import * as log from './step-log.js'
import type { Clock, Deadline } from './clock.js'
import { JobsUnavailableError, type GitHubClient } from './github/client.js'
import { describeError, isTransient } from './github/errors.js'
import type { Job, WorkflowRun } from './github/types.js'
import { PollSchedule, formatDuration, pollUntil, type EndEstimate } from './poll-loop.js'

export interface WaitOptions {
  readonly deadline: Deadline
  /** The longest time between two polls (poll-interval-seconds). */
  readonly intervalMs: number
  readonly clock: Clock
  /** List the run's jobs when the wait ends, and log their states. */
  readonly trackJobs?: boolean
  /**
   * Predict the end from the workflow's recent successful runs and poll densely near it (default
   * true). Off where those durations say nothing: a cancelled run, a partial re-run's attempt.
   */
  readonly predictEnd?: boolean
  /** Runs already listed (where the run was found): their durations spare the history request. */
  readonly knownRuns?: readonly WorkflowRun[]
}

export interface WaitOutcome {
  readonly run: WorkflowRun
  readonly jobs: Job[]
  readonly timedOut: boolean
  readonly polls: number
}

/** How many recent successful runs the prediction asks for (one page, one request). */
export const HISTORY_RUNS = 20
/** The window of plausible ends is widened by this much, plus this share of the median. */
export const END_MARGIN_MS = 200
export const END_MARGIN_SHARE = 0.01
/** When the jobs say the end is near but nothing predicted it: poll densely this long. */
const IMMINENT_WINDOW_MS = 30_000
/** Successful runs of the workflow in an earlier listing that are enough to predict from. */
const ENOUGH_KNOWN_RUNS = 3

function jobState(job: Job): string {
  return job.status === 'completed'
    ? `completed (${job.conclusion ?? 'no conclusion'})`
    : job.status
}

function durationMs(run: WorkflowRun): number {
  return Date.parse(run.updated_at) - Date.parse(run.run_started_at ?? run.created_at)
}

/** The value at fraction q of the sorted list (0: the first, 1: the last). */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.round(q * (sorted.length - 1))] ?? 0
}

/**
 * When `run` should end, from how long the workflow's recent successful runs took (a completed
 * run's updated_at is its end): between the shortest and the longest of them (the outer tenths
 * left out once there are ten), widened by a margin for clock skew and jitter. Undefined without
 * usable history.
 */
export function estimateEnd(
  run: WorkflowRun,
  history: readonly WorkflowRun[]
): (EndEstimate & { likely: number; runs: number }) | undefined {
  const durations = history
    .filter(
      past =>
        past.id !== run.id && past.workflow_id === run.workflow_id && past.conclusion === 'success'
    )
    .map(durationMs)
    .filter(ms => Number.isFinite(ms) && ms > 0)
    .sort((a, b) => a - b)
  const start = Date.parse(run.run_started_at ?? run.created_at)
  if (durations.length === 0 || !Number.isFinite(start)) return undefined
  const median = quantile(durations, 0.5)
  const margin = END_MARGIN_MS + END_MARGIN_SHARE * median
  return {
    likely: start + median,
    earliest: start + quantile(durations, 0.1) - margin,
    latest: start + quantile(durations, 0.9) + margin,
    runs: durations.length
  }
}

/** The estimate from runs already at hand, or else from one (conditional) history request. */
async function predictEnd(
  client: GitHubClient,
  run: WorkflowRun,
  knownRuns: readonly WorkflowRun[]
): Promise<ReturnType<typeof estimateEnd>> {
  const known = knownRuns.filter(
    past => past.workflow_id === run.workflow_id && past.conclusion === 'success'
  )
  if (known.length >= ENOUGH_KNOWN_RUNS) return estimateEnd(run, known)
  try {
    const history = await client.pollSuccessfulRuns(run.workflow_id, HISTORY_RUNS)
    return estimateEnd(run, history.data)
  } catch (error) {
    // Polling without a prediction still works: it backs off from 1 s instead.
    log.debug(`No end estimate for run ${run.id}: ${describeError(error)}`)
    return undefined
  }
}

/** Every unfinished job is in its last step (GitHub's last step, "Complete job", is short). */
export function inLastSteps(jobs: readonly Job[]): boolean {
  const unfinished = jobs.filter(job => job.status !== 'completed')
  return (
    unfinished.length > 0 &&
    unfinished.every(
      job =>
        job.status === 'in_progress' &&
        (job.steps?.length ?? 0) > 0 &&
        (job.steps ?? []).slice(0, -1).every(step => step.status === 'completed')
    )
  )
}

/**
 * The heartbeat: the run's status, how long it has been going (`now` is GitHub's time, as the
 * run's start is), the jobs in progress.
 */
export function heartbeatLine(
  run: WorkflowRun,
  jobs: readonly Job[],
  now: number,
  waitedMs: number
): string {
  const started = Date.parse(run.run_started_at ?? run.created_at)
  const age = Number.isFinite(started) ? ` after ${formatDuration(now - started)}` : ''
  const running = jobs.filter(job => job.status !== 'completed' && job.status !== 'queued')
  const list =
    running.length > 0
      ? `jobs in progress: ${running.map(job => JSON.stringify(job.name)).join(', ')}`
      : 'no job in progress'
  return `Run ${run.id} is still ${run.status}${age} (waited ${formatDuration(waitedMs)}); ${list}.`
}

/**
 * Polls a run until it completes or the deadline passes. Each poll is a conditional GET (a 304
 * is free on the primary rate limit) on the schedule of `PollSchedule`: sparse while the end is
 * far, dense around the end the workflow's recent runs predict. Jobs are listed (conditionally)
 * at heartbeats and when the wait ends. Temporary API failures are logged and polled through.
 */
export async function waitForRunCompletion(
  client: GitHubClient,
  runId: number,
  options: WaitOptions
): Promise<WaitOutcome> {
  const { clock } = options
  const started = clock.now()
  // The predicted end is in GitHub's time (its timestamps): the schedule compares it with GitHub's clock.
  const schedule = new PollSchedule(options.intervalMs, client.serverClock)
  const jobStates = new Map<number, string>()
  let run: WorkflowRun | undefined
  let jobs: Job[] = []
  let polls = 0
  let predicted = !(options.predictEnd ?? true)

  let jobsListable = true
  const listJobs = async () => {
    if (!jobsListable) return
    let polled
    try {
      polled = await client.pollJobs(runId)
    } catch (error) {
      if (!(error instanceof JobsUnavailableError)) throw error
      // A server without jobs endpoints: wait on the run alone, and say so once.
      client.note(error.message)
      jobsListable = false
      return
    }
    if (polled.notModified) return
    jobs = polled.data
    for (const job of jobs) {
      const state = jobState(job)
      if (jobStates.get(job.id) !== state) {
        log.info(`  job ${JSON.stringify(job.name)}: ${state}`)
        jobStates.set(job.id, state)
      }
    }
  }

  const outcome = await pollUntil<WorkflowRun>(
    async () => {
      polls++
      const polled = await client.pollRun(runId)
      const previous = run
      run = polled.data
      const changed = previous === undefined || run.updated_at !== previous.updated_at
      if (changed && run.status !== previous?.status) {
        log.info(`Run ${run.id} is ${run.status}${run.conclusion ? ` (${run.conclusion})` : ''}.`)
      }
      if (run.status === 'completed') return { done: true, value: run }
      if (!predicted) {
        predicted = true
        const estimate = await predictEnd(client, run, options.knownRuns ?? [])
        schedule.expectEnd(estimate)
        if (estimate) {
          const start = Date.parse(run.run_started_at ?? run.created_at)
          log.info(
            `Recent successful runs of this workflow took ${formatDuration(estimate.likely - start)} (median of ${estimate.runs}); polling densely from ${formatDuration(estimate.earliest - start)} to ${formatDuration(estimate.latest - start)} into the run.`
          )
        }
      }
      return { done: false, changed }
    },
    {
      clock,
      deadline: options.deadline,
      schedule,
      label: `Polling run ${runId}`,
      firstPollMustSucceed: true,
      onHeartbeat: async () => {
        if (!run) return
        await listJobs()
        const now = clock.now()
        const serverNow = client.serverClock.toServer(now)
        log.info(heartbeatLine(run, jobs, serverNow, now - started))
        // Nothing predicted the end, but the jobs say it is near: poll densely from now on.
        if (!schedule.expected && inLastSteps(jobs)) {
          schedule.expectEnd({ earliest: serverNow, latest: serverNow + IMMINENT_WINDOW_MS })
        }
      }
    }
  )
  if (outcome.done) run = outcome.value
  if (!run) throw new Error(`Run ${runId} was never read.`)
  if (options.trackJobs) {
    try {
      await listJobs()
    } catch (error) {
      if (!isTransient(error)) throw error
      log.warning(`Listing the jobs of run ${runId} failed (${describeError(error)}).`)
    }
  }
  return { run, jobs, timedOut: !outcome.done, polls }
}
