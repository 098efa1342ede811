import * as log from '../step-log.js'
import type { Clock, Deadline } from '../clock.js'
import { JobsUnavailableError, type GitHubClient } from '../github/client.js'
import {
  OperationError,
  apiMessage,
  describeError,
  httpStatus,
  isRateLimited,
  missingPermission
} from '../github/errors.js'
import type { Job, WorkflowRun } from '../github/types.js'
import type { RerunFailedSettings } from '../settings.js'
import { waitForRunCompletion } from '../polling.js'
import { PollSchedule, pollUntil } from '../poll-loop.js'
import { budgetOf, type OperationDeps } from './types.js'
import { readRun } from './read-run.js'
import { RERUNNABLE_CONCLUSIONS, isRerunnable } from '../conclusions.js'
import { globMatches } from '../glob.js'

/** The new attempt can take a few seconds to show on GET run: read it back this long at most. */
export const READBACK_SECONDS = 60
const READBACK_INTERVAL_MS = 3000

/**
 * What happened: `rerun` started a new attempt; `max-attempts` and `nothing-failed` left the run
 * alone on purpose (the step succeeds); `not-completed` means the run was still going and either
 * `wait` was off or the wait ran out (the step fails).
 */
export type RerunOutcome = 'rerun' | 'max-attempts' | 'nothing-failed' | 'not-completed'

export interface RerunWait {
  readonly timedOut: boolean
  /** The new attempt's jobs as last listed. */
  readonly jobs: Job[]
}

export interface RerunFailedResult {
  readonly operation: 'rerun-failed'
  readonly outcome: RerunOutcome
  /** The run as last read: the new attempt (after waiting, with `wait`), or the run left alone. */
  readonly run: WorkflowRun
  /** The attempt that was looked at: the one whose failed jobs were re-run. */
  readonly previousAttempt: number
  /** The new attempt: read back from the run, or previousAttempt + 1 when the read-back lagged. */
  readonly newAttempt?: number
  /** False when GitHub accepted the re-run but the run did not show the new attempt in time. */
  readonly attemptConfirmed: boolean
  /** How long the new attempt was read back for: READBACK_SECONDS, or less when the budget ran out. */
  readonly readBackSeconds?: number
  /** The job pattern given in `jobs`, when one job was to be re-run. */
  readonly jobPattern?: string
  /** The jobs asked to re-run, as they were in the previous attempt (dependents re-run too). */
  readonly rerunJobs: readonly Job[]
  readonly maxAttempts: number
  readonly enableDebugLogging: boolean
  /** Whether `wait` was set. */
  readonly waitRequested: boolean
  /** Set when the run was still going and the wait for it ran out (outcome not-completed). */
  readonly timedOutBeforeRerun: boolean
  /** Set when the new attempt was waited for. */
  readonly waitForNewAttempt?: RerunWait
  readonly timeoutSeconds: number
  readonly allowedConclusions: readonly string[]
  readonly waitedMs: number
}

interface Context {
  readonly client: GitHubClient
  readonly settings: RerunFailedSettings
  readonly clock: Clock
  readonly deadline: Deadline
  readonly intervalMs: number
  readonly started: number
}

