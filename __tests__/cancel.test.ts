import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { cancel } from '../src/operations/cancel.js'
import { presentCancel } from '../src/presenters/cancel.js'
import type { CancelSettings } from '../src/settings.js'
import { API, commonSettings, fakeClock, runFixture, testClient } from './helpers/client.js'

const base: CancelSettings = {
  operation: 'cancel',
  ...commonSettings,
  timeoutSeconds: 60,
  pollIntervalSeconds: 5,
  target: { kind: 'id', runId: 42 },
  force: false,
  wait: false,
  currentRunId: 100,
  currentRepository: 'octo/demo'
}
const deps = () => ({ clock: fakeClock(), env: {} })
const RUN = '/repos/octo/demo/actions/runs/42'

beforeAll(() => nock.disableNetConnect())
afterEach(() => nock.cleanAll())

describe('cancel by id', () => {
  it('cancels a run in progress', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(202, {})
    const result = await cancel(testClient(), base, deps())
    expect(result.outcomes).toMatchObject([{ cancelled: true, run: { id: 42 } }])
    expect(presentCancel(result).outputs).toMatchObject({
      'cancelled-run-ids': '[42]',
      'run-id': '42'
    })
    scope.done()
  })

  it('reports a completed run as not cancelled without calling cancel', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'completed', conclusion: 'success' }))
    const result = await cancel(testClient(), base, deps())
    expect(result.outcomes).toMatchObject([
      { cancelled: false, reason: 'already completed (success)' }
    ])
    expect(presentCancel(result).failure).toBeUndefined()
  })

  it('treats 409 (completed meanwhile) as not cancelled, with the reason', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(409, { message: 'Cannot cancel a workflow run that is completed.' })
    const result = await cancel(testClient(), base, deps())
    expect(result.outcomes).toMatchObject([
      {
        cancelled: false,
        reason: 'already completed: Cannot cancel a workflow run that is completed.'
      }
    ])
  })

  it('explains a server without force-cancel', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/force-cancel`)
      .reply(404, { message: 'Not Found' })
    await expect(cancel(testClient(), { ...base, force: true }, deps())).rejects.toThrow(
      "This server does not support force-cancel (older GitHub Enterprise Server versions lack it); use 'force: false'."
    )
  })

  it('says when the run does not exist', async () => {
    nock(API).get(RUN).reply(404, { message: 'Not Found' })
    await expect(cancel(testClient(), base, deps())).rejects.toThrow(
      'Run 42 was not found in octo/demo: check run-id and repository, and that the token can read Actions there (permissions: actions: read).'
    )
  })

  it('waits until the cancelled run completes', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(202, {})
      .get(RUN)
      .reply(200, runFixture({ id: 42, updated_at: '2026-01-01T00:00:03Z' }), { etag: '"a"' })
      .get(RUN)
      .reply(
        200,
        runFixture({
          id: 42,
          status: 'completed',
          conclusion: 'cancelled',
          updated_at: '2026-01-01T00:00:09Z'
        })
      )
    const result = await cancel(testClient(), { ...base, wait: true }, deps())
    expect(result.outcomes[0]?.run.conclusion).toBe('cancelled')
    expect(presentCancel(result).outputs).toMatchObject({
      status: 'completed',
      conclusion: 'cancelled'
    })
    scope.done()
  })
})

describe('cancel after the write took effect', () => {
  it('reports the cancel done when following it to completion fails', async () => {
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const scope = nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(202, {})
      .get(RUN)
      .times(4)
      .reply(200, '<html>Unicorn!</html>', { 'content-type': 'text/html' })
    const result = await cancel(testClient(), { ...base, wait: true }, deps())
    out.mockRestore()
    expect(result.outcomes[0]).toMatchObject({ cancelled: true })
    expect(result.outcomes[0]?.reason).toMatch(/^cancelled; could not follow it to completion: /)
    const presented = presentCancel(result)
    expect(presented.failure).toBeUndefined()
    expect(presented.outputs).toMatchObject({ 'cancelled-run-ids': '[42]' })
    scope.done()
  })
})

describe('cancel superseded runs by filter', () => {
  const filterSettings: CancelSettings = {
    ...base,
    target: { kind: 'filter', filter: { workflow: 'ci.yml', branch: 'main' } }
  }
  const list = '/repos/octo/demo/actions/workflows/ci.yml/runs'
  const current = runFixture({ id: 100, created_at: '2026-01-01T00:10:00Z' })

  it('cancels older active runs across pages, never the current or newer runs', async () => {
    const older = runFixture({ id: 90, created_at: '2026-01-01T00:05:00Z' })
    const oldest = runFixture({ id: 80, created_at: '2026-01-01T00:01:00Z', status: 'queued' })
    const newer = runFixture({ id: 110, created_at: '2026-01-01T00:20:00Z' })
    const next = `${API}${list}?per_page=100&branch=main&status=in_progress&page=2`
    const scope = nock(API)
      .get('/repos/octo/demo/actions/runs/100')
      .reply(200, current)
      .get(list)
      .query({ per_page: '100', branch: 'main', status: 'in_progress' })
      .reply(
        200,
        { total_count: 3, workflow_runs: [newer, current] },
        { link: `<${next}>; rel="next"` }
      )
      .get(list)
      .query({ per_page: '100', branch: 'main', status: 'in_progress', page: '2' })
      .reply(200, { total_count: 3, workflow_runs: [older] })
      .get(list)
      .query({ per_page: '100', branch: 'main', status: 'queued' })
      .reply(200, { total_count: 1, workflow_runs: [oldest] })
      .get(list)
      .query(query => ['requested', 'pending', 'waiting'].includes(String(query['status'])))
      .times(3)
      .reply(200, { total_count: 0, workflow_runs: [] })
      .post('/repos/octo/demo/actions/runs/80/cancel')
      .reply(202, {})
      .post('/repos/octo/demo/actions/runs/90/cancel')
      .reply(202, {})
    const result = await cancel(testClient(), filterSettings, deps())
    expect(result.outcomes.map(o => o.run.id)).toEqual([80, 90])
    const presentation = presentCancel(result)
    expect(presentation.outputs['cancelled-run-ids']).toBe('[80,90]')
    expect(presentation.summary).toContain('Superseded runs matching workflow ci.yml, branch main.')
    scope.done()
  })

  it('succeeds with nothing to cancel when the filter matches nothing', async () => {
    nock(API)
      .get('/repos/octo/demo/actions/runs/100')
      .reply(200, current)
      .get(list)
      .query(true)
      .times(5)
      .reply(200, { total_count: 0, workflow_runs: [] })
    const result = await cancel(testClient(), filterSettings, deps())
    const presentation = presentCancel(result)
    expect(presentation.outputs['cancelled-run-ids']).toBe('[]')
    expect(presentation.summary).toContain('No run needed cancelling.')
    expect(presentation.failure).toBeUndefined()
  })

  it('refuses a filter on another repository', async () => {
    await expect(
      cancel(testClient(), { ...filterSettings, currentRepository: 'other/repo' }, deps())
    ).rejects.toThrow(
      "Cancelling by filter works only in the current repository (other/repo); give 'run-id' to cancel a run in octo/demo."
    )
  })

  it('escapes branch names in the summary', async () => {
    const branch = '<img src=x onerror=alert(1)>|x'
    const evil = runFixture({ id: 90, created_at: '2026-01-01T00:05:00Z', head_branch: branch })
    nock(API)
      .get('/repos/octo/demo/actions/runs/100')
      .reply(200, current)
      .get(list)
      .query(query => query['status'] === 'in_progress')
      .reply(200, { total_count: 1, workflow_runs: [evil] })
      .get(list)
      .query(true)
      .times(4)
      .reply(200, { total_count: 0, workflow_runs: [] })
      .post('/repos/octo/demo/actions/runs/90/cancel')
      .reply(202, {})
    const settings: CancelSettings = {
      ...filterSettings,
      target: { kind: 'filter', filter: { workflow: 'ci.yml', branch } }
    }
    const summary = presentCancel(await cancel(testClient(), settings, deps())).summary
    expect(summary).not.toContain('<img')
    expect(summary).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;&#124;x')
  })
})
