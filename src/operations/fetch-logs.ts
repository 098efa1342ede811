import * as log from '../step-log.js'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { JobsUnavailableError, type GitHubClient } from '../github/client.js'
import { OperationError, httpStatus } from '../github/errors.js'
import { decideArchiveLag } from '../github/retry-policy.js'
import type { Job, WorkflowRun } from '../github/types.js'
import type { FetchLogsSettings, IfNoLogsFound } from '../settings.js'
import { downloadLog } from '../logs/download.js'
import { prepareLogDir } from '../log-dir.js'
import { extractArchive, type ArchiveEntry } from '../logs/extract.js'
import { ByteBudget, type ArchiveLimits } from '../logs/limits.js'
import { safeFileName } from '../logs/safe-paths.js'
import { LogScanner, scanLog, type LogScan } from '../logs/scan.js'
import type { Deadline } from '../clock.js'
import { isFailed } from '../conclusions.js'
import { failedSteps, selectJobs, type JobSelection } from '../logs/select-jobs.js'
import { entriesOf, mapArchiveToJobs, type JobArchiveFiles } from '../logs/zip-layout.js'
import { budgetOf, type OperationDeps } from './types.js'
import { capitalise } from '../sentences.js'
import { notFound } from './read-run.js'

/** Lines shown for one failure, and what they are. */
export interface LogExcerpt {
  /** A failed step's name, a log section's title, or "end of the job log". */
  readonly label: string
  /** step: the step's own log file; section: split from the job log; tail: the job log's end. */
  readonly kind: 'step' | 'section' | 'tail'
  readonly lines: readonly string[]
}

export interface FailedJobLogs {
  readonly job: Job
  readonly failedSteps: readonly string[]
  readonly excerpts: readonly LogExcerpt[]
}

export interface FetchLogsResult {
  readonly operation: 'fetch-logs'
  readonly run: WorkflowRun
  readonly attempt?: number
  readonly logDir: string
  /** Every file written, absolute paths. */
  readonly files: readonly string[]
  /** The selected jobs that failed, with what to show of each. */
  readonly failedJobs: readonly FailedJobLogs[]
  /** How many jobs were selected for fetching. */
  readonly selectedJobs: number
  /** Sentences about logs that could not be had (in progress, expired). */
  readonly missing: readonly string[]
  readonly failOnMissing: boolean
  /**
   * Set when not one log could be fetched and GitHub answered 404/410 for them (expired,
   * deleted, or a token that cannot see them): the one sentence, failing the step by default.
   */
  readonly noLogs?: string
  readonly ifNoLogsFound: IfNoLogsFound
  readonly tailLines: number
  /** A sentence when there was nothing to fetch (no failed jobs). */
  readonly note?: string
}

/** Where each job's logs ended up on disk. */
interface JobFiles {
  jobLog?: string
  stepLogs: Map<number, string>
  /** The job log, scanned while it was downloaded. */
  scan?: LogScan
}

