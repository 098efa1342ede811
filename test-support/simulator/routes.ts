/** The route table: every endpoint the simulator serves, keyed by OpenAPI operationId. */
import type { RouteContext } from './context.js'
import type { FlavourProfile, OperationId } from './flavours.js'
import type { Reply } from './reply.js'
import * as control from './routes-control.js'
import * as dispatch from './routes-dispatch.js'
import * as logs from './routes-logs.js'
import * as runs from './routes-runs.js'
import * as users from './routes-users.js'
import * as checks from './checks.js'

export interface Route {
  method: 'GET' | 'POST' | 'DELETE'
  /** The OpenAPI path template, as in the spec. */
  template: string
  operationId: OperationId
  handle: (ctx: RouteContext) => Reply
}

const RUN = '/repos/{owner}/{repo}/actions/runs/{run_id}'
const JOB = '/repos/{owner}/{repo}/actions/jobs/{job_id}'

export const ROUTES: readonly Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs',
    operationId: 'actions/list-workflow-runs-for-repo',
    handle: runs.listRunsForRepo
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    operationId: 'actions/list-workflow-runs',
    handle: runs.listRunsForWorkflow
  },
  { method: 'GET', template: RUN, operationId: 'actions/get-workflow-run', handle: runs.getRun },
  {
    method: 'DELETE',
    template: RUN,
    operationId: 'actions/delete-workflow-run',
    handle: runs.deleteRun
  },
  {
    method: 'GET',
    template: `${RUN}/attempts/{attempt_number}`,
    operationId: 'actions/get-workflow-run-attempt',
    handle: runs.getAttempt
  },
  {
    method: 'GET',
    template: `${RUN}/jobs`,
    operationId: 'actions/list-jobs-for-workflow-run',
    handle: runs.listJobs
  },
  {
    method: 'GET',
    template: `${RUN}/attempts/{attempt_number}/jobs`,
    operationId: 'actions/list-jobs-for-workflow-run-attempt',
    handle: runs.listAttemptJobs
  },
  {
    method: 'GET',
    template: JOB,
    operationId: 'actions/get-job-for-workflow-run',
    handle: runs.getJob
  },
  {
    method: 'GET',
    template: `${RUN}/timing`,
    operationId: 'actions/get-workflow-run-usage',
    handle: runs.getTiming
  },
  {
    method: 'POST',
    template: `${RUN}/rerun`,
    operationId: 'actions/re-run-workflow',
    handle: control.rerunRun
  },
  {
    method: 'POST',
    template: `${RUN}/rerun-failed-jobs`,
    operationId: 'actions/re-run-workflow-failed-jobs',
    handle: control.rerunFailedJobs
  },
  {
    method: 'POST',
    template: `${JOB}/rerun`,
    operationId: 'actions/re-run-job-for-workflow-run',
    handle: control.rerunJob
  },
  {
    method: 'POST',
    template: `${RUN}/cancel`,
    operationId: 'actions/cancel-workflow-run',
    handle: control.cancelRun
  },
  {
    method: 'POST',
    template: `${RUN}/force-cancel`,
    operationId: 'actions/force-cancel-workflow-run',
    handle: control.forceCancelRun
  },
  {
    method: 'POST',
    template: `${RUN}/approve`,
    operationId: 'actions/approve-workflow-run',
    handle: control.approveForkRun
  },
  {
    method: 'GET',
    template: `${RUN}/approvals`,
    operationId: 'actions/get-reviews-for-run',
    handle: control.listApprovals
  },
  {
    method: 'GET',
    template: `${RUN}/pending_deployments`,
    operationId: 'actions/get-pending-deployments-for-run',
    handle: control.getPendingDeployments
  },
  {
    method: 'POST',
    template: `${RUN}/pending_deployments`,
    operationId: 'actions/review-pending-deployments-for-run',
    handle: control.reviewPendingDeployments
  },
  {
    method: 'POST',
    template: `${RUN}/deployment_protection_rule`,
    operationId: 'actions/review-custom-gates-for-run',
    handle: control.reviewCustomGate
  },
  {
    method: 'GET',
    template: `${RUN}/logs`,
    operationId: 'actions/download-workflow-run-logs',
    handle: logs.downloadRunLogs
  },
  {
    method: 'GET',
    template: `${RUN}/attempts/{attempt_number}/logs`,
    operationId: 'actions/download-workflow-run-attempt-logs',
    handle: logs.downloadAttemptLogs
  },
  {
    method: 'GET',
    template: `${JOB}/logs`,
    operationId: 'actions/download-job-logs-for-workflow-run',
    handle: logs.downloadJobLogs
  },
  {
    method: 'DELETE',
    template: `${RUN}/logs`,
    operationId: 'actions/delete-workflow-run-logs',
    handle: logs.deleteRunLogs
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
    operationId: 'actions/create-workflow-dispatch',
    handle: dispatch.dispatchWorkflow
  },
  {
    method: 'GET',
    template: '/user',
    operationId: 'users/get-authenticated',
    handle: users.getAuthenticatedUser
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    operationId: 'checks/list-for-ref',
    handle: checks.listCheckRunsForRef
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}/status',
    operationId: 'repos/get-combined-status-for-ref',
    handle: checks.getCombinedStatusForRef
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}/check-suites',
    operationId: 'checks/list-suites-for-ref',
    handle: checks.listSuitesForRef
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/rules/branches/{branch}',
    operationId: 'repos/get-branch-rules',
    handle: checks.getBranchRules
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks',
    operationId: 'repos/get-status-checks-protection',
    handle: checks.getRequiredStatusChecks
  }
]

/** Numeric path parameters must be numbers; anything else is an unknown path (404). */
const NUMERIC = new Set(['run_id', 'job_id', 'attempt_number'])

interface CompiledRoute extends Route {
  regex: RegExp
  names: string[]
}

export function routesFor(profile: FlavourProfile): Route[] {
  return ROUTES.filter(route => !profile.missing.has(route.operationId))
}

export class Router {
  private readonly compiled: CompiledRoute[]

  constructor(profile: FlavourProfile) {
    this.compiled = routesFor(profile).map(route => {
      const names: string[] = []
      const pattern = route.template
        .split(/(\{[^}]+\})/)
        .map(part => {
          if (!part.startsWith('{')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          const name = part.slice(1, -1)
          names.push(name)
          return NUMERIC.has(name) ? '(\\d+)' : '([^/]+)'
        })
        .join('')
      return { ...route, names, regex: new RegExp(`^${pattern}/?$`) }
    })
  }

  /** The route for this path, 'method' when only the method is wrong, or undefined. */
  match(
    method: string,
    path: string
  ): { route: Route; params: Record<string, string> } | 'method' | undefined {
    let pathMatched = false
    for (const route of this.compiled) {
      const found = route.regex.exec(path)
      if (!found) continue
      pathMatched = true
      if (route.method !== method) continue
      const params: Record<string, string> = {}
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1] ?? '')))
      return { route, params }
    }
    return pathMatched ? 'method' : undefined
  }
}
