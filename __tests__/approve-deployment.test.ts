import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import {
  approveDeployment,
  type ApproveDeploymentResult
} from '../src/operations/approve-deployment.js'
import { presentApproveDeployment } from '../src/presenters/approve-deployment.js'
import type { ApproveDeploymentSettings } from '../src/settings.js'
import { API, commonSettings, fakeClock, runFixture, testClient } from './helpers/client.js'

const RUN = '/repos/octo/demo/actions/runs/42'
const PENDING = `${RUN}/pending_deployments`

const base: ApproveDeploymentSettings = {
  operation: 'approve-deployment',
  ...commonSettings,
  timeoutSeconds: 60,
  pollIntervalSeconds: 5,
  runId: 42,
  target: 'environments',
  environments: ['production'],
  decision: 'approve',
  comment: 'Approved by runctl in workflow run https://github.test/octo/demo/actions/runs/7',
  waitForPending: false
}

const env = {
  GITHUB_SERVER_URL: 'https://github.test',
  GITHUB_REPOSITORY: 'octo/demo',
  GITHUB_RUN_ID: '7',
  GITHUB_ACTOR: 'release-bot'
}

function pendingFixture(id: number, name: string, canApprove = true) {
  return {
    environment: { id, name, html_url: `https://github.test/octo/demo/deployments/${name}` },
    wait_timer: 0,
    wait_timer_started_at: null,
    current_user_can_approve: canApprove,
    reviewers: [{ type: 'User', reviewer: { login: 'octocat' } }]
  }
}

const waiting = runFixture({ id: 42, status: 'waiting' })
const queued = runFixture({ id: 42, status: 'queued' })

/** A client that also records every request it sends, to prove what was (not) posted. */
function recordingClient() {
  const sent: string[] = []
  const client = testClient({
    fetch: (url, init) => {
      const method = ((init as RequestInit | undefined)?.method ?? 'GET').toUpperCase()
      sent.push(`${method} ${new URL(String(url)).pathname}`)
      return globalThis.fetch(url, init as RequestInit)
    }
  })
  return { client, sent, posts: () => sent.filter(line => line.startsWith('POST ')) }
}

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the operation to fail')
}

beforeAll(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
})

