/**
 * The transport's protections (src/github/octokit.ts, client.ts): one time budget for every
 * request and wait, reads retried until their body is usable, pages checked, the token kept
 * within the API's origin. Each test fails when its protection is removed.
 */
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Deadline, GRACE_MS, systemClock } from '../src/clock.js'
import { createGitHubClient } from '../src/github/client.js'
import { BudgetError, MalformedResponseError, TransportError } from '../src/github/errors.js'
import { requestTimeoutMs } from '../src/github/octokit.js'
import { API, fakeClock, jobFixture, runFixture, testClient } from './helpers/client.js'

beforeAll(() => nock.disableNetConnect())
afterEach(() => nock.cleanAll())

const RUN = '/repos/octo/demo/actions/runs/42'
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' }

/** A budget on a clock that stands still: what is left never depends on the machine's speed. */
function budget(seconds: number) {
  return new Deadline(fakeClock(), seconds)
}

function quietly() {
  return jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure')
}

/** A real local server (hangs and resets need sockets); `answer` decides per request. */
async function withServer(
  answer: (seen: number, req: http.IncomingMessage, res: http.ServerResponse) => void,
  body: (baseUrl: string) => Promise<void>
) {
  let seen = 0
  const server = http.createServer((req, res) => answer(++seen, req, res))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  nock.enableNetConnect('127.0.0.1')
  try {
    await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  } finally {
    server.closeAllConnections()
    server.close()
    nock.disableNetConnect()
  }
  return seen
}

