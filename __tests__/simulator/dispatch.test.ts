/** Workflow dispatch as each product answers it, and the concurrent dispatches tests rely on. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'
import { R, client, eventually, sleep } from './support.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

interface RunsList {
  workflow_runs: { id: number; actor: { login: string }; display_title: string; event: string }[]
}

async function runsOf(s: Simulator, workflow: string): Promise<RunsList['workflow_runs']> {
  return ((await client(s)('GET', `${R}/workflows/${workflow}/runs`)).json as RunsList)
    .workflow_runs
}

describe('POST …/workflows/{workflow_id}/dispatches', () => {
  it('github.com: 200 with the new run when asked (2022-11-28), and always under 2026-03-10', async () => {
    sim = await startSimulator({ flavour: 'github.com' })
    sim.addWorkflow({ file: 'deploy.yml', inputs: { id: {} }, runName: 'Deploy ${{ inputs.id }}' })
    const call = client(sim)
    const asked = await call('POST', `${R}/workflows/deploy.yml/dispatches`, {
      ref: 'main',
      inputs: { id: 'abc' },
      return_run_details: true
    })
    expect(asked.status).toBe(200)
    const id = (asked.json as { workflow_run_id: number }).workflow_run_id
    expect(asked.json).toEqual({
      workflow_run_id: id,
      run_url: `${sim.apiUrl}/repos/octo/demo/actions/runs/${id}`,
      html_url: `https://github.com/octo/demo/actions/runs/${id}`
    })
    expect(sim.getRun(id)).toMatchObject({
      event: 'workflow_dispatch',
      display_title: 'Deploy abc',
      head_branch: 'main',
      actor: { login: 'github-actions[bot]' }
    })
    const plain = await call('POST', `${R}/workflows/deploy.yml/dispatches`, { ref: 'main' })
    expect(plain.status).toBe(204)
    const v2026 = { 'x-github-api-version': '2026-03-10' }
    const latest = await call(
      'POST',
      `${R}/workflows/deploy.yml/dispatches`,
      { ref: 'main' },
      v2026
    )
    expect(latest.status).toBe(200)
    const flagged = await call(
      'POST',
      `${R}/workflows/deploy.yml/dispatches`,
      { ref: 'main', return_run_details: true },
      v2026
    )
    expect(flagged.status).toBe(422)
  })

  it('ghes-legacy: always 204; the run appears in lists a moment later', async () => {
    sim = await startSimulator({ flavour: 'ghes-legacy' })
    sim.addWorkflow({ file: 'deploy.yml', appearAfterMs: 200 })
    const answer = await client(sim)('POST', `${R}/workflows/deploy.yml/dispatches`, {
      ref: 'refs/heads/main'
    })
    expect(answer.status).toBe(204)
    expect(await runsOf(sim, 'deploy.yml')).toEqual([])
    await sleep(250)
    expect(await runsOf(sim, 'deploy.yml')).toMatchObject([
      { event: 'workflow_dispatch', display_title: 'Deploy' }
    ])
    const flagged = await client(sim)('POST', `${R}/workflows/deploy.yml/dispatches`, {
      ref: 'main',
      return_run_details: true
    })
    expect(flagged.status).toBe(422)
  })

  it('starts the concurrent dispatches of others around the client’s own run', async () => {
    sim = await startSimulator({ flavour: 'ghes-3.21' })
    sim.addWorkflow({
      file: 'deploy.yml',
      inputs: { id: { default: 'none' } },
      runName: 'Deploy ${{ inputs.id }} by ${{ github.actor }}',
      appearAfterMs: 100,
      concurrentDispatches: [
        { actor: 'octo-dev', offsetMs: -50, inputs: { id: 'theirs' } },
        { actor: 'github-actions[bot]', offsetMs: 100 }
      ]
    })
    const answer = await client(sim)('POST', `${R}/workflows/deploy.yml/dispatches`, {
      ref: 'main',
      inputs: { id: 'mine' }
    })
    expect(answer.status).toBe(204)
    const runs = await eventually(async () => {
      const listed = await runsOf(sim as Simulator, 'deploy.yml')
      return listed.length === 3 ? listed : undefined
    })
    // Newest first: the same actor a moment later, ours, someone else's just before ours.
    expect(runs.map(r => [r.actor.login, r.display_title])).toEqual([
      ['github-actions[bot]', 'Deploy none by github-actions[bot]'],
      ['github-actions[bot]', 'Deploy mine by github-actions[bot]'],
      ['octo-dev', 'Deploy theirs by octo-dev']
    ])
  })

  it('answers 404 for an unknown workflow and 422 for what GitHub refuses', async () => {
    sim = await startSimulator({ flavour: 'github.com' })
    sim.addWorkflow({ file: 'deploy.yml', inputs: { env: { required: true } } })
    sim.addWorkflow({ file: 'push-only.yml', dispatchable: false })
    const call = client(sim)
    const post = (workflow: string, body: unknown) =>
      call('POST', `${R}/workflows/${workflow}/dispatches`, body)
    expect((await post('nope.yml', { ref: 'main' })).status).toBe(404)
    const refusals = [
      await post('push-only.yml', { ref: 'main' }),
      await post('deploy.yml', { inputs: { env: 'x' } }),
      await post('deploy.yml', { ref: 'no-such-branch', inputs: { env: 'x' } }),
      await post('deploy.yml', { ref: 'main' }),
      await post('deploy.yml', { ref: 'main', inputs: { env: 'x', other: 'y' } }),
      await post('deploy.yml', { ref: 'main', inputs: { env: true } })
    ]
    expect(refusals.map(r => [r.status, (r.json as { message?: string })?.message])).toEqual([
      [422, "Invalid request.\n\nWorkflow does not have 'workflow_dispatch' trigger"],
      [422, 'Invalid request.\n\n"ref" wasn\'t supplied.'],
      [422, 'Invalid request.\n\nNo ref found for: no-such-branch'],
      [422, "Invalid request.\n\nRequired input 'env' not provided"],
      [422, 'Invalid request.\n\nUnexpected inputs provided: ["other"]'],
      [422, "Invalid request.\n\nFor 'properties/env', true is not a string."]
    ])
    expect(sim.requests.filter(r => r.method === 'POST').map(r => r.body)).toContainEqual({
      ref: 'main',
      inputs: { env: true }
    })
  })
})
