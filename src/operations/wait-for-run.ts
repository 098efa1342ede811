import type { Clock, Deadline } from '../clock.js'
import * as log from '../step-log.js'
import { describeFilter, findNewestRun } from '../find-run.js'
import type { GitHubClient } from '../github/client.js'
import { OperationError, describeError, httpStatus } from '../github/errors.js'
import type { Job, WorkflowRun } from '../github/types.js'
import type { WaitForRunSettings } from '../settings.js'
import { waitForRunCompletion } from '../polling.js'
import { runNotFound } from './read-run.js'
import { budgetOf, type OperationDeps } from './types.js'

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
  const waited = await waitForRunId(client, runId, {
    deadline,
    intervalMs,
    clock,
    cancelOnTimeout: settings.cancelOnTimeout,
    knownRuns: listed
  })
  return {
    operation: 'wait-for-run',
    ...waited,
    timeoutSeconds: settings.timeoutSeconds,
    waitedMs: clock.now() - started,
    allowedConclusions: settings.allowedConclusions
  }
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
