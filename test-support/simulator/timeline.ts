/**
 * Derives what a run looks like at a given instant from its script and the events that happened.
 * A schedule holds absolute times, some still unknown (a job waiting for a review has no start
 * yet); projecting it onto "now" gives statuses. Because every shown field comes from fixed
 * event times, a run's JSON (and so its ETag and updated_at) changes only when the run does.
 */
import type { Attempt, CarriedJob, JobExecution, Run } from './model.js'
import type { Conclusion, JobConclusion } from './types.js'

export interface JobSchedule {
  execution: JobExecution
  createdAt: number
  /** All needs finished; an environment job starts waiting here. */
  readyAt?: number
  startAt?: number
  endAt?: number
  conclusion: JobConclusion
  /** Completed without running any step (skipped, rejected, cancelled before start). */
  ranNoSteps: boolean
  carried?: CarriedJob
}

export type RunStatus = 'queued' | 'in_progress' | 'waiting' | 'completed'
export type JobStatus = 'queued' | 'in_progress' | 'waiting' | 'completed'

const FAILING: ReadonlySet<JobConclusion> = new Set(['failure', 'timed_out'])

export interface EnvironmentResolution {
  state: 'approved' | 'rejected'
  at: number
}

/** Approved once every gate the environment has (reviewers, custom rule) approved; any rejection rejects. */
export function environmentResolution(
  run: Run,
  attempt: Attempt,
  environmentName: string
): EnvironmentResolution | undefined {
  const environment = run.repository.environments.get(environmentName)
  if (!environment) return { state: 'approved', at: -Infinity }
  const review = attempt.reviews.find(r => r.environmentId === environment.id)
  const gate = attempt.gateReviews.find(r => r.environment === environment.name)
  if (review?.state === 'rejected') return { state: 'rejected', at: review.at }
  if (gate?.state === 'rejected') return { state: 'rejected', at: gate.at }
  const needsReview = environment.reviewers.length > 0
  if (needsReview && !review) return undefined
  if (environment.customRule && !gate) return undefined
  return { state: 'approved', at: Math.max(review?.at ?? -Infinity, gate?.at ?? -Infinity) }
}

export function scheduleAttempt(run: Run, attempt: Attempt): Map<string, JobSchedule> {
  const executions = new Map(attempt.executions.map(e => [e.name, e]))
  const carried = new Map(attempt.carried.map(c => [c.execution.name, c]))
  const schedules = new Map<string, JobSchedule>()
  const cancelAt = attempt.cancel?.effectiveAt

  const visit = (name: string, depth: number): JobSchedule | undefined => {
    const done = schedules.get(name)
    if (done) return done
    const previous = carried.get(name)
    if (previous) {
      const schedule: JobSchedule = {
        execution: previous.execution,
        createdAt: previous.createdAt,
        readyAt: previous.startedAt,
        startAt: previous.startedAt,
        endAt: previous.completedAt,
        conclusion: previous.conclusion,
        ranNoSteps: false,
        carried: previous
      }
      schedules.set(name, schedule)
      return schedule
    }
    const execution = executions.get(name)
    if (!execution || depth > executions.size) return undefined
    const needs = execution.needs
      .map(need => visit(need, depth + 1))
      .filter((s): s is JobSchedule => s !== undefined)
    const schedule = scheduleJob(run, attempt, execution, needs)
    if (cancelAt !== undefined && (schedule.endAt === undefined || schedule.endAt > cancelAt)) {
      const started = schedule.startAt !== undefined && schedule.startAt <= cancelAt
      schedule.startAt = started ? schedule.startAt : cancelAt
      schedule.endAt = cancelAt
      schedule.conclusion = 'cancelled'
      schedule.ranNoSteps = !started
    }
    schedules.set(name, schedule)
    return schedule
  }

  for (const execution of attempt.executions) visit(execution.name, 0)
  for (const previous of attempt.carried) visit(previous.execution.name, 0)
  return schedules
}

function scheduleJob(
  run: Run,
  attempt: Attempt,
  execution: JobExecution,
  needs: JobSchedule[]
): JobSchedule {
  const base: JobSchedule = {
    execution,
    createdAt: attempt.createdAt,
    conclusion: execution.conclusion,
    ranNoSteps: false
  }
  if (attempt.startAt === undefined) return base
  // Carried needs finished in an earlier attempt, so they do not delay this one.
  const needEnds = needs.map(n => (n.carried ? attempt.startAt : n.endAt))
  if (needEnds.some(end => end === undefined)) return base
  const readyAt = Math.max(attempt.startAt, ...(needEnds as number[]))
  base.readyAt = readyAt
  if (needs.some(n => n.conclusion !== 'success')) {
    return { ...base, startAt: readyAt, endAt: readyAt, conclusion: 'skipped', ranNoSteps: true }
  }
  let startAt = readyAt
  if (execution.environment) {
    const resolution = environmentResolution(run, attempt, execution.environment)
    if (!resolution) return base
    if (resolution.state === 'rejected') {
      const at = Math.max(readyAt, resolution.at)
      return { ...base, startAt: at, endAt: at, conclusion: 'failure', ranNoSteps: true }
    }
    startAt = Math.max(readyAt, resolution.at)
  }
  return { ...base, startAt, endAt: startAt + execution.durationMs }
}

