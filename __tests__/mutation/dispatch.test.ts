/**
 * src/operations/dispatch.ts: the promises StrykerJS found kept by no test that runs the source
 * (issue 22): what is sent, how the run is told from the answer or found in the list, the
 * sentences of each failure, and the lines the step log says.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { httpStatus } from '../../src/github/errors.js'
import { dispatch } from '../../src/operations/dispatch.js'
import type { DispatchSettings } from '../../src/settings.js'
import { API, commonSettings, fakeClock, runFixture, testClient } from '../helpers/client.js'

const DISPATCHES = '/repos/octo/demo/actions/workflows/deploy.yml/dispatches'
const RUNS = '/repos/octo/demo/actions/workflows/deploy.yml/runs'
const GHES = `${API}/api/v3`
const SERVER_DATE = 'Thu, 01 Jan 2026 00:00:00 GMT'

const base: DispatchSettings = {
  operation: 'dispatch',
  ...commonSettings,
  pollIntervalSeconds: 5,
  workflow: 'deploy.yml',
  ref: 'main',
  inputs: { environment: 'prod' },
  wait: false,
  allowedConclusions: ['success'],
  cancelOnTimeout: false
}
const ghes = { ...base, apiUrl: GHES }
let stdout: string[]
/** describeError's sentence for the 502 below, without its full stop. */
const TEMPORARY =
  'GitHub answered 502 to POST /api/v3/repos/octo/demo/actions/workflows/deploy.yml/dispatches: Server Error. GitHub had a server error; writes are not resent blindly, so check the run before trying again'

function lines(): string[] {
  return stdout.join('').split('\n')
}

function dispatched(overrides: Record<string, unknown>) {
  return runFixture({
    event: 'workflow_dispatch',
    created_at: '2026-01-01T00:00:01Z',
    status: 'queued',
    ...overrides
  })
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected the dispatch to fail')
    },
    (error: Error) => error
  )
}

beforeAll(() => nock.disableNetConnect())
beforeEach(() => {
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  nock.cleanAll()
  jest.restoreAllMocks()
})

describe('dispatch: the run named in the answer', () => {
  it('says what it dispatches, which run GitHub named and where it is', async () => {
    nock(API)
      .post(DISPATCHES)
      .reply(200, { workflow_run_id: 77, run_url: 'x', html_url: 'y' })
      .get('/repos/octo/demo/actions/runs/77')
      .reply(200, dispatched({ id: 77 }))
    const result = await dispatch(testClient(), base, { clock: fakeClock(), env: {} })
    expect(result).toMatchObject({ operation: 'dispatch', identifiedBy: 'run-details' })
    expect(lines()).toContain('Dispatching deploy.yml on main in octo/demo.')
    expect(lines()).toContain('GitHub answered with the run it started: 77.')
    expect(lines()).toContain('Dispatched run 77: https://github.test/octo/demo/actions/runs/77')
  })

  it('asks for the run details once the server is known to document them (github.com)', async () => {
    let sent: unknown
    nock(API)
      .get('/repos/octo/demo/actions/runs/5')
      .reply(200, runFixture({ id: 5 }))
      .post(DISPATCHES, body => {
        sent = body
        return true
      })
      .reply(200, { workflow_run_id: 80, run_url: 'x', html_url: 'y' })
      .get('/repos/octo/demo/actions/runs/80')
      .reply(200, dispatched({ id: 80 }))
    const client = testClient()
    await client.getRun(5)
    expect(client.identified).toBe(true)
    await dispatch(client, base, { clock: fakeClock(), env: {} })
    expect(sent).toEqual({ ref: 'main', inputs: { environment: 'prod' }, return_run_details: true })
  })

  it('never asks for run details on a GHES URL, even one written with a trailing slash', async () => {
    let sent: unknown
    nock(GHES)
      .post(DISPATCHES, body => {
        sent = body
        return true
      })
      .reply(200, { workflow_run_id: 81, run_url: 'x', html_url: 'y' })
      .get('/repos/octo/demo/actions/runs/81')
      .reply(200, dispatched({ id: 81 }))
    await dispatch(
      testClient({ baseUrl: GHES }),
      { ...ghes, apiUrl: `${GHES}/` },
      { clock: fakeClock(), env: {} }
    )
    expect(sent).toEqual({ ref: 'main', inputs: { environment: 'prod' } })
  })

  it.each([
    ['no body', null],
    ['a run id of 0', { workflow_run_id: 0 }],
    ['a negative run id', { workflow_run_id: -3 }],
    ['a fractional run id', { workflow_run_id: 1.5 }],
    ['a run id as text', { workflow_run_id: '77' }],
    ['a run id past the safe integers', { workflow_run_id: 2 ** 53 }]
  ])(
    'a 200 with %s: the dispatch took effect; the run is found in the list, with a warning',
    async (_what, body) => {
      const scope = nock(API)
        .post(DISPATCHES)
        .reply(200, body === null ? 'null' : body, { 'content-type': 'application/json' })
        .get('/user')
        .reply(200, { login: 'octo-dev' })
        .get(RUNS)
        .query(query => query['actor'] === 'octo-dev')
        .reply(200, { total_count: 1, workflow_runs: [dispatched({ id: 911 })] })
      const result = await dispatch(testClient(), base, { clock: fakeClock(), env: {} })
      scope.done()
      expect(result).toMatchObject({ identifiedBy: 'best-effort', run: { id: 911 } })
      expect(lines()).toContain(
        '::warning::GitHub accepted the dispatch but its answer could not be read.'
      )
    }
  )
})