export async function rerunFailed(
  client: GitHubClient,
  settings: RerunFailedSettings,
  deps: OperationDeps
): Promise<RerunFailedResult> {
  const { clock } = deps
  const context: Context = {
    client,
    settings,
    clock,
    // One budget for both waits: the run to complete, then the new attempt.
    deadline: budgetOf(deps, settings),
    intervalMs: settings.pollIntervalSeconds * 1000,
    started: clock.now()
  }
  let run = await readRun(client, settings.runId)
  if (reachedMaxAttempts(run, settings)) return leftAlone(context, run, 'max-attempts')
  if (run.status !== 'completed') {
    if (!settings.wait) return leftAlone(context, run, 'not-completed')
    log.info(`Run ${run.id} is ${run.status}; waiting for it to complete before re-running.`)
    const waited = await waitForRunCompletion(client, run.id, {
      deadline: context.deadline,
      intervalMs: context.intervalMs,
      clock
    })
    run = waited.run
    if (waited.timedOut) return leftAlone(context, run, 'not-completed', true)
    // Someone may have re-run it while we waited.
    if (reachedMaxAttempts(run, settings)) return leftAlone(context, run, 'max-attempts')
  }
  // A run that succeeded has nothing to retry, even if a continue-on-error job failed in it.
  if (run.conclusion === 'success') return leftAlone(context, run, 'nothing-failed')
  const failedJobs = (await listJobsIfListable(client, run, settings)).filter(isRerunnable)
  if (failedJobs.length === 0 && !RERUNNABLE_CONCLUSIONS.includes(run.conclusion ?? '')) {
    return leftAlone(context, run, 'nothing-failed')
  }
  const rerunJobs =
    settings.job === undefined ? failedJobs : [selectJob(run, failedJobs, settings.job)]
  return startRerun(context, run, rerunJobs)
}

async function startRerun(
  context: Context,
  run: WorkflowRun,
  rerunJobs: readonly Job[]
): Promise<RerunFailedResult> {
  const { client, settings } = context
  const previousAttempt = attemptOf(run)
  const sent = await sendRerun(context, run, rerunJobs)
  if (sent === 'nothing-failed') return leftAlone(context, run, 'nothing-failed')
  const readBack = await readNewAttempt(context, run, previousAttempt)
  const newAttempt = readBack.confirmed ? attemptOf(readBack.run) : previousAttempt + 1
  if (readBack.confirmed) {
    log.info(`Run ${run.id} is on attempt ${newAttempt}: ${run.html_url}`)
  } else {
    log.warning(
      `GitHub accepted the re-run of run ${run.id}, but after ${readBack.seconds} seconds it still showed attempt ${previousAttempt}; the new attempt should be ${newAttempt}.`
    )
  }
  const result: RerunFailedResult = {
    ...base(context, readBack.run, 'rerun'),
    previousAttempt,
    newAttempt,
    attemptConfirmed: readBack.confirmed,
    readBackSeconds: readBack.seconds,
    rerunJobs
  }
  // Waiting on an unconfirmed attempt would read the old, completed one and stop at once.
  if (!settings.wait || !readBack.confirmed) return result
  const waited = await waitForRunCompletion(client, run.id, {
    deadline: context.deadline,
    intervalMs: context.intervalMs,
    clock: context.clock,
    trackJobs: true,
    // Only the failed jobs run again: the workflow's whole-run durations would mislead.
    predictEnd: false
  })
  return {
    ...result,
    run: waited.run,
    waitForNewAttempt: { timedOut: waited.timedOut, jobs: waited.jobs },
    waitedMs: context.clock.now() - context.started
  }
}

const RERUN_FAILED_JOBS = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs'
const RERUN_RUN = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun'
const RERUN_JOB = 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun'

/** The run's jobs; where the server cannot list them, none (the run's conclusion decides). */
async function listJobsIfListable(
  client: GitHubClient,
  run: WorkflowRun,
  settings: RerunFailedSettings
): Promise<Job[]> {
  try {
    return await client.listJobs(run.id)
  } catch (error) {
    if (!(error instanceof JobsUnavailableError)) throw error
    if (settings.job !== undefined) {
      throw new OperationError(
        `Input 'jobs' needs the run's jobs, but ${error.message.charAt(0).toLowerCase()}${error.message.slice(1, -1)}; leave 'jobs' empty to re-run the run.`
      )
    }
    client.note(error.message)
    return []
  }
}

/** Where the server has no failed-jobs re-run, the whole run is re-run instead, and said so. */
function rerunWholeRunInstead(client: GitHubClient, run: WorkflowRun): void {
  client.note(
    `${client.capabilities.lacks(RERUN_FAILED_JOBS, 're-running only the failed jobs')} Re-ran the whole run ${run.id} instead (POST …/rerun), so its successful jobs run again too.`
  )
}

