import * as log from './step-log.js'
import type { Clock, Deadline } from './clock.js'
import { JobsUnavailableError, type GitHubClient } from './github/client.js'
import { describeError, isTransient } from './github/errors.js'
import type { Job, WorkflowRun } from './github/types.js'

export interface WaitOptions {
  readonly deadline: Deadline
  readonly intervalMs: number
  readonly clock: Clock
  /** List the run's jobs whenever the run changes, and log their transitions. */
  readonly trackJobs?: boolean
}

export interface WaitOutcome {
  readonly run: WorkflowRun
  readonly jobs: Job[]
  readonly timedOut: boolean
  readonly polls: number
}

function jobState(job: Job): string {
  return job.status === 'completed'
    ? `completed (${job.conclusion ?? 'no conclusion'})`
    : job.status
}

/**
 * Polls a run until it completes or the deadline passes. Each poll is a conditional GET (a 304
 * is free on the rate limit); jobs are listed only when the run's updated_at moved. Progress is
 * logged on changes, not on every poll. Temporary API failures are logged and polled through.
 */
export async function waitForRunCompletion(
  client: GitHubClient,
  runId: number,
  options: WaitOptions
): Promise<WaitOutcome> {
  let run: WorkflowRun | undefined
  let jobs: Job[] = []
  let lastUpdatedAt: string | undefined
  let lastStatus: string | undefined
  const jobStates = new Map<number, string>()
  let jobsListable = true
  for (let polls = 1; ; polls++) {
    try {
      const polled = await client.pollRun(runId)
      run = polled.data
      if (!polled.notModified && run.updated_at !== lastUpdatedAt) {
        lastUpdatedAt = run.updated_at
        if (run.status !== lastStatus) {
          log.info(`Run ${run.id} is ${run.status}${run.conclusion ? ` (${run.conclusion})` : ''}.`)
          lastStatus = run.status ?? undefined
        }
        if (options.trackJobs && jobsListable) {
          try {
            jobs = await client.listJobs(runId)
          } catch (error) {
            if (!(error instanceof JobsUnavailableError)) throw error
            // A server without jobs endpoints: wait on the run alone, and say so once.
            client.note(error.message)
            jobsListable = false
          }
          for (const job of jobs) {
            const state = jobState(job)
            if (jobStates.get(job.id) !== state) {
              log.info(`  job ${JSON.stringify(job.name)}: ${state}`)
              jobStates.set(job.id, state)
            }
          }
        }
      }
    } catch (error) {
      if (!isTransient(error) || run === undefined) throw error
      log.warning(`Polling run ${runId} failed for now (${describeError(error)}); will poll again.`)
    }
    if (run?.status === 'completed') return { run, jobs, timedOut: false, polls }
    if (options.deadline.expired() && run) return { run, jobs, timedOut: true, polls }
    await options.clock.sleep(Math.min(options.intervalMs, options.deadline.remainingMs()))
  }
}
