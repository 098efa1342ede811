/** Re-runs, cancels, fork approval, environment reviews and custom gates, as GitHub answers them. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'
import { R, client, runOf, sleep, untilStatus } from './support.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ cancelDelayMs: 150 })
})
afterAll(() => sim.close())

interface Job {
  id: number
  name: string
  status: string
  conclusion: string | null
  run_attempt: number
}

async function jobsOf(id: number, query = '', on: Simulator = sim) {
  return ((await client(on)('GET', `${R}/runs/${id}/jobs${query}`)).json as { jobs: Job[] }).jobs
}

describe('re-runs', () => {
  it('re-runs failed jobs into attempt 2, carrying the successful ones, with per-attempt outcomes', async () => {
    // A clock moved by hand: "queued right after the re-run" holds however loaded the machine is.
    let t = Date.now()
    const sim = await startSimulator({ now: () => t })
    try {
      await rerunsIntoAttempt2(sim, (ms: number) => (t += ms))
    } finally {
      await sim.close()
    }
  })

  async function rerunsIntoAttempt2(sim: Simulator, advance: (ms: number) => void) {
    const jobsOfHere = (id: number, query = '') => jobsOf(id, query, sim)
    const id = sim.addRun({
      completed: true,
      jobs: [
        { name: 'build' },
        { name: 'test', needs: ['build'], conclusion: ['failure', 'success'] },
        { name: 'report', needs: ['test'] }
      ]
    })
    expect(runOf(sim, id)).toMatchObject({ conclusion: 'failure', run_attempt: 1 })
    const before = await jobsOfHere(id)
    const answer = await client(sim)('POST', `${R}/runs/${id}/rerun-failed-jobs`)
    expect(answer.status).toBe(201)
    expect(answer.json).toEqual({})
    expect(runOf(sim, id)).toMatchObject({ status: 'queued', conclusion: null, run_attempt: 2 })
    expect(runOf(sim, id)['previous_attempt_url']).toMatch(/\/attempts\/1$/)
    advance(3_600_000)
    expect(runOf(sim, id)).toMatchObject({ status: 'completed', conclusion: 'success' })

    const latest = await jobsOfHere(id)
    expect(latest.map(j => [j.name, j.run_attempt, j.conclusion])).toEqual([
      ['build', 1, 'success'],
      ['test', 2, 'success'],
      ['report', 2, 'success']
    ])
    expect(latest[0]?.id).toBe(before[0]?.id)
    expect(latest[1]?.id).not.toBe(before[1]?.id)
    const all = await jobsOfHere(id, '?filter=all')
    expect(all).toHaveLength(5)
    const attempt1 = (await client(sim)('GET', `${R}/runs/${id}/attempts/1`)).json as Record<
      string,
      unknown
    >
    expect(attempt1).toMatchObject({ run_attempt: 1, status: 'completed', conclusion: 'failure' })
    const attempt2Jobs = (await client(sim)('GET', `${R}/runs/${id}/attempts/2/jobs`)).json as {
      jobs: Job[]
    }
    expect(attempt2Jobs.jobs.map(j => j.name)).toEqual(['test', 'report'])
  }

  it('refuses a re-run while the run is in progress, and for runs older than 30 days', async () => {
    const running = sim.addRun({ queuedMs: 5000 })
    const refused = await client(sim)('POST', `${R}/runs/${running}/rerun`)
    expect(refused.status).toBe(403)
    expect(refused.json).toMatchObject({ message: 'This workflow is already running' })
    const old = sim.addRun({ completed: true, createdAt: -31 * 24 * 60 * 60 * 1000 })
    const tooOld = await client(sim)('POST', `${R}/runs/${old}/rerun`)
    expect(tooOld.status).toBe(403)
    expect(tooOld.json).toMatchObject({
      message: 'Unable to retry this workflow run because it was created over a month ago'
    })
  })

  it('re-runs one job with its dependents, refuses a reusable-workflow caller, and passes debug logging on', async () => {
    const id = sim.addRun({
      completed: true,
      jobs: [
        { name: 'build' },
        { name: 'test', needs: ['build'] },
        { name: 'lint' },
        { name: 'deploy', reusableWorkflowCaller: true }
      ]
    })
    const jobs = await jobsOf(id)
    const caller = jobs.find(j => j.name === 'deploy')
    const callerAnswer = await client(sim)('POST', `${R}/jobs/${caller?.id}/rerun`)
    expect(callerAnswer.status).toBe(403)
    const build = jobs.find(j => j.name === 'build')
    const answer = await client(sim)('POST', `${R}/jobs/${build?.id}/rerun`, {
      enable_debug_logging: true
    })
    expect(answer.status).toBe(201)
    const attempt2 = (await client(sim)('GET', `${R}/runs/${id}/attempts/2/jobs`)).json as {
      jobs: Job[]
    }
    expect(attempt2.jobs.map(j => j.name)).toEqual(['build', 'test'])
    expect(runOf(sim, id)['run_attempt']).toBe(2)
    await untilStatus(sim, id, 'completed')
    const rerunBuild = (await jobsOf(id)).find(j => j.name === 'build')
    const logs = await client(sim)('GET', `${R}/jobs/${rerunBuild?.id}/logs`)
    const text = await (await fetch(logs.headers.get('location') ?? '')).text()
    expect(text).toContain('##[debug]')
    const bad = await client(sim)('POST', `${R}/runs/${id}/rerun`, { enable_debug_logging: 'yes' })
    expect(bad.status).toBe(422)
  })
})

describe('cancel', () => {
  it('accepts with 202, completes as cancelled shortly after, then answers 409', async () => {
    const id = sim.addRun({
      queuedMs: 0,
      jobs: [
        { name: 'long', durationMs: 5000 },
        { name: 'after', needs: ['long'] }
      ]
    })
    await sleep(50)
    const answer = await client(sim)('POST', `${R}/runs/${id}/cancel`)
    expect(answer.status).toBe(202)
    expect(answer.json).toEqual({})
    // Asynchronous: still running right after the request.
    expect(runOf(sim, id)['status']).toBe('in_progress')
    const done = await untilStatus(sim, id, 'completed', 2000)
    expect(done['conclusion']).toBe('cancelled')
    const jobs = await jobsOf(id)
    expect(jobs[0]?.conclusion).toBe('cancelled')
    const again = await client(sim)('POST', `${R}/runs/${id}/cancel`)
    expect(again.status).toBe(409)
    expect(again.json).toMatchObject({ message: 'Cannot cancel a workflow run that is completed.' })
  })

  it('lets a stuck run ignore cancel until force-cancel', async () => {
    const id = sim.addRun({
      queuedMs: 0,
      ignoresCancel: true,
      jobs: [{ name: 'stuck', durationMs: 5000 }]
    })
    expect((await client(sim)('POST', `${R}/runs/${id}/cancel`)).status).toBe(202)
    await sleep(300)
    expect(runOf(sim, id)['status']).toBe('in_progress')
    expect((await client(sim)('POST', `${R}/runs/${id}/force-cancel`)).status).toBe(202)
    expect((await untilStatus(sim, id, 'completed', 1000))['conclusion']).toBe('cancelled')
  })
})

describe('fork pull request approval', () => {
  it('holds the run as action_required until approved, then runs it', async () => {
    const id = sim.addRun({
      forkPullRequestNeedingApproval: true,
      queuedMs: 20,
      jobs: [{ name: 'build', durationMs: 50 }]
    })
    expect(runOf(sim, id)).toMatchObject({
      status: 'completed',
      conclusion: 'action_required',
      event: 'pull_request'
    })
    const answer = await client(sim)('POST', `${R}/runs/${id}/approve`)
    expect(answer.status).toBe(201)
    expect((await untilStatus(sim, id, 'completed'))['conclusion']).toBe('success')
    expect((await client(sim)('POST', `${R}/runs/${id}/approve`)).status).toBe(403)
  })
})

describe('environments and pending deployments', () => {
  const gatedRun = () =>
    sim.addRun({
      queuedMs: 0,
      environments: [{ name: 'production', reviewers: ['octo-reviewer'], waitTimerMinutes: 5 }],
      jobs: [
        { name: 'build', durationMs: 30 },
        { name: 'deploy', needs: ['build'], environment: 'production', durationMs: 50 }
      ]
    })

  it('waits, computes current_user_can_approve per token, and continues after approval', async () => {
    const id = gatedRun()
    await untilStatus(sim, id, 'waiting')
    const asReviewer = await client(sim, sim.tokens.reviewer)(
      'GET',
      `${R}/runs/${id}/pending_deployments`
    )
    const pending = asReviewer.json as {
      environment: { id: number; name: string }
      current_user_can_approve: boolean
      wait_timer: number
      reviewers: { type: string; reviewer: { login: string } }[]
    }[]
    expect(pending).toHaveLength(1)
    expect(pending[0]).toMatchObject({
      environment: { name: 'production' },
      current_user_can_approve: true,
      wait_timer: 5,
      reviewers: [{ type: 'User', reviewer: { login: 'octo-reviewer' } }]
    })
    for (const token of [sim.tokens.githubToken, sim.tokens.nonReviewer, sim.tokens.admin]) {
      const other = (await client(sim, token)('GET', `${R}/runs/${id}/pending_deployments`))
        .json as {
        current_user_can_approve: boolean
      }[]
      expect(other[0]?.current_user_can_approve).toBe(false)
    }
    const jobs = await jobsOf(id)
    expect(jobs.find(j => j.name === 'deploy')?.status).toBe('waiting')

    const environmentIds = [pending[0]?.environment.id]
    const review = await client(sim, sim.tokens.reviewer)(
      'POST',
      `${R}/runs/${id}/pending_deployments`,
      {
        environment_ids: environmentIds,
        state: 'approved',
        comment: 'Ship it'
      }
    )
    expect(review.status).toBe(200)
    expect(review.json).toMatchObject([
      { environment: 'production', sha: runOf(sim, id)['head_sha'] }
    ])
    expect((await untilStatus(sim, id, 'completed'))['conclusion']).toBe('success')
    const approvals = (await client(sim)('GET', `${R}/runs/${id}/approvals`)).json
    expect(approvals).toMatchObject([
      {
        state: 'approved',
        comment: 'Ship it',
        user: { login: 'octo-reviewer' },
        environments: [{ name: 'production' }]
      }
    ])
  })

  it('refuses malformed bodies (422), non-reviewers (422) and the GITHUB_TOKEN bot (403)', async () => {
    const id = gatedRun()
    await untilStatus(sim, id, 'waiting')
    const post = (token: string, body: unknown) =>
      client(sim, token)('POST', `${R}/runs/${id}/pending_deployments`, body)
    const envId = (
      (await client(sim)('GET', `${R}/runs/${id}/pending_deployments`)).json as {
        environment: { id: number }
      }[]
    )[0]?.environment.id
    const missingComment = await post(sim.tokens.reviewer, {
      environment_ids: [envId],
      state: 'approved'
    })
    expect(missingComment.status).toBe(422)
    expect(missingComment.json).toMatchObject({
      message: 'Invalid request.\n\n"comment" wasn\'t supplied.'
    })
    expect((await post(sim.tokens.reviewer, { state: 'approved', comment: '' })).status).toBe(422)
    expect(
      (await post(sim.tokens.reviewer, { environment_ids: [envId], state: 'maybe', comment: '' }))
        .status
    ).toBe(422)
    expect(
      (await post(sim.tokens.reviewer, { environment_ids: [999], state: 'approved', comment: '' }))
        .status
    ).toBe(422)
    expect(
      (
        await post(sim.tokens.nonReviewer, {
          environment_ids: [envId],
          state: 'approved',
          comment: ''
        })
      ).status
    ).toBe(422)
    expect(
      (
        await post(sim.tokens.githubToken, {
          environment_ids: [envId],
          state: 'approved',
          comment: ''
        })
      ).status
    ).toBe(403)
    expect((await post(sim.tokens.reviewer, '{"environment_ids": [')).status).toBe(400)
    expect(runOf(sim, id)['status']).toBe('waiting')
  })

  it('completes as failure when the deployment is rejected', async () => {
    const id = gatedRun()
    await untilStatus(sim, id, 'waiting')
    const envId = (
      (await client(sim)('GET', `${R}/runs/${id}/pending_deployments`)).json as {
        environment: { id: number }
      }[]
    )[0]?.environment.id
    const review = await client(sim, sim.tokens.reviewer)(
      'POST',
      `${R}/runs/${id}/pending_deployments`,
      {
        environment_ids: [envId],
        state: 'rejected',
        comment: 'Not today'
      }
    )
    expect(review.status).toBe(200)
    const done = await untilStatus(sim, id, 'completed')
    expect(done['conclusion']).toBe('failure')
    expect((await jobsOf(id)).find(j => j.name === 'deploy')).toMatchObject({
      conclusion: 'failure'
    })
  })

  it('lets only the app pass a custom deployment protection rule', async () => {
    const id = sim.addRun({
      queuedMs: 0,
      environments: [{ name: 'gated', customRule: true }],
      jobs: [{ name: 'release', environment: 'gated', durationMs: 30 }]
    })
    await untilStatus(sim, id, 'waiting')
    const body = { environment_name: 'gated', state: 'approved', comment: 'All checks green' }
    expect(
      (
        await client(sim, sim.tokens.admin)(
          'POST',
          `${R}/runs/${id}/deployment_protection_rule`,
          body
        )
      ).status
    ).toBe(403)
    const answer = await client(sim, sim.tokens.app)(
      'POST',
      `${R}/runs/${id}/deployment_protection_rule`,
      body
    )
    expect(answer.status).toBe(204)
    expect(answer.text).toBe('')
    expect((await untilStatus(sim, id, 'completed'))['conclusion']).toBe('success')
  })
})

describe('scripting', () => {
  it('plays completed history with several attempts, following per-attempt outcomes', async () => {
    const id = sim.addRun({
      completed: true,
      attempts: 2,
      jobs: [{ name: 'flaky', conclusion: ['failure', 'success'] }]
    })
    expect(runOf(sim, id)).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      run_attempt: 2
    })
    const attempt1 = (await client(sim)('GET', `${R}/runs/${id}/attempts/1`)).json
    expect(attempt1).toMatchObject({ conclusion: 'failure', run_attempt: 1 })
    expect(sim.getJobs(id)).toMatchObject([
      { name: 'flaky', run_attempt: 2, conclusion: 'success' }
    ])
  })

  it('keeps a fork run waiting for approval even when asked to start completed', () => {
    const id = sim.addRun({ completed: true, forkPullRequestNeedingApproval: true })
    expect(runOf(sim, id)).toMatchObject({ status: 'completed', conclusion: 'action_required' })
  })

  it('refuses specs that could never run', () => {
    expect(() => sim.addRun({ jobs: [{ name: 'a', needs: ['missing'] }] })).toThrow(/needs missing/)
    expect(() =>
      sim.addRun({
        jobs: [
          { name: 'a', needs: ['b'] },
          { name: 'b', needs: ['a'] }
        ]
      })
    ).toThrow(/cycle/)
    expect(() => sim.addRun({ jobs: [{ name: 'a', environment: 'prod' }] })).toThrow(
      /environment prod/
    )
  })
})
