/** Runs advancing on the simulator's clock, conditional requests, rate limits, lists and filters. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'
import { R, client, rawGet, runOf, sleep } from './support.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

interface Job {
  id: number
  name: string
  status: string
  conclusion: string | null
  run_attempt: number
  created_at: string
  started_at: string
  completed_at: string | null
  steps: {
    name: string
    status: string
    conclusion: string | null
    started_at: string | null
    completed_at: string | null
  }[]
}

describe('a run advances queued → in_progress → completed on its own clock', () => {
  it('moves through the statuses with a derived conclusion and consistent timestamps', async () => {
    // A clock moved by hand: each status is seen however loaded the machine is.
    let t = Date.now()
    const sim = await startSimulator({ now: () => t })
    try {
      await movesThroughStatuses(sim, (ms: number) => (t += ms))
    } finally {
      await sim.close()
    }
  })

  async function movesThroughStatuses(sim: Simulator, advance: (ms: number) => void) {
    const id = sim.addRun({
      queuedMs: 100,
      jobs: [
        { name: 'build', durationMs: 150 },
        { name: 'test', needs: ['build'], durationMs: 150, conclusion: 'failure' }
      ]
    })
    expect(runOf(sim, id)).toMatchObject({ status: 'queued', conclusion: null, run_attempt: 1 })
    advance(150)
    expect(runOf(sim, id)).toMatchObject({ status: 'in_progress', conclusion: null })
    advance(1000)
    const done = runOf(sim, id)
    expect(done).toMatchObject({ status: 'completed', conclusion: 'failure' })

    const jobs = ((await client(sim)('GET', `${R}/runs/${id}/jobs`)).json as { jobs: Job[] }).jobs
    const [build, test] = jobs as [Job, Job]
    expect(build).toMatchObject({ name: 'build', status: 'completed', conclusion: 'success' })
    expect(test).toMatchObject({ name: 'test', status: 'completed', conclusion: 'failure' })
    // A job that needs another starts when it ends; steps tile the job's time.
    expect(Date.parse(test.started_at)).toBeGreaterThanOrEqual(Date.parse(build.completed_at ?? ''))
    expect(test.steps.map(s => s.conclusion)).toEqual(['success', 'failure', 'success'])
    expect(test.steps[0]?.started_at).toBe(test.started_at)
    expect(test.steps[2]?.completed_at).toBe(test.completed_at)
    expect(Date.parse(build.created_at)).toBeLessThanOrEqual(Date.parse(build.started_at))
    expect(done['updated_at']).toBe(test.completed_at)
  }

  it('shows a failed need as skipping its dependents', async () => {
    const id = sim.addRun({
      completed: true,
      jobs: [
        { name: 'build', conclusion: 'failure' },
        { name: 'deploy', needs: ['build'] }
      ]
    })
    const jobs = ((await client(sim)('GET', `${R}/runs/${id}/jobs`)).json as { jobs: Job[] }).jobs
    expect(jobs.map(j => [j.name, j.conclusion, j.steps.length])).toEqual([
      ['build', 'failure', 3],
      ['deploy', 'skipped', 0]
    ])
  })

  it('shows steps in progress mid-job', async () => {
    const id = sim.addRun({ queuedMs: 0, jobs: [{ name: 'slow', durationMs: 3000 }] })
    await sleep(200)
    const [job] = ((await client(sim)('GET', `${R}/runs/${id}/jobs`)).json as { jobs: Job[] }).jobs
    expect(job?.status).toBe('in_progress')
    expect(job?.steps.map(s => s.status)).toEqual(['in_progress', 'queued', 'queued'])
    expect(job?.completed_at).toBeNull()
  })
})

describe('ETag, If-None-Match and the rate limit', () => {
  it('keeps ETag and updated_at while nothing changes, answers 304 for free, and changes them on a real change', async () => {
    const limited = await startSimulator({ rateLimit: 50 })
    try {
      const call = client(limited)
      // Queued long enough for three requests on a busy machine, then in progress for a minute.
      const id = limited.addRun({ queuedMs: 1500, jobs: [{ name: 'build', durationMs: 60_000 }] })
      const first = await call('GET', `${R}/runs/${id}`)
      const etag = first.headers.get('etag') ?? ''
      expect(etag).toMatch(/^W\/"[0-9a-f]{64}"$/)
      expect(first.headers.get('x-ratelimit-remaining')).toBe('49')

      const again = await call('GET', `${R}/runs/${id}`)
      expect(again.headers.get('etag')).toBe(etag)
      expect((again.json as { updated_at: string }).updated_at).toBe(
        (first.json as { updated_at: string }).updated_at
      )

      const notModified = await call('GET', `${R}/runs/${id}`, undefined, { 'if-none-match': etag })
      expect(notModified.status).toBe(304)
      expect(notModified.text).toBe('')
      expect(notModified.headers.get('x-ratelimit-remaining')).toBe('48')
      expect(limited.requests.at(-1)).toMatchObject({ status: 304, countedAgainstRateLimit: false })

      // Asked again (304s are free) until the run starts: no assumption on how fast this machine is.
      let changed = await call('GET', `${R}/runs/${id}`, undefined, { 'if-none-match': etag })
      while (changed.status === 304) {
        await sleep(100)
        changed = await call('GET', `${R}/runs/${id}`, undefined, { 'if-none-match': etag })
      }
      expect(changed.status).toBe(200)
      expect(changed.headers.get('etag')).not.toBe(etag)
      expect((changed.json as { status: string }).status).toBe('in_progress')
      expect((changed.json as { updated_at: string }).updated_at).not.toBe(
        (first.json as { updated_at: string }).updated_at
      )
    } finally {
      await limited.close()
    }
  })

  it('keeps ETags per token', async () => {
    const id = sim.addRun({ completed: true })
    const asBot = await client(sim)('GET', `${R}/runs/${id}`)
    const asReviewer = await client(sim, sim.tokens.reviewer)('GET', `${R}/runs/${id}`, undefined, {
      'if-none-match': asBot.headers.get('etag') ?? ''
    })
    expect(asReviewer.status).toBe(200)
  })

  it('exhausts a per-token budget with 403 and remaining 0, other tokens unaffected', async () => {
    const limited = await startSimulator({ rateLimit: 3 })
    try {
      const call = client(limited)
      for (let i = 0; i < 3; i++) expect((await call('GET', `${R}/runs`)).status).toBe(200)
      const refused = await call('GET', `${R}/runs`)
      expect(refused.status).toBe(403)
      expect((refused.json as { message: string }).message).toMatch(
        /^API rate limit exceeded for user ID \d+\.$/
      )
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0')
      expect(Number(refused.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
      expect(refused.headers.get('x-ratelimit-limit')).toBe('3')
      expect((await client(limited, limited.tokens.admin)('GET', `${R}/runs`)).status).toBe(200)
    } finally {
      await limited.close()
    }
  })
})

describe('authentication and request checks', () => {
  it('requires a known token, a User-Agent and a supported API version', async () => {
    const bare = await fetch(`${sim.apiUrl}${R}/runs`, { headers: { 'user-agent': 'x' } })
    expect(bare.status).toBe(401)
    expect(await bare.json()).toMatchObject({ message: 'Requires authentication' })
    expect((await client(sim, 'ghp_wrong')('GET', `${R}/runs`)).status).toBe(401)
    // fetch always sends a User-Agent; a bare request need not.
    const noAgent = await rawGet(
      `${sim.apiUrl}${R}/runs`,
      { authorization: `token ${sim.tokens.admin}` },
      2000
    )
    expect(noAgent.status).toBe(403)
    expect(noAgent.body).toContain('User-Agent')
    const badVersion = await client(sim)('GET', `${R}/runs`, undefined, {
      'x-github-api-version': '2020-01-01'
    })
    expect(badVersion.status).toBe(400)
    expect((badVersion.json as { message: string }).message).toContain(
      '"2020-01-01", is not a supported version'
    )
    expect(
      (await client(sim)('GET', `${R}/runs`, undefined, { 'x-github-api-version': '2026-03-10' }))
        .status
    ).toBe(200)
    const logged = sim.requests.find(r => r.status === 401 && !r.headers.authorization)
    expect(logged).toMatchObject({
      host: 'api',
      method: 'GET',
      path: `${R}/runs`,
      countedAgainstRateLimit: false
    })
  })

  it('answers 404 for unknown repositories, runs and paths', async () => {
    const call = client(sim)
    expect((await call('GET', '/repos/octo/nope/actions/runs')).status).toBe(404)
    expect((await call('GET', `${R}/runs/123`)).status).toBe(404)
    expect((await call('GET', `${R}/runs/abc`)).status).toBe(404)
    expect((await call('GET', '/rate_limit')).status).toBe(404)
  })
})

describe('lists', () => {
  let repo: Simulator
  beforeAll(async () => {
    repo = await startSimulator()
    const base = Date.parse('2026-03-01T12:00:00Z')
    for (let i = 0; i < 7; i++) {
      repo.addRun({
        repository: 'octo/lists',
        completed: true,
        createdAt: base + i * 86_400_000,
        branch: i % 2 === 0 ? 'main' : 'dev',
        event: i < 3 ? 'push' : 'pull_request',
        workflow: i < 5 ? 'ci.yml' : 'deploy.yml',
        headSha: i === 4 ? 'f'.repeat(40) : undefined,
        jobs: [{ name: 'build', conclusion: i === 6 ? 'failure' : 'success' }]
      })
    }
    repo.addRun({ repository: 'octo/lists', queuedMs: 60_000 })
  })
  afterAll(() => repo.close())

  const L = '/repos/octo/lists/actions'
  const count = async (query: string) =>
    ((await client(repo)('GET', `${L}/runs${query}`)).json as { total_count: number }).total_count

  it('filters by branch, event, status (or conclusion), head_sha and created', async () => {
    expect(await count('')).toBe(8)
    expect(await count('?branch=dev')).toBe(3)
    expect(await count('?event=pull_request')).toBe(4)
    expect(await count('?status=completed')).toBe(7)
    expect(await count('?status=queued')).toBe(1)
    expect(await count('?status=failure')).toBe(1)
    expect(await count(`?head_sha=${'f'.repeat(40)}`)).toBe(1)
    expect(await count('?created=2026-03-02')).toBe(1)
    expect(await count('?created=>=2026-03-05')).toBe(4)
    expect(await count('?created=<=2026-03-02')).toBe(2)
    expect(await count('?created=>2026-03-06')).toBe(2)
    expect(await count('?created=<2026-03-02')).toBe(1)
    expect(await count('?created=2026-03-02..2026-03-04')).toBe(3)
    expect(await count('?created=2026-03-06..*')).toBe(3)
    expect((await client(repo)('GET', `${L}/runs?created=yesterday`)).status).toBe(422)
  })

  it('lists per workflow by file name or id', async () => {
    const byFile = (await client(repo)('GET', `${L}/workflows/deploy.yml/runs`)).json as {
      total_count: number
      workflow_runs: { workflow_id: number }[]
    }
    expect(byFile.total_count).toBe(2)
    const workflowId = byFile.workflow_runs[0]?.workflow_id
    expect(
      (
        (await client(repo)('GET', `${L}/workflows/${workflowId}/runs`)).json as {
          total_count: number
        }
      ).total_count
    ).toBe(2)
    expect((await client(repo)('GET', `${L}/workflows/none.yml/runs`)).status).toBe(404)
  })

  it('pages with Link headers, newest first, per_page capped at 100', async () => {
    const call = client(repo)
    const first = await call('GET', `${L}/runs?per_page=3`)
    const link = first.headers.get('link') ?? ''
    expect(link).toContain('rel="next"')
    expect(link).toContain('rel="last"')
    expect(link).toContain(`${repo.apiUrl}${L}/runs?per_page=3&page=2`)
    expect(link).toContain('page=3>; rel="last"')
    const runs = (first.json as { workflow_runs: { created_at: string }[] }).workflow_runs
    expect(runs).toHaveLength(3)
    expect(Date.parse(runs[0]?.created_at ?? '')).toBeGreaterThan(
      Date.parse(runs[1]?.created_at ?? '')
    )
    const last = await call('GET', `${L}/runs?per_page=3&page=3`)
    expect(last.headers.get('link')).toContain('rel="prev"')
    expect(last.headers.get('link')).not.toContain('rel="next"')
    expect((last.json as { workflow_runs: unknown[] }).workflow_runs).toHaveLength(2)
    const capped = await call('GET', `${L}/runs?per_page=500`)
    expect((capped.json as { workflow_runs: unknown[] }).workflow_runs).toHaveLength(8)
    expect(capped.headers.get('link')).toBeNull()
  })
})

describe('a 1,000-job run', () => {
  it('pages through 1,000 jobs, 100 a page', async () => {
    const jobs = Array.from({ length: 1000 }, (_, i) => ({
      name: `shard ${i + 1}`,
      durationMs: 50
    }))
    const id = sim.addRun({ completed: true, jobs })
    const call = client(sim)
    let page = 1
    let seen = 0
    for (;;) {
      const answer = await call('GET', `${R}/runs/${id}/jobs?per_page=100&page=${page}`)
      const body = answer.json as { total_count: number; jobs: unknown[] }
      expect(body.total_count).toBe(1000)
      seen += body.jobs.length
      if (!answer.headers.get('link')?.includes('rel="next"')) break
      page += 1
    }
    expect(seen).toBe(1000)
    expect(page).toBe(10)
  })
})
