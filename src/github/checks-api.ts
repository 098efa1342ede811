/**
 * What wait-for-checks reads besides the check runs and statuses (client.ts): the commit's check
 * suites (what is still coming), the current workflow run's check suite (its own check runs), the
 * check runs of an earlier commit (how long the same checks took), and the checks a branch's
 * rules require (rulesets and classic branch protection).
 */
import type { GitHubClient, Polled } from './client.js'
import { httpStatus, OperationError } from './errors.js'
import type { CheckRun } from './types.js'

const CHECK_SUITES = 'GET /repos/{owner}/{repo}/commits/{ref}/check-suites'
const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs'
const BRANCH_RULES = 'GET /repos/{owner}/{repo}/rules/branches/{branch}'
const PROTECTION_CHECKS =
  'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks'

/** A check suite of a commit: one per workflow run (app github-actions) and per other app. */
export interface CheckSuite {
  id: number
  /** queued, in_progress, completed; waiting, requested, pending (GitHub Actions only). */
  status: string | null
  conclusion: string | null
  app?: { id?: number; slug?: string } | null
  /** The commit before this one (the push's `before`), when GitHub knows it. */
  before?: string | null
  latest_check_runs_count?: number
  updated_at?: string | null
}

/** Every check suite of a commit, all pages, each page conditionally (a 304 is free). */
export function pollCheckSuites(client: GitHubClient, ref: string): Promise<Polled<CheckSuite[]>> {
  return client.pollAllPages<CheckSuite>(CHECK_SUITES, { ref }, 'check_suites')
}

/** Every check run of another commit (all pages): how long the same checks took there. */
export async function checkRunsOf(client: GitHubClient, sha: string): Promise<CheckRun[]> {
  return (
    await client.pollAllPages<CheckRun>(CHECK_RUNS, { ref: sha, filter: 'all' }, 'check_runs')
  ).data
}

/**
 * The check suite of a workflow run (`check_suite_id`): every job of that run is a check run in
 * it. Undefined when the run cannot be read (no `actions: read`, another repository).
 */
export async function suiteOfRun(client: GitHubClient, runId: number): Promise<number | undefined> {
  try {
    const run = (await client.getRun(runId)) as { check_suite_id?: unknown }
    return typeof run.check_suite_id === 'number' ? run.check_suite_id : undefined
  } catch (error) {
    const status = httpStatus(error)
    if (status === 403 || status === 404) return undefined
    throw error
  }
}

/** A check a branch requires: its name (check run or status context), and the app it must come from. */
export interface RequiredCheck {
  readonly context: string
  /** The app's id (a ruleset's integration_id, protection's app_id): only that app's check counts. */
  readonly appId?: number
}

export interface BranchRequirements {
  readonly checks: RequiredCheck[]
  /** Sentences about what could not be read (classic protection without the permission). */
  readonly notes: string[]
}

interface Rule {
  type?: string
  parameters?: { required_status_checks?: Array<{ context?: unknown; integration_id?: unknown }> }
}

/**
 * The checks `branch` requires: the `required_status_checks` rules of every active ruleset on it
 * (GET …/rules/branches/{branch}, readable with metadata: read) and classic branch protection
 * (GET …/branches/{branch}/protection/required_status_checks, which needs administration: read,
 * which GITHUB_TOKEN never has: then a note says so). A server without the rules API (GHES before
 * 3.11) is refused in one sentence rather than guessed at.
 */
export async function requiredChecksOf(
  client: GitHubClient,
  branch: string
): Promise<BranchRequirements> {
  const capabilities = client.capabilities
  const noRules = () =>
    new OperationError(
      `${capabilities.lacks(BRANCH_RULES, 'branch rules')} required-checks cannot tell which checks the branch requires there; name them in 'checks' instead.`
    )
  if (capabilities.has(BRANCH_RULES) === false) throw noRules()
  let rules: Rule[]
  try {
    rules = (await client.octokit.paginate(BRANCH_RULES, {
      owner: client.owner,
      repo: client.repo,
      branch,
      per_page: 100
    })) as unknown as Rule[]
  } catch (error) {
    // A server no description covers that lacks the endpoint answers 404 for any branch.
    if (httpStatus(error) === 404 && capabilities.has(BRANCH_RULES) === undefined) throw noRules()
    throw error
  }
  const checks: RequiredCheck[] = []
  const add = (context: unknown, appId: unknown) => {
    if (typeof context !== 'string' || context === '') return
    const app = typeof appId === 'number' ? appId : undefined
    if (!checks.some(known => known.context === context && known.appId === app)) {
      checks.push(app === undefined ? { context } : { context, appId: app })
    }
  }
  for (const rule of Array.isArray(rules) ? rules : []) {
    if (rule?.type !== 'required_status_checks') continue
    for (const check of rule.parameters?.required_status_checks ?? []) {
      add(check?.context, check?.integration_id)
    }
  }
  const notes: string[] = []
  try {
    const { data } = await client.octokit.request(PROTECTION_CHECKS, {
      owner: client.owner,
      repo: client.repo,
      branch
    })
    const protection = data as {
      contexts?: unknown[]
      checks?: Array<{ context?: unknown; app_id?: unknown }>
    }
    const detailed = Array.isArray(protection.checks) ? protection.checks : []
    for (const check of detailed) add(check?.context, check?.app_id)
    for (const context of protection.contexts ?? []) {
      if (!detailed.some(check => check?.context === context)) add(context, undefined)
    }
  } catch (error) {
    const status = httpStatus(error)
    const message = error instanceof Error ? error.message : ''
    // "Branch not protected" / "Required status checks not enabled": nothing required there.
    if (status === 404 && /not protected|not enabled/i.test(message)) return { checks, notes }
    if (status !== 403 && status !== 404) throw error
    notes.push(
      `The token cannot read the classic branch protection of ${JSON.stringify(branch)} (${status}: it needs administration: read, which GITHUB_TOKEN never has); only its rulesets were read.`
    )
  }
  return { checks, notes }
}
