/**
 * The simulator's public types. Tests across the repository script runs and read the request log
 * through these, so names here are a contract: add, never rename.
 */

export type Flavour = 'github.com' | 'ghe.com' | 'ghes-3.19' | 'ghes-3.21' | 'ghes-legacy'

export type Conclusion =
  | 'success'
  | 'failure'
  | 'cancelled'
  | 'skipped'
  | 'neutral'
  | 'timed_out'
  | 'action_required'
  | 'stale'
  | 'startup_failure'

/** The outcomes a job or step can have (a subset of run conclusions, per the job schema). */
export type JobConclusion =
  'success' | 'failure' | 'cancelled' | 'skipped' | 'neutral' | 'timed_out'

export interface SimulatorOptions {
  /** Which product to imitate; decides base path, API versions and the endpoint list. */
  flavour?: Flavour
  /**
   * GHES flavours: the x-github-enterprise-version sent (default 3.19.4, 3.21.0, 3.10.16), e.g.
   * '3.9.0' to play a server older than every description (the client must then probe).
   */
  enterpriseVersion?: string
  /** API port; 0 (default) picks a free one. The blob host always gets a free port. */
  port?: number
  /** How long a signed log URL stays valid (GitHub: about a minute). Default 60 000. */
  linkExpiryMs?: number
  /** Requests per hour per token before the primary limit answers 403. Default 5 000. */
  rateLimit?: number
  /** Delay between a cancel request and the run completing as cancelled. Default 300 ms. */
  cancelDelayMs?: number
  /**
   * The simulator's clock (default: real time). A test that moves it by hand sees each status
   * exactly when it asks for it, however loaded the machine is.
   */
  now?: () => number
  /**
   * How far the simulated GitHub's clock is off the runner's, in ms (negative: behind; default
   * 0), added to `now`. Every timestamp it writes and its `Date` header agree with each other and
   * disagree with the client's clock, as a drifting GHES appliance or self-hosted runner does.
   */
  clockOffsetMs?: number
  /**
   * What some tokens may do (keyed by token). A token without an entry may do everything its
   * user may. Every answer names what the route accepts, as GitHub does: apps, GITHUB_TOKEN and
   * fine-grained tokens get X-Accepted-GitHub-Permissions, classic tokens X-OAuth-Scopes and
   * X-Accepted-OAuth-Scopes.
   */
  tokenGrants?: Record<string, TokenGrant>
  /**
   * The URLs of workflow jobs' check runs: 'job' (default, as github.com: `html_url` and
   * `details_url` are `…/actions/runs/{run_id}/job/{job_id}`) or 'check-run' (`…/runs/{id}`, no
   * run id in either, as some servers and proxies answer).
   */
  checkRunUrls?: 'job' | 'check-run'
}

/** A token's grant: what a route needs beyond it is refused as GitHub refuses it. */
export interface TokenGrant {
  /**
   * Fine-grained permissions (GITHUB_TOKEN, apps, fine-grained tokens). A route needing more
   * answers 403 "Resource not accessible by integration" (or "… by personal access token").
   */
  permissions?: Partial<Record<PermissionName, 'read' | 'write'>>
  /** Repositories the token can see (owner/name); any other answers 404. Default: all. */
  repositories?: string[]
  /**
   * Classic tokens: the scopes in X-OAuth-Scopes (default repo, workflow). Without repo, a
   * private repository and every write answer 404, as GitHub hides what the token cannot reach.
   */
  scopes?: string[]
}

export type PermissionName = 'actions' | 'checks' | 'deployments' | 'administration'

export interface StepSpec {
  name: string
  /** Default: success, except that a failing job fails at its last step before 'Complete job'. */
  conclusion?: JobConclusion
  /** Lines the step prints; written to job logs and the run-log zip with timestamps. */
  log?: string[]
  /** Default: the job's duration split evenly between its steps. */
  durationMs?: number
}

