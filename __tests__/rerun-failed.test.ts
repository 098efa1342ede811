import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { globMatches } from '../src/glob.js'
import { rerunFailed } from '../src/operations/rerun-failed.js'
import { presentRerunFailed } from '../src/presenters/rerun-failed.js'
import type { RerunFailedSettings } from '../src/settings.js'
import { OperationError } from '../src/github/errors.js'
import {
  API,
  commonSettings,
  fakeClock,
  jobFixture,
  runFixture,
  testClient
} from './helpers/client.js'

const RUN = '/repos/octo/demo/actions/runs/42'
const RERUN_FAILED = `${RUN}/rerun-failed-jobs`
const URL = 'https://github.test/octo/demo/actions/runs/42'

const base: RerunFailedSettings = {
  operation: 'rerun-failed',
  ...commonSettings,
  timeoutSeconds: 600,
  pollIntervalSeconds: 10,
  runId: 42,
  enableDebugLogging: false,
  maxAttempts: 3,
  wait: false,
  allowedConclusions: ['success']
}

function settings(overrides: Partial<RerunFailedSettings> = {}): RerunFailedSettings {
  return { ...base, ...overrides }
}

/** Run 42 in a given state; attempt 1 failed unless told otherwise. */
function run42(overrides: Record<string, unknown> = {}) {
  return runFixture({
    id: 42,
    status: 'completed',
    conclusion: 'failure',
    run_attempt: 1,
    ...overrides
  })
}

const build = jobFixture({ id: 1, run_id: 42, name: 'build', conclusion: 'success' })
const testLinux = jobFixture({ id: 2, run_id: 42, name: 'test (ubuntu)', conclusion: 'failure' })
const testWindows = jobFixture({
  id: 3,
  run_id: 42,
  name: 'test (windows)',
  conclusion: 'timed_out'
})
const lint = jobFixture({ id: 4, run_id: 42, name: 'lint', conclusion: 'success' })

function jobsReply(...jobs: unknown[]) {
  return { total_count: jobs.length, jobs }
}

async function run(overrides: Partial<RerunFailedSettings> = {}, clock = fakeClock()) {
  const client = testClient()
  const result = await rerunFailed(client, settings(overrides), { clock, env: {} })
  return { result, presentation: presentRerunFailed(result), client, clock }
}

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(OperationError)
    return (error as Error).message
  }
  throw new Error('expected the operation to fail')
}

/** Requests no interceptor answered: a resent POST must show up here, not vanish in a retry. */
const unmatched: string[] = []
beforeAll(() => {
  nock.disableNetConnect()
  nock.emitter.on('no match', (request: { method?: string; path?: string }) => {
    unmatched.push(`${request.method} ${request.path}`)
  })
})
afterEach(() => {
  nock.cleanAll()
  expect(unmatched.splice(0)).toEqual([])
})

