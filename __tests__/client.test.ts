import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { API, runFixture, testClient } from './helpers/client.js'

beforeAll(() => nock.disableNetConnect())
afterEach(() => nock.cleanAll())

const RUN = '/repos/octo/demo/actions/runs/42'

function quietWarnings() {
  return jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
}

describe('GitHub client', () => {
  it('sends the API version, a runctl user agent and the token, to a GHES base path', async () => {
    const ghes = 'https://ghes.example.com/api/v3'
    const scope = nock(ghes)
      .get(RUN)
      .matchHeader('x-github-api-version', '2026-03-10')
      .matchHeader('user-agent', /^runctl\/1\.0\.0/)
      .matchHeader('authorization', 'token test-token')
      .reply(200, runFixture({ id: 42 }))
    const client = testClient({ baseUrl: ghes, apiVersion: '2026-03-10' })
    expect((await client.getRun(42)).id).toBe(42)
    scope.done()
  })

  it('lists with per_page=100 across Link pages', async () => {
    const page2 = `${API}/repos/octo/demo/actions/runs/42/jobs?filter=latest&per_page=100&page=2`
    const scope = nock(API)
      .get(`${RUN}/jobs`)
      .query({ filter: 'latest', per_page: '100' })
      .reply(200, { total_count: 2, jobs: [{ id: 1 }] }, { link: `<${page2}>; rel="next"` })
      .get(`${RUN}/jobs`)
      .query({ filter: 'latest', per_page: '100', page: '2' })
      .reply(200, { total_count: 2, jobs: [{ id: 2 }] })
    const client = testClient()
    expect((await client.listJobs(42)).map(job => job.id)).toEqual([1, 2])
    expect(client.stats.requests).toBe(2)
    scope.done()
  })

  it('honours retry-after on a 503 for a GET', async () => {
    const out = quietWarnings()
    const slept: number[] = []
    const scope = nock(API)
      .get(RUN)
      .reply(503, { message: 'busy' }, { 'retry-after': '7' })
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
    const client = testClient({ sleep: async ms => void slept.push(ms) })
    await client.getRun(42)
    expect(slept).toEqual([7])
    expect(out.mock.calls.join('')).toContain(
      '::warning::GitHub answered 503 with retry-after 7s to GET /repos/octo/demo/actions/runs/42; waiting 7 s before retry 1 of 3.'
    )
    out.mockRestore()
    scope.done()
  })

  it('retries a GET on 5xx without retry-after (plugin-retry)', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(502, 'bad gateway')
      .get(RUN)
      .reply(500, 'oops')
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
    await testClient().getRun(42)
    scope.done()
  })

  it('never resends a POST on a 5xx by itself', async () => {
    const scope = nock(API).post(`${RUN}/cancel`).reply(502, 'bad gateway')
    await expect(testClient().cancelRun(42, false)).rejects.toMatchObject({ status: 502 })
    scope.done()
  })

  it('resends a POST after a 429 with retry-after (it was not processed)', async () => {
    const out = quietWarnings()
    const scope = nock(API)
      .post(`${RUN}/cancel`)
      .reply(429, { message: 'slow down' }, { 'retry-after': '1' })
      .post(`${RUN}/cancel`)
      .reply(202, {})
    await testClient().cancelRun(42, false)
    out.mockRestore()
    scope.done()
  })

  it('waits on a secondary rate limit without retry-after (throttling, 60 s)', async () => {
    const out = quietWarnings()
    const scope = nock(API)
      .get(RUN)
      .reply(403, { message: 'You have exceeded a secondary rate limit.' })
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
    const client = testClient()
    await client.getRun(42)
    expect(out.mock.calls.join('')).toContain(
      "::warning::GitHub's secondary rate limit asks to wait (GET /repos/octo/demo/actions/runs/42); waiting 60 s before retry 1 of 3."
    )
    out.mockRestore()
    scope.done()
  })

  it('waits for the reset when the primary limit is exhausted', async () => {
    const out = quietWarnings()
    const reset = Math.floor(Date.now() / 1000) + 3
    const scope = nock(API)
      .get(RUN)
      .reply(
        403,
        { message: 'API rate limit exceeded' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }
      )
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
    await testClient().getRun(42)
    expect(out.mock.calls.join('')).toMatch(
      /::warning::GitHub's API rate limit is exhausted \(GET \/repos\/octo\/demo\/actions\/runs\/42\); waiting \d+ s before retry 1 of 3\./
    )
    out.mockRestore()
    scope.done()
  })

  it('times out a hung request and retries the GET', async () => {
    // A real server: the first request never gets an answer.
    let seen = 0
    const server = http.createServer((_req, res) => {
      if (++seen === 1) return
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify(runFixture({ id: 42 })))
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    nock.enableNetConnect('127.0.0.1')
    try {
      const { port } = server.address() as AddressInfo
      const client = testClient({ baseUrl: `http://127.0.0.1:${port}`, requestTimeoutMs: 200 })
      expect((await client.getRun(42)).id).toBe(42)
      expect(seen).toBe(2)
    } finally {
      server.closeAllConnections()
      server.close()
      nock.disableNetConnect()
    }
  })

  it('answers a poll from its cache on 304 and counts it', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }), { etag: 'W/"abc"' })
      .get(RUN)
      .matchHeader('if-none-match', 'W/"abc"')
      .reply(304, '')
    const client = testClient()
    expect((await client.pollRun(42)).notModified).toBe(false)
    const second = await client.pollRun(42)
    expect(second).toMatchObject({ notModified: true, data: { id: 42 } })
    expect(client.stats).toEqual({ requests: 2, notModified: 1 })
    scope.done()
  })

  it('rejects a truncated 200 body instead of using it', async () => {
    nock(API)
      .get(RUN)
      .times(4)
      .reply(200, '{"id": 42, "html_u', { 'content-type': 'application/json' })
    await expect(testClient().getRun(42)).rejects.toThrow(
      'GitHub answered GET /repos/octo/demo/actions/runs/42 with a body that is not valid JSON of the expected shape.'
    )
  })

  it('mutate checks before resending a POST that may have gone through', async () => {
    const out = quietWarnings()
    const client = testClient()
    const send = jest.fn(async () => {
      throw Object.assign(new Error('reset'), { status: 502 })
    })
    await client.mutate('Re-running run 42', send, async () => true)
    expect(send).toHaveBeenCalledTimes(1)
    const sendTwice = jest
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(Object.assign(new Error('reset'), { status: 502 }))
      .mockResolvedValueOnce(undefined)
    await client.mutate('Re-running run 42', sendTwice, async () => false)
    expect(sendTwice).toHaveBeenCalledTimes(2)
    out.mockRestore()
  })

  it('fetches the log Location without following the redirect', async () => {
    const scope = nock(API)
      .get(`${RUN}/logs`)
      .reply(302, '', { location: 'https://blob.example/logs.zip?sig=secret' })
    const location = await testClient().getLogLocation({ runId: 42 })
    expect(location).toBe('https://blob.example/logs.zip?sig=secret')
    scope.done()
  })
})

describe('request stats', () => {
  it('counts every request actually sent, retries included', async () => {
    nock(API)
      .get(RUN)
      .times(2)
      .reply(502, 'bad gateway')
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
    const client = testClient()
    await client.getRun(42)
    expect(client.stats.requests).toBe(3)
  })
})