/** The POST, sent through `mutate`: after a temporary failure it is resent only if it did not take effect. */
async function sendRerun(
  context: Context,
  run: WorkflowRun,
  rerunJobs: readonly Job[]
): Promise<'sent' | 'nothing-failed'> {
  const { client, settings } = context
  const job = settings.job === undefined ? undefined : rerunJobs[0]
  const label =
    job === undefined
      ? `Re-running the failed jobs of run ${run.id}`
      : `Re-running job ${JSON.stringify(job.name)} of run ${run.id}`
  if (job !== undefined && client.capabilities.has(RERUN_JOB) === false) {
    throw new OperationError(
      `${client.capabilities.lacks(RERUN_JOB, 're-running one job')} Leave 'jobs' empty to re-run the failed jobs.`
    )
  }
  let wholeRun = job === undefined && client.capabilities.has(RERUN_FAILED_JOBS) === false
  const endpoint = job !== undefined ? RERUN_JOB : wholeRun ? RERUN_RUN : RERUN_FAILED_JOBS
  if (settings.enableDebugLogging && !client.accepts(endpoint, 'enable_debug_logging')) {
    client.note(
      `${capitalise(client.capabilities.server)} documents no enable_debug_logging for ${endpoint}, so the re-run was asked for without debug logging.`
    )
  }
  const send = () =>
    job !== undefined
      ? client.rerunJob(job.id, settings.enableDebugLogging)
      : wholeRun
        ? client.rerunRun(run.id, settings.enableDebugLogging)
        : client.rerunFailedJobs(run.id, settings.enableDebugLogging)
  try {
    try {
      await client.mutate(label, send, () => rerunTookEffect(client, run))
    } catch (error) {
      // Probing a server older than every description: a 404 here is the endpoint (the run was
      // read a moment ago), and the whole-run re-run every server has is the fallback.
      if (
        job !== undefined ||
        wholeRun ||
        httpStatus(error) !== 404 ||
        client.capabilities.has(RERUN_FAILED_JOBS) !== undefined
      ) {
        throw error
      }
      wholeRun = true
      await client.mutate(label, send, () => rerunTookEffect(client, run))
    }
    if (wholeRun) rerunWholeRunInstead(client, run)
  } catch (error) {
    // GitHub found no failed job where the jobs list suggested one: nothing to do, as designed.
    if (
      job === undefined &&
      httpStatus(error) === 403 &&
      /no failed jobs/i.test(apiMessage(error))
    ) {
      return 'nothing-failed'
    }
    throw await explainRefusal(client, error, run, job)
  }
  log.info(
    job === undefined
      ? `Asked GitHub to re-run ${rerunJobs.length} failed job(s) of run ${run.id}${debugNote(settings)}.`
      : `Asked GitHub to re-run job ${JSON.stringify(job.name)} of run ${run.id}${debugNote(settings)}.`
  )
  return 'sent'
}

function debugNote(settings: RerunFailedSettings): string {
  return settings.enableDebugLogging ? ' with debug logging' : ''
}

/**
 * Whether a re-run POST that failed in transit reached GitHub. The run was completed before it,
 * so a new attempt number, or a status that is no longer completed (the attempt number can lag
 * behind the status), means a re-run started and must not be requested again.
 */
async function rerunTookEffect(client: GitHubClient, before: WorkflowRun): Promise<boolean> {
  let now: WorkflowRun
  try {
    now = await client.getRun(before.id)
  } catch (error) {
    throw new OperationError(
      `The re-run request for run ${before.id} failed with a temporary error, and whether it took effect could not be checked (${describeError(error)}); look at ${before.html_url} before trying again.`
    )
  }
  return attemptOf(now) > attemptOf(before) || now.status !== 'completed'
}

/**
 * Reads the run until its attempt number has moved past the one re-run, for at most
 * READBACK_SECONDS: the POST answers 201 with no body, and GET run can lag behind it.
 */