export interface JobSpec {
  name: string
  /**
   * Outcome per attempt: a single value for every attempt, or a list where entry i is attempt
   * i+1 and the last entry repeats (['failure', 'success'] fails once, then passes). Default success.
   */
  conclusion?: JobConclusion | JobConclusion[]
  /** How long the job runs once started. Default 300 ms. */
  durationMs?: number
  /** Default: 'Set up job', 'Run tests', 'Complete job'. */
  steps?: StepSpec[]
  /** Names of jobs (in this run) that must succeed first; otherwise jobs start together. A failed need skips the job. */
  needs?: string[]
  /** An environment declared in RunSpec.environments; the job waits for its review. */
  environment?: string
  /** runs-on label. Default 'ubuntu-latest' (billed as UBUNTU; windows-*, macos-* likewise). */
  runsOn?: string
  /** The job calls a reusable workflow: re-running it alone answers 403, as on GitHub. */
  reusableWorkflowCaller?: boolean
  /**
   * Pad the job's own log (`GET …/jobs/{id}/logs`) to about this many bytes with generated lines
   * before its steps' text, streamed (a 200 MB log costs no memory). The run archive is not padded.
   */
  logBytes?: number
  /**
   * The job's check-run annotations (`GET …/check-runs/{job id}/annotations`). Default: a failed
   * job has the one the runner writes, "Process completed with exit code 1." on .github.
   */
  annotations?: AnnotationSpec[]
}

/** A check-run annotation of a job; its text is anything a workflow can print. */
export interface AnnotationSpec {
  path?: string
  startLine?: number
  endLine?: number
  /** Default failure. */
  level?: 'notice' | 'warning' | 'failure'
  title?: string
  message: string
}

/**
 * An artifact a run uploaded (listed once the run completes). Its zip is built from these fields
 * when first downloaded (entry names exactly as given, hostile ones included).
 */
export interface ArtifactSpec {
  name: string
  /** Files: entry name → text. Default (with no other content): one `<name>.txt`. */
  files?: Record<string, string>
  /** Entries that are symbolic links: entry name → link target. */
  symlinks?: Record<string, string>
  /** One more file, `data.bin`, of this many generated binary-ish bytes (deflates about 2:1). */
  binaryBytes?: number
  /** This many more small generated text files, in folders of 100 (`part-N/file-M.txt`). */
  smallFiles?: number
  /**
   * This many more pages of a generated HTML coverage report (`coverage/pkg-A/dir-B/…html`, 50 a
   * folder, an index page per folder): 1.5-40 KiB each (about 14 KiB on average), deflating
   * about 10:1 as such HTML does, like the reports and built sites people upload.
   */
  reportPages?: number
  /** Expired: listed with expired: true, and its download answers 410 Gone. */
  expired?: boolean
  /**
   * A zip bomb's headers: every entry's uncompressed size claimed as 1 byte (local header and
   * central directory), whatever its data inflates to.
   */
  understateSizes?: boolean
}

export interface EnvironmentSpec {
  name: string
  /** User logins allowed to approve. The github-actions bot is never a reviewer. */
  reviewers?: string[]
  /** Shown as wait_timer (minutes) in pending deployments; not enforced. */
  waitTimerMinutes?: number
  /** A custom deployment protection rule owned by the app token's app. */
  customRule?: boolean
}

