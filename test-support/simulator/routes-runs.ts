/** Reading runs and jobs: lists with GitHub's filters and pagination, single runs, attempts, timing. */
import { findRepository, findRun, linkHeader, pagination, type RouteContext } from './context.js'
import type { Attempt, Run } from './model.js'
import { HttpError, errorReply, invalidRequest, notFound, type Reply } from './reply.js'
import { viewAttempt, type JobSchedule } from './timeline.js'
import { jobJson, runJson, timingJson } from './views.js'

/** Filtered run lists stop at 1,000 results on GitHub. */
const FILTERED_LIMIT = 1000
const FILTERS = [
  'actor',
  'branch',
  'check_suite_id',
  'created',
  'event',
  'head_sha',
  'status'
] as const
const STATUSES = new Set(['completed', 'in_progress', 'queued', 'requested', 'waiting', 'pending'])
const CONCLUSIONS = new Set([
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'skipped',
  'stale',
  'success',
  'timed_out'
])

export function runView(ctx: RouteContext, run: Run, attempt?: Attempt) {
  const chosen = attempt ?? ctx.world.latestAttempt(run)
  return runJson(run, chosen, viewAttempt(run, chosen, ctx.view.now), ctx.view)
}

export function listRunsForRepo(ctx: RouteContext): Reply {
  return listRuns(ctx, findRepository(ctx).fullName, undefined)
}

export function listRunsForWorkflow(ctx: RouteContext): Reply {
  const repository = findRepository(ctx)
  const key = ctx.params['workflow_id'] ?? ''
  const workflow = [...repository.workflows.values()].find(
    w => String(w.id) === key || w.file === key
  )
  if (!workflow) throw new HttpError(notFound())
  return listRuns(ctx, repository.fullName, workflow.id)
}

function listRuns(ctx: RouteContext, fullName: string, workflowId: number | undefined): Reply {
  const { query } = ctx
  const created = query.get('created')
  const createdRange = created ? parseCreated(created) : undefined
  if (created && !createdRange)
    throw new HttpError(invalidRequest(`Invalid value for "created": ${created}`))
  const status = query.get('status')
  if (status && !STATUSES.has(status) && !CONCLUSIONS.has(status)) {
    throw new HttpError(invalidRequest(`For 'status', "${status}" is not a valid value.`))
  }
  const now = ctx.view.now
  const matches = [...ctx.world.runs.values()]
    .filter(
      run =>
        run.repository.fullName === fullName &&
        (workflowId === undefined || run.workflow.id === workflowId)
    )
    .filter(run => !query.has('branch') || run.branch === query.get('branch'))
    .filter(run => !query.has('event') || run.event === query.get('event'))
    .filter(run => !query.has('head_sha') || run.headSha === query.get('head_sha'))
    .filter(run => !query.has('actor') || run.actor === query.get('actor'))
    .filter(
      run =>
        !query.has('check_suite_id') || String(run.checkSuiteId) === query.get('check_suite_id')
    )
    .filter(
      run =>
        !createdRange || (run.createdAt >= createdRange.from && run.createdAt <= createdRange.to)
    )
    .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
  let views = matches.map(run => ({
    run,
    view: viewAttempt(run, ctx.world.latestAttempt(run), now)
  }))
  if (status) {
    views = views.filter(({ view }) =>
      STATUSES.has(status) ? view.status === status : view.conclusion === status
    )
  }
  const filtered = FILTERS.some(name => query.has(name))
  if (filtered) views = views.slice(0, FILTERED_LIMIT)
  const { perPage, page } = pagination(query)
  const pageItems = views.slice((page - 1) * perPage, page * perPage)
  const path =
    workflowId === undefined
      ? `/repos/${fullName}/actions/runs`
      : `/repos/${fullName}/actions/workflows/${ctx.params['workflow_id']}/runs`
  return {
    status: 200,
    json: {
      total_count: views.length,
      workflow_runs: pageItems.map(({ run, view }) =>
        runJson(run, ctx.world.latestAttempt(run), view, ctx.view)
      )
    },
    headers: linkHeader(`${ctx.view.apiUrl}${path}`, query, page, perPage, views.length)
  }
}

