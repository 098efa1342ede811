/** Changing runs: re-runs, cancels, fork approval, environment reviews and custom gates. */
import { findRun, type RouteContext } from './context.js'
import type { Run } from './model.js'
import { HttpError, errorReply, invalidRequest, type Reply } from './reply.js'
import { findJob } from './routes-runs.js'
import { environmentResolution } from './timeline.js'
import { APP_LOGIN, GITHUB_ACTIONS_BOT } from './users.js'
import { deploymentJson, environmentJson, pendingDeploymentJson, simpleUser } from './views.js'

const created = (): Reply => ({ status: 201, json: {} })
const accepted = (): Reply => ({ status: 202, json: {} })

/** The optional re-run body: { enable_debug_logging?: boolean, enable_debugger?: boolean }. */
function debugLoggingFrom(ctx: RouteContext): boolean {
  const body = ctx.body
  if (body === undefined || body === null) return false
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(invalidRequest(`${JSON.stringify(body)} is not an object.`))
  }
  const fields = body as Record<string, unknown>
  // Which keys the flavour documents is checked before the handler (api-host.ts); types here.
  for (const key of ['enable_debug_logging', 'enable_debugger']) {
    if (key in fields && typeof fields[key] !== 'boolean') {
      throw new HttpError(
        invalidRequest(`For 'properties/${key}', ${JSON.stringify(fields[key])} is not a boolean.`)
      )
    }
  }
  return fields['enable_debug_logging'] === true
}

function refuseRerun(ctx: RouteContext, run: Run) {
  const refusal = ctx.world.rerunRefusal(run)
  if (refusal) throw new HttpError(errorReply(403, refusal))
}

export function rerunRun(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  const debug = debugLoggingFrom(ctx)
  refuseRerun(ctx, run)
  ctx.world.rerun(run, 'all', ctx.login, debug)
  return created()
}

export function rerunFailedJobs(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  const debug = debugLoggingFrom(ctx)
  refuseRerun(ctx, run)
  if (!ctx.world.hasFailedJobs(run))
    throw new HttpError(errorReply(403, 'This workflow run has no failed jobs to re-run.'))
  ctx.world.rerun(run, 'failed', ctx.login, debug)
  return created()
}

export function rerunJob(ctx: RouteContext): Reply {
  const { run, execution } = findJob(ctx)
  const debug = debugLoggingFrom(ctx)
  refuseRerun(ctx, run)
  if (execution.reusableWorkflowCaller) {
    throw new HttpError(
      errorReply(
        403,
        'This job calls a reusable workflow and cannot be re-run on its own. Re-run the workflow instead.'
      )
    )
  }
  ctx.world.rerun(run, { jobName: execution.name }, ctx.login, debug)
  return created()
}

function cancel(ctx: RouteContext, force: boolean): Reply {
  const run = findRun(ctx)
  if (ctx.world.view(run).status === 'completed') {
    throw new HttpError(errorReply(409, 'Cannot cancel a workflow run that is completed.'))
  }
  ctx.world.cancel(run, force)
  return accepted()
}

export const cancelRun = (ctx: RouteContext) => cancel(ctx, false)
export const forceCancelRun = (ctx: RouteContext) => cancel(ctx, true)

export function approveForkRun(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  const view = ctx.world.view(run)
  // The endpoint approves runs from public forks only (GitHub's reference); a model of the refusal.
  if (run.repository.private) {
    throw new HttpError(
      errorReply(
        422,
        'Approving a workflow run is only supported for pull requests from public forks.'
      )
    )
  }
  if (!run.forkPullRequest || view.conclusion !== 'action_required') {
    throw new HttpError(errorReply(403, 'This workflow run is not waiting for approval.'))
  }
  ctx.world.approveForkRun(run)
  return created()
}

export function listApprovals(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  const attempt = ctx.world.latestAttempt(run)
  const environments = [...run.repository.environments.values()]
  // One POST may review several environments: group its records back together.
  const groups = new Map<string, (typeof attempt.reviews)[number][]>()
  for (const review of attempt.reviews) {
    const key = `${review.at}|${review.user}|${review.state}|${review.comment}`
    groups.set(key, [...(groups.get(key) ?? []), review])
  }
  const json = [...groups.values()].map(reviews => {
    const first = reviews[0] as (typeof reviews)[number]
    return {
      environments: reviews
        .map(r => environments.find(e => e.id === r.environmentId))
        .filter(e => e !== undefined)
        .map(e => environmentJson(run, e, ctx.view)),
      state: first.state,
      user: simpleUser(first.user, ctx.view),
      comment: first.comment
    }
  })
  return { status: 200, json }
}

/** Environments waiting on required reviewers right now (custom-rule-only ones are the app's business). */
function pendingReviewEnvironments(ctx: RouteContext, run: Run) {
  const attempt = ctx.world.latestAttempt(run)
  return ctx.world
    .waitingEnvironments(run)
    .map(({ name, since }) => ({ environment: run.repository.environments.get(name), since }))
    .filter(
      (p): p is { environment: NonNullable<typeof p.environment>; since: number } =>
        p.environment !== undefined &&
        p.environment.reviewers.length > 0 &&
        !attempt.reviews.some(r => r.environmentId === p.environment?.id)
    )
}

