import * as core from '@actions/core'
import * as path from 'node:path'
import * as os from 'node:os'
import {
  API_VERSIONS,
  COMMON_INPUTS,
  INPUT_DEFAULTS,
  Inputs,
  LOG_LIMITS,
  OPERATIONS,
  OPERATION_INPUTS,
  type InputName,
  type Operation
} from './constants.js'
import type {
  ApprovalTarget,
  CommonSettings,
  Decision,
  RunFilter,
  Polling,
  RunTarget,
  Settings,
  UsageScope
} from './settings.js'

/** A problem with what the user gave: one sentence naming the input and what is allowed. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** Reads one input; an empty or blank value means "not given". */
function optional(name: InputName): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}

/** The input, or the code's documented default for it when it was not given. */
function withDefault(name: InputName): string | undefined {
  return optional(name) ?? INPUT_DEFAULTS[name]
}

function positiveInteger(name: InputName, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^[0-9]+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new InputError(`Input '${name}' must be a positive integer.`)
  }
  return Number(value)
}

function seconds(name: InputName, allowZero: boolean): number {
  const value = withDefault(name) ?? '0'
  const parsed = /^[0-9]+(\.[0-9]+)?$/.test(value) ? Number(value) : NaN
  if (!Number.isFinite(parsed) || (!allowZero && parsed === 0)) {
    const kind = allowZero ? 'a non-negative' : 'a positive'
    throw new InputError(
      `Input '${name}' must be ${kind} number of seconds (fractions like 0.5 are allowed).`
    )
  }
  return parsed
}

function bool(name: InputName): boolean {
  const value = withDefault(name) ?? 'false'
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(`Input '${name}' must be true or false.`)
}

/** Newline-separated (matrix job names contain commas); commas too where names cannot. */
function list(name: InputName, commasToo: boolean): string[] {
  return splitList(optional(name) ?? '', commasToo)
}

function splitList(value: string, commasToo: boolean): string[] {
  const separator = commasToo ? /[\n,]/ : /\n/
  return value
    .split(separator)
    .map(item => item.trim())
    .filter(item => item !== '')
}

function oneOf<T extends string>(name: InputName, allowed: readonly T[]): T {
  const value = withDefault(name)
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T
  const verb = value === undefined ? 'is required and must' : 'must'
  throw new InputError(`Input '${name}' ${verb} be one of: ${allowed.join(', ')}.`)
}

