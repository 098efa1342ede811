import * as log from './step-log.js'
import type { Clock, Deadline } from './clock.js'
import type { GitHubClient } from './github/client.js'
import type { Endpoint } from './github/capabilities.js'
import { runMatchesFilter } from './github/run-filter.js'
import type { WorkflowRun } from './github/types.js'
import { PollSchedule, formatDuration, pollUntil } from './poll-loop.js'
import type { RunFilter } from './settings.js'

export function describeFilter(filter: RunFilter): string {
  const parts = [
    filter.workflow !== undefined ? `workflow ${filter.workflow}` : 'any workflow',
    filter.branch !== undefined ? `branch ${filter.branch}` : undefined,
    filter.headSha !== undefined ? `commit ${filter.headSha}` : undefined,
    filter.event !== undefined ? `event ${filter.event}` : undefined,
    filter.actor !== undefined ? `by ${filter.actor}` : undefined,
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
    ...(filter.actor !== undefined ? { actor: filter.actor } : {}),
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

export interface FindOptions {
  readonly deadline: Deadline
  /** The longest time between two listings (poll-interval-seconds). */
  readonly intervalMs: number
  readonly clock: Clock
  /** Which of the matching runs (newest first) is the one; default the newest. */
  readonly pick?: (matching: WorkflowRun[]) => WorkflowRun | undefined
  /** Filled with the runs of the last listing: their durations can predict the found run's end. */
  readonly listed?: WorkflowRun[]
}

/**
 * The newest run matching the filter; if none exists yet (a run just dispatched), keeps looking,
 * from 1 s apart and backing off, until one appears or the deadline passes. Reads only the first
 * page, conditionally: the list is newest first and a 304 costs nothing.
 */
export async function findNewestRun(
  client: GitHubClient,
  filter: RunFilter,
  options: FindOptions
): Promise<WorkflowRun | undefined> {
  const { route, params: routeParams } = runListRequest(filter)
  let announced = false
  const outcome = await pollUntil<WorkflowRun>(
    async () => {
      const list = async () => {
        const polled = await client.getConditional<{ workflow_runs?: WorkflowRun[] }>(
          route,
          routeParams
        )
        const runs = polled.data.workflow_runs
        if (!Array.isArray(runs))
          throw new Error('The workflow runs list came back without workflow_runs.')
        options.listed?.splice(0, options.listed.length, ...runs)
        const matching = runs.filter(run => matchesFilter(run, filter))
        return { polled, found: options.pick ? options.pick(matching) : matching[0] }
      }
      const sentBefore = JSON.stringify(client.fitParams(route, routeParams))
      let { polled, found } = await list()
      // The first answer told which filters the server takes: ask again at once with them.
      if (!found && JSON.stringify(client.fitParams(route, routeParams)) !== sentBefore) {
        ;({ polled, found } = await list())
      }
      if (found) return { done: true, value: found }
      if (!announced) {
        log.info(`No run matches ${describeFilter(filter)} yet; waiting for one to appear.`)
        announced = true
      }
      return { done: false, changed: !polled.notModified }
    },
    {
      clock: options.clock,
      deadline: options.deadline,
      schedule: new PollSchedule(options.intervalMs),
      label: 'Listing runs',
      onHeartbeat: async silentForMs => {
        log.info(
          `Still no run matches ${describeFilter(filter)} after ${formatDuration(silentForMs)}.`
        )
      }
    }
  )
  return outcome.done ? outcome.value : undefined
}
