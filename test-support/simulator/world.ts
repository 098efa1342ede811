/**
 * The world's mutations: scripting runs and the events the API can cause (re-runs, cancels,
 * approvals, reviews). Reads go through timeline.ts; this file never computes a status itself
 * except to decide whether an event is allowed.
 */
import {
  DEFAULT_QUEUED_MS,
  checkNeeds,
  IdSequence,
  executeJob,
  fakeSha,
  resolveCreatedAt,
  resolveEnvironment,
  workflowNameFromFile,
  type Attempt,
  type CarriedJob,
  type JobExecution,
  type Repository,
  type Run
} from './model.js'
import {
  environmentResolution,
  scheduleAttempt,
  viewAttempt,
  type AttemptView
} from './timeline.js'
import { DispatchBook } from './dispatch.js'
import { ChecksBook } from './checks.js'
import type { JobSpec, RunSpec, WorkflowSpec } from './types.js'

const DAY_MS = 24 * 60 * 60 * 1000

export class World {
  readonly repositories = new Map<string, Repository>()
  readonly runs = new Map<number, Run>()
  readonly dispatches = new DispatchBook()
  /** Scripted check runs and commit statuses (workflow jobs show as check runs too). */
  readonly checks = new ChecksBook(this)
  private readonly runIds = new IdSequence(9_100_000_001)
  private readonly jobIds = new IdSequence(27_100_000_001)
  private readonly repoIds = new IdSequence(800_000_001)
  private readonly workflowIds = new IdSequence(161_000_001)
  private readonly environmentIds = new IdSequence(1_610_000_001)
  private readonly checkSuiteIds = new IdSequence(30_000_000_001)
  private runNumbers = new Map<number, number>()
  private readonly jobIndex = new Map<
    number,
    { run: Run; attempt: Attempt; execution: JobExecution }
  >()

  constructor(
    readonly now: () => number,
    readonly cancelDelayMs: number
  ) {
    this.repository('octo/demo')
  }

  /** The repository if runs or workflows made it, without creating it. */
  findRepository(fullName: string): Repository | undefined {
    return this.repositories.get(fullName.toLowerCase())
  }

  repository(fullName: string): Repository {
    const key = fullName.toLowerCase()
    const existing = this.repositories.get(key)
    if (existing) return existing
    const [owner, name] = fullName.split('/')
    if (!owner || !name) throw new Error(`RunSpec.repository must be owner/name: ${fullName}`)
    const repository: Repository = {
      id: this.repoIds.take(),
      owner,
      name,
      fullName,
      private: false,
      workflows: new Map(),
      environments: new Map()
    }
    this.repositories.set(key, repository)
    return repository
  }

  private workflow(repository: Repository, file: string, name: string | undefined) {
    let workflow = repository.workflows.get(file)
    if (!workflow) {
      workflow = { id: this.workflowIds.take(), file, name: name ?? workflowNameFromFile(file) }
      repository.workflows.set(file, workflow)
    }
    return workflow
  }

  /** A workflow that dispatches can start (its runs are created by the dispatch route). */
  addWorkflow(spec: WorkflowSpec): number {
    const repository = this.repository(spec.repository ?? 'octo/demo')
    const workflow = this.workflow(repository, spec.file, spec.name)
    this.dispatches.declare(workflow.id, spec)
    return workflow.id
  }

  /** Creates the dispatched runs whose time has come; called before anything reads the world. */
  releaseDispatches() {
    for (const spec of this.dispatches.due(this.now())) this.addRun(spec)
  }