export async function fetchLogs(
  client: GitHubClient,
  settings: FetchLogsSettings,
  deps: OperationDeps
): Promise<FetchLogsResult> {
  const { runId, attempt } = settings
  // Every log body ends with the operation's one budget, like every API answer.
  const deadline = budgetOf(deps, settings)
  // Before any API call: a log-dir that cannot hold the logs fails now, in one sentence.
  await prepareLogDir(settings.logDir, { deadline: budgetOf(deps, settings) })
  const run = await getRunOrExplain(client, runId, attempt)
  const listed = await listJobsIfListable(client, settings)
  const allJobs = listed ?? []
  // Without a jobs list, the whole archive is the only way to the logs.
  const selection: JobSelection = listed
    ? selectJobs(allJobs, settings.jobs, settings.failedOnly, runId)
    : { jobs: [], everything: true }
  const base = {
    operation: 'fetch-logs' as const,
    run,
    attempt,
    logDir: settings.logDir,
    selectedJobs: selection.jobs.length,
    failOnMissing: settings.failOnMissing,
    ifNoLogsFound: settings.ifNoLogsFound,
    tailLines: settings.tailLines
  }
  if (selection.jobs.length === 0 && listed) {
    const among = settings.jobs.length > 0 ? ' among the jobs matching the jobs input' : ''
    const note =
      run.status === 'completed'
        ? `Run ${runId} has no failed jobs${among}, so there were no logs to fetch.`
        : `Run ${runId} is still ${run.status ?? 'running'} and none of its jobs${among} has failed so far, so there were no logs to fetch.`
    log.info(note)
    return { ...base, files: [], failedJobs: [], missing: [], note }
  }

  const limits: ArchiveLimits = {
    maxBytes: settings.maxLogBytes,
    maxEntries: settings.maxLogEntries,
    maxRatio: settings.maxCompressionRatio
  }
  const what = attempt !== undefined ? `run ${runId} attempt ${attempt}` : `run ${runId}`
  const budget = new ByteBudget(
    limits.maxBytes,
    `Stopped at max-log-bytes: the logs of ${what} inflate to more than ${limits.maxBytes} bytes; raise max-log-bytes or select fewer jobs.`
  )
  const files: string[] = []
  let missing: string[] = []
  /** What GitHub answered for logs it does not have (404/410), and for which. */
  const notFound = { statuses: new Set<number>(), archive: false, jobs: 0 }
  const jobFiles = new Map<number, JobFiles>()
  let perJob = selection.jobs

  if (run.status !== 'completed' && !listed) {
    missing.push(
      `Run ${runId} is still ${run.status ?? 'running'}, and without a jobs list only its archive has logs; fetch them after it completes.`
    )
  } else if (run.status !== 'completed') {
    // Run archives exist only once the run completes; a completed job's own log already does.
    perJob = selection.jobs.filter(job => job.status === 'completed')
    const waiting = selection.jobs.length - perJob.length
    if (perJob.length > 0 && waiting > 0) {
      log.info(
        `Run ${runId} is still ${run.status ?? 'running'}: fetching the logs of its ${perJob.length} completed selected jobs; the other ${waiting} have logs once they complete.`
      )
    }
    if (perJob.length === 0) {
      missing.push(
        `Run ${runId} is still ${run.status ?? 'running'}, so its logs are not available yet; fetch them after it completes.`
      )
    }
  } else {
    const fromArchive = await fetchArchive(client, settings, deps, deadline, {
      what,
      limits,
      budget,
      selection,
      allJobs,
      run
    })
    if (fromArchive.missing !== undefined) {
      missing.push(fromArchive.missing)
      notFound.archive = true
      notFound.statuses.add(fromArchive.status as number)
      // GitHub answers 404 for an expired or deleted archive and for a token that cannot see
      // it; each job's own log may still be there, so those are tried before giving up.
      perJob = selection.jobs
    } else {
      files.push(...fromArchive.files)
      for (const [jobId, found] of fromArchive.jobFiles) jobFiles.set(jobId, found)
      // The archive does not always map to jobs (cli/cli#11172): those use the job endpoint.
      perJob = selection.jobs.filter(job => !jobFiles.has(job.id))
    }
  }

  for (const job of perJob) {
    const file = path.join(settings.logDir, `job-${job.id}-${safeFileName(job.name)}.txt`)
    // A failed job's log is scanned for its excerpts in the same pass as it is written.
    let scanner: LogScanner | undefined
    const scan = isFailed(job) && settings.tailLines > 0
    try {
      await downloadLog(client, { jobId: job.id }, file, {
        onBytes: bytes => budget.take(bytes),
        deadline,
        label: `the log of job ${JSON.stringify(job.name)} (${job.id})`,
        reader: scan
          ? () => {
              const fresh = new LogScanner(settings.tailLines)
              scanner = fresh
              return piece => fresh.write(piece)
            }
          : undefined
      })
      files.push(file)
      jobFiles.set(job.id, { jobLog: file, stepLogs: new Map(), scan: scanner?.end() })
    } catch (error) {
      const status = httpStatus(error)
      if (status !== 404 && status !== 410) throw error
      notFound.statuses.add(status)
      notFound.jobs++
      missing.push(
        `The log of job ${JSON.stringify(job.name)} (${job.id}) is not available (GitHub answered ${status}); job logs expire after the repository's retention period.`
      )
    }
  }

  let noLogs: string | undefined
  if (files.length === 0 && notFound.statuses.size > 0) {
    noLogs = noLogsSentence(what, notFound)
    missing = [noLogs]
    if (settings.ifNoLogsFound === 'warn') log.warning(noLogs)
    else if (settings.ifNoLogsFound === 'ignore') log.info(noLogs)
  } else if (!settings.failOnMissing) {
    for (const sentence of missing) log.warning(sentence)
  }

  const failedJobs: FailedJobLogs[] = []
  for (const job of selection.jobs.filter(isFailed)) {
    const found = jobFiles.get(job.id)
    const excerpts = found ? await excerptsFor(job, found, settings.tailLines) : []
    for (const excerpt of excerpts) {
      log.echoVerbatim(
        `❌ ${job.name} › ${excerpt.label} (last ${excerpt.lines.length} lines)`,
        excerpt.lines
      )
    }
    failedJobs.push({ job, failedSteps: failedSteps(job).map(step => step.name), excerpts })
  }
  log.info(`Wrote ${files.length} log files to ${settings.logDir}.`)
  return { ...base, files, failedJobs, missing, ...(noLogs !== undefined ? { noLogs } : {}) }
}

