/**
 * dispatch through dist/index.js: the run it follows is its own, on a server that names the run
 * (github.com: 200) and on one that does not (GHES: 204), with someone else dispatching the same
 * workflow at the same moment; exactly one dispatch is ever sent.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../test-support/e2e.js'
import {
  startSimulator,
  type RequestLogEntry,
  type Simulator,
  type WorkflowSpec
} from '../../test-support/simulator/index.js'

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m

/** A deploy workflow that shows the correlation input in its run-name, dispatched by others too. */
function deployWorkflow(file: string, conclusion: 'success' | 'failure' = 'success'): WorkflowSpec {
  return {
    file,
    inputs: { environment: { required: true }, 'dispatch-id': { default: '' } },
    runName: 'Deploy to ${{ inputs.environment }} ${{ inputs.dispatch-id }}',
    appearAfterMs: 400,
    queuedMs: 100,
    jobs: [{ name: 'deploy', durationMs: 300, conclusion }],
    concurrentDispatches: [
      // Someone else, just before ours appears: defeats "newest run created after the dispatch".
      { actor: 'octo-dev', offsetMs: -200, inputs: { environment: 'staging' } },
      // The same actor a moment later: defeats "newest run by this actor".
      { actor: 'github-actions[bot]', offsetMs: 150, inputs: { environment: 'staging' } }
    ]
  }
}

function dispatchesSent(sim: Simulator): RequestLogEntry[] {
  return sim.requests.filter(r => r.method === 'POST' && r.path.endsWith('/dispatches'))
}

/** The run the simulator started for the request runctl sent: the one with its marker or id. */
function runCarrying(sim: Simulator, marker: string, workflowRuns: number[]): number | undefined {
  return workflowRuns.find(id =>
    String((sim.getRun(id) as { display_title: string }).display_title).includes(marker)
  )
}

