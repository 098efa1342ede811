/**
 * The fields runctl reads from the REST API. Kept narrow and optional where servers differ
 * (old GHES jobs have no created_at), so a missing field is handled, not assumed.
 */
export type RunStatus =
  'requested' | 'queued' | 'pending' | 'waiting' | 'in_progress' | 'completed' | (string & {})

export interface WorkflowRun {
  id: number
  name?: string | null
  display_title?: string
  html_url: string
  status: RunStatus | null
  conclusion: string | null
  run_attempt?: number
  run_number?: number
  event: string
  head_branch: string | null
  head_sha: string
  workflow_id: number
  path?: string
  created_at: string
  updated_at: string
  run_started_at?: string
  actor?: { login: string } | null
  triggering_actor?: { login: string } | null
  repository?: { full_name: string }
  head_commit?: { message?: string } | null
}

export interface JobStep {
  name: string
  status: string
  conclusion: string | null
  number: number
  started_at?: string | null
  completed_at?: string | null
}

export interface Job {
  id: number
  run_id: number
  run_attempt?: number
  name: string
  status: string
  conclusion: string | null
  html_url: string | null
  created_at?: string
  started_at: string | null
  completed_at: string | null
  steps?: JobStep[]
  labels: string[]
  runner_name: string | null
  runner_group_name?: string | null
  workflow_name?: string | null
  head_branch?: string | null
}

export interface PendingDeployment {
  environment: { id?: number; name?: string; html_url?: string }
  wait_timer: number
  wait_timer_started_at: string | null
  current_user_can_approve: boolean
  reviewers: Array<{ type?: string; reviewer?: { login?: string; name?: string; slug?: string } }>
}

export interface Deployment {
  id: number
  environment: string
  [key: string]: unknown
}

export interface RunTiming {
  billable?: Record<string, { total_ms?: number; jobs?: number } | undefined>
  run_duration_ms?: number
  /** Per-job billable durations, where the server lists them. */
  job_runs?: Array<{ job_id: number; duration_ms: number }>
}

export const ACTIVE_STATUSES = ['requested', 'queued', 'pending', 'waiting', 'in_progress'] as const

/** A check run on a commit, from any GitHub App (workflow jobs are check runs of github-actions). */
export interface CheckRun {
  id: number
  name: string
  status: string
  conclusion: string | null
  html_url?: string | null
  details_url?: string | null
  started_at?: string | null
  completed_at?: string | null
  app?: { id?: number; slug?: string; name?: string } | null
  check_suite?: { id: number } | null
}

/** One context of a commit's combined status (the older Statuses API). */
export interface CommitStatus {
  id: number
  context: string
  state: 'pending' | 'success' | 'failure' | 'error' | (string & {})
  target_url?: string | null
  description?: string | null
  created_at?: string
  updated_at?: string
}

/** An artifact of a run (`GET …/actions/runs/{run_id}/artifacts`). */
export interface Artifact {
  id: number
  name: string
  size_in_bytes: number
  expired: boolean
  expires_at?: string | null
  created_at?: string | null
}

/** A check run annotation (`GET …/check-runs/{check_run_id}/annotations`): untrusted text. */
export interface Annotation {
  path?: string | null
  start_line?: number | null
  end_line?: number | null
  annotation_level?: string | null
  title?: string | null
  message?: string | null
}