/** Why not one log could be had, and what to do: one sentence naming every likely cause. */
function noLogsSentence(
  what: string,
  notFound: { statuses: Set<number>; archive: boolean; jobs: number }
): string {
  const asked = [
    ...(notFound.archive ? ['its log archive'] : []),
    ...(notFound.jobs > 0
      ? [
          notFound.jobs === 1
            ? "its selected job's log"
            : `the logs of its ${notFound.jobs} selected jobs`
        ]
      : [])
  ].join(' and ')
  const statuses = [...notFound.statuses].sort().join(' and ')
  return `No logs of ${what} could be fetched (GitHub answered ${statuses} for ${asked}): they expired after the repository's retention period, were deleted, or the token cannot read them (GitHub answers 404 for all three; the token needs 'actions: read' on this repository); set 'if-no-logs-found: warn' to only warn.`
}

/** The run's (or attempt's) jobs; undefined, said once, where the server cannot list them. */
async function listJobsIfListable(
  client: GitHubClient,
  settings: FetchLogsSettings
): Promise<Job[] | undefined> {
  const { runId, attempt } = settings
  try {
    return await client.listJobs(runId, attempt !== undefined ? { attempt } : {})
  } catch (error) {
    if (!(error instanceof JobsUnavailableError)) throw error
    if (settings.jobs.length > 0 || settings.failedOnly) {
      throw new OperationError(
        `${error.message.slice(0, -1)}; fetch-logs cannot pick jobs here, so set 'jobs' empty and 'failed-only: false' to fetch the run's whole log archive.`
      )
    }
    client.note(`${error.message.slice(0, -1)}; fetched the run's whole log archive instead.`)
    return undefined
  }
}

async function getRunOrExplain(
  client: GitHubClient,
  runId: number,
  attempt: number | undefined
): Promise<WorkflowRun> {
  try {
    return attempt !== undefined
      ? await client.getRunAttempt(runId, attempt)
      : await client.getRun(runId)
  } catch (error) {
    if (httpStatus(error) === 404) {
      const which = attempt !== undefined ? `Attempt ${attempt} of run ${runId}` : `Run ${runId}`
      throw notFound(client, which, 'run-id, attempt', error)
    }
    throw error
  }
}

interface ArchiveOutcome {
  readonly files: string[]
  readonly jobFiles: Map<number, JobFiles>
  /** Set when the API says the archive is not there (404/410). */
  readonly missing?: string
  readonly status?: number
}

/**
 * Downloads the run's (or attempt's) log archive to a temporary file, checks every entry, and
 * extracts those of the selected jobs (or all of them) into log-dir. The archive is deleted
 * afterwards; only the extracted logs stay.
 */
async function fetchArchive(
  client: GitHubClient,
  settings: FetchLogsSettings,
  deps: OperationDeps,
  deadline: Deadline,
  context: {
    what: string
    limits: ArchiveLimits
    budget: ByteBudget
    selection: ReturnType<typeof selectJobs>
    allJobs: readonly Job[]
    run: WorkflowRun
  }
): Promise<ArchiveOutcome> {
  const { what, limits, budget, selection, allJobs, run } = context
  const label = `the log archive of ${what}`
  const base = deps.env['RUNNER_TEMP'] || os.tmpdir()
  // The runner creates RUNNER_TEMP, but a self-hosted setup or a local run may not have.
  await fs.promises.mkdir(base, { recursive: true })
  const scratch = await fs.promises.mkdtemp(path.join(base, 'runctl-archive-'))
  try {
    const zipPath = path.join(scratch, 'logs.zip')
    const gone = await downloadArchive(client, settings, deps, deadline, run, zipPath, label)
    if (gone !== undefined) {
      return {
        files: [],
        jobFiles: new Map(),
        status: gone,
        missing: `The logs of ${what} are not available (GitHub answered ${gone}); logs expire after the repository's retention period or may have been deleted.`
      }
    }
    let mapping = new Map<number, JobArchiveFiles>()
    const { written } = await extractArchive(zipPath, {
      root: settings.logDir,
      limits,
      budget,
      label,
      deadline,
      choose: listing => {
        if (listing.refused.length > 0) warnRefused(listing.refused, label)
        // All jobs, not just the selected ones: a name two jobs share maps to neither.
        mapping = mapArchiveToJobs(listing.entries, allJobs)
        const chosen: ArchiveEntry[] = selection.everything
          ? listing.entries
          : selection.jobs.flatMap(job => {
              const found = mapping.get(job.id)
              return found ? entriesOf(found) : []
            })
        const declared = chosen.reduce((sum, entry) => sum + entry.declaredSize, 0)
        if (declared > limits.maxBytes) {
          throw new OperationError(
            `The logs of ${what} would inflate to ${declared} bytes, more than max-log-bytes (${limits.maxBytes} bytes); nothing was extracted.`
          )
        }
        return chosen
      }
    })
    const jobFiles = new Map<number, JobFiles>()
    for (const [jobId, found] of mapping) {
      const jobLog = found.jobLog && written.get(found.jobLog.index)
      if (jobLog === undefined) continue
      const stepLogs = new Map<number, string>()
      for (const [number, entry] of found.stepLogs) {
        const file = written.get(entry.index)
        if (file !== undefined) stepLogs.set(number, file)
      }
      jobFiles.set(jobId, { jobLog, stepLogs })
    }
    return { files: [...written.values()], jobFiles }
  } finally {
    await fs.promises.rm(scratch, { recursive: true, force: true })
  }
}