describe('approve-deployment: environments with required reviewers', () => {
  it('reviews every chosen environment in one POST and leaves the others alone', async () => {
    let body: Record<string, unknown> | undefined
    const scope = nock(API)
      .get(RUN)
      .reply(200, waiting)
      .get(PENDING)
      .reply(200, [
        pendingFixture(1, 'staging'),
        pendingFixture(2, 'production'),
        pendingFixture(3, 'eu-production')
      ])
      .post(PENDING, (sentBody: Record<string, unknown>) => {
        body = sentBody
        return true
      })
      .reply(200, [{ id: 900, environment: 'production' }])
      .get(RUN)
      .reply(200, queued)
    const { client, posts } = recordingClient()
    const result = await approveDeployment(
      client,
      { ...base, environments: ['production', 'EU-Production'] },
      { clock: fakeClock(), env }
    )
    expect(body).toEqual({ environment_ids: [2, 3], state: 'approved', comment: base.comment })
    expect(posts()).toEqual([`POST ${PENDING}`])
    expect(result.reviewed).toEqual([
      { id: 2, name: 'production', decision: 'approve' },
      { id: 3, name: 'eu-production', decision: 'approve' }
    ])
    expect(result.run.status).toBe('queued')
    scope.done()
  })

  it('sends state rejected when the decision is reject', async () => {
    let state: unknown
    nock(API)
      .get(RUN)
      .times(2)
      .reply(200, waiting)
      .get(PENDING)
      .reply(200, [pendingFixture(2, 'production')])
      .post(PENDING, (sentBody: Record<string, unknown>) => {
        state = sentBody['state']
        return true
      })
      .reply(200, [])
    const result = await approveDeployment(
      testClient(),
      { ...base, decision: 'reject' },
      { clock: fakeClock(), env }
    )
    expect(state).toBe('rejected')
    expect(result.reviewed).toEqual([{ id: 2, name: 'production', decision: 'reject' }])
  })

  it('refuses before any POST when the token cannot approve one of the environments', async () => {
    nock(API)
      .get(RUN)
      .reply(200, waiting)
      .get(PENDING)
      .reply(200, [pendingFixture(1, 'staging', true), pendingFixture(2, 'production', false)])
      .post(PENDING)
      .reply(200, [])
    const { client, sent, posts } = recordingClient()
    const message = await failureOf(
      approveDeployment(
        client,
        { ...base, environments: ['staging', 'production'] },
        { clock: fakeClock(), env }
      )
    )
    expect(message).toBe(
      "The token cannot approve 'production' on run 42 (GitHub reports current_user_can_approve false), so nothing was reviewed: approving needs the token of a required reviewer of the environment, and GITHUB_TOKEN is not a reviewer."
    )
    expect(posts()).toEqual([])
    expect(sent).toEqual([`GET ${RUN}`, `GET ${PENDING}`])
  })

  it('says rejecting needs a reviewer too', async () => {
    nock(API)
      .get(RUN)
      .reply(200, waiting)
      .get(PENDING)
      .reply(200, [pendingFixture(2, 'production', false)])
    const { client, posts } = recordingClient()
    const message = await failureOf(
      approveDeployment(client, { ...base, decision: 'reject' }, { clock: fakeClock(), env })
    )
    expect(message).toBe(
      "The token cannot reject 'production' on run 42 (GitHub reports current_user_can_approve false), so nothing was reviewed: rejecting needs the token of a required reviewer of the environment, and GITHUB_TOKEN is not a reviewer."
    )
    expect(posts()).toEqual([])
  })

  it('names an environment that is not pending, and posts nothing', async () => {
    nock(API)
      .get(RUN)
      .reply(200, waiting)
      .get(PENDING)
      .reply(200, [pendingFixture(1, 'staging')])
    const { client, posts } = recordingClient()
    const message = await failureOf(
      approveDeployment(
        client,
        { ...base, environments: ['staging', 'production'] },
        { clock: fakeClock(), env }
      )
    )
    expect(message).toBe(
      "Environment 'production' is not pending on run 42 (pending now: 'staging'; run status: waiting), so nothing was reviewed; set 'wait-for-pending: true' if the run has not reached it yet."
    )
    expect(posts()).toEqual([])
  })

  it('names every missing environment when none is pending', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'completed', conclusion: 'success' }))
      .get(PENDING)
      .reply(200, [])
    const message = await failureOf(
      approveDeployment(
        testClient(),
        { ...base, environments: ['staging', 'production'] },
        { clock: fakeClock(), env }
      )
    )
    expect(message).toBe(
      "Environments 'staging', 'production' are not pending on run 42 (pending now: none; run status: completed (success)), so nothing was reviewed; set 'wait-for-pending: true' if the run has not reached it yet."
    )
  })

  it('names the permissions GitHub names when a fine-grained reviewer token lacks them', async () => {
    nock(API)
      .get(RUN)
      .reply(200, waiting)
      .get(PENDING)
      .reply(200, [pendingFixture(2, 'production')])
      .post(PENDING)
      .reply(
        403,
        { message: 'Resource not accessible by personal access token' },
        { 'x-accepted-github-permissions': 'actions=read,checks=read,deployments=read' }
      )
    const message = await failureOf(
      approveDeployment(testClient(), base, { clock: fakeClock(), env })
    )
    expect(message).toBe(
      "GitHub refused to approve 'production' on run 42 (403: Resource not accessible by personal access token): the token needs actions: read, checks: read and deployments: read on octo/demo, and must be a required reviewer's."
    )
  })

  it('explains a run that does not exist', async () => {
    nock(API).get(RUN).reply(404, { message: 'Not Found' })
    const message = await failureOf(
      approveDeployment(testClient(), base, { clock: fakeClock(), env })
    )
    expect(message).toBe(
      'Run 42 was not found in octo/demo: check run-id and repository, and that the token can read Actions there (permissions: actions: read).'
    )
  })

  it('explains a 403 on the review', async () => {
    nock(API)
      .get(RUN)
      .reply(200, waiting)
      .get(PENDING)
      .reply(200, [pendingFixture(2, 'production')])
      .post(PENDING)
      .reply(403, { message: 'You are not allowed to review your own deployment' })
    const message = await failureOf(
      approveDeployment(testClient(), base, { clock: fakeClock(), env })
    )
    expect(message).toBe(
      "GitHub refused to approve 'production' on run 42 (403: You are not allowed to review your own deployment): the token must be a required reviewer's, and an environment that prevents self-review refuses the person who triggered the run."
    )
  })

  it('does not resend a review that took effect despite a server error', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, waiting)
      .get(PENDING)
      .reply(200, [pendingFixture(2, 'production')])
      .post(PENDING)
      .reply(502, { message: 'Bad Gateway' })
      .get(PENDING)
      .reply(200, [])
      .get(RUN)
      .reply(200, queued)
    const { client, posts } = recordingClient()
    const result = await approveDeployment(client, base, { clock: fakeClock(), env })
    expect(posts()).toEqual([`POST ${PENDING}`])
    expect(result.reviewed).toHaveLength(1)
    scope.done()
  })
})

