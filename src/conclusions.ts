/**
 * What a run's or job's conclusion means, defined once. Two sets, because GitHub itself uses two:
 * - failed: the work ran (or could not start) and did not succeed. A cancelled job did not fail,
 *   it was stopped, so fetch-logs shows no failing step for it and report-usage's failure rate
 *   leaves it out.
 * - re-runnable: what GitHub's "Re-run failed jobs" picks up, which includes cancelled jobs.
 */
import type { Job, JobStep } from './github/types.js'

export const FAILED_CONCLUSIONS: readonly string[] = ['failure', 'timed_out', 'startup_failure']

export const RERUNNABLE_CONCLUSIONS: readonly string[] = [...FAILED_CONCLUSIONS, 'cancelled']

type Concluded = Pick<Job | JobStep, 'conclusion'>

/** A run, job or step that failed (cancelled is not failed). */
export function isFailed(item: Concluded): boolean {
  return FAILED_CONCLUSIONS.includes(item.conclusion ?? '')
}

/** A completed job that GitHub's "Re-run failed jobs" would re-run. */
export function isRerunnable(job: Pick<Job, 'status' | 'conclusion'>): boolean {
  return job.status === 'completed' && RERUNNABLE_CONCLUSIONS.includes(job.conclusion ?? '')
}

/** One icon per conclusion, for summaries and the timeline; ⏳ while not concluded. */
export function conclusionIcon(conclusion: string | null | undefined): string {
  if (conclusion === null || conclusion === undefined) return '⏳'
  if (FAILED_CONCLUSIONS.includes(conclusion)) return '❌'
  switch (conclusion) {
    case 'success':
      return '✅'
    case 'cancelled':
      return '🚫'
    case 'skipped':
      return '⏭️'
    default:
      return '▫️'
  }
}

/**
 * The run conclusions GitHub reports, worst first: the order that decides which of several runs
 * speaks for all of them (wait-for-run with all-runs).
 */
export const CONCLUSIONS_WORST_FIRST = [
  'failure',
  'startup_failure',
  'timed_out',
  'cancelled',
  'action_required',
  'stale',
  'neutral',
  'skipped',
  'success'
] as const

function rank(conclusion: string | null | undefined): number {
  const index = (CONCLUSIONS_WORST_FIRST as readonly string[]).indexOf(conclusion ?? '')
  // An unknown conclusion ranks just after the known failures: never mistaken for success.
  return index === -1 ? 2.5 : index
}

/** The item whose conclusion is worst (the first of equals), or undefined for none. */
export function worstOf<T extends { conclusion: string | null }>(
  items: readonly T[]
): T | undefined {
  return items.reduce<T | undefined>(
    (worst, item) =>
      worst === undefined || rank(item.conclusion) < rank(worst.conclusion) ? item : worst,
    undefined
  )
}
