/**
 * JSON bodies as GitHub shows them, built from the timeline. Shapes follow the OpenAPI schemas
 * (workflow-run, job, pending-deployment, environment-approvals, deployment, workflow-run-usage);
 * the schema test holds them to it.
 */
import type { FlavourProfile } from './flavours.js'
import type { Attempt, Environment, Repository, Run } from './model.js'
import { jobStatusAt, type AttemptView, type JobSchedule } from './timeline.js'
import { userByLogin } from './users.js'

export interface ViewContext {
  /** API base including /api/v3 on GHES. */
  apiUrl: string
  profile: FlavourProfile
  now: number
}

export function iso(ms: number): string {
  return new Date(ms).toISOString()
}

export function nodeId(kind: string, id: number): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64')
}

export function simpleUser(login: string, ctx: ViewContext) {
  const user = userByLogin(login)
  const url = `${ctx.apiUrl}/users/${encodeURIComponent(login)}`
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId('User', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${ctx.profile.webHost}/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    site_admin: false
  }
}

export function minimalRepository(repository: Repository, ctx: ViewContext) {
  const url = `${ctx.apiUrl}/repos/${repository.fullName}`
  const urls = Object.fromEntries(
    (
      [
        ['archive_url', '/{archive_format}{/ref}'],
        ['assignees_url', '/assignees{/user}'],
        ['blobs_url', '/git/blobs{/sha}'],
        ['branches_url', '/branches{/branch}'],
        ['collaborators_url', '/collaborators{/collaborator}'],
        ['comments_url', '/comments{/number}'],
        ['commits_url', '/commits{/sha}'],
        ['compare_url', '/compare/{base}...{head}'],
        ['contents_url', '/contents/{+path}'],
        ['contributors_url', '/contributors'],
        ['deployments_url', '/deployments'],
        ['downloads_url', '/downloads'],
        ['events_url', '/events'],
        ['forks_url', '/forks'],
        ['git_commits_url', '/git/commits{/sha}'],
        ['git_refs_url', '/git/refs{/sha}'],
        ['git_tags_url', '/git/tags{/sha}'],
        ['hooks_url', '/hooks'],
        ['issue_comment_url', '/issues/comments{/number}'],
        ['issue_events_url', '/issues/events{/number}'],
        ['issues_url', '/issues{/number}'],
        ['keys_url', '/keys{/key_id}'],
        ['labels_url', '/labels{/name}'],
        ['languages_url', '/languages'],
        ['merges_url', '/merges'],
        ['milestones_url', '/milestones{/number}'],
        ['notifications_url', '/notifications{?since,all,participating}'],
        ['pulls_url', '/pulls{/number}'],
        ['releases_url', '/releases{/id}'],
        ['stargazers_url', '/stargazers'],
        ['statuses_url', '/statuses/{sha}'],
        ['subscribers_url', '/subscribers'],
        ['subscription_url', '/subscription'],
        ['tags_url', '/tags'],
        ['teams_url', '/teams'],
        ['trees_url', '/git/trees{/sha}']
      ] as const
    ).map(([key, suffix]) => [key, `${url}${suffix}`])
  )
  return {
    id: repository.id,
    node_id: nodeId('Repository', repository.id),
    name: repository.name,
    full_name: repository.fullName,
    owner: simpleUser(repository.owner, ctx),
    private: repository.private,
    html_url: `${ctx.profile.webHost}/${repository.fullName}`,
    description: null,
    fork: false,
    url,
    ...urls
  }
}

function runUrls(run: Run, ctx: ViewContext) {
  const url = `${ctx.apiUrl}/repos/${run.repository.fullName}/actions/runs/${run.id}`
  return { url, html: `${ctx.profile.webHost}/${run.repository.fullName}/actions/runs/${run.id}` }
}

