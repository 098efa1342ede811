import * as log from '../step-log.js'
import type { Clock, Deadline } from '../clock.js'
import type { GitHubClient } from '../github/client.js'
import {
  MalformedResponseError,
  OperationError,
  apiMessage,
  describeError,
  httpStatus,
  isTransient,
  missingPermission
} from '../github/errors.js'
import type { PendingDeployment, WorkflowRun } from '../github/types.js'
import type { ApprovalTarget, ApproveDeploymentSettings, Decision } from '../settings.js'
import { budgetOf, type OperationDeps } from './types.js'
import { readRun } from './read-run.js'
import { PollSchedule, formatDuration, pollUntil } from '../poll-loop.js'
import { capitalise } from '../sentences.js'

/** One environment this step decided on; `id` is null where GitHub gave none. */
export interface ReviewedEnvironment {
  readonly id: number | null
  readonly name: string
  readonly decision: Decision
}

/** Who made the decision: this workflow run and the actor that triggered it, when known. */
export interface Decider {
  readonly runUrl?: string
  readonly actor?: string
}

export interface ApproveDeploymentResult {
  readonly operation: 'approve-deployment'
  /** The run decided on, re-read after the decision when possible. */
  readonly run: WorkflowRun
  readonly target: ApprovalTarget
  readonly decision: Decision
  readonly comment: string
  /** Environments actually reviewed, in the order sent; empty for fork-pr. */
  readonly reviewed: ReviewedEnvironment[]
  readonly decidedBy: Decider
  /** Set when some protection rules were reviewed and a later one failed: the sentence why. */
  readonly failure?: string
}

export async function approveDeployment(
  client: GitHubClient,
  settings: ApproveDeploymentSettings,
  deps: OperationDeps
): Promise<ApproveDeploymentResult> {
  const { clock, env } = deps
  const run = await readRun(client, settings.runId)
  const base = {
    operation: 'approve-deployment' as const,
    target: settings.target,
    decision: settings.decision,
    comment: settings.comment,
    decidedBy: decider(env)
  }
  if (settings.target === 'fork-pr') {
    await approveFork(client, run)
    return { ...base, run: await rereadRun(client, run), reviewed: [] }
  }
  if (settings.target === 'protection-rule') {
    // Known from the first answer: no waiting for a gate this server cannot review.
    if (client.capabilities.has(REVIEW_PROTECTION_RULE) === false) {
      throw new OperationError(
        client.capabilities.lacks(
          REVIEW_PROTECTION_RULE,
          'reviewing custom deployment protection rules'
        )
      )
    }
    const atGate = settings.waitForPending
      ? await waitForGate(client, settings, run, clock, budgetOf(deps, settings))
      : run
    const outcome = await reviewProtectionRules(client, settings, atGate)
    return { ...base, run: await rereadRun(client, atGate), ...outcome }
  }
  const gate = await pendingGate(client, settings, run, clock, budgetOf(deps, settings))
  const chosen = chooseEnvironments(settings, gate.run, gate.pending)
  refuseUnlessReviewer(settings, gate.run, chosen)
  await reviewEnvironments(client, settings, gate.run, chosen)
  const reviewed = chosen.map(pending => reviewedEnvironment(pending, settings.decision))
  return { ...base, run: await rereadRun(client, gate.run), reviewed }
}

/**
 * The run after the decision, so the status output says "queued" rather than the "waiting" we
 * read before. Best effort: the decision is made; a failed read must not fail the step.
 */
async function rereadRun(client: GitHubClient, run: WorkflowRun): Promise<WorkflowRun> {
  try {
    return await client.getRun(run.id)
  } catch (error) {
    log.warning(`Could not re-read run ${run.id} after the decision: ${describeError(error)}`)
    return run
  }
}

function decider(env: NodeJS.ProcessEnv): Decider {
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com'
  const repository = env['GITHUB_REPOSITORY']
  const runId = env['GITHUB_RUN_ID']
  return {
    runUrl: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
    actor: env['GITHUB_ACTOR'] || undefined
  }
}

const PAST_TENSE: Record<Decision, string> = { approve: 'approved', reject: 'rejected' }

// ---------------------------------------------------------------------------------------------
// Fork pull request runs
// ---------------------------------------------------------------------------------------------