async function readNewAttempt(
  context: Context,
  run: WorkflowRun,
  previousAttempt: number
): Promise<{ run: WorkflowRun; confirmed: boolean; seconds: number }> {
  const { client, clock } = context
  // At most READBACK_SECONDS, and never past the operation's budget.
  const window = context.deadline.within(READBACK_SECONDS)
  const seconds = Math.round(window.remainingMs() / 1000)
  let latest = run
  const outcome = await pollUntil<WorkflowRun>(
    async () => {
      const polled = await client.pollRun(run.id)
      latest = polled.data
      if (attemptOf(latest) > previousAttempt) return { done: true, value: latest }
      return { done: false, changed: false }
    },
    {
      clock,
      deadline: window,
      schedule: new PollSchedule(Math.min(READBACK_INTERVAL_MS, context.intervalMs)),
      label: `Reading run ${run.id} back`
    }
  )
  return outcome.done
    ? { run: outcome.value, confirmed: true, seconds }
    : { run: latest, confirmed: false, seconds }
}

/** One job among the failed ones: an exact name first, else a glob that must match exactly one. */
export function selectJob(run: WorkflowRun, failedJobs: readonly Job[], pattern: string): Job {
  const exact = failedJobs.filter(job => job.name === pattern)
  const matches =
    exact.length > 0 ? exact : failedJobs.filter(job => globMatches(pattern, job.name))
  const [only] = matches
  if (only !== undefined && matches.length === 1) return only
  if (matches.length > 1) {
    throw new OperationError(
      `Input 'jobs' (${JSON.stringify(pattern)}) matches ${matches.length} failed jobs of run ${run.id} (${quoteNames(matches)}), but GitHub re-runs one job per request and refuses another while the new attempt runs; name one of them, or leave 'jobs' empty to re-run all failed jobs.`
    )
  }
  if (failedJobs.length === 0) {
    throw new OperationError(
      `Input 'jobs' (${JSON.stringify(pattern)}) matches no failed job of run ${run.id}: it concluded ${run.conclusion ?? 'without a conclusion'} but lists no failed job; leave 'jobs' empty to re-run the failed jobs.`
    )
  }
  throw new OperationError(
    `Input 'jobs' (${JSON.stringify(pattern)}) matches no failed job of run ${run.id}; its failed jobs are: ${quoteNames(failedJobs)}.`
  )
}

function quoteNames(jobs: readonly Job[]): string {
  return jobs.map(job => JSON.stringify(job.name)).join(', ')
}

/**
 * GitHub's wordings of a 403 that may mean the run is going again: "This workflow is already
 * running", "…cannot be retried", and the wording gh prints for a 403, "…workflow file may be broken".
 */
const STILL_GOING_WORDING = /already running|may be broken|cannot be retried/i

/** GitHub's 403 messages for re-runs (as observed), and what to tell the user. */
const KNOWN_REFUSALS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /month ago|too old|retention/i,
    'a run can be re-run only within 30 days of its creation and while its logs are kept'
  ],
  [
    /already running/i,
    'another re-run of it has started since it was read; wait for that attempt instead'
  ],
  [/maximum number of attempts/i, 'GitHub allows at most 50 attempts of a run'],
  [/not accessible by integration|permission/i, "give the job 'permissions: actions: write'"]
]

