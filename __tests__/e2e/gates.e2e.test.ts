/**
 * wait-for-checks through dist/index.js against the simulator, one test per trap of issue 24:
 * check suites announce what is still coming (a workflow held by a concurrency group, an app that
 * never reports), the settle window runs on GitHub's clock from the newest completion, the
 * branch's required checks (rulesets with integration ids, classic protection, a server without
 * the rules API), and the gate's own check runs left out by id where URLs carry no run id.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type ActionRunResult } from '../../test-support/e2e.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'
import { TOKENS } from '../../test-support/simulator/users.js'

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

function checksOf(
  result: ActionRunResult
): Array<{ name: string; source: string; conclusion: string }> {
  return JSON.parse(result.outputs['checks'] ?? '[]') as Array<{
    name: string
    source: string
    conclusion: string
  }>
}

let shaCounter = 0
function newSha(): string {
  shaCounter++
  return `9${shaCounter.toString(16)}`.padStart(2, '0').repeat(20).slice(0, 40)
}

/** Resolves once `count` requests to paths ending in `suffix` were made, or the step ended. */
async function polled(
  sim: Simulator,
  suffix: string,
  count: number,
  ended: () => boolean
): Promise<void> {
  while (!ended() && sim.requests.filter(r => r.path.endsWith(suffix)).length < count) {
    await sleep(20)
  }
}

describe.each(['github.com', 'ghes-3.19'] as const)('gates on %s', flavour => {
  let sim: Simulator
  /** How far the simulator's clock has been moved ahead (GitHub's time jumps, the test does not wait). */
  let ahead = 0
  beforeAll(async () => {
    sim = await startSimulator({
      flavour,
      now: () => Date.now() + ahead,
      // The fine-grained token may read checks but not classic branch protection.
      tokenGrants: { [TOKENS.fineGrained]: { permissions: { actions: 'read', checks: 'read' } } }
    })
  })
  afterAll(async () => {
    await sim.close()
  })

  const wait = (
    inputs: Record<string, string>,
    options: { currentRunId?: number; token?: string; env?: Record<string, string> } = {}
  ) =>
    runAction(
      {
        operation: 'wait-for-checks',
        'poll-interval-seconds': '0.3',
        'timeout-seconds': '30',
        ...inputs
      },
      { apiUrl: sim.apiUrl, token: options.token ?? sim.tokens.githubToken, ...options }
    )

  it('waits for a workflow held by a concurrency group: its suite is queued 20 s with no check run', async () => {
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
    const waiting = wait({ ref: sha }).finally(() => (ended = true))
    // The gate polls a few times while only the suite says something is coming…
    await polled(sim, '/check-suites', 4, () => ended)
    // …then GitHub's clock moves 20 s on: the held run starts; 5 s more and its job has failed.
    ahead += 20_500
    const seen = sim.requests.filter(r => r.path.endsWith('/check-suites')).length
    await polled(sim, '/check-suites', seen + 2, () => ended)
    ahead += 5000
    const result = await waiting
    expect(result.exitCode).toBe(1)
    expect(checksOf(result).map(c => [c.name, c.conclusion])).toEqual([
      ['deploy', 'failure'],
      ['test', 'success']
    ])
    expect(result.stdout).toContain('1 check suite(s) queued or in progress (checks still to come)')
  })

  it("does not wait for another app's suite without check runs (an app that never reports)", async () => {
    const sha = newSha()
    sim.addCheckRun({ headSha: sha, name: 'lint', app: 'ci-service' })
    sim.addCheckSuite({ headSha: sha, app: 'vercel' })
    const result = await wait({ ref: sha, 'timeout-seconds': '8' })
    expect(result.exitCode).toBe(0)
    expect(checksOf(result).map(c => c.name)).toEqual(['lint'])
  })

  it('ends on its first poll when everything finished before it started (settle on GitHub time)', async () => {
    const sha = newSha()
    sim.addStatus({ sha, context: 'ci/old', state: 'success', atMs: -60_000 })
    sim.addCheckRun({ headSha: sha, name: 'lint', app: 'ci-service', appearAfterMs: -60_000 })
    sim.clearRequests()
    const result = await wait({ ref: sha, 'poll-interval-seconds': '2' })
    expect(result.exitCode).toBe(0)
    expect(sim.requests.filter(r => r.path.endsWith('/status'))).toHaveLength(1)
  })

  it('required-checks: exactly the checks the rules require, a name restricted to its app', async () => {
    const sha = newSha()
    const branch = `release-${flavour}`
    sim.setBranchRules({
      branch,
      ruleset: [{ context: 'build', appId: sim.appId('ci-service') }, { context: 'CodeQL' }],
      protection: [{ context: 'ci/legacy' }]
    })
    // The same name from another app (not the one the rule names) fails; so does a check nobody requires.
    sim.addCheckRun({ headSha: sha, name: 'build', app: 'vercel', conclusion: 'failure' })
    sim.addCheckRun({ headSha: sha, name: 'build', app: 'ci-service', durationMs: 800 })
    sim.addCheckRun({ headSha: sha, name: 'CodeQL', app: 'github-advanced-security' })
    sim.addCheckRun({ headSha: sha, name: 'flaky', app: 'ci-service', conclusion: 'failure' })
    sim.addStatus({ sha, context: 'ci/legacy', state: 'success' })
    sim.clearRequests()
    const result = await wait({ ref: sha, 'required-checks': 'true', branch })
    expect(result.exitCode).toBe(0)
    expect(checksOf(result).map(c => [c.name, c.source, c.conclusion])).toEqual([
      ['build', 'ci-service', 'success'],
      ['ci/legacy', 'status', 'success'],
      ['CodeQL', 'github-advanced-security', 'success']
    ])
    expect(result.stdout).toContain(
      `Branch "${branch}" (input 'branch') requires "build" (app ${sim.appId('ci-service')}), "CodeQL", "ci/legacy".`
    )
    expect(sim.requests.some(r => r.path === `/repos/octo/demo/rules/branches/${branch}`)).toBe(
      true
    )
  })

  it('required-checks: a required check its app never reported fails at once, in one sentence naming it', async () => {
    const sha = newSha()
    const branch = `main-${flavour}`
    const ci = sim.appId('ci-service')
    sim.setBranchRules({ branch, ruleset: [{ context: 'e2e', appId: ci }, { context: 'build' }] })
    sim.addCheckRun({ headSha: sha, name: 'build', app: 'ci-service' })
    // A suite of an app that never reports is no reason to wait for "e2e" either.
    sim.addCheckSuite({ headSha: sha, app: 'vercel' })
    const result = await wait({ ref: sha, 'required-checks': 'true', branch })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      `::error::The required check "e2e" (app ${ci}) of branch "${branch}" never appeared on ${sha}: every check suite of its app completed without it (checks seen: "build").`
    )
  })

  it('required-checks: a required check any app may bring is waited for, then named when it never comes', async () => {
    const sha = newSha()
    const branch = `any-${flavour}`
    sim.setBranchRules({ branch, ruleset: [{ context: 'ci/jenkins' }] })
    sim.addCheckRun({ headSha: sha, name: 'build', app: 'ci-service' })
    const result = await wait({
      ref: sha,
      'required-checks': 'true',
      branch,
      'timeout-seconds': '3'
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      `::error::The required check "ci/jenkins" of branch "${branch}" never appeared on ${sha} within 3 seconds (checks seen: none).`
    )
  })

  it('required-checks: says when the token cannot read classic branch protection', async () => {
    const sha = newSha()
    const branch = `protected-${flavour}`
    sim.setBranchRules({ branch, ruleset: [{ context: 'build' }], protection: [{ context: 'x' }] })
    sim.addCheckRun({ headSha: sha, name: 'build', app: 'ci-service' })
    const result = await wait(
      { ref: sha, 'required-checks': 'true', branch },
      { token: sim.tokens.fineGrained }
    )
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      `::warning::The token cannot read the classic branch protection of "${branch}" (403: it needs administration: read, which GITHUB_TOKEN never has); only its rulesets were read.`
    )
  })
})

