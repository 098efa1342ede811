import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../test-support/e2e.js'
import {
  answeredGets,
  approveAsReviewer,
  TEST_USER_AGENT,
  until
} from '../../test-support/e2e-events.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m

describe.each(['github.com', 'ghes-3.21'] as const)('approve-deployment on %s', flavour => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ flavour })
  })
  afterAll(async () => {
    await sim.close()
  })

  const run = (inputs: Record<string, string>, token: string) =>
    runAction({ operation: 'approve-deployment', ...inputs }, { apiUrl: sim.apiUrl, token })

  /** A run whose `deploy` job waits at `environment` once `build` has finished. */
  function gatedRun(environment: string, customRule = false): number {
    return sim.addRun({
      environments: [{ name: environment, customRule }, { name: 'unrelated' }],
      jobs: [
        { name: 'build', durationMs: 600 },
        { name: 'deploy', needs: ['build'], environment }
      ]
    })
  }

  function postsTo(runId: number) {
    return sim.requests.filter(
      r => r.method === 'POST' && r.path.startsWith(`/repos/octo/demo/actions/runs/${runId}/`)
    )
  }

  /** The reviews GitHub recorded for a run, read as the reviewer would. */
  async function recordedReviews(runId: number) {
    const response = await fetch(`${sim.apiUrl}/repos/octo/demo/actions/runs/${runId}/approvals`, {
      headers: {
        authorization: `Bearer ${sim.tokens.reviewer}`,
        accept: 'application/vnd.github+json'
      }
    })
    return (await response.json()) as Array<{
      state: string
      comment: string
      user: { login: string }
      environments: Array<{ name: string }>
    }>
  }

  it("a reviewer's token approves after waiting for the environment to be pending", async () => {
    // `deploy` reaches `staging` only after `hold` is released, and the test releases `hold` only
    // once the action has polled twice: the same polls on an idle and on a loaded machine.
    const runId = sim.addRun({
      environments: [{ name: 'hold' }, { name: 'staging' }],
      jobs: [
        { name: 'build', environment: 'hold', durationMs: 200 },
        { name: 'deploy', needs: ['build'], environment: 'staging' }
      ]
    })
    await waitUntilPending(runId)
    sim.clearRequests()
    const pendingPolls = () => answeredGets(sim, `/runs/${runId}/pending_deployments`)
    const approving = run(
      {
        'run-id': String(runId),
        environments: 'staging',
        decision: 'approve',
        'wait-for-pending': 'true',
        'timeout-seconds': '60',
        'poll-interval-seconds': '0.2'
      },
      sim.tokens.reviewer
    )
    await until(() => pendingPolls().length >= 2, 'the action has polled the gate twice')
    const heldPolls = pendingPolls()
    await approveAsReviewer(sim, runId, 'hold')
    const result = await approving
    expect(result.stdout).not.toMatch(STACK_LINE)
    expect(result.exitCode).toBe(0)
    const reviewed = JSON.parse(result.outputs['reviewed-environments'] ?? '[]') as unknown[]
    expect(reviewed).toEqual([{ id: expect.any(Number), name: 'staging', decision: 'approve' }])
    expect(result.outputs['decision']).toBe('approve')
    expect(result.outputs['run-id']).toBe(String(runId))
    // Exactly one review was sent by the action (the other POST is the test releasing `hold`).
    expect(postsTo(runId).map(r => [r.path, r.user, r.status, r.headers.userAgent])).toEqual([
      [
        `/repos/octo/demo/actions/runs/${runId}/pending_deployments`,
        'octo-reviewer',
        200,
        TEST_USER_AGENT
      ],
      [
        `/repos/octo/demo/actions/runs/${runId}/pending_deployments`,
        'octo-reviewer',
        200,
        expect.stringMatching(/^runctl\//)
      ]
    ])
    // Polls after the first send the ETag; while nothing changed they were free 304s.
    expect(
      pendingPolls()
        .slice(1)
        .every(r => r.headers.ifNoneMatch !== undefined)
    ).toBe(true)
    expect(heldPolls.slice(1).map(r => [r.status, r.countedAgainstRateLimit])).toEqual(
      heldPolls.slice(1).map(() => [304, false])
    )
    const reviews = await recordedReviews(runId)
    expect(reviews.filter(review => review.comment !== 'released by the test')).toEqual([
      expect.objectContaining({
        state: 'approved',
        user: expect.objectContaining({ login: 'octo-reviewer' }),
        comment: 'Approved by runctl in workflow run https://github.com/octo/demo/actions/runs/1',
        environments: [expect.objectContaining({ name: 'staging' })]
      })
    ])
    expect(result.summary).toContain('Approved 1 deployment of run')
    expect(result.summary).toContain('<code>staging</code>')
  })

  it.each([
    ['a collaborator who is not a reviewer', 'nonReviewer'],
    ['GITHUB_TOKEN', 'githubToken']
  ] as const)('%s is refused before any POST', async (_label, tokenName) => {
    const runId = gatedRun('production')
    await waitUntilPending(runId)
    sim.clearRequests()
    const result = await run(
      { 'run-id': String(runId), environments: 'production', decision: 'approve' },
      sim.tokens[tokenName]
    )
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      `::error::The token cannot approve 'production' on run ${runId} (GitHub reports current_user_can_approve false), so nothing was reviewed: approving needs the token of a required reviewer of the environment, and GITHUB_TOKEN is not a reviewer.`
    )
    expect(sim.requests.filter(r => r.method === 'POST')).toEqual([])
    expect(await recordedReviews(runId)).toEqual([])
  })

  it('names an environment that is not pending and sends nothing', async () => {
    const runId = gatedRun('staging')
    await waitUntilPending(runId)
    sim.clearRequests()
    const result = await run(
      { 'run-id': String(runId), environments: 'staging\nproduction', decision: 'reject' },
      sim.tokens.reviewer
    )
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      `::error::Environment 'production' is not pending on run ${runId} (pending now: 'staging'; run status: waiting), so nothing was reviewed; set 'wait-for-pending: true' if the run has not reached it yet.`
    )
    expect(sim.requests.filter(r => r.method === 'POST')).toEqual([])
  })

  it('rejects, and the run stops at the gate', async () => {
    const runId = gatedRun('staging')
    await waitUntilPending(runId)
    const result = await run(
      {
        'run-id': String(runId),
        environments: 'staging',
        decision: 'reject',
        comment: 'Superseded <by> a newer run | sorry'
      },
      sim.tokens.reviewer
    )
    expect(result.exitCode).toBe(0)
    expect(result.outputs['decision']).toBe('reject')
    expect(result.summary).toContain('Rejected 1 deployment of run')
    expect(result.summary).toContain('Superseded &lt;by&gt; a newer run &#124; sorry')
    expect((await recordedReviews(runId))[0]).toMatchObject({
      state: 'rejected',
      comment: 'Superseded <by> a newer run | sorry'
    })
  })

  it("reviews a custom deployment protection rule with the App's token", async () => {
    const runId = gatedRun('production', true)
    sim.clearRequests()
    const result = await run(
      {
        'run-id': String(runId),
        target: 'protection-rule',
        environments: 'production',
        decision: 'approve',
        'wait-for-pending': 'true',
        'timeout-seconds': '30',
        'poll-interval-seconds': '0.2'
      },
      sim.tokens.app
    )
    expect(result.stdout).not.toMatch(STACK_LINE)
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs['reviewed-environments'] ?? '')).toEqual([
      { id: null, name: 'production', decision: 'approve' }
    ])
    expect(postsTo(runId).map(r => [r.path, r.user, r.status])).toEqual([
      [`/repos/octo/demo/actions/runs/${runId}/deployment_protection_rule`, 'runctl-gate[bot]', 204]
    ])
  })

  if (flavour === 'github.com') {
    it('approves a fork pull request run', async () => {
      const runId = sim.addRun({ forkPullRequestNeedingApproval: true })
      sim.clearRequests()
      const result = await run(
        { 'run-id': String(runId), target: 'fork-pr' },
        sim.tokens.githubToken
      )
      expect(result.exitCode).toBe(0)
      expect(result.outputs['reviewed-environments']).toBe('[]')
      expect(result.outputs['conclusion']).toBe('')
      expect(postsTo(runId).map(r => [r.path, r.status])).toEqual([
        [`/repos/octo/demo/actions/runs/${runId}/approve`, 201]
      ])
      expect(result.summary).toContain(`Approved fork pull request run ${runId}`)
    })
  } else {
    it('says in one sentence that this server cannot approve fork pull request runs', async () => {
      const runId = sim.addRun({ forkPullRequestNeedingApproval: true })
      const result = await run(
        { 'run-id': String(runId), target: 'fork-pr' },
        sim.tokens.githubToken
      )
      expect(result.exitCode).toBe(1)
      // Known from the server's description: nothing is sent to the missing endpoint.
      expect(result.stdout).toContain(
        '::error::GitHub Enterprise Server 3.21.0 does not offer approving fork pull request runs (its REST API has no POST …/runs/{run_id}/approve).'
      )
      expect(sim.requests.filter(r => r.path.endsWith('/approve'))).toEqual([])
    })
  }

  it('tells a missing run apart from a missing endpoint', async () => {
    const result = await run({ 'run-id': '999999', target: 'fork-pr' }, sim.tokens.githubToken)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::Run 999999 was not found in octo/demo: check run-id and repository; if it exists, the token needs actions: read on octo/demo.'
    )
  })

  /** Test setup only: wait (in real time) until the simulated run is held at its gate. */
  async function waitUntilPending(runId: number): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if ((sim.getRun(runId) as { status?: string }).status === 'waiting') return
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    throw new Error(`run ${runId} never reached its gate`)
  }
})

describe('approve-deployment on ghes-legacy', () => {
  it('says in one sentence that this server cannot review protection rules', async () => {
    const sim = await startSimulator({ flavour: 'ghes-legacy' })
    try {
      const runId = sim.addRun({
        environments: [{ name: 'production', customRule: true }],
        jobs: [{ name: 'deploy', environment: 'production' }]
      })
      const result = await runAction(
        {
          operation: 'approve-deployment',
          'run-id': String(runId),
          target: 'protection-rule',
          environments: 'production',
          decision: 'approve'
        },
        { apiUrl: sim.apiUrl, token: sim.tokens.app }
      )
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toContain(
        '::error::GitHub Enterprise Server 3.10.16 does not offer reviewing custom deployment protection rules (its REST API has no POST …/runs/{run_id}/deployment_protection_rule).'
      )
      expect(sim.requests.filter(r => r.path.endsWith('/deployment_protection_rule'))).toEqual([])
    } finally {
      await sim.close()
    }
  })
})