describe('approve-deployment: wait-for-pending', () => {
  const waitSettings = { ...base, waitForPending: true }

  it('polls conditionally, one request per poll, until the environment is pending', async () => {
    const running = runFixture({
      id: 42,
      status: 'in_progress',
      updated_at: '2026-01-01T00:00:01Z'
    })
    const atGate = runFixture({ id: 42, status: 'waiting', updated_at: '2026-01-01T00:00:09Z' })
    const clock = fakeClock()
    const sent: Array<[number, string]> = []
    const scope = nock(API)
      .get(RUN)
      .reply(200, running)
      .get(PENDING)
      .reply(200, [], { etag: '"p1"' })
      // Not at a gate: the run is polled, not the pending list.
      .get(RUN)
      .reply(200, running, { etag: '"r1"' })
      .get(RUN)
      .matchHeader('if-none-match', '"r1"')
      .reply(304, '', { etag: '"r1"' })
      .get(RUN)
      .matchHeader('if-none-match', '"r1"')
      .reply(200, atGate, { etag: '"r2"' })
      // Waiting at a gate: now the pending list.
      .get(PENDING)
      .matchHeader('if-none-match', '"p1"')
      .reply(304, '', { etag: '"p1"' })
      .get(PENDING)
      .matchHeader('if-none-match', '"p1"')
      .reply(200, [pendingFixture(2, 'production')], { etag: '"p2"' })
      .post(PENDING)
      .reply(200, [])
      .get(RUN)
      .reply(200, queued)
    scope.on('request', (request: { method: string; path: string }) => {
      if (request.method === 'GET') sent.push([clock.now(), request.path])
    })
    const client = testClient()
    const result = await approveDeployment(client, waitSettings, { clock, env })
    expect(result.reviewed).toEqual([{ id: 2, name: 'production', decision: 'approve' }])
    expect(client.stats.notModified).toBe(2)
    // After the first read of the run, one GET per poll instant.
    const polls = sent.slice(1, -1).map(([at]) => at)
    expect(new Set(polls).size).toBe(polls.length)
    expect(clock.slept.every(ms => ms > 0 && ms <= 5000)).toBe(true)
    scope.done()
  })

  it('stops when the run completes before the environment is pending', async () => {
    const done = runFixture({ id: 42, status: 'completed', conclusion: 'failure' })
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'in_progress' }))
      .get(PENDING)
      .reply(200, [])
      .get(RUN)
      .reply(200, done)
    const { client, posts } = recordingClient()
    const message = await failureOf(
      approveDeployment(client, waitSettings, { clock: fakeClock(), env })
    )
    expect(message).toBe(
      "Run 42 completed (failure) before it reached 'production' (pending now: none), so there is nothing left to review: https://github.test/octo/demo/actions/runs/42"
    )
    expect(posts()).toEqual([])
  })

  it('times out with the environments still missing', async () => {
    const running = runFixture({ id: 42, status: 'in_progress' })
    nock(API)
      .persist()
      .get(PENDING)
      .reply(200, [pendingFixture(1, 'staging')])
      .get(RUN)
      .reply(200, running)
    const clock = fakeClock()
    const message = await failureOf(
      approveDeployment(testClient(), { ...waitSettings, timeoutSeconds: 10 }, { clock, env })
    )
    expect(message).toBe(
      "Timed out after 10 seconds waiting for run 42 to reach 'production' (pending now: 'staging'); its status is in_progress. https://github.test/octo/demo/actions/runs/42"
    )
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBe(10_000)
  })

  it('polls through a temporary failure', async () => {
    const running = runFixture({ id: 42, status: 'in_progress' })
    nock(API)
      .get(RUN)
      .reply(200, running)
      .get(PENDING)
      .times(4)
      .reply(503, { message: 'unavailable' })
      .get(PENDING)
      .reply(200, [pendingFixture(2, 'production')])
      .post(PENDING)
      .reply(200, [])
      .get(RUN)
      .reply(200, queued)
    const clock = fakeClock()
    const result = await approveDeployment(testClient(), waitSettings, { clock, env })
    expect(result.reviewed).toHaveLength(1)
    expect(clock.slept.every(ms => ms <= 5000)).toBe(true)
  })
})