describe('rerun-failed: re-running the failed jobs', () => {
  it('re-runs the failed jobs and reads the run back until the attempt moves', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42())
      .get(`${RUN}/jobs`)
      .query({ filter: 'latest', per_page: '100' })
      .reply(200, jobsReply(build, testLinux, testWindows))
      .post(
        RERUN_FAILED,
        (body: unknown) => !JSON.stringify(body ?? {}).includes('enable_debug_logging')
      )
      .reply(201)
      // GET run lags behind the POST: still attempt 1 on the first read back.
      .get(RUN)
      .reply(200, run42())
      .get(RUN)
      .reply(200, run42({ status: 'queued', conclusion: null, run_attempt: 2 }))
    const { result, presentation, clock } = await run()
    expect(result.outcome).toBe('rerun')
    expect(result.previousAttempt).toBe(1)
    expect(result.newAttempt).toBe(2)
    expect(result.attemptConfirmed).toBe(true)
    // Read back at most READBACK_INTERVAL_MS apart.
    expect(clock.slept.every(ms => ms > 0 && ms <= 3000)).toBe(true)
    expect(presentation.outputs).toEqual({
      'run-id': '42',
      'run-url': URL,
      status: 'queued',
      conclusion: '',
      attempt: '2',
      rerun: 'true',
      'rerun-job-ids': '[2,3]'
    })
    expect(presentation.failure).toBeUndefined()
    expect(presentation.summary).toContain('## 🔁 Re-ran run 42 as attempt 2')
    scope.done()
  })

  it('passes enable_debug_logging when asked', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42())
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(testLinux))
      .post(RERUN_FAILED, { enable_debug_logging: true })
      .reply(201)
      .get(RUN)
      .reply(200, run42({ status: 'queued', conclusion: null, run_attempt: 2 }))
    const { presentation } = await run({ enableDebugLogging: true })
    expect(presentation.summary).toContain('with debug logging')
    scope.done()
  })

  it('does nothing once the run has reached max-attempts, and succeeds', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42({ run_attempt: 3 }))
    const { result, presentation } = await run({ maxAttempts: 3 })
    expect(result.outcome).toBe('max-attempts')
    expect(presentation.outputs).toMatchObject({
      rerun: 'false',
      attempt: '3',
      'rerun-job-ids': '[]'
    })
    expect(presentation.failure).toBeUndefined()
    expect(presentation.summary).toContain('has reached max-attempts &#40;3&#41;')
    scope.done()
  })

  it('counts the first attempt: max-attempts 1 never re-runs', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42({ run_attempt: 1 }))
    const { result } = await run({ maxAttempts: 1 })
    expect(result.outcome).toBe('max-attempts')
    scope.done()
  })

  it('does nothing when the run succeeded, and succeeds', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42({ conclusion: 'success' }))
    const { result, presentation } = await run()
    expect(result.outcome).toBe('nothing-failed')
    expect(presentation.outputs).toMatchObject({ rerun: 'false', conclusion: 'success' })
    expect(presentation.failure).toBeUndefined()
    scope.done()
  })

  it('does nothing when no job failed in a run that did not succeed', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42({ conclusion: 'neutral' }))
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(build, lint))
    const { result, presentation } = await run()
    expect(result.outcome).toBe('nothing-failed')
    expect(presentation.failure).toBeUndefined()
    scope.done()
  })

  it('fails with one sentence on a run still in progress without wait', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42({ status: 'in_progress', conclusion: null }))
    const { result, presentation } = await run()
    expect(result.outcome).toBe('not-completed')
    expect(presentation.outputs).toMatchObject({ rerun: 'false' })
    expect(presentation.failure).toBe(
      `Run 42 is still in_progress, and only a completed run can be re-run; set 'wait: true' to wait for it to complete first: ${URL}`
    )
    scope.done()
  })

  it('says plainly when the run does not exist', async () => {
    nock(API).get(RUN).reply(404, { message: 'Not Found' })
    expect(await failureOf(run())).toBe(
      'Run 42 was not found in octo/demo: check run-id and repository, and that the token can read Actions there (permissions: actions: read).'
    )
  })
})

