import { randomUUID } from 'node:crypto'
import { Deadline, type Clock } from '../clock.js'
import { findNewestRun } from '../find-run.js'
import type { GitHubClient } from '../github/client.js'
import * as log from '../step-log.js'
import {
  OperationError,
  apiMessage,
  describeError,
  httpStatus,
  isTransient,
  missingPermission,
  permissionGap
} from '../github/errors.js'
import type { WorkflowRun } from '../github/types.js'
import type { DispatchSettings, RunFilter } from '../settings.js'
import { readRun } from './read-run.js'
import { budgetOf, type OperationDeps } from './types.js'
import { resultsOf, waitForRunId, type WaitForRunResult } from './wait-for-run.js'
import { prepareResults } from '../artifacts/results.js'

/** How the dispatched run was identified, from certain to best effort. */
export type RunIdentification = 'run-details' | 'correlation' | 'best-effort'

export interface DispatchResult {
  readonly operation: 'dispatch'
  readonly workflow: string
  readonly ref: string
  /** What was sent, the correlation marker included. */
  readonly inputs: Readonly<Record<string, string>>
  readonly identifiedBy: RunIdentification
  readonly run: WorkflowRun
  /** With wait: true, the wait for the run, as wait-for-run reports it. */
  readonly wait?: WaitForRunResult
}

/**
 * After a failed dispatch whose fate is unknown, how long to look for its marker before
 * saying it may still start. GitHub usually lists a dispatched run within seconds.
 */
const UNKNOWN_OUTCOME_SEARCH_SECONDS = 60
/** How long runs may appear without the marker before the log suggests checking run-name. */
const MISSING_MARKER_HINT_MS = 30_000
/** Allowance for the runner's clock when no answer has carried a Date header. */
const CLOCK_SKEW_MS = 10_000

const DISPATCH_ENDPOINT = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'

/** GitHub Enterprise Server serves its REST API under /api/v3; github.com and GHE.com never do. */
function isEnterpriseServerUrl(apiUrl: string): boolean {
  return /\/api\/v3$/.test(new URL(apiUrl).pathname.replace(/\/+$/, ''))
}

/**
 * Whether to ask for the run in the dispatch answer (`return_run_details`, 2022-11-28 only:
 * 2026-03-10 always answers with it and drops the parameter). Only where the server's
 * description documents it (github.com and GHE.com; no GHES description does): never on a GHES
 * URL, and not once an answer has named the server as one without it. The answer decides in the
 * end: a 204 means the run has to be found by listing.
 */
export function asksForRunDetails(client: GitHubClient, settings: DispatchSettings): boolean {
  if (settings.apiVersion !== '2022-11-28' || isEnterpriseServerUrl(settings.apiUrl)) return false
  return !client.identified || client.accepts(DISPATCH_ENDPOINT, 'return_run_details')
}

/** The branch or tag name runs show as head_branch. */
function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '')
}

function runIdFrom(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const id = (data as { workflow_run_id?: unknown }).workflow_run_id
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined
}

