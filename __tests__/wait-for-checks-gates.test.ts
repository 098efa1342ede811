/**
 * The issue-24 traps run from the source (waitForChecks in this process against the simulator),
 * so that StrykerJS, which mutates src/ and cannot see a child process, sees each protection:
 * check suites announce what is still coming, the settle window runs on GitHub's clock, the
 * branch's required checks, the gate's own check runs left out by suite id. Plus the pure parts
 * (outlook, predictEnd, isOwnCheckRun) on fixtures.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { systemClock } from '../src/clock.js'
import { GitHubClient } from '../src/github/client.js'
import { OperationError } from '../src/github/errors.js'
import type { CheckRun } from '../src/github/types.js'
import {
  isOwnCheckRun,
  outlook,
  predictEnd,
  waitForChecks,
  type CheckState
} from '../src/operations/wait-for-checks.js'
import { presentWaitForChecks } from '../src/presenters/wait-for-checks.js'
import type { WaitForChecksSettings } from '../src/settings.js'
import { startSimulator, type Simulator } from '../test-support/simulator/index.js'
import { TOKENS } from '../test-support/simulator/users.js'

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

function clientFor(sim: Simulator, token = sim.tokens.githubToken): GitHubClient {
  return new GitHubClient({
    token,
    baseUrl: sim.apiUrl,
    apiVersion: '2022-11-28',
    owner: 'octo',
    repo: 'demo'
  })
}

function settingsFor(
  sim: Simulator,
  fields: Partial<WaitForChecksSettings> & { ref: string }
): WaitForChecksSettings {
  return {
    operation: 'wait-for-checks',
    token: sim.tokens.githubToken,
    owner: 'octo',
    repo: 'demo',
    apiUrl: sim.apiUrl,
    apiVersion: '2022-11-28',
    summary: false,
    timeoutSeconds: 20,
    pollIntervalSeconds: 0.3,
    refOrigin: 'input',
    checks: [],
    ignoreChecks: [],
    allowedConclusions: ['success'],
    failFast: false,
    currentRepository: 'octo/demo',
    ...fields
  }
}

let shaCounter = 0
function newSha(): string {
  shaCounter++
  return `7${shaCounter.toString(16)}`.repeat(20).slice(0, 40)
}

describe('wait-for-checks gates, from the source, against the simulator', () => {
  let sim: Simulator
  let ahead = 0
  beforeAll(async () => {
    sim = await startSimulator({
      now: () => Date.now() + ahead,
      tokenGrants: { [TOKENS.fineGrained]: { permissions: { actions: 'read', checks: 'read' } } }
    })
  })
  afterAll(async () => {
    await sim.close()
  })
  const run = (fields: Partial<WaitForChecksSettings> & { ref: string }, token?: string) =>
    waitForChecks(clientFor(sim, token), settingsFor(sim, fields), {
      clock: systemClock,
      env: {}
    })

  it('waits for a GitHub Actions suite queued with no check run (a concurrency-held workflow)', async () => {
    const sha = newSha()
    sim.addRun({ headSha: sha, workflow: 'ci.yml', completed: true, jobs: [{ name: 'test' }] })
    sim.addRun({
      headSha: sha,
      workflow: 'deploy.yml',
      concurrencyHeld: true,
      queuedMs: 20_000,
      jobs: [{ name: 'deploy', durationMs: 4000, conclusion: 'failure' }]
    })
    sim.clearRequests()
    let ended = false
    const waiting = run({ ref: sha }).finally(() => (ended = true))
    const suitePolls = () => sim.requests.filter(r => r.path.endsWith('/check-suites')).length
    while (!ended && suitePolls() < 4) await sleep(20)
    ahead += 20_500
    const seen = suitePolls()
    while (!ended && suitePolls() < seen + 2) await sleep(20)
    ahead += 5000
    const result = await waiting
    expect(result.timedOut).toBe(false)
    expect(result.checks.map(c => [c.name, c.conclusion])).toEqual([
      ['deploy', 'failure'],
      ['test', 'success']
    ])
  })

  it("does not wait for another app's suite without check runs", async () => {
    const sha = newSha()
    sim.addCheckRun({ headSha: sha, name: 'lint', app: 'ci-service' })
    sim.addCheckSuite({ headSha: sha, app: 'vercel' })
    const result = await run({ ref: sha, timeoutSeconds: 6 })
    expect(result.timedOut).toBe(false)
    expect(result.suitesComing).toBe(0)
    expect(result.checks.map(c => c.name)).toEqual(['lint'])
  })

  it('ends on its first poll when everything finished before it started', async () => {
    const sha = newSha()
    sim.addStatus({ sha, context: 'ci/old', state: 'success', atMs: -60_000 })
    sim.clearRequests()
    const result = await run({ ref: sha, pollIntervalSeconds: 2 })
    expect(result.timedOut).toBe(false)
    expect(sim.requests.filter(r => r.path.endsWith('/status'))).toHaveLength(1)
  })

  it('required-checks: the rules decide, a name restricted to the app its rule names', async () => {
    const sha = newSha()
    sim.setBranchRules({
      branch: 'gate-src',
      ruleset: [{ context: 'build', appId: sim.appId('ci-service') }],
      protection: [{ context: 'ci/legacy' }]
    })
    sim.addCheckRun({ headSha: sha, name: 'build', app: 'vercel', conclusion: 'failure' })
    sim.addCheckRun({ headSha: sha, name: 'build', app: 'ci-service' })
    sim.addCheckRun({ headSha: sha, name: 'other', app: 'ci-service', conclusion: 'failure' })
    sim.addStatus({ sha, context: 'ci/legacy', state: 'success' })
    const result = await run({
      ref: sha,
      requiredChecksBranch: { name: 'gate-src', origin: "input 'branch'" }
    })
    expect(result.checks.map(c => [c.name, c.source, c.conclusion])).toEqual([
      ['build', 'ci-service', 'success'],
      ['ci/legacy', 'status', 'success']
    ])
    expect(result.missingRequired).toEqual([])
    expect(presentWaitForChecks(result).failure).toBeUndefined()
  })

  it('required-checks: a required check its app never reported fails naming it, without waiting for the timeout', async () => {
    const sha = newSha()
    const ci = sim.appId('ci-service')
    sim.setBranchRules({ branch: 'gate-missing', ruleset: [{ context: 'e2e', appId: ci }] })
    sim.addCheckRun({ headSha: sha, name: 'build', app: 'ci-service' })
    sim.addCheckSuite({ headSha: sha, app: 'vercel' })
    const result = await run({
      ref: sha,
      requiredChecksBranch: { name: 'gate-missing', origin: "input 'branch'" }
    })
    expect(result.timedOut).toBe(false)
    expect(presentWaitForChecks(result).failure).toBe(
      `The required check "e2e" (app ${ci}) of branch "gate-missing" never appeared on ${sha}: every check suite of its app completed without it (checks seen: none).`
    )
  })

  it('required-checks: a required check any app may bring is waited for until the timeout', async () => {
    const sha = newSha()
    sim.setBranchRules({ branch: 'gate-any', ruleset: [{ context: 'ci/jenkins' }] })
    sim.addCheckRun({ headSha: sha, name: 'build', app: 'ci-service' })
    const result = await run({
      ref: sha,
      timeoutSeconds: 2,
      requiredChecksBranch: { name: 'gate-any', origin: "input 'branch'" }
    })
    expect(result.timedOut).toBe(true)
    expect(presentWaitForChecks(result).failure).toBe(
      `The required check "ci/jenkins" of branch "gate-any" never appeared on ${sha} within 2 seconds (checks seen: none).`
    )
  })

  it('required-checks: a note when classic protection cannot be read', async () => {
    const sha = newSha()
    sim.setBranchRules({ branch: 'gate-note', ruleset: [{ context: 'b' }], protection: [] })
    sim.addCheckRun({ headSha: sha, name: 'b', app: 'ci-service' })
    const client = clientFor(sim, sim.tokens.fineGrained)
    const result = await waitForChecks(
      client,
      settingsFor(sim, {
        ref: sha,
        requiredChecksBranch: { name: 'gate-note', origin: "input 'branch'" }
      }),
      { clock: systemClock, env: {} }
    )
    expect(result.timedOut).toBe(false)
    expect(client.notes).toEqual([
      'The token cannot read the classic branch protection of "gate-note" (403: it needs administration: read, which GITHUB_TOKEN never has); only its rulesets were read.'
    ])
  })

  it("leaves out its own run's check runs (its check suite) on a server whose URLs carry no run id", async () => {
    const other = await startSimulator({ checkRunUrls: 'check-run' })
    try {
      const sha = newSha()
      const current = other.addRun({
        headSha: sha,
        workflow: 'gate.yml',
        jobs: [{ name: 'gate', durationMs: 600_000 }]
      })
      other.addRun({ headSha: sha, workflow: 'ci.yml', completed: true, jobs: [{ name: 'test' }] })
      const result = await waitForChecks(
        clientFor(other),
        settingsFor(other, { ref: sha, currentRunId: current, timeoutSeconds: 6 }),
        { clock: systemClock, env: {} }
      )
      expect(result.timedOut).toBe(false)
      expect(result.ownLeftOut).toBe(1)
      expect(result.checks.map(c => c.name)).toEqual(['test'])
    } finally {
      await other.close()
    }
  })
})

describe('required-checks on a server without the rules API', () => {
  it('says so in one sentence (GHES 3.10), without asking', async () => {
    const sim = await startSimulator({ flavour: 'ghes-legacy' })
    try {
      sim.addCheckRun({ headSha: 'e'.repeat(40), name: 'build', app: 'ci-service' })
      const promise = waitForChecks(
        clientFor(sim),
        settingsFor(sim, {
          ref: 'e'.repeat(40),
          requiredChecksBranch: { name: 'main', origin: "input 'branch'" }
        }),
        { clock: systemClock, env: {} }
      )
      await expect(promise).rejects.toEqual(
        new OperationError(
          "GitHub Enterprise Server 3.10.16 does not offer branch rules (its REST API has no GET /repos/{owner}/{repo}/rules/branches/{branch}). required-checks cannot tell which checks the branch requires there; name them in 'checks' instead."
        )
      )
      expect(sim.requests.some(r => r.path.includes('/rules/'))).toBe(false)
    } finally {
      await sim.close()
    }
  })

  it('says so too on a server older than every description, after its 404', async () => {
    const sim = await startSimulator({ flavour: 'ghes-legacy', enterpriseVersion: '3.9.0' })
    try {
      sim.addCheckRun({ headSha: 'f'.repeat(40), name: 'build', app: 'ci-service' })
      await expect(
        waitForChecks(
          clientFor(sim),
          settingsFor(sim, {
            ref: 'f'.repeat(40),
            requiredChecksBranch: { name: 'main', origin: "input 'branch'" }
          }),
          { clock: systemClock, env: {} }
        )
      ).rejects.toThrow(/^GitHub Enterprise Server 3\.9\.0 does not offer branch rules/)
    } finally {
      await sim.close()
    }
  })
})

function state(fields: Partial<CheckState> & { name: string }): CheckState {
  return { source: 'ci', completed: true, conclusion: 'success', url: '', others: 0, ...fields }
}

describe('outlook and predictEnd', () => {
  const all = { patterns: [], ignore: [] }
  const suite = (id: number, slug: string, status: string, runs = 0) => ({
    id,
    status,
    conclusion: null,
    app: { id: id * 10, slug },
    latest_check_runs_count: runs
  })

  it('an Actions suite in progress is coming unless it is this run; another app only when required from it', () => {
    const suites = [
      suite(1, 'github-actions', 'queued'),
      suite(2, 'github-actions', 'in_progress'),
      suite(3, 'vercel', 'queued'),
      suite(4, 'github-actions', 'completed')
    ]
    expect(outlook([], suites, { ...all, suiteId: 2 }, 1000).coming.map(s => s.id)).toEqual([1])
    // Exact names only: the step waits for those names, not for every suite.
    expect(outlook([], suites, { patterns: ['build'], ignore: [] }, 1000).coming).toEqual([])
    expect(outlook([], suites, { patterns: ['test-*'], ignore: [] }, 1000).coming).toHaveLength(2)
    const required = { ...all, required: [{ context: 'deploy', appId: 30 }] }
    expect(outlook([], suites, required, 1000).coming.map(s => s.id)).toEqual([3])
    const anyApp = { ...all, required: [{ context: 'deploy' }] }
    expect(outlook([], suites, anyApp, 1000).coming.map(s => s.id)).toEqual([1, 2])
    // An app's completed suite without the check it requires: nothing can bring it any more.
    const done = [suite(5, 'circleci', 'completed', 2)]
    expect(
      outlook([], done, { ...all, required: [{ context: 'e2e', appId: 50 }] }, 1000)
    ).toMatchObject({
      coming: [],
      hopeless: [{ context: 'e2e', appId: 50 }]
    })
    expect(outlook([], done, { ...all, required: [{ context: 'e2e' }] }, 1000).hopeless).toEqual([])
    const present = { ...all, required: [{ context: 'deploy' }] }
    expect(outlook([state({ name: 'deploy' })], suites, present, 1000).coming).toEqual([])
  })

  it('settles only what no listed suite announces, from its newest completion', () => {
    const checks = [
      state({ name: 'a', suiteId: 1, completedAt: 5000 }),
      state({ name: 'ci/x', source: 'status', completedAt: 3000 }),
      state({ name: 'b', suiteId: 9, completedAt: 4000 })
    ]
    expect(outlook(checks, [suite(1, 'ci', 'completed', 1)], all, 1000).settledAt).toBe(5000)
    expect(
      outlook(checks.slice(0, 1), [suite(1, 'ci', 'completed', 1)], all, 1000).settledAt
    ).toBeUndefined()
  })

  it('predicts the last end from the earlier commit, else from completed checks of the app', () => {
    const running = state({ name: 'slow', completed: false, conclusion: null, startedAt: 10_000 })
    const earlier = new Map([[JSON.stringify(['slow', 'ci']), 60_000]])
    expect(predictEnd([running], earlier, 20_000)).toEqual({ earliest: 64_000, latest: 76_000 })
    const done = state({ name: 'fast', startedAt: 0, completedAt: 30_000 })
    expect(predictEnd([running, done], new Map(), 20_000)).toEqual({
      earliest: 37_000,
      latest: 43_000
    })
    // Running longer than anything completed: no prediction.
    expect(predictEnd([running, done], new Map(), 50_000)).toBeUndefined()
    expect(predictEnd([done], earlier, 20_000)).toBeUndefined()
  })

  it('own check runs by suite id first, the URL only when the suite is unknown', () => {
    const check: CheckRun = {
      id: 5,
      name: 'gate',
      status: 'in_progress',
      conclusion: null,
      app: { slug: 'github-actions' },
      html_url: 'https://ghes.test/o/r/runs/5',
      check_suite: { id: 42 }
    }
    expect(isOwnCheckRun(check, { runId: 7, suiteId: 42 })).toBe(true)
    expect(isOwnCheckRun(check, { runId: 7, suiteId: 43 })).toBe(false)
    expect(isOwnCheckRun(check, { runId: 7 })).toBe(false)
    const withUrl = { ...check, details_url: 'https://github.com/o/r/actions/runs/7/job/5' }
    expect(isOwnCheckRun(withUrl, { runId: 7, suiteId: 43 })).toBe(false)
    expect(isOwnCheckRun(withUrl, { runId: 7 })).toBe(true)
  })
})
