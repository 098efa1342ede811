import type { JobRow, UsageDigest } from './types.js'

/**
 * Largest `usage` output kept whole (without steps): well under GitHub's 1 MB output limit, and
 * under Linux's 128 KiB cap on one environment variable (MAX_ARG_STRLEN, name included), so
 * `env: USAGE: ${{ steps.usage.outputs.usage }}` still starts the next step's shell.
 */
export const USAGE_OUTPUT_LIMIT_BYTES = 120 * 1024

/** The job without its steps (JSON.stringify drops an undefined property). */
function withoutSteps(job: JobRow): JobRow & { steps: undefined } {
  return { ...job, steps: undefined }
}

/** The report with every job but no steps. */
function stepless(report: UsageDigest): unknown {
  if (report.mode === 'run') {
    return { ...report, truncated: false, jobs: report.jobs.map(withoutSteps) }
  }
  return {
    ...report,
    truncated: false,
    runs: report.runs.map(run => ({ ...run, jobs: run.jobs.map(withoutSteps) }))
  }
}

/** Totals and the slowest jobs only: the per-job (run mode) or per-run (runs mode) list goes. */
function totalsOnly(report: UsageDigest): unknown {
  // undefined properties are dropped by JSON.stringify.
  if (report.mode === 'run') return { ...report, truncated: true, jobs: undefined }
  return { ...report, truncated: true, runs: undefined }
}

/**
 * Whether the jobs alone, without steps, are over the limit: then the whole report is, and
 * it is not built as one string only to be thrown away (5,000 jobs make about 3 MB of it).
 */
function jobsOverLimit(report: UsageDigest, limitBytes: number): boolean {
  const jobs = report.mode === 'run' ? report.jobs : report.runs.flatMap(run => run.jobs)
  let bytes = 0
  for (const job of jobs) {
    bytes += Buffer.byteLength(JSON.stringify(withoutSteps(job)))
    if (bytes > limitBytes) return true
  }
  return false
}

/**
 * The `usage` output: the report without steps when that is comfortably small, else totals and
 * the slowest jobs flagged `truncated: true` (the usage file always has everything).
 * `knownTooLarge`: the caller already found the jobs too many (and dropped them).
 */
export function usageOutput(
  report: UsageDigest,
  limitBytes = USAGE_OUTPUT_LIMIT_BYTES,
  knownTooLarge = false
): string {
  if (!knownTooLarge && !jobsOverLimit(report, limitBytes)) {
    const full = JSON.stringify(stepless(report))
    if (Buffer.byteLength(full) <= limitBytes) return full
  }
  return JSON.stringify(totalsOnly(report))
}
