/** Fault rules answer instead of the simulator, per route, N times or always. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'
import { R, client, rawGet } from './support.js'

let sim: Simulator
let runId: number
const RUN = '/repos/{owner}/{repo}/actions/runs/{run_id}'

beforeAll(async () => {
  sim = await startSimulator()
  runId = sim.addRun({ completed: true })
})
afterAll(() => sim.close())
beforeEach(() => sim.clearFaults())

const rawRun = (timeoutMs: number) =>
  rawGet(
    `${sim.apiUrl}${R}/runs/${runId}`,
    { authorization: `token ${sim.tokens.githubToken}`, 'user-agent': 'faults-test' },
    timeoutMs
  )

describe('fault injection', () => {
  it('bursts a status N times on one route, then recovers', async () => {
    sim.addFault({ path: RUN, method: 'GET', times: 2, kind: 'status', status: 502 })
    const call = client(sim)
    expect((await call('GET', `${R}/runs/${runId}`)).status).toBe(502)
    expect((await call('GET', `${R}/runs`)).status).toBe(200)
    expect((await call('GET', `${R}/runs/${runId}`)).status).toBe(502)
    expect((await call('GET', `${R}/runs/${runId}`)).status).toBe(200)
    const faulted = sim.requests.filter(r => r.fault === 'status')
    expect(faulted.every(r => r.status === 502 && !r.countedAgainstRateLimit)).toBe(true)
  })

  it('answers secondary rate limits with and without retry-after', async () => {
    sim.addFault({ path: RUN, kind: 'secondary-rate-limit', status: 403, retryAfterSeconds: 7 })
    sim.addFault({ path: RUN, kind: 'secondary-rate-limit', status: 429 })
    const call = client(sim)
    const first = await call('GET', `${R}/runs/${runId}`)
    expect(first.status).toBe(403)
    expect(first.headers.get('retry-after')).toBe('7')
    expect((first.json as { message: string }).message).toMatch(/secondary rate limit/)
    const second = await call('GET', `${R}/runs/${runId}`)
    expect(second.status).toBe(429)
    expect(second.headers.get('retry-after')).toBeNull()
  })

  it('answers primary limit exhaustion with remaining 0 and a reset time', async () => {
    sim.addFault({ path: /\/runs$/, kind: 'primary-rate-limit', status: 429, resetInSeconds: 30 })
    const answer = await client(sim)('GET', `${R}/runs`)
    expect(answer.status).toBe(429)
    expect(answer.headers.get('x-ratelimit-remaining')).toBe('0')
    const reset = Number(answer.headers.get('x-ratelimit-reset'))
    expect(reset).toBeGreaterThan(Date.now() / 1000 + 20)
    expect((answer.json as { message: string }).message).toMatch(/^API rate limit exceeded/)
  })

  it('resets the connection mid-body', async () => {
    sim.addFault({ path: `${R}/runs/${runId}`, kind: 'connection-reset' })
    const result = await rawRun(2000)
    expect(result.status).toBe(200)
    expect(result.error).toBe('reset')
    expect(() => JSON.parse(result.body)).toThrow()
    expect(result.body.length).toBeGreaterThan(0)
  })

  it('hangs without answering', async () => {
    sim.addFault({ path: RUN, kind: 'hang', times: Infinity })
    expect((await rawRun(300)).error).toBe('timeout')
    expect((await rawRun(300)).error).toBe('timeout')
  })

  it('serves truncated JSON with a 200', async () => {
    sim.addFault({ path: RUN, kind: 'malformed-json' })
    const answer = await client(sim)('GET', `${R}/runs/${runId}`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toContain('application/json')
    expect(() => JSON.parse(answer.text)).toThrow()
  })

  it('serves an HTML page or an empty body with a 200', async () => {
    sim.addFault({ path: RUN, kind: 'html' })
    sim.addFault({ path: RUN, kind: 'empty-body' })
    const call = client(sim)
    const html = await call('GET', `${R}/runs/${runId}`)
    expect([html.status, html.headers.get('content-type')]).toEqual([
      200,
      'text/html; charset=utf-8'
    ])
    expect(html.text).toContain('Unicorn!')
    const empty = await call('GET', `${R}/runs/${runId}`)
    expect([empty.status, empty.text]).toEqual([200, ''])
  })

  it("answers 401, 403 and 404 with GitHub's messages", async () => {
    for (const [status, message] of [
      [401, 'Bad credentials'],
      [403, 'Resource not accessible by integration'],
      [404, 'Not Found']
    ] as const) {
      sim.addFault({ path: RUN, kind: 'status', status })
      const answer = await client(sim)('GET', `${R}/runs/${runId}`)
      expect([answer.status, (answer.json as { message: string }).message]).toEqual([
        status,
        message
      ])
    }
  })

  it('applies a write, then never answers', async () => {
    const running = sim.addRun({ jobs: [{ name: 'build', durationMs: 60_000 }] })
    sim.addFault({ path: `${R}/runs/${running}/cancel`, kind: 'apply-then-hang' })
    const cancelled = fetch(`${sim.apiUrl}${R}/runs/${running}/cancel`, {
      method: 'POST',
      headers: { authorization: `token ${sim.tokens.githubToken}`, 'user-agent': 'faults-test' },
      signal: AbortSignal.timeout(300)
    })
    await expect(cancelled).rejects.toThrow()
    const deadline = Date.now() + 5000
    const status = () => (sim.getRun(running) as { status?: string }).status
    while (status() !== 'completed' && Date.now() < deadline) {
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    expect(sim.getRun(running)).toMatchObject({ status: 'completed', conclusion: 'cancelled' })
  })

  it('empties a list page, or drops its items, keeping total_count', async () => {
    sim.addFault({ path: `${R}/runs/${runId}/jobs`, kind: 'empty-page' })
    sim.addFault({ path: `${R}/runs/${runId}/jobs`, kind: 'empty-page', drop: true })
    const call = client(sim)
    const emptied = (await call('GET', `${R}/runs/${runId}/jobs`)).json as Record<string, unknown>
    expect(emptied).toEqual({ total_count: 1, jobs: [] })
    const dropped = (await call('GET', `${R}/runs/${runId}/jobs`)).json as Record<string, unknown>
    expect(dropped).toEqual({ total_count: 1 })
  })

  it('adds a next-page Link to another origin', async () => {
    sim.addFault({
      path: `${R}/runs/${runId}/jobs`,
      kind: 'foreign-link',
      url: `${sim.blobUrl}/steal`
    })
    const answer = await client(sim)('GET', `${R}/runs/${runId}/jobs`)
    expect(answer.headers.get('link')).toBe(`<${sim.blobUrl}/steal>; rel="next"`)
    expect((answer.json as { total_count: number }).total_count).toBe(1)
  })

  it('fails blob downloads too', async () => {
    sim.addFault({ host: 'blob', path: /logs\.zip$/, kind: 'status', status: 503 })
    const location =
      (await client(sim)('GET', `${R}/runs/${runId}/logs`)).headers.get('location') ?? ''
    expect((await fetch(location)).status).toBe(503)
    expect((await fetch(location)).status).toBe(200)
  })
})