/**
 * A run awaiting approval for a fork pull request shows as completed with conclusion
 * action_required (some servers report the status itself as action_required); once approved it
 * is queued again. Inferred from observed runs, not documented.
 */
function awaitsForkApproval(run: WorkflowRun): boolean {
  return run.conclusion === 'action_required' || run.status === 'action_required'
}

const APPROVE_FORK_RUN = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve'
const REVIEW_PROTECTION_RULE =
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule'

async function approveFork(client: GitHubClient, run: WorkflowRun): Promise<void> {
  if (client.capabilities.has(APPROVE_FORK_RUN) === false) {
    throw new OperationError(
      client.capabilities.lacks(APPROVE_FORK_RUN, 'approving fork pull request runs')
    )
  }
  try {
    await client.mutate(
      `Approving fork pull request run ${run.id}`,
      () => client.approveForkRun(run.id),
      async () => !awaitsForkApproval(await client.getRun(run.id))
    )
    log.info(`Approved fork pull request run ${run.id}: ${run.html_url}`)
  } catch (error) {
    const status = httpStatus(error)
    if (status === 404) {
      // We read this run a moment ago, so the 404 is the endpoint, not the run.
      throw new OperationError(
        `This server does not offer approving fork pull request runs (POST /repos/${client.owner}/${client.repo}/actions/runs/${run.id}/approve answered 404 although run ${run.id} exists; GitHub Enterprise Server lacks it).`
      )
    }
    if (status === 403) {
      const lacking = missingPermission(error)
      throw new OperationError(
        lacking
          ? `GitHub refused to approve fork pull request run ${run.id} (403: ${apiMessage(error).replace(/\.$/, '')}): ${lacking}.`
          : `GitHub refused to approve fork pull request run ${run.id} (403: ${apiMessage(error) || 'Forbidden'}): the token needs 'permissions: actions: write', and the run must be a fork pull request's run awaiting approval (it is ${describeRunState(run)}).`
      )
    }
    if (status === 422) {
      // What GitHub answers on a private repository: the endpoint approves runs from public forks.
      throw new OperationError(
        `GitHub refused to approve fork pull request run ${run.id} (422: ${apiMessage(error).replace(/\.$/, '') || 'Unprocessable Entity'}): GitHub's API approves only runs from public forks, so if ${client.owner}/${client.repo} is private, a maintainer approves the run in the web UI (or its fork pull request workflow settings let it run).`
      )
    }
    throw error
  }
}

function describeRunState(run: WorkflowRun): string {
  return run.conclusion ? `${run.status} (${run.conclusion})` : `${run.status}`
}

// ---------------------------------------------------------------------------------------------
// Finding the environments at the gate
// ---------------------------------------------------------------------------------------------

/** GitHub treats environment names case-insensitively (PRODUCTION and production are one). */
function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0
}

function pendingName(pending: PendingDeployment): string {
  return pending.environment.name ?? `environment ${pending.environment.id ?? '?'}`
}

function missingEnvironments(
  wanted: readonly string[],
  pending: readonly PendingDeployment[]
): string[] {
  return wanted.filter(name => !pending.some(p => sameName(pendingName(p), name)))
}

function quoteList(names: readonly string[]): string {
  return names.map(name => `'${name}'`).join(', ')
}

function pendingNow(pending: readonly PendingDeployment[]): string {
  return pending.length > 0 ? quoteList(pending.map(pendingName)) : 'none'
}

interface Gate {
  readonly run: WorkflowRun
  readonly pending: PendingDeployment[]
}

/**
 * The run's pending deployments: read once, or with wait-for-pending polled until every chosen
 * environment is pending, the run completes, or time runs out. One conditional request per poll
 * (a 304 is free): the pending list while the run is `waiting` at a gate, else the run itself,
 * whose status turns `waiting` when a job reaches a gate.
 */