  addRun(spec: RunSpec = {}): number {
    const now = this.now()
    const repository = this.repository(spec.repository ?? 'octo/demo')
    if (spec.privateRepository) repository.private = true
    const workflow = this.workflow(repository, spec.workflow ?? 'ci.yml', spec.name)
    for (const environment of spec.environments ?? []) {
      const existing = repository.environments.get(environment.name)
      repository.environments.set(
        environment.name,
        resolveEnvironment(environment, existing?.id ?? this.environmentIds.take())
      )
    }
    const jobSpecs: JobSpec[] = spec.jobs && spec.jobs.length > 0 ? spec.jobs : [{ name: 'build' }]
    checkNeeds(jobSpecs)
    for (const job of jobSpecs) {
      if (job.environment && !repository.environments.has(job.environment)) {
        throw new Error(
          `job ${job.name} names environment ${job.environment}, not in RunSpec.environments`
        )
      }
    }
    const id = this.runIds.take()
    const runNumber = (this.runNumbers.get(workflow.id) ?? 0) + 1
    this.runNumbers.set(workflow.id, runNumber)
    const queuedMs = spec.queuedMs ?? DEFAULT_QUEUED_MS
    const createdAt = resolveCreatedAt(spec.createdAt, now)
    const actor = spec.actor ?? 'octocat'
    const run: Run = {
      id,
      repository,
      workflow,
      runNumber,
      checkSuiteId: this.checkSuiteIds.take(),
      displayTitle: spec.displayTitle ?? 'Update README.md',
      branch: spec.branch ?? 'main',
      event: spec.event ?? (spec.forkPullRequestNeedingApproval ? 'pull_request' : 'push'),
      headSha: spec.headSha ?? fakeSha(`${repository.fullName}#${id}`),
      actor,
      createdAt: createdAt ?? now,
      jobSpecs,
      attempts: [],
      logsExpired: spec.logsExpired === true ? 410 : spec.logsExpired || undefined,
      logArchiveBytes: spec.logArchiveBytes,
      logArchivePadding: spec.logArchivePadding,
      ignoresCancel: spec.ignoresCancel ?? false,
      forkPullRequest: spec.forkPullRequestNeedingApproval ?? false,
      concurrencyHeld: spec.concurrencyHeld
    }
    this.runs.set(id, run)
    // A fork run waiting for approval is already "completed" (action_required), whatever the spec says.
    if (spec.completed && !run.forkPullRequest) this.playHistory(run, spec, queuedMs, createdAt)
    else {
      const first = this.newAttempt(run, 1, createdAt ?? now, queuedMs, actor, jobSpecs, [])
      if (run.forkPullRequest) first.startAt = undefined
      run.attempts.push(first)
    }
    return id
  }

  /** Lays already-finished attempts back to back, ending a second ago (or at createdAt if older). */
  private playHistory(run: Run, spec: RunSpec, queuedMs: number, createdAt: number | undefined) {
    const count = Math.max(1, spec.attempts ?? 1)
    const longest = run.jobSpecs.reduce((sum, job) => sum + (job.durationMs ?? 300), 0)
    const perAttempt = queuedMs + longest + 1000
    let cursor = createdAt ?? this.now() - count * perAttempt - 1000
    run.createdAt = cursor
    for (let number = 1; number <= count; number++) {
      // Scripted history re-runs are full re-runs.
      const attempt = this.newAttempt(run, number, cursor, queuedMs, run.actor, run.jobSpecs, [])
      run.attempts.push(attempt)
      this.approveEnvironmentsAsScripted(run, attempt)
      const view = viewAttempt(run, attempt, Infinity)
      cursor = (view.completedAt ?? cursor) + 1000
    }
  }

  /** History runs with environments were reviewed by each environment's first reviewer. */
  private approveEnvironmentsAsScripted(run: Run, attempt: Attempt) {
    for (let guard = 0; guard < attempt.executions.length + 1; guard++) {
      const schedules = scheduleAttempt(run, attempt)
      const waiting = [...schedules.values()].find(
        s => s.execution.environment && s.readyAt !== undefined && s.startAt === undefined
      )
      if (!waiting?.execution.environment || waiting.readyAt === undefined) return
      const environment = run.repository.environments.get(waiting.execution.environment)
      if (!environment) return
      if (environment.reviewers.length > 0) {
        attempt.reviews.push({
          environmentId: environment.id,
          state: 'approved',
          at: waiting.readyAt,
          user: environment.reviewers[0] ?? 'octo-reviewer',
          comment: 'Approved'
        })
      }
      if (environment.customRule) {
        attempt.gateReviews.push({
          environment: environment.name,
          state: 'approved',
          at: waiting.readyAt,
          comment: ''
        })
      }
    }
  }

  private newAttempt(
    run: Run,
    number: number,
    createdAt: number,
    queuedMs: number,
    triggeringActor: string,
    specs: JobSpec[],
    carried: CarriedJob[]
  ): Attempt {
    const attempt: Attempt = {
      number,
      createdAt,
      queuedMs,
      startAt: createdAt + queuedMs,
      triggeringActor,
      executions: specs.map(spec => executeJob(spec, number, this.jobIds)),
      carried,
      reviews: [],
      gateReviews: [],
      debugLogging: false,
      logsDeleted: false
    }
    for (const execution of attempt.executions)
      this.jobIndex.set(execution.id, { run, attempt, execution })
    return attempt
  }

  latestAttempt(run: Run): Attempt {
    const attempt = run.attempts[run.attempts.length - 1]
    if (!attempt) throw new Error(`run ${run.id} has no attempts`)
    return attempt
  }

  view(run: Run, attempt = this.latestAttempt(run)): AttemptView {
    return viewAttempt(run, attempt, this.now())
  }

