/**
 * wait-for-checks: waits for the check runs (any GitHub App) and commit statuses of a commit.
 *
 * Each poll reads two lists, each over all its pages and each page conditionally (a 304 is
 * free): `GET …/commits/{ref}/check-runs?filter=all` and the combined status
 * `GET …/commits/{ref}/status`. `filter=all` because GitHub's default (`latest`) keeps one check
 * run per name *per check suite* only and hides siblings of the same name; which one counts is
 * decided here (see `countedChecks`).
 */
import { CHECKS_SETTLE_MAX_MS, CHECKS_SETTLE_POLLS } from '../constants.js'
import {
  checkRunsOf,
  pollCheckSuites,
  requiredChecksOf,
  suiteOfRun,
  type CheckSuite,
  type RequiredCheck
} from '../github/checks-api.js'
import type { GitHubClient } from '../github/client.js'
import { OperationError, httpStatus, isRateLimited } from '../github/errors.js'
import type { CheckRun, CommitStatus } from '../github/types.js'
import { globMatches } from '../glob.js'
import { PollSchedule, formatDuration, pollUntil, type EndEstimate } from '../poll-loop.js'
import type { WaitForChecksSettings } from '../settings.js'
import * as log from '../step-log.js'
import { budgetOf, type OperationDeps } from './types.js'

/** One check as it counts: the newest check run of its name and app, or a status context. */
export interface CheckState {
  readonly name: string
  /** The app's slug (`github-actions`, `vercel`…), or `status` for a commit status. */
  readonly source: string
  /** The app's id (check runs only): a required check may name the app it must come from. */
  readonly appId?: number
  readonly completed: boolean
  /** GitHub's check-run conclusion; a status maps success → success, failure/error → failure. */
  readonly conclusion: string | null
  readonly url: string
  /** Check runs of the same name and app it replaced (re-runs), or that still run beside it. */
  readonly others: number
  /** When it completed, on GitHub's clock (epoch ms); undefined while running or unknown. */
  readonly completedAt?: number
  /** When it started, on GitHub's clock (check runs only). */
  readonly startedAt?: number
  /** The check suite of the check run that counts (check runs only). */
  readonly suiteId?: number
}

export interface WaitForChecksResult {
  readonly operation: 'wait-for-checks'
  readonly ref: string
  /** Every check that counts, sorted by name then source. */
  readonly checks: CheckState[]
  /** Names without glob characters that never appeared. */
  readonly missing: string[]
  /** Checks the branch requires that never appeared (required-checks), as "name" or "name" (app id N). */
  readonly missingRequired?: string[]
  /** required-checks: the branch whose rules counted. */
  readonly requiredBranch?: string
  /** Check suites still queued or in progress at the end (jobs still to come). */
  readonly suitesComing?: number
  /** True when nothing at all matched by the end. */
  readonly none: boolean
  readonly timedOut: boolean
  /** fail-fast ended the wait at a failure. */
  readonly endedEarly: boolean
  /** Check runs of this workflow run, left out. */
  readonly ownLeftOut: number
  readonly timeoutSeconds: number
  readonly waitedMs: number
  readonly allowedConclusions: readonly string[]
  /** What was asked for, for messages. */
  readonly patterns: readonly string[]
}

const GLOB_CHARACTERS = /[*?]/

/** A pattern without glob characters names a check that must appear. */
export function isRequiredName(pattern: string): boolean {
  return !GLOB_CHARACTERS.test(pattern)
}

/** This workflow run, whose check runs the gate leaves out (it would otherwise wait for itself). */
export interface OwnRun {
  /** GITHUB_RUN_ID, when the ref's repository is the one this step runs in. */
  readonly runId?: number
  /** That run's check suite (`check_suite_id`): every job of the run is a check run in it. */
  readonly suiteId?: number
}

