/**
 * Permission diagnostics through dist/index.js: the simulator refuses as GitHub does and names
 * what a route accepts (X-Accepted-GitHub-Permissions, X-Accepted-OAuth-Scopes); the step's one
 * error sentence names what the token lacks, on which repository.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../test-support/e2e.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'
import { TOKENS } from '../../test-support/simulator/users.js'

describe('permission diagnostics through dist/index.js', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({
      tokenGrants: {
        // GITHUB_TOKEN of a job with `permissions: actions: read`.
        [TOKENS.githubToken]: { permissions: { actions: 'read' } },
        // A fine-grained token whose repository access leaves octo/demo out.
        [TOKENS.fineGrained]: { permissions: { actions: 'write' }, repositories: ['octo/other'] },
        // A classic token without the repo scope.
        [TOKENS.nonReviewer]: { scopes: ['workflow'] }
      }
    })
  })
  afterAll(async () => {
    await sim.close()
  })

  const errorLine = (stdout: string) =>
    stdout.split('\n').filter(line => line.startsWith('::error::'))

  it('cancel with a GITHUB_TOKEN that may only read: names actions: write on the repository', async () => {
    const runId = sim.addRun({ jobs: [{ name: 'build', durationMs: 60_000 }] })
    const result = await runAction(
      { operation: 'cancel', 'run-id': String(runId) },
      { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }
    )
    expect(result.exitCode).toBe(1)
    expect(errorLine(result.stdout)).toEqual([
      `::error::GitHub refused to cancel run ${runId} (403: Resource not accessible by integration): the token needs actions: write on octo/demo (for GITHUB_TOKEN, in the job's permissions:).`
    ])
    expect((sim.getRun(runId) as { status: string }).status).not.toBe('completed')
  })

  it('wait-for-run with a fine-grained token that cannot see the repository: 404, and what it needs', async () => {
    const runId = sim.addRun({ completed: true })
    const result = await runAction(
      { operation: 'wait-for-run', 'run-id': String(runId) },
      { apiUrl: sim.apiUrl, token: sim.tokens.fineGrained }
    )
    expect(result.exitCode).toBe(1)
    // (The simulator's URL is a bare host, so the GHES /api/v3 hint follows the sentence.)
    expect(errorLine(result.stdout)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^::error::Run ${runId} was not found in octo/demo: check run-id and repository; if it exists, the token needs actions: read on octo/demo\\.`
        )
      )
    ])
  })

  it('fetch-logs with a classic token without repo on a private repository: names the scope', async () => {
    const runId = sim.addRun({
      repository: 'octo/secret',
      privateRepository: true,
      completed: true
    })
    const result = await runAction(
      { operation: 'fetch-logs', 'run-id': String(runId) },
      { apiUrl: sim.apiUrl, token: sim.tokens.nonReviewer, repository: 'octo/secret' }
    )
    expect(result.exitCode).toBe(1)
    expect(errorLine(result.stdout)).toEqual([
      `::error::Run ${runId} was not found in octo/secret: the token needs the repo scope on octo/secret (it has workflow).`
    ])
  })

  it('approve-deployment fork-pr on a private repository: the 422 in runctl’s words', async () => {
    const runId = sim.addRun({
      repository: 'octo/private-fork-target',
      privateRepository: true,
      forkPullRequestNeedingApproval: true
    })
    const result = await runAction(
      { operation: 'approve-deployment', 'run-id': String(runId), target: 'fork-pr' },
      { apiUrl: sim.apiUrl, token: sim.tokens.admin, repository: 'octo/private-fork-target' }
    )
    expect(result.exitCode).toBe(1)
    expect(errorLine(result.stdout)).toEqual([
      `::error::GitHub refused to approve fork pull request run ${runId} (422: Approving a workflow run is only supported for pull requests from public forks): GitHub's API approves only runs from public forks, so if octo/private-fork-target is private, a maintainer approves the run in the web UI (or its fork pull request workflow settings let it run).`
    ])
  })

  it('a token that has what the route needs is not refused, and the answer names it', async () => {
    const runId = sim.addRun({ completed: true })
    sim.clearRequests()
    const result = await runAction(
      { operation: 'wait-for-run', 'run-id': String(runId) },
      { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }
    )
    expect(result.exitCode).toBe(0)
    expect(errorLine(result.stdout)).toEqual([])
  })
})
