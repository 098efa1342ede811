import type { Clock, Deadline } from '../clock.js'
import * as log from '../step-log.js'
import { describeFilter, findNewestRun } from '../find-run.js'
import type { GitHubClient } from '../github/client.js'
import { OperationError, describeError, httpStatus } from '../github/errors.js'
import type { Job, WorkflowRun } from '../github/types.js'
import type { WaitForRunSettings } from '../settings.js'
import { waitForRunCompletion } from '../polling.js'
import { JobsUnavailableError } from '../github/client.js'
import { globMatches } from '../glob.js'
import { PollSchedule, formatDuration, pollUntil } from '../poll-loop.js'
import { runNotFound } from './read-run.js'
import { budgetOf, type OperationDeps } from './types.js'
import { collectResults, prepareResults, type RunResults } from '../artifacts/results.js'

export interface WaitForRunResult {
  readonly operation: 'wait-for-run'
  readonly run: WorkflowRun
  readonly jobs: Job[]
  readonly timedOut: boolean
  readonly timeoutSeconds: number
  readonly waitedMs: number
  readonly allowedConclusions: readonly string[]
  /** Set when cancel-on-timeout tried to cancel: what happened. */
  readonly cancelOnTimeout?: { cancelled: boolean; detail: string }
  /** With `jobs`: the patterns; `jobs` then holds only the matching jobs. */
  readonly jobPatterns?: readonly string[]
  /** With `jobs`: patterns that matched no job (by the time the run completed, or timed out). */
  readonly unmatched?: readonly string[]
  /** What the run produced (artifacts, run-outputs, annotations), once the wait ended in time. */
  readonly results?: RunResults
}

export async function waitForRun(
  client: GitHubClient,
  settings: WaitForRunSettings,
  deps: OperationDeps
): Promise<WaitForRunResult> {
  const { clock } = deps
  const started = clock.now()
  const deadline = budgetOf(deps, settings)
  const intervalMs = settings.pollIntervalSeconds * 1000
  await prepareResults(settings.results, deadline)
  let runId: number
  // The listing the run was found in: its other runs can predict when this one ends.
  const listed: WorkflowRun[] = []
  if (settings.target.kind === 'id') {
    runId = settings.target.runId
  } else {
    const found = await findNewestRun(client, settings.target.filter, {
      deadline,
      intervalMs,
      clock,
      listed
    })
    if (!found) {
      throw new OperationError(
        `No run matching ${describeFilter(settings.target.filter)} appeared within ${settings.timeoutSeconds} seconds.`
      )
    }
    log.info(`Found run ${found.id}: ${found.html_url}`)
    runId = found.id
  }
  if (settings.jobs.length > 0) {
    const waitedJobs = await waitForJobsOfRun(client, runId, settings.jobs, {
      deadline,
      intervalMs,
      clock
    })
    let cancelOnTimeout: WaitForRunResult['cancelOnTimeout']
    if (waitedJobs.timedOut && settings.cancelOnTimeout && waitedJobs.run.status !== 'completed') {
      cancelOnTimeout = await cancelAfterTimeout(client, runId)
    }
    const refusedJobs = waitedJobs.jobs.filter(
      job =>
        job.status === 'completed' && !settings.allowedConclusions.includes(job.conclusion ?? '')
    )
    const results = waitedJobs.timedOut
      ? undefined
      : await resultsOf(client, waitedJobs.run, waitedJobs.jobs, refusedJobs.length > 0, settings, {
          deadline,
          env: deps.env
        })
    return {
      operation: 'wait-for-run',
      ...waitedJobs,
      ...(results ? { results } : {}),
      cancelOnTimeout,
      jobPatterns: settings.jobs,
      timeoutSeconds: settings.timeoutSeconds,
      waitedMs: clock.now() - started,
      allowedConclusions: settings.allowedConclusions
    }
  }
  const waited = await waitForRunId(client, runId, {
    deadline,
    intervalMs,
    clock,
    cancelOnTimeout: settings.cancelOnTimeout,
    knownRuns: listed
  })
  const results = waited.timedOut
    ? undefined
    : await resultsOf(
        client,
        waited.run,
        waited.jobs,
        !settings.allowedConclusions.includes(waited.run.conclusion ?? ''),
        settings,
        { deadline, env: deps.env }
      )
  return {
    operation: 'wait-for-run',
    ...waited,
    ...(results ? { results } : {}),
    timeoutSeconds: settings.timeoutSeconds,
    waitedMs: clock.now() - started,
    allowedConclusions: settings.allowedConclusions
  }
}

/**
 * The results of a run whose wait ended in time (wait-for-run and dispatch's wait): artifacts and
 * run-outputs as asked, and, when its conclusion was refused, why it failed.
 */
export async function resultsOf(
  client: GitHubClient,
  run: WorkflowRun,
  jobs: readonly Job[],
  refused: boolean,
  settings: { readonly results?: WaitForRunSettings['results'] },
  context: { deadline: Deadline; env: NodeJS.ProcessEnv }
): Promise<RunResults | undefined> {
  if (!settings.results) return undefined
  return collectResults(client, [{ run, jobs, refused }], settings.results, {
    ...context,
    folderPerRun: false
  })
}

/**
 * Waits for one run by id until it completes or the deadline passes, following its jobs; on a
 * timeout with cancelOnTimeout, cancels it. Shared by wait-for-run and dispatch's wait.
 */