describe('rerun-failed: refusals', () => {
  function failedRunThenPost(status: number, message: string) {
    return nock(API)
      .get(RUN)
      .reply(200, run42())
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(testLinux))
      .post(RERUN_FAILED)
      .reply(status, { message })
  }

  it('explains a run too old to re-run', async () => {
    const scope = failedRunThenPost(
      403,
      'Unable to retry this workflow run because it was created over a month ago'
    )
    expect(await failureOf(run())).toBe(
      'GitHub refused to re-run the failed jobs of run 42 (403: Unable to retry this workflow run because it was created over a month ago): a run can be re-run only within 30 days of its creation and while its logs are kept.'
    )
    scope.done()
  })

  it('explains a run already re-run by someone else (read again: it is going again)', async () => {
    const scope = failedRunThenPost(403, 'This workflow is already running')
      .get(RUN)
      .reply(200, run42({ status: 'in_progress', conclusion: null, run_attempt: 2 }))
    expect(await failureOf(run())).toBe(
      "GitHub refused to re-run the failed jobs of run 42 (403: This workflow is already running): run 42 is in_progress again (attempt 2), because another re-run started after runctl read it, and GitHub re-runs only a completed run; wait for that attempt to finish ('wait: true' waits for a run still going before re-running)."
    )
    scope.done()
  })

  it('says the run is going again whatever the 403 says ("workflow file may be broken")', async () => {
    const scope = failedRunThenPost(
      403,
      'This workflow run cannot be rerun; its workflow file may be broken'
    )
      .get(RUN)
      .reply(200, run42({ status: 'queued', conclusion: null, run_attempt: 2 }))
    expect(await failureOf(run())).toMatch(
      /^GitHub refused to re-run the failed jobs of run 42 \(403: [^)]*\): run 42 is queued again \(attempt 2\), because another re-run started after runctl read it, and GitHub re-runs only a completed run;/
    )
    scope.done()
  })

  it('keeps GitHub\'s "already running" reason when the run read again has completed', async () => {
    const scope = failedRunThenPost(403, 'This workflow is already running')
      .get(RUN)
      .reply(200, run42())
    expect(await failureOf(run())).toBe(
      'GitHub refused to re-run the failed jobs of run 42 (403: This workflow is already running): another re-run of it has started since it was read; wait for that attempt instead.'
    )
    scope.done()
  })

  it('explains the 50-attempt limit', async () => {
    const scope = failedRunThenPost(
      403,
      'This workflow run has reached the maximum number of attempts'
    )
    expect(await failureOf(run({ maxAttempts: 60 }))).toBe(
      'GitHub refused to re-run the failed jobs of run 42 (403: This workflow run has reached the maximum number of attempts): GitHub allows at most 50 attempts of a run.'
    )
    scope.done()
  })

  it('leaves the run alone, and succeeds, when GitHub finds no failed job to re-run', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42({ conclusion: 'startup_failure' }))
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply())
      .post(RERUN_FAILED)
      .reply(403, { message: 'This workflow run has no failed jobs to re-run.' })
    const { result, presentation } = await run()
    expect(result.outcome).toBe('nothing-failed')
    expect(presentation.outputs).toMatchObject({ rerun: 'false' })
    expect(presentation.failure).toBeUndefined()
    scope.done()
  })

  it('names the missing permission GitHub names (X-Accepted-GitHub-Permissions)', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42())
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(testLinux))
      .post(RERUN_FAILED)
      .reply(
        403,
        { message: 'Resource not accessible by integration' },
        { 'x-accepted-github-permissions': 'actions=write' }
      )
    expect(await failureOf(run())).toBe(
      "GitHub refused to re-run the failed jobs of run 42 (403: Resource not accessible by integration): the token needs actions: write on octo/demo (for GITHUB_TOKEN, in the job's permissions:)."
    )
    scope.done()
  })

  it('names the permission to give when GitHub names none', async () => {
    const scope = failedRunThenPost(403, 'Resource not accessible by integration')
    expect(await failureOf(run())).toBe(
      "GitHub refused to re-run the failed jobs of run 42 (403: Resource not accessible by integration): give the job 'permissions: actions: write'."
    )
    scope.done()
  })

  it('says when the server lacks the endpoint', async () => {
    const scope = failedRunThenPost(404, 'Not Found')
    expect(await failureOf(run())).toBe(
      'GitHub answered 404 to re-running the failed jobs of run 42: this server lacks the rerun-failed-jobs endpoint (older GitHub Enterprise Server versions do).'
    )
    scope.done()
  })
})

