import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import {
  acceptedPermissions,
  describeError,
  missingPermission,
  permissionGap
} from '../src/github/errors.js'
import { approveDeployment } from '../src/operations/approve-deployment.js'
import { cancel } from '../src/operations/cancel.js'
import { dispatch } from '../src/operations/dispatch.js'
import { waitForRun } from '../src/operations/wait-for-run.js'
import type {
  ApproveDeploymentSettings,
  CancelSettings,
  DispatchSettings,
  WaitForRunSettings
} from '../src/settings.js'
import { API, commonSettings, fakeClock, runFixture, testClient } from './helpers/client.js'

const RUN = '/repos/octo/demo/actions/runs/42'
const deps = () => ({ clock: fakeClock(), env: {} })

beforeAll(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  jest.restoreAllMocks()
})

/** An error as octokit throws it: status, the request, and the answer's headers and body. */
function httpError(
  status: number,
  message: string,
  headers: Record<string, string>,
  request = { method: 'POST', url: `${API}${RUN}/cancel` }
) {
  return Object.assign(new Error(message), {
    status,
    request,
    response: { headers, data: { message } }
  })
}

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return describeError(error)
  }
  throw new Error('expected a failure')
}

describe('X-Accepted-GitHub-Permissions, read', () => {
  it('reads one permission, a set (all needed) and alternatives (any one set)', () => {
    expect(acceptedPermissions('actions=write')).toBe('actions: write')
    expect(acceptedPermissions('actions=read,checks=read,deployments=read')).toBe(
      'actions: read, checks: read and deployments: read'
    )
    expect(acceptedPermissions('repository_projects=write; organization_projects=admin')).toBe(
      'repository projects: write or organization projects: admin'
    )
    expect(acceptedPermissions(' actions=read , checks=read ;contents=write')).toBe(
      'actions: read and checks: read or contents: write'
    )
    expect(acceptedPermissions('')).toBeUndefined()
    expect(acceptedPermissions(undefined)).toBeUndefined()
    expect(acceptedPermissions('nonsense')).toBeUndefined()
  })
})

describe('what the token lacks', () => {
  it('names the permission of a 403 "not accessible" and the repository', () => {
    const error = httpError(403, 'Resource not accessible by integration', {
      'x-accepted-github-permissions': 'actions=write'
    })
    expect(missingPermission(error)).toBe(
      "the token needs actions: write on octo/demo (for GITHUB_TOKEN, in the job's permissions:)"
    )
    expect(describeError(error)).toBe(
      "GitHub answered 403 to POST /repos/octo/demo/actions/runs/42/cancel (Resource not accessible by integration): the token needs actions: write on octo/demo (for GITHUB_TOKEN, in the job's permissions:)."
    )
  })

  it('says a 404 may be a token that cannot see the repository', () => {
    const error = httpError(
      404,
      'Not Found',
      { 'x-accepted-github-permissions': 'actions=read' },
      { method: 'GET', url: `${API}${RUN}` }
    )
    expect(permissionGap(error)).toEqual({ needs: 'actions: read on octo/demo', certain: false })
    expect(describeError(error)).toBe(
      'GitHub answered 404 to GET /repos/octo/demo/actions/runs/42 (Not Found): it does not exist, or the token cannot see it (that needs actions: read on octo/demo).'
    )
  })

  it('does not blame a permission for other 403s, though GitHub names one on every answer', () => {
    const headers = { 'x-accepted-github-permissions': 'actions=write' }
    expect(missingPermission(httpError(403, 'This workflow is already running', headers))).toBe(
      undefined
    )
    const rateLimited = httpError(403, 'API rate limit exceeded for user ID 1.', {
      ...headers,
      'x-ratelimit-remaining': '0'
    })
    expect(missingPermission(rateLimited)).toBeUndefined()
    expect(missingPermission(httpError(500, 'Server Error', headers))).toBeUndefined()
  })

  it('compares a classic token’s scopes with the accepted ones', () => {
    const lacking = httpError(
      404,
      'Not Found',
      { 'x-oauth-scopes': 'workflow, read:org', 'x-accepted-oauth-scopes': 'repo' },
      { method: 'GET', url: `${API}${RUN}` }
    )
    expect(missingPermission(lacking)).toBe(
      'the token needs the repo scope on octo/demo (it has workflow, read:org)'
    )
    const having = httpError(403, 'Must have admin rights to Repository.', {
      'x-oauth-scopes': 'repo, workflow',
      'x-accepted-oauth-scopes': 'repo'
    })
    expect(missingPermission(having)).toBeUndefined()
    const none = httpError(404, 'Not Found', {
      'x-oauth-scopes': '',
      'x-accepted-oauth-scopes': 'repo, public_repo'
    })
    expect(missingPermission(none)).toBe(
      'the token needs one of the scopes repo or public_repo on octo/demo (it has no scope)'
    )
  })
})