/**
 * Whether a check run belongs to the workflow run this step runs in. By id: a GitHub Actions job
 * is a check run in its run's check suite, so the run's `check_suite_id` names them all on any
 * server. Only when that is unknown (the run could not be read) or the check run does not say its
 * suite: by URL, `…/actions/runs/{run_id}/job/{job_id}`, which not every server gives.
 */
export function isOwnCheckRun(check: CheckRun, own: OwnRun): boolean {
  const suite = check.check_suite?.id
  if (own.suiteId !== undefined && typeof suite === 'number') return suite === own.suiteId
  if (own.runId === undefined || check.app?.slug !== 'github-actions') return false
  const marker = `/actions/runs/${own.runId}/job/`
  return [check.details_url, check.html_url].some(
    url => typeof url === 'string' && url.includes(marker)
  )
}

function timeOf(text: string | null | undefined): number | undefined {
  const time = Date.parse(text ?? '')
  return Number.isFinite(time) ? time : undefined
}

function order(check: CheckRun, running: boolean): number {
  const time = Date.parse((running ? check.started_at : check.completed_at) ?? '')
  return Number.isFinite(time) ? time : 0
}

/** Status states as conclusions: failure and error fail; pending is still running. */
export function statusConclusion(state: string): string | null {
  if (state === 'success') return 'success'
  if (state === 'failure' || state === 'error') return 'failure'
  return null
}

export interface Selection extends OwnRun {
  readonly patterns: readonly string[]
  readonly ignore: readonly string[]
  /** required-checks: the checks the branch requires (always counted, never ignored). */
  readonly required?: readonly RequiredCheck[]
}

/** Whether a check is one the branch requires: its name, and its app when the rule names one. */
export function meetsRequirement(check: CheckState, required: RequiredCheck): boolean {
  return (
    check.name === required.context &&
    (required.appId === undefined || required.appId === check.appId)
  )
}

/**
 * The checks that count. Check runs: those of this workflow run left out; then, per name and
 * app, one: in progress while any check run of that name and app runs (a re-run in progress, or
 * a sibling a service reports under the same name), else the one that completed last (a re-run
 * replaces the failure it re-ran). Statuses: the newest per context. Then `ignore` globs out, and only
 * names matching `patterns` in (all when empty and nothing is required); required checks always in.
 */
export function countedChecks(
  checkRuns: readonly CheckRun[],
  statuses: readonly CommitStatus[],
  selection: Selection
): { checks: CheckState[]; ownLeftOut: number } {
  let ownLeftOut = 0
  const groups = new Map<string, CheckRun[]>()
  for (const check of checkRuns) {
    if (isOwnCheckRun(check, selection)) {
      ownLeftOut++
      continue
    }
    const source = check.app?.slug ?? String(check.app?.id ?? 'unknown app')
    const key = JSON.stringify([check.name, source])
    groups.set(key, [...(groups.get(key) ?? []), check])
  }
  const checks: CheckState[] = []
  for (const group of groups.values()) {
    const running = group.some(check => check.status !== 'completed')
    // All completed: the one that completed last (a re-run completes after what it re-ran; of
    // siblings, the last word, as GitHub's pull request page shows). Else the one started last.
    const newest = group.reduce((a, b) =>
      order(b, running) > order(a, running) ||
      (order(b, running) === order(a, running) && b.id > a.id)
        ? b
        : a
    )
    checks.push({
      name: newest.name,
      source: newest.app?.slug ?? String(newest.app?.id ?? 'unknown app'),
      ...(typeof newest.app?.id === 'number' ? { appId: newest.app.id } : {}),
      completed: !running,
      conclusion: running ? null : newest.conclusion,
      url: newest.html_url || newest.details_url || '',
      others: group.length - 1,
      completedAt: running ? undefined : timeOf(newest.completed_at),
      startedAt: timeOf(newest.started_at),
      ...(typeof newest.check_suite?.id === 'number' ? { suiteId: newest.check_suite.id } : {})
    })
  }
  const contexts = new Map<string, CommitStatus>()
  for (const status of statuses) {
    const known = contexts.get(status.context)
    const newer =
      !known ||
      Date.parse(status.updated_at ?? '') > Date.parse(known.updated_at ?? '') ||
      (status.updated_at === known.updated_at && status.id > known.id)
    if (newer) {
      contexts.set(status.context, status)
    }
  }
  for (const status of contexts.values()) {
    const conclusion = statusConclusion(status.state)
    checks.push({
      name: status.context,
      source: 'status',
      completed: conclusion !== null,
      conclusion,
      url: status.target_url ?? '',
      others: 0,
      completedAt: conclusion === null ? undefined : timeOf(status.updated_at)
    })
  }
  const required = selection.required
  const wanted = checks.filter(
    check =>
      (required ?? []).some(requirement => meetsRequirement(check, requirement)) ||
      (!selection.ignore.some(glob => globMatches(glob, check.name)) &&
        (selection.patterns.length === 0
          ? required === undefined
          : selection.patterns.some(pattern => globMatches(pattern, check.name))))
  )
  wanted.sort((a, b) => a.name.localeCompare(b.name) || a.source.localeCompare(b.source))
  return { checks: wanted, ownLeftOut }
}