/** The oldest run created after the dispatch: a dispatch a moment later by anyone is newer. */
function oldest(runs: WorkflowRun[]): WorkflowRun | undefined {
  return [...runs].sort(
    (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id
  )[0]
}

/**
 * Picks the run whose name carries the marker. When runs keep appearing without it, says once
 * what is most likely wrong: the target workflow's run-name does not show the input.
 */
function carrying(marker: string, hint?: { clock: Clock; input: string }) {
  let unmarkedSince: number | undefined
  let warned = false
  return (runs: WorkflowRun[]) => {
    const found = runs.find(
      run => (run.display_title ?? '').includes(marker) || (run.name ?? '').includes(marker)
    )
    if (found || !hint || runs.length === 0) return found
    unmarkedSince ??= hint.clock.now()
    if (!warned && hint.clock.now() - unmarkedSince >= MISSING_MARKER_HINT_MS) {
      warned = true
      log.warning(
        `${runs.length} run(s) of this workflow appeared after the dispatch, none with runctl's marker in its name: check that the workflow's run-name shows \${{ inputs.${hint.input} }}.`
      )
    }
    return undefined
  }
}

export async function dispatch(
  client: GitHubClient,
  settings: DispatchSettings,
  deps: OperationDeps
): Promise<DispatchResult> {
  const { clock } = deps
  const started = clock.now()
  const deadline = budgetOf(deps, settings)
  const intervalMs = settings.pollIntervalSeconds * 1000
  const marker = settings.correlationInput ? `runctl-${randomUUID()}` : undefined
  const inputs =
    // Stryker disable next-line LogicalOperator: marker is set exactly when correlationInput is
    settings.correlationInput && marker
      ? { ...settings.inputs, [settings.correlationInput]: marker }
      : { ...settings.inputs }
  // Before the dispatch (a write): an artifacts-dir that cannot hold the artifacts fails first.
  if (settings.wait) await prepareResults(settings.results, deadline)
  const askForRun = asksForRunDetails(client, settings)
  const where = `${client.owner}/${client.repo}`
  const filter: RunFilter = {
    workflow: settings.workflow,
    branch: refName(settings.ref),
    event: 'workflow_dispatch'
  }
  log.info(`Dispatching ${settings.workflow} on ${settings.ref} in ${where}.`)

  let answer: Awaited<ReturnType<GitHubClient['dispatchWorkflow']>>
  const sentAt = clock.now()
  try {
    answer = await client.dispatchWorkflow(settings.workflow, {
      ref: settings.ref,
      inputs,
      ...(askForRun ? { return_run_details: true as const } : {})
    })
  } catch (error) {
    const status = httpStatus(error)
    if (status === 404) {
      const gap = permissionGap(error)
      throw new OperationError(
        gap
          ? `Workflow ${settings.workflow} was not found in ${where}: check workflow and repository; if it exists, the token needs ${gap.needs}.`
          : `Workflow ${settings.workflow} does not exist in ${where} (or the token cannot see it).`
      )
    }
    const lacking = missingPermission(error)
    if (lacking !== undefined) {
      throw new OperationError(
        `GitHub refused to dispatch ${settings.workflow} on ${settings.ref} (${status}: ${apiMessage(error).replace(/\.$/, '')}): ${lacking}.`
      )
    }
    if (status === 422) {
      throw new OperationError(
        `GitHub refused to dispatch ${settings.workflow} on ${settings.ref}: ${apiMessage(error)
          .replace(/^Invalid request\.\s*/, '')
          .replace(/\.$/, '')}.`
      )
    }
    if (!isTransient(error)) throw error
    // The request may have reached GitHub: never send it again; find out if a marker allows.
    const run = marker
      ? await findAfterUnknownOutcome(client, filter, marker, sentAt, {
          deadline,
          clock,
          intervalMs
        })
      : undefined
    if (run) {
      log.warning(
        `Dispatching ${settings.workflow} failed with a temporary error (${describeError(error).replace(/\.$/, '')}), but the workflow was dispatched: run ${run.id} carries this dispatch's marker in input ${settings.correlationInput}.`
      )
    }
    if (!run) {
      throw new OperationError(
        `Dispatching ${settings.workflow} failed with a temporary error (${describeError(error).replace(/\.$/, '')}) and the run may have started anyway: check the Actions tab before dispatching again${marker ? '' : ' (correlation-input lets runctl check this itself)'}.`
      )
    }
    return finish(
      client,
      settings,
      { inputs, run, identifiedBy: 'correlation' },
      deadline,
      deps,
      started
    )
  }

  const runId = runIdFrom(answer.data)
  if (answer.status === 200 && runId !== undefined) {
    log.info(`GitHub answered with the run it started: ${runId}.`)
    const run = await readRun(client, runId)
    return finish(
      client,
      settings,
      { inputs, run, identifiedBy: 'run-details' },
      deadline,
      deps,
      started
    )
  }

  // 204: the run is created asynchronously and must be found in the runs list.
  const since = createdNoEarlierThan(client, sentAt) ?? sentAt - CLOCK_SKEW_MS
  // Runs dispatched by others are left out where the token's login is known (not GITHUB_TOKEN).
  const actor = await client.authenticatedLogin()
  if (actor === undefined) {
    log.info(
      'The token does not say which login it acts as (GITHUB_TOKEN or an app): runs by every actor are considered.'
    )
  }
  const listed = { ...filter, actor, createdAfter: new Date(since) }
  let run: WorkflowRun | undefined
  if (answer.status === 200) {
    // A 200 whose body could not be read (cut off): the dispatch was applied all the same.
    log.warning('GitHub accepted the dispatch but its answer could not be read.')
  }
  if (marker) {
    log.info(
      `The server did not say which run it started; looking for the run whose name carries the marker in input ${settings.correlationInput}.`
    )
    run = await findNewestRun(client, listed, {
      deadline,
      intervalMs,
      clock,
      // Stryker disable next-line StringLiteral: with a marker, correlationInput is set
      pick: carrying(marker, { clock, input: settings.correlationInput ?? '' })
    })
  } else {
    log.warning(
      `The server did not say which run it started, so runctl takes the oldest ${settings.workflow} run on ${refName(settings.ref)} dispatched after this request: a best effort that a dispatch by someone else at the same moment can defeat. Set correlation-input for an exact match.`
    )
    run = await findNewestRun(client, listed, { deadline, intervalMs, clock, pick: oldest })
  }
  if (!run) {
    throw new OperationError(
      `Dispatched ${settings.workflow} on ${settings.ref}, but no run of it ${marker ? `carrying the marker of input ${settings.correlationInput} ` : ''}appeared within ${settings.timeoutSeconds} seconds${marker ? ': check that the workflow shows that input in its run-name' : ''}.`
    )
  }
  return finish(
    client,
    settings,
    { inputs, run, identifiedBy: marker ? 'correlation' : 'best-effort' },
    deadline,
    deps,
    started
  )
}

/**
 * The earliest created_at the dispatched run can have, in GitHub's time: what GitHub's clock can
 * at the earliest have read when the dispatch was sent (bounded by the Date headers, the
 * dispatch's own answer included), to the whole second as created_at is. Undefined while no
 * answer has carried a Date header.
 */
function createdNoEarlierThan(client: GitHubClient, sentAt: number): number | undefined {
  const earliest = client.serverClock.earliestServerTime(sentAt)
  return earliest === undefined ? undefined : Math.floor(earliest / 1000) * 1000
}

async function findAfterUnknownOutcome(
  client: GitHubClient,
  filter: RunFilter,
  marker: string,
  sentAt: number,
  options: { deadline: Deadline; clock: Clock; intervalMs: number }
): Promise<WorkflowRun | undefined> {
  log.info(
    'The dispatch failed with a temporary error and may have been dispatched all the same; looking for the run carrying its marker instead of dispatching again.'
  )
  const window = options.deadline.within(UNKNOWN_OUTCOME_SEARCH_SECONDS)
  // The marker identifies the run; the time bound only shortens the list. Without GitHub's time
  // (no answer had a Date header) a bound on the runner's clock could leave the run out: none.
  const since = createdNoEarlierThan(client, sentAt)
  return findNewestRun(
    client,
    { ...filter, ...(since !== undefined ? { createdAfter: new Date(since) } : {}) },
    {
      deadline: window,
      intervalMs: options.intervalMs,
      clock: options.clock,
      pick: carrying(marker)
    }
  )
}

async function finish(
  client: GitHubClient,
  settings: DispatchSettings,
  found: Pick<DispatchResult, 'inputs' | 'run' | 'identifiedBy'>,
  deadline: Deadline,
  deps: OperationDeps,
  started: number
): Promise<DispatchResult> {
  const { clock, env } = deps
  log.info(`Dispatched run ${found.run.id}: ${found.run.html_url}`)
  const result = {
    operation: 'dispatch' as const,
    workflow: settings.workflow,
    ref: settings.ref,
    ...found
  }
  if (!settings.wait) return result
  const waited = await waitForRunId(client, found.run.id, {
    deadline,
    intervalMs: settings.pollIntervalSeconds * 1000,
    clock,
    cancelOnTimeout: settings.cancelOnTimeout
  })
  const results = waited.timedOut
    ? undefined
    : await resultsOf(
        client,
        waited.run,
        waited.jobs,
        !settings.allowedConclusions.includes(waited.run.conclusion ?? ''),
        settings,
        { deadline, env }
      )
  return {
    ...result,
    run: waited.run,
    wait: {
      operation: 'wait-for-run',
      ...waited,
      ...(results ? { results } : {}),
      timeoutSeconds: settings.timeoutSeconds,
      waitedMs: clock.now() - started,
      allowedConclusions: settings.allowedConclusions
    }
  }
}