function common(env: NodeJS.ProcessEnv): CommonSettings {
  const token = optional(Inputs.Token)
  if (token === undefined) {
    throw new InputError(
      `Input 'token' is required: pass \${{ github.token }} or a token with access to the repository.`
    )
  }
  const repository = optional(Inputs.Repository) ?? env['GITHUB_REPOSITORY'] ?? ''
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository)
  if (!match) throw new InputError(`Input 'repository' must be in the form owner/name.`)
  const apiUrl = optional(Inputs.GithubApiUrl) ?? env['GITHUB_API_URL'] ?? 'https://api.github.com'
  if (!isHttpUrl(apiUrl)) {
    throw new InputError(
      `Input 'github-api-url' must be an http(s) URL such as https://api.github.com, https://api.SUBDOMAIN.ghe.com or https://HOST/api/v3.`
    )
  }
  const currentRunId = /^[0-9]+$/.test(env['GITHUB_RUN_ID'] ?? '')
    ? Number(env['GITHUB_RUN_ID'])
    : undefined
  return {
    token,
    owner: match[1] as string,
    repo: match[2] as string,
    apiUrl: apiUrl.replace(/\/+$/, ''),
    apiVersion: oneOf(Inputs.ApiVersion, API_VERSIONS),
    summary: bool(Inputs.Summary),
    timeoutSeconds: seconds(Inputs.TimeoutSeconds, true),
    currentRunId,
    currentRepository: env['GITHUB_REPOSITORY'] || undefined
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

function polling(): Polling {
  return {
    pollIntervalSeconds: seconds(Inputs.PollIntervalSeconds, false)
  }
}

function runFilter(): RunFilter {
  const createdAfterText = optional(Inputs.CreatedAfter)
  let createdAfter: Date | undefined
  if (createdAfterText !== undefined) {
    createdAfter = new Date(createdAfterText)
    if (!/^\d{4}-\d{2}-\d{2}/.test(createdAfterText) || Number.isNaN(createdAfter.getTime())) {
      throw new InputError(
        `Input 'created-after' must be an ISO 8601 time such as 2026-01-31T12:00:00Z.`
      )
    }
  }
  return {
    workflow: workflowInput(),
    branch: optional(Inputs.Branch),
    headSha: headShaInput(),
    event: optional(Inputs.Event),
    createdAfter
  }
}

function workflowInput(): string | undefined {
  const workflow = optional(Inputs.Workflow)
  if (workflow !== undefined && !/^([0-9]+|[A-Za-z0-9_.-]+\.ya?ml)$/.test(workflow)) {
    throw new InputError(
      `Input 'workflow' must be a workflow file name such as ci.yml or a numeric workflow id.`
    )
  }
  return workflow
}

function headShaInput(): string | undefined {
  const sha = optional(Inputs.HeadSha)
  if (sha !== undefined && !/^[0-9a-fA-F]{7,64}$/.test(sha)) {
    throw new InputError(`Input 'head-sha' must be a commit SHA (hexadecimal).`)
  }
  return sha
}

/** A run id, or a filter that needs at least a workflow or a branch. */
function runTarget(operation: Operation): RunTarget {
  const runId = positiveInteger(Inputs.RunId, optional(Inputs.RunId))
  const filter = runFilter()
  if (runId !== undefined) {
    const extra = (['workflow', 'branch', 'head-sha', 'event', 'created-after'] as const).find(
      name => optional(name) !== undefined
    )
    if (extra) {
      throw new InputError(
        `Input '${extra}' cannot be combined with 'run-id': give a run id, or a filter to find runs.`
      )
    }
    return { kind: 'id', runId }
  }
  if (filter.workflow === undefined && filter.branch === undefined) {
    throw new InputError(
      `Input 'run-id' is required for ${operation} unless 'workflow' or 'branch' is given to find runs.`
    )
  }
  return { kind: 'filter', filter }
}

function requiredRunId(operation: Operation): number {
  const runId = positiveInteger(Inputs.RunId, optional(Inputs.RunId))
  if (runId === undefined) {
    throw new InputError(`Input 'run-id' is required for ${operation}: the id of a workflow run.`)
  }
  return runId
}

function allowedConclusions(): string[] {
  const given = list(Inputs.AllowedConclusions, true)
  const conclusions =
    given.length > 0 ? given : splitList(INPUT_DEFAULTS[Inputs.AllowedConclusions] ?? '', true)
  const known = [
    'success',
    'failure',
    'cancelled',
    'skipped',
    'neutral',
    'timed_out',
    'action_required',
    'stale',
    'startup_failure'
  ]
  if (conclusions.some(conclusion => !known.includes(conclusion))) {
    throw new InputError(`Input 'allowed-conclusions' may list only: ${known.join(', ')}.`)
  }
  return conclusions
}

function rejectForeignInputs(operation: Operation): void {
  const applicable = new Set<string>([...COMMON_INPUTS, ...OPERATION_INPUTS[operation]])
  for (const name of Object.values(Inputs)) {
    if (!applicable.has(name) && optional(name) !== undefined) {
      const users = Object.entries(OPERATION_INPUTS)
        .filter(([, names]) => names.includes(name))
        .map(([op]) => op)
      throw new InputError(
        `Input '${name}' does not apply to operation ${operation}; it is used by ${users.join(', ')}.`
      )
    }
  }
}

function defaultLogDir(env: NodeJS.ProcessEnv, runId: number): string {
  const base = env['RUNNER_TEMP'] || os.tmpdir()
  return path.join(base, 'runctl-logs', String(runId))
}

/** Reads and validates every input once, into the settings of the chosen operation. */
export function getSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const operation = oneOf(Inputs.Operation, OPERATIONS)
  rejectForeignInputs(operation)
  const base = common(env)
  switch (operation) {
    case 'wait-for-run':
      return {
        ...base,
        ...polling(),
        operation,
        target: runTarget(operation),
        allowedConclusions: allowedConclusions(),
        cancelOnTimeout: bool(Inputs.CancelOnTimeout)
      }
    case 'cancel':
      return {
        ...base,
        ...polling(),
        operation,
        target: runTarget(operation),
        force: bool(Inputs.Force),
        wait: bool(Inputs.Wait)
      }
    case 'rerun-failed': {
      const jobs = list(Inputs.Jobs, false)
      if (jobs.length > 1) {
        throw new InputError(
          `Input 'jobs' takes one job name or glob for rerun-failed: the API re-runs one job at a time.`
        )
      }
      return {
        ...base,
        ...polling(),
        operation,
        runId: requiredRunId(operation),
        job: jobs[0],
        enableDebugLogging: bool(Inputs.EnableDebugLogging),
        maxAttempts: positiveInteger(Inputs.MaxAttempts, withDefault(Inputs.MaxAttempts)) ?? 1,
        wait: bool(Inputs.Wait),
        allowedConclusions: allowedConclusions()
      }
    }
    case 'fetch-logs': {
      const runId = requiredRunId(operation)
      return {
        ...base,
        operation,
        runId,
        attempt: positiveInteger(Inputs.Attempt, optional(Inputs.Attempt)),
        jobs: list(Inputs.Jobs, false),
        failedOnly: bool(Inputs.FailedOnly),
        logDir: path.resolve(optional(Inputs.LogDir) ?? defaultLogDir(env, runId)),
        maxLogBytes: positiveInteger(Inputs.MaxLogBytes, withDefault(Inputs.MaxLogBytes)) ?? 1,
        maxLogEntries: LOG_LIMITS.maxEntries,
        maxCompressionRatio: LOG_LIMITS.maxCompressionRatio,
        tailLines: nonNegativeInteger(Inputs.TailLines),
        failOnMissing: bool(Inputs.FailOnMissing)
      }
    }
    case 'approve-deployment':
      return { ...base, ...polling(), ...approval(env), operation }
    case 'report-usage':
      return { ...base, operation, scope: usageScope(base) }
  }
}