export interface RunSpec {
  /** 'owner/name'. Default 'octo/demo'. */
  repository?: string
  /** File name under .github/workflows. Default 'ci.yml'. */
  workflow?: string
  /** Workflow name shown as run.name. Default derived from the file ('ci.yml' → 'CI'). */
  name?: string
  displayTitle?: string
  branch?: string
  event?: string
  headSha?: string
  actor?: string
  /** ISO string, epoch ms (Date.getTime()), or a negative number = ms before now. */
  createdAt?: string | number
  /** Time spent queued before the first job starts. Default 200 ms. */
  queuedMs?: number
  /** Default: one job 'build' that succeeds. */
  jobs?: JobSpec[]
  /** Start already completed (every attempt scripted so far is history). */
  completed?: boolean
  /** How many attempts already happened when completed (each follows the jobs' per-attempt outcomes). Default 1. */
  attempts?: number
  environments?: EnvironmentSpec[]
  /** The repository is private (GitHub's API then approves no fork pull request run). */
  privateRepository?: boolean
  /** A fork pull request from a first-time contributor: completed/action_required until approved. */
  forkPullRequestNeedingApproval?: boolean
  /** Plain cancel is ignored (a stuck runner); only force-cancel works. */
  ignoresCancel?: boolean
  /**
   * Pad the run-log zip to about this many bytes with generated runner-log text: more deflated
   * step logs per job (default), or one stored (uncompressed) entry with `logArchivePadding: 'stored'`.
   */
  logArchiveBytes?: number
  logArchivePadding?: 'deflated' | 'stored'
  /** Logs expired: run, attempt and job log downloads answer this status (true = 410). */
  logsExpired?: boolean | 404 | 410
  /** Artifacts the run uploaded, listed once it completes. */
  artifacts?: ArtifactSpec[]
  /**
   * Held back by a `concurrency:` group for queuedMs: its check suite exists (queued) from the
   * start, its jobs' check runs appear only when it starts.
   */
  concurrencyHeld?: boolean
}

/** One input of a dispatchable workflow (`on.workflow_dispatch.inputs`). */
export interface WorkflowInputSpec {
  required?: boolean
  default?: string
}

/** Someone else dispatching the same workflow around the time an API client does. */
export interface ConcurrentDispatchSpec {
  /** Login of who dispatches (the API client's own login models the same actor a moment later). */
  actor: string
  /**
   * When that run appears, in ms relative to the client's own run appearing (negative = before
   * it, but never before the client's dispatch was answered).
   */
  offsetMs: number
  /** The inputs they dispatch with (default: none, so inputs take their defaults). */
  inputs?: Record<string, string>
}

export interface WorkflowSpec {
  /** 'owner/name'. Default 'octo/demo'. */
  repository?: string
  /** File name under .github/workflows, e.g. 'deploy.yml'. */
  file: string
  /** Workflow name (run.name). Default derived from the file. */
  name?: string
  /**
   * The workflow's `run-name`: `${{ inputs.NAME }}`, `${{ github.event.inputs.NAME }}` and
   * `${{ github.actor }}` are replaced. Default: the workflow name, as GitHub shows dispatched runs.
   */
  runName?: string
  /** `on.workflow_dispatch.inputs`. Undeclared inputs in a dispatch answer 422. */
  inputs?: Record<string, WorkflowInputSpec>
  /** false: the workflow has no workflow_dispatch trigger (dispatch answers 422). Default true. */
  dispatchable?: boolean
  /** Jobs of every dispatched run. Default: one `build` job. */
  jobs?: JobSpec[]
  queuedMs?: number
  /**
   * How long after a 204 answer the dispatched run appears in lists (GitHub creates it
   * asynchronously). Default 300. With run details (200) the run exists when answered.
   */
  appearAfterMs?: number
  /** Each dispatch through the API is accompanied by these dispatches from others. */
  concurrentDispatches?: ConcurrentDispatchSpec[]
  /** Artifacts every dispatched run uploads. */
  artifacts?: ArtifactSpec[]
}

/**
 * A check run from any GitHub App (CodeQL, Vercel, a CI service) on a commit. Workflow jobs of
 * runs on the commit show as check runs of app `github-actions` without being scripted.
 */
