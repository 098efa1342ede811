/**
 * Every operation through dist/index.js on every product the simulator plays: github.com, GHE.com,
 * GHES 3.19, GHES 3.21 and the older GHES (3.10). One representative scenario per operation, all
 * in one simulator per product; then the request log must show that no request went to an
 * endpoint, or carried a parameter, that the product's official description lacks.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { runAction, type ActionRunResult } from '../../test-support/e2e.js'
import { TEST_USER_AGENT, untilWaiting } from '../../test-support/e2e-events.js'
import {
  FLAVOURS,
  profileFor,
  startSimulator,
  type Flavour,
  type Simulator
} from '../../test-support/simulator/index.js'
import { Router } from '../../test-support/simulator/routes.js'

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m

/** What the description says each product lacks, and how runctl does without it. */
const NOTES: Partial<Record<Flavour, { rerun?: string; billable: boolean }>> = {
  'github.com': { billable: true },
  'ghe.com': { billable: true },
  'ghes-3.19': { billable: false },
  'ghes-3.21': { billable: false },
  'ghes-legacy': {
    billable: false,
    rerun:
      'GitHub Enterprise Server 3.10.16 documents no enable_debug_logging for POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs, so the re-run was asked for without debug logging.'
  }
}

describe.each(FLAVOURS)('every operation on %s', flavour => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ flavour })
  })
  afterAll(async () => {
    await sim.close()
  })

  const run = (inputs: Record<string, string>, token = sim.tokens.githubToken) =>
    runAction(
      { 'timeout-seconds': '30', ...inputs },
      {
        apiUrl: sim.apiUrl,
        token,
        env: { GITHUB_REF_NAME: 'main', GITHUB_REF: 'refs/heads/main' }
      }
    )

  /** For the operations that poll. */
  const POLL = { 'poll-interval-seconds': '0.2' }

  function succeeded(result: ActionRunResult): void {
    expect(result.stdout).not.toMatch(STACK_LINE)
    expect(result.stdout).not.toContain('::error::')
    expect(result.exitCode).toBe(0)
  }

  it('wait-for-run finds a run by workflow, branch and commit and waits for it', async () => {
    const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
    sim.addRun({ workflow: 'ci.yml', completed: true, createdAt: -120_000 })
    const runId = sim.addRun({ workflow: 'ci.yml', headSha: sha })
    const result = await run({
      ...POLL,
      operation: 'wait-for-run',
      workflow: 'ci.yml',
      branch: 'main',
      'head-sha': sha
    })
    succeeded(result)
    expect(result.outputs['run-id']).toBe(String(runId))
    expect(result.outputs['conclusion']).toBe('success')
  })

  it('cancel cancels a running run and waits for it to end', async () => {
    const runId = sim.addRun({ jobs: [{ name: 'slow', durationMs: 60_000 }] })
    const result = await run({
      ...POLL,
      operation: 'cancel',
      'run-id': String(runId),
      wait: 'true'
    })
    succeeded(result)
    expect(result.outputs['cancelled-run-ids']).toBe(`[${runId}]`)
  })

  it('rerun-failed re-runs the failed jobs with debug logging and waits', async () => {
    const runId = sim.addRun({
      completed: true,
      jobs: [{ name: 'flaky', conclusion: ['failure', 'success'] }]
    })
    const result = await run({
      ...POLL,
      operation: 'rerun-failed',
      'run-id': String(runId),
      'enable-debug-logging': 'true',
      wait: 'true'
    })
    succeeded(result)
    expect(result.outputs['rerun']).toBe('true')
    expect(result.outputs['conclusion']).toBe('success')
    const note = NOTES[flavour]?.rerun
    if (note) {
      expect(result.stdout).toContain(`::warning::${note}`)
      expect(result.summary).toContain('### This server')
    } else {
      expect(result.summary).not.toContain('### This server')
    }
  })

  it('fetch-logs writes the failed job’s log', async () => {
    const runId = sim.addRun({
      completed: true,
      jobs: [{ name: 'broken', conclusion: 'failure' }, { name: 'fine' }]
    })
    const result = await run({
      operation: 'fetch-logs',
      'run-id': String(runId)
    })
    succeeded(result)
    const files = JSON.parse(result.outputs['files'] ?? '[]') as string[]
    expect(files.length).toBeGreaterThan(0)
    expect(files.every(file => existsSync(file))).toBe(true)
    expect(JSON.parse(result.outputs['failed-jobs'] ?? '[]')).toEqual([
      expect.objectContaining({ name: 'broken' })
    ])
  })

  it('approve-deployment approves an environment with a reviewer’s token', async () => {
    const runId = sim.addRun({
      environments: [{ name: 'production' }],
      jobs: [{ name: 'deploy', environment: 'production' }]
    })
    await untilWaiting(sim, runId)
    const result = await run(
      {
        ...POLL,
        operation: 'approve-deployment',
        'run-id': String(runId),
        environments: 'production',
        decision: 'approve'
      },
      sim.tokens.reviewer
    )
    succeeded(result)
    expect(JSON.parse(result.outputs['reviewed-environments'] ?? '[]')).toEqual([
      expect.objectContaining({ name: 'production', decision: 'approve' })
    ])
  })

  it('report-usage reports a run, with billable time where the server has it', async () => {
    const runId = sim.addRun({ completed: true, jobs: [{ name: 'build' }, { name: 'test' }] })
    const result = await run({ operation: 'report-usage', 'run-id': String(runId) })
    succeeded(result)
    expect(result.outputs['total-job-ms']).toMatch(/^\d+$/)
    expect(result.outputs['billable-ms']).toMatch(NOTES[flavour]?.billable ? /^\d+$/ : /^$/)
  })

  it('dispatch starts a workflow and follows its run', async () => {
    sim.addWorkflow({
      file: 'deploy.yml',
      inputs: { environment: { required: true }, 'dispatch-id': { default: '' } },
      runName: 'Deploy ${{ inputs.dispatch-id }}',
      appearAfterMs: 200,
      queuedMs: 100,
      jobs: [{ name: 'deploy', durationMs: 200 }]
    })
    const result = await run({
      ...POLL,
      operation: 'dispatch',
      workflow: 'deploy.yml',
      ref: 'main',
      inputs: '{"environment": "qa"}',
      'correlation-input': 'dispatch-id'
    })
    succeeded(result)
    expect(result.outputs['run-id']).toMatch(/^\d+$/)
  })

  it('sent nothing the description lacks: no missing endpoint, no undocumented parameter', () => {
    const profile = profileFor(flavour)
    const router = new Router(profile)
    const described = profile.description.endpoints as Record<string, unknown>
    const sent = sim.requests.filter(
      r => r.host === 'api' && r.headers.userAgent !== TEST_USER_AGENT && r.fault === undefined
    )
    expect(sent.length).toBeGreaterThan(0)
    const refused = sent.flatMap(request => {
      const matched = router.match(request.method, request.path)
      const endpoint =
        matched && matched !== 'method'
          ? `${request.method} ${matched.route.template}`
          : `${request.method} ${request.path}`
      const problem =
        !matched || matched === 'method' || described[endpoint] === undefined
          ? 'endpoint not in the description'
          : request.undocumented !== undefined
            ? `undocumented parameter ${request.undocumented}`
            : undefined
      return problem ? [`${endpoint}: ${problem}`] : []
    })
    expect(refused).toEqual([])
  })
})