function nonNegativeInteger(name: InputName): number {
  const value = withDefault(name) ?? '0'
  if (!/^[0-9]+$/.test(value)) throw new InputError(`Input '${name}' must be a whole number.`)
  return Number(value)
}

function approval(env: NodeJS.ProcessEnv) {
  const runId = requiredRunId('approve-deployment')
  const target = oneOf<ApprovalTarget>(Inputs.Target, [
    'environments',
    'fork-pr',
    'protection-rule'
  ])
  const environments = list(Inputs.Environments, true)
  let decision: Decision
  if (target === 'fork-pr') {
    decision =
      optional(Inputs.Decision) === undefined
        ? 'approve'
        : oneOf<Decision>(Inputs.Decision, ['approve'])
    if (environments.length > 0) {
      throw new InputError(`Input 'environments' does not apply to target fork-pr.`)
    }
    if (optional(Inputs.WaitForPending) !== undefined) {
      throw new InputError(
        `Input 'wait-for-pending' does not apply to target fork-pr: a fork pull request run is approved as it is.`
      )
    }
  } else {
    decision = oneOf<Decision>(Inputs.Decision, ['approve', 'reject'])
    if (environments.length === 0) {
      throw new InputError(
        `Input 'environments' is required for approve-deployment: name the environments to review, one per line or comma-separated.`
      )
    }
  }
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com'
  const thisRun =
    env['GITHUB_REPOSITORY'] && env['GITHUB_RUN_ID']
      ? `${server}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
      : undefined
  const verb = decision === 'approve' ? 'Approved' : 'Rejected'
  const comment =
    optional(Inputs.Comment) ??
    (thisRun
      ? `${verb} by runctl in workflow run ${thisRun}`
      : `${verb} by runctl (no workflow run context).`)
  return {
    runId,
    target,
    environments,
    decision,
    comment,
    waitForPending: bool(Inputs.WaitForPending)
  }
}

function usageScope(base: CommonSettings): UsageScope {
  const runId = positiveInteger(Inputs.RunId, optional(Inputs.RunId))
  const workflow = workflowInput()
  const attempt = positiveInteger(Inputs.Attempt, optional(Inputs.Attempt))
  const runsOnly = (['branch', 'created', 'max-runs'] as const).find(
    name => optional(name) !== undefined
  )
  if (runId === undefined && workflow !== undefined) {
    if (attempt !== undefined) {
      throw new InputError(`Input 'attempt' applies to one run: give 'run-id' with it.`)
    }
    const maxRuns = positiveInteger(Inputs.MaxRuns, withDefault(Inputs.MaxRuns)) ?? 1
    if (maxRuns > 1000) {
      throw new InputError(`Input 'max-runs' must be at most 1000 (GitHub lists no more).`)
    }
    return {
      kind: 'runs',
      workflow,
      branch: optional(Inputs.Branch),
      created: optional(Inputs.Created),
      maxRuns
    }
  }
  if (workflow !== undefined || runsOnly !== undefined) {
    throw new InputError(
      `Input '${runsOnly ?? 'workflow'}' selects runs mode, which takes 'workflow' without 'run-id'.`
    )
  }
  const id = runId ?? base.currentRunId
  if (id === undefined) {
    throw new InputError(
      `Input 'run-id' is required for report-usage outside a workflow run (GITHUB_RUN_ID is not set).`
    )
  }
  return { kind: 'run', runId: id, attempt }
}
