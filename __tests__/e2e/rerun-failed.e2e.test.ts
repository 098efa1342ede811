import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type ActionRunResult } from '../../test-support/e2e.js'
import {
  answeredGets,
  approveAsReviewer,
  until,
  untilWaiting
} from '../../test-support/e2e-events.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m
const RERUN_FAILED_PATH = '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs'

describe.each(['github.com', 'ghes-3.21'] as const)(
  'rerun-failed through dist/index.js on %s',
  flavour => {
    let sim: Simulator
    beforeAll(async () => {
      sim = await startSimulator({ flavour })
    })
    afterAll(async () => {
      await sim.close()
    })

    const run = (inputs: Record<string, string>) =>
      runAction(
        { operation: 'rerun-failed', ...inputs },
        { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }
      )

    /** The run's jobs as the API lists them (latest attempt). */
    async function jobsOf(
      runId: number
    ): Promise<Array<{ id: number; name: string; conclusion: string | null }>> {
      const response = await fetch(`${sim.apiUrl}/repos/octo/demo/actions/runs/${runId}/jobs`, {
        headers: { authorization: `Bearer ${sim.tokens.githubToken}`, 'user-agent': 'runctl-e2e' }
      })
      return (
        (await response.json()) as {
          jobs: Array<{ id: number; name: string; conclusion: string | null }>
        }
      ).jobs
    }

    const attemptOf = (runId: number) => (sim.getRun(runId) as { run_attempt: number }).run_attempt

    const rerunPosts = (runId: number) =>
      sim.requests.filter(
        r => r.method === 'POST' && r.path.endsWith(`/runs/${runId}/rerun-failed-jobs`)
      )

    function expectNoStack(result: ActionRunResult) {
      expect(result.stdout).not.toMatch(STACK_LINE)
      expect(result.stderr).not.toMatch(STACK_LINE)
    }

    it('re-runs the failed jobs once, waits for the new attempt and reports it', async () => {
      const runId = sim.addRun({
        completed: true,
        environments: [{ name: 'hold' }],
        jobs: [
          { name: 'build', durationMs: 200 },
          {
            name: 'test <unit>',
            needs: ['build'],
            environment: 'hold',
            durationMs: 300,
            conclusion: ['failure', 'success']
          }
        ]
      })
      const failed = (await jobsOf(runId)).filter(job => job.conclusion === 'failure')
      sim.clearRequests()
      // The new attempt waits at `hold` until the action has polled it twice, so the polls below
      // are the same on an idle and on a loaded machine.
      const rerunning = run({
        'run-id': String(runId),
        wait: 'true',
        'poll-interval-seconds': '0.2',
        'timeout-seconds': '60'
      })
      const polls = () => answeredGets(sim, `/actions/runs/${runId}`)
      await until(() => rerunPosts(runId).length > 0, 'the action has asked for the re-run')
      await untilWaiting(sim, runId)
      // The first poll after this may still see the change to `waiting`; the second cannot.
      const seen = polls().length
      await until(() => polls().length >= seen + 2, 'the action has polled the held attempt twice')
      const polledWhileHeld = polls()
      await approveAsReviewer(sim, runId, 'hold')
      const result = await rerunning
      expect(result.exitCode).toBe(0)
      expect(result.outputs).toMatchObject({
        'run-id': String(runId),
        rerun: 'true',
        attempt: '2',
        status: 'completed',
        conclusion: 'success',
        'rerun-job-ids': JSON.stringify(failed.map(job => job.id))
      })
      expect(attemptOf(runId)).toBe(2)
      expect(rerunPosts(runId)).toHaveLength(1)
      expect(result.summary).toContain(`Attempt 2 of run ${runId} success`)
      expect(result.summary).toContain('test &lt;unit&gt;')
      expect(result.summary).not.toContain('<unit>')
      // Waiting for the new attempt polls conditionally: unchanged polls are free 304s.
      const last = polledWhileHeld.at(-1)
      expect([last?.headers.ifNoneMatch !== undefined, last?.status]).toEqual([true, 304])
      expect(last?.countedAgainstRateLimit).toBe(false)
    })

    it('leaves a run that has reached max-attempts alone, and succeeds', async () => {
      const runId = sim.addRun({
        completed: true,
        attempts: 3,
        jobs: [{ name: 'flaky', conclusion: 'failure' }]
      })
      sim.clearRequests()
      const result = await run({ 'run-id': String(runId), 'max-attempts': '3' })
      expect(result.exitCode).toBe(0)
      expect(result.outputs).toMatchObject({ rerun: 'false', attempt: '3', 'rerun-job-ids': '[]' })
      expect(result.stdout).toContain(
        `Run ${runId} is on attempt 3, which has reached max-attempts (3); not re-running it.`
      )
      expect(sim.requests.some(r => r.method === 'POST')).toBe(false)
    })

    it('leaves a run where nothing failed alone, and succeeds', async () => {
      const runId = sim.addRun({ completed: true, jobs: [{ name: 'build' }] })
      const result = await run({ 'run-id': String(runId) })
      expect(result.exitCode).toBe(0)
      expect(result.outputs).toMatchObject({ rerun: 'false', attempt: '1', conclusion: 'success' })
    })

    it('resends a re-run answered 502 only after checking it did not start: one new attempt', async () => {
      const runId = sim.addRun({
        completed: true,
        jobs: [{ name: 'flaky', conclusion: ['failure', 'success'] }]
      })
      sim.clearRequests()
      sim.addFault({ path: RERUN_FAILED_PATH, method: 'POST', kind: 'status', status: 502 })
      const result = await run({ 'run-id': String(runId) })
      expect(result.exitCode).toBe(0)
      expect(result.outputs).toMatchObject({ rerun: 'true', attempt: '2' })
      expect(rerunPosts(runId).map(r => r.status)).toEqual([502, 201])
      expect(attemptOf(runId)).toBe(2)
      expect(result.stdout).toContain(
        'failed with a temporary error; checking whether it took effect'
      )
    })

    it('does not resend a re-run GitHub took before the connection dropped: one new attempt', async () => {
      const runId = sim.addRun({
        completed: true,
        jobs: [{ name: 'flaky', conclusion: ['failure', 'success'] }]
      })
      sim.clearRequests()
      sim.addFault({ path: RERUN_FAILED_PATH, method: 'POST', kind: 'connection-reset' })
      const result = await run({ 'run-id': String(runId) })
      expect(result.exitCode).toBe(0)
      expect(result.outputs).toMatchObject({ rerun: 'true', attempt: '2' })
      expect(rerunPosts(runId)).toHaveLength(1)
      expect(attemptOf(runId)).toBe(2)
    })

    it('re-runs the one failed job a glob matches', async () => {
      const runId = sim.addRun({
        completed: true,
        jobs: [
          { name: 'lint', conclusion: 'failure' },
          { name: 'test', conclusion: 'failure' }
        ]
      })
      const lint = (await jobsOf(runId)).find(job => job.name === 'lint')
      const result = await run({ 'run-id': String(runId), jobs: 'l?n*' })
      expect(result.exitCode).toBe(0)
      expect(result.outputs).toMatchObject({
        rerun: 'true',
        attempt: '2',
        'rerun-job-ids': `[${lint?.id}]`
      })
      expect(
        sim.requests.some(r => r.method === 'POST' && r.path.endsWith(`/jobs/${lint?.id}/rerun`))
      ).toBe(true)
    })

    it('explains in one sentence that a reusable-workflow caller job cannot be re-run alone', async () => {
      const runId = sim.addRun({
        completed: true,
        jobs: [{ name: 'deploy', conclusion: 'failure', reusableWorkflowCaller: true }]
      })
      const result = await run({ 'run-id': String(runId), jobs: 'deploy' })
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toContain(
        `::error::GitHub refused to re-run job "deploy" of run ${runId} (403: This job calls a reusable workflow and cannot be re-run on its own. Re-run the workflow instead): GitHub does not re-run a job that calls a reusable workflow, or runs inside one, on its own; leave 'jobs' empty to re-run all failed jobs of the run.`
      )
      expect(attemptOf(runId)).toBe(1)
      expectNoStack(result)
    })

    it('names the matches when a glob matches several failed jobs', async () => {
      const runId = sim.addRun({
        completed: true,
        jobs: [
          { name: 'test (a)', conclusion: 'failure' },
          { name: 'test (b)', conclusion: 'failure' }
        ]
      })
      const result = await run({ 'run-id': String(runId), jobs: 'test (*)' })
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toContain(
        `::error::Input 'jobs' ("test (*)") matches 2 failed jobs of run ${runId} ("test (a)", "test (b)"), but GitHub re-runs one job per request`
      )
      expectNoStack(result)
    })

    it('fails in one sentence on a run still in progress without wait', async () => {
      const runId = sim.addRun({ jobs: [{ name: 'slow', durationMs: 60_000 }] })
      const result = await run({ 'run-id': String(runId) })
      expect(result.exitCode).toBe(1)
      expect(result.outputs['rerun']).toBe('false')
      expect(result.stdout).toMatch(
        new RegExp(
          `::error::Run ${runId} is still (queued|in_progress), and only a completed run can be re-run; set 'wait: true' to wait for it to complete first: \\S+`
        )
      )
      expectNoStack(result)
    })

    it('explains a run too old to re-run', async () => {
      const runId = sim.addRun({
        completed: true,
        createdAt: -31 * 24 * 3600 * 1000,
        jobs: [{ name: 'test', conclusion: 'failure' }]
      })
      const result = await run({ 'run-id': String(runId) })
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toContain(
        `::error::GitHub refused to re-run the failed jobs of run ${runId} (403: Unable to retry this workflow run because it was created over a month ago): a run can be re-run only within 30 days of its creation and while its logs are kept.`
      )
      expectNoStack(result)
    })
  }
)