describe('rerun-failed: one job (jobs input)', () => {
  const callee = jobFixture({ id: 7, run_id: 42, name: 'deploy / publish', conclusion: 'failure' })

  function failedRun(...jobs: unknown[]) {
    return nock(API)
      .get(RUN)
      .reply(200, run42())
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(...jobs))
  }

  it('re-runs the job named exactly', async () => {
    const scope = failedRun(build, testLinux, testWindows)
      .post(
        '/repos/octo/demo/actions/jobs/3/rerun',
        (body: unknown) => !JSON.stringify(body ?? {}).includes('enable_debug_logging')
      )
      .reply(201)
      .get(RUN)
      .reply(200, run42({ status: 'queued', conclusion: null, run_attempt: 2 }))
    const { presentation } = await run({ job: 'test (windows)' })
    expect(presentation.outputs).toMatchObject({
      rerun: 'true',
      attempt: '2',
      'rerun-job-ids': '[3]'
    })
    expect(presentation.summary).toContain(
      'job &quot;test &#40;windows&#41;&quot; and its dependents'
    )
    scope.done()
  })

  it('re-runs the one failed job a glob matches, ignoring jobs that passed', async () => {
    const passed = jobFixture({ id: 5, run_id: 42, name: 'test (macos)', conclusion: 'success' })
    const scope = failedRun(build, testLinux, passed)
      .post('/repos/octo/demo/actions/jobs/2/rerun')
      .reply(201)
      .get(RUN)
      .reply(200, run42({ status: 'queued', conclusion: null, run_attempt: 2 }))
    const { presentation } = await run({ job: 'test (*)' })
    expect(presentation.outputs['rerun-job-ids']).toBe('[2]')
    scope.done()
  })

  it('refuses a glob matching several failed jobs, naming them', async () => {
    const scope = failedRun(build, testLinux, testWindows)
    expect(await failureOf(run({ job: 'test*' }))).toBe(
      `Input 'jobs' ("test*") matches 2 failed jobs of run 42 ("test (ubuntu)", "test (windows)"), but GitHub re-runs one job per request and refuses another while the new attempt runs; name one of them, or leave 'jobs' empty to re-run all failed jobs.`
    )
    scope.done()
  })

  it('refuses a name matching no failed job, naming the failed ones', async () => {
    const scope = failedRun(build, testLinux, testWindows)
    expect(await failureOf(run({ job: 'build' }))).toBe(
      `Input 'jobs' ("build") matches no failed job of run 42; its failed jobs are: "test (ubuntu)", "test (windows)".`
    )
    scope.done()
  })

  it('explains that a job of a reusable workflow cannot be re-run alone', async () => {
    const scope = failedRun(build, callee)
      .post('/repos/octo/demo/actions/jobs/7/rerun')
      .reply(403, { message: 'This job cannot be rerun' })
    expect(await failureOf(run({ job: 'deploy / *' }))).toBe(
      `GitHub refused to re-run job "deploy / publish" of run 42 (403: This job cannot be rerun): GitHub does not re-run a job that calls a reusable workflow, or runs inside one, on its own (this one runs in the workflow called by job "deploy"); leave 'jobs' empty to re-run all failed jobs of the run.`
    )
    scope.done()
  })

  it('explains a refused caller job whose name does not show the reusable workflow', async () => {
    const caller = jobFixture({ id: 8, run_id: 42, name: 'release', conclusion: 'failure' })
    const scope = failedRun(build, caller)
      .post('/repos/octo/demo/actions/jobs/8/rerun')
      .reply(403, { message: 'Forbidden' })
    expect(await failureOf(run({ job: 'release' }))).toBe(
      `GitHub refused to re-run job "release" of run 42 (403: Forbidden): GitHub does not re-run a job that calls a reusable workflow, or runs inside one, on its own; leave 'jobs' empty to re-run all failed jobs of the run.`
    )
    scope.done()
  })

  it('matches globs on whole names, * and ? only', () => {
    expect(globMatches('test (*)', 'test (ubuntu)')).toBe(true)
    expect(globMatches('test (?)', 'test (a)')).toBe(true)
    expect(globMatches('test (?)', 'test (ab)')).toBe(false)
    expect(globMatches('test', 'test (ubuntu)')).toBe(false)
    expect(globMatches('deploy / *', 'deploy / publish')).toBe(true)
    expect(globMatches('a.b+[c]', 'a.b+[c]')).toBe(true)
    expect(globMatches('a.b', 'axb')).toBe(false)
    expect(globMatches('*', 'line\nbreak')).toBe(true)
  })
})