async function pendingGate(
  client: GitHubClient,
  settings: ApproveDeploymentSettings,
  run: WorkflowRun,
  clock: Clock,
  deadline: Deadline
): Promise<Gate> {
  if (!settings.waitForPending) {
    return { run, pending: await client.getPendingDeployments(run.id) }
  }
  let latestRun = run
  let pending: PendingDeployment[] = []
  let readPending = true
  let pendingSeen = false
  let lastLogged: string | undefined
  const outcome = await pollUntil<Gate>(
    async () => {
      let changed: boolean
      if (readPending) {
        const polled = await client.pollPendingDeployments(run.id)
        pending = polled.data
        if (missingEnvironments(settings.environments, pending).length === 0) {
          return { done: true, value: { run: latestRun, pending } }
        }
        changed = !polled.notModified
        // Not all there, and the list moved since the last look: has the run moved on?
        readPending = latestRun.status === 'waiting' && !(changed && pendingSeen)
        pendingSeen = true
      } else {
        const polled = await client.pollRun(run.id)
        changed = !polled.notModified && polled.data.updated_at !== latestRun.updated_at
        latestRun = polled.data
        readPending = latestRun.status === 'waiting'
      }
      const waitingFor = quoteList(missingEnvironments(settings.environments, pending))
      giveUpIfOver(
        settings,
        latestRun,
        deadline,
        `${waitingFor} (pending now: ${pendingNow(pending)})`
      )
      const progress = `Run ${run.id} is ${latestRun.status}; waiting for ${waitingFor} to be pending (pending now: ${pendingNow(pending)}).`
      if (progress !== lastLogged) log.info(progress)
      lastLogged = progress
      return { done: false, changed }
    },
    {
      clock,
      deadline,
      schedule: new PollSchedule(settings.pollIntervalSeconds * 1000),
      label: `Polling run ${run.id} for pending deployments`,
      onHeartbeat: async silentForMs => {
        log.info(
          `Run ${run.id} is still ${latestRun.status} after ${formatDuration(silentForMs)} without change; waiting for ${quoteList(missingEnvironments(settings.environments, pending))} to be pending.`
        )
      }
    }
  )
  if (outcome.done) return outcome.value
  throw timedOut(
    settings,
    latestRun,
    `${quoteList(missingEnvironments(settings.environments, pending))} (pending now: ${pendingNow(pending)})`
  )
}

/**
 * For protection-rule: whether the pending deployments list shows environments held only by a
 * custom rule is not certain (GitHub's reference says "waiting for protection rules", its review
 * page lists reviewer gates), so wait for what is certain: the run's status is `waiting` while a
 * job is held at an environment gate. Which environment is pending, the review's answer tells.
 */
async function waitForGate(
  client: GitHubClient,
  settings: ApproveDeploymentSettings,
  run: WorkflowRun,
  clock: Clock,
  deadline: Deadline
): Promise<WorkflowRun> {
  if (run.status === 'waiting') return run
  const waitingFor = `a deployment gate for ${quoteList(settings.environments)}`
  let latestRun = run
  const progress = () =>
    log.info(`Run ${run.id} is ${latestRun.status}; waiting for it to reach ${waitingFor}.`)
  giveUpIfOver(settings, latestRun, deadline, waitingFor)
  progress()
  const outcome = await pollUntil<WorkflowRun>(
    async () => {
      const polled = await client.pollRun(run.id)
      const changed = !polled.notModified && polled.data.status !== latestRun.status
      latestRun = polled.data
      if (latestRun.status === 'waiting') return { done: true, value: latestRun }
      giveUpIfOver(settings, latestRun, deadline, waitingFor)
      if (changed) progress()
      return { done: false, changed }
    },
    {
      clock,
      deadline,
      schedule: new PollSchedule(settings.pollIntervalSeconds * 1000),
      label: `Polling run ${run.id}`,
      onHeartbeat: async silentForMs => {
        log.info(
          `Run ${run.id} is still ${latestRun.status} after ${formatDuration(silentForMs)} without change; waiting for it to reach ${waitingFor}.`
        )
      }
    }
  )
  if (outcome.done) return outcome.value
  throw timedOut(settings, latestRun, waitingFor)
}

/** Ends a wait for the gate in one sentence: the run completed first, or time ran out. */
function giveUpIfOver(
  settings: ApproveDeploymentSettings,
  latestRun: WorkflowRun,
  deadline: Deadline,
  waitingFor: string
): void {
  if (latestRun.status === 'completed') {
    throw new OperationError(
      `Run ${latestRun.id} completed (${latestRun.conclusion ?? 'no conclusion'}) before it reached ${waitingFor}, so there is nothing left to review: ${latestRun.html_url}`
    )
  }
  if (deadline.expired()) throw timedOut(settings, latestRun, waitingFor)
}

