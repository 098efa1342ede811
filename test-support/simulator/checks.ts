/**
 * Check runs and commit statuses of a commit: what `wait-for-checks` reads.
 *
 * Two kinds of check runs are shown for a commit:
 * - scripted ones (`addCheckRun`): any app (CodeQL, Vercel, a CI service), re-runs with the same
 *   name, late ones, thousands of them;
 * - the jobs of the workflow runs on that commit, as GitHub shows them: one check run per job
 *   execution, app `github-actions`, the check run's id is the job's id, and `details_url` /
 *   `html_url` point at `…/actions/runs/{run_id}/job/{job_id}`. A re-run adds new check runs
 *   with the same names.
 *
 * Statuses (`addStatus`) are the older API: every call is one status posted at a time; the
 * combined status shows the newest per context.
 */
import { HttpError, errorReply, invalidRequest, type Reply } from './reply.js'
import { findRepository, linkHeader, pagination, type RouteContext } from './context.js'
import type { Repository } from './model.js'
import { jobStatusAt, viewAttempt } from './timeline.js'
import type {
  BranchRulesSpec,
  CheckRunSpec,
  CheckSuiteSpec,
  RequiredCheckSpec,
  StatusSpec
} from './types.js'
import { iso, minimalRepository, nodeId, simpleUser, type ViewContext } from './views.js'
import type { World } from './world.js'

interface App {
  id: number
  slug: string
  name: string
}

/** The apps check runs come from; others are created on first use. */
const KNOWN_APPS: Record<string, App> = {
  'github-actions': { id: 15368, slug: 'github-actions', name: 'GitHub Actions' },
  'github-advanced-security': {
    id: 57789,
    slug: 'github-advanced-security',
    name: 'GitHub Advanced Security'
  },
  vercel: { id: 8329, slug: 'vercel', name: 'Vercel' },
  circleci: { id: 18001, slug: 'circleci-checks', name: 'CircleCI Checks' }
}

export interface ScriptedCheckRun {
  id: number
  repository: Repository
  headSha: string
  name: string
  app: App
  /** When it appears in lists (created, queued). */
  createdAt: number
  /** When it starts (in_progress). */
  startAt: number
  /** When it completes; Infinity: never. */
  endAt: number
  conclusion: string
  detailsUrl?: string
  checkSuiteId: number
}

export interface PostedStatus {
  id: number
  repository: Repository
  sha: string
  context: string
  state: 'pending' | 'success' | 'failure' | 'error'
  at: number
  targetUrl: string | null
  description: string | null
  creator: string
}

/** A suite scripted without check runs (an app that never reports). */
export interface ScriptedSuite {
  id: number
  repository: Repository
  headSha: string
  app: App
  createdAt: number
}

/** The check runs and statuses the world holds (scripted ones; workflow jobs are derived). */
export class ChecksBook {
  readonly checkRuns: ScriptedCheckRun[] = []
  readonly statuses: PostedStatus[] = []
  readonly emptySuites: ScriptedSuite[] = []
  /** `repo sha` → the commit before it (check suites' `before`). */
  readonly parents = new Map<string, string>()
  /** `repo branch` → what the branch requires. */
  readonly rules = new Map<string, BranchRulesSpec>()
  /** How workflow jobs' check-run URLs look (SimulatorOptions.checkRunUrls). */
  checkRunUrls: 'job' | 'check-run' = 'job'
  private nextCheckRunId = 41_000_000_001
  private nextStatusId = 52_000_000_001
  private nextSuiteId = 31_000_000_001
  private readonly apps = new Map<string, App>(Object.entries(KNOWN_APPS))
  private readonly suites = new Map<string, number>()

  constructor(private readonly world: World) {}

  private app(slug: string): App {
    let app = this.apps.get(slug)
    if (!app) {
      app = { id: 90_000 + this.apps.size, slug, name: slug }
      this.apps.set(slug, app)
    }
    return app
  }

  appId(slug: string): number {
    return this.app(slug).id
  }

