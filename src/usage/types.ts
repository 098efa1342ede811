/**
 * The usage file's schema (schemaVersion 1), documented in docs/usage-file.md. Every duration is
 * in milliseconds; every time is the API's ISO 8601 string; a figure that cannot be known is null
 * (never 0), so "no data" and "took no time" stay distinguishable.
 */

/** completed: has finished; running: started, not finished; queued: not started yet. */
export type UsageState = 'completed' | 'running' | 'queued'

export interface StepUsage {
  readonly number: number
  readonly name: string
  readonly status: string
  readonly conclusion: string | null
  readonly state: UsageState
  readonly startedAt: string | null
  readonly completedAt: string | null
  /** started → completed, or started → now while running (time so far). */
  readonly durationMs: number | null
}

export interface JobUsage {
  readonly id: number
  readonly name: string
  readonly attempt: number
  readonly url: string | null
  readonly status: string
  readonly conclusion: string | null
  readonly state: UsageState
  /** Missing on older GitHub Enterprise Server, which does not report when a job was queued. */
  readonly createdAt: string | null
  readonly startedAt: string | null
  readonly completedAt: string | null
  /** created → started (or → now while queued); null without createdAt. */
  readonly queueMs: number | null
  /** started → completed (or → now while running); null until started. */
  readonly runMs: number | null
  readonly labels: readonly string[]
  readonly runnerName: string | null
  readonly runnerGroup: string | null
  /** The job's billable time when the timing endpoint lists it. */
  readonly billableMs: number | null
  readonly steps: readonly StepUsage[]
}

export type Billable =
  | {
      readonly available: true
      readonly totalMs: number
      /** Per runner OS as GitHub reports it (UBUNTU, MACOS, WINDOWS). */
      readonly byOs: Readonly<Record<string, number>>
    }
  | { readonly available: false; readonly reason: string }

export interface RunInfo {
  readonly id: number
  readonly name: string | null
  readonly title: string | null
  readonly number: number | null
  readonly url: string
  readonly attempt: number
  readonly status: string | null
  readonly conclusion: string | null
  readonly event: string
  readonly branch: string | null
  readonly headSha: string
  readonly createdAt: string
  readonly startedAt: string | null
  readonly updatedAt: string
}

export interface JobRef {
  readonly id: number
  readonly name: string
  readonly attempt: number
  readonly url: string | null
  readonly state: UsageState
  readonly conclusion: string | null
  readonly runMs: number | null
  readonly queueMs: number | null
}

export interface StepRef {
  readonly jobId: number
  readonly jobName: string
  readonly attempt: number
  readonly number: number
  readonly name: string
  readonly state: UsageState
  readonly conclusion: string | null
  readonly durationMs: number
}

export interface RunTotals {
  /** From the run (attempt) start to its last job's end, or to now while anything runs. */
  readonly wallMs: number | null
  /** Sum of the jobs' run times (time so far for running jobs); queue time not included. */
  readonly totalJobMs: number
  readonly jobs: number
  readonly completedJobs: number
  readonly runningJobs: number
  readonly queuedJobs: number
  readonly steps: number
  /** True when the report was taken while the run was still going. */
  readonly inProgress: boolean
}

export interface RunUsageReport {
  readonly schemaVersion: 1
  readonly mode: 'run'
  readonly generatedAt: string
  readonly repository: string
  /** API requests this report made (retries included). */
  readonly requests: number
  readonly run: RunInfo
  /** The one attempt reported on, or null for all attempts. */
  readonly attempt: number | null
  readonly totals: RunTotals
  readonly billable: Billable
  readonly slowestJobs: readonly JobRef[]
  readonly slowestSteps: readonly StepRef[]
  readonly jobs: readonly JobUsage[]
}

export interface Percentiles {
  readonly p50: number | null
  readonly p95: number | null
  /** How many values they were computed from. */
  readonly count: number
}

export interface JobAverage {
  readonly name: string
  readonly runs: number
  readonly averageMs: number
  readonly maxMs: number
}

export interface RunSummary extends RunInfo {
  /** run start → last update, for completed runs; null while in progress. */
  readonly durationMs: number | null
  readonly totalJobMs: number
  readonly jobCount: number
}

export interface RunWithJobs extends RunSummary {
  readonly jobs: readonly JobUsage[]
}

export interface RunsTotals {
  readonly runs: number
  readonly completedRuns: number
  readonly inProgressRuns: number
  /** Completed runs that concluded failure, timed_out or startup_failure. */
  readonly failedRuns: number
  /** failedRuns / completedRuns, 0..1; null with no completed run. */
  readonly failureRate: number | null
  readonly conclusions: Readonly<Record<string, number>>
  readonly jobs: number
  readonly totalJobMs: number
}

export interface RunsUsageReport {
  readonly schemaVersion: 1
  readonly mode: 'runs'
  readonly generatedAt: string
  readonly repository: string
  readonly requests: number
  readonly filter: {
    readonly workflow: string
    readonly branch: string | null
    readonly created: string | null
    readonly maxRuns: number
  }
  readonly totals: RunsTotals
  /** Of completed runs. */
  readonly durationMs: Percentiles
  /** Of jobs' queue times (created → started), across all runs. */
  readonly queueMs: Percentiles
  readonly slowestJobsOnAverage: readonly JobAverage[]
  readonly runs: readonly RunWithJobs[]
}

export type UsageReport = RunUsageReport | RunsUsageReport

/** A job without its steps: what report-usage keeps of each job once it is in the usage file. */
export type JobRow = Omit<JobUsage, 'steps'>

/** The report of one run as kept in memory: every job without its steps (the file has them). */
export interface RunUsageDigest extends Omit<RunUsageReport, 'jobs'> {
  readonly jobs: readonly JobRow[]
}

export interface RunWithJobRows extends RunSummary {
  readonly jobs: readonly JobRow[]
}

/**
 * The report across runs as kept in memory: each run's figures, and its jobs without steps only
 * while they are few enough for the `usage` output.
 */
export interface RunsUsageDigest extends Omit<RunsUsageReport, 'runs'> {
  readonly runs: readonly RunWithJobRows[]
}

export type UsageDigest = RunUsageDigest | RunsUsageDigest
