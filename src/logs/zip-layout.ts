import type { Job } from '../github/types.js'
import type { ArchiveEntry } from './extract.js'

/** Where one job's logs sit in a run's log archive, when they can be told apart. */
export interface JobArchiveFiles {
  /** The whole job's log: a top-level "<n>_<job name>.txt". */
  readonly jobLog?: ArchiveEntry
  /** Per-step logs, "<job name>/<step number>_<step name>.txt", by step number. */
  readonly stepLogs: ReadonlyMap<number, ArchiveEntry>
}

/** GitHub's server truncates job names to 90 UTF-16 code units (cli/cli pkg/cmd/run/view/logs.go). */
const JOB_NAME_MAX_LENGTH = 90

/**
 * The job name as the archive spells it: characters a file name cannot hold removed ("/" and
 * ":" for certain, as in "build / test"; the rest of Windows' invalid set to be safe), cut to 90
 * UTF-16 units and trimmed. JavaScript strings are UTF-16, like the server's C#, so slice()
 * cuts exactly where the server does. A guess that misses only costs a per-job download.
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_FILE_NAMES = /[/\\:*?"<>|\u0000-\u001f]/g

export function archiveJobName(jobName: string): string {
  return jobName.replace(NOT_IN_FILE_NAMES, '').slice(0, JOB_NAME_MAX_LENGTH).trim()
}

const TOP_LEVEL_JOB_LOG = /^(-?)\d+_(.+)\.txt$/
const STEP_LOG = /^([^/]+)\/(\d+)_[^/]*\.txt$/

/**
 * Matches archive entries to jobs. A job whose archive name is shared with another job is left
 * out (its files cannot be told apart), as is a job without a top-level log: both fall back to the
 * per-job log endpoint. The archive layout is not documented and has changed before (cli/cli#11172).
 */
export function mapArchiveToJobs(
  entries: readonly ArchiveEntry[],
  jobs: readonly Job[]
): Map<number, JobArchiveFiles> {
  const jobLogs = new Map<string, ArchiveEntry[]>()
  const stepLogs = new Map<string, Map<number, ArchiveEntry>>()
  for (const entry of entries) {
    if (entry.isDirectory) continue
    const top = TOP_LEVEL_JOB_LOG.exec(entry.name)
    if (top && !entry.name.includes('/')) {
      const list = jobLogs.get(top[2] as string) ?? []
      // Newer servers number files 0, 1, …; a negative prefix is the legacy service's copy.
      if (top[1] === '-') list.push(entry)
      else list.unshift(entry)
      jobLogs.set(top[2] as string, list)
      continue
    }
    const step = STEP_LOG.exec(entry.name)
    if (step) {
      const steps = stepLogs.get(step[1] as string) ?? new Map<number, ArchiveEntry>()
      steps.set(Number(step[2]), entry)
      stepLogs.set(step[1] as string, steps)
    }
  }
  const nameCounts = new Map<string, number>()
  for (const job of jobs) {
    const name = archiveJobName(job.name)
    nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1)
  }
  const mapped = new Map<number, JobArchiveFiles>()
  for (const job of jobs) {
    const name = archiveJobName(job.name)
    if (nameCounts.get(name) !== 1) continue
    const jobLog = jobLogs.get(name)?.[0]
    const steps = stepLogs.get(name) ?? new Map<number, ArchiveEntry>()
    // The job's own log is what every display falls back to; without it, use the endpoint.
    if (jobLog === undefined) continue
    mapped.set(job.id, { jobLog, stepLogs: steps })
  }
  return mapped
}

/** Every entry that belongs to a mapped job: its job log, its step logs and their folder. */
export function entriesOf(files: JobArchiveFiles): ArchiveEntry[] {
  return [...(files.jobLog ? [files.jobLog] : []), ...files.stepLogs.values()]
}