const ACTIONS_APP = 'github-actions'

function isActive(suite: CheckSuite): boolean {
  return suite.status !== 'completed'
}

/** What one poll found still to come, and from when (GitHub's clock) the settle window is over. */
export interface Outlook {
  /** Checks that counted and still run. */
  readonly pending: CheckState[]
  /** Check suites not completed that may still bring checks that count (jobs still to come). */
  readonly coming: CheckSuite[]
  /** Required checks (required-checks) not there yet. */
  readonly missingRequired: RequiredCheck[]
  /**
   * Of those, the ones nothing can bring any more: the rule names an app, that app's suites on
   * the commit have all completed, and it reported without them (a workflow skipped by a path
   * filter). The others may still come (a status from anywhere) and are waited for.
   */
  readonly hopeless: RequiredCheck[]
  /**
   * Checks no listed suite announces (statuses, check runs of suites not listed): GitHub's time
   * at which their settle window ends (their newest completion + the window); undefined if none.
   */
  readonly settledAt?: number
}

/**
 * Decides what is still coming. A GitHub Actions suite that is queued or in progress has jobs
 * still to come, with or without check runs yet (a workflow held by `concurrency:`, a job waiting
 * on `needs:`); it is waited for when every check counts or globs may match what it brings, and
 * when a required check may come from it. Another app's suite counts only when a required check
 * is expected from that app (GitHub creates suites for apps that never report). This run's own
 * suite never counts. What no suite announces gets the settle window from its newest completion.
 */
export function outlook(
  checks: readonly CheckState[],
  suites: readonly CheckSuite[] | undefined,
  selection: Selection,
  settleMs: number
): Outlook {
  const pending = checks.filter(check => !check.completed)
  const required = selection.required ?? []
  const missingRequired = required.filter(
    requirement => !checks.some(check => meetsRequirement(check, requirement))
  )
  const everything =
    selection.required === undefined &&
    (selection.patterns.length === 0 || selection.patterns.some(p => !isRequiredName(p)))
  const coming = (suites ?? []).filter(suite => {
    if (!isActive(suite) || suite.id === selection.suiteId) return false
    const actions = suite.app?.slug === ACTIONS_APP
    if (actions && everything) return true
    return missingRequired.some(requirement =>
      requirement.appId === undefined
        ? actions || (suite.latest_check_runs_count ?? 0) > 0
        : requirement.appId === suite.app?.id
    )
  })
  const hopeless = missingRequired.filter(
    requirement =>
      requirement.appId !== undefined &&
      (suites ?? []).some(suite => suite.app?.id === requirement.appId && !isActive(suite)) &&
      !coming.some(suite => suite.app?.id === requirement.appId)
  )
  const listed = new Set((suites ?? []).map(suite => suite.id))
  let newest: number | undefined
  for (const check of checks) {
    const announced = check.suiteId !== undefined && listed.has(check.suiteId)
    if (announced || !check.completed || check.completedAt === undefined) continue
    newest = Math.max(newest ?? -Infinity, check.completedAt)
  }
  return {
    pending,
    coming,
    missingRequired,
    hopeless,
    ...(newest === undefined ? {} : { settledAt: newest + settleMs })
  }
}

