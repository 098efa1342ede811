import { ALL_RUNS_SETTLE_POLLS } from '../constants.js'
import { describeFilter, runListRequest, matchesFilter } from '../find-run.js'
import type { GitHubClient } from '../github/client.js'
import * as log from '../step-log.js'
import { MalformedResponseError, OperationError } from '../github/errors.js'
import { PollSchedule, formatDuration, pollUntil } from '../poll-loop.js'
import type { WorkflowRun } from '../github/types.js'
import type { RunFilter, WaitForRunSettings } from '../settings.js'
import { budgetOf, type OperationDeps } from './types.js'
import { cancelAfterTimeout } from './wait-for-run.js'
import { collectResults, prepareResults, type RunResults } from '../artifacts/results.js'

export interface WaitForAllRunsResult {
  readonly operation: 'wait-for-run'
  readonly filter: RunFilter
  /** Every run waited for, oldest first, as last seen. */
  readonly runs: WorkflowRun[]
  readonly timedOut: boolean
  readonly timeoutSeconds: number
  readonly waitedMs: number
  readonly allowedConclusions: readonly string[]
  /** With cancel-on-timeout: what happened to each run still going when time ran out. */
  readonly cancelOnTimeout?: { runId: number; cancelled: boolean; detail: string }[]
  /** What the runs produced (artifacts per run, annotations of refused runs), when all completed. */
  readonly results?: RunResults
}

function runState(run: WorkflowRun): string {
  return run.status === 'completed'
    ? `completed (${run.conclusion ?? 'no conclusion'})`
    : String(run.status)
}

/**
 * Waits until every run matching the filter has completed: the current run excluded, runs that
 * appear while waiting included. Done once all runs seen have been complete for a settle window
 * of ALL_RUNS_SETTLE_POLLS poll intervals (from the last completion, on GitHub's clock) with no
 * new run appearing. One conditional list
 * request per poll, never one per run.
 */
