import * as path from 'node:path'
import * as os from 'node:os'
import { readFileSync } from 'node:fs'
import * as log from './step-log.js'
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
  IfNoLogsFound,
  RunFilter,
  Polling,
  RunTarget,
  Settings,
  UsageScope,
  WaitForChecksSettings
} from './settings.js'

/** A problem with what the user gave: one sentence naming the input and what is allowed. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/**
 * Where input values come from, trimmed, '' when not given: in the action the runner's INPUT_*
 * variables (read exactly as @actions/core's getInput reads them), in the CLI its flags.
 */
export type InputReader = (name: InputName) => string

/** The runner's way, for callers that pass no reader: INPUT_<NAME>, trimmed. */
export function actionInputReader(env: NodeJS.ProcessEnv): InputReader {
  return name => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** The reader of the getSettings call in progress (getSettings is synchronous). */
let readInput: InputReader = actionInputReader(process.env)

/** Reads one input; an empty or blank value means "not given". */
function optional(name: InputName): string | undefined {
  const value = readInput(name)
  return value === '' ? undefined : value
}

/**
 * A control character (C0, DEL, C1), newline included. Inputs that name one thing (a token, a
 * URL, a branch, a path) cannot contain one, and an echoed newline could start a workflow command.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/

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
  // It becomes an HTTP header: one line, no spaces (never echoed, not even in part).
  if (/\s/.test(token) || CONTROL_CHARACTER.test(token)) {
    throw new InputError(
      `Input 'token' must be one token, without spaces, newlines or control characters.`
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
  if (sendsTokenInClear(apiUrl)) {
    log.warning(
      `Input 'github-api-url' is a plain http URL to another machine, so the token crosses the network unencrypted; use an https URL.`
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

/** Plain http to anything but this machine (127.0.0.0/8, ::1, localhost): the token in clear. */
export function sendsTokenInClear(apiUrl: string): boolean {
  const url = new URL(apiUrl)
  if (url.protocol !== 'http:') return false
  const host = url.hostname.toLowerCase()
  const loopback =
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  return !loopback
}

function isHttpUrl(value: string): boolean {
  // The URL parser silently drops tabs and newlines; the raw text would still be used.
  if (/\s/.test(value) || CONTROL_CHARACTER.test(value)) return false
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
    branch: branchInput(),
    headSha: headShaInput(),
    event: eventInput(),
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

/** A branch name as git allows it (git check-ref-format): no newline can get through. */
function branchInput(): string | undefined {
  const branch = optional(Inputs.Branch)
  if (branch !== undefined && !isGitBranchName(branch)) {
    throw new InputError(
      `Input 'branch' must be a git branch name: no spaces, control characters, '..', '@{' or any of ~ ^ : ? * [ \\, and not HEAD or starting with '-'.`
    )
  }
  return branch
}

/**
 * The rules of `git check-ref-format --branch` (refs/heads/<name> is a valid ref, and the name
 * neither starts with '-' nor is HEAD), plus one of ours: no C1 control character either (git
 * allows U+0080–U+009F; the runner reads U+0085 as a line break). Checked against git itself by
 * a property test (__tests__/inputs-hostile.test.ts).
 */
function isGitBranchName(name: string): boolean {
  if (name === '' || name === 'HEAD' || name.startsWith('-')) return false
  if (name.startsWith('/') || name.endsWith('/') || name.endsWith('.')) return false
  if (name.includes('..') || name.includes('@{') || name.includes('//')) return false
  if (/[ ~^:?*[\\]/.test(name) || CONTROL_CHARACTER.test(name)) return false
  return name.split('/').every(part => !part.startsWith('.') && !part.endsWith('.lock'))
}

/** A webhook event name such as push or pull_request_target. */
function eventInput(): string | undefined {
  const event = optional(Inputs.Event)
  if (event !== undefined && !/^[a-z_]+$/.test(event)) {
    throw new InputError(
      `Input 'event' must be a GitHub event name such as push, pull_request or workflow_dispatch.`
    )
  }
  return event
}

/** GitHub's date query syntax: >=2026-01-01, 2026-01-01..2026-01-31, *..2026-01-31 … */
function createdInput(): string | undefined {
  const created = optional(Inputs.Created)
  const date = String.raw`\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?`
  const query = new RegExp(String.raw`^((>=|<=|>|<)?${date}|(${date}|\*)\.\.(${date}|\*))$`)
  if (created !== undefined && !query.test(created)) {
    throw new InputError(
      `Input 'created' must be a date filter as GitHub accepts it, such as >=2026-01-01 or 2026-01-01..2026-01-31.`
    )
  }
  return created
}

/** A path on this machine; where it may be depends on the file system (see log-dir.ts). */
function logDirInput(env: NodeJS.ProcessEnv, runId: number): string {
  const given = optional(Inputs.LogDir)
  if (given !== undefined && CONTROL_CHARACTER.test(given)) {
    throw new InputError(
      `Input 'log-dir' must be a directory path on one line, without control characters.`
    )
  }
  return path.resolve(given ?? defaultLogDir(env, runId))
}

function headShaInput(): string | undefined {
  const sha = optional(Inputs.HeadSha)
  if (sha !== undefined && !/^[0-9a-fA-F]{7,64}$/.test(sha)) {
    throw new InputError(`Input 'head-sha' must be a commit SHA (hexadecimal).`)
  }
  return sha
}

/** A run id, or a filter that needs at least a workflow or a branch (or, for all-runs, a commit). */
function runTarget(operation: Operation, allRuns = false): RunTarget {
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
    if (allRuns) {
      throw new InputError(
        `Input 'all-runs' waits for every run a filter finds: give 'head-sha', 'branch' or 'workflow' instead of 'run-id'.`
      )
    }
    return { kind: 'id', runId }
  }
  if (allRuns && filter.workflow === undefined && filter.branch === undefined) {
    if (filter.headSha === undefined) {
      throw new InputError(
        `Input 'all-runs' needs a filter: give 'head-sha', 'branch' or 'workflow' (or several).`
      )
    }
    return { kind: 'filter', filter }
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

/**
 * An input of another operation is ignored with a one-line warning naming it, as the runner
 * itself does for inputs an action does not declare: one workflow can then pass the same inputs
 * to whichever operation a user picks. Its value is not read, so it is never echoed.
 */
function warnAboutForeignInputs(operation: Operation): void {
  const applicable = new Set<string>([...COMMON_INPUTS, ...OPERATION_INPUTS[operation]])
  for (const name of Object.values(Inputs)) {
    if (!applicable.has(name) && optional(name) !== undefined) {
      const users = Object.entries(OPERATION_INPUTS)
        .filter(([, names]) => names.includes(name))
        .map(([op]) => op)
      log.warning(
        `Input '${name}' is ignored: it does not apply to operation ${operation} (it is used by ${users.join(', ')}).`
      )
    }
  }
}

function defaultLogDir(env: NodeJS.ProcessEnv, runId: number): string {
  const base = env['RUNNER_TEMP'] || os.tmpdir()
  return path.join(base, 'runctl-logs', String(runId))
}

/**
 * Reads and validates every input once, into the settings of the chosen operation. `read` gives
 * the values: the runner's INPUT_* variables of the process by default, the flags in the CLI.
 */
export function getSettings(
  env: NodeJS.ProcessEnv = process.env,
  read: InputReader = actionInputReader(process.env)
): Settings {
  readInput = read
  return settingsOf(env)
}

function settingsOf(env: NodeJS.ProcessEnv): Settings {
  const operation = oneOf(Inputs.Operation, OPERATIONS)
  warnAboutForeignInputs(operation)
  const base = common(env)
  switch (operation) {
    case 'wait-for-run': {
      const allRuns = bool(Inputs.AllRuns)
      const jobs = nameList(Inputs.Jobs)
      if (allRuns && jobs.length > 0) {
        throw new InputError(
          `Input 'jobs' waits for jobs of one run: it cannot be combined with 'all-runs'.`
        )
      }
      return {
        ...base,
        ...polling(),
        operation,
        target: runTarget(operation, allRuns),
        allowedConclusions: allowedConclusions(),
        cancelOnTimeout: bool(Inputs.CancelOnTimeout),
        allRuns,
        jobs
      }
    }
    case 'wait-for-checks':
      return {
        ...base,
        ...polling(),
        ...checksRef(env),
        operation,
        checks: nameList(Inputs.Checks),
        ignoreChecks: nameList(Inputs.IgnoreChecks),
        allowedConclusions: allowedConclusions(),
        failFast: bool(Inputs.FailFast),
        requiredChecksBranch: bool(Inputs.RequiredChecks) ? requiredChecksBranch(env) : undefined
      }
    case 'dispatch':
      return { ...base, ...polling(), ...dispatchSettings(env), operation }
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
        logDir: logDirInput(env, runId),
        maxLogBytes: positiveInteger(Inputs.MaxLogBytes, withDefault(Inputs.MaxLogBytes)) ?? 1,
        maxLogEntries: LOG_LIMITS.maxEntries,
        maxCompressionRatio: LOG_LIMITS.maxCompressionRatio,
        tailLines: nonNegativeInteger(Inputs.TailLines),
        failOnMissing: bool(Inputs.FailOnMissing),
        ifNoLogsFound: oneOf<IfNoLogsFound>(Inputs.IfNoLogsFound, ['error', 'warn', 'ignore'])
      }
    }
    case 'approve-deployment':
      return { ...base, ...polling(), ...approval(env), operation }
    case 'report-usage':
      return { ...base, operation, scope: usageScope(base) }
  }
}

/**
 * Names or globs, one per line; on a single line, comma-separated too (a name with a comma, such
 * as a matrix job's `test (ubuntu, 22)`, goes on its own line). No control characters.
 */
function nameList(name: InputName): string[] {
  const value = optional(name) ?? ''
  const names = splitList(value, !value.includes('\n'))
  if (names.some(item => CONTROL_CHARACTER.test(item))) {
    throw new InputError(
      `Input '${name}' must list names or globs, one per line, without control characters.`
    )
  }
  return names
}

/**
 * The commit wait-for-checks reads: the input, else on pull_request / pull_request_target the
 * pull request's head SHA from the event payload (GITHUB_SHA is the merge commit there, which has
 * no checks), else GITHUB_SHA.
 */
function checksRef(env: NodeJS.ProcessEnv): Pick<WaitForChecksSettings, 'ref' | 'refOrigin'> {
  const given = optional(Inputs.Ref)
  if (given !== undefined) {
    if (!/^[0-9a-fA-F]{40}$/.test(given) && !isGitBranchName(given)) {
      throw new InputError(
        `Input 'ref' must be a commit SHA, a branch or a tag: no spaces, control characters, '..', '@{' or any of ~ ^ : ? * [ \\.`
      )
    }
    return { ref: given, refOrigin: 'input' }
  }
  const event = env['GITHUB_EVENT_NAME']
  if (event === 'pull_request' || event === 'pull_request_target') {
    const sha = pullRequestHeadSha(env['GITHUB_EVENT_PATH'])
    if (sha === undefined) {
      throw new InputError(
        `Input 'ref' is required here: on ${event} the checks are on the pull request's head commit, and its SHA could not be read from the event payload (GITHUB_EVENT_PATH).`
      )
    }
    return { ref: sha, refOrigin: 'pull request head' }
  }
  const sha = env['GITHUB_SHA']
  if (sha === undefined || !/^[0-9a-fA-F]{40}$/.test(sha)) {
    throw new InputError(
      `Input 'ref' is required outside a workflow run (GITHUB_SHA is not set): give a commit SHA, branch or tag.`
    )
  }
  return { ref: sha, refOrigin: 'GITHUB_SHA' }
}

/**
 * required-checks: the branch whose rules count: input 'branch', else the pull request's base on
 * pull_request / pull_request_target, else 'ref' when it names a branch (not a SHA, not
 * refs/tags/…), else the branch this run was pushed to (GITHUB_REF refs/heads/…) when it waits
 * on this run's commit.
 */
function requiredChecksBranch(env: NodeJS.ProcessEnv): { name: string; origin: string } {
  const given = branchInput()
  if (given !== undefined) return { name: given, origin: "input 'branch'" }
  const event = env['GITHUB_EVENT_NAME']
  if (event === 'pull_request' || event === 'pull_request_target') {
    const base = pullRequestBase(env['GITHUB_EVENT_PATH'])
    if (base !== undefined) return { name: base, origin: 'the pull request base' }
  }
  const ref = optional(Inputs.Ref)
  if (ref !== undefined) {
    if (!/^[0-9a-fA-F]{40}$/.test(ref) && !ref.startsWith('refs/tags/')) {
      return { name: ref.replace(/^refs\/heads\//, ''), origin: "input 'ref'" }
    }
  } else {
    const pushed = /^refs\/heads\/(.+)$/.exec(env['GITHUB_REF'] ?? '')?.[1]
    if (pushed !== undefined && isGitBranchName(pushed))
      return { name: pushed, origin: 'GITHUB_REF' }
  }
  throw new InputError(
    `Input 'required-checks' needs a branch whose rules to read: give 'branch', run on pull_request or pull_request_target, or give a branch as 'ref'.`
  )
}

/** The base branch of the pull request in the event payload, when it is a valid branch name. */
function pullRequestBase(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: { base?: { ref?: unknown } }
    }
    const ref = payload.pull_request?.base?.ref
    return typeof ref === 'string' && isGitBranchName(ref) ? ref : undefined
  } catch {
    return undefined
  }
}

function pullRequestHeadSha(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: { head?: { sha?: unknown } }
    }
    const sha = payload.pull_request?.head?.sha
    return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined
  } catch {
    return undefined
  }
}