describe('approve-deployment: fork-pr', () => {
  const fork = { ...base, target: 'fork-pr' as const, environments: [] }
  const awaiting = runFixture({ id: 42, status: 'completed', conclusion: 'action_required' })

  it('approves the run with POST …/approve', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, awaiting)
      .post(`${RUN}/approve`)
      .reply(201, {})
      .get(RUN)
      .reply(200, queued)
    const result = await approveDeployment(testClient(), fork, { clock: fakeClock(), env })
    expect(result.reviewed).toEqual([])
    expect(result.run.status).toBe('queued')
    scope.done()
  })

  it('tells a server without the endpoint from a missing run', async () => {
    nock(API)
      .get(RUN)
      .reply(200, awaiting)
      .post(`${RUN}/approve`)
      .reply(404, { message: 'Not Found' })
    const message = await failureOf(
      approveDeployment(testClient(), fork, { clock: fakeClock(), env })
    )
    expect(message).toBe(
      'This server does not offer approving fork pull request runs (POST /repos/octo/demo/actions/runs/42/approve answered 404 although run 42 exists; GitHub Enterprise Server lacks it).'
    )
  })

  it('does not post when the run itself is missing', async () => {
    nock(API).get(RUN).reply(404, { message: 'Not Found' })
    const { client, posts } = recordingClient()
    const message = await failureOf(approveDeployment(client, fork, { clock: fakeClock(), env }))
    expect(message).toMatch(/^Run 42 was not found in octo\/demo/)
    expect(posts()).toEqual([])
  })

  it('explains a 403', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'completed', conclusion: 'success' }))
      .post(`${RUN}/approve`)
      .reply(403, { message: 'This run is not from a fork pull request' })
    const message = await failureOf(
      approveDeployment(testClient(), fork, { clock: fakeClock(), env })
    )
    expect(message).toBe(
      "GitHub refused to approve fork pull request run 42 (403: This run is not from a fork pull request): the token needs 'permissions: actions: write', and the run must be a fork pull request's run awaiting approval (it is completed (success))."
    )
  })
})