describe.each(['github.com', 'ghes-3.21'] as const)('dispatch on %s', flavour => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ flavour })
  })
  afterAll(async () => {
    await sim.close()
  })

  const run = (inputs: Record<string, string>) =>
    runAction(inputs, {
      apiUrl: sim.apiUrl,
      token: sim.tokens.githubToken,
      env: { GITHUB_REF_NAME: 'main', GITHUB_REF: 'refs/heads/main' }
    })

  it('dispatches, follows its own run past concurrent dispatches, and waits for it', async () => {
    sim.addWorkflow(deployWorkflow('deploy.yml'))
    sim.clearRequests()
    const result = await run({
      operation: 'dispatch',
      workflow: 'deploy.yml',
      inputs: '{"environment": "<prod>"}',
      'correlation-input': 'dispatch-id',
      wait: 'true',
      'poll-interval-seconds': '0.2',
      'timeout-seconds': '30'
    })
    expect(result.exitCode).toBe(0)
    const sent = dispatchesSent(sim)
    expect(sent).toHaveLength(1)
    const body = sent[0]?.body as {
      ref: string
      inputs: Record<string, string>
      return_run_details?: boolean
    }
    expect(body.ref).toBe('main')
    expect(body.inputs['environment']).toBe('<prod>')
    const marker = body.inputs['dispatch-id'] ?? ''
    expect(marker).toMatch(/^runctl-[0-9a-f-]{36}$/)
    // github.com names the run in its answer; GHES 3.21 under 2022-11-28 answers 204.
    expect(body.return_run_details).toBe(flavour === 'github.com' ? true : undefined)
    expect(sent[0]?.status).toBe(flavour === 'github.com' ? 200 : 204)
    // Three runs of deploy.yml exist by now (ours and the two concurrent ones); ours has the marker.
    const listed = sim.requests
      .filter(r => r.method === 'GET' && /\/runs\/\d+$/.test(r.path))
      .map(r => Number(r.path.split('/').pop()))
    const own = runCarrying(sim, marker, listed)
    expect(own).toBeDefined()
    expect(result.outputs).toMatchObject({
      'run-id': String(own),
      status: 'completed',
      conclusion: 'success'
    })
    expect(result.summary).toContain('Dispatched deploy.yml on main')
    expect(result.summary).toContain('&lt;prod&gt;')
    expect(result.summary).not.toContain('<prod>')
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE)
  })

  it('without correlation-input takes a best effort where the server does not name the run, and says so', async () => {
    sim.addWorkflow({ ...deployWorkflow('solo.yml'), concurrentDispatches: [] })
    sim.clearRequests()
    const result = await run({
      operation: 'dispatch',
      workflow: 'solo.yml',
      inputs: '{"environment": "qa"}',
      'poll-interval-seconds': '0.2',
      'timeout-seconds': '20'
    })
    expect(result.exitCode).toBe(0)
    expect(dispatchesSent(sim)).toHaveLength(1)
    const runId = Number(result.outputs['run-id'])
    expect(sim.getRun(runId)).toMatchObject({
      event: 'workflow_dispatch',
      display_title: 'Deploy to qa '
    })
    if (flavour === 'github.com') {
      expect(result.stdout).not.toContain('best effort')
    } else {
      expect(result.stdout).toMatch(/::warning::.*best effort/)
      expect(result.summary).toContain('best effort')
    }
  })

  it('with a token that has a login, leaves out runs dispatched by others', async () => {
    sim.addWorkflow({
      ...deployWorkflow('by-actor.yml'),
      // Someone else's run appears first: without the actor filter it would be "the oldest".
      concurrentDispatches: [{ actor: 'octo-dev', offsetMs: -300, inputs: { environment: 'qa' } }]
    })
    sim.clearRequests()
    const result = await runAction(
      {
        operation: 'dispatch',
        workflow: 'by-actor.yml',
        ref: 'main',
        inputs: '{"environment": "qa"}',
        'poll-interval-seconds': '0.2',
        'timeout-seconds': '20'
      },
      { apiUrl: sim.apiUrl, token: sim.tokens.admin }
    )
    expect(result.exitCode).toBe(0)
    expect(dispatchesSent(sim)).toHaveLength(1)
    expect(sim.getRun(Number(result.outputs['run-id']))).toMatchObject({
      actor: { login: 'octo-admin' }
    })
    if (flavour !== 'github.com') {
      const lists = sim.requests.filter(r => r.path.endsWith('/workflows/by-actor.yml/runs'))
      expect(lists.every(r => r.query['actor'] === 'octo-admin')).toBe(true)
    }
  })

  it('says in one sentence that the workflow does not exist', async () => {
    const result = await run({ operation: 'dispatch', workflow: 'nope.yml', ref: 'main' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::Workflow nope.yml was not found in octo/demo: check workflow and repository; if it exists, the token needs actions: write on octo/demo.'
    )
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE)
  })

  it('never resends a dispatch that failed, and says the run may have started', async () => {
    sim.addWorkflow({ ...deployWorkflow('flaky.yml'), concurrentDispatches: [] })
    sim.addFault({
      path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      kind: 'status',
      status: 502
    })
    sim.clearRequests()
    const result = await run({
      operation: 'dispatch',
      workflow: 'flaky.yml',
      inputs: '{"environment": "qa"}',
      'correlation-input': 'dispatch-id',
      'poll-interval-seconds': '0.2',
      'timeout-seconds': '1'
    })
    expect(result.exitCode).toBe(1)
    expect(dispatchesSent(sim)).toHaveLength(1)
    expect(result.stdout).toMatch(
      /::error::Dispatching flaky\.yml failed with a temporary error \(.*\) and the run may have started anyway: check the Actions tab before dispatching again\./
    )
  })
})

describe('dispatch on github.com when the answer is lost', () => {
  it('finds the run it started by its marker instead of dispatching again', async () => {
    const sim = await startSimulator({ flavour: 'github.com' })
    try {
      sim.addWorkflow({ ...deployWorkflow('deploy.yml'), appearAfterMs: 0 })
      // The dispatch is applied, then the connection drops mid-answer.
      sim.addFault({
        path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        kind: 'connection-reset'
      })
      const result = await runAction(
        {
          operation: 'dispatch',
          workflow: 'deploy.yml',
          ref: 'main',
          inputs: '{"environment": "prod"}',
          'correlation-input': 'dispatch-id',
          'poll-interval-seconds': '0.2',
          'timeout-seconds': '20'
        },
        { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }
      )
      expect(result.exitCode).toBe(0)
      const sent = dispatchesSent(sim)
      expect(sent).toHaveLength(1)
      const marker = (sent[0]?.body as { inputs: Record<string, string> }).inputs['dispatch-id']
      const own = sim.getRun(Number(result.outputs['run-id'])) as { display_title: string }
      expect(own.display_title).toBe(`Deploy to prod ${marker}`)
      expect(result.stdout).toContain(
        '::warning::GitHub accepted the dispatch but its answer could not be read.'
      )
    } finally {
      await sim.close()
    }
  })
})
