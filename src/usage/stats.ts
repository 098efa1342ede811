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

/**
 * The `count` items with the largest key, largest first, equal keys in the order they were
 * added; items without a key are skipped. Holds only `count` items however many are added:
 * the same as sorting them all (a stable sort) and keeping the first `count`.
 */
export class Largest<T> {
  private readonly kept: { item: T; key: number }[] = []

  constructor(
    private readonly count: number,
    private readonly keyOf: (item: T) => number | null
  ) {}

  add(item: T): void {
    const key = this.keyOf(item)
    if (key === null) return
    // After every kept item with an equal or larger key.
    let at = this.kept.length
    while (at > 0 && (this.kept[at - 1]?.key ?? 0) < key) at--
    if (at >= this.count) return
    this.kept.splice(at, 0, { item, key })
    if (this.kept.length > this.count) this.kept.pop()
  }

  items(): T[] {
    return this.kept.map(entry => entry.item)
  }
}

/** The `count` items with the largest key, largest first; items without a key are skipped. */
export function largest<T>(
  items: readonly T[],
  key: (item: T) => number | null,
  count: number
): T[] {
  const top = new Largest(count, key)
  for (const item of items) top.add(item)
  return top.items()
}

/**
 * Average duration per job name, added one sample at a time: per name only its count, sum and
 * maximum are kept.
 */
export class Averages {
  private readonly byName = new Map<string, { runs: number; totalMs: number; maxMs: number }>()

  add(name: string, ms: number): void {
    const seen = this.byName.get(name)
    if (seen === undefined) {
      this.byName.set(name, { runs: 1, totalMs: ms, maxMs: ms })
      return
    }
    seen.runs++
    seen.totalMs += ms
    seen.maxMs = Math.max(seen.maxMs, ms)
  }

  /** Slowest first; equal averages in the order their names were first added. */
  slowest(count: number): JobAverage[] {
    const averages = [...this.byName].map(([name, { runs, totalMs, maxMs }]) => ({
      name,
      runs,
      averageMs: Math.round(totalMs / runs),
      maxMs
    }))
    return averages.sort((a, b) => b.averageMs - a.averageMs).slice(0, count)
  }
}

/** Average duration per job name across runs, slowest first (matrix legs count separately). */
export function slowestOnAverage(
  samples: ReadonlyArray<{ name: string; ms: number }>,
  count: number
): JobAverage[] {
  const averages = new Averages()
  for (const { name, ms } of samples) averages.add(name, ms)
  return averages.slowest(count)
}
