import * as log from '../step-log.js'
import { describeFilter } from '../find-run.js'
import type { GitHubClient } from '../github/client.js'
import {
  OperationError,
  apiMessage,
  describeError,
  httpStatus,
  missingPermission
} from '../github/errors.js'
import { ACTIVE_STATUSES, type WorkflowRun } from '../github/types.js'
import type { CancelSettings, RunFilter } from '../settings.js'
import { waitForRunCompletion } from '../polling.js'
import { budgetOf, type OperationDeps } from './types.js'
import { readRun } from './read-run.js'

const FORCE_CANCEL = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel'

export interface CancelOutcome {
  /** The run as last read: after the wait when `wait` was set. */
  readonly run: WorkflowRun
  readonly cancelled: boolean
  /** Why it was not cancelled, or how the wait ended. */
  readonly reason?: string
}

export interface CancelResult {
  readonly operation: 'cancel'
  readonly force: boolean
  readonly outcomes: CancelOutcome[]
  /** The filter, in words, when runs were found by one. */
  readonly filter?: string
  readonly waited: boolean
  /** Runs still not completed when the wait ran out. */
  readonly stillRunning: number[]
}

export async function cancel(
  client: GitHubClient,
  settings: CancelSettings,
  deps: OperationDeps
): Promise<CancelResult> {
  const { clock } = deps
  const deadline = budgetOf(deps, settings)
  const runs =
    settings.target.kind === 'id'
      ? [await readRun(client, settings.target.runId)]
      : await supersededRuns(client, settings, settings.target.filter)
  // Decided from the server's description, learnt from the answers above.
  if (settings.force && client.capabilities.has(FORCE_CANCEL) === false) {
    throw new OperationError(
      `${client.capabilities.lacks(FORCE_CANCEL, 'force-cancel')} Use 'force: false'.`
    )
  }
  const outcomes: CancelOutcome[] = []
  // One at a time, as GitHub asks of mutations.
  for (const run of runs) outcomes.push(await cancelOne(client, run, settings.force))
  const stillRunning: number[] = []
  if (settings.wait) {
    for (const [index, outcome] of outcomes.entries()) {
      if (!outcome.cancelled) continue
      let waited
      try {
        waited = await waitForRunCompletion(client, outcome.run.id, {
          deadline,
          intervalMs: settings.pollIntervalSeconds * 1000,
          clock,
          // A cancelled run ends in seconds, whatever its workflow usually takes.
          predictEnd: false
        })
      } catch (error) {
        // The cancel took effect: failing to watch it finish is not a failed cancel.
        const reason = `cancelled; could not follow it to completion: ${describeError(error)}`
        log.warning(`Run ${outcome.run.id} was ${reason}`)
        outcomes[index] = { ...outcome, reason }
        continue
      }
      if (waited.timedOut) stillRunning.push(outcome.run.id)
      outcomes[index] = { ...outcome, run: waited.run }
    }
  }
  return {
    operation: 'cancel',
    force: settings.force,
    outcomes,
    filter: settings.target.kind === 'filter' ? describeFilter(settings.target.filter) : undefined,
    waited: settings.wait,
    stillRunning
  }
}

/** Runs matching the filter, not completed, created before the current run; never the current run. */
async function supersededRuns(
  client: GitHubClient,
  settings: CancelSettings,
  filter: RunFilter
): Promise<WorkflowRun[]> {
  const here = `${settings.owner}/${settings.repo}`
  if (settings.currentRepository !== undefined && settings.currentRepository !== here) {
    throw new OperationError(
      `Cancelling by filter works only in the current repository (${settings.currentRepository}); give 'run-id' to cancel a run in ${here}.`
    )
  }
  if (settings.currentRunId === undefined) {
    throw new OperationError(
      `Cancelling by filter needs GITHUB_RUN_ID (it cancels runs created before the current one); outside a workflow run, give 'run-id'.`
    )
  }
  const current = await readRun(client, settings.currentRunId)
  const before = Date.parse(current.created_at)
  const found = new Map<number, WorkflowRun>()
  // One query per active status: far fewer pages than a repository's whole history.
  for (const status of ACTIVE_STATUSES) {
    const runs = await client.listRuns({
      workflow: filter.workflow,
      branch: filter.branch,
      event: filter.event,
      headSha: filter.headSha,
      status
    })
    // listRuns re-checks the status it asked for, so no completed run is here.
    for (const run of runs) {
      if (
        // Stryker disable next-line ConditionalExpression: the current run is never created before itself; a second guard that it is never cancelled.
        run.id !== current.id &&
        Date.parse(run.created_at) < before
      ) {
        found.set(run.id, run)
      }
    }
  }
  const runs = [...found.values()].sort(
    (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at)
  )
  log.info(`${runs.length} superseded run(s) match ${describeFilter(filter)}.`)
  return runs
}

/** A run left alone, and why: said in the log as well as in the summary. */
function notCancelled(run: WorkflowRun, reason: string): CancelOutcome {
  log.info(`Did not cancel run ${run.id}: ${reason}. ${run.html_url}`)
  return { run, cancelled: false, reason }
}

async function cancelOne(
  client: GitHubClient,
  run: WorkflowRun,
  force: boolean
): Promise<CancelOutcome> {
  if (run.status === 'completed') {
    return notCancelled(run, `already completed (${run.conclusion ?? 'no conclusion'})`)
  }
  const verb = force ? 'Force-cancelling' : 'Cancelling'
  try {
    await client.mutate(
      `${verb} run ${run.id}`,
      () => client.cancelRun(run.id, force),
      async () => (await client.getRun(run.id)).status === 'completed'
    )
    log.info(`${verb.replace('ling', 'led')} run ${run.id}: ${run.html_url}`)
    return { run, cancelled: true }
  } catch (error) {
    const status = httpStatus(error)
    if (status === 409) {
      return notCancelled(run, `already completed: ${apiMessage(error) || 'GitHub answered 409'}`)
    }
    if (status === 404 && force) {
      // We read this run a moment ago, so the 404 is the endpoint, not the run.
      throw new OperationError(
        `This server does not support force-cancel (older GitHub Enterprise Server versions lack it); use 'force: false'.`
      )
    }
    if (status === 403) {
      throw new OperationError(
        `GitHub refused to cancel run ${run.id} (403: ${apiMessage(error).replace(/\.$/, '')}): ${missingPermission(error) ?? "the token needs 'permissions: actions: write'"}.`
      )
    }
    throw error
  }
}