  /** The scripted apps' suites: one per app and commit. */
  suiteOf(repository: Repository, headSha: string, app: App): number {
    const suiteKey = `${repository.fullName} ${headSha} ${app.slug}`
    const id = this.suites.get(suiteKey) ?? this.nextSuiteId++
    this.suites.set(suiteKey, id)
    return id
  }

  addCheckSuite(spec: CheckSuiteSpec): number {
    const repository = this.world.repository(spec.repository ?? 'octo/demo')
    const app = this.app(spec.app)
    const id = this.suiteOf(repository, spec.headSha, app)
    this.emptySuites.push({
      id,
      repository,
      headSha: spec.headSha,
      app,
      createdAt: this.world.now()
    })
    return id
  }

  setParentCommit(sha: string, parent: string, repository = 'octo/demo'): void {
    this.parents.set(`${this.world.repository(repository).fullName} ${sha}`, parent)
  }

  setBranchRules(spec: BranchRulesSpec): void {
    const repository = this.world.repository(spec.repository ?? 'octo/demo')
    this.rules.set(`${repository.fullName} ${spec.branch}`, spec)
  }

  addCheckRun(spec: CheckRunSpec): number {
    const now = this.world.now()
    const repository = this.world.repository(spec.repository ?? 'octo/demo')
    const app = this.app(spec.app ?? 'ci-service')
    const createdAt = now + (spec.appearAfterMs ?? 0)
    const startAt = createdAt + (spec.queuedMs ?? 0)
    const endAt = spec.conclusion === null ? Infinity : startAt + (spec.durationMs ?? 300)
    // One suite per app and commit, as GitHub groups them.
    const checkSuiteId = this.suiteOf(repository, spec.headSha, app)
    const id = this.nextCheckRunId++
    this.checkRuns.push({
      id,
      repository,
      headSha: spec.headSha,
      name: spec.name,
      app,
      createdAt,
      startAt,
      endAt,
      conclusion: spec.conclusion ?? 'success',
      detailsUrl: spec.detailsUrl,
      checkSuiteId
    })
    return id
  }

  /** Ends a check run now (tests that must not race the simulator's clock end it themselves). */
  finishCheckRun(id: number, conclusion: string = 'success'): void {
    const check = this.checkRuns.find(run => run.id === id)
    if (!check) throw new Error(`no scripted check run ${id}`)
    check.endAt = this.world.now()
    check.conclusion = conclusion
  }

  addStatus(spec: StatusSpec): number {
    const repository = this.world.repository(spec.repository ?? 'octo/demo')
    const id = this.nextStatusId++
    this.statuses.push({
      id,
      repository,
      sha: spec.sha,
      context: spec.context ?? 'default',
      state: spec.state,
      at: this.world.now() + (spec.atMs ?? 0),
      targetUrl: spec.targetUrl ?? null,
      description: spec.description ?? null,
      creator: spec.creator ?? 'octocat'
    })
    return id
  }
}

const SHA = /^[0-9a-f]{40}$/

/**
 * The commit a ref names: a full SHA as is; a branch or tag: the head commit of the newest run
 * on that branch (the simulator has no git), else the commit of a scripted check on it.
 */
function resolveRef(ctx: RouteContext, repository: Repository): string {
  const ref = (ctx.params['ref'] ?? '').replace(/^refs\/(heads|tags)\//, '')
  if (SHA.test(ref)) return ref
  const runs = [...ctx.world.runs.values()]
    .filter(run => run.repository === repository && run.branch === ref)
    .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
  const sha = runs[0]?.headSha
  if (sha) return sha
  throw new HttpError(errorReply(422, `No commit found for SHA: ${ref}`))
}

function appJson(app: App, ctx: ViewContext) {
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId('Integration', app.id),
    owner: simpleUser('octocat', ctx),
    name: app.name,
    description: null,
    external_url: `https://${app.slug}.example.test`,
    html_url: `${ctx.profile.webHost}/apps/${app.slug}`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { checks: 'write', statuses: 'write', metadata: 'read' },
    events: ['check_run', 'check_suite']
  }
}