export async function waitForAllRuns(
  client: GitHubClient,
  settings: WaitForRunSettings,
  deps: OperationDeps
): Promise<WaitForAllRunsResult> {
  if (settings.target.kind !== 'filter') throw new Error('all-runs needs a filter')
  const filter = settings.target.filter
  const { clock } = deps
  const started = clock.now()
  const deadline = budgetOf(deps, settings)
  const intervalMs = settings.pollIntervalSeconds * 1000
  // Polls are adaptive now; the settle window stays what it was at the old 10 s default.
  const settleMs = ALL_RUNS_SETTLE_POLLS * Math.min(intervalMs, 10_000)
  await prepareResults(settings.results, deadline)
  const request = runListRequest(filter)
  const sameRepository =
    settings.currentRepository === undefined ||
    settings.currentRepository.toLowerCase() === `${client.owner}/${client.repo}`.toLowerCase()
  const excluded = sameRepository ? settings.currentRunId : undefined
  const seen = new Map<number, WorkflowRun>()
  const states = new Map<number, string>()
  let allCompleteSince: number | undefined
  let announced = false
  log.info(
    `Waiting for every run matching ${describeFilter(filter)}${excluded !== undefined ? ` except this one (${excluded})` : ''}.`
  )
  const outcome = await pollUntil<true>(
    async () => {
      let changed = false
      const runs = await listMatching(client, request, filter)
      for (const run of runs) {
        if (run.id === excluded) continue
        if (!seen.has(run.id)) {
          log.info(
            `Found run ${run.id} (${JSON.stringify(run.name ?? run.path ?? '')}): ${run.html_url}`
          )
        }
        seen.set(run.id, run)
        const state = runState(run)
        if (states.get(run.id) !== state) {
          log.info(`  run ${run.id}: ${state}`)
          states.set(run.id, state)
          changed = true
          if (run.status !== 'completed') allCompleteSince = undefined
        }
      }
      const pending = [...seen.values()].filter(run => run.status !== 'completed')
      if (seen.size > 0 && pending.length === 0) {
        // On GitHub's clock: the window runs from the last completion (GitHub's timestamps).
        const now = client.serverClock.toServer(clock.now())
        allCompleteSince ??= now
        if (now - settleStart(seen.values(), allCompleteSince) >= settleMs) {
          return { done: true, value: true }
        }
      } else {
        allCompleteSince = undefined
        if (seen.size === 0 && !announced) {
          log.info(`No run matches ${describeFilter(filter)} yet; waiting for one to appear.`)
          announced = true
        }
      }
      return { done: false, changed }
    },
    {
      clock,
      deadline,
      schedule: new PollSchedule(intervalMs),
      label: 'Listing runs',
      onHeartbeat: async silentForMs => {
        const going = [...seen.values()].filter(run => run.status !== 'completed')
        log.info(
          `Still waiting after ${formatDuration(silentForMs)} without change: ${going.length} of ${seen.size} run(s) not completed${going.length > 0 ? ` (${going.map(run => run.id).join(', ')})` : ''}.`
        )
      }
    }
  )
  if (!outcome.done) {
    if (seen.size === 0) {
      throw new OperationError(
        `No run matching ${describeFilter(filter)} appeared within ${settings.timeoutSeconds} seconds.`
      )
    }
    const pending = [...seen.values()].filter(run => run.status !== 'completed')
    if (pending.length > 0) return result(true, await cancelPending(pending))
  }
  const done = result(false, undefined)
  if (!settings.results) return done
  const results = await collectResults(
    client,
    done.runs.map(run => ({
      run,
      refused: !settings.allowedConclusions.includes(run.conclusion ?? '')
    })),
    settings.results,
    { deadline, env: deps.env, folderPerRun: true }
  )
  return { ...done, results }

  function result(
    timedOut: boolean,
    cancelled: WaitForAllRunsResult['cancelOnTimeout']
  ): WaitForAllRunsResult {
    return {
      operation: 'wait-for-run' as const,
      filter,
      runs: [...seen.values()].sort(
        (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id
      ),
      timedOut,
      timeoutSeconds: settings.timeoutSeconds,
      waitedMs: clock.now() - started,
      allowedConclusions: settings.allowedConclusions,
      cancelOnTimeout: cancelled
    }
  }

  async function cancelPending(pending: WorkflowRun[]) {
    if (!settings.cancelOnTimeout) return undefined
    const outcomes = []
    for (const run of pending)
      outcomes.push({ runId: run.id, ...(await cancelAfterTimeout(client, run.id)) })
    return outcomes
  }
}

/**
 * Where the settle window starts, in GitHub's time: at the last completion among the runs (a
 * completed run's updated_at), so runs that ended long ago need no further wait; where no
 * timestamp can be read, when this wait first saw them all complete.
 */
function settleStart(runs: Iterable<WorkflowRun>, allCompleteSince: number): number {
  const ends = [...runs].map(run => Date.parse(run.updated_at)).filter(Number.isFinite)
  return ends.length > 0 ? Math.max(...ends) : allCompleteSince
}

/**
 * The matching runs: the first page conditionally (a 304 is free), and, only when more than one
 * page matches, the rest unconditionally.
 */
async function listMatching(
  client: GitHubClient,
  request: ReturnType<typeof runListRequest>,
  filter: RunFilter
): Promise<WorkflowRun[]> {
  const polled = await client.getConditional<{
    total_count?: number
    workflow_runs?: WorkflowRun[]
  }>(request.route, request.params)
  const firstPage = polled.data.workflow_runs
  if (!Array.isArray(firstPage)) throw new MalformedResponseError('the workflow runs list')
  const runs =
    (polled.data.total_count ?? 0) > firstPage.length
      ? await client.listRuns({
          workflow: filter.workflow,
          branch: filter.branch,
          event: filter.event,
          headSha: filter.headSha?.length === 40 ? filter.headSha : undefined,
          created: request.params['created'] as string | undefined
        })
      : firstPage
  return runs.filter(run => matchesFilter(run, filter))
}
