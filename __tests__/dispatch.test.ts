import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { dispatch } from '../src/operations/dispatch.js'
import { presentDispatch } from '../src/presenters/dispatch.js'
import type { DispatchSettings } from '../src/settings.js'
import { API, commonSettings, fakeClock, runFixture, testClient } from './helpers/client.js'

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

beforeAll(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  jest.restoreAllMocks()
})

function quiet() {
  return jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
}

function dispatched(overrides: Record<string, unknown>) {
  return runFixture({
    event: 'workflow_dispatch',
    created_at: '2026-01-01T00:00:01Z',
    status: 'queued',
    ...overrides
  })
}

describe('dispatch', () => {
  it('takes the run from the answer where the server names it: one POST, no list', async () => {
    quiet()
    let sent: unknown
    const scope = nock(API)
      .post(DISPATCHES, body => {
        sent = body
        return true
      })
      .reply(200, {
        workflow_run_id: 77,
        run_url: `${API}/repos/octo/demo/actions/runs/77`,
        html_url: 'https://github.test/octo/demo/actions/runs/77'
      })
      .get('/repos/octo/demo/actions/runs/77')
      .reply(200, dispatched({ id: 77 }))
    const result = await dispatch(testClient(), base, { clock: fakeClock(), env: {} })
    expect(sent).toEqual({ ref: 'main', inputs: { environment: 'prod' }, return_run_details: true })
    expect(result).toMatchObject({ identifiedBy: 'run-details', run: { id: 77 } })
    scope.done()
  })

  it('does not ask for run details once the server has named itself as GHES (no description documents it)', async () => {
    quiet()
    let sent: unknown
    nock(API)
      .get('/repos/octo/demo/actions/runs/5')
      .reply(200, runFixture({ id: 5 }), { 'x-github-enterprise-version': '3.19.4' })
      .post(DISPATCHES, body => {
        sent = body
        return true
      })
      .reply(200, { workflow_run_id: 80, run_url: 'x', html_url: 'y' })
      .get('/repos/octo/demo/actions/runs/80')
      .reply(200, dispatched({ id: 80 }))
    const client = testClient()
    await client.getRun(5)
    await dispatch(client, base, { clock: fakeClock(), env: {} })
    expect(sent).toEqual({ ref: 'main', inputs: { environment: 'prod' } })
  })

  it('does not send return_run_details under 2026-03-10, which always answers with the run', async () => {
    quiet()
    let sent: unknown
    nock(API)
      .post(DISPATCHES, body => {
        sent = body
        return true
      })
      .reply(200, { workflow_run_id: 78, run_url: 'x', html_url: 'y' })
      .get('/repos/octo/demo/actions/runs/78')
      .reply(200, dispatched({ id: 78 }))
    const client = testClient({ apiVersion: '2026-03-10' })
    await dispatch(client, { ...base, apiVersion: '2026-03-10' }, { clock: fakeClock(), env: {} })
    expect(sent).toEqual({ ref: 'main', inputs: { environment: 'prod' } })
  })

  it('on a 204 finds its own run by the marker, past runs others dispatched at the same time', async () => {
    quiet()
    const clock = fakeClock()
    let marker = ''
    const scope = nock(GHES)
      .post(
        DISPATCHES,
        (body: { inputs: Record<string, string>; return_run_details?: boolean }) => {
          marker = body.inputs['dispatch-id'] ?? ''
          return body.return_run_details === undefined && body.inputs['environment'] === 'prod'
        }
      )
      .reply(204, '', { date: SERVER_DATE })
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' })
      .get(RUNS)
      .query(query => {
        expect(query).toMatchObject({
          branch: 'main',
          event: 'workflow_dispatch',
          created: '>=2026-01-01T00:00:00Z'
        })
        return true
      })
      .reply(200, { total_count: 0, workflow_runs: [] }, { etag: '"empty"' })
      .get(RUNS)
      .query(true)
      .reply(() => [
        200,
        {
          total_count: 3,
          workflow_runs: [
            dispatched({ id: 903, display_title: 'Deploy runctl-someone-else' }),
            dispatched({ id: 902, display_title: `Deploy ${marker}` }),
            dispatched({ id: 901, display_title: 'Deploy' })
          ]
        }
      ])
    const result = await dispatch(
      testClient({ baseUrl: GHES, now: clock.now }),
      { ...ghes, correlationInput: 'dispatch-id' },
      { clock, env: {} }
    )
    expect(marker).toMatch(/^runctl-[0-9a-f-]{36}$/)
    expect(result).toMatchObject({ identifiedBy: 'correlation', run: { id: 902 } })
    expect(result.inputs).toEqual({ environment: 'prod', 'dispatch-id': marker })
    // poll-interval-seconds bounds the time between listings.
    expect(clock.slept.every(ms => ms > 0 && ms <= 5000)).toBe(true)
    scope.done()
  })

  it('without a marker takes the oldest run by this actor after the dispatch, and says it is a best effort', async () => {
    const out = quiet()
    nock(GHES)
      .post(DISPATCHES)
      .reply(204, '', { date: SERVER_DATE })
      .get('/user')
      .reply(200, { login: 'octo-dev' })
      .get(RUNS)
      .query(query => query['actor'] === 'octo-dev')
      .reply(200, {
        total_count: 2,
        workflow_runs: [
          dispatched({ id: 912, created_at: '2026-01-01T00:00:03Z' }),
          dispatched({ id: 911, created_at: '2026-01-01T00:00:02Z' })
        ]
      })
    const clock = fakeClock()
    const result = await dispatch(testClient({ baseUrl: GHES, now: clock.now }), ghes, {
      clock,
      env: {}
    })
    expect(result).toMatchObject({ identifiedBy: 'best-effort', run: { id: 911 } })
    expect(out.mock.calls.join('')).toContain(
      '::warning::The server did not say which run it started'
    )
    expect(presentDispatch(result).summary).toContain('best effort')
  })

  it('says when runs appear without the marker: the run-name does not show the input', async () => {
    const out = quiet()
    const clock = fakeClock()
    nock(GHES)
      .post(DISPATCHES)
      .reply(204, '', { date: SERVER_DATE })
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' })
      .get(RUNS)
      .query(true)
      .reply(
        200,
        { total_count: 1, workflow_runs: [dispatched({ id: 931, display_title: 'Deploy' })] },
        { etag: '"x"' }
      )
      .get(RUNS)
      .query(true)
      .times(100)
      .optionally()
      .reply(304, '', { etag: '"x"' })
    await expect(
      dispatch(
        testClient({ baseUrl: GHES, now: clock.now }),
        { ...ghes, timeoutSeconds: 60, correlationInput: 'dispatch-id' },
        { clock, env: {} }
      )
    ).rejects.toThrow(
      'Dispatched deploy.yml on main, but no run of it carrying the marker of input dispatch-id appeared within 60 seconds: check that the workflow shows that input in its run-name.'
    )
    const printed = out.mock.calls.join('')
    expect(printed.match(/none with runctl's marker in its name/g)).toHaveLength(1)
    expect(printed).toContain("check that the workflow's run-name shows ${{ inputs.dispatch-id }}.")
  })

  it('turns a 404 into one sentence naming the workflow and repository', async () => {
    nock(API).post(DISPATCHES).reply(404, { message: 'Not Found' })
    await expect(dispatch(testClient(), base, { clock: fakeClock(), env: {} })).rejects.toThrow(
      new Error('Workflow deploy.yml does not exist in octo/demo (or the token cannot see it).')
    )
  })

  it('passes on what GitHub refused (422) in one sentence', async () => {
    nock(API)
      .post(DISPATCHES)
      .reply(422, { message: "Invalid request.\n\nRequired input 'environment' not provided" })
    await expect(dispatch(testClient(), base, { clock: fakeClock(), env: {} })).rejects.toThrow(
      "GitHub refused to dispatch deploy.yml on main: Required input 'environment' not provided."
    )
  })

  it('after a failure that may have been applied, never resends: finds the run by its marker', async () => {
    quiet()
    let marker = ''
    const scope = nock(GHES)
      .post(DISPATCHES, (body: { inputs: Record<string, string> }) => {
        marker = body.inputs['dispatch-id'] ?? ''
        return true
      })
      .reply(502, { message: 'Server Error' })
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
    expect(result).toMatchObject({ identifiedBy: 'correlation', run: { id: 921 } })
    scope.done()
  })

  it('after a failure that may have been applied, without a marker says the run may have started', async () => {
    quiet()
    nock(API).post(DISPATCHES).reply(503, { message: 'Service Unavailable' })
    await expect(dispatch(testClient(), base, { clock: fakeClock(), env: {} })).rejects.toThrow(
      /^Dispatching deploy\.yml failed with a temporary error \(.*\) and the run may have started anyway: check the Actions tab before dispatching again \(correlation-input lets runctl check this itself\)\.$/
    )
  })

  it('waits for the run with wait: true and reports like wait-for-run', async () => {
    quiet()
    nock(API)
      .post(DISPATCHES)
      .reply(200, { workflow_run_id: 79, run_url: 'x', html_url: 'y' })
      .get('/repos/octo/demo/actions/runs/79')
      .reply(200, dispatched({ id: 79 }))
      .get('/repos/octo/demo/actions/runs/79')
      .reply(200, dispatched({ id: 79, status: 'completed', conclusion: 'failure' }))
      .get('/repos/octo/demo/actions/runs/79/jobs')
      .query(true)
      .reply(200, { total_count: 0, jobs: [] })
    const result = await dispatch(
      testClient(),
      { ...base, wait: true, inputs: { note: '<b>|x' } },
      { clock: fakeClock(), env: {} }
    )
    const shown = presentDispatch(result)
    expect(shown.outputs).toMatchObject({ 'run-id': '79', conclusion: 'failure' })
    expect(shown.failure).toMatch(/^Run 79 concluded failure, which is not in allowed-conclusions/)
    expect(shown.summary).toContain('&lt;b&gt;&#124;x')
    expect(shown.summary).not.toContain('<b>')
  })
})
