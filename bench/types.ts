/**
 * The contract between `bench/run.ts` (one runner, one table) and the scenario modules.
 * A benchmark is not a test: it asserts nothing about absolute times. Every figure for runctl
 * sits beside the simplest alternative measured in the same run, as a ratio.
 */
export interface BenchRow {
  /** e.g. "wait, 30 s run" or "fetch-logs, 256 MiB archive". */
  readonly scenario: string
  /** Who did the work: "runctl", "curl + unzip", "naive 10 s poller", … */
  readonly subject: string
  /** True for the alternative the ratios of this scenario are computed against. */
  readonly baseline?: boolean
  /**
   * True for a row that measures only the server (e.g. its download into curl -o /dev/null):
   * bench/run.ts checks that it is faster than every other row of its scenario, or else says the
   * scenario measured the server.
   */
  readonly serverFloor?: boolean
  /** Named figures, e.g. { 'time s': 8.7, 'peak RSS MiB': 10, requests: 9, 'p50 notice s': 3.2 }. */
  readonly figures: Readonly<Record<string, number>>
}

export interface BenchContext {
  /** Trials per scenario where a scenario repeats (default 5; BENCH_TRIALS overrides). */
  readonly trials: number
  /** Scenario names to run (substring match on BenchRow.scenario's prefix); empty means all. */
  readonly only: readonly string[]
  /** Progress lines to stderr. */
  log(line: string): void
}

/** A scenario module exports one of these as `default`. */
export type BenchSuite = (context: BenchContext) => Promise<BenchRow[]>
