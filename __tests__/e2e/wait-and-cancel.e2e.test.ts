import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type ActionRunResult } from '../../test-support/e2e.js'
import {
  answeredGets,
  approveAsReviewer,
  TEST_USER_AGENT,
  until,
  untilWaiting
} from '../../test-support/e2e-events.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m

/** What the Actions log shows: the runner consumes ::add-mask:: lines and never prints them. */
function visible(text: string): string {
  return text
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
}

describe.each(['github.com', 'ghes-3.21'] as const)('dist/index.js on %s', flavour => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ flavour })
  })
  afterAll(async () => {
    await sim.close()
  })

  const run = (
    inputs: Record<string, string>,
    extra: { currentRunId?: number; token?: string } = {}
  ) =>
    runAction(inputs, {
      apiUrl: sim.apiUrl,
      token: extra.token ?? sim.tokens.githubToken,
      currentRunId: extra.currentRunId
    })

  function expectNoStack(result: ActionRunResult) {
    expect(result.stdout).not.toMatch(STACK_LINE)
    expect(result.stderr).not.toMatch(STACK_LINE)
  }

  it('waits for a run with conditional requests and writes outputs and summary', async () => {
    // The run is held at an environment gate until the action has polled it twice, so the
    // polls below are the same on an idle and on a loaded machine.
    const runId = sim.addRun({
      workflow: 'ci.yml',
      branch: 'feature/<b>',
      environments: [{ name: 'hold' }],
      jobs: [
        { name: 'build', durationMs: 200 },
        { name: 'test | unit', needs: ['build'], environment: 'hold', durationMs: 200 }
      ]
    })
    await untilWaiting(sim, runId)
    sim.clearRequests()
    const runPolls = () => answeredGets(sim, `/actions/runs/${runId}`)
    const waiting = run({
      operation: 'wait-for-run',
      'run-id': String(runId),
      'poll-interval-seconds': '0.2'
    })
    await until(() => runPolls().length >= 2, 'the action has polled the run twice')
    const heldPolls = runPolls()
    await approveAsReviewer(sim, runId, 'hold')
    const result = await waiting
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      'run-id': String(runId),
      status: 'completed',
      conclusion: 'success',
      attempt: '1'
    })
    expect(Number(result.outputs['duration-seconds'])).toBeGreaterThanOrEqual(0)
    expect(result.summary).toContain(`Run ${runId} success`)
    expect(result.summary).toContain('test &#124; unit')
    expect(result.summary).toContain('feature/&lt;b&gt;')
    expect(result.summary).not.toContain('<b>')
    // Every poll after the first sends the ETag it was given (fails if the client drops ETags);
    // while the run was held, those polls were answered 304, which costs nothing.
    const polls = runPolls()
    expect(polls.slice(1).every(r => r.headers.ifNoneMatch !== undefined)).toBe(true)
    expect(heldPolls.slice(1).map(r => [r.status, r.countedAgainstRateLimit])).toEqual(
      heldPolls.slice(1).map(() => [304, false])
    )
    const byTheAction = sim.requests.filter(r => r.headers.userAgent !== TEST_USER_AGENT)
    expect(byTheAction.every(r => r.host !== 'api' || r.headers.apiVersion === '2022-11-28')).toBe(
      true
    )
    expect(byTheAction.every(r => r.headers.userAgent?.startsWith('runctl/'))).toBe(true)
    expect(visible(result.stdout)).not.toContain(sim.tokens.githubToken)
    expect(result.stdout).toContain(`::add-mask::${sim.tokens.githubToken}`)
  })

  it('fails the step, after setting outputs, on a conclusion not allowed', async () => {
    const runId = sim.addRun({ jobs: [{ name: 'test', conclusion: 'failure', durationMs: 200 }] })
    const result = await run({
      operation: 'wait-for-run',
      'run-id': String(runId),
      'poll-interval-seconds': '0.2'
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs['conclusion']).toBe('failure')
    const url = result.outputs['run-url']
    expect(result.stdout).toContain(
      `::error::Run ${runId} concluded failure, which is not in allowed-conclusions (success): ${url}`
    )
    expectNoStack(result)
  })

  it('finds a run dispatched after the step started (workflow + created-after)', async () => {
    const startedAt = new Date(Date.now() - 1000).toISOString()
    sim.addRun({ workflow: 'deploy.yml', createdAt: -60_000, completed: true })
    sim.clearRequests()
    const waiting = run({
      operation: 'wait-for-run',
      workflow: 'deploy.yml',
      'created-after': startedAt,
      'poll-interval-seconds': '0.2',
      'timeout-seconds': '20'
    })
    // Add the run only once the action has looked with its whole filter and found none (its
    // first look, before it knows the server, leaves out filters not every server documents).
    await until(
      () =>
        answeredGets(sim, '/workflows/deploy.yml/runs').some(r => r.query['created'] !== undefined),
      'the action has listed the runs of deploy.yml created after the start'
    )
    const fresh = sim.addRun({
      workflow: 'deploy.yml',
      jobs: [{ name: 'deploy', durationMs: 300 }]
    })
    const result = await waiting
    expect(result.exitCode).toBe(0)
    expect(result.outputs['run-id']).toBe(String(fresh))
    expect(result.stdout).toContain('No run matches workflow deploy.yml')
  })

  it('times out with the run’s last status and cancels it with cancel-on-timeout', async () => {
    const runId = sim.addRun({ jobs: [{ name: 'slow', durationMs: 60_000 }] })
    const result = await run({
      operation: 'wait-for-run',
      'run-id': String(runId),
      'timeout-seconds': '1',
      'poll-interval-seconds': '0.3',
      'cancel-on-timeout': 'true'
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      new RegExp(
        `::error::Timed out after 1 seconds waiting for run ${runId}, whose last status was (queued|in_progress)\\. It was cancelled \\(cancel-on-timeout\\)\\. https://\\S+$`,
        'm'
      )
    )
    expect(
      sim.requests.some(r => r.method === 'POST' && r.path.endsWith(`/runs/${runId}/cancel`))
    ).toBe(true)
    expectNoStack(result)
  })

  it('cancels a run by id and waits for it to complete', async () => {
    const runId = sim.addRun({ jobs: [{ name: 'slow', durationMs: 60_000 }] })
    const result = await run({
      operation: 'cancel',
      'run-id': String(runId),
      wait: 'true',
      'poll-interval-seconds': '0.2'
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      'cancelled-run-ids': JSON.stringify([runId]),
      status: 'completed',
      conclusion: 'cancelled'
    })
    expect(result.summary).toContain('Cancelled 1 run(s)')
  })

  it('reports a completed run as not cancelled (409 is not an error)', async () => {
    const runId = sim.addRun({ completed: true })
    const result = await run({ operation: 'cancel', 'run-id': String(runId) })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['cancelled-run-ids']).toBe('[]')
    expect(result.summary).toContain('already completed')
    // The log says why too, for readers who never open the summary.
    expect(result.stdout).toContain(`Did not cancel run ${runId}: already completed (success).`)
  })

  it('cancels superseded runs of the same workflow and branch, never the current run', async () => {
    const older = sim.addRun({
      workflow: 'lint.yml',
      branch: 'topic',
      createdAt: -30_000,
      jobs: [{ name: 'l', durationMs: 60_000 }]
    })
    const current = sim.addRun({
      workflow: 'lint.yml',
      branch: 'topic',
      createdAt: -10_000,
      jobs: [{ name: 'l', durationMs: 60_000 }]
    })
    const other = sim.addRun({
      workflow: 'lint.yml',
      branch: 'main',
      createdAt: -20_000,
      jobs: [{ name: 'l', durationMs: 60_000 }]
    })
    const result = await run(
      { operation: 'cancel', workflow: 'lint.yml', branch: 'topic' },
      { currentRunId: current }
    )
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs['cancelled-run-ids'] ?? '')).toEqual([older])
    expect(
      sim.requests.some(r => r.method === 'POST' && r.path.endsWith(`/runs/${current}/cancel`))
    ).toBe(false)
    expect(
      sim.requests.some(r => r.method === 'POST' && r.path.endsWith(`/runs/${other}/cancel`))
    ).toBe(false)
  })

  it('gives one sentence for bad input, no stack trace, nothing secret', async () => {
    const result = await run({ operation: 'wait-for-run', 'run-id': '-3' })
    expect(result.exitCode).toBe(1)
    expect(visible(result.stdout).trim()).toBe(
      "::error::Input 'run-id' must be a positive integer."
    )
    expectNoStack(result)
    expect(visible(result.stdout) + result.stderr).not.toContain(sim.tokens.githubToken)
  })

  it('says plainly when the run does not exist', async () => {
    const result = await run({ operation: 'wait-for-run', 'run-id': '999999' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::Run 999999 was not found in octo/demo: check run-id and repository; if it exists, the token needs actions: read on octo/demo.'
    )
    expectNoStack(result)
  })
})

