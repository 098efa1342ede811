/**
 * The simulator's in-memory world. A run stores only what was scripted and what happened to it
 * (attempts, reviews, cancel requests); everything the API shows is derived from that and the
 * clock in timeline.ts, so state never drifts and nothing needs a timer.
 */
import { createHash } from 'node:crypto'
import type {
  AnnotationSpec,
  ArtifactSpec,
  EnvironmentSpec,
  JobConclusion,
  JobSpec,
  RunSpec,
  StepSpec
} from './types.js'
import { DEFAULT_REVIEWER } from './users.js'

export interface Repository {
  id: number
  owner: string
  name: string
  fullName: string
  private: boolean
  workflows: Map<string, Workflow>
  environments: Map<string, Environment>
}

export interface Workflow {
  id: number
  file: string
  name: string
}

export interface Environment {
  id: number
  name: string
  reviewers: string[]
  waitTimerMinutes: number
  customRule: boolean
}

export interface ResolvedStep {
  name: string
  conclusion: JobConclusion
  log: string[]
  durationMs: number
}

/** One execution of a job in one attempt. Re-running a job creates a new execution (new id). */
export interface JobExecution {
  id: number
  name: string
  attempt: number
  conclusion: JobConclusion
  durationMs: number
  steps: ResolvedStep[]
  needs: string[]
  environment?: string
  runsOn: string
  reusableWorkflowCaller: boolean
  runnerId: number
  logBytes?: number
  annotations: AnnotationSpec[]
}

/** An artifact of a run: its spec, and the id and time GitHub gave it. */
export interface RunArtifact {
  id: number
  spec: ArtifactSpec
  createdAt: number
  /** Served from a prepared file (serveArtifactFromFile): its size, so no zip is built to list it. */
  servedBytes?: number
}

export interface EnvironmentReview {
  environmentId: number
  state: 'approved' | 'rejected'
  at: number
  user: string
  comment: string
}

export interface GateReview {
  environment: string
  state: 'approved' | 'rejected'
  at: number
  comment: string
}

export interface Attempt {
  number: number
  createdAt: number
  queuedMs: number
  /** When jobs may start; undefined while a fork PR run waits for approval. */
  startAt?: number
  forkApprovedAt?: number
  triggeringActor: string
  executions: JobExecution[]
  /** Executions from earlier attempts that this attempt did not re-run, with their final times. */
  carried: CarriedJob[]
  reviews: EnvironmentReview[]
  gateReviews: GateReview[]
  cancel?: { requestedAt: number; effectiveAt?: number; force: boolean }
  debugLogging: boolean
  /** DELETE …/logs removes the logs of every attempt so far; a later re-run writes new ones. */
  logsDeleted: boolean
}

export interface CarriedJob {
  execution: JobExecution
  createdAt: number
  startedAt: number
  completedAt: number
  conclusion: JobConclusion
}

export interface Run {
  id: number
  repository: Repository
  workflow: Workflow
  runNumber: number
  checkSuiteId: number
  displayTitle: string
  branch: string
  event: string
  headSha: string
  actor: string
  createdAt: number
  jobSpecs: JobSpec[]
  attempts: Attempt[]
  logsExpired?: 404 | 410
  logArchiveBytes?: number
  logArchivePadding?: 'deflated' | 'stored'
  ignoresCancel: boolean
  forkPullRequest: boolean
  artifacts: RunArtifact[]
  /** Held by a concurrency group: no job (check run) exists before the attempt starts. */
  concurrencyHeld?: boolean
}

export const DEFAULT_QUEUED_MS = 200
export const DEFAULT_JOB_MS = 300

/** Ids look like GitHub's (large, increasing) and stay within safe integers. */
export class IdSequence {
  constructor(private next: number) {}
  take(): number {
    return this.next++
  }
}

export function resolveEnvironment(spec: EnvironmentSpec, id: number): Environment {
  const customRule = spec.customRule ?? false
  return {
    id,
    name: spec.name,
    reviewers: spec.reviewers ?? (customRule ? [] : [DEFAULT_REVIEWER]),
    waitTimerMinutes: spec.waitTimerMinutes ?? 0,
    customRule
  }
}

/** Entry i of a per-attempt list is attempt i+1; the last entry repeats. */
export function conclusionForAttempt(spec: JobSpec, attempt: number): JobConclusion {
  const scripted = spec.conclusion ?? 'success'
  if (!Array.isArray(scripted)) return scripted
  return scripted[Math.min(attempt - 1, scripted.length - 1)] ?? 'success'
}

