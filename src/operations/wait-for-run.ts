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
  if (settings.target.kind === 'id') {
    runId = settings.target.runId
  } else {
    const found = await findNewestRun(client, settings.target.filter, {
      deadline,
      intervalMs,
      clock
    })
    if (!found) {
      throw new OperationError(
        `No run matching ${describeFilter(settings.target.filter)} appeared within ${settings.timeoutSeconds} seconds.`
      )
    }
    log.info(`Found run ${found.id}: ${found.html_url}`)
    runId = found.id
  }
  let outcome
  try {
    outcome = await waitForRunCompletion(client, runId, {
      deadline,
      intervalMs,
      clock,
      trackJobs: true
    })
  } catch (error) {
    if (httpStatus(error) === 404) throw runNotFound(client, runId)
    throw error
  }
  let cancelOnTimeout: WaitForRunResult['cancelOnTimeout']
  if (outcome.timedOut && settings.cancelOnTimeout) {
    cancelOnTimeout = await cancelAfterTimeout(client, runId)
  }
  return {
    operation: 'wait-for-run',
    run: outcome.run,
    jobs: outcome.jobs,
    timedOut: outcome.timedOut,
    timeoutSeconds: settings.timeoutSeconds,
    waitedMs: clock.now() - started,
    allowedConclusions: settings.allowedConclusions,
    cancelOnTimeout
  }
}

async function cancelAfterTimeout(
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