describe('dist/index.js on ghes-legacy', () => {
  it('explains that force-cancel is missing', async () => {
    const sim = await startSimulator({ flavour: 'ghes-legacy' })
    try {
      const runId = sim.addRun({ jobs: [{ name: 'slow', durationMs: 60_000 }] })
      const result = await runAction(
        { operation: 'cancel', 'run-id': String(runId), force: 'true' },
        { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }
      )
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toContain(
        "::error::GitHub Enterprise Server 3.10.16 does not offer force-cancel (its REST API has no POST …/runs/{run_id}/force-cancel). Use 'force: false'."
      )
      expect(sim.requests.filter(r => r.path.endsWith('/force-cancel'))).toEqual([])
    } finally {
      await sim.close()
    }
  })

  it('probes a server older than every description, and explains the 404', async () => {
    const sim = await startSimulator({ flavour: 'ghes-legacy', enterpriseVersion: '3.9.2' })
    try {
      const runId = sim.addRun({ jobs: [{ name: 'slow', durationMs: 60_000 }] })
      const result = await runAction(
        { operation: 'cancel', 'run-id': String(runId), force: 'true' },
        { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }
      )
      expect(result.exitCode).toBe(1)
      expect(sim.requests.filter(r => r.path.endsWith('/force-cancel')).map(r => r.status)).toEqual(
        [404]
      )
      expect(result.stdout).toContain(
        "::error::This server does not support force-cancel (older GitHub Enterprise Server versions lack it); use 'force: false'."
      )
    } finally {
      await sim.close()
    }
  })
})