interface CheckRunView {
  id: number
  name: string
  headSha: string
  app: App
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
  startedAt: number
  completedAt: number | null
  htmlUrl: string
  detailsUrl: string
  checkSuiteId: number
  repository: Repository
}

function checkRunJson(view: CheckRunView, ctx: ViewContext) {
  const url = `${ctx.apiUrl}/repos/${view.repository.fullName}/check-runs/${view.id}`
  return {
    id: view.id,
    head_sha: view.headSha,
    node_id: nodeId('CheckRun', view.id),
    external_id: String(view.id),
    url,
    html_url: view.htmlUrl,
    details_url: view.detailsUrl,
    status: view.status,
    conclusion: view.conclusion,
    started_at: iso(view.startedAt),
    completed_at: view.completedAt === null ? null : iso(view.completedAt),
    output: {
      title: null,
      summary: null,
      text: null,
      annotations_count: 0,
      annotations_url: `${url}/annotations`
    },
    name: view.name,
    check_suite: { id: view.checkSuiteId },
    app: appJson(view.app, ctx),
    pull_requests: []
  }
}

/** Every check run on the commit now, oldest first. */
function checkRunsOn(ctx: RouteContext, repository: Repository, sha: string): CheckRunView[] {
  const now = ctx.view.now
  const web = ctx.profile.webHost
  const views: CheckRunView[] = []
  for (const run of ctx.world.runs.values()) {
    if (run.repository !== repository || run.headSha !== sha) continue
    for (const attempt of run.attempts) {
      const schedules = viewAttempt(run, attempt, now).schedules
      // A run held by a concurrency group has no jobs before it starts.
      if (run.concurrencyHeld && !(attempt.startAt !== undefined && attempt.startAt <= now)) {
        continue
      }
      for (const execution of attempt.executions) {
        const schedule = schedules.get(execution.name)
        if (!schedule || schedule.createdAt > now) continue
        const status = jobStatusAt(schedule, now)
        const completed = status === 'completed'
        const jobUrl =
          ctx.world.checks.checkRunUrls === 'job'
            ? `${web}/${repository.fullName}/actions/runs/${run.id}/job/${execution.id}`
            : `${web}/${repository.fullName}/runs/${execution.id}`
        views.push({
          id: execution.id,
          name: execution.name,
          headSha: sha,
          app: KNOWN_APPS['github-actions'] as App,
          status: completed ? 'completed' : status === 'in_progress' ? 'in_progress' : 'queued',
          conclusion: completed ? schedule.conclusion : null,
          startedAt:
            schedule.startAt !== undefined && schedule.startAt <= now
              ? schedule.startAt
              : schedule.createdAt,
          completedAt: completed ? (schedule.endAt as number) : null,
          htmlUrl: jobUrl,
          detailsUrl: jobUrl,
          checkSuiteId: run.checkSuiteId,
          repository
        })
      }
    }
  }
  for (const check of ctx.world.checks.checkRuns) {
    if (check.repository !== repository || check.headSha !== sha || check.createdAt > now) {
      continue
    }
    const completed = check.endAt <= now
    const htmlUrl = `${web}/${repository.fullName}/runs/${check.id}`
    views.push({
      id: check.id,
      name: check.name,
      headSha: sha,
      app: check.app,
      status: completed ? 'completed' : check.startAt <= now ? 'in_progress' : 'queued',
      conclusion: completed ? check.conclusion : null,
      startedAt: Math.min(check.startAt, now),
      completedAt: completed ? check.endAt : null,
      htmlUrl,
      detailsUrl: check.detailsUrl ?? htmlUrl,
      checkSuiteId: check.checkSuiteId,
      repository
    })
  }
  return views.sort((a, b) => a.id - b.id)
}

/**
 * GET /repos/{owner}/{repo}/commits/{ref}/check-runs: newest first. `filter=latest` (the
 * default) keeps the most recent check run per name *within each check suite*, as GitHub does
 * (so a name in two suites shows twice); `all` keeps every one. `check_name`, `status`,
 * `app_id`, `per_page` (≤ 100, default 30), `page`, `Link`.
 */
