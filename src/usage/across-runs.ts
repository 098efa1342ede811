import { isFailed } from '../conclusions.js'
import { SLOWEST_COUNT } from './compute.js'
import { Averages, percentiles } from './stats.js'
import type {
  JobRow,
  JobUsage,
  Percentiles,
  JobAverage,
  RunSummary,
  RunWithJobRows,
  RunsTotals
} from './types.js'

/**
 * The cross-run figures, added one run at a time as its jobs are read: only completed runs count
 * towards durations and the failure rate. What is kept: each run's figures, every job's queue
 * time (for the percentiles), per job name its count, total and longest time, and the jobs
 * without steps only while their JSON fits in `outputLimitBytes` (the `usage` output, which
 * cannot hold more; the usage file has everything).
 */
export class RunsDigest {
  private readonly runs: RunWithJobRows[] = []
  private completedRuns = 0
  private failedRuns = 0
  private readonly conclusions: Record<string, number> = {}
  private jobs = 0
  private totalJobMs = 0
  private readonly durations: number[] = []
  private readonly queueTimes: number[] = []
  private readonly averages = new Averages()
  private outputBytes = 0
  /** True once the runs' jobs, without steps, were found too many for the `usage` output. */
  jobsOverOutputLimit = false

  constructor(private readonly outputLimitBytes: number) {}

  add(run: RunSummary, jobs: readonly JobUsage[]): void {
    const completed = run.status === 'completed'
    if (completed) {
      this.completedRuns++
      if (isFailed(run)) this.failedRuns++
      const key = run.conclusion ?? 'none'
      this.conclusions[key] = (this.conclusions[key] ?? 0) + 1
      if (run.durationMs !== null) this.durations.push(run.durationMs)
    }
    this.jobs += jobs.length
    this.totalJobMs += run.totalJobMs
    for (const job of jobs) {
      if (job.state !== 'queued' && job.queueMs !== null) this.queueTimes.push(job.queueMs)
      const finished = completed && job.state === 'completed'
      if (finished && job.runMs !== null && job.conclusion !== 'skipped') {
        this.averages.add(job.name, job.runMs)
      }
    }
    this.runs.push({ ...run, jobs: this.keptForOutput(jobs) })
  }

  /** The jobs without steps while all of them (a lower bound of the output's size) fit. */
  private keptForOutput(jobs: readonly JobUsage[]): JobRow[] {
    if (this.jobsOverOutputLimit) return []
    const rows = jobs.map(({ steps: _steps, ...row }) => row)
    for (const row of rows) this.outputBytes += Buffer.byteLength(JSON.stringify(row))
    if (this.outputBytes <= this.outputLimitBytes) return rows
    this.jobsOverOutputLimit = true
    for (const [index, kept] of this.runs.entries()) this.runs[index] = { ...kept, jobs: [] }
    return []
  }

  figures(): {
    totals: RunsTotals
    durationMs: Percentiles
    queueMs: Percentiles
    slowestJobsOnAverage: JobAverage[]
    runs: RunWithJobRows[]
  } {
    const { runs, completedRuns, failedRuns } = this
    return {
      totals: {
        runs: runs.length,
        completedRuns,
        inProgressRuns: runs.length - completedRuns,
        failedRuns,
        failureRate: completedRuns > 0 ? failedRuns / completedRuns : null,
        conclusions: this.conclusions,
        jobs: this.jobs,
        totalJobMs: this.totalJobMs
      },
      durationMs: percentiles(this.durations),
      queueMs: percentiles(this.queueTimes),
      slowestJobsOnAverage: this.averages.slowest(SLOWEST_COUNT),
      runs
    }
  }
}
