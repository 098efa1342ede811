/**
 * wait-for-run with `jobs` through dist/index.js: waits for the matching jobs only (matrix names
 * included) while the run goes on; a pattern no job matches by the run's end is one sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../test-support/e2e.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'

describe.each(['github.com', 'ghes-3.19'] as const)('wait-for-run with jobs on %s', flavour => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ flavour })
  })
  afterAll(async () => {
    await sim.close()
  })

  const wait = (inputs: Record<string, string>) =>
    runAction(
      {
        operation: 'wait-for-run',
        'poll-interval-seconds': '0.2',
        'timeout-seconds': '30',
        ...inputs
      },
      { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }
    )

  it('waits for the matching jobs (matrix names included) while the run goes on, worst conclusion', async () => {
    const runId = sim.addRun({
      jobs: [
        { name: 'build', durationMs: 300 },
        { name: 'test (ubuntu-latest, 22)', needs: ['build'], durationMs: 400 },
        {
          name: 'test (windows-latest, 22)',
          needs: ['build'],
          durationMs: 600,
          conclusion: 'failure'
        },
        { name: 'deploy', durationMs: 600_000 }
      ]
    })
    const result = await wait({ 'run-id': String(runId), jobs: 'build\ntest (*)' })
    expect(result.exitCode).toBe(1)
    const jobs = JSON.parse(result.outputs['jobs'] ?? '[]') as {
      name: string
      conclusion: string
    }[]
    expect(jobs.map(job => [job.name, job.conclusion])).toEqual([
      ['build', 'success'],
      ['test (ubuntu-latest, 22)', 'success'],
      ['test (windows-latest, 22)', 'failure']
    ])
    expect(result.outputs['conclusion']).toBe('failure')
    expect(result.outputs['status']).toBe('in_progress')
    expect(result.stdout).toMatch(
      /::error::1 of 3 matching jobs of run \d+ concluded outside allowed-conclusions \(success\): "test \(windows-latest, 22\)" failure/
    )
  })

  it('succeeds once the matching jobs pass, without waiting for the rest of the run', async () => {
    const runId = sim.addRun({
      jobs: [
        { name: 'lint', durationMs: 200 },
        { name: 'e2e', durationMs: 600_000 }
      ]
    })
    const result = await wait({ 'run-id': String(runId), jobs: 'lint' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['conclusion']).toBe('success')
  })

  it('fails in one sentence when a pattern matches no job by the time the run completes', async () => {
    const runId = sim.addRun({ jobs: [{ name: 'build', durationMs: 200 }] })
    const result = await wait({ 'run-id': String(runId), jobs: 'build\npackage *' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      new RegExp(
        `::error::No job of run ${runId} matches "package \\*" in input 'jobs', and the run has completed: `
      )
    )
  })
})