describe('one time budget', () => {
  it('gives each request the smaller of its cap and the time left, then only the grace', () => {
    const clock = fakeClock()
    const deadline = new Deadline(clock, 20)
    expect(requestTimeoutMs(60_000, deadline)).toBe(20_000)
    expect(requestTimeoutMs(5_000, deadline)).toBe(5_000)
    void clock.sleep(19_500)
    expect(requestTimeoutMs(60_000, deadline)).toBe(GRACE_MS + 500)
    void clock.sleep(500 + GRACE_MS)
    expect(requestTimeoutMs(60_000, deadline)).toBe(1)
    expect(requestTimeoutMs(60_000, undefined)).toBe(60_000)
  })

  it('ends a hung request when the budget ends, in the one budget sentence, not as a status', async () => {
    const out = quietly()
    let error: Error | undefined
    const seen = await withServer(
      () => undefined, // never answers
      async baseUrl => {
        const client = testClient({ baseUrl, deadline: new Deadline(systemClock, 1.5) })
        error = await failureOf(client.getRun(42))
      }
    )
    out.mockRestore()
    // Cut at the budget's 1.5 s, not the 15 s cap, and said as the budget running out.
    expect(error).toBeInstanceOf(BudgetError)
    expect(error?.message).toBe(
      "The time budget (timeout-seconds: 1.5) ran out while waiting for an answer to GET /repos/octo/demo/actions/runs/42; raise 'timeout-seconds'."
    )
    // No time was left to try again.
    expect(seen).toBe(1)
  })

  it('retries a read whose connection failed, and never resends a write', async () => {
    const out = quietly()
    const seen = await withServer(
      (n, _req, res) => {
        if (n === 1) return res.socket?.destroy()
        res.writeHead(200, JSON_TYPE).end(JSON.stringify(runFixture({ id: 42 })))
      },
      async baseUrl => {
        expect((await testClient({ baseUrl }).getRun(42)).id).toBe(42)
      }
    )
    expect(seen).toBe(2)
    let error: Error | undefined
    const posts = await withServer(
      (_n, _req, res) => void res.socket?.destroy(),
      async baseUrl => {
        error = await failureOf(testClient({ baseUrl }).cancelRun(42, false))
      }
    )
    out.mockRestore()
    expect(posts).toBe(1)
    expect(error).toBeInstanceOf(TransportError)
    expect(error?.message).toMatch(
      /^The connection to GitHub failed on POST \/repos\/octo\/demo\/actions\/runs\/42\/cancel \(.+\)\.$/
    )
  })

  it('fails at once when a retry-after wait cannot fit, saying until when and what to raise', async () => {
    const slept: number[] = []
    const scope = nock(API).get(RUN).reply(503, { message: 'busy' }, { 'retry-after': '120' })
    const error = await failureOf(
      testClient({
        deadline: budget(20),
        timeScale: 1,
        sleep: async ms => void slept.push(ms)
      }).getRun(42)
    )
    expect(error).toBeInstanceOf(BudgetError)
    expect(error.message).toMatch(
      /^GitHub answered 503 to GET \/repos\/octo\/demo\/actions\/runs\/42 asking to wait \(retry-after\) until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(120 s from now\), which does not fit in the 20 s left of timeout-seconds \(20\); raise 'timeout-seconds' to wait for it\.$/
    )
    expect(slept).toEqual([])
    scope.done()
  })

  it('does not sleep toward a primary rate-limit reset an hour ahead', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600
    const scope = nock(API)
      .get(RUN)
      .reply(
        403,
        { message: 'API rate limit exceeded for user ID 1.' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }
      )
    const error = await failureOf(testClient({ timeScale: 1, deadline: budget(20) }).getRun(42))
    expect(error).toBeInstanceOf(BudgetError)
    const at = new Date(reset * 1000).toISOString().replace(/\.\d+Z$/, 'Z')
    expect(error.message).toContain(`GitHub's API rate limit is exhausted until ${at}`)
    expect(error.message).toContain("raise 'timeout-seconds'")
    scope.done()
  })

  it('does not wait 60 s for a secondary limit without retry-after when 20 s are left', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(403, { message: 'You have exceeded a secondary rate limit.' })
    const error = await failureOf(testClient({ timeScale: 1, deadline: budget(20) }).getRun(42))
    expect(error).toBeInstanceOf(BudgetError)
    expect(error.message).toMatch(
      /^GitHub's secondary rate limit asks to wait until .+Z \(60 s from now\), which does not fit in the 20 s left of timeout-seconds \(20\); raise 'timeout-seconds' to wait for it\.$/
    )
    scope.done()
  })

  it('waits the minute GitHub prescribes after a secondary limit without retry-after, then asks again', async () => {
    const out = quietly()
    const slept: number[] = []
    const scope = nock(API)
      .get(RUN)
      .reply(403, { message: 'You have exceeded a secondary rate limit.' })
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
    const client = testClient({
      timeScale: 1,
      deadline: budget(600),
      sleep: async ms => void slept.push(ms)
    })
    try {
      expect((await client.getRun(42)).id).toBe(42)
    } finally {
      out.mockRestore()
    }
    expect(slept).toEqual([60_000])
    scope.done()
  })

  it("waits until a second past a primary reset, counted on GitHub's clock, then asks again", async () => {
    const out = quietly()
    const slept: number[] = []
    // GitHub's clock is an hour behind this machine's; the reset is 90 s after GitHub's now.
    const githubNow = Date.now() - 3_600_000
    const reset = Math.floor(githubNow / 1000) + 90
    const scope = nock(API)
      .get(RUN)
      .reply(
        403,
        { message: 'API rate limit exceeded for installation ID 1.' },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
          date: new Date(githubNow).toUTCString()
        }
      )
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
    const client = testClient({
      timeScale: 1,
      deadline: budget(600),
      sleep: async ms => void slept.push(ms)
    })
    try {
      expect((await client.getRun(42)).id).toBe(42)
    } finally {
      out.mockRestore()
    }
    // Date has whole seconds: 90 or 91 s to the reset, and one more.
    expect(slept).toHaveLength(1)
    expect([91_000, 92_000]).toContain(slept[0])
    scope.done()
  })

  it("stops plugin-retry's back-off on a 5xx once the next wait would not fit", async () => {
    // Back-off of 1 s then 4 s, at 10 ms a second: 10 ms fits in 30 ms, 40 ms does not.
    const scope = nock(API).get(RUN).times(2).reply(502, { message: 'Server Error' })
    const error = await failureOf(
      testClient({ timeScale: 0.01, deadline: budget(0.03) }).getRun(42)
    )
    expect(error).toMatchObject({ status: 502 })
    scope.done()
  })

  it('refuses to send a request once the budget and its grace are spent', async () => {
    const clock = fakeClock()
    const deadline = new Deadline(clock, 1)
    await clock.sleep(1000 + GRACE_MS)
    const error = await failureOf(testClient({ deadline }).getRun(42))
    expect(error).toBeInstanceOf(BudgetError)
    expect(error.message).toBe(
      "The time budget (timeout-seconds: 1) ran out before GET /repos/octo/demo/actions/runs/42 could be sent; raise 'timeout-seconds'."
    )
  })

  it('waits as long as GitHub asks unless a test passes the timeScale option', async () => {
    const out = quietly()
    const options = {
      token: 't',
      baseUrl: API,
      apiVersion: '2022-11-28',
      owner: 'octo',
      repo: 'demo',
      fetch: (url: string, init?: Record<string, unknown>) =>
        globalThis.fetch(url, init as RequestInit)
    }
    const sleptWith = async (timeScale: number | undefined) => {
      const slept: number[] = []
      nock(API)
        .get(RUN)
        .reply(503, { message: 'busy' }, { 'retry-after': '2' })
        .get(RUN)
        .reply(200, runFixture({ id: 42 }))
      // Without the key at all when not given: a factory filling it from the environment would show.
      const client = createGitHubClient({
        ...options,
        ...(timeScale === undefined ? {} : { timeScale }),
        sleep: async ms => void slept.push(ms)
      })
      await client.getRun(42)
      return slept
    }
    try {
      expect(await sleptWith(undefined)).toEqual([2000])
      expect(await sleptWith(0.01)).toEqual([20])
    } finally {
      out.mockRestore()
    }
  })
})