export interface CheckRunSpec {
  /** 'owner/name'. Default 'octo/demo'. */
  repository?: string
  /** The commit (40 hex). */
  headSha: string
  name: string
  /** The app's slug. Default 'ci-service'. Known: github-actions, github-advanced-security, vercel, circleci. */
  app?: string
  /** Appears in lists this long from now (a late check). Default 0. */
  appearAfterMs?: number
  /** Queued this long after appearing. Default 0. */
  queuedMs?: number
  /** Runs this long once started. Default 300. */
  durationMs?: number
  /** Its conclusion once completed (default success); null: it never completes. */
  conclusion?: string | null
  /** details_url (default: its html_url). */
  detailsUrl?: string
}

/**
 * A check suite created for an app on a commit without any check run (GitHub creates one for every
 * app subscribed to check suites; an app that never reports leaves it queued for ever).
 */
export interface CheckSuiteSpec {
  repository?: string
  headSha: string
  /** The app's slug (see CheckRunSpec.app). */
  app: string
}

/** A required status check of a branch: `context`, and the app it must come from when set. */
export interface RequiredCheckSpec {
  context: string
  /** The app's id (integration_id in rulesets, app_id in branch protection). */
  appId?: number
}

/** What a branch requires: from rulesets (GET …/rules/branches/{branch}) and/or classic protection. */
export interface BranchRulesSpec {
  repository?: string
  branch: string
  ruleset?: RequiredCheckSpec[]
  protection?: RequiredCheckSpec[]
}

/** One commit status posted (the older Statuses API); the combined status shows the newest per context. */
export interface StatusSpec {
  repository?: string
  sha: string
  /** Default 'default', as GitHub. */
  context?: string
  state: 'pending' | 'success' | 'failure' | 'error'
  /** Posted this long from now (a later state of the same context). Default 0. */
  atMs?: number
  targetUrl?: string
  description?: string
  /** Login of the poster. Default 'octocat'. */
  creator?: string
}

export interface RequestLogEntry {
  host: 'api' | 'blob'
  method: string
  /** Path without the GHES /api/v3 prefix and without the query. */
  path: string
  query: Record<string, string>
  status: number
  headers: {
    authorization: boolean
    ifNoneMatch?: string
    apiVersion?: string
    userAgent?: string
  }
  /** The login behind the token, when the token was recognised. */
  user?: string
  countedAgainstRateLimit: boolean
  /** Set when the flavour's description lacks a query parameter or body key sent (answered 422). */
  undocumented?: string
  /** Set when a fault rule answered instead of the simulator. */
  fault?: FaultKind['kind']
  /** Epoch ms when the request arrived. */
  at: number
  /** The parsed JSON body of a request that had one. */
  body?: unknown
}

export type FaultKind =
  /** 5xx as a proxy or GitHub answers them; 401/403/404 with GitHub's messages. */
  | { kind: 'status'; status: 401 | 403 | 404 | 410 | 500 | 502 | 503 | 504 }
  | { kind: 'secondary-rate-limit'; status: 403 | 429; retryAfterSeconds?: number }
  | { kind: 'primary-rate-limit'; status: 403 | 429; resetInSeconds?: number }
  | { kind: 'connection-reset' }
  | { kind: 'hang' }
  | { kind: 'malformed-json' }
  /** 200 with an HTML page (a proxy's or GitHub's "Unicorn!" error page). */
  | { kind: 'html' }
  /** 200 with a JSON content type and no body at all. */
  | { kind: 'empty-body' }
  /** The request is handled (a write takes effect), then the answer never comes. */
  | { kind: 'apply-then-hang' }
  /** The request is handled (a write takes effect), then a proxy answers this status instead. */
  | { kind: 'apply-then-status'; status: 500 | 502 | 503 | 504 }
  /** The request is handled (a write takes effect), then the connection is reset, unanswered. */
  | { kind: 'apply-then-reset' }
  /** Blob host: answers 200, then sends `bytes` (default 16) of the body every `everyMs` (default 2000). */
  | { kind: 'drip'; bytes?: number; everyMs?: number }
  /** A list answered with its items emptied (or, with `drop`, the items key removed); total_count kept. */
  | { kind: 'empty-page'; drop?: boolean }
  /** The real answer, with a `Link: rel="next"` pointing to another origin (`url`). */
  | { kind: 'foreign-link'; url: string }