export function runJson(run: Run, attempt: Attempt, view: AttemptView, ctx: ViewContext) {
  const { url, html } = runUrls(run, ctx)
  const repoUrl = `${ctx.apiUrl}/repos/${run.repository.fullName}`
  const repository = minimalRepository(run.repository, ctx)
  return {
    id: run.id,
    name: run.workflow.name,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: run.checkSuiteId,
    check_suite_node_id: nodeId('CheckSuite', run.checkSuiteId),
    head_branch: run.branch,
    head_sha: run.headSha,
    path: `.github/workflows/${run.workflow.file}`,
    run_number: run.runNumber,
    event: run.event,
    display_title: run.displayTitle,
    status: view.status,
    conclusion: view.conclusion,
    workflow_id: run.workflow.id,
    url,
    html_url: attempt.number > 1 ? `${html}/attempts/${attempt.number}` : html,
    pull_requests: [],
    created_at: iso(run.createdAt),
    updated_at: iso(view.updatedAt),
    actor: simpleUser(run.actor, ctx),
    run_attempt: attempt.number,
    referenced_workflows: [],
    run_started_at: iso(view.startedAt),
    triggering_actor: simpleUser(attempt.triggeringActor, ctx),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${repoUrl}/check-suites/${run.checkSuiteId}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    ...(attempt.number > 1
      ? { previous_attempt_url: `${url}/attempts/${attempt.number - 1}` }
      : {}),
    workflow_url: `${repoUrl}/actions/workflows/${run.workflow.id}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha.split('').reverse().join(''),
      message: run.displayTitle,
      timestamp: iso(run.createdAt - 3000),
      author: { name: 'Octo Cat', email: 'octocat@github.com' },
      committer: { name: 'GitHub', email: 'noreply@github.com' }
    },
    repository,
    head_repository: repository
  }
}

function runnerLabel(runsOn: string): 'UBUNTU' | 'WINDOWS' | 'MACOS' {
  if (runsOn.startsWith('windows')) return 'WINDOWS'
  if (runsOn.startsWith('macos')) return 'MACOS'
  return 'UBUNTU'
}

export function stepTimes(schedule: JobSchedule): { startedAt: number; completedAt: number }[] {
  let cursor = schedule.startAt ?? 0
  return schedule.execution.steps.map(step => {
    const startedAt = cursor
    cursor += step.durationMs
    return { startedAt, completedAt: cursor }
  })
}

function stepsJson(schedule: JobSchedule, now: number) {
  if (schedule.ranNoSteps || schedule.startAt === undefined || schedule.startAt > now) return []
  const end = schedule.endAt ?? Infinity
  const times = stepTimes(schedule)
  return schedule.execution.steps.map((step, index) => {
    const { startedAt, completedAt } = times[index] ?? { startedAt: 0, completedAt: 0 }
    const finished = completedAt <= Math.min(now, end)
    const cut = end <= now && !finished
    const started = startedAt <= Math.min(now, end) && startedAt < end
    if (finished) {
      return {
        name: step.name,
        status: 'completed',
        conclusion: step.conclusion,
        number: index + 1,
        started_at: iso(startedAt),
        completed_at: iso(completedAt)
      }
    }
    if (cut) {
      // The job ended early (cancelled): the running step is cancelled, later ones never ran.
      return {
        name: step.name,
        status: 'completed',
        conclusion: started ? 'cancelled' : 'skipped',
        number: index + 1,
        started_at: started ? iso(startedAt) : null,
        completed_at: started ? iso(end) : null
      }
    }
    return {
      name: step.name,
      status: started ? 'in_progress' : 'queued',
      conclusion: null,
      number: index + 1,
      started_at: started ? iso(startedAt) : null,
      completed_at: null
    }
  })
}

export function jobJson(run: Run, schedule: JobSchedule, ctx: ViewContext) {
  const execution = schedule.execution
  const status = jobStatusAt(schedule, ctx.now)
  const completed = status === 'completed'
  const repoUrl = `${ctx.apiUrl}/repos/${run.repository.fullName}`
  const started = schedule.startAt !== undefined && schedule.startAt <= ctx.now
  return {
    id: execution.id,
    run_id: run.id,
    workflow_name: run.workflow.name,
    head_branch: run.branch,
    run_url: `${repoUrl}/actions/runs/${run.id}`,
    run_attempt: execution.attempt,
    node_id: nodeId('CheckRun', execution.id),
    head_sha: run.headSha,
    url: `${repoUrl}/actions/jobs/${execution.id}`,
    html_url: `${ctx.profile.webHost}/${run.repository.fullName}/actions/runs/${run.id}/job/${execution.id}`,
    status,
    conclusion: completed ? schedule.conclusion : null,
    ...(ctx.profile.jobsHaveCreatedAt ? { created_at: iso(schedule.createdAt) } : {}),
    // GitHub fills started_at even before a runner picks the job up.
    started_at: iso(started ? (schedule.startAt as number) : schedule.createdAt),
    completed_at: completed ? iso(schedule.endAt as number) : null,
    name: execution.name,
    steps: stepsJson(schedule, ctx.now),
    check_run_url: `${repoUrl}/check-runs/${execution.id}`,
    labels: [execution.runsOn],
    runner_id: started ? execution.runnerId : null,
    runner_name: started ? `GitHub Actions ${execution.runnerId}` : null,
    runner_group_id: started ? 2 : null,
    runner_group_name: started ? 'GitHub Actions' : null
  }
}

export function environmentJson(run: Run, environment: Environment, ctx: ViewContext) {
  return {
    id: environment.id,
    node_id: nodeId('Environment', environment.id),
    name: environment.name,
    url: `${ctx.apiUrl}/repos/${run.repository.fullName}/environments/${encodeURIComponent(environment.name)}`,
    html_url: `${ctx.profile.webHost}/${run.repository.fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(environment.name)}`
  }
}

export function pendingDeploymentJson(
  run: Run,
  environment: Environment,
  since: number,
  login: string | undefined,
  canApprove: boolean,
  ctx: ViewContext
) {
  return {
    environment: environmentJson(run, environment, ctx),
    wait_timer: environment.waitTimerMinutes,
    wait_timer_started_at: iso(since),
    current_user_can_approve: canApprove,
    reviewers: environment.reviewers.map(reviewer => ({
      type: 'User',
      reviewer: simpleUser(reviewer, ctx)
    }))
  }
}

export function deploymentJson(
  run: Run,
  environment: Environment,
  creator: string,
  at: number,
  ctx: ViewContext
) {
  const repoUrl = `${ctx.apiUrl}/repos/${run.repository.fullName}`
  const id = environment.id * 10 + run.attempts.length
  return {
    url: `${repoUrl}/deployments/${id}`,
    id,
    node_id: nodeId('Deployment', id),
    sha: run.headSha,
    ref: run.branch,
    task: 'deploy',
    payload: {},
    original_environment: environment.name,
    environment: environment.name,
    description: null,
    creator: simpleUser(creator, ctx),
    created_at: iso(at),
    updated_at: iso(at),
    statuses_url: `${repoUrl}/deployments/${id}/statuses`,
    repository_url: repoUrl,
    transient_environment: false,
    production_environment: environment.name === 'production'
  }
}

export function timingJson(run: Run, view: AttemptView, now: number) {
  const billable: Record<
    string,
    { total_ms: number; jobs: number; job_runs: { job_id: number; duration_ms: number }[] }
  > = {}
  for (const schedule of view.schedules.values()) {
    if (schedule.carried || schedule.ranNoSteps || schedule.startAt === undefined) continue
    const end = Math.min(schedule.endAt ?? now, now)
    if (end < schedule.startAt) continue
    const duration = Math.round(end - schedule.startAt)
    const label = runnerLabel(schedule.execution.runsOn)
    const bucket = (billable[label] ??= { total_ms: 0, jobs: 0, job_runs: [] })
    bucket.jobs += 1
    // Billing rounds each job up to a whole minute.
    bucket.total_ms += Math.ceil(duration / 60_000) * 60_000
    bucket.job_runs.push({ job_id: schedule.execution.id, duration_ms: duration })
  }
  const start = view.startedAt
  const end = view.completedAt ?? now
  return { billable, run_duration_ms: Math.max(0, Math.round(end - start)) }
}
