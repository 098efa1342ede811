import * as log from '../step-log.js'
import { systemClock, type Deadline } from '../clock.js'
import {
  createOctokit,
  proxyFetchFor,
  type BodyCheck,
  type FetchLike,
  type Octokit,
  type OctokitOptions
} from './octokit.js'
import {
  Capabilities,
  ENTERPRISE_VERSION_HEADER,
  identify,
  type Endpoint,
  type ServerIdentity
} from './capabilities.js'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import {
  MalformedResponseError,
  OperationError,
  classify,
  describeError,
  httpStatus
} from './errors.js'
import { decideUncertainWrite, mayResendWrite } from './retry-policy.js'
import { createdRange, runMatchesFilter } from './run-filter.js'
import { ServerClock } from './server-clock.js'
import type {
  Annotation,
  Artifact,
  CheckRun,
  CommitStatus,
  Deployment,
  Job,
  PendingDeployment,
  RunTiming,
  WorkflowRun
} from './types.js'

export interface ClientOptions extends OctokitOptions {
  owner: string
  repo: string
  /** The runner's clock, on which GitHub's clock offset is measured (tests pass a fake one). */
  now?: () => number
}

export interface RunListFilter {
  workflow?: string
  branch?: string
  event?: string
  headSha?: string
  status?: string
  /** GitHub's `created` query, e.g. ">=2026-01-01T00:00:00Z". */
  created?: string
}

export interface Polled<T> {
  data: T
  /** True when the server answered 304: nothing changed since the last poll. */
  notModified: boolean
}

export interface RequestStats {
  /** Every HTTP request sent to the API host, retries included. */
  requests: number
  /** Of those, how many were answered 304 (free on the primary rate limit). */
  notModified: number
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Thrown where a server cannot list a run's jobs: operations degrade on it, with its sentence. */
export class JobsUnavailableError extends OperationError {
  constructor(server: string) {
    super(
      `${server.charAt(0).toUpperCase()}${server.slice(1)} cannot list a run's jobs (its API has no jobs endpoints), so job details are left out.`
    )
    this.name = 'JobsUnavailableError'
  }
}

const RUNS = 'GET /repos/{owner}/{repo}/actions/runs'
const WORKFLOW_RUNS = 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
const RUN_JOBS = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs'
const ATTEMPT_JOBS =
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs'

const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs'
const RUN_ARTIFACTS = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'
const ANNOTATIONS = 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations'
const COMBINED_STATUS = 'GET /repos/{owner}/{repo}/commits/{ref}/status'

const isRun: BodyCheck = data =>
  isObject(data) && typeof data.id === 'number' && typeof data.html_url === 'string'

const isJob: BodyCheck = data =>
  isObject(data) && typeof data.id === 'number' && typeof data.name === 'string'

const isList: BodyCheck = data => Array.isArray(data)

/**
 * One page of a list (`{ total_count, <key>: [...] }`): the array is there and holds objects
 * with ids, and it is not empty while the count says there are items (a cut or emptied page is
 * retried, never read as "no items").
 */
function isPageOf(
  key: 'jobs' | 'workflow_runs' | 'check_runs' | 'statuses' | 'artifacts' | 'check_suites'
): BodyCheck {
  return data => {
    if (!isObject(data) || typeof data.total_count !== 'number') return false
    const items = data[key]
    if (!Array.isArray(items)) return false
    if (items.length === 0 && data.total_count > 0) return false
    return items.every(item => isObject(item) && typeof item.id === 'number')
  }
}

/** Reads whose answers must have a shape: checked (and retried) by the transport. */
function checked(validate: BodyCheck) {
  return { request: { validate } }
}

/**
 * The GitHub client every operation uses: the REST calls runctl makes, with conditional polling
 * (ETag / If-None-Match), pagination at 100, and mutations that are never sent twice blindly.
 */
export class GitHubClient {
  readonly owner: string
  readonly repo: string
  readonly octokit: Octokit
  readonly stats: RequestStats = { requests: 0, notModified: 0 }
  /** GitHub's clock, read from the Date header of every answer: compare its timestamps with it. */
  readonly serverClock: ServerClock
  /** Sentences about what this server lacks and how the operation did without it. */
  readonly notes: string[] = []
  private readonly etags = new Map<string, { etag: string; data: unknown }>()
  private readonly fetchOverride?: FetchLike
  private readonly sleep: (ms: number) => Promise<void>
  private readonly baseUrl: string
  /** Learnt from the first answer (no extra request); undefined until then. */
  private identity?: ServerIdentity
  private known?: Capabilities
  private readonly deadline?: Deadline
  private readonly secondMs: number