describe('approve-deployment: protection-rule', () => {
  const rule = {
    ...base,
    target: 'protection-rule' as const,
    environments: ['staging', 'production', 'STAGING']
  }
  const RULE = `${RUN}/deployment_protection_rule`

  it('sends one review per environment, by name, without reading pending deployments', async () => {
    const bodies: unknown[] = []
    const scope = nock(API)
      .get(RUN)
      .reply(200, waiting)
      .post(RULE, (body: unknown) => {
        bodies.push(body)
        return true
      })
      .times(2)
      .reply(204)
      .get(RUN)
      .reply(200, queued)
    const { client, sent } = recordingClient()
    const result = await approveDeployment(client, rule, { clock: fakeClock(), env })
    expect(bodies).toEqual([
      { environment_name: 'staging', state: 'approved', comment: base.comment },
      { environment_name: 'production', state: 'approved', comment: base.comment }
    ])
    expect(sent).toEqual([`GET ${RUN}`, `POST ${RULE}`, `POST ${RULE}`, `GET ${RUN}`])
    expect(result.reviewed).toEqual([
      { id: null, name: 'staging', decision: 'approve' },
      { id: null, name: 'production', decision: 'approve' }
    ])
    expect(result.failure).toBeUndefined()
    scope.done()
  })

  it('says so in one sentence when the server lacks the endpoint', async () => {
    nock(API).get(RUN).reply(200, waiting).post(RULE).reply(404, { message: 'Not Found' })
    const { client, posts } = recordingClient()
    const message = await failureOf(approveDeployment(client, rule, { clock: fakeClock(), env }))
    expect(message).toBe(
      'This server does not offer reviewing custom deployment protection rules (POST /repos/octo/demo/actions/runs/42/deployment_protection_rule answered 404 although run 42 exists; older GitHub Enterprise Server versions lack it).'
    )
    expect(posts()).toEqual([`POST ${RULE}`])
  })

  it('names an environment whose rule is not pending', async () => {
    nock(API).get(RUN).reply(200, waiting).post(RULE).reply(422, {
      message: "No pending custom deployment protection rule for environment 'staging'"
    })
    const message = await failureOf(
      approveDeployment(testClient(), rule, { clock: fakeClock(), env })
    )
    expect(message).toBe(
      "Environment 'staging' has no custom deployment protection rule pending on run 42 (422: No pending custom deployment protection rule for environment 'staging'); set 'wait-for-pending: true' if the run has not reached it yet."
    )
  })

  it('explains a token that is not the App of the rule', async () => {
    nock(API)
      .get(RUN)
      .reply(200, waiting)
      .post(RULE)
      .reply(403, { message: 'Resource not accessible by personal access token' })
    const message = await failureOf(
      approveDeployment(testClient(), rule, { clock: fakeClock(), env })
    )
    expect(message).toBe(
      "GitHub refused to review the protection rule of 'staging' on run 42 (403: Resource not accessible by personal access token): only the GitHub App that provides the environment's custom protection rule can review it, with its own installation token (Deployments: write)."
    )
  })

  it('reports what was reviewed when a later environment fails', async () => {
    nock(API)
      .get(RUN)
      .reply(200, waiting)
      .post(RULE)
      .reply(204)
      .post(RULE)
      .reply(422, { message: 'No pending rule' })
      .get(RUN)
      .reply(200, waiting)
    const result = await approveDeployment(testClient(), rule, { clock: fakeClock(), env })
    expect(result.reviewed.map(r => r.name)).toEqual(['staging'])
    expect(result.failure).toBe(
      "After 'staging' was approved, environment 'production' has no custom deployment protection rule pending on run 42 (422: No pending rule); set 'wait-for-pending: true' if the run has not reached it yet."
    )
  })

  it('does not resend after a temporary error', async () => {
    nock(API).get(RUN).reply(200, waiting).post(RULE).reply(502, { message: 'Bad Gateway' })
    const { client, posts } = recordingClient()
    const message = await failureOf(approveDeployment(client, rule, { clock: fakeClock(), env }))
    expect(message).toBe(
      "Reviewing the protection rule of 'staging' on run 42 failed with a temporary error and was not resent, because whether it took effect cannot be read back: GitHub answered 502 to POST /repos/octo/demo/actions/runs/42/deployment_protection_rule: Bad Gateway. GitHub had a server error; writes are not resent blindly, so check the run before trying again."
    )
    expect(posts()).toEqual([`POST ${RULE}`])
  })

  it('with wait-for-pending, polls the run conditionally until it is waiting at a gate', async () => {
    const running = runFixture({ id: 42, status: 'in_progress' })
    const scope = nock(API)
      .get(RUN)
      .reply(200, running)
      .get(RUN)
      .reply(200, running, { etag: '"r1"' })
      .get(RUN)
      .matchHeader('if-none-match', '"r1"')
      .reply(304, '', { etag: '"r1"' })
      .get(RUN)
      .matchHeader('if-none-match', '"r1"')
      .reply(200, waiting, { etag: '"r2"' })
      .post(RULE)
      .times(2)
      .reply(204)
      .get(RUN)
      .reply(200, queued)
    const client = testClient()
    const clock = fakeClock()
    const result = await approveDeployment(
      client,
      { ...rule, waitForPending: true },
      { clock, env }
    )
    expect(clock.slept.every(ms => ms > 0 && ms <= 5000)).toBe(true)
    expect(client.stats.notModified).toBe(1)
    expect(result.reviewed).toHaveLength(2)
    scope.done()
  })

  it('with wait-for-pending, stops when the run completes first', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'in_progress' }))
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'completed', conclusion: 'success' }))
    const { client, posts } = recordingClient()
    const message = await failureOf(
      approveDeployment(client, { ...rule, waitForPending: true }, { clock: fakeClock(), env })
    )
    expect(message).toBe(
      "Run 42 completed (success) before it reached a deployment gate for 'staging', 'production', 'STAGING', so there is nothing left to review: https://github.test/octo/demo/actions/runs/42"
    )
    expect(posts()).toEqual([])
  })
})