export function listCheckRunsForRef(ctx: RouteContext): Reply {
  const repository = findRepository(ctx)
  const sha = resolveRef(ctx, repository)
  const filter = ctx.query.get('filter') ?? 'latest'
  if (filter !== 'latest' && filter !== 'all') {
    throw new HttpError(
      invalidRequest(`For 'filter', "${filter}" is not one of ["latest", "all"].`)
    )
  }
  const status = ctx.query.get('status')
  if (status && !['queued', 'in_progress', 'completed'].includes(status)) {
    throw new HttpError(invalidRequest(`For 'status', "${status}" is not a valid value.`))
  }
  let views = checkRunsOn(ctx, repository, sha).reverse()
  if (filter === 'latest') {
    const seen = new Set<string>()
    views = views.filter(view => {
      const key = `${view.checkSuiteId} ${view.name}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  }
  const name = ctx.query.get('check_name')
  if (name !== null) views = views.filter(view => view.name === name)
  if (status) views = views.filter(view => view.status === status)
  const appId = ctx.query.get('app_id')
  if (appId !== null) views = views.filter(view => String(view.app.id) === appId)
  const { perPage, page } = pagination(ctx.query)
  const items = views.slice((page - 1) * perPage, page * perPage)
  const path = `/repos/${repository.fullName}/commits/${encodeURIComponent(ctx.params['ref'] ?? '')}/check-runs`
  return {
    status: 200,
    json: { total_count: views.length, check_runs: items.map(v => checkRunJson(v, ctx.view)) },
    headers: linkHeader(`${ctx.view.apiUrl}${path}`, ctx.query, page, perPage, views.length)
  }
}

function statusJson(status: PostedStatus, ctx: ViewContext) {
  const url = `${ctx.apiUrl}/repos/${status.repository.fullName}/statuses/${status.sha}`
  const creator = simpleUser(status.creator, ctx)
  return {
    url,
    avatar_url: creator.avatar_url,
    id: status.id,
    node_id: nodeId('StatusContext', status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: iso(status.at),
    updated_at: iso(status.at)
  }
}

/**
 * GET /repos/{owner}/{repo}/commits/{ref}/status: the newest status per context, the combined
 * state (failure if any is failure or error, pending if any is pending or there are none, else
 * success), paginated over contexts with `total_count` the number of contexts.
 */
export function getCombinedStatusForRef(ctx: RouteContext): Reply {
  const repository = findRepository(ctx)
  const sha = resolveRef(ctx, repository)
  const now = ctx.view.now
  const newest = new Map<string, PostedStatus>()
  for (const status of ctx.world.checks.statuses) {
    if (status.repository !== repository || status.sha !== sha || status.at > now) continue
    const known = newest.get(status.context)
    if (!known || status.at > known.at || (status.at === known.at && status.id > known.id)) {
      newest.set(status.context, status)
    }
  }
  const contexts = [...newest.values()].sort((a, b) => a.id - b.id)
  const states = contexts.map(status => status.state)
  const state = states.some(s => s === 'failure' || s === 'error')
    ? 'failure'
    : states.length === 0 || states.includes('pending')
      ? 'pending'
      : 'success'
  const { perPage, page } = pagination(ctx.query)
  const items = contexts.slice((page - 1) * perPage, page * perPage)
  const repoUrl = `${ctx.view.apiUrl}/repos/${repository.fullName}`
  const path = `/repos/${repository.fullName}/commits/${encodeURIComponent(ctx.params['ref'] ?? '')}/status`
  return {
    status: 200,
    json: {
      state,
      statuses: items.map(status => statusJson(status, ctx.view)),
      sha,
      total_count: contexts.length,
      repository: minimalRepository(repository, ctx.view),
      commit_url: `${repoUrl}/commits/${sha}`,
      url: `${repoUrl}/commits/${sha}/status`
    },
    headers: linkHeader(`${ctx.view.apiUrl}${path}`, ctx.query, page, perPage, contexts.length)
  }
}

type SuiteStatus = 'queued' | 'in_progress' | 'completed'

interface SuiteView {
  id: number
  app: App
  status: SuiteStatus
  conclusion: string | null
  createdAt: number
  updatedAt: number
  checkRuns: number
}

/** The worst conclusion of a suite's check runs, as GitHub sums them up. */
function suiteConclusion(conclusions: readonly (string | null)[]): string {
  for (const worst of ['action_required', 'cancelled', 'timed_out', 'failure']) {
    if (conclusions.includes(worst)) return worst
  }
  if (conclusions.length > 0 && conclusions.every(c => c === 'skipped')) return 'skipped'
  if (conclusions.length > 0 && conclusions.every(c => c === 'neutral')) return 'neutral'
  return 'success'
}

/**
 * The check suites of a commit now: one per workflow run (app github-actions; queued until its
 * attempt starts, in progress until its last job ends, even before any job exists), and one per
 * other app (completed when every check run in it has, queued while it has none).
 */
function suitesOn(ctx: RouteContext, repository: Repository, sha: string): SuiteView[] {
  const now = ctx.view.now
  const runs = checkRunsOn(ctx, repository, sha)
  const views: SuiteView[] = []
  for (const run of ctx.world.runs.values()) {
    if (run.repository !== repository || run.headSha !== sha || run.createdAt > now) continue
    const attempt = run.attempts[run.attempts.length - 1]
    if (!attempt) continue
    const view = viewAttempt(run, attempt, now)
    const status: SuiteStatus =
      view.status === 'completed'
        ? 'completed'
        : view.status === 'queued'
          ? 'queued'
          : 'in_progress'
    views.push({
      id: run.checkSuiteId,
      app: KNOWN_APPS['github-actions'] as App,
      status,
      conclusion: status === 'completed' ? view.conclusion : null,
      createdAt: run.createdAt,
      updatedAt: view.updatedAt,
      checkRuns: runs.filter(r => r.checkSuiteId === run.checkSuiteId).length
    })
  }
  const scripted = new Map<number, { app: App; createdAt: number }>()
  for (const check of ctx.world.checks.checkRuns) {
    if (check.repository !== repository || check.headSha !== sha || check.createdAt > now) continue
    const known = scripted.get(check.checkSuiteId)
    if (!known || check.createdAt < known.createdAt) {
      scripted.set(check.checkSuiteId, { app: check.app, createdAt: check.createdAt })
    }
  }
  for (const suite of ctx.world.checks.emptySuites) {
    if (suite.repository !== repository || suite.headSha !== sha || suite.createdAt > now) continue
    if (!scripted.has(suite.id))
      scripted.set(suite.id, { app: suite.app, createdAt: suite.createdAt })
  }
  for (const [id, { app, createdAt }] of scripted) {
    const members = runs.filter(r => r.checkSuiteId === id)
    const status: SuiteStatus =
      members.length === 0 || members.every(r => r.status === 'queued')
        ? 'queued'
        : members.every(r => r.status === 'completed')
          ? 'completed'
          : 'in_progress'
    const times = members.flatMap(r => [r.startedAt, r.completedAt ?? -Infinity])
    views.push({
      id,
      app,
      status,
      conclusion: status === 'completed' ? suiteConclusion(members.map(r => r.conclusion)) : null,
      createdAt,
      updatedAt: Math.max(createdAt, ...times),
      checkRuns: members.length
    })
  }
  return views.sort((a, b) => a.id - b.id)
}

/**
 * GET /repos/{owner}/{repo}/commits/{ref}/check-suites: `{ total_count, check_suites }`, oldest
 * first; `app_id`, `check_name`, `per_page`, `page`, `Link`.
 */
export function listSuitesForRef(ctx: RouteContext): Reply {
  const repository = findRepository(ctx)
  const sha = resolveRef(ctx, repository)
  let views = suitesOn(ctx, repository, sha)
  const appId = ctx.query.get('app_id')
  if (appId !== null) views = views.filter(view => String(view.app.id) === appId)
  const name = ctx.query.get('check_name')
  if (name !== null) {
    const runs = checkRunsOn(ctx, repository, sha)
    views = views.filter(view => runs.some(r => r.checkSuiteId === view.id && r.name === name))
  }
  const before = ctx.world.checks.parents.get(`${repository.fullName} ${sha}`) ?? null
  const { perPage, page } = pagination(ctx.query)
  const items = views.slice((page - 1) * perPage, page * perPage)
  const repoUrl = `${ctx.view.apiUrl}/repos/${repository.fullName}`
  const path = `/repos/${repository.fullName}/commits/${encodeURIComponent(ctx.params['ref'] ?? '')}/check-suites`
  return {
    status: 200,
    json: {
      total_count: views.length,
      check_suites: items.map(view => ({
        id: view.id,
        node_id: nodeId('CheckSuite', view.id),
        head_branch: null,
        head_sha: sha,
        status: view.status,
        conclusion: view.conclusion,
        url: `${repoUrl}/check-suites/${view.id}`,
        before,
        after: sha,
        pull_requests: [],
        app: appJson(view.app, ctx.view),
        repository: minimalRepository(repository, ctx.view),
        created_at: iso(view.createdAt),
        updated_at: iso(view.updatedAt),
        head_commit: {
          id: sha,
          tree_id: sha.split('').reverse().join(''),
          message: 'Update README.md',
          timestamp: iso(view.createdAt),
          author: { name: 'Octo Cat', email: 'octocat@example.test' },
          committer: { name: 'GitHub', email: 'noreply@github.com' }
        },
        latest_check_runs_count: view.checkRuns,
        check_runs_url: `${repoUrl}/check-suites/${view.id}/check-runs`,
        rerequestable: true,
        runs_rerequestable: true
      }))
    },
    headers: linkHeader(`${ctx.view.apiUrl}${path}`, ctx.query, page, perPage, views.length)
  }
}

function rulesFor(ctx: RouteContext): BranchRulesSpec | undefined {
  const repository = findRepository(ctx)
  return ctx.world.checks.rules.get(`${repository.fullName} ${ctx.params['branch'] ?? ''}`)
}

/**
 * GET /repos/{owner}/{repo}/rules/branches/{branch}: every active rule on the branch, a plain
 * array (paginated); the required checks as one `required_status_checks` rule of a ruleset.
 */
export function getBranchRules(ctx: RouteContext): Reply {
  const rules = rulesFor(ctx)
  const required = rules?.ruleset ?? []
  const all =
    required.length === 0
      ? []
      : [
          {
            type: 'deletion',
            ruleset_source_type: 'Repository',
            ruleset_source: findRepository(ctx).fullName,
            ruleset_id: 42
          },
          {
            type: 'required_status_checks',
            ruleset_source_type: 'Repository',
            ruleset_source: findRepository(ctx).fullName,
            ruleset_id: 42,
            parameters: {
              strict_required_status_checks_policy: false,
              do_not_enforce_on_create: false,
              required_status_checks: required.map((check: RequiredCheckSpec) =>
                check.appId === undefined
                  ? { context: check.context }
                  : { context: check.context, integration_id: check.appId }
              )
            }
          }
        ]
  const { perPage, page } = pagination(ctx.query)
  return { status: 200, json: all.slice((page - 1) * perPage, page * perPage) }
}

/**
 * GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks: classic branch
 * protection's required checks, or 404 "Branch not protected" / "Required status checks not
 * enabled". Needs administration: read (GITHUB_TOKEN cannot have it).
 */
export function getRequiredStatusChecks(ctx: RouteContext): Reply {
  const rules = rulesFor(ctx)
  if (!rules?.protection) return errorReply(404, 'Branch not protected')
  const repository = findRepository(ctx)
  const url = `${ctx.view.apiUrl}/repos/${repository.fullName}/branches/${encodeURIComponent(rules.branch)}/protection/required_status_checks`
  return {
    status: 200,
    json: {
      url,
      strict: false,
      contexts: rules.protection.map(check => check.context),
      checks: rules.protection.map(check => ({
        context: check.context,
        app_id: check.appId ?? null
      })),
      contexts_url: `${url}/contexts`
    }
  }
}
