/** Input and output names, as action.yml spells them (one place, like actions/cache's constants). */
export const Inputs = {
  Operation: 'operation',
  Token: 'token',
  Repository: 'repository',
  GithubApiUrl: 'github-api-url',
  ApiVersion: 'api-version',
  Summary: 'summary',
  RunId: 'run-id',
  Workflow: 'workflow',
  Branch: 'branch',
  HeadSha: 'head-sha',
  Event: 'event',
  CreatedAfter: 'created-after',
  Created: 'created',
  MaxRuns: 'max-runs',
  TimeoutSeconds: 'timeout-seconds',
  PollIntervalSeconds: 'poll-interval-seconds',
  AllowedConclusions: 'allowed-conclusions',
  CancelOnTimeout: 'cancel-on-timeout',
  Force: 'force',
  Wait: 'wait',
  Jobs: 'jobs',
  EnableDebugLogging: 'enable-debug-logging',
  MaxAttempts: 'max-attempts',
  Attempt: 'attempt',
  FailedOnly: 'failed-only',
  LogDir: 'log-dir',
  MaxLogBytes: 'max-log-bytes',
  TailLines: 'tail-lines',
  FailOnMissing: 'fail-on-missing',
  IfNoLogsFound: 'if-no-logs-found',
  Environments: 'environments',
  Decision: 'decision',
  Comment: 'comment',
  WaitForPending: 'wait-for-pending',
  Target: 'target',
  Ref: 'ref',
  DispatchInputs: 'inputs',
  CorrelationInput: 'correlation-input',
  AllRuns: 'all-runs',
  Checks: 'checks',
  IgnoreChecks: 'ignore-checks',
  FailFast: 'fail-fast',
  RequiredChecks: 'required-checks'
} as const
export type InputName = (typeof Inputs)[keyof typeof Inputs]

export const Outputs = {
  RunId: 'run-id',
  RunUrl: 'run-url',
  Status: 'status',
  Conclusion: 'conclusion',
  Attempt: 'attempt',
  DurationSeconds: 'duration-seconds',
  CancelledRunIds: 'cancelled-run-ids',
  Rerun: 'rerun',
  RerunJobIds: 'rerun-job-ids',
  LogDir: 'log-dir',
  Files: 'files',
  FailedJobs: 'failed-jobs',
  ReviewedEnvironments: 'reviewed-environments',
  Decision: 'decision',
  UsageFile: 'usage-file',
  Usage: 'usage',
  RunDurationMs: 'run-duration-ms',
  TotalJobMs: 'total-job-ms',
  BillableMs: 'billable-ms',
  Runs: 'runs',
  Checks: 'checks',
  Jobs: 'jobs'
} as const
export type OutputName = (typeof Outputs)[keyof typeof Outputs]

export const OPERATIONS = [
  'wait-for-run',
  'rerun-failed',
  'cancel',
  'fetch-logs',
  'approve-deployment',
  'report-usage',
  'dispatch',
  'wait-for-checks'
] as const
export type Operation = (typeof OPERATIONS)[number]

export const API_VERSIONS = ['2022-11-28', '2026-03-10'] as const
export type ApiVersion = (typeof API_VERSIONS)[number]

/** Inputs every operation reads; the only ones with a default in action.yml. */
export const COMMON_INPUTS: readonly InputName[] = [
  Inputs.Operation,
  Inputs.Token,
  Inputs.Repository,
  Inputs.GithubApiUrl,
  Inputs.ApiVersion,
  Inputs.Summary,
  Inputs.TimeoutSeconds
]

