/**
 * wait-for-run with all-runs through dist/index.js: every run of a commit, the current run left
 * out, a run that appears while waiting included, one list request per poll.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  approveAsReviewer,
  TEST_USER_AGENT,
  until,
  untilWaiting
} from '../../test-support/e2e-events.js'
import { runAction } from '../../test-support/e2e.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

describe.each(['github.com', 'ghes-3.21'] as const)('all-runs on %s', flavour => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ flavour })
  })
  afterAll(async () => {
    await sim.close()
  })

  it('waits for every run of a commit, including a late one, and fails on its failure', async () => {
    const sha = flavour === 'github.com' ? 'a1'.repeat(20) : 'b2'.repeat(20)
    // Held at an environment gate until the test has added the late run: on a busy machine a
    // timed run could end before the action's first list, and the action with it.
    const ci = sim.addRun({
      workflow: 'ci.yml',
      headSha: sha,
      environments: [{ name: 'hold' }],
      jobs: [{ name: 'test', environment: 'hold', durationMs: 300 }]
    })
    const lint = sim.addRun({
      workflow: 'lint.yml',
      headSha: sha,
      jobs: [{ name: 'lint', durationMs: 300 }]
    })
    // The run this step belongs to: same commit, never finishes while we wait.
    const current = sim.addRun({
      workflow: 'deploy.yml',
      headSha: sha,
      jobs: [{ name: 'deploy', durationMs: 600_000 }]
    })
    sim.addRun({
      workflow: 'ci.yml',
      headSha: 'c3'.repeat(20),
      jobs: [{ name: 'other', conclusion: 'failure' }]
    })
    sim.clearRequests()
    const waiting = runAction(
      {
        operation: 'wait-for-run',
        'all-runs': 'true',
        'head-sha': sha,
        'poll-interval-seconds': '0.2',
        'timeout-seconds': '30'
      },
      { apiUrl: sim.apiUrl, token: sim.tokens.githubToken, currentRunId: current }
    )
    // Once runctl has listed the runs, a workflow triggered later by the same commit shows up.
    while (!sim.requests.some(r => r.method === 'GET' && r.path.endsWith('/actions/runs'))) {
      await sleep(20)
    }
    const late = sim.addRun({
      workflow: 'e2e.yml',
      name: 'E2E | <b>',
      headSha: sha,
      jobs: [{ name: 'e2e', durationMs: 200, conclusion: 'failure' }]
    })
    const listsAnswered304 = () =>
      sim.requests.filter(
        r =>
          r.headers.userAgent !== TEST_USER_AGENT &&
          r.path.endsWith('/actions/runs') &&
          r.status === 304
      ).length
    await untilWaiting(sim, ci)
    await until(() => listsAnswered304() > 0, 'the action has re-polled an unchanged list')
    await approveAsReviewer(sim, ci, 'hold')
    const result = await waiting
    expect(result.exitCode).toBe(1)
    const runs = JSON.parse(result.outputs['runs'] ?? '[]') as {
      id: number
      conclusion: string
      workflow: string
    }[]
    expect(runs.map(r => [r.id, r.conclusion])).toEqual([
      [ci, 'success'],
      [lint, 'success'],
      [late, 'failure']
    ])
    expect(runs[2]?.workflow).toBe('E2E | <b>')
    expect(result.outputs).toMatchObject({ conclusion: 'failure', 'run-id': String(late) })
    expect(result.stdout).toMatch(
      new RegExp(
        `::error::1 of 3 runs concluded outside allowed-conclusions \\(success\\): ${late} failure `
      )
    )
    expect(result.summary).toContain('E2E &#124; &lt;b&gt;')
    expect(result.summary).not.toContain('<b>')
    // Why the failed run failed, read once at the end: its jobs, then its failed job's annotations.
    const why = sim.requests.filter(
      r =>
        r.path === `/repos/octo/demo/actions/runs/${late}/jobs` || r.path.includes('/check-runs/')
    )
    expect(why.map(r => r.path.replace(/\d+\/annotations$/, 'ID/annotations'))).toEqual([
      `/repos/octo/demo/actions/runs/${late}/jobs`,
      '/repos/octo/demo/check-runs/ID/annotations'
    ])
    expect(result.outputs['annotations']).toContain('Process completed with exit code 1.')
    // Otherwise one list request per poll, never a request per run; unchanged polls answered 304.
    const api = sim.requests.filter(
      r => r.host === 'api' && r.headers.userAgent !== TEST_USER_AGENT && !why.includes(r)
    )
    expect(api.every(r => r.method === 'GET' && r.path === '/repos/octo/demo/actions/runs')).toBe(
      true
    )
    // The first list goes before the server is known, with the filters every server documents
    // (head_sha is not one: the older GHES lacks it); the commit is then checked on each run.
    expect(api[0]?.query['head_sha']).toBeUndefined()
    expect(api.slice(1).every(r => r.query['head_sha'] === sha)).toBe(true)
    expect(api.some(r => r.status === 304)).toBe(true)
  })

  it('succeeds when every run succeeded, with the worst conclusion as the conclusion', async () => {
    const branch = `release/${flavour}`
    const one = sim.addRun({ workflow: 'ci.yml', branch, jobs: [{ name: 'a', durationMs: 200 }] })
    const two = sim.addRun({ workflow: 'docs.yml', branch, jobs: [{ name: 'b', durationMs: 300 }] })
    const result = await runAction(
      {
        operation: 'wait-for-run',
        'all-runs': 'true',
        branch,
        'allowed-conclusions': 'success,skipped',
        'poll-interval-seconds': '0.2',
        'timeout-seconds': '30'
      },
      { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }
    )
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs['runs'] ?? '[]').map((r: { id: number }) => r.id)).toEqual([
      one,
      two
    ])
    expect(result.outputs['conclusion']).toBe('success')
  })
})