describe('dispatch: the run found in the list (204)', () => {
  it('without GitHub time, lists runs created from 10 seconds before the runner sent it, of the branch of a full ref', async () => {
    let query: Record<string, unknown> = {}
    nock(GHES)
      .post(DISPATCHES)
      .reply(204)
      .get('/user')
      .reply(200, { login: 'octo-dev' })
      .get('/repos/octo/demo/actions/workflows/deploy.yml/runs')
      .query(asked => {
        query = asked
        return true
      })
      .reply(200, {
        total_count: 1,
        workflow_runs: [dispatched({ id: 911, head_branch: 'release' })]
      })
    const result = await dispatch(
      testClient({ baseUrl: GHES }),
      { ...ghes, ref: 'refs/heads/release' },
      { clock: fakeClock(Date.parse('2026-01-01T00:00:00Z')), env: {} }
    )
    expect(result.run.id).toBe(911)
    expect(query).toMatchObject({
      branch: 'release',
      actor: 'octo-dev',
      event: 'workflow_dispatch',
      created: '>=2025-12-31T23:59:50Z'
    })
    expect(lines().some(line => line.startsWith('The token does not say'))).toBe(false)
    // A 204 is the documented answer: nothing to warn about.
    expect(stdout.join('')).not.toContain('could not be read')
  })

  it('says when the token does not name its login, and considers every actor', async () => {
    let query: Record<string, unknown> = {}
    nock(GHES)
      .post(DISPATCHES)
      .reply(204, '', { date: SERVER_DATE })
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' })
      .get(RUNS)
      .query(asked => {
        query = asked
        return true
      })
      .reply(200, { total_count: 1, workflow_runs: [dispatched({ id: 911 })] })
    const clock = fakeClock()
    await dispatch(testClient({ baseUrl: GHES, now: clock.now }), ghes, { clock, env: {} })
    expect(query).not.toHaveProperty('actor')
    expect(lines()).toContain(
      'The token does not say which login it acts as (GITHUB_TOKEN or an app): runs by every actor are considered.'
    )
  })

  it('without a marker takes the lowest id among runs created in the same second', async () => {
    nock(GHES)
      .post(DISPATCHES)
      .reply(204, '', { date: SERVER_DATE })
      .get('/user')
      .reply(200, { login: 'octo-dev' })
      .get(RUNS)
      .query(true)
      .reply(200, {
        total_count: 3,
        workflow_runs: [
          dispatched({ id: 913, created_at: '2026-01-01T00:00:02Z' }),
          dispatched({ id: 912, created_at: '2026-01-01T00:00:02Z' }),
          dispatched({ id: 914, created_at: '2026-01-01T00:00:02Z' })
        ]
      })
    const clock = fakeClock()
    const result = await dispatch(testClient({ baseUrl: GHES, now: clock.now }), ghes, {
      clock,
      env: {}
    })
    expect(result.run.id).toBe(912)
  })

  it("with a marker: says it looks for it, and finds it in the run's name when the title lacks it", async () => {
    let marker = ''
    nock(GHES)
      .post(DISPATCHES, (body: { inputs: Record<string, string> }) => {
        marker = body.inputs['dispatch-id'] ?? ''
        return true
      })
      .reply(204, '', { date: SERVER_DATE })
      .get('/user')
      .reply(200, { login: 'octo-dev' })
      .get(RUNS)
      .query(true)
      .reply(() => [
        200,
        {
          total_count: 2,
          workflow_runs: [
            dispatched({ id: 922, display_title: 'Deploy', name: 'Deploy' }),
            dispatched({ id: 921, display_title: 'Deploy', name: `Deploy ${marker}` })
          ]
        }
      ])
    const clock = fakeClock()
    const result = await dispatch(
      testClient({ baseUrl: GHES, now: clock.now }),
      { ...ghes, correlationInput: 'dispatch-id' },
      { clock, env: {} }
    )
    expect(result).toMatchObject({ identifiedBy: 'correlation', run: { id: 921 } })
    expect(lines()).toContain(
      'The server did not say which run it started; looking for the run whose name carries the marker in input dispatch-id.'
    )
  })
})