  constructor(options: ClientOptions) {
    this.owner = options.owner
    this.repo = options.repo
    this.baseUrl = options.baseUrl
    this.fetchOverride = options.fetch
    this.sleep = options.sleep ?? systemClock.sleep
    this.deadline = options.deadline
    this.secondMs = 1000 * (options.timeScale ?? 1)
    this.octokit = createOctokit({
      ...options,
      stats: this.stats,
      onAnswer: headers => this.learn(headers)
    })
    this.serverClock = new ServerClock(options.now)
    readServerClock(this.octokit, this.serverClock)
  }

  /** The first answer decides; a later one naming an enterprise version (after a proxy's) corrects it. */
  private learn(headers: Record<string, string | number | undefined>): void {
    const header = headers[ENTERPRISE_VERSION_HEADER]
    const version = header === undefined ? undefined : String(header)
    if (this.identity && (version === undefined || version === this.identity.version)) return
    this.identity = identify(this.baseUrl, version)
    this.known = new Capabilities(this.identity)
  }

  /** Says once, as a warning and in the summary, what the server lacks and what was done instead. */
  note(sentence: string): void {
    if (this.notes.includes(sentence)) return
    this.notes.push(sentence)
    log.warning(sentence)
  }

  /** Whether any answer has come yet (and with it the server's identity). */
  get identified(): boolean {
    return this.identity !== undefined
  }

  /**
   * What the server has, by its description. Before the first answer only what every
   * description has counts as known, so the first request is always one every server has.
   */
  get capabilities(): Capabilities {
    return this.known ?? new Capabilities(undefined)
  }

  /** The optional parameters the server documents for this endpoint; the others are left out. */
  private documented(endpoint: Endpoint, params: Record<string, unknown>): Record<string, unknown> {
    const capabilities = this.capabilities
    return Object.fromEntries(
      Object.entries(params).filter(
        ([name, value]) => value !== undefined && capabilities.accepts(endpoint, name)
      )
    )
  }

  /** Whether the server documents this optional parameter (e.g. enable_debug_logging on re-runs). */
  accepts(endpoint: Endpoint, param: string): boolean {
    return this.capabilities.accepts(endpoint, param)
  }

  private get repoParams() {
    return { owner: this.owner, repo: this.repo }
  }

  /**
   * How to send one hop of a signed log download (src/logs/http-get.ts), decided for every hop
   * so HTTPS_PROXY / NO_PROXY apply to redirect targets too: the proxy-aware fetch when a proxy
   * applies (or the injected fetch, which tests intercept), else undefined for a plain socket.
   * Never with Authorization: the link carries its own signature.
   */
  fetchFor(url: URL): FetchLike | undefined {
    if (this.fetchOverride) return this.fetchOverride
    return getProxyUrl(url)?.hostname ? proxyFetchFor(url.href) : undefined
  }

  /** Path parameters as they are; the optional ones only where the server documents them. */
  fitParams(route: Endpoint, params: Record<string, unknown>): Record<string, unknown> {
    const inPath = (name: string) => route.includes(`{${name}}`)
    return {
      ...Object.fromEntries(Object.entries(params).filter(([name]) => inPath(name))),
      ...this.documented(
        route,
        Object.fromEntries(Object.entries(params).filter(([name]) => !inPath(name)))
      )
    }
  }