/** Durations (ms) of completed check runs, by name and app: what the same check took before. */
export function durationsOf(checkRuns: readonly CheckRun[]): Map<string, number> {
  const durations = new Map<string, number>()
  for (const check of checkRuns) {
    const started = timeOf(check.started_at)
    const completed = timeOf(check.completed_at)
    if (check.status !== 'completed' || started === undefined || completed === undefined) continue
    durations.set(JSON.stringify([check.name, check.app?.slug ?? '']), completed - started)
  }
  return durations
}

/** Half-width of the window around a predicted end: a tenth of the duration, at least a second. */
const PREDICTION_MARGIN = 0.1
const PREDICTION_MARGIN_MIN_MS = 1000

/**
 * When the last pending check run should end, on GitHub's clock: each one's start plus what the
 * same check took on the earlier commit, else the longest that a completed check of the same app
 * took on this commit (when it has not run longer already). Undefined when any cannot be
 * predicted (then polling backs off from 1 s as usual).
 */
export function predictEnd(
  checks: readonly CheckState[],
  earlier: ReadonlyMap<string, number>,
  serverNow: number
): EndEstimate | undefined {
  const pending = checks.filter(check => !check.completed && check.source !== 'status')
  if (pending.length === 0) return undefined
  let earliest = -Infinity
  let latest = -Infinity
  for (const check of pending) {
    if (check.startedAt === undefined) return undefined
    const elapsed = serverNow - check.startedAt
    let duration = earlier.get(JSON.stringify([check.name, check.source]))
    if (duration === undefined) {
      const done = checks
        .filter(c => c.completed && c.source === check.source && c.startedAt !== undefined)
        .map(c => (c.completedAt ?? 0) - (c.startedAt ?? 0))
      const longest = Math.max(...done)
      if (done.length > 0 && longest > elapsed) duration = longest
    }
    if (duration === undefined) return undefined
    const margin = Math.max(PREDICTION_MARGIN_MIN_MS, duration * PREDICTION_MARGIN)
    earliest = Math.max(earliest, check.startedAt + duration - margin)
    latest = Math.max(latest, check.startedAt + duration + margin)
  }
  return { earliest, latest }
}

function stateOf(check: CheckState): string {
  return check.completed ? `completed (${check.conclusion ?? 'no conclusion'})` : 'in progress'
}

/** A list's 403 (not a rate limit) names the permission the token lacks. */
function permissionError(error: unknown, what: string, permission: string): unknown {
  if (httpStatus(error) === 403 && !isRateLimited(error)) {
    return new OperationError(
      `GitHub refused to list the ${what} (403): give the job 'permissions: ${permission}' (wait-for-checks needs checks: read and statuses: read).`
    )
  }
  if (httpStatus(error) === 422) {
    return new OperationError(
      `GitHub found no commit for the ref to wait on (422): give 'ref' as a commit SHA, branch or tag of the repository.`
    )
  }
  return error
}

/** "CodeQL" or "CodeQL" (app 57789): how a required check is named in sentences. */
export function describeRequired(required: RequiredCheck): string {
  return `${JSON.stringify(required.context)}${required.appId === undefined ? '' : ` (app ${required.appId})`}`
}

const NO_SHA = /^0{40}$/