export async function waitForRunId(
  client: GitHubClient,
  runId: number,
  options: {
    deadline: Deadline
    intervalMs: number
    clock: Clock
    cancelOnTimeout: boolean
    /** Runs already listed, whose durations spare the history request (see waitForRunCompletion). */
    knownRuns?: readonly WorkflowRun[]
  }
): Promise<Pick<WaitForRunResult, 'run' | 'jobs' | 'timedOut' | 'cancelOnTimeout'>> {
  let outcome
  try {
    outcome = await waitForRunCompletion(client, runId, {
      deadline: options.deadline,
      intervalMs: options.intervalMs,
      clock: options.clock,
      trackJobs: true,
      knownRuns: options.knownRuns
    })
  } catch (error) {
    if (httpStatus(error) === 404) throw runNotFound(client, runId, error)
    throw error
  }
  let cancelOnTimeout: WaitForRunResult['cancelOnTimeout']
  if (outcome.timedOut && options.cancelOnTimeout) {
    cancelOnTimeout = await cancelAfterTimeout(client, runId)
  }
  return { run: outcome.run, jobs: outcome.jobs, timedOut: outcome.timedOut, cancelOnTimeout }
}

export async function cancelAfterTimeout(
  client: GitHubClient,
  runId: number
): Promise<{ cancelled: boolean; detail: string }> {
  try {
    await client.mutate(
      `Cancelling run ${runId}`,
      () => client.cancelRun(runId, false),
      async () => (await client.getRun(runId)).status === 'completed'
    )
    log.info(`Cancelled run ${runId} because the wait timed out.`)
    return { cancelled: true, detail: 'cancelled because the wait timed out' }
  } catch (error) {
    const detail =
      httpStatus(error) === 409 ? 'it completed just before the cancel' : describeError(error)
    log.warning(`Could not cancel run ${runId} after the timeout: ${detail}`)
    return { cancelled: false, detail }
  }
}

/**
 * wait-for-run with `jobs`: polls the run and its jobs (both conditionally) until every pattern
 * has matched a job and every matching job has completed; the rest of the run may still be
 * going. Ends too when the run completes (a pattern still unmatched is then reported).
 */
export async function waitForJobsOfRun(
  client: GitHubClient,
  runId: number,
  patterns: readonly string[],
  options: { deadline: Deadline; intervalMs: number; clock: Clock }
): Promise<Pick<WaitForRunResult, 'run' | 'jobs' | 'timedOut' | 'unmatched'>> {
  let run: WorkflowRun | undefined
  let matching: Job[] = []
  let unmatched: string[] = [...patterns]
  let previous = ''
  const states = new Map<number, string>()
  log.info(
    `Waiting for the jobs of run ${runId} matching ${patterns.map(p => JSON.stringify(p)).join(', ')}.`
  )
  const poll = async () => {
    const polledRun = await client.pollRun(runId)
    run = polledRun.data
    let jobs: Job[]
    try {
      jobs = (await client.pollJobs(runId)).data
    } catch (error) {
      if (!(error instanceof JobsUnavailableError)) throw error
      throw new OperationError(
        // Stryker disable next-line Regex: JobsUnavailableError's sentence ends with it, so "$" changes nothing
        `${error.message.replace(/, so job details are left out\.$/, '')}: input 'jobs' cannot be used there; wait for the whole run instead.`
      )
    }
    matching = jobs.filter(job => patterns.some(pattern => globMatches(pattern, job.name)))
    unmatched = patterns.filter(pattern => !jobs.some(job => globMatches(pattern, job.name)))
    for (const job of matching) {
      const state =
        job.status === 'completed' ? `completed (${job.conclusion ?? 'no conclusion'})` : job.status
      if (states.get(job.id) !== state) {
        log.info(`  job ${JSON.stringify(job.name)}: ${state}`)
        states.set(job.id, state)
      }
    }
    const now = JSON.stringify([run.status, matching.map(job => [job.id, job.status])])
    const changed = now !== previous
    previous = now
    const jobsDone = unmatched.length === 0 && matching.every(job => job.status === 'completed')
    return jobsDone || run.status === 'completed'
      ? ({ done: true, value: true } as const)
      : ({ done: false, changed } as const)
  }
  let outcome
  try {
    outcome = await pollUntil<true>(poll, {
      clock: options.clock,
      deadline: options.deadline,
      schedule: new PollSchedule(options.intervalMs),
      label: `Polling the jobs of run ${runId}`,
      firstPollMustSucceed: true,
      onHeartbeat: async silentForMs => {
        const going = matching.filter(job => job.status !== 'completed')
        log.info(
          `Still waiting after ${formatDuration(silentForMs)} without change: ${going.length} matching job(s) not completed${going.length > 0 ? ` (${going.map(job => JSON.stringify(job.name)).join(', ')})` : ''}${unmatched.length > 0 ? `; no job matches ${unmatched.map(p => JSON.stringify(p)).join(', ')} yet` : ''}.`
        )
      }
    })
  } catch (error) {
    if (httpStatus(error) === 404) throw runNotFound(client, runId)
    throw error
  }
  if (!run) throw new Error(`Run ${runId} was never read.`)
  return { run, jobs: matching, timedOut: !outcome.done, unmatched }
}