describe('writes are spaced', () => {
  it('waits before a write that follows another too soon, never before a read or the first write', async () => {
    const scope = nock(API)
      .post(`${RUN}/cancel`)
      .times(2)
      .reply(202, {})
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
    const slept: number[] = []
    // A "second" of 100 s: whatever this machine's speed, the second write is well inside it.
    const client = testClient({ timeScale: 100, sleep: async ms => void slept.push(ms) })
    await client.cancelRun(42, false)
    expect(slept).toEqual([])
    await client.getRun(42)
    expect(slept).toEqual([])
    await client.cancelRun(42, false)
    expect(slept).toHaveLength(1)
    expect(slept[0]).toBeGreaterThan(50_000)
    expect(slept[0]).toBeLessThanOrEqual(100_000)
    scope.done()
  })
})

describe('reads are retried until their body is usable', () => {
  it.each([
    ['truncated JSON', '{"id": 42, "html_u', JSON_TYPE],
    ['an HTML page', '<html><body>Unicorn!</body></html>', { 'content-type': 'text/html' }],
    ['an empty body', '', JSON_TYPE],
    ['JSON of the wrong shape', '{"message":"ok"}', JSON_TYPE]
  ])('retries %s on the first read', async (_what, body, headers) => {
    const out = quietly()
    const scope = nock(API)
      .get(RUN)
      .reply(200, body, headers)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
    expect((await testClient().getRun(42)).id).toBe(42)
    expect(out.mock.calls.join('')).toContain(
      '::warning::GitHub answered GET /repos/octo/demo/actions/runs/42 with a body that is not valid JSON of the expected shape. Trying again in 1 s (retry 1 of 3).'
    )
    out.mockRestore()
    scope.done()
  })

  it('retries a body cut mid-way by a reset, on a later conditional poll too', async () => {
    const out = quietly()
    const whole = JSON.stringify(runFixture({ id: 42 }))
    const seen = await withServer(
      (n, _req, res) => {
        if (n === 2) {
          res.writeHead(200, { ...JSON_TYPE, 'content-length': String(whole.length) })
          return void res.write(whole.slice(0, 20), () => res.socket?.destroy())
        }
        res.writeHead(200, { ...JSON_TYPE, etag: `W/"${n}"` }).end(whole)
      },
      async baseUrl => {
        const client = testClient({ baseUrl })
        expect((await client.pollRun(42)).data.id).toBe(42)
        expect((await client.pollRun(42)).data.id).toBe(42)
      }
    )
    out.mockRestore()
    expect(seen).toBe(3)
  })

  it('fails a read that never becomes usable in one sentence, without the body', async () => {
    const out = quietly()
    nock(API)
      .get(RUN)
      .times(4)
      .reply(200, '<html>secret page</html>', { 'content-type': 'text/html' })
    const error = await failureOf(testClient().getRun(42))
    out.mockRestore()
    expect(error).toBeInstanceOf(MalformedResponseError)
    expect(error.message).toBe(
      'GitHub answered GET /repos/octo/demo/actions/runs/42 with a body that is not valid JSON of the expected shape.'
    )
  })
})