export async function waitForChecks(
  client: GitHubClient,
  settings: WaitForChecksSettings,
  deps: OperationDeps
): Promise<WaitForChecksResult> {
  const { clock } = deps
  const started = clock.now()
  const deadline = budgetOf(deps, settings)
  const intervalMs = settings.pollIntervalSeconds * 1000
  const settleMs = Math.min(CHECKS_SETTLE_POLLS * intervalMs, CHECKS_SETTLE_MAX_MS)
  const schedule = new PollSchedule(intervalMs, client.serverClock)
  const sameRepository =
    settings.currentRepository === undefined ||
    settings.currentRepository.toLowerCase() === `${client.owner}/${client.repo}`.toLowerCase()
  const currentRunId = sameRepository ? settings.currentRunId : undefined
  const suiteId = currentRunId === undefined ? undefined : await suiteOfRun(client, currentRunId)
  if (currentRunId !== undefined && suiteId === undefined) {
    log.info(
      `This workflow run (${currentRunId}) could not be read (give the job 'actions: read'): its own check runs are recognised by their URLs only.`
    )
  }
  let selection: Selection = {
    patterns: settings.checks,
    ignore: settings.ignoreChecks,
    runId: currentRunId,
    suiteId
  }
  const requiredNames = settings.checks.filter(isRequiredName)
  const origin = settings.refOrigin === 'input' ? '' : ` (${settings.refOrigin})`
  const branch = settings.requiredChecksBranch
  const asked = [
    ...(branch ? [`the checks branch ${JSON.stringify(branch.name)} requires`] : []),
    ...(settings.checks.length > 0
      ? [`checks ${settings.checks.map(c => JSON.stringify(c)).join(', ')}`]
      : [])
  ]
  log.info(
    `Waiting for ${asked.length > 0 ? asked.join(' and ') : 'every check run and status'} on ${settings.ref}${origin}${currentRunId !== undefined ? `, except this workflow run's own (${currentRunId})` : ''}.`
  )

  let checks: CheckState[] = []
  let ownLeftOut = 0
  let lastShape = ''
  let endedEarly = false
  let requirementsRead = false
  let earlier: Map<string, number> | undefined
  let current: Outlook = { pending: [], coming: [], missingRequired: [], hopeless: [] }
  let comingLogged = -1
  const states = new Map<string, string>()
  const missingNow = () =>
    requiredNames.filter(name => !checks.some(check => globMatches(name, check.name)))

  const outcome = await pollUntil<true>(
    async () => {
      const [runs, statuses, suites] = await Promise.all([
        client.pollCheckRuns(settings.ref).catch((error: unknown) => {
          throw permissionError(error, `check runs of ${settings.ref}`, 'checks: read')
        }),
        client.pollCommitStatuses(settings.ref).catch((error: unknown) => {
          throw permissionError(error, `commit statuses of ${settings.ref}`, 'statuses: read')
        }),
        pollCheckSuites(client, settings.ref).catch((error: unknown) => {
          throw permissionError(error, `check suites of ${settings.ref}`, 'checks: read')
        })
      ])
      if (branch && !requirementsRead) {
        // After the first answer, so the server (and whether it has the rules API) is known.
        const requirements = await requiredChecksOf(client, branch.name)
        for (const note of requirements.notes) client.note(note)
        selection = { ...selection, required: requirements.checks }
        requirementsRead = true
        log.info(
          requirements.checks.length > 0
            ? `Branch ${JSON.stringify(branch.name)} (${branch.origin}) requires ${requirements.checks.map(describeRequired).join(', ')}.`
            : `Branch ${JSON.stringify(branch.name)} (${branch.origin}) requires no checks.`
        )
      }
      const counted = countedChecks(runs.data, statuses.data, selection)
      checks = counted.checks
      ownLeftOut = counted.ownLeftOut
      for (const check of checks) {
        const key = `${check.source}\u0000${check.name}`
        const state = stateOf(check)
        if (states.get(key) !== state) {
          log.info(
            `  ${check.source === 'status' ? 'status' : 'check'} ${JSON.stringify(check.name)} (${check.source}): ${state}`
          )
          states.set(key, state)
        }
      }
      current = outlook(checks, suites.data, selection, settleMs)
      if (current.coming.length !== comingLogged) {
        if (current.coming.length > 0 || comingLogged > 0) {
          log.info(
            `  ${current.coming.length} check suite(s) queued or in progress (checks still to come)`
          )
        }
        comingLogged = current.coming.length
      }
      const { pending, coming } = current
      // What speeds polling up again: a new check or suite, or everything done. One of many
      // checks completing does not: with 40 checks ending one by one that would poll every second.
      const shape = JSON.stringify([
        checks.map(c => [c.name, c.source]),
        coming.map(suite => suite.id),
        pending.length === 0
      ])
      const news = shape !== lastShape
      lastShape = shape
      if (settings.failFast) {
        const failed = checks.find(
          check => check.completed && !settings.allowedConclusions.includes(check.conclusion ?? '')
        )
        if (failed) {
          endedEarly = true
          return { done: true, value: true }
        }
      }
      const nothingAsked =
        selection.required !== undefined &&
        selection.required.length === 0 &&
        settings.checks.length === 0
      if (nothingAsked) return { done: true, value: true }
      const waiting =
        pending.length > 0 ||
        coming.length > 0 ||
        missingNow().length > 0 ||
        current.missingRequired.length > current.hopeless.length ||
        (checks.length === 0 && (selection.required ?? []).length === 0)
      if (waiting) {
        if (pending.length > 0 && earlier === undefined) {
          // Once: how long the same checks took on the commit before (a check suite's `before`).
          earlier = new Map()
          const parent = suites.data
            .map(suite => suite.before)
            .find(sha => sha && !NO_SHA.test(sha))
          if (parent) {
            earlier = durationsOf(
              await checkRunsOf(client, parent).catch((error: unknown) => {
                log.debug(`The check runs of ${parent} could not be read: ${String(error)}`)
                return []
              })
            )
          }
        }
        // A suite still to come with none of its check runs running (queued, or more jobs due
        // after `needs:`) has no end to predict; one whose jobs run ends with them.
        const unforeseen = coming.some(suite => !pending.some(check => check.suiteId === suite.id))
        schedule.expectEnd(
          unforeseen || missingNow().length > 0 || current.missingRequired.length > 0
            ? undefined
            : predictEnd(checks, earlier ?? new Map(), client.serverClock.now())
        )
        return { done: false, changed: news }
      }
      const serverNow = client.serverClock.now()
      if (current.settledAt === undefined || serverNow >= current.settledAt) {
        return { done: true, value: true }
      }
      // One poll when the settle window ends, not a back-off series through it.
      schedule.expectEnd({ earliest: current.settledAt, latest: current.settledAt })
      return { done: false, changed: news }
    },
    {
      clock,
      deadline,
      schedule,
      label: `Listing the checks of ${settings.ref}`,
      onHeartbeat: async silentForMs => {
        const pending = checks.filter(check => !check.completed)
        const missing = [...missingNow(), ...current.missingRequired.map(r => r.context)]
        log.info(
          `Still waiting after ${formatDuration(silentForMs)} without a new check: ${pending.length} of ${checks.length} check(s) in progress${pending.length > 0 ? ` (${pending.map(c => JSON.stringify(c.name)).join(', ')})` : ''}${current.coming.length > 0 ? `; ${current.coming.length} check suite(s) queued or in progress` : ''}${missing.length > 0 ? `; not created yet: ${missing.map(m => JSON.stringify(m)).join(', ')}` : ''}.`
        )
      }
    }
  )
  return {
    operation: 'wait-for-checks',
    ref: settings.ref,
    checks,
    missing: missingNow(),
    ...(branch
      ? {
          requiredBranch: branch.name,
          missingRequired: current.missingRequired.map(describeRequired)
        }
      : {}),
    suitesComing: current.coming.length,
    none: checks.length === 0 && (selection.required === undefined || settings.checks.length > 0),
    timedOut: !outcome.done,
    endedEarly,
    ownLeftOut,
    timeoutSeconds: settings.timeoutSeconds,
    waitedMs: clock.now() - started,
    allowedConclusions: settings.allowedConclusions,
    patterns: settings.checks
  }
}