describe('operations name what the token lacks (nock)', () => {
  const cancelSettings: CancelSettings = {
    operation: 'cancel',
    ...commonSettings,
    timeoutSeconds: 60,
    pollIntervalSeconds: 5,
    target: { kind: 'id', runId: 42 },
    force: false,
    wait: false,
    currentRunId: 100,
    currentRepository: 'octo/demo'
  }

  it('cancel: a GITHUB_TOKEN with actions: read only', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }), { 'x-accepted-github-permissions': 'actions=read' })
      .post(`${RUN}/cancel`)
      .reply(
        403,
        { message: 'Resource not accessible by integration' },
        { 'x-accepted-github-permissions': 'actions=write' }
      )
    expect(await failureOf(cancel(testClient(), cancelSettings, deps()))).toBe(
      "GitHub refused to cancel run 42 (403: Resource not accessible by integration): the token needs actions: write on octo/demo (for GITHUB_TOKEN, in the job's permissions:)."
    )
    scope.done()
  })

  it('wait-for-run: a fine-grained token that cannot see the repository (404)', async () => {
    const settings: WaitForRunSettings = {
      operation: 'wait-for-run',
      ...commonSettings,
      timeoutSeconds: 60,
      pollIntervalSeconds: 5,
      target: { kind: 'id', runId: 42 },
      allowedConclusions: ['success'],
      cancelOnTimeout: false,
      allRuns: false,
      jobs: []
    }
    const scope = nock(API)
      .get(RUN)
      .reply(404, { message: 'Not Found' }, { 'x-accepted-github-permissions': 'actions=read' })
    expect(await failureOf(waitForRun(testClient(), settings, deps()))).toBe(
      'Run 42 was not found in octo/demo: check run-id and repository; if it exists, the token needs actions: read on octo/demo.'
    )
    scope.done()
  })

  it('dispatch: a fine-grained token with actions: read', async () => {
    const settings: DispatchSettings = {
      operation: 'dispatch',
      ...commonSettings,
      pollIntervalSeconds: 5,
      workflow: 'deploy.yml',
      ref: 'main',
      inputs: {},
      wait: false,
      allowedConclusions: ['success'],
      cancelOnTimeout: false
    }
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const scope = nock(API)
      .post('/repos/octo/demo/actions/workflows/deploy.yml/dispatches')
      .reply(
        403,
        { message: 'Resource not accessible by personal access token' },
        { 'x-accepted-github-permissions': 'actions=write' }
      )
    expect(await failureOf(dispatch(testClient(), settings, deps()))).toBe(
      "GitHub refused to dispatch deploy.yml on main (403: Resource not accessible by personal access token): the token needs actions: write on octo/demo (for GITHUB_TOKEN, in the job's permissions:)."
    )
    scope.done()
  })

  it('approve-deployment fork-pr: the 422 of a private repository', async () => {
    const settings: ApproveDeploymentSettings = {
      operation: 'approve-deployment',
      ...commonSettings,
      timeoutSeconds: 60,
      pollIntervalSeconds: 5,
      runId: 42,
      target: 'fork-pr',
      environments: [],
      decision: 'approve',
      comment: '',
      waitForPending: false
    }
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const scope = nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'completed', conclusion: 'action_required' }))
      .post(`${RUN}/approve`)
      .reply(422, {
        message: 'Approving a workflow run is only supported for pull requests from public forks.'
      })
    expect(await failureOf(approveDeployment(testClient(), settings, deps()))).toBe(
      "GitHub refused to approve fork pull request run 42 (422: Approving a workflow run is only supported for pull requests from public forks): GitHub's API approves only runs from public forks, so if octo/demo is private, a maintainer approves the run in the web UI (or its fork pull request workflow settings let it run)."
    )
    scope.done()
  })
})