export function jobStatusAt(schedule: JobSchedule, now: number): JobStatus {
  if (schedule.startAt !== undefined && schedule.startAt <= now) {
    return schedule.endAt !== undefined && schedule.endAt <= now ? 'completed' : 'in_progress'
  }
  const waitsForReview =
    schedule.execution.environment !== undefined &&
    schedule.readyAt !== undefined &&
    schedule.readyAt <= now
  return waitsForReview ? 'waiting' : 'queued'
}

export interface AttemptView {
  status: RunStatus
  conclusion: Conclusion | null
  updatedAt: number
  startedAt: number
  completedAt?: number
  schedules: Map<string, JobSchedule>
}

/** The attempt's time of completion, if every job it runs has an end. */
function completionTime(attempt: Attempt, schedules: Map<string, JobSchedule>): number | undefined {
  if (attempt.executions.length === 0) return attempt.startAt
  let latest = -Infinity
  for (const execution of attempt.executions) {
    const end = schedules.get(execution.name)?.endAt
    if (end === undefined) return undefined
    latest = Math.max(latest, end)
  }
  return latest
}

function statusAt(
  attempt: Attempt,
  schedules: Map<string, JobSchedule>,
  completedAt: number | undefined,
  t: number
) {
  if (attempt.startAt === undefined) return 'action_required'
  if (completedAt !== undefined && completedAt <= t) return 'completed'
  if (t < attempt.startAt) return 'queued'
  let waiting = false
  for (const execution of attempt.executions) {
    const schedule = schedules.get(execution.name)
    if (!schedule) continue
    const status = jobStatusAt(schedule, t)
    if (status === 'in_progress') return 'in_progress'
    if (status === 'waiting') waiting = true
  }
  return waiting ? 'waiting' : 'in_progress'
}

function conclusionOf(schedules: Map<string, JobSchedule>): Conclusion {
  const conclusions = [...schedules.values()].map(s => s.conclusion)
  if (conclusions.includes('cancelled')) return 'cancelled'
  if (conclusions.some(c => FAILING.has(c))) return 'failure'
  return 'success'
}

export function viewAttempt(run: Run, attempt: Attempt, now: number): AttemptView {
  const schedules = scheduleAttempt(run, attempt)
  if (attempt.startAt === undefined) {
    return {
      status: 'completed',
      conclusion: 'action_required',
      updatedAt: attempt.createdAt,
      startedAt: attempt.createdAt,
      completedAt: attempt.createdAt,
      schedules
    }
  }
  const completedAt = completionTime(attempt, schedules)
  const status = statusAt(attempt, schedules, completedAt, now) as RunStatus
  return {
    status,
    conclusion: status === 'completed' ? conclusionOf(schedules) : null,
    updatedAt: lastChange(attempt, schedules, completedAt, now),
    startedAt: attempt.createdAt,
    completedAt: status === 'completed' ? completedAt : undefined,
    schedules
  }
}

/** The latest instant ≤ now at which the run's visible status changed. */
function lastChange(
  attempt: Attempt,
  schedules: Map<string, JobSchedule>,
  completedAt: number | undefined,
  now: number
): number {
  const floor = Math.max(attempt.createdAt, attempt.forkApprovedAt ?? -Infinity)
  const candidates = new Set<number>()
  if (attempt.startAt !== undefined) candidates.add(attempt.startAt)
  if (completedAt !== undefined) candidates.add(completedAt)
  const hasEnvironmentJobs = attempt.executions.some(e => e.environment !== undefined)
  if (hasEnvironmentJobs) {
    for (const schedule of schedules.values()) {
      for (const t of [schedule.readyAt, schedule.startAt, schedule.endAt]) {
        if (t !== undefined) candidates.add(t)
      }
    }
  }
  const sorted = [...candidates].filter(t => t <= now && t > floor).sort((a, b) => b - a)
  for (const t of sorted) {
    if (
      statusAt(attempt, schedules, completedAt, t) !==
      statusAt(attempt, schedules, completedAt, t - 1)
    ) {
      return t
    }
  }
  return floor
}
