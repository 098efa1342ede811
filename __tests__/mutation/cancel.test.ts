/**
 * cancel's promises at the unit level, each stated so that Stryker's mutant of it fails a test:
 * the force-cancel check against the server's description, the filter's rules (never a completed,
 * current or newer run; oldest first), what the wait does and does not do, the error sentences,
 * and the lines a user reads in the log.
 */
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { cancel } from '../../src/operations/cancel.js'
import type { CancelSettings } from '../../src/settings.js'
import { API, commonSettings, fakeClock, runFixture, testClient } from '../helpers/client.js'

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
const RUN = '/repos/octo/demo/actions/runs/42'

beforeAll(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  jest.restoreAllMocks()
})

/** What the action printed, line by line, while `body` ran. */
async function printed<T>(body: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const chunks: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    chunks.push(String(chunk))
    return true
  })
  const result = await body()
  return {
    result,
    lines: chunks
      .join('')
      .split('\n')
      .filter(line => line !== '')
  }
}

describe('cancel by id', () => {
  it('cancels without waiting when wait is off: nothing is read after the cancel', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(202, {})
    const { result, lines } = await printed(() =>
      cancel(testClient(), base, { clock: fakeClock(), env: {} })
    )
    expect(result).toEqual({
      operation: 'cancel',
      force: false,
      outcomes: [{ run: expect.objectContaining({ id: 42 }), cancelled: true }],
      filter: undefined,
      waited: false,
      stillRunning: []
    })
    expect(lines).toContain('Cancelled run 42: https://github.test/octo/demo/actions/runs/42')
    scope.done()
  })

  it('says force-cancelled for a force-cancel', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/force-cancel`)
      .reply(202, {})
    const { result, lines } = await printed(() =>
      cancel(testClient(), { ...base, force: true }, { clock: fakeClock(), env: {} })
    )
    expect(result.force).toBe(true)
    expect(lines).toContain('Force-cancelled run 42: https://github.test/octo/demo/actions/runs/42')
  })

  it('refuses force on a server whose description has no force-cancel, before sending anything', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }), { 'x-github-enterprise-version': '3.10.0' })
    await expect(
      cancel(testClient(), { ...base, force: true }, { clock: fakeClock(), env: {} })
    ).rejects.toThrow(
      /^GitHub Enterprise Server 3\.10(\.0)? does not offer force-cancel \(its REST API has no POST …\/runs\/\{run_id\}\/force-cancel\)\. Use 'force: false'\.$/
    )
  })

  it('leaves a completed run without a conclusion alone, and says so in the log', async () => {
    const { result, lines } = await printed(() => {
      nock(API)
        .get(RUN)
        .reply(200, runFixture({ id: 42, status: 'completed', conclusion: null }))
      return cancel(testClient(), base, { clock: fakeClock(), env: {} })
    })
    expect(result.outcomes).toEqual([
      {
        run: expect.objectContaining({ id: 42 }),
        cancelled: false,
        reason: 'already completed (no conclusion)'
      }
    ])
    expect(lines).toContain(
      'Did not cancel run 42: already completed (no conclusion). https://github.test/octo/demo/actions/runs/42'
    )
  })

  it('names GitHub’s 409 when it gave no message', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(409, '')
    const result = await cancel(testClient(), base, { clock: fakeClock(), env: {} })
    expect(result.outcomes[0]?.reason).toBe('already completed: GitHub answered 409')
  })

  it('reads a 404 without force as the run’s, not as a missing force-cancel', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(404, { message: 'Not Found' })
    const error = await cancel(testClient(), base, { clock: fakeClock(), env: {} }).catch(
      (caught: unknown) => caught
    )
    expect(String(error)).not.toContain('force-cancel')
  })

  it('gives a force-cancel refused with 403 the 403 sentence, not the missing-endpoint one', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/force-cancel`)
      .reply(403, { message: 'Resource not accessible by integration' })
    await expect(
      cancel(testClient(), { ...base, force: true }, { clock: fakeClock(), env: {} })
    ).rejects.toThrow(
      'GitHub refused to cancel run 42 (403: Resource not accessible by integration)'
    )
  })

  it('gives the 403 sentence only to a 403: a 422 keeps its own', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(422, { message: 'Unprocessable.' })
    const error = await cancel(testClient(), base, { clock: fakeClock(), env: {} }).catch(
      (caught: unknown) => caught
    )
    expect(String(error)).not.toContain('GitHub refused to cancel')
  })

  it('tells a 403 with GitHub’s message (only its final full stop dropped) and the permission', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(403, { message: 'Resource not accessible by integration v1.2.' })
    await expect(cancel(testClient(), base, { clock: fakeClock(), env: {} })).rejects.toThrow(
      "GitHub refused to cancel run 42 (403: Resource not accessible by integration v1.2): the token needs 'permissions: actions: write'."
    )
  })

  it('checks an unanswered cancel by reading the run, and counts it done when the run completed', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(502, 'Bad gateway')
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'completed', conclusion: 'cancelled' }))
    const { result, lines } = await printed(() =>
      cancel(testClient(), base, { clock: fakeClock(), env: {} })
    )
    expect(result.outcomes).toMatchObject([{ cancelled: true }])
    // The write check names what was sent.
    expect(lines.some(line => line.startsWith('::warning::Cancelling run 42 '))).toBe(true)
    scope.done()
  })
})