describe('rerun-failed: a retried POST never yields two attempts', () => {
  it('does not resend when the first POST (answered 502) did take effect', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42())
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(testLinux))
      .post(RERUN_FAILED)
      .reply(502, { message: 'Bad Gateway' })
      // The check before resending: the re-run started.
      .get(RUN)
      .reply(200, run42({ status: 'queued', conclusion: null, run_attempt: 2 }))
      .get(RUN)
      .reply(200, run42({ status: 'queued', conclusion: null, run_attempt: 2 }))
    let posts = 0
    scope.on('request', (request: { method: string }) => {
      if (request.method === 'POST') posts++
    })
    const { result, presentation } = await run()
    expect(posts).toBe(1)
    expect(result.newAttempt).toBe(2)
    expect(presentation.outputs).toMatchObject({ rerun: 'true', attempt: '2' })
    scope.done()
  })

  it('does not resend when the run left completed but its attempt number lags', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42())
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(testLinux))
      .post(RERUN_FAILED)
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
      .get(RUN)
      .reply(200, run42({ status: 'queued', conclusion: null, run_attempt: 1 }))
      .get(RUN)
      .reply(200, run42({ status: 'queued', conclusion: null, run_attempt: 2 }))
    let posts = 0
    scope.on('request', (request: { method: string }) => {
      if (request.method === 'POST') posts++
    })
    const { result } = await run()
    expect(posts).toBe(1)
    expect(result.newAttempt).toBe(2)
    scope.done()
  })

  it('resends once when the first POST (connection reset) did not take effect', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42())
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(testLinux))
      .post(RERUN_FAILED)
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
      // The check before resending: still the completed first attempt.
      .get(RUN)
      .reply(200, run42())
      .post(RERUN_FAILED)
      .reply(201)
      .get(RUN)
      .reply(200, run42({ status: 'queued', conclusion: null, run_attempt: 2 }))
    let posts = 0
    scope.on('request', (request: { method: string }) => {
      if (request.method === 'POST') posts++
    })
    const { result } = await run()
    expect(posts).toBe(2)
    expect(result.previousAttempt).toBe(1)
    expect(result.newAttempt).toBe(2)
    scope.done()
  })

  it('stops without resending when whether the POST took effect cannot be checked', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42())
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(testLinux))
      .post(RERUN_FAILED)
      .reply(502, { message: 'Bad Gateway' })
      .get(RUN)
      .times(4) // plugin-retry's three retries of the GET
      .reply(503, { message: 'Unavailable' })
    expect(await failureOf(run())).toBe(
      `The re-run request for run 42 failed with a temporary error, and whether it took effect could not be checked (GitHub answered 503 to GET /repos/octo/demo/actions/runs/42: Unavailable. GitHub had a server error; the request was retried and still failed.); look at ${URL} before trying again.`
    )
    scope.done()
  })
})

describe('rerun-failed: reading the new attempt back', () => {
  it('infers the attempt, with a warning, when GET run still lags after a minute', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42())
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(testLinux))
      .post(RERUN_FAILED)
      .reply(201)
    nock(API).persist().get(RUN).reply(200, run42())
    const { result, presentation, clock } = await run()
    expect(result.attemptConfirmed).toBe(false)
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBe(60_000)
    expect(presentation.outputs).toMatchObject({ rerun: 'true', attempt: '2' })
    expect(presentation.failure).toBeUndefined()
    expect(presentation.summary).toContain('so its number is inferred')
    scope.done()
  })

  it('reads the new attempt back only while the budget lasts (timeout-seconds 20, not 60 s)', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42())
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(testLinux))
      .post(RERUN_FAILED)
      .reply(201)
    nock(API).persist().get(RUN).reply(200, run42())
    const { result, presentation, clock } = await run({ wait: true, timeoutSeconds: 20 })
    expect(result.attemptConfirmed).toBe(false)
    // Every wait together stays inside the operation's budget (the write spacing included).
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20_000)
    expect(presentation.failure).toBe(
      `GitHub accepted the re-run of run 42, but after 20 seconds the run still showed attempt 1, so there was no new attempt to wait for: ${URL}`
    )
    scope.done()
  })

  it('fails rather than wait on the old attempt when the new one never shows', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42())
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(testLinux))
      .post(RERUN_FAILED)
      .reply(201)
    nock(API).persist().get(RUN).reply(200, run42())
    const { presentation } = await run({ wait: true })
    expect(presentation.failure).toBe(
      `GitHub accepted the re-run of run 42, but after 60 seconds the run still showed attempt 1, so there was no new attempt to wait for: ${URL}`
    )
    scope.done()
  })
})

/** The workflow's recent successful runs, asked once per wait to predict the run's end. */
function noHistory() {
  return nock(API)
    .get('/repos/octo/demo/actions/workflows/1/runs')
    .query({ status: 'success', exclude_pull_requests: 'true', per_page: '20' })
    .reply(200, { total_count: 0, workflow_runs: [] })
}

