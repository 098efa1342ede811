/**
 * wait-for-checks through dist/index.js against the simulator, one test per trap listed in
 * issue 18 (each fails without its handling), on github.com and a GHES flavour.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { until } from '../../test-support/e2e-events.js'
import { runAction, type ActionRunResult } from '../../test-support/e2e.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

interface CheckOutput {
  name: string
  source: string
  conclusion: string | null
  url: string
}

function checksOf(result: ActionRunResult): CheckOutput[] {
  return JSON.parse(result.outputs['checks'] ?? '[]') as CheckOutput[]
}

let shaCounter = 0
/** A fresh commit per test, so tests sharing a simulator never see each other's checks. */
function newSha(): string {
  shaCounter++
  return shaCounter.toString(16).padStart(2, '0').repeat(20)
}

describe.each(['github.com', 'ghes-3.19'] as const)('wait-for-checks on %s', flavour => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ flavour })
  })
  afterAll(async () => {
    await sim.close()
  })

  const wait = (
    inputs: Record<string, string>,
    options: { currentRunId?: number; env?: Record<string, string> } = {}
  ) =>
    runAction(
      {
        operation: 'wait-for-checks',
        'poll-interval-seconds': '0.2',
        'timeout-seconds': '30',
        ...inputs
      },
      { apiUrl: sim.apiUrl, token: sim.tokens.githubToken, ...options }
    )

  it('a re-run replaces the failure it re-ran (same name, same suite): filter=all, newest counts', async () => {
    const sha = newSha()
    // A workflow run whose "test" job failed, then passed on the re-run (attempt 2).
    sim.addRun({
      headSha: sha,
      completed: true,
      attempts: 2,
      jobs: [{ name: 'test', conclusion: ['failure', 'success'] }]
    })
    sim.addCheckRun({ headSha: sha, name: 'CodeQL', app: 'github-advanced-security' })
    sim.clearRequests()
    const result = await wait({ ref: sha })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(checksOf(result).map(c => [c.name, c.source, c.conclusion])).toEqual([
      ['CodeQL', 'github-advanced-security', 'success'],
      ['test', 'github-actions', 'success']
    ])
    expect(result.outputs['conclusion']).toBe('success')
    const lists = sim.requests.filter(r => r.path.endsWith('/check-runs'))
    expect(lists.every(r => r.query['filter'] === 'all')).toBe(true)
  })

  it('waits for a sibling of the same name still running, instead of ending on an early failure', async () => {
    const sha = newSha()
    // A service reporting two check runs under one name: the first created runs long and
    // passes, the second fails at once.
    sim.addCheckRun({ headSha: sha, name: 'Preview', app: 'vercel', durationMs: 2500 })
    sim.addCheckRun({
      headSha: sha,
      name: 'Preview',
      app: 'vercel',
      durationMs: 50,
      conclusion: 'failure'
    })
    const result = await wait({ ref: sha })
    expect(result.exitCode).toBe(0)
    expect(checksOf(result)).toEqual([
      expect.objectContaining({ name: 'Preview', source: 'vercel', conclusion: 'success' })
    ])
    expect(result.summary).toContain('| Check | Source | Conclusion | Older or sibling runs |')
  })

  it('keeps the same name from another app apart (a sibling is not hidden by name-only matching)', async () => {
    const sha = newSha()
    sim.addCheckRun({ headSha: sha, name: 'build', app: 'circleci', conclusion: 'failure' })
    sim.addRun({ headSha: sha, completed: true, jobs: [{ name: 'build' }] })
    const result = await wait({ ref: sha, checks: 'build' })
    expect(result.exitCode).toBe(1)
    expect(checksOf(result).map(c => [c.source, c.conclusion])).toEqual([
      ['circleci-checks', 'failure'],
      ['github-actions', 'success']
    ])
  })

  it('reads every page: a failure among 150 check runs is found (not only the first 30)', async () => {
    const sha = newSha()
    sim.addCheckRun({ headSha: sha, name: 'lint 000', app: 'ci-service', conclusion: 'failure' })
    for (let i = 1; i < 150; i++) {
      sim.addCheckRun({
        headSha: sha,
        name: `lint ${String(i).padStart(3, '0')}`,
        app: 'ci-service'
      })
    }
    sim.clearRequests()
    const result = await wait({ ref: sha })
    expect(result.exitCode).toBe(1)
    expect(checksOf(result)).toHaveLength(150)
    expect(result.outputs['conclusion']).toBe('failure')
    expect(result.stdout).toMatch(
      /::error::1 of 150 checks on \w+ concluded outside allowed-conclusions \(success\): "lint 000"/
    )
    const pages = sim.requests.filter(r => r.path.endsWith('/check-runs')).map(r => r.query['page'])
    expect(pages).toContain('2')
    expect(
      sim.requests
        .filter(r => r.path.endsWith('/check-runs'))
        .every(r => r.query['per_page'] === '100')
    ).toBe(true)
  })

  it('waits for a named check that is not created yet, and fails on it when it fails', async () => {
    const sha = newSha()
    sim.addCheckRun({ headSha: sha, name: 'build', app: 'ci-service' })
    sim.addCheckRun({
      headSha: sha,
      name: 'deploy',
      app: 'vercel',
      appearAfterMs: 2500,
      conclusion: 'failure'
    })
    const result = await wait({ ref: sha, checks: 'build\ndeploy' })
    expect(result.exitCode).toBe(1)
    expect(checksOf(result).map(c => [c.name, c.conclusion])).toEqual([
      ['build', 'success'],
      ['deploy', 'failure']
    ])
  })

  it('fails in one sentence when a named check never appears', async () => {
    const sha = newSha()
    sim.addCheckRun({ headSha: sha, name: 'build', app: 'ci-service' })
    const result = await wait({ ref: sha, checks: 'build, e2e', 'timeout-seconds': '2' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /::error::No check named "e2e" appeared on \w+ within 2 seconds \(checks seen: "build"\)\./
    )
  })

  it('settles: a status posted just after the others completed (no suite announces it) is waited for', async () => {
    const sha = newSha()
    sim.clearRequests()
    const waiting = wait({ ref: sha, 'poll-interval-seconds': '0.5' })
    // Once runctl polls, the first status appears and passes; another context comes a moment later.
    while (!sim.requests.some(r => r.path.endsWith('/status'))) await sleep(20)
    sim.addStatus({ sha, context: 'ci/build', state: 'success' })
    sim.addStatus({ sha, context: 'ci/publish', state: 'failure', atMs: 1100 })
    const result = await waiting
    expect(result.exitCode).toBe(1)
    expect(checksOf(result).map(c => [c.name, c.conclusion])).toEqual([
      ['ci/build', 'success'],
      ['ci/publish', 'failure']
    ])
  })

  it("leaves out its own workflow run's check runs without being told their names", async () => {
    const sha = newSha()
    // This step's own run: same commit, a job still going (the one runctl runs in).
    const current = sim.addRun({
      headSha: sha,
      workflow: 'gate.yml',
      jobs: [{ name: 'gate', durationMs: 600_000 }]
    })
    sim.addRun({ headSha: sha, workflow: 'ci.yml', completed: true, jobs: [{ name: 'test' }] })
    const result = await wait({ ref: sha }, { currentRunId: current })
    expect(result.exitCode).toBe(0)
    expect(checksOf(result).map(c => c.name)).toEqual(['test'])
    expect(result.summary).toContain('1 check run(s) of this workflow run left out.')
  })

  it('reads commit statuses too: a failed status fails the wait where every check run passed', async () => {
    const sha = newSha()
    sim.addCheckRun({ headSha: sha, name: 'CodeQL', app: 'github-advanced-security' })
    sim.addStatus({ sha, context: 'ci/circleci: test', state: 'pending' })
    sim.addStatus({
      sha,
      context: 'ci/circleci: test',
      state: 'error',
      atMs: 800,
      targetUrl: 'https://circleci.example/1'
    })
    const result = await wait({ ref: sha })
    expect(result.exitCode).toBe(1)
    expect(checksOf(result)).toEqual([
      {
        name: 'ci/circleci: test',
        source: 'status',
        conclusion: 'failure',
        url: 'https://circleci.example/1'
      },
      {
        name: 'CodeQL',
        source: 'github-advanced-security',
        conclusion: 'success',
        url: expect.any(String)
      }
    ])
  })

  it('reads check runs too: a failed check run fails the wait where every status passed', async () => {
    const sha = newSha()
    sim.addStatus({ sha, context: 'ci/jenkins', state: 'success' })
    sim.addCheckRun({
      headSha: sha,
      name: 'Analyze',
      app: 'github-advanced-security',
      conclusion: 'failure'
    })
    const result = await wait({ ref: sha })
    expect(result.exitCode).toBe(1)
    expect(result.outputs['conclusion']).toBe('failure')
  })

  it('on pull_request reads the head commit from the event payload, not the merge commit', async () => {
    const head = newSha()
    const merge = newSha()
    sim.addCheckRun({ headSha: head, name: 'test', app: 'ci-service', conclusion: 'failure' })
    sim.addCheckRun({ headSha: merge, name: 'test', app: 'ci-service' })
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runctl-event-'))
    const eventPath = path.join(dir, 'event.json')
    await writeFile(eventPath, JSON.stringify({ pull_request: { number: 7, head: { sha: head } } }))
    try {
      const result = await wait(
        {},
        {
          env: {
            GITHUB_EVENT_NAME: 'pull_request',
            GITHUB_EVENT_PATH: eventPath,
            GITHUB_SHA: merge
          }
        }
      )
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toContain(`on ${head} (pull request head)`)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('polls conditionally: one list per source per poll, unchanged pages answered 304', async () => {
    const sha = newSha()
    // Ended by the test once a re-poll was answered 304, not by the simulator's clock: on a busy
    // machine the action could start after a timed check had already ended (one poll, no 304).
    const slow = sim.addCheckRun({
      headSha: sha,
      name: 'slow',
      app: 'ci-service',
      conclusion: null
    })
    sim.addStatus({ sha, context: 'ci', state: 'success' })
    sim.clearRequests()
    const running = wait({ ref: sha })
    const unchanged = (suffix: string) =>
      sim.requests.filter(r => r.path.endsWith(suffix) && r.status === 304).length
    await until(
      () => unchanged('/check-runs') > 0 && unchanged('/check-suites') > 0,
      'the action has re-polled the lists and been answered 304'
    )
    sim.finishCheckRun(slow)
    const result = await running
    expect(result.exitCode).toBe(0)
    const checkLists = sim.requests.filter(r => r.path.endsWith('/check-runs'))
    const statusLists = sim.requests.filter(r => r.path.endsWith('/status'))
    expect(Math.abs(checkLists.length - statusLists.length)).toBeLessThanOrEqual(1)
    expect(checkLists.filter(r => r.status === 304).length).toBeGreaterThan(0)
    const suiteLists = sim.requests.filter(r => r.path.endsWith('/check-suites'))
    expect(Math.abs(checkLists.length - suiteLists.length)).toBeLessThanOrEqual(1)
    expect(suiteLists.filter(r => r.status === 304).length).toBeGreaterThan(0)
    // Besides the three lists: this run's check suite, read once.
    expect(
      sim.requests.filter(
        r =>
          !r.path.endsWith('/check-runs') &&
          !r.path.endsWith('/status') &&
          !r.path.endsWith('/check-suites')
      )
    ).toEqual([expect.objectContaining({ path: '/repos/octo/demo/actions/runs/1' })])
  })

  it('names the missing permission on a 403', async () => {
    const sha = newSha()
    sim.addCheckRun({ headSha: sha, name: 'x', app: 'ci-service' })
    sim.addFault({
      path: '/repos/{owner}/{repo}/commits/{ref}/status',
      kind: 'status',
      status: 403
    })
    const result = await wait({ ref: sha })
    sim.clearFaults()
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain("give the job 'permissions: statuses: read'")
  })

  it('fail-fast ends at a failure with nothing of its name still running', async () => {
    const sha = newSha()
    sim.addCheckRun({ headSha: sha, name: 'unit', app: 'ci-service', conclusion: 'failure' })
    sim.addCheckRun({ headSha: sha, name: 'e2e', app: 'ci-service', durationMs: 600_000 })
    const result = await wait({ ref: sha, 'fail-fast': 'true' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('(fail-fast: the others were not waited for)')
  })
})