const DEFAULT_STEPS: StepSpec[] = [
  { name: 'Set up job' },
  { name: 'Run tests' },
  { name: 'Complete job' }
]

/**
 * A failing job fails at its last real step (not 'Complete job'); the steps between that and
 * 'Complete job' are skipped, as GitHub shows them.
 */
export function resolveSteps(spec: JobSpec, conclusion: JobConclusion): ResolvedStep[] {
  const steps = spec.steps && spec.steps.length > 0 ? spec.steps : DEFAULT_STEPS
  const duration = spec.durationMs ?? DEFAULT_JOB_MS
  const explicitTotal = steps.reduce((sum, step) => sum + (step.durationMs ?? 0), 0)
  const implicitCount = steps.filter(step => step.durationMs === undefined).length
  // Whole milliseconds: fractions would end the last step after the job, which reads as cut short.
  const share =
    implicitCount > 0 ? Math.floor(Math.max(0, duration - explicitTotal) / implicitCount) : 0
  const failed = conclusion === 'failure' || conclusion === 'timed_out'
  const anyExplicitFailure = steps.some(step => step.conclusion === 'failure')
  let failingIndex = -1
  if (failed && !anyExplicitFailure) {
    for (let i = steps.length - 1; i >= 0; i--) {
      if (steps[i]?.name !== 'Complete job') {
        failingIndex = i
        break
      }
    }
  }
  return steps.map((step, index) => {
    let stepConclusion: JobConclusion = step.conclusion ?? 'success'
    if (step.conclusion === undefined && failingIndex >= 0) {
      if (index === failingIndex) stepConclusion = 'failure'
    }
    return {
      name: step.name,
      conclusion: stepConclusion,
      log: step.log ?? defaultStepLog(step.name, stepConclusion),
      durationMs: step.durationMs ?? share
    }
  })
}

function defaultStepLog(name: string, conclusion: JobConclusion): string[] {
  if (name === 'Set up job')
    return ['Current runner version: 2.330.0', 'Runner Image: ubuntu-24.04']
  if (name === 'Complete job') return ['Cleaning up orphan processes']
  if (conclusion === 'failure') return [`${name}: 1 check failed`, 'expected 2 to equal 3']
  return [`${name}: all checks passed`]
}

export function executeJob(spec: JobSpec, attempt: number, ids: IdSequence): JobExecution {
  const conclusion = conclusionForAttempt(spec, attempt)
  const id = ids.take()
  return {
    id,
    name: spec.name,
    attempt,
    conclusion,
    durationMs: spec.durationMs ?? DEFAULT_JOB_MS,
    steps: resolveSteps(spec, conclusion),
    needs: spec.needs ?? [],
    environment: spec.environment,
    runsOn: spec.runsOn ?? 'ubuntu-latest',
    reusableWorkflowCaller: spec.reusableWorkflowCaller ?? false,
    runnerId: 1 + (id % 50),
    logBytes: spec.logBytes,
    annotations:
      spec.annotations ??
      (conclusion === 'failure' || conclusion === 'timed_out'
        ? [{ path: '.github', message: 'Process completed with exit code 1.' }]
        : [])
  }
}

/** Rejects needs that name no job or go round in a circle: such a run could never finish. */
export function checkNeeds(jobs: JobSpec[]) {
  const byName = new Map(jobs.map(job => [job.name, job]))
  if (byName.size !== jobs.length) throw new Error('RunSpec.jobs: job names must be unique')
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (job: JobSpec) => {
    if (state.get(job.name) === 'done') return
    if (state.get(job.name) === 'visiting')
      throw new Error(`RunSpec.jobs: needs form a cycle at ${job.name}`)
    state.set(job.name, 'visiting')
    for (const need of job.needs ?? []) {
      const needed = byName.get(need)
      if (!needed)
        throw new Error(`RunSpec.jobs: ${job.name} needs ${need}, which is not a job of this run`)
      visit(needed)
    }
    state.set(job.name, 'done')
  }
  jobs.forEach(visit)
}

export function workflowNameFromFile(file: string): string {
  const base = file.replace(/\.ya?ml$/, '')
  return base.length <= 3 ? base.toUpperCase() : base.charAt(0).toUpperCase() + base.slice(1)
}

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex')
}

/** Accepts ISO strings, epoch ms, or a negative offset meaning "this long ago". */
export function resolveCreatedAt(value: RunSpec['createdAt'], now: number): number | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'number') return value < 0 ? now + value : value
  const parsed = Date.parse(value)
  if (Number.isNaN(parsed)) throw new Error(`RunSpec.createdAt is not a date: ${value}`)
  return parsed
}