/** A refused re-run as one sentence that says why and what to do. */
async function explainRefusal(
  client: GitHubClient,
  error: unknown,
  run: WorkflowRun,
  job: Job | undefined
): Promise<unknown> {
  const status = httpStatus(error)
  const what =
    job === undefined
      ? `the failed jobs of run ${run.id}`
      : `job ${JSON.stringify(job.name)} of run ${run.id}`
  const message = apiMessage(error).replace(/\.$/, '')
  if (status === 404) {
    // The run was read a moment ago, so the 404 is the endpoint.
    return new OperationError(
      `GitHub answered 404 to re-running ${what}: this server lacks the ${job === undefined ? 'rerun-failed-jobs' : 'job re-run'} endpoint (older GitHub Enterprise Server versions do).`
    )
  }
  // Anything else (rate limits included) already reads well through describeError.
  if (status !== 403 || isRateLimited(error)) return error
  const said = `GitHub refused to re-run ${what} (403${message ? `: ${message}` : ''})`
  const lacking = missingPermission(error)
  if (lacking !== undefined) return new OperationError(`${said}: ${lacking}.`)
  // GitHub re-runs only a completed run, and its 403 for one that is going again (an attempt
  // started after runctl read it) does not say so plainly: read the run again to tell.
  const now = STILL_GOING_WORDING.test(message)
    ? await client.getRun(run.id).catch(() => undefined)
    : undefined
  if (now !== undefined && now.status !== 'completed') {
    return new OperationError(
      `${said}: run ${run.id} is ${now.status ?? 'not completed'} again (attempt ${attemptOf(now)}), because another re-run started after runctl read it, and GitHub re-runs only a completed run; wait for that attempt to finish ('wait: true' waits for a run still going before re-running).`
    )
  }
  const known = KNOWN_REFUSALS.find(([pattern]) => pattern.test(message))
  if (known) return new OperationError(`${said}: ${known[1]}.`)
  if (job !== undefined) {
    const caller = reusableWorkflowCaller(job)
    const which = caller
      ? ` (this one runs in the workflow called by job ${JSON.stringify(caller)})`
      : ''
    return new OperationError(
      `${said}: GitHub does not re-run a job that calls a reusable workflow, or runs inside one, on its own${which}; leave 'jobs' empty to re-run all failed jobs of the run.`
    )
  }
  return new OperationError(
    `${said}: the token needs 'permissions: actions: write', and the run must be at most 30 days old with fewer than 50 attempts.`
  )
}

/** Jobs of a called reusable workflow are named "<caller job> / <job>". */
function reusableWorkflowCaller(job: Job): string | undefined {
  const separator = job.name.indexOf(' / ')
  return separator > 0 ? job.name.slice(0, separator) : undefined
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function attemptOf(run: WorkflowRun): number {
  return run.run_attempt ?? 1
}

function reachedMaxAttempts(run: WorkflowRun, settings: RerunFailedSettings): boolean {
  return attemptOf(run) >= settings.maxAttempts
}

function base(context: Context, run: WorkflowRun, outcome: RerunOutcome) {
  const { settings } = context
  return {
    operation: 'rerun-failed' as const,
    outcome,
    run,
    jobPattern: settings.job,
    maxAttempts: settings.maxAttempts,
    enableDebugLogging: settings.enableDebugLogging,
    waitRequested: settings.wait,
    timedOutBeforeRerun: false,
    timeoutSeconds: settings.timeoutSeconds,
    allowedConclusions: settings.allowedConclusions,
    waitedMs: context.clock.now() - context.started
  }
}

/** The run was not re-run: the result says why (the presenter decides whether that fails). */
function leftAlone(
  context: Context,
  run: WorkflowRun,
  outcome: Exclude<RerunOutcome, 'rerun'>,
  timedOutBeforeRerun = false
): RerunFailedResult {
  const sentence = {
    'max-attempts': `Run ${run.id} is on attempt ${attemptOf(run)}, which has reached max-attempts (${context.settings.maxAttempts}); not re-running it.`,
    'nothing-failed': `No job of run ${run.id} failed (it concluded ${run.conclusion ?? 'without a conclusion'}); nothing to re-run.`,
    'not-completed': `Run ${run.id} is ${run.status ?? 'not completed'}; not re-running it.`
  }[outcome]
  log.info(sentence)
  return {
    ...base(context, run, outcome),
    previousAttempt: attemptOf(run),
    attemptConfirmed: false,
    rerunJobs: [],
    timedOutBeforeRerun
  }
}
