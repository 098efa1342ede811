import type { JobAverage, Percentiles } from './types.js'

/**
 * Nearest-rank percentile: the smallest value with at least p% of the values at or below it.
 * Always one of the observed values, so a p95 never reports a duration no run actually had.
 */
export function percentile(sortedAscending: readonly number[], p: number): number | null {
  if (sortedAscending.length === 0) return null
  const rank = Math.max(1, Math.ceil((p / 100) * sortedAscending.length))
  return sortedAscending[rank - 1] ?? null
}

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), count: sorted.length }
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

/** The `count` items with the largest key, largest first; items without a key are skipped. */
export function largest<T>(
  items: readonly T[],
  key: (item: T) => number | null,
  count: number
): T[] {
  return items
    .filter(item => key(item) !== null)
    .sort((a, b) => (key(b) ?? 0) - (key(a) ?? 0))
    .slice(0, count)
}

/** Average duration per job name across runs, slowest first (matrix legs count separately). */
export function slowestOnAverage(
  samples: ReadonlyArray<{ name: string; ms: number }>,
  count: number
): JobAverage[] {
  const byName = new Map<string, number[]>()
  for (const { name, ms } of samples) {
    const list = byName.get(name) ?? []
    list.push(ms)
    byName.set(name, list)
  }
  const averages = [...byName].map(([name, values]) => ({
    name,
    runs: values.length,
    averageMs: Math.round(sum(values) / values.length),
    maxMs: Math.max(...values)
  }))
  return averages.sort((a, b) => b.averageMs - a.averageMs).slice(0, count)
}