describe('presentApproveDeployment', () => {
  const result: ApproveDeploymentResult = {
    operation: 'approve-deployment',
    run: runFixture({ id: 42, status: 'queued' }) as ApproveDeploymentResult['run'],
    target: 'environments',
    decision: 'approve',
    comment: 'Ship it <script>alert(1)</script> | *now*',
    reviewed: [
      { id: 2, name: 'production', decision: 'approve' },
      { id: 3, name: 'eu|<b>', decision: 'approve' }
    ],
    decidedBy: { runUrl: 'https://github.test/octo/demo/actions/runs/7', actor: 'release-bot' }
  }

  it('sets reviewed-environments, decision and the run outputs', () => {
    const { outputs, failure } = presentApproveDeployment(result)
    expect(JSON.parse(outputs['reviewed-environments'] ?? '')).toEqual([
      { id: 2, name: 'production', decision: 'approve' },
      { id: 3, name: 'eu|<b>', decision: 'approve' }
    ])
    expect(outputs['decision']).toBe('approve')
    expect(outputs['run-id']).toBe('42')
    expect(outputs['status']).toBe('queued')
    expect(failure).toBeUndefined()
  })

  it('says who decided what on which environments, with the comment escaped', () => {
    const { summary } = presentApproveDeployment(result)
    expect(summary).toContain('## ✅ Approved 2 deployments of run 42')
    expect(summary).toContain(
      '| Reviewer | the owner of the token given in <code>token</code>, as GitHub records it |'
    )
    expect(summary).toContain(
      '| Sent from | <a href="https://github.test/octo/demo/actions/runs/7">this workflow run</a> (started by @release-bot) |'
    )
    expect(summary).toContain('<code>production</code>, <code>eu&#124;&lt;b&gt;</code>')
    expect(summary).toContain(
      'Comment: Ship it &lt;script&gt;alert&#40;1&#41;&lt;/script&gt; &#124; &#42;now&#42;'
    )
    expect(summary).not.toContain('<script>')
  })

  it('shows a fork-pr approval without environments or comment', () => {
    const { summary, outputs } = presentApproveDeployment({
      ...result,
      target: 'fork-pr',
      reviewed: []
    })
    expect(summary).toContain('## ✅ Approved fork pull request run 42')
    expect(summary).not.toContain('Comment:')
    expect(summary).not.toContain('Environments')
    expect(outputs['reviewed-environments']).toBe('[]')
  })

  it('carries a partial failure through', () => {
    expect(presentApproveDeployment({ ...result, failure: 'x failed.' }).failure).toBe('x failed.')
  })
})