function timedOut(
  settings: ApproveDeploymentSettings,
  latestRun: WorkflowRun,
  waitingFor: string
): OperationError {
  return new OperationError(
    `Timed out after ${settings.timeoutSeconds} seconds waiting for run ${latestRun.id} to reach ${waitingFor}; its status is ${latestRun.status}. ${latestRun.html_url}`
  )
}

/** The pending deployments named in `environments`, each once; fails naming any not pending. */
function chooseEnvironments(
  settings: ApproveDeploymentSettings,
  run: WorkflowRun,
  pending: readonly PendingDeployment[]
): PendingDeployment[] {
  const missing = missingEnvironments(settings.environments, pending)
  if (missing.length > 0) {
    const subject =
      missing.length === 1
        ? `Environment ${quoteList(missing)} is`
        : `Environments ${quoteList(missing)} are`
    const hint = settings.waitForPending
      ? ''
      : `; set 'wait-for-pending: true' if the run has not reached it yet`
    throw new OperationError(
      `${subject} not pending on run ${run.id} (pending now: ${pendingNow(pending)}; run status: ${describeRunState(run)}), so nothing was reviewed${hint}.`
    )
  }
  return pending.filter(p => settings.environments.some(name => sameName(pendingName(p), name)))
}

function reviewedEnvironment(pending: PendingDeployment, decision: Decision): ReviewedEnvironment {
  return { id: pending.environment.id ?? null, name: pendingName(pending), decision }
}

// ---------------------------------------------------------------------------------------------
// Environments with required reviewers
// ---------------------------------------------------------------------------------------------

/**
 * Checked before anything is sent: reviewing some environments and then failing on another
 * would leave a half-made decision. GitHub computes current_user_can_approve for this token.
 */
function refuseUnlessReviewer(
  settings: ApproveDeploymentSettings,
  run: WorkflowRun,
  chosen: readonly PendingDeployment[]
): void {
  const refused = chosen.filter(pending => pending.current_user_can_approve !== true)
  if (refused.length === 0) return
  const verb = settings.decision
  const gerund = verb === 'approve' ? 'approving' : 'rejecting'
  throw new OperationError(
    `The token cannot ${verb} ${quoteList(refused.map(pendingName))} on run ${run.id} (GitHub reports current_user_can_approve false), so nothing was reviewed: ${gerund} needs the token of a required reviewer of the environment, and GITHUB_TOKEN is not a reviewer.`
  )
}

function environmentIds(chosen: readonly PendingDeployment[], run: WorkflowRun): number[] {
  return chosen.map(pending => {
    const id = pending.environment.id
    if (typeof id !== 'number') {
      throw new MalformedResponseError(
        `pending deployments of run ${run.id} (an environment without an id)`
      )
    }
    return id
  })
}

/** One POST for every chosen environment, so they are decided together or not at all. */
async function reviewEnvironments(
  client: GitHubClient,
  settings: ApproveDeploymentSettings,
  run: WorkflowRun,
  chosen: readonly PendingDeployment[]
): Promise<void> {
  const ids = environmentIds(chosen, run)
  const names = quoteList(chosen.map(pendingName))
  const state = settings.decision === 'approve' ? 'approved' : 'rejected'
  try {
    await client.mutate(
      `Reviewing ${names} on run ${run.id}`,
      () => client.reviewPendingDeployments(run.id, ids, state, settings.comment),
      // Applied when none of them is pending any more.
      async () => {
        const still = await client.getPendingDeployments(run.id)
        return !still.some(p => p.environment.id !== undefined && ids.includes(p.environment.id))
      }
    )
    log.info(`${capitalise(PAST_TENSE[settings.decision])} ${names} on run ${run.id}.`)
  } catch (error) {
    if (httpStatus(error) === 403) {
      // GITHUB_TOKEN is never a reviewer, so no hint about the job's permissions here.
      const lacking = missingPermission(error, { githubTokenHint: false })
      throw new OperationError(
        lacking
          ? `GitHub refused to ${settings.decision} ${names} on run ${run.id} (403: ${apiMessage(error).replace(/\.$/, '')}): ${lacking}, and must be a required reviewer's.`
          : `GitHub refused to ${settings.decision} ${names} on run ${run.id} (403: ${apiMessage(error) || 'Forbidden'}): the token must be a required reviewer's, and an environment that prevents self-review refuses the person who triggered the run.`
      )
    }
    throw error
  }
}