describe('every page of a list is checked', () => {
  const page2 = `${API}${RUN}/jobs?filter=latest&per_page=100&page=2`

  it.each([
    ['a page with a count but no jobs array', { total_count: 2 }],
    ['a page emptied while the count says 2', { total_count: 2, jobs: [] }],
    ['an HTML page', '<html>Unicorn!</html>']
  ])('retries %s instead of reading "0 jobs"', async (_what, bad) => {
    const out = quietly()
    const scope = nock(API)
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, bad as never, typeof bad === 'string' ? { 'content-type': 'text/html' } : {})
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(
        200,
        { total_count: 2, jobs: [jobFixture({ id: 1 })] },
        { link: `<${page2}>; rel="next"` }
      )
      .get(`${RUN}/jobs`)
      .query({ filter: 'latest', per_page: '100', page: '2' })
      .reply(200, bad as never, typeof bad === 'string' ? { 'content-type': 'text/html' } : {})
      .get(`${RUN}/jobs`)
      .query({ filter: 'latest', per_page: '100', page: '2' })
      .reply(200, { total_count: 2, jobs: [jobFixture({ id: 2 })] })
    // The first read fails once, then page 2 fails once: both retried.
    expect((await testClient().listJobs(42)).map(job => job.id)).toEqual([1, 2])
    out.mockRestore()
    scope.done()
  })

  it('fails, never answers "no jobs", when a page stays wrong', async () => {
    const out = quietly()
    nock(API).get(`${RUN}/jobs`).query(true).times(4).reply(200, { total_count: 3 })
    const error = await failureOf(testClient().listJobs(42))
    out.mockRestore()
    expect(error).toBeInstanceOf(MalformedResponseError)
    expect(error.message).toMatch(
      /^GitHub answered GET \/repos\/octo\/demo\/actions\/runs\/42\/jobs/
    )
    expect(error.message).not.toContain('Cannot use')
  })
})

describe('the token stays home', () => {
  it('refuses a pagination link to another origin before sending anything there', async () => {
    const foreign = nock('https://elsewhere.test')
      .get(/.*/)
      .reply(200, { total_count: 2, jobs: [] })
    const scope = nock(API)
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(
        200,
        { total_count: 2, jobs: [jobFixture({ id: 1 })] },
        { link: '<https://elsewhere.test/steal?page=2>; rel="next"' }
      )
    const error = await failureOf(testClient().listJobs(42))
    expect(error.message).toBe(
      `GitHub's answer pointed GET to another origin (https://elsewhere.test, not ${API}), for example in a pagination link; runctl refused to send the token there.`
    )
    expect(foreign.isDone()).toBe(false)
    scope.done()
  })

  it('still follows a pagination link within the API origin', async () => {
    const page2 = `${API}/repos/octo/demo/actions/runs?per_page=100&page=2`
    const scope = nock(API)
      .get('/repos/octo/demo/actions/runs')
      .query(true)
      .reply(
        200,
        { total_count: 2, workflow_runs: [runFixture({ id: 1 })] },
        { link: `<${page2}>; rel="next"` }
      )
      .get('/repos/octo/demo/actions/runs')
      .query({ per_page: '100', page: '2' })
      .reply(200, { total_count: 2, workflow_runs: [runFixture({ id: 2 })] })
    expect((await testClient().listRuns({})).map(run => run.id)).toEqual([1, 2])
    scope.done()
  })
})

describe('a write that may have taken effect', () => {
  it('is reported done when the check after a timeout finds it applied', async () => {
    const out = quietly()
    const client = testClient({ deadline: budget(20) })
    const send = jest.fn(async () => {
      throw new TransportError('timeout', 'POST', '/cancel', '20')
    })
    await client.mutate('Cancelling run 42', send, async () => true)
    expect(send).toHaveBeenCalledTimes(1)
    out.mockRestore()
  })

  it('says the outcome is unknown, in one sentence, when the check fails too', async () => {
    const out = quietly()
    const client = testClient({ deadline: budget(20) })
    const error = await failureOf(
      client.mutate(
        'Cancelling run 42',
        async () => {
          throw new TransportError(
            'timeout',
            'POST',
            '/repos/octo/demo/actions/runs/42/cancel',
            '20'
          )
        },
        async () => {
          throw new TransportError('timeout', 'GET', '/repos/octo/demo/actions/runs/42', '4')
        }
      )
    )
    out.mockRestore()
    expect(error.message).toBe(
      'Cancelling run 42 failed (GitHub did not answer POST /repos/octo/demo/actions/runs/42/cancel within 20 s) and whether it took effect could not be checked (GitHub did not answer GET /repos/octo/demo/actions/runs/42 within 4 s); look at the run before trying again.'
    )
  })

  it('never pauses past the budget before checking', async () => {
    const out = quietly()
    const slept: number[] = []
    const client = testClient({
      deadline: budget(0.5),
      timeScale: 1,
      sleep: async ms => void slept.push(ms)
    })
    await client.mutate(
      'Re-running run 42',
      async () => {
        throw new TransportError('network', 'POST', '/rerun', 'reset')
      },
      async () => true
    )
    out.mockRestore()
    expect(slept).toEqual([500])
  })
})