/** GitHub's search date syntax: `>=D`, `<=D`, `>D`, `<D`, `A..B` (`*` open), or a bare day. */
export function parseCreated(text: string): { from: number; to: number } | undefined {
  const bound = (value: string, end: boolean): number | undefined => {
    if (value === '*') return end ? Infinity : -Infinity
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const day = Date.parse(`${value}T00:00:00Z`)
      return Number.isNaN(day) ? undefined : end ? day + 86_400_000 - 1 : day
    }
    const parsed = Date.parse(value)
    return Number.isNaN(parsed) ? undefined : parsed
  }
  const comparison = /^(>=|<=|>|<)(.+)$/.exec(text)
  if (comparison) {
    const [, op, value = ''] = comparison
    if (op === '>=') return wrap(bound(value, false), Infinity)
    if (op === '>') return wrap(bound(value, true), Infinity, 1)
    if (op === '<=') return wrap(-Infinity, bound(value, true))
    return wrap(-Infinity, bound(value, false), 0, -1)
  }
  const range = /^(.+)\.\.(.+)$/.exec(text)
  if (range) return wrap(bound(range[1] ?? '', false), bound(range[2] ?? '', true))
  return wrap(bound(text, false), bound(text, true))
}

function wrap(from: number | undefined, to: number | undefined, fromShift = 0, toShift = 0) {
  if (from === undefined || to === undefined) return undefined
  return { from: from + fromShift, to: to + toShift }
}

export function getRun(ctx: RouteContext): Reply {
  return { status: 200, json: runView(ctx, findRun(ctx)) }
}

export function findAttempt(ctx: RouteContext, run: Run): Attempt {
  const attempt = run.attempts[Number(ctx.params['attempt_number']) - 1]
  if (!attempt) throw new HttpError(notFound())
  return attempt
}

export function getAttempt(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  return { status: 200, json: runView(ctx, run, findAttempt(ctx, run)) }
}

export function deleteRun(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  if (ctx.world.view(run).status !== 'completed') {
    throw new HttpError(errorReply(403, 'Cannot delete a workflow run that is not completed.'))
  }
  ctx.world.deleteRun(run)
  return { status: 204 }
}

function jobsPage(ctx: RouteContext, run: Run, schedules: JobSchedule[], path: string): Reply {
  const { perPage, page } = pagination(ctx.query)
  const pageItems = schedules.slice((page - 1) * perPage, page * perPage)
  return {
    status: 200,
    json: { total_count: schedules.length, jobs: pageItems.map(s => jobJson(run, s, ctx.view)) },
    headers: linkHeader(`${ctx.view.apiUrl}${path}`, ctx.query, page, perPage, schedules.length)
  }
}

/** filter=latest: each job's newest execution (including ones carried from earlier attempts); all: every execution. */
export function listJobs(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  const filter = ctx.query.get('filter') ?? 'latest'
  if (filter !== 'latest' && filter !== 'all') {
    throw new HttpError(
      invalidRequest(`For 'filter', "${filter}" is not one of ["latest", "all"].`)
    )
  }
  let schedules: JobSchedule[]
  if (filter === 'all') {
    schedules = run.attempts
      .slice()
      .reverse()
      .flatMap(attempt => {
        const all = viewAttempt(run, attempt, ctx.view.now).schedules
        return attempt.executions
          .map(e => all.get(e.name))
          .filter((s): s is JobSchedule => s !== undefined)
      })
  } else {
    const latest = viewAttempt(run, ctx.world.latestAttempt(run), ctx.view.now).schedules
    schedules = run.jobSpecs
      .map(spec => latest.get(spec.name))
      .filter((s): s is JobSchedule => s !== undefined)
  }
  return jobsPage(
    ctx,
    run,
    schedules,
    `/repos/${run.repository.fullName}/actions/runs/${run.id}/jobs`
  )
}

export function listAttemptJobs(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  const attempt = findAttempt(ctx, run)
  const all = viewAttempt(run, attempt, ctx.view.now).schedules
  const schedules = attempt.executions
    .map(e => all.get(e.name))
    .filter((s): s is JobSchedule => s !== undefined)
  return jobsPage(
    ctx,
    run,
    schedules,
    `/repos/${run.repository.fullName}/actions/runs/${run.id}/attempts/${attempt.number}/jobs`
  )
}

export function findJob(ctx: RouteContext) {
  const repository = findRepository(ctx)
  const found = ctx.world.jobExecution(Number(ctx.params['job_id']))
  if (!found || found.run.repository !== repository) throw new HttpError(notFound())
  const schedule = viewAttempt(found.run, found.attempt, ctx.view.now).schedules.get(
    found.execution.name
  )
  if (!schedule) throw new HttpError(notFound())
  return { ...found, schedule }
}

export function getJob(ctx: RouteContext): Reply {
  const { run, schedule } = findJob(ctx)
  return { status: 200, json: jobJson(run, schedule, ctx.view) }
}

export function getTiming(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  return { status: 200, json: timingJson(run, ctx.world.view(run), ctx.view.now) }
}