describe('rerun-failed: wait', () => {
  const inProgress = run42({
    status: 'in_progress',
    conclusion: null,
    updated_at: '2026-01-01T00:00:01Z'
  })
  const failed = run42({ updated_at: '2026-01-01T00:00:20Z' })
  const attempt2 = (overrides: Record<string, unknown> = {}) =>
    run42({
      status: 'queued',
      conclusion: null,
      run_attempt: 2,
      updated_at: '2026-01-01T00:00:30Z',
      ...overrides
    })

  it('waits for the run, re-runs it, waits for the new attempt and applies allowed-conclusions', async () => {
    const scope = nock(API)
      .get(RUN)
      .reply(200, inProgress)
      // Waiting for attempt 1 to complete (conditional polls).
      .get(RUN)
      .reply(200, inProgress, { etag: '"a"' })
      .get(RUN)
      .matchHeader('if-none-match', '"a"')
      .reply(200, failed, { etag: '"b"' })
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(build, testLinux))
      .post(RERUN_FAILED)
      .reply(201)
      .get(RUN)
      .matchHeader('if-none-match', '"b"')
      .reply(200, attempt2(), { etag: '"c"' })
      // Waiting for attempt 2.
      .get(RUN)
      .matchHeader('if-none-match', '"c"')
      .reply(304, '', { etag: '"c"' })
      .get(RUN)
      .matchHeader('if-none-match', '"c"')
      .reply(
        200,
        attempt2({
          status: 'completed',
          conclusion: 'failure',
          updated_at: '2026-01-01T00:01:00Z'
        }),
        { etag: '"d"' }
      )
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(build, { ...testLinux, id: 12, run_attempt: 2 }))
    const history = noHistory()
    const { result, presentation, client } = await run({ wait: true })
    history.done()
    expect(result.waitForNewAttempt?.timedOut).toBe(false)
    expect(client.stats.notModified).toBe(1)
    expect(presentation.outputs).toMatchObject({
      rerun: 'true',
      attempt: '2',
      status: 'completed',
      conclusion: 'failure',
      'rerun-job-ids': '[2]'
    })
    expect(presentation.failure).toBe(
      `Attempt 2 of run 42 concluded failure, which is not in allowed-conclusions (success): ${URL}`
    )
    scope.done()
  })

  it('shares one timeout-seconds budget between both waits', async () => {
    const clock = fakeClock()
    const started = clock.now()
    let rerunSent = false
    // The run fails 20 s in; after the re-run, attempt 2 stays queued.
    nock(API)
      .persist()
      .get(RUN)
      .reply(200, () =>
        rerunSent ? attempt2() : clock.now() - started < 20_000 ? inProgress : failed
      )
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, () =>
        rerunSent
          ? jobsReply({ ...testLinux, id: 12, status: 'queued', conclusion: null })
          : jobsReply(testLinux)
      )
      .post(RERUN_FAILED)
      .reply(201, () => {
        rerunSent = true
        return ''
      })
    noHistory()
    const { result, presentation } = await run({ wait: true, timeoutSeconds: 30 }, clock)
    expect(result.outcome).toBe('rerun')
    // Attempt 1 took 20 s or a little more; attempt 2 got only what was left of the 30 s.
    expect(clock.now() - started).toBe(30_000)
    expect(presentation.failure).toBe(
      `Timed out after 30 seconds waiting for attempt 2 of run 42, whose last status was queued. ${URL}`
    )
  })

  it('fails with one sentence when the run does not complete in time to be re-run', async () => {
    nock(API).persist().get(RUN).reply(200, inProgress)
    noHistory()
    const { result, presentation } = await run({ wait: true, timeoutSeconds: 20 })
    expect(result.outcome).toBe('not-completed')
    expect(presentation.outputs).toMatchObject({ rerun: 'false' })
    expect(presentation.failure).toBe(
      `Timed out after 20 seconds waiting for run 42 to complete before re-running it; its last status was in_progress. ${URL}`
    )
  })
})

describe('rerun-failed: summary', () => {
  it('escapes every API string', async () => {
    const evil = jobFixture({
      id: 9,
      run_id: 42,
      name: '<img src=x onerror=alert(1)> | `x`',
      conclusion: 'failure',
      html_url: 'javascript:alert(1)'
    })
    const scope = nock(API)
      .get(RUN)
      .reply(200, run42({ head_branch: '</details><script>', display_title: '[a](http://evil)' }))
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, jobsReply(evil))
      .post('/repos/octo/demo/actions/jobs/9/rerun')
      .reply(201)
      .get(RUN)
      .reply(200, run42({ head_branch: '</details><script>', run_attempt: 2, status: 'queued' }))
    const { presentation } = await run({ job: '<img*' })
    expect(presentation.summary).not.toMatch(/<img|<script|<\/details>|javascript:|\| `x`|\[a\]\(/)
    expect(presentation.summary).toContain(
      '&lt;img src=x onerror=alert&#40;1&#41;&gt; &#124; &#96;x&#96;'
    )
    scope.done()
  })
})