// ---------------------------------------------------------------------------------------------
// Custom deployment protection rules (GitHub Apps)
// ---------------------------------------------------------------------------------------------

/**
 * One POST per environment (the endpoint takes one name), by the name given: a rule's pending
 * state cannot be read beforehand (see waitForGate), so GitHub's answer says whether it was
 * pending. Not resent after a temporary error: whether a rule's review took effect cannot be
 * read back.
 */
async function reviewProtectionRules(
  client: GitHubClient,
  settings: ApproveDeploymentSettings,
  run: WorkflowRun
): Promise<{ reviewed: ReviewedEnvironment[]; failure?: string }> {
  const state = settings.decision === 'approve' ? 'approved' : 'rejected'
  const reviewed: ReviewedEnvironment[] = []
  for (const name of distinctNames(settings.environments)) {
    try {
      await client.mutate(
        `Reviewing the protection rule of '${name}' on run ${run.id}`,
        () => client.reviewProtectionRule(run.id, name, state, settings.comment),
        // GitHub keeps no record to check this review against: sent once, never again.
        undefined
      )
      log.info(`${capitalise(PAST_TENSE[settings.decision])} the protection rule of '${name}'.`)
      // The endpoint answers 204 with no body: GitHub gives no environment id here.
      reviewed.push({ id: null, name, decision: settings.decision })
    } catch (error) {
      const reason = explainProtectionRuleError(client, settings, run, name, error)
      if (reviewed.length === 0) throw new OperationError(reason)
      const done = quoteList(reviewed.map(r => r.name))
      return {
        reviewed,
        failure: `After ${done} ${reviewed.length === 1 ? 'was' : 'were'} ${PAST_TENSE[settings.decision]}, ${continueSentence(reason)}`
      }
    }
  }
  return { reviewed }
}

/** Each name once, as first given (GitHub names are case-insensitive). */
function distinctNames(names: readonly string[]): string[] {
  return names.filter((name, index) => names.findIndex(other => sameName(other, name)) === index)
}

/** A sentence joined onto another: its first letter lower-cased, unless that is a name. */
function continueSentence(text: string): string {
  return /^GitHub\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
}

function explainProtectionRuleError(
  client: GitHubClient,
  settings: ApproveDeploymentSettings,
  run: WorkflowRun,
  name: string,
  error: unknown
): string {
  const status = httpStatus(error)
  const detail = apiMessage(error)
  if (status === 404) {
    // We read this run a moment ago: the endpoint is what is missing.
    return `This server does not offer reviewing custom deployment protection rules (POST /repos/${client.owner}/${client.repo}/actions/runs/${run.id}/deployment_protection_rule answered 404 although run ${run.id} exists; older GitHub Enterprise Server versions lack it).`
  }
  if (status === 422) {
    const hint = settings.waitForPending
      ? ''
      : `; set 'wait-for-pending: true' if the run has not reached it yet`
    return `Environment '${name}' has no custom deployment protection rule pending on run ${run.id} (422: ${detail || 'Unprocessable Entity'})${hint}.`
  }
  if (status === 403) {
    const lacking = missingPermission(error, { githubTokenHint: false })
    if (lacking) {
      return `GitHub refused to review the protection rule of '${name}' on run ${run.id} (403: ${detail.replace(/\.$/, '')}): ${lacking}; only the GitHub App that provides the rule can review it.`
    }
    return `GitHub refused to review the protection rule of '${name}' on run ${run.id} (403: ${detail || 'Forbidden'}): only the GitHub App that provides the environment's custom protection rule can review it, with its own installation token (Deployments: write).`
  }
  if (isTransient(error)) {
    return `Reviewing the protection rule of '${name}' on run ${run.id} failed with a temporary error and was not resent, because whether it took effect cannot be read back: ${describeError(error)}`
  }
  return describeError(error)
}