describe('cancel, then wait', () => {
  it('polls at poll-interval-seconds and reports a run still running when the budget ends', async () => {
    const clock = fakeClock()
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(202, {})
      .get(RUN)
      .times(100)
      .reply(200, runFixture({ id: 42 }))
    // A cancelled run ends in seconds: no request for the workflow's history to predict its end.
    const unmatched: string[] = []
    const record = (request: { path: string }) => unmatched.push(request.path)
    nock.emitter.on('no match', record)
    const result = await cancel(
      testClient(),
      { ...base, wait: true, timeoutSeconds: 30, pollIntervalSeconds: 5 },
      { clock, env: {} }
    ).finally(() => nock.emitter.removeListener('no match', record))
    expect(unmatched).toEqual([])
    expect(result.waited).toBe(true)
    expect(result.stillRunning).toEqual([42])
    // Polls back off from a second up to the interval, never beyond it.
    expect(clock.slept.every(ms => ms >= 1000 && ms <= 5000)).toBe(true)
    expect(clock.slept).toContain(5000)
  })

  it('does not list a run that completed in the wait as still running', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(202, {})
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'completed', conclusion: 'cancelled' }))
    const result = await cancel(
      testClient(),
      { ...base, wait: true },
      { clock: fakeClock(), env: {} }
    )
    expect(result.stillRunning).toEqual([])
    expect(result.outcomes[0]).toEqual({
      run: expect.objectContaining({ id: 42, conclusion: 'cancelled' }),
      cancelled: true
    })
  })

  it('does not wait for a run it did not cancel', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42, status: 'completed', conclusion: 'success' }))
    const result = await cancel(
      testClient(),
      { ...base, wait: true },
      { clock: fakeClock(), env: {} }
    )
    expect(result.outcomes).toEqual([
      {
        run: expect.objectContaining({ id: 42 }),
        cancelled: false,
        reason: 'already completed (success)'
      }
    ])
    expect(result.stillRunning).toEqual([])
    scope.done()
  })

  it('warns in one line when it cannot follow a cancelled run to completion', async () => {
    nock(API)
      .get(RUN)
      .reply(200, runFixture({ id: 42 }))
      .post(`${RUN}/cancel`)
      .reply(202, {})
      .get(RUN)
      .times(4)
      .reply(200, '<html>Unicorn!</html>', { 'content-type': 'text/html' })
    const { result, lines } = await printed(() =>
      cancel(testClient(), { ...base, wait: true }, { clock: fakeClock(), env: {} })
    )
    const reason = result.outcomes[0]?.reason ?? ''
    expect(reason).toMatch(/^cancelled; could not follow it to completion: ./)
    expect(lines).toContain(`::warning::Run 42 was ${reason}`)
  })
})

describe('cancel by filter', () => {
  const filterSettings: CancelSettings = {
    ...base,
    target: { kind: 'filter', filter: { workflow: 'ci.yml', branch: 'main' } }
  }
  const list = '/repos/octo/demo/actions/workflows/ci.yml/runs'
  const current = runFixture({ id: 100, created_at: '2026-01-01T00:10:00Z' })

  /** The current run, then `runs` for in_progress and nothing for the other active statuses. */
  function listing(runs: object[]) {
    return nock(API)
      .get('/repos/octo/demo/actions/runs/100')
      .reply(200, current)
      .get(list)
      .query({ per_page: '100', branch: 'main', status: 'in_progress' })
      .reply(200, { total_count: runs.length, workflow_runs: runs })
      .get(list)
      .query(query => query['status'] !== 'in_progress')
      .times(4)
      .reply(200, { total_count: 0, workflow_runs: [] })
  }

  it('cancels oldest first, whatever order GitHub listed them in, and says how many matched', async () => {
    const middle = runFixture({ id: 85, created_at: '2026-01-01T00:03:00Z' })
    const oldest = runFixture({ id: 90, created_at: '2026-01-01T00:01:00Z' })
    const newest = runFixture({ id: 80, created_at: '2026-01-01T00:05:00Z' })
    const scope = listing([middle, newest, oldest])
    for (const id of [90, 85, 80]) {
      scope.post(`/repos/octo/demo/actions/runs/${id}/cancel`).reply(202, {})
    }
    const { result, lines } = await printed(() =>
      cancel(testClient(), filterSettings, { clock: fakeClock(), env: {} })
    )
    expect(result.outcomes.map(outcome => outcome.run.id)).toEqual([90, 85, 80])
    expect(result.filter).toBe('workflow ci.yml, branch main')
    expect(lines).toContain('3 superseded run(s) match workflow ci.yml, branch main.')
    scope.done()
  })

  it('never cancels a run listed as active that has completed meanwhile', async () => {
    const done = runFixture({
      id: 90,
      created_at: '2026-01-01T00:01:00Z',
      status: 'completed',
      conclusion: 'success'
    })
    const scope = listing([done])
    const result = await cancel(testClient(), filterSettings, { clock: fakeClock(), env: {} })
    expect(result.outcomes).toEqual([])
    scope.done()
  })

  it('never cancels a run created in the same second as the current one', async () => {
    const twin = runFixture({ id: 99, created_at: '2026-01-01T00:10:00Z' })
    const scope = listing([twin])
    const result = await cancel(testClient(), filterSettings, { clock: fakeClock(), env: {} })
    expect(result.outcomes).toEqual([])
    scope.done()
  })

  it('works outside a workflow run’s repository check when GITHUB_REPOSITORY is unknown', async () => {
    const scope = listing([])
    const result = await cancel(
      testClient(),
      { ...filterSettings, currentRepository: undefined },
      { clock: fakeClock(), env: {} }
    )
    expect(result.outcomes).toEqual([])
    scope.done()
  })

  it('needs the current run’s id, in one sentence', async () => {
    await expect(
      cancel(
        testClient(),
        { ...filterSettings, currentRunId: undefined },
        { clock: fakeClock(), env: {} }
      )
    ).rejects.toThrow(
      "Cancelling by filter needs GITHUB_RUN_ID (it cancels runs created before the current one); outside a workflow run, give 'run-id'."
    )
  })
})
