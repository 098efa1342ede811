import * as log from '../step-log.js'
import type { GitHubClient } from '../github/client.js'
import { describeError, httpStatus, isRateLimited } from '../github/errors.js'
import type { Billable } from './types.js'

const TIMING = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing'

export const BILLABLE_UNAVAILABLE = 'billable time not available from this server'

/** Statuses meaning "this server has no timing endpoint (any more)": GHES, and GitHub retiring it. */
const ENDPOINT_MISSING = [403, 404, 410]

export interface BillableFigures {
  readonly billable: Billable
  /** Billable ms per job id, where the answer lists job_runs. */
  readonly perJob: ReadonlyMap<number, number>
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/**
 * Reads GET …/timing defensively: `billable` maps an OS to `total_ms` and optionally `job_runs`
 * ({job_id, duration_ms}). An answer without `billable` is treated as "not available".
 */
export function parseTiming(data: unknown): BillableFigures {
  const billable = isRecord(data) ? data['billable'] : undefined
  if (!isRecord(billable)) {
    return { billable: { available: false, reason: BILLABLE_UNAVAILABLE }, perJob: new Map() }
  }
  const byOs: Record<string, number> = {}
  const perJob = new Map<number, number>()
  for (const [os, entry] of Object.entries(billable)) {
    if (!isRecord(entry)) continue
    byOs[os] = finiteNumber(entry['total_ms']) ?? 0
    const jobRuns = Array.isArray(entry['job_runs']) ? entry['job_runs'] : []
    for (const jobRun of jobRuns) {
      const id = isRecord(jobRun) ? finiteNumber(jobRun['job_id']) : undefined
      const ms = isRecord(jobRun) ? finiteNumber(jobRun['duration_ms']) : undefined
      if (id !== undefined && ms !== undefined) perJob.set(id, (perJob.get(id) ?? 0) + ms)
    }
  }
  const totalMs = Object.values(byOs).reduce((total, ms) => total + ms, 0)
  return { billable: { available: true, totalMs, byOs }, perJob }
}

function unavailableReason(error: unknown): string {
  if (isRateLimited(error)) return `${BILLABLE_UNAVAILABLE}: the API rate limit is exhausted`
  if (ENDPOINT_MISSING.includes(httpStatus(error) ?? 0)) return BILLABLE_UNAVAILABLE
  return `${BILLABLE_UNAVAILABLE}: ${describeError(error)}`
}

/**
 * Billable time, best effort: GitHub is retiring the timing endpoint and GitHub Enterprise
 * Server lacks it, so any failure here becomes a sentence in the report, never a failed step.
 */
export async function fetchBillable(client: GitHubClient, runId: number): Promise<BillableFigures> {
  // Servers whose description lacks timing (GHES) are not asked: the report says so instead.
  if (client.capabilities.has(TIMING) === false) {
    log.info(`Billable time: ${client.capabilities.lacks(TIMING, 'billable time')}`)
    return { billable: { available: false, reason: BILLABLE_UNAVAILABLE }, perJob: new Map() }
  }
  try {
    return parseTiming(await client.getTiming(runId))
  } catch (error) {
    const reason = unavailableReason(error)
    log.info(`Billable time: ${reason}`)
    return { billable: { available: false, reason }, perJob: new Map() }
  }
}