/** What dispatch sends: the workflow, the ref (default: the ref this run is on) and the inputs. */
function dispatchSettings(env: NodeJS.ProcessEnv) {
  const workflow = workflowInput()
  if (workflow === undefined) {
    throw new InputError(
      `Input 'workflow' is required for dispatch: the workflow file name (deploy.yml) or numeric id.`
    )
  }
  // On a pull request GITHUB_REF is refs/pull/N/merge, which cannot be dispatched; its branch can.
  const ref =
    optional(Inputs.Ref) ?? (env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'] || undefined)
  if (ref === undefined) {
    throw new InputError(
      `Input 'ref' is required outside a workflow run (GITHUB_REF_NAME is not set): give a branch or tag.`
    )
  }
  if (!isGitBranchName(ref)) {
    throw new InputError(
      `Input 'ref' must be a git branch or tag name: no spaces, control characters, '..', '@{' or any of ~ ^ : ? * [ \\.`
    )
  }
  const inputs = dispatchInputs()
  const correlationInput = optional(Inputs.CorrelationInput)
  if (correlationInput !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(correlationInput)) {
      throw new InputError(
        `Input 'correlation-input' must be the name of a workflow_dispatch input of the target workflow (letters, digits, - and _).`
      )
    }
    if (correlationInput in inputs) {
      throw new InputError(
        `Input 'correlation-input' names an input that 'inputs' also sets: runctl fills that input with its marker, so leave it out of 'inputs'.`
      )
    }
  }
  const wait = bool(Inputs.Wait)
  const cancelOnTimeout = bool(Inputs.CancelOnTimeout)
  if (cancelOnTimeout && !wait) {
    throw new InputError(`Input 'cancel-on-timeout' applies to dispatch only with 'wait: true'.`)
  }
  return {
    workflow,
    ref,
    inputs,
    correlationInput,
    wait,
    allowedConclusions: allowedConclusions(),
    cancelOnTimeout
  }
}

/**
 * The `inputs` JSON object. GitHub passes every workflow_dispatch input as a string, so numbers
 * and booleans are converted (true → "true", 3 → "3"); anything else is refused. Values are
 * never echoed: they may be secret.
 */
function dispatchInputs(): Record<string, string> {
  const text = optional(Inputs.DispatchInputs)
  if (text === undefined) return {}
  const shape = `a JSON object of workflow input names to values, such as {"environment": "staging", "dry-run": true}`
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new InputError(`Input 'inputs' must be ${shape}; it is not valid JSON.`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(`Input 'inputs' must be ${shape}.`)
  }
  const inputs: Record<string, string> = {}
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value === 'string') inputs[name] = value
    else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
      inputs[name] = String(value)
    } else {
      const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object'
      throw new InputError(
        `Input 'inputs' may hold only strings, numbers and booleans (GitHub passes workflow inputs as strings); one value is ${kind}.`
      )
    }
  }
  return inputs
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
        `Input 'wait-for-pending' does not apply to target fork-pr: a fork pull request's run waits for approval before any job starts, so there is no gate to wait for.`
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
      branch: branchInput(),
      created: createdInput(),
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
