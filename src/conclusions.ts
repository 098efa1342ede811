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
