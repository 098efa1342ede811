import * as log from './step-log.js'
import type { Clock, Deadline } from './clock.js'
import type { GitHubClient } from './github/client.js'
import { describeError, isTransient } from './github/errors.js'
import type { Endpoint } from './github/capabilities.js'
import { runMatchesFilter } from './github/run-filter.js'
import type { WorkflowRun } from './github/types.js'
import type { RunFilter } from './settings.js'

export function describeFilter(filter: RunFilter): string {
  const parts = [
    filter.workflow !== undefined ? `workflow ${filter.workflow}` : 'any workflow',
    filter.branch !== undefined ? `branch ${filter.branch}` : undefined,
    filter.headSha !== undefined ? `commit ${filter.headSha}` : undefined,
    filter.event !== undefined ? `event ${filter.event}` : undefined,
    filter.createdAfter !== undefined
      ? `created at or after ${filter.createdAfter.toISOString()}`
      : undefined
  ]
  return parts.filter(part => part !== undefined).join(', ')
}

/**
 * Every filter, checked on each listed run: short SHAs and sub-second created-after the API
 * cannot filter, and a server may not know a filter (or ignore it) and answer a wider list.
 */
export function matchesFilter(run: WorkflowRun, filter: RunFilter): boolean {
  return runMatchesFilter(run, filter)
}

/** The runs-list request for a filter: the workflow's list when it names one, else the repository's. */
export function runListRequest(filter: RunFilter): {
  route: Endpoint
  params: Record<string, unknown>
} {
  const params = {
    per_page: 100,
    ...(filter.branch !== undefined ? { branch: filter.branch } : {}),
    ...(filter.event !== undefined ? { event: filter.event } : {}),
    // GitHub matches head_sha exactly; a short sha is matched client-side.
    ...(filter.headSha !== undefined && filter.headSha.length === 40
      ? { head_sha: filter.headSha }
      : {}),
    ...(filter.createdAfter !== undefined
      ? { created: `>=${filter.createdAfter.toISOString().replace(/\.\d{3}Z$/, 'Z')}` }
      : {})
  }
  const route: Endpoint =
    filter.workflow !== undefined
      ? 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
      : 'GET /repos/{owner}/{repo}/actions/runs'
  const routeParams =
    filter.workflow !== undefined
      ? {
          ...params,
          workflow_id: /^\d+$/.test(filter.workflow) ? Number(filter.workflow) : filter.workflow
        }
      : params
  return { route, params: routeParams }
}

/**
 * The newest run matching the filter; if none exists yet (a run just dispatched), keeps looking
 * until one appears or the deadline passes. Reads only the first page, conditionally: the list
 * is newest first and a 304 costs nothing.
 */
export async function findNewestRun(
  client: GitHubClient,
  filter: RunFilter,
  options: {
    deadline: Deadline
    intervalMs: number
    clock: Clock
    /** Which of the matching runs (newest first) is the one; default the newest. */
    pick?: (matching: WorkflowRun[]) => WorkflowRun | undefined
  }
): Promise<WorkflowRun | undefined> {
  const { route, params: routeParams } = runListRequest(filter)
  let announced = false
  for (;;) {
    // The first answer tells which filters the server takes: ask again at once with them.
    const sentBefore = JSON.stringify(client.fitParams(route, routeParams))
    try {
      const polled = await client.getConditional<{ workflow_runs?: WorkflowRun[] }>(
        route,
        routeParams
      )
      const runs = polled.data.workflow_runs
      if (!Array.isArray(runs))
        throw new Error('The workflow runs list came back without workflow_runs.')
      const matching = runs.filter(run => matchesFilter(run, filter))
      const found = options.pick ? options.pick(matching) : matching[0]
      if (found) return found
      if (JSON.stringify(client.fitParams(route, routeParams)) !== sentBefore) continue
    } catch (error) {
      if (!isTransient(error)) throw error
      log.warning(`Listing runs failed for now (${describeError(error)}); will try again.`)
    }
    if (!announced) {
      log.info(`No run matches ${describeFilter(filter)} yet; waiting for one to appear.`)
      announced = true
    }
    if (options.deadline.expired()) return undefined
    await options.clock.sleep(Math.min(options.intervalMs, options.deadline.remainingMs()))
  }
}