  /** Every job's final state in a completed attempt, to carry into the next. */
  private finalJobs(run: Run, attempt: Attempt): CarriedJob[] {
    const view = viewAttempt(run, attempt, Infinity)
    return [...view.schedules.values()].map(schedule => {
      const completedAt = schedule.endAt ?? view.completedAt ?? attempt.createdAt
      return (
        schedule.carried ?? {
          execution: schedule.execution,
          createdAt: schedule.createdAt,
          startedAt: schedule.startAt ?? completedAt,
          completedAt,
          conclusion: schedule.conclusion
        }
      )
    })
  }

  /** Why a re-run is refused, in GitHub's words, or undefined when it may go ahead. */
  rerunRefusal(run: Run): string | undefined {
    if (this.view(run).status !== 'completed') return 'This workflow is already running'
    if (this.now() - run.createdAt > 30 * DAY_MS) {
      return 'Unable to retry this workflow run because it was created over a month ago'
    }
    if (run.attempts.length >= 50)
      return 'This workflow run has reached the maximum number of attempts'
    return undefined
  }

  /**
   * Starts attempt N+1 re-running the chosen jobs and everything that needs them; the rest are
   * carried over with their results, as GitHub's partial re-runs do.
   */
  rerun(
    run: Run,
    which: 'all' | 'failed' | { jobName: string },
    actor: string,
    debugLogging: boolean
  ) {
    const previous = this.latestAttempt(run)
    const final = this.finalJobs(run, previous)
    let chosen: Set<string>
    if (which === 'all') chosen = new Set(run.jobSpecs.map(j => j.name))
    else if (which === 'failed') {
      chosen = new Set(
        final
          .filter(j => j.conclusion !== 'success' && j.conclusion !== 'skipped')
          .map(j => j.execution.name)
      )
    } else chosen = new Set([which.jobName])
    chosen = withDependents(run.jobSpecs, chosen)
    const specs = run.jobSpecs.filter(j => chosen.has(j.name))
    const carried = final.filter(j => !chosen.has(j.execution.name))
    const attempt = this.newAttempt(
      run,
      previous.number + 1,
      this.now(),
      previous.queuedMs,
      actor,
      specs,
      carried
    )
    attempt.debugLogging = debugLogging
    run.attempts.push(attempt)
  }

  hasFailedJobs(run: Run): boolean {
    const view = this.view(run)
    return [...view.schedules.values()].some(
      s => s.conclusion !== 'success' && s.conclusion !== 'skipped'
    )
  }

  cancel(run: Run, force: boolean) {
    const attempt = this.latestAttempt(run)
    const now = this.now()
    if (run.ignoresCancel && !force) {
      attempt.cancel ??= { requestedAt: now, force }
      return
    }
    const effectiveAt = now + (force ? Math.min(50, this.cancelDelayMs) : this.cancelDelayMs)
    if (attempt.cancel?.effectiveAt !== undefined && attempt.cancel.effectiveAt <= effectiveAt)
      return
    attempt.cancel = { requestedAt: now, effectiveAt, force }
  }

  approveForkRun(run: Run) {
    const attempt = this.latestAttempt(run)
    const now = this.now()
    attempt.forkApprovedAt = now
    attempt.startAt = now + attempt.queuedMs
  }

  /** Environments of the latest attempt that have a job waiting for them right now. */
  waitingEnvironments(run: Run): { name: string; since: number }[] {
    const attempt = this.latestAttempt(run)
    const now = this.now()
    const found = new Map<string, number>()
    for (const schedule of scheduleAttempt(run, attempt).values()) {
      const name = schedule.execution.environment
      if (!name || schedule.startAt !== undefined || schedule.readyAt === undefined) continue
      if (schedule.readyAt > now) continue
      if (environmentResolution(run, attempt, name)) continue
      found.set(name, Math.min(found.get(name) ?? Infinity, schedule.readyAt))
    }
    return [...found].map(([name, since]) => ({ name, since }))
  }

  jobExecution(jobId: number): { run: Run; attempt: Attempt; execution: JobExecution } | undefined {
    const found = this.jobIndex.get(jobId)
    return found && this.runs.has(found.run.id) ? found : undefined
  }

  deleteRun(run: Run) {
    this.runs.delete(run.id)
    for (const attempt of run.attempts)
      for (const e of attempt.executions) this.jobIndex.delete(e.id)
  }
}

function withDependents(specs: JobSpec[], chosen: Set<string>): Set<string> {
  const result = new Set(chosen)
  let grew = true
  while (grew) {
    grew = false
    for (const spec of specs) {
      if (!result.has(spec.name) && (spec.needs ?? []).some(need => result.has(need))) {
        result.add(spec.name)
        grew = true
      }
    }
  }
  return result
}