export type FaultRule = FaultKind & {
  /** Default: any method. */
  method?: string
  /**
   * An OpenAPI template ('/repos/{owner}/{repo}/actions/runs/{run_id}'), a literal path
   * ('/repos/octo/demo/actions/runs/7'), or a RegExp tested against the path (no /api/v3, no query).
   */
  path: string | RegExp
  /** How many matching requests to fail. Default 1; Infinity = always. */
  times?: number
  /** Let this many matching requests through first (a fault on a later poll). Default 0. */
  after?: number
  /** Default 'api'. Blob-host faults fail log downloads. */
  host?: 'api' | 'blob'
}

export interface Tokens {
  /** GITHUB_TOKEN: acts as github-actions[bot], never a required reviewer. */
  githubToken: string
  /** A required reviewer of every environment unless a spec names others. Login 'octo-reviewer'. */
  reviewer: string
  /** A collaborator who is not a reviewer. Login 'octo-dev'. */
  nonReviewer: string
  /** A repository admin (not a reviewer unless named). Login 'octo-admin'. */
  admin: string
  /** A GitHub App installation token, owner of custom protection rules. Login 'runctl-gate[bot]'. */
  app: string
  /** A fine-grained personal access token of 'octo-dev' (grant it less with tokenGrants). */
  fineGrained: string
}

export interface Simulator {
  /** What to pass as github-api-url (…/api/v3 for GHES flavours); no trailing slash. */
  readonly apiUrl: string
  /** The separate host serving signed log URLs. */
  readonly blobUrl: string
  readonly flavour: Flavour
  readonly tokens: Tokens
  addRun(spec?: RunSpec): number
  /** Declares a workflow that `POST …/workflows/{id}/dispatches` can start; returns its id. */
  addWorkflow(spec: WorkflowSpec): number
  /** The run as GET /runs/{id} would show it now (plain object), or undefined. */
  getRun(id: number): unknown
  /** The run's jobs as GET /runs/{id}/jobs?filter=latest would list them now (all pages), or undefined. */
  getJobs(id: number): unknown[] | undefined
  /** A check run on a commit (see CheckRunSpec); returns its id. */
  addCheckRun(spec: CheckRunSpec): number
  /** Ends a scripted check run now, with `conclusion` (default success). */
  finishCheckRun(id: number, conclusion?: string): void
  /** Posts a commit status (see StatusSpec); returns its id. */
  addStatus(spec: StatusSpec): number
  /** A check suite without check runs (see CheckSuiteSpec); returns its id. */
  addCheckSuite(spec: CheckSuiteSpec): number
  /** The commit before `sha` (its check suites' `before`): where earlier runs of the same checks are. */
  setParentCommit(sha: string, parent: string, repository?: string): void
  /** The required status checks of a branch (rulesets and classic protection). */
  setBranchRules(spec: BranchRulesSpec): void
  /** The id of an app by slug (check runs' app.id), for integration ids in branch rules. */
  appId(slug: string): number
  readonly requests: RequestLogEntry[]
  /**
   * Serves this log (a run attempt's archive, default attempt 1, or a job's log) from a prepared
   * file, read from disk at full speed, instead of generating it (the bench).
   */
  serveLogFromFile(
    which: { runId: number; attempt?: number } | { jobId: number },
    file: string
  ): void
  /** The ids of a run's artifacts, in the order of its spec. */
  artifactIds(runId: number): number[]
  /**
   * Serves this artifact's zip from a prepared file, at full speed (the bench); it is listed
   * with that file's size, so no zip is built for it.
   */
  serveArtifactFromFile(artifactId: number, file: string): void
  clearRequests(): void
  addFault(rule: FaultRule): void
  clearFaults(): void
  close(): Promise<void>
}