  /**
   * A GET that remembers its ETag and sends If-None-Match next time; a 304 returns the cached
   * body with notModified = true (and costs nothing on the primary rate limit).
   */
  async getConditional<T>(
    route: Endpoint,
    params: Record<string, unknown>,
    validate?: BodyCheck
  ): Promise<Polled<T>> {
    const sent = this.fitParams(route, params)
    // Keyed by what was asked for: once the server is known a list may carry more filters, and
    // its new answer (a 200: the ETag differs) replaces the wider one.
    const key = `${route} ${JSON.stringify(params)}`
    const cached = this.etags.get(key)
    try {
      const response = await this.octokit.request(route, {
        ...this.repoParams,
        ...sent,
        headers: cached ? { 'if-none-match': cached.etag } : {},
        ...(validate ? checked(validate) : {})
      })
      const etag = response.headers.etag
      if (etag) this.etags.set(key, { etag, data: response.data })
      return { data: response.data as T, notModified: false }
    } catch (error) {
      if (httpStatus(error) === 304 && cached) {
        return { data: cached.data as T, notModified: true }
      }
      throw error
    }
  }

  async getRun(runId: number): Promise<WorkflowRun> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
      ...this.repoParams,
      run_id: runId,
      ...checked(isRun)
    })
    return data as unknown as WorkflowRun
  }

  /** The run, conditionally: cheap to call every poll interval. */
  async pollRun(runId: number): Promise<Polled<WorkflowRun>> {
    return this.getConditional<WorkflowRun>(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
      { run_id: runId },
      isRun
    )
  }

  async getRunAttempt(runId: number, attempt: number): Promise<WorkflowRun> {
    const { data } = await this.octokit.request(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}',
      { ...this.repoParams, run_id: runId, attempt_number: attempt, ...checked(isRun) }
    )
    return data as unknown as WorkflowRun
  }

  /**
   * octokit.paginate over a list route, every page's shape checked (and retried) by the
   * transport before paginate reads it; Link URLs are followed only within the API's origin.
   */
  private paginateChecked(
    route: Endpoint,
    params: Record<string, unknown>,
    key: 'jobs' | 'workflow_runs' | 'artifacts',
    mapFn?: (response: { data: unknown }, done: () => void) => unknown[]
  ): Promise<unknown[]> {
    const { pageRequest, all } = this.checkedPageRequest(route, params, key)
    return (
      mapFn
        ? this.octokit.paginate(pageRequest as never, all as never, mapFn as never)
        : this.octokit.paginate(pageRequest as never, all as never)
    ) as Promise<unknown[]>
  }

  /** A list route's request, every page's shape checked, and its parameters at 100 a page. */
  private checkedPageRequest(
    route: Endpoint,
    params: Record<string, unknown>,
    key: 'jobs' | 'workflow_runs' | 'artifacts'
  ) {
    const request = this.octokit.request
    const validate = isPageOf(key)
    const pageRequest = Object.assign(
      (options: Record<string, unknown>) => request({ ...options, ...checked(validate) } as never),
      { endpoint: (parameters: Record<string, unknown>) => request.endpoint(route, parameters) }
    )
    // Only the parameters this server documents (per_page is on every list).
    const all = { ...this.repoParams, ...this.fitParams(route, { ...params, per_page: 100 }) }
    return { pageRequest, all }
  }

  /**
   * A call to a jobs endpoint, or JobsUnavailableError where the server has none: known from
   * its description, or a 404 when probing a server older than every description.
   */
  private async fromJobsEndpoint<T>(endpoint: Endpoint, call: () => Promise<T>): Promise<T> {
    const has = this.capabilities.has(endpoint)
    if (has === false) throw new JobsUnavailableError(this.capabilities.server)
    try {
      return await call()
    } catch (error) {
      if (has === undefined && httpStatus(error) === 404) {
        throw new JobsUnavailableError(this.capabilities.server)
      }
      throw error
    }
  }

  /**
   * Every job of a run (latest attempt, or all attempts), or of one attempt; all pages. Throws
   * JobsUnavailableError where the server has no jobs endpoints (known, or a 404 when probing).
   */
  async listJobs(
    runId: number,
    options: { filter?: 'latest' | 'all'; attempt?: number } = {}
  ): Promise<Job[]> {
    const jobs = await this.fromJobsEndpoint(
      options.attempt !== undefined ? ATTEMPT_JOBS : RUN_JOBS,
      () =>
        options.attempt !== undefined
          ? this.paginateChecked(
              ATTEMPT_JOBS,
              { run_id: runId, attempt_number: options.attempt },
              'jobs'
            )
          : this.paginateChecked(
              RUN_JOBS,
              { run_id: runId, filter: options.filter ?? 'latest' },
              'jobs'
            )
    )
    if (!Array.isArray(jobs)) throw new MalformedResponseError(`the jobs list of run ${runId}`)
    return jobs as unknown as Job[]
  }

  /**
   * Every job of a run (latest attempt, or all attempts), or of one attempt, like listJobs, but
   * one page at a time as it arrives (octokit.paginate.iterator), so a caller that reduces each
   * page keeps only what it needs: the same requests as listJobs, never all pages at once.
   * Throws JobsUnavailableError where the server has no jobs endpoints.
   */
  async *jobPages(
    runId: number,
    options: { filter?: 'latest' | 'all'; attempt?: number } = {}
  ): AsyncGenerator<Job[], void, undefined> {
    const route = options.attempt !== undefined ? ATTEMPT_JOBS : RUN_JOBS
    const params =
      options.attempt !== undefined
        ? { run_id: runId, attempt_number: options.attempt }
        : { run_id: runId, filter: options.filter ?? 'latest' }
    const { pageRequest, all } = this.checkedPageRequest(route, params, 'jobs')
    const pages = this.octokit.paginate
      .iterator(pageRequest as never, all as never)
      [Symbol.asyncIterator]()
    // Only the first answer can say the server has no jobs endpoints.
    let page = await this.fromJobsEndpoint(route, () => pages.next())
    for (; !page.done; page = await pages.next()) {
      const jobs: unknown = page.value.data
      if (!Array.isArray(jobs)) throw new MalformedResponseError(`the jobs list of run ${runId}`)
      yield jobs as Job[]
    }
  }

  /**
   * The latest attempt's jobs, conditionally: every page is asked with its own ETag, so a poll
   * that finds nothing changed costs only 304s (free on the primary rate limit).
   */
  async pollJobs(runId: number): Promise<Polled<Job[]>> {
    const jobs: Job[] = []
    let notModified = true
    for (let page = 1; ; page++) {
      const polled = await this.fromJobsEndpoint(RUN_JOBS, () =>
        this.getConditional<{ total_count?: unknown; jobs?: unknown }>(RUN_JOBS, {
          run_id: runId,
          filter: 'latest',
          per_page: 100,
          page
        })
      )
      const { total_count: total, jobs: pageJobs } = polled.data
      if (!Array.isArray(pageJobs) || typeof total !== 'number') {
        throw new MalformedResponseError(`the jobs list of run ${runId}`)
      }
      notModified &&= polled.notModified
      jobs.push(...(pageJobs as Job[]))
      if (pageJobs.length < 100 || jobs.length >= total) return { data: jobs, notModified }
    }
  }

  /**
   * Every page of a list, each asked conditionally with its own ETag: a poll that finds nothing
   * changed costs only 304s. Pages are read until one is short or the count is reached.
   */
  async pollAllPages<T>(
    route: Endpoint,
    params: Record<string, unknown>,
    key: 'check_runs' | 'statuses' | 'check_suites'
  ): Promise<Polled<T[]>> {
    const items: T[] = []
    let notModified = true
    for (let page = 1; ; page++) {
      const polled = await this.getConditional<Record<string, unknown>>(
        route,
        { ...params, per_page: 100, page },
        isPageOf(key)
      )
      const pageItems = polled.data[key] as T[]
      const total = polled.data['total_count'] as number
      notModified &&= polled.notModified
      items.push(...pageItems)
      if (pageItems.length < 100 || items.length >= total) return { data: items, notModified }
    }
  }

  /**
   * Every check run on a commit (all apps, all pages, `filter=all`: re-runs and same-named
   * check runs of other suites included, so the caller decides which one counts).
   */
  pollCheckRuns(ref: string): Promise<Polled<CheckRun[]>> {
    return this.pollAllPages<CheckRun>(CHECK_RUNS, { ref, filter: 'all' }, 'check_runs')
  }

  /** The newest status of every context on a commit (the combined status), all pages. */
  pollCommitStatuses(ref: string): Promise<Polled<CommitStatus[]>> {
    return this.pollAllPages<CommitStatus>(COMBINED_STATUS, { ref }, 'statuses')
  }

  /**
   * A workflow's recent successful runs (newest first), conditionally: their durations predict
   * when a run of that workflow ends.
   */
  async pollSuccessfulRuns(workflowId: number, count: number): Promise<Polled<WorkflowRun[]>> {
    const polled = await this.getConditional<{ workflow_runs?: unknown }>(
      'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      { workflow_id: workflowId, status: 'success', exclude_pull_requests: true, per_page: count }
    )
    const runs = polled.data.workflow_runs
    if (!Array.isArray(runs)) throw new MalformedResponseError('the workflow runs list')
    return { data: runs as WorkflowRun[], notModified: polled.notModified }
  }

  /** Every artifact of a run, all pages (expired ones included: they say so). */
  async listArtifacts(runId: number): Promise<Artifact[]> {
    const artifacts = await this.paginateChecked(RUN_ARTIFACTS, { run_id: runId }, 'artifacts')
    if (!Array.isArray(artifacts)) {
      throw new MalformedResponseError(`the artifacts list of run ${runId}`)
    }
    return artifacts as Artifact[]
  }

  /**
   * The first `limit` annotations of a check run (a job's id is its check run's id): one page,
   * since no more than that many are ever shown.
   */
  async listAnnotations(checkRunId: number, limit: number): Promise<Annotation[]> {
    const { data } = await this.octokit.request(ANNOTATIONS, {
      ...this.repoParams,
      check_run_id: checkRunId,
      per_page: Math.max(1, Math.min(100, limit)),
      ...checked(isList)
    })
    return (data as unknown as Annotation[]).slice(0, limit)
  }

  async getJob(jobId: number): Promise<Job> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}', {
      ...this.repoParams,
      job_id: jobId,
      ...checked(isJob)
    })
    return data as unknown as Job
  }

  /**
   * Runs matching a filter, newest first, across pages, stopping once `limit` are found or
   * `stopWhen` says the rest are older than needed (runs come newest first).
   */
  async listRuns(
    filter: RunListFilter,
    options: { limit?: number; stopWhen?: (run: WorkflowRun) => boolean } = {}
  ): Promise<WorkflowRun[]> {
    const endpoint = filter.workflow !== undefined ? WORKFLOW_RUNS : RUNS
    const workflowId =
      filter.workflow === undefined
        ? undefined
        : /^\d+$/.test(filter.workflow)
          ? Number(filter.workflow)
          : filter.workflow
    const asked: Record<string, unknown> = {
      ...(workflowId !== undefined ? { workflow_id: workflowId } : {}),
      branch: filter.branch,
      event: filter.event,
      head_sha: filter.headSha,
      status: filter.status,
      created: filter.created
    }
    // A server may not know (or may ignore) a filter: send what it documents, re-check them all.
    const queryNow = () => JSON.stringify(this.fitParams(endpoint, asked))
    // Runs come newest first: past the `created` range's start, nothing further can match.
    const createdFrom =
      filter.created !== undefined ? createdRange(filter.created)?.from : undefined
    const limit = options.limit ?? Infinity
    for (;;) {
      const query = queryNow()
      let askAgain = false
      const found: WorkflowRun[] = []
      const collect = (response: { data: unknown }, done: () => void): WorkflowRun[] => {
        const runs = response.data
        if (!Array.isArray(runs)) throw new MalformedResponseError('the workflow runs list')
        // The first answer told which filters this server takes: list again with them.
        if (queryNow() !== query) {
          askAgain = true
          done()
          return []
        }
        for (const run of runs as WorkflowRun[]) {
          if (options.stopWhen?.(run) || Date.parse(run.created_at) < (createdFrom ?? -Infinity)) {
            done()
            break
          }
          if (!runMatchesFilter(run, filter)) continue
          found.push(run)
          if (found.length >= limit) {
            done()
            break
          }
        }
        return []
      }
      await this.paginateChecked(endpoint, asked, 'workflow_runs', collect)
      if (!askAgain) return found
    }
  }

  /**
   * Sends a mutation once, with no automatic retry. If it fails in a way that may or may not
   * have reached GitHub (5xx, reset, timeout), asks `applied` whether it took effect before
   * sending it again, so a cancel or re-run is never done twice; without `applied` (GitHub keeps
   * nothing to check against) it is sent once. The retry policy decides (decideUncertainWrite).
   */
  async mutate(
    label: string,
    send: () => Promise<unknown>,
    applied: (() => Promise<boolean>) | undefined
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await send()
        return
      } catch (error) {
        // Whether to check and send again is the retry policy's to say (retry-policy.ts).
        const failure = {
          label,
          failure: classify(error),
          sentence: describeError(error),
          checkable: applied !== undefined
        }
        const decision = decideUncertainWrite(failure, attempt, this.budgetLeft())
        if (decision.kind === 'fail') throw decision.error
        if (decision.kind === 'deliver' || applied === undefined) throw error
        log.warning(decision.warning)
        // The pause before checking never runs past the budget; the check itself may use the grace.
        await this.sleep(decision.waitSeconds * this.secondMs)
        let tookEffect: boolean
        try {
          tookEffect = await applied()
        } catch (checkError) {
          // A caller's check may already say it in its own sentence.
          if (checkError instanceof OperationError) throw checkError
          throw new OperationError(
            `${label} failed (${describeError(error).replace(/\.$/, '')}) and whether it took effect could not be checked (${describeError(checkError).replace(/\.$/, '')}); look at the run before trying again.`
          )
        }
        if (tookEffect) return
        if (!mayResendWrite(this.budgetLeft())) throw error
      }
    }
  }

  /** What is left of the budget, as the retry policy reads it. */
  private budgetLeft() {
    return {
      timeoutSeconds: this.deadline?.timeoutSeconds,
      leftMs: this.deadline ? this.deadline.remainingMs() : Infinity,
      secondMs: this.secondMs
    }
  }

  private post(route: string, params: Record<string, unknown>) {
    // Sent once (the retry policy resends a write only when GitHub refused it unprocessed);
    // `mutate` checks whether it took effect before sending it again.
    return this.octokit.request(route, { ...this.repoParams, ...params })
  }

  cancelRun(runId: number, force: boolean) {
    const route = force
      ? 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel'
      : 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel'
    return this.post(route, { run_id: runId })
  }

  /** The flag is sent only when wanted and documented (old GHES documents no body for re-runs). */
  private debugLogging(endpoint: Endpoint, enabled: boolean): { enable_debug_logging?: true } {
    return enabled ? this.documented(endpoint, { enable_debug_logging: true }) : {}
  }

  rerunFailedJobs(runId: number, enableDebugLogging: boolean) {
    const route = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs'
    return this.post(route, { run_id: runId, ...this.debugLogging(route, enableDebugLogging) })
  }

  rerunRun(runId: number, enableDebugLogging: boolean) {
    const route = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun'
    return this.post(route, { run_id: runId, ...this.debugLogging(route, enableDebugLogging) })
  }

  rerunJob(jobId: number, enableDebugLogging: boolean) {
    const route = 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun'
    return this.post(route, { job_id: jobId, ...this.debugLogging(route, enableDebugLogging) })
  }

  /**
   * Dispatches a workflow, sent exactly once (no retry: a dispatch is not idempotent). Returns
   * the status (200 with the run's id where run details are returned, else 204) and the body;
   * its Date header goes to `serverClock`, which bounds when the new run can have been created.
   */
  async dispatchWorkflow(
    workflow: string,
    body: { ref: string; inputs: Record<string, string>; return_run_details?: true }
  ): Promise<{ status: number; data: unknown }> {
    const response = await this.post(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      { workflow_id: /^\d+$/.test(workflow) ? Number(workflow) : workflow, ...body }
    )
    return { status: response.status, data: response.data }
  }

  /**
   * The login the token acts as, or undefined where GitHub will not say: installation tokens
   * (GITHUB_TOKEN, GitHub Apps) are refused GET /user.
   */
  async authenticatedLogin(): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.request('GET /user')
      const login = isObject(data) ? data['login'] : undefined
      return typeof login === 'string' ? login : undefined
    } catch (error) {
      const status = httpStatus(error)
      if (status === 401 || status === 403 || status === 404) return undefined
      throw error
    }
  }

  async getPendingDeployments(runId: number): Promise<PendingDeployment[]> {
    const { data } = await this.octokit.request(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
      { ...this.repoParams, run_id: runId, ...checked(isList) }
    )
    return data as unknown as PendingDeployment[]
  }

  /** Conditional variant for polling until a run reaches its environment gate. */
  async pollPendingDeployments(runId: number): Promise<Polled<PendingDeployment[]>> {
    return this.getConditional<PendingDeployment[]>(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
      { run_id: runId },
      isList
    )
  }

  async reviewPendingDeployments(
    runId: number,
    environmentIds: number[],
    state: 'approved' | 'rejected',
    comment: string
  ): Promise<Deployment[]> {
    const { data } = await this.post(
      'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
      { run_id: runId, environment_ids: environmentIds, state, comment }
    )
    return (Array.isArray(data) ? data : []) as Deployment[]
  }

  approveForkRun(runId: number) {
    return this.post('POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve', { run_id: runId })
  }

  reviewProtectionRule(
    runId: number,
    environmentName: string,
    state: 'approved' | 'rejected',
    comment: string
  ) {
    return this.post(
      'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule',
      {
        run_id: runId,
        environment_name: environmentName,
        state,
        comment
      }
    )
  }

  /**
   * Where a log (or an artifact's zip) can be downloaded: the API answers 302 with a short-lived
   * signed URL. Asked with
   * redirects not followed so the Authorization header never reaches the blob host.
   */
  async getLogLocation(
    which: { runId: number; attempt?: number } | { jobId: number } | { artifactId: number }
  ): Promise<string> {
    const [route, params] =
      'artifactId' in which
        ? [
            'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
            { artifact_id: which.artifactId, archive_format: 'zip' }
          ]
        : 'jobId' in which
          ? ['GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', { job_id: which.jobId }]
          : which.attempt !== undefined
            ? [
                'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs',
                { run_id: which.runId, attempt_number: which.attempt }
              ]
            : ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs', { run_id: which.runId }]
    const response = await this.octokit.request(route, {
      ...this.repoParams,
      ...params,
      request: { redirect: 'manual', parseSuccessResponseBody: false }
    })
    const location = response.headers.location
    if (!location) throw new MalformedResponseError(`${route} (no Location header)`)
    log.secret(location)
    return location
  }

  async getTiming(runId: number): Promise<RunTiming> {
    const { data } = await this.octokit.request(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing',
      { ...this.repoParams, run_id: runId, ...checked(isObject) }
    )
    return data as RunTiming
  }
}

/**
 * Feeds every answer's Date header (errors and 304s included) to the server clock. Outermost
 * (registered after the plugins), so the interval runs from the first send to the last answer:
 * a retried request only widens it, which never skews the estimate (see ServerClock).
 */
function readServerClock(octokit: Octokit, clock: ServerClock): void {
  type Answer = { headers?: Record<string, string | number | undefined> }
  const dateOf = (answer: Answer | undefined) => {
    const date = answer?.headers?.['date']
    return typeof date === 'string' ? date : undefined
  }
  octokit.hook.wrap('request', async (request, options) => {
    const sentAt = clock.runnerTime()
    try {
      const response = await request(options)
      clock.observe(dateOf(response as Answer), sentAt, clock.runnerTime())
      return response
    } catch (error) {
      const answer = (error as { response?: Answer } | null)?.response
      clock.observe(dateOf(answer), sentAt, clock.runnerTime())
      throw error
    }
  })
}

/** The one factory every operation's client comes from. */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  return new GitHubClient(options)
}