/** Which operation-specific inputs each operation reads; any other given input is ignored with a warning. */
export const OPERATION_INPUTS: Record<Operation, readonly InputName[]> = {
  'wait-for-run': [
    Inputs.RunId,
    Inputs.Workflow,
    Inputs.Branch,
    Inputs.HeadSha,
    Inputs.Event,
    Inputs.CreatedAfter,
    Inputs.PollIntervalSeconds,
    Inputs.AllowedConclusions,
    Inputs.CancelOnTimeout,
    Inputs.AllRuns,
    Inputs.Jobs
  ],
  cancel: [
    Inputs.RunId,
    Inputs.Workflow,
    Inputs.Branch,
    Inputs.HeadSha,
    Inputs.Event,
    Inputs.Force,
    Inputs.Wait,
    Inputs.PollIntervalSeconds
  ],
  'rerun-failed': [
    Inputs.RunId,
    Inputs.Jobs,
    Inputs.EnableDebugLogging,
    Inputs.MaxAttempts,
    Inputs.Wait,
    Inputs.AllowedConclusions,
    Inputs.PollIntervalSeconds
  ],
  'fetch-logs': [
    Inputs.RunId,
    Inputs.Attempt,
    Inputs.Jobs,
    Inputs.FailedOnly,
    Inputs.LogDir,
    Inputs.MaxLogBytes,
    Inputs.TailLines,
    Inputs.FailOnMissing,
    Inputs.IfNoLogsFound
  ],
  'approve-deployment': [
    Inputs.RunId,
    Inputs.Environments,
    Inputs.Decision,
    Inputs.Comment,
    Inputs.WaitForPending,
    Inputs.Target,
    Inputs.PollIntervalSeconds
  ],
  'report-usage': [
    Inputs.RunId,
    Inputs.Attempt,
    Inputs.Workflow,
    Inputs.Branch,
    Inputs.Created,
    Inputs.MaxRuns
  ],
  dispatch: [
    Inputs.Workflow,
    Inputs.Ref,
    Inputs.DispatchInputs,
    Inputs.CorrelationInput,
    Inputs.Wait,
    Inputs.AllowedConclusions,
    Inputs.PollIntervalSeconds,
    Inputs.CancelOnTimeout
  ],
  'wait-for-checks': [
    Inputs.Ref,
    Inputs.Checks,
    Inputs.IgnoreChecks,
    Inputs.RequiredChecks,
    Inputs.Branch,
    Inputs.AllowedConclusions,
    Inputs.PollIntervalSeconds,
    Inputs.FailFast
  ]
}

/**
 * Defaults applied by the code when an input is empty, as the text a user would have typed, so
 * they are parsed exactly like given values. The README's inputs table shows these; a test keeps
 * action.yml, this table and the README in agreement.
 */
export const INPUT_DEFAULTS: Partial<Record<InputName, string>> = {
  'api-version': '2022-11-28',
  summary: 'true',
  'timeout-seconds': '3600',
  'poll-interval-seconds': '30',
  'allowed-conclusions': 'success',
  'cancel-on-timeout': 'false',
  force: 'false',
  wait: 'false',
  'enable-debug-logging': 'false',
  'max-attempts': '3',
  'failed-only': 'true',
  'max-log-bytes': '1073741824',
  'tail-lines': '50',
  'fail-on-missing': 'false',
  'if-no-logs-found': 'error',
  'wait-for-pending': 'false',
  target: 'environments',
  'max-runs': '50',
  'all-runs': 'false',
  'fail-fast': 'false'
}

/**
 * wait-for-run with all-runs: after every matching run has completed, keep polling this many
 * intervals for runs that appear late (other workflows of the same commit start a little apart).
 */
export const ALL_RUNS_SETTLE_POLLS = 3

/**
 * wait-for-checks: once every check seen has completed, look again after a settle window of this
 * many poll intervals, at most CHECKS_SETTLE_MAX_MS, for checks created late (a job's dependent
 * queued a moment after it ends, an app reporting after CI). A check that appears or changes
 * restarts the window.
 */
export const CHECKS_SETTLE_POLLS = 3
export const CHECKS_SETTLE_MAX_MS = 10_000

/** Caps that are not inputs (documented in docs/operations.md under fetch-logs). */
export const LOG_LIMITS = {
  maxEntries: 10_000,
  maxCompressionRatio: 200
} as const

export const USER_AGENT = 'runctl/1.0.0'