/**
 * Downloads the archive, or returns the status (404/410) when the API says there is none. Right
 * after a run completes its archive can lag a little, so a fresh run is asked again.
 */
async function downloadArchive(
  client: GitHubClient,
  settings: FetchLogsSettings,
  deps: OperationDeps,
  deadline: Deadline,
  run: WorkflowRun,
  zipPath: string,
  label: string
): Promise<number | undefined> {
  // How long ago the run completed when runctl first asked, on GitHub's clock as updated_at is.
  const sinceCompletedMs =
    client.serverClock.toServer(deps.clock.now()) - Date.parse(run.updated_at)
  for (let attempt = 0; ; attempt++) {
    let archiveBytes = 0
    try {
      await downloadLog(client, { runId: settings.runId, attempt: settings.attempt }, zipPath, {
        label,
        deadline,
        onBytes: bytes => {
          archiveBytes += bytes
          if (archiveBytes > settings.maxLogBytes) {
            throw new OperationError(
              `${capitalise(label)} is larger than max-log-bytes (${settings.maxLogBytes} bytes); raise max-log-bytes to fetch it.`
            )
          }
        }
      })
      return undefined
    } catch (error) {
      const status = httpStatus(error)
      if (status !== 404 && status !== 410) throw error
      // A just-completed run's archive can lag: asking again is the retry policy's to say.
      const decision = decideArchiveLag(
        { status, sinceCompletedMs, label: capitalise(label) },
        attempt,
        {
          leftMs: deadline.remainingMs()
        }
      )
      if (decision.kind !== 'retry') return status
      log.debug(decision.warning)
      await deps.clock.sleep(decision.waitSeconds * 1000)
    }
  }
}

/** One warning for all refused entries: how many, why, and one name (quoted, escaped). */
function warnRefused(refused: readonly { name: string; reason: string }[], label: string): void {
  const reasons = [...new Set(refused.map(entry => entry.reason))].join(', ')
  const first = JSON.stringify((refused[0] as { name: string }).name)
  const count = refused.length === 1 ? '1 unsafe entry' : `${refused.length} unsafe entries`
  log.warning(
    `Refused ${count} in ${label} (${reasons}), for example ${first}; nothing was written for them.`
  )
}

/**
 * What to show of a failed job: the last lines of each failed step's own log where the archive
 * has one; else of each "##[group]" section of the job log that holds an "##[error]"; else the
 * end of the job log.
 */
async function excerptsFor(job: Job, found: JobFiles, tailLines: number): Promise<LogExcerpt[]> {
  if (tailLines === 0) return []
  const steps = failedSteps(job)
  const fromSteps: LogExcerpt[] = []
  for (const step of steps) {
    const file = found.stepLogs.get(step.number)
    if (file === undefined) continue
    fromSteps.push({ label: step.name, kind: 'step', lines: (await scanLog(file, tailLines)).tail })
  }
  if (fromSteps.length > 0 || found.jobLog === undefined) return fromSteps
  const scan = found.scan ?? (await scanLog(found.jobLog, tailLines))
  if (scan.failingSections.length > 0) {
    const onlyStep = steps.length === 1 && scan.failingSections.length === 1 ? steps[0] : undefined
    return scan.failingSections.map(section => ({
      label: onlyStep?.name ?? (section.title || 'log section'),
      kind: 'section' as const,
      lines: section.lines
    }))
  }
  return [{ label: 'end of the job log', kind: 'tail', lines: scan.tail }]
}
