/** Log downloads: 302s to signed blob URLs, and deleting a run's logs. */
import { findRun, type RouteContext } from './context.js'
import type { Attempt, Run } from './model.js'
import { HttpError, errorReply, notFound, type Reply } from './reply.js'
import { findAttempt, findJob } from './routes-runs.js'
import { jobStatusAt } from './timeline.js'

/** Expired logs answer as scripted (410 Gone by default); deleted ones are simply not found. */
function refuseUnavailableLogs(run: Run, attempt: Attempt) {
  if (run.logsExpired === 410) throw new HttpError(errorReply(410, 'Gone'))
  if (run.logsExpired === 404 || attempt.logsDeleted) throw new HttpError(notFound())
}

function redirect(ctx: RouteContext, blobPath: string): Reply {
  return { status: 302, location: ctx.signer.sign(blobPath) }
}

/** Run logs exist only once the attempt has completed. */
export function downloadRunLogs(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  const attempt = ctx.world.latestAttempt(run)
  refuseUnavailableLogs(run, attempt)
  if (ctx.world.view(run, attempt).status !== 'completed') throw new HttpError(notFound())
  return redirect(ctx, `/runs/${run.id}/attempts/${attempt.number}/logs.zip`)
}

export function downloadAttemptLogs(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  const attempt = findAttempt(ctx, run)
  refuseUnavailableLogs(run, attempt)
  if (ctx.world.view(run, attempt).status !== 'completed') throw new HttpError(notFound())
  return redirect(ctx, `/runs/${run.id}/attempts/${attempt.number}/logs.zip`)
}

/** A job's log is readable once it has started; while it runs it holds what it has written so far. */
export function downloadJobLogs(ctx: RouteContext): Reply {
  const { run, attempt, schedule } = findJob(ctx)
  refuseUnavailableLogs(run, attempt)
  const status = jobStatusAt(schedule, ctx.view.now)
  if (status === 'queued' || status === 'waiting') throw new HttpError(notFound())
  return redirect(ctx, `/jobs/${schedule.execution.id}/logs.txt`)
}

export function deleteRunLogs(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  if (ctx.world.view(run).status !== 'completed') {
    throw new HttpError(
      errorReply(403, 'Cannot delete logs of a workflow run that is not completed.')
    )
  }
  for (const attempt of run.attempts) attempt.logsDeleted = true
  return { status: 204 }
}