describe('gates on a server without the rules API, or without run ids in check-run URLs', () => {
  it('required-checks on GHES 3.10 says in one sentence that the server has no branch rules', async () => {
    const sim = await startSimulator({ flavour: 'ghes-legacy' })
    try {
      const sha = 'ab'.repeat(20)
      sim.addCheckRun({ headSha: sha, name: 'build', app: 'ci-service' })
      const result = await runAction(
        {
          operation: 'wait-for-checks',
          ref: sha,
          'required-checks': 'true',
          branch: 'main',
          'timeout-seconds': '20'
        },
        { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }
      )
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toContain(
        "::error::GitHub Enterprise Server 3.10.16 does not offer branch rules (its REST API has no GET /repos/{owner}/{repo}/rules/branches/{branch}). required-checks cannot tell which checks the branch requires there; name them in 'checks' instead."
      )
      expect(sim.requests.some(r => r.path.includes('/rules/'))).toBe(false)
    } finally {
      await sim.close()
    }
  })

  it.each(['github.com', 'ghes-3.19'] as const)(
    "leaves out its own run's check runs by suite id where their URLs carry no run id (%s)",
    async flavour => {
      const sim = await startSimulator({ flavour, checkRunUrls: 'check-run' })
      try {
        const sha = 'cd'.repeat(20)
        const current = sim.addRun({
          headSha: sha,
          workflow: 'gate.yml',
          jobs: [{ name: 'gate', durationMs: 600_000 }]
        })
        sim.addRun({ headSha: sha, workflow: 'ci.yml', completed: true, jobs: [{ name: 'test' }] })
        const result = await runAction(
          {
            operation: 'wait-for-checks',
            ref: sha,
            'poll-interval-seconds': '0.3',
            'timeout-seconds': '8'
          },
          { apiUrl: sim.apiUrl, token: sim.tokens.githubToken, currentRunId: current }
        )
        expect(result.exitCode).toBe(0)
        expect(checksOf(result).map(c => c.name)).toEqual(['test'])
        expect(result.summary).toContain('1 check run(s) of this workflow run left out.')
      } finally {
        await sim.close()
      }
    }
  )
})