describe('dispatch: refused or failed', () => {
  it('a 404 naming the permission: one sentence saying what the token needs if it exists', async () => {
    nock(API)
      .post(DISPATCHES)
      .reply(404, { message: 'Not Found' }, { 'x-accepted-github-permissions': 'actions=write' })
    const error = await rejection(dispatch(testClient(), base, { clock: fakeClock(), env: {} }))
    expect(error.message).toBe(
      'Workflow deploy.yml was not found in octo/demo: check workflow and repository; if it exists, the token needs actions: write on octo/demo.'
    )
  })

  it("a 403 naming the permission: GitHub's words without their full stop, and what the token lacks", async () => {
    nock(API)
      .post(DISPATCHES)
      .reply(
        403,
        { message: 'Resource not accessible by integration. See the docs.' },
        { 'x-accepted-github-permissions': 'actions=write' }
      )
    const error = await rejection(dispatch(testClient(), base, { clock: fakeClock(), env: {} }))
    expect(error.message).toMatch(
      /^GitHub refused to dispatch deploy\.yml on main \(403: Resource not accessible by integration\. See the docs\): the token needs actions: write on octo\/demo/
    )
  })

  it('a 422: GitHub\'s reason without "Invalid request." and with one full stop', async () => {
    nock(API)
      .post(DISPATCHES)
      .reply(422, { message: "Invalid request.\n\nInput 'env.name' is not allowed." })
    const error = await rejection(dispatch(testClient(), base, { clock: fakeClock(), env: {} }))
    expect(error.message).toBe(
      "GitHub refused to dispatch deploy.yml on main: Input 'env.name' is not allowed."
    )
  })

  it('passes an error that is neither known nor temporary through', async () => {
    nock(API).post(DISPATCHES).reply(400, { message: 'Bad request' })
    const error = await rejection(dispatch(testClient(), base, { clock: fakeClock(), env: {} }))
    expect(httpStatus(error)).toBe(400)
    expect(error.message).not.toContain('temporary error')
  })

  it('after a temporary failure, says it looks for the marker, and that the run it found was dispatched', async () => {
    let marker = ''
    nock(GHES)
      .post(DISPATCHES, (body: { inputs: Record<string, string> }) => {
        marker = body.inputs['dispatch-id'] ?? ''
        return true
      })
      .reply(502, { message: 'Server Error.' })
      .get(RUNS)
      .query(true)
      .reply(() => [
        200,
        { total_count: 1, workflow_runs: [dispatched({ id: 921, display_title: marker })] }
      ])
    const result = await dispatch(
      testClient({ baseUrl: GHES }),
      { ...ghes, correlationInput: 'dispatch-id' },
      { clock: fakeClock(), env: {} }
    )
    expect(result.run.id).toBe(921)
    expect(lines()).toContain(
      'The dispatch failed with a temporary error and may have been dispatched all the same; looking for the run carrying its marker instead of dispatching again.'
    )
    const warning = lines().find(line => line.startsWith('::warning::Dispatching deploy.yml'))
    expect(warning).toBe(
      `::warning::Dispatching deploy.yml failed with a temporary error (${TEMPORARY}), but the workflow was dispatched: run 921 carries this dispatch's marker in input dispatch-id.`
    )
  })

  it('after a temporary failure with a marker that no run shows: the run may have started', async () => {
    nock(GHES)
      .post(DISPATCHES)
      .reply(502, { message: 'Server Error.' })
      .get(RUNS)
      .query(true)
      .times(1000)
      .optionally()
      .reply(200, { total_count: 0, workflow_runs: [] })
    const error = await rejection(
      dispatch(
        testClient({ baseUrl: GHES }),
        { ...ghes, correlationInput: 'dispatch-id' },
        { clock: fakeClock(), env: {} }
      )
    )
    expect(error.message).toBe(
      `Dispatching deploy.yml failed with a temporary error (${TEMPORARY}) and the run may have started anyway: check the Actions tab before dispatching again.`
    )
  })
})

describe('dispatch with wait: true', () => {
  it('polls no faster than once a second and reports the wait as wait-for-run, timed on the clock', async () => {
    nock(API)
      .post(DISPATCHES)
      .reply(200, { workflow_run_id: 79, run_url: 'x', html_url: 'y' })
      .get('/repos/octo/demo/actions/runs/79')
      .reply(200, dispatched({ id: 79 }))
      .get('/repos/octo/demo/actions/runs/79')
      .reply(200, dispatched({ id: 79, status: 'in_progress' }))
      .get('/repos/octo/demo/actions/runs/79')
      .reply(200, dispatched({ id: 79, status: 'completed', conclusion: 'success' }))
      .get('/repos/octo/demo/actions/runs/79/jobs')
      .query(true)
      .times(3)
      .optionally()
      .reply(200, { total_count: 0, jobs: [] })
    const clock = fakeClock()
    const started = clock.now()
    const result = await dispatch(testClient(), { ...base, wait: true }, { clock, env: {} })
    expect(result.wait?.operation).toBe('wait-for-run')
    // The poll loop backs off from 1 s up to poll-interval-seconds: never faster than 1 s.
    expect(clock.slept.length).toBeGreaterThan(0)
    expect(Math.min(...clock.slept)).toBeGreaterThanOrEqual(1000)
    expect(result.wait?.waitedMs).toBe(clock.now() - started)
    expect(result.wait?.waitedMs).toBeGreaterThan(0)
  })
})
