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
import type { GitHubClient } from '../github/client.js'
import { OperationError, httpStatus, isRateLimited } from '../github/errors.js'
import type { CheckRun, CommitStatus } from '../github/types.js'
import { globMatches } from '../glob.js'
import { PollSchedule, formatDuration, pollUntil } from '../poll-loop.js'
import type { WaitForChecksSettings } from '../settings.js'
import * as log from '../step-log.js'
import { budgetOf, type OperationDeps } from './types.js'

/** One check as it counts: the newest check run of its name and app, or a status context. */
export interface CheckState {
  readonly name: string
  /** The app's slug (`github-actions`, `vercel`…), or `status` for a commit status. */
  readonly source: string
  readonly completed: boolean
  /** GitHub's check-run conclusion; a status maps success → success, failure/error → failure. */
  readonly conclusion: string | null
  readonly url: string
  /** Check runs of the same name and app it replaced (re-runs), or that still run beside it. */
  readonly others: number
  /** When it completed, on GitHub's clock (epoch ms); undefined while running or unknown. */
  readonly completedAt?: number
}

export interface WaitForChecksResult {
  readonly operation: 'wait-for-checks'
  readonly ref: string
  /** Every check that counts, sorted by name then source. */
  readonly checks: CheckState[]
  /** Names without glob characters that never appeared. */
  readonly missing: string[]
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

/**
 * Whether a check run belongs to the workflow run this step runs in: GitHub Actions jobs are
 * check runs of the `github-actions` app whose details and html URLs are
 * `…/actions/runs/{run_id}/job/{job_id}`.
 */
export function isOwnCheckRun(check: CheckRun, currentRunId: number | undefined): boolean {
  if (currentRunId === undefined || check.app?.slug !== 'github-actions') return false
  const marker = `/actions/runs/${currentRunId}/job/`
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

export interface Selection {
  readonly patterns: readonly string[]
  readonly ignore: readonly string[]
  /** GITHUB_RUN_ID when the ref's repository is the one this step runs in. */
  readonly currentRunId?: number
}

/**
 * The checks that count. Check runs: those of this workflow run left out; then, per name and
 * app, one: in progress while any check run of that name and app runs (a re-run in progress, or
 * a sibling a service reports under the same name), else the one that completed last (a re-run
 * replaces the failure it re-ran). Statuses: the newest per context. Then `ignore` globs out, and only
 * names matching `patterns` in (all when empty).
 */
export function countedChecks(
  checkRuns: readonly CheckRun[],
  statuses: readonly CommitStatus[],
  selection: Selection
): { checks: CheckState[]; ownLeftOut: number } {
  let ownLeftOut = 0
  const groups = new Map<string, CheckRun[]>()
  for (const check of checkRuns) {
    if (isOwnCheckRun(check, selection.currentRunId)) {
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
      completed: !running,
      conclusion: running ? null : newest.conclusion,
      url: newest.html_url || newest.details_url || '',
      others: group.length - 1,
      completedAt: running ? undefined : timeOf(newest.completed_at)
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
  const wanted = checks.filter(
    check =>
      !selection.ignore.some(glob => globMatches(glob, check.name)) &&
      (selection.patterns.length === 0 ||
        selection.patterns.some(pattern => globMatches(pattern, check.name)))
  )
  wanted.sort((a, b) => a.name.localeCompare(b.name) || a.source.localeCompare(b.source))
  return { checks: wanted, ownLeftOut }
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
  const schedule = new PollSchedule(intervalMs)
  const sameRepository =
    settings.currentRepository === undefined ||
    settings.currentRepository.toLowerCase() === `${client.owner}/${client.repo}`.toLowerCase()
  const selection: Selection = {
    patterns: settings.checks,
    ignore: settings.ignoreChecks,
    currentRunId: sameRepository ? settings.currentRunId : undefined
  }
  const required = settings.checks.filter(isRequiredName)
  const origin = settings.refOrigin === 'input' ? '' : ` (${settings.refOrigin})`
  log.info(
    `Waiting for ${settings.checks.length > 0 ? `checks ${settings.checks.map(c => JSON.stringify(c)).join(', ')}` : 'every check run and status'} on ${settings.ref}${origin}${selection.currentRunId !== undefined ? `, except this workflow run's own (${selection.currentRunId})` : ''}.`
  )

  let checks: CheckState[] = []
  let ownLeftOut = 0
  let fingerprint = ''
  let settledSince: number | undefined
  let lastShape = ''
  let endedEarly = false
  const states = new Map<string, string>()
  const missingNow = () =>
    required.filter(name => !checks.some(check => globMatches(name, check.name)))

  const outcome = await pollUntil<true>(
    async () => {
      const [runs, statuses] = await Promise.all([
        client.pollCheckRuns(settings.ref).catch((error: unknown) => {
          throw permissionError(error, `check runs of ${settings.ref}`, 'checks: read')
        }),
        client.pollCommitStatuses(settings.ref).catch((error: unknown) => {
          throw permissionError(error, `commit statuses of ${settings.ref}`, 'statuses: read')
        })
      ])
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
      // Anything new or changed restarts the settle window.
      const now = JSON.stringify(checks.map(c => [c.name, c.source, c.conclusion, c.others]))
      const changed = now !== fingerprint
      fingerprint = now
      const pending = checks.filter(check => !check.completed)
      // What speeds polling up again: a new check, or everything done. One of many checks
      // completing does not: with 40 checks ending one by one that would poll every second.
      const shape = JSON.stringify([checks.map(c => [c.name, c.source]), pending.length === 0])
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
      if (checks.length === 0 || pending.length > 0 || missingNow().length > 0) {
        settledSince = undefined
        schedule.expectEnd(undefined)
      } else {
        if (changed || settledSince === undefined) settledSince = clock.now()
        if (clock.now() - settledSince >= settleMs) return { done: true, value: true }
        // One poll when the settle window ends, not a back-off series through it.
        const end = settledSince + settleMs
        schedule.expectEnd({ earliest: end, latest: end })
      }
      return { done: false, changed: news }
    },
    {
      clock,
      deadline,
      schedule,
      label: `Listing the checks of ${settings.ref}`,
      onHeartbeat: async silentForMs => {
        const pending = checks.filter(check => !check.completed)
        const missing = missingNow()
        log.info(
          `Still waiting after ${formatDuration(silentForMs)} without a new check: ${pending.length} of ${checks.length} check(s) in progress${pending.length > 0 ? ` (${pending.map(c => JSON.stringify(c.name)).join(', ')})` : ''}${missing.length > 0 ? `; not created yet: ${missing.map(m => JSON.stringify(m)).join(', ')}` : ''}.`
        )
      }
    }
  )
  return {
    operation: 'wait-for-checks',
    ref: settings.ref,
    checks,
    missing: missingNow(),
    none: checks.length === 0,
    timedOut: !outcome.done,
    endedEarly,
    ownLeftOut,
    timeoutSeconds: settings.timeoutSeconds,
    waitedMs: clock.now() - started,
    allowedConclusions: settings.allowedConclusions,
    patterns: settings.checks
  }
}