function canReview(login: string, reviewers: string[]): boolean {
  return login !== GITHUB_ACTIONS_BOT && reviewers.includes(login)
}

export function getPendingDeployments(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  const json = pendingReviewEnvironments(ctx, run).map(({ environment, since }) =>
    pendingDeploymentJson(
      run,
      environment,
      since,
      ctx.login,
      canReview(ctx.login, environment.reviewers),
      ctx.view
    )
  )
  return { status: 200, json }
}

function reviewBody(body: unknown): {
  environmentIds: number[]
  state: 'approved' | 'rejected'
  comment: string
} {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(invalidRequest(`${JSON.stringify(body ?? null)} is not an object.`))
  }
  const fields = body as Record<string, unknown>
  for (const key of ['environment_ids', 'state', 'comment']) {
    if (!(key in fields)) throw new HttpError(invalidRequest(`"${key}" wasn't supplied.`))
  }
  const ids = fields['environment_ids']
  if (!Array.isArray(ids)) {
    throw new HttpError(
      invalidRequest(`For 'properties/environment_ids', ${JSON.stringify(ids)} is not an array.`)
    )
  }
  for (const id of ids) {
    if (!Number.isInteger(id))
      throw new HttpError(invalidRequest(`For 'items', ${JSON.stringify(id)} is not an integer.`))
  }
  const state = fields['state']
  if (state !== 'approved' && state !== 'rejected') {
    throw new HttpError(
      invalidRequest(
        `For 'properties/state', ${JSON.stringify(state)} is not one of ["approved", "rejected"].`
      )
    )
  }
  const comment = fields['comment']
  if (typeof comment !== 'string') {
    throw new HttpError(
      invalidRequest(`For 'properties/comment', ${JSON.stringify(comment)} is not a string.`)
    )
  }
  return { environmentIds: ids as number[], state, comment }
}

export function reviewPendingDeployments(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  const review = reviewBody(ctx.body)
  if (ctx.login === GITHUB_ACTIONS_BOT || ctx.login === APP_LOGIN) {
    throw new HttpError(errorReply(403, 'Resource not accessible by integration'))
  }
  const pending = pendingReviewEnvironments(ctx, run)
  const chosen = review.environmentIds.map(id => pending.find(p => p.environment.id === id))
  if (review.environmentIds.length === 0 || chosen.some(p => p === undefined)) {
    throw new HttpError(errorReply(422, 'No pending deployment requests to approve or reject'))
  }
  const environments = chosen.map(p => (p as NonNullable<typeof p>).environment)
  const refused = environments.find(e => !canReview(ctx.login, e.reviewers))
  if (refused) {
    throw new HttpError(
      errorReply(
        422,
        `${ctx.login} is not a required reviewer for the environment '${refused.name}'`
      )
    )
  }
  const attempt = ctx.world.latestAttempt(run)
  const at = ctx.view.now
  for (const environment of environments) {
    attempt.reviews.push({
      environmentId: environment.id,
      state: review.state,
      at,
      user: ctx.login,
      comment: review.comment
    })
  }
  return {
    status: 200,
    json: environments.map(e => deploymentJson(run, e, run.actor, at, ctx.view))
  }
}

/** A GitHub App answering for its custom deployment protection rule. */
export function reviewCustomGate(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  if (ctx.login !== APP_LOGIN)
    throw new HttpError(errorReply(403, 'Resource not accessible by personal access token'))
  const body = ctx.body
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(invalidRequest(`${JSON.stringify(body ?? null)} is not an object.`))
  }
  const fields = body as Record<string, unknown>
  const name = fields['environment_name']
  if (typeof name !== 'string')
    throw new HttpError(invalidRequest(`"environment_name" wasn't supplied.`))
  const state = fields['state']
  const comment = fields['comment']
  if (state === undefined && typeof comment !== 'string')
    throw new HttpError(invalidRequest(`"comment" wasn't supplied.`))
  if (state !== undefined && state !== 'approved' && state !== 'rejected') {
    throw new HttpError(
      invalidRequest(
        `For 'properties/state', ${JSON.stringify(state)} is not one of ["approved", "rejected"].`
      )
    )
  }
  const attempt = ctx.world.latestAttempt(run)
  const environment = run.repository.environments.get(name)
  const waiting = ctx.world.waitingEnvironments(run).some(w => w.name === name)
  if (!environment?.customRule || !waiting || environmentResolution(run, attempt, name)) {
    throw new HttpError(
      errorReply(422, `No pending custom deployment protection rule for environment '${name}'`)
    )
  }
  if (state !== undefined) {
    attempt.gateReviews.push({
      environment: name,
      state,
      at: ctx.view.now,
      comment: typeof comment === 'string' ? comment : ''
    })
  }
  return { status: 204 }
}
