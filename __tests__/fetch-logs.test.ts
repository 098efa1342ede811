import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import nock from 'nock'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { FetchLogsSettings } from '../src/settings.js'
import { fetchLogs } from '../src/operations/fetch-logs.js'
import { presentFetchLogs } from '../src/presenters/fetch-logs.js'
import { API, fakeClock, jobFixture, runFixture, testClient } from './helpers/client.js'
import { commandsExecuted } from './logs/runner-emulator.js'
import { buildZip } from './logs/zip-fixture.js'

const BLOB = 'https://blob.test'
const RUN = '/repos/octo/demo/actions/runs/42'

let logDir: string
let scratch: string
let stdout: string[]

function settings(overrides: Partial<FetchLogsSettings> = {}): FetchLogsSettings {
  return {
    operation: 'fetch-logs',
    token: 't',
    owner: 'octo',
    repo: 'demo',
    apiUrl: API,
    apiVersion: '2022-11-28',
    summary: true,
    timeoutSeconds: 3600,
    runId: 42,
    jobs: [],
    failedOnly: true,
    logDir,
    maxLogBytes: 1024 * 1024 * 1024,
    maxLogEntries: 10_000,
    maxCompressionRatio: 200,
    tailLines: 50,
    failOnMissing: false,
    ifNoLogsFound: 'error',
    ...overrides
  }
}

const deps = () => ({ clock: fakeClock(), env: { RUNNER_TEMP: scratch } })

const completedRun = runFixture({
  id: 42,
  status: 'completed',
  conclusion: 'failure',
  updated_at: '2025-12-31T00:00:00Z'
})

const buildJob = jobFixture({
  id: 7,
  run_id: 42,
  name: 'build',
  conclusion: 'failure',
  steps: [
    { name: 'Set up job', status: 'completed', conclusion: 'success', number: 1 },
    { name: 'Run npm test', status: 'completed', conclusion: 'failure', number: 2 }
  ]
})
const lintJob = jobFixture({ id: 8, run_id: 42, name: 'lint', conclusion: 'success' })

const HOSTILE_STEP_LOG = [
  '2026-01-01T00:00:04.0000000Z ##[group]Run npm test',
  '2026-01-01T00:00:04.1000000Z npm test',
  '2026-01-01T00:00:04.2000000Z ##[endgroup]',
  '2026-01-01T00:00:05.0000000Z ::add-mask::injected-mask',
  '2026-01-01T00:00:05.1000000Z ::error::injected-error',
  '2026-01-01T00:00:05.2000000Z ::stop-commands::injected-token',
  '2026-01-01T00:00:05.3000000Z ::injected-token::',
  '2026-01-01T00:00:05.4000000Z ::warning::injected-after-resume',
  '2026-01-01T00:00:05.5000000Z ##[error]Process completed with exit code 1.'
].join('\n')

const JOB_LOG = [
  '2026-01-01T00:00:01.0000000Z ##[group]Run npm ci',
  '2026-01-01T00:00:02.0000000Z added 12 packages',
  '2026-01-01T00:00:03.0000000Z ##[endgroup]',
  HOSTILE_STEP_LOG,
  '2026-01-01T00:00:06.0000000Z Cleaning up orphan processes'
].join('\n')

async function runArchive(): Promise<Buffer> {
  return buildZip([
    { name: '0_build.txt', content: JOB_LOG },
    { name: '1_lint.txt', content: 'lint ok\n' },
    { name: 'build/1_Set up job.txt', content: 'Runner image\n' },
    { name: 'build/2_Run npm test.txt', content: HOSTILE_STEP_LOG },
    { name: 'lint/1_Set up job.txt', content: 'Runner image\n' }
  ])
}

/** API: the run, its jobs, and the run-logs redirect to a signed blob URL. */
function apiFor(run: object, jobs: object[]) {
  return nock(API)
    .get(RUN)
    .reply(200, run)
    .get(`${RUN}/jobs`)
    .query(true)
    .reply(200, { total_count: jobs.length, jobs })
}

beforeAll(() => nock.disableNetConnect())
// Leave the network as found for test files that run after this one in the same worker.
afterAll(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})
beforeEach(async () => {
  scratch = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'runctl-fetch-logs-'))
  logDir = path.join(scratch, 'runctl-logs', '42')
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(async () => {
  jest.restoreAllMocks()
  nock.cleanAll()
  await fs.promises.rm(scratch, { recursive: true, force: true })
})

describe('fetch-logs from the run archive', () => {
  it('extracts the failed job, shows its failed step and never sends the token to the blob host', async () => {
    const api = apiFor(completedRun, [buildJob, lintJob])
      .get(`${RUN}/logs`)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=first` })
    const blob = nock(BLOB, { badheaders: ['authorization'] })
      .get('/run-42.zip')
      .query({ sig: 'first' })
      .reply(200, await runArchive(), { 'content-type': 'application/zip' })

    const result = await fetchLogs(testClient(), settings(), deps())

    api.done()
    blob.done()
    expect(result.files).toEqual([
      path.join(logDir, '0_build.txt'),
      path.join(logDir, 'build', '1_Set up job.txt'),
      path.join(logDir, 'build', '2_Run npm test.txt')
    ])
    expect(
      await fs.promises.readFile(path.join(logDir, 'build', '2_Run npm test.txt'), 'utf8')
    ).toBe(HOSTILE_STEP_LOG)
    expect(result.failedJobs).toHaveLength(1)
    expect(result.failedJobs[0]?.failedSteps).toEqual(['Run npm test'])
    expect(result.failedJobs[0]?.excerpts).toEqual([
      {
        label: 'Run npm test',
        kind: 'step',
        lines: HOSTILE_STEP_LOG.split('\n').map(line => line.slice(29))
      }
    ])
    // The temporary archive is gone; only the extracted logs stay.
    expect(await fs.promises.readdir(scratch)).toEqual(['runctl-logs'])

    const presentation = presentFetchLogs(result)
    expect(presentation.failure).toBeUndefined()
    expect(presentation.outputs['log-dir']).toBe(logDir)
    expect(JSON.parse(presentation.outputs['files'] as string)).toEqual(result.files)
    expect(JSON.parse(presentation.outputs['failed-jobs'] as string)).toEqual([
      { id: 7, name: 'build', url: buildJob.html_url, failed_steps: ['Run npm test'] }
    ])
  })

  it('echoes the fetched log so the runner executes none of its commands', async () => {
    apiFor(completedRun, [buildJob])
      .get(`${RUN}/logs`)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=first` })
    nock(BLOB)
      .get('/run-42.zip')
      .query(true)
      .reply(200, await runArchive())

    await fetchLogs(testClient(), settings(), deps())

    const output = stdout.join('')
    expect(output).toContain('::add-mask::injected-mask')
    const executed = commandsExecuted(output)
    expect(executed.filter(command => /injected/.test(command.data + command.name))).toEqual([])
    expect(executed.map(command => command.name)).toEqual(['add-mask', 'group', 'endgroup'])
    // That add-mask is ours: the signed URL is masked before anything could print it.
    expect(executed[0]?.data).toBe(`${BLOB}/run-42.zip?sig=first`)
  })

  it('extracts the whole archive with failed-only false and no jobs filter', async () => {
    apiFor(completedRun, [buildJob, lintJob])
      .get(`${RUN}/logs`)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=first` })
    nock(BLOB)
      .get('/run-42.zip')
      .query(true)
      .reply(200, await runArchive())

    const result = await fetchLogs(testClient(), settings({ failedOnly: false }), deps())

    expect(result.files).toHaveLength(5)
    expect(result.failedJobs.map(failed => failed.job.name)).toEqual(['build'])
  })

  it('stops extracting in one sentence once timeout-seconds has run out', async () => {
    const clock = fakeClock()
    const archive = await runArchive()
    apiFor(completedRun, [buildJob, lintJob])
      .get(`${RUN}/logs`)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=x` })
    // The archive arrives whole, but by then the hour is up (the clock moves as it is served).
    nock(BLOB)
      .get('/run-42.zip')
      .query(true)
      .reply(200, async () => {
        await clock.sleep(3_600_000)
        return archive
      })

    await expect(
      fetchLogs(testClient(), settings({ failedOnly: false }), {
        clock,
        env: { RUNNER_TEMP: scratch }
      })
    ).rejects.toThrow('Timed out after 3600 seconds extracting the log archive of run 42.')
  })

  it('creates RUNNER_TEMP when the runner has not (a self-hosted or local run)', async () => {
    apiFor(completedRun, [buildJob, lintJob])
      .get(`${RUN}/logs`)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=first` })
    nock(BLOB)
      .get('/run-42.zip')
      .query(true)
      .reply(200, await runArchive())
    const missingTemp = path.join(scratch, 'not-yet', 'runner-temp')

    const result = await fetchLogs(testClient(), settings({ failedOnly: false }), {
      clock: fakeClock(),
      env: { RUNNER_TEMP: missingTemp }
    })

    expect(result.files).toHaveLength(5)
  })

  it('asks GitHub once for a fresh link when the signed URL has expired', async () => {
    const api = apiFor(completedRun, [buildJob])
      .get(`${RUN}/logs`)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=expired` })
      .get(`${RUN}/logs`)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=fresh` })
    const blob = nock(BLOB, { badheaders: ['authorization'] })
      .get('/run-42.zip')
      .query({ sig: 'expired' })
      .reply(403, '<Error><Code>AuthenticationFailed</Code></Error>')
      .get('/run-42.zip')
      .query({ sig: 'fresh' })
      .reply(200, await runArchive())

    const result = await fetchLogs(testClient(), settings(), deps())

    api.done()
    blob.done()
    expect(result.files).toHaveLength(3)
    // The signed URLs appear only in the runner's add-mask commands, never in a message.
    const mentions = stdout
      .join('')
      .split('\n')
      .filter(line => line.includes('sig='))
    expect(mentions).toEqual([
      `::add-mask::${BLOB}/run-42.zip?sig=expired`,
      `::add-mask::${BLOB}/run-42.zip?sig=fresh`
    ])
  })

  it('gives up with one sentence when the fresh link fails too', async () => {
    apiFor(completedRun, [buildJob])
      .get(`${RUN}/logs`)
      .times(2)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=x` })
    nock(BLOB).get('/run-42.zip').query(true).times(2).reply(404, 'BlobNotFound')

    await expect(fetchLogs(testClient(), settings(), deps())).rejects.toThrow(
      'Downloading the log archive of run 42 failed twice, even with a fresh link from GitHub: the storage host answered 404.'
    )
  })

  it('stops with one sentence when the archive itself is larger than max-log-bytes', async () => {
    apiFor(completedRun, [buildJob])
      .get(`${RUN}/logs`)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=x` })
    nock(BLOB)
      .get('/run-42.zip')
      .query(true)
      .reply(200, await runArchive())

    await expect(fetchLogs(testClient(), settings({ maxLogBytes: 100 }), deps())).rejects.toThrow(
      'The log archive of run 42 is larger than max-log-bytes (100 bytes); raise max-log-bytes to fetch it.'
    )
  })

  it('falls back to the per-job log when the archive does not map to the jobs', async () => {
    apiFor(completedRun, [buildJob, lintJob])
      .get(`${RUN}/logs`)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=x` })
      .get('/repos/octo/demo/actions/jobs/7/logs')
      .reply(302, '', { location: `${BLOB}/job-7.txt?sig=y` })
    nock(BLOB)
      .get('/run-42.zip')
      .query(true)
      .reply(200, await buildZip([{ name: 'renamed/layout.txt', content: 'unexpected' }]))
      .get('/job-7.txt')
      .query(true)
      .reply(200, JOB_LOG, { 'content-type': 'text/plain' })

    const result = await fetchLogs(testClient(), settings(), deps())

    const jobFile = path.join(logDir, 'job-7-build.txt')
    expect(result.files).toEqual([jobFile])
    expect(await fs.promises.readFile(jobFile, 'utf8')).toBe(JOB_LOG)
    // Split on ##[group]: the section holding the ##[error], named after the one failed step.
    expect(result.failedJobs[0]?.excerpts).toEqual([
      {
        label: 'Run npm test',
        kind: 'section',
        lines: [...HOSTILE_STEP_LOG.split('\n'), JOB_LOG.split('\n').at(-1) as string].map(line =>
          line.slice(29)
        )
      }
    ])
  })

  it('refuses unsafe archive entries and fetches that job from its own endpoint instead', async () => {
    apiFor(completedRun, [buildJob])
      .get(`${RUN}/logs`)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=x` })
      .get('/repos/octo/demo/actions/jobs/7/logs')
      .reply(302, '', { location: `${BLOB}/job-7.txt?sig=y` })
    nock(BLOB)
      .get('/run-42.zip')
      .query(true)
      .reply(200, await buildZip([{ name: '../../0_build.txt', content: 'escape' }]))
      .get('/job-7.txt')
      .query(true)
      .reply(200, 'plain log\n')

    const result = await fetchLogs(testClient(), settings(), deps())

    expect(result.files).toEqual([path.join(logDir, 'job-7-build.txt')])
    expect(fs.existsSync(path.join(scratch, '0_build.txt'))).toBe(false)
    expect(stdout.join('')).toContain(
      '::warning::Refused 1 unsafe entry in the log archive of run 42 (invalid relative path), for example "../../0_build.txt"; nothing was written for them.'
    )
  })
})

describe('fetch-logs when logs are not available', () => {
  const inProgress = runFixture({ id: 42, status: 'in_progress', conclusion: null })

  it('says so in one sentence for a run still in progress, and succeeds by default', async () => {
    apiFor(inProgress, [
      jobFixture({ id: 7, name: 'build', status: 'in_progress', conclusion: null })
    ])

    const result = await fetchLogs(testClient(), settings({ failedOnly: false }), deps())

    expect(result.missing).toEqual([
      'Run 42 is still in_progress, so its logs are not available yet; fetch them after it completes.'
    ])
    expect(presentFetchLogs(result).failure).toBeUndefined()
    expect(stdout.join('')).toContain('::warning::Run 42 is still in_progress')
  })

  it('fails the step with that sentence when fail-on-missing is true', async () => {
    apiFor(inProgress, [
      jobFixture({ id: 7, name: 'build', status: 'in_progress', conclusion: null })
    ])

    const result = await fetchLogs(
      testClient(),
      settings({ failedOnly: false, failOnMissing: true }),
      deps()
    )

    expect(presentFetchLogs(result).failure).toBe(
      'Run 42 is still in_progress, so its logs are not available yet; fetch them after it completes.'
    )
  })

  it('fetches the per-job logs of jobs that already failed while the run goes on', async () => {
    apiFor(inProgress, [
      buildJob,
      jobFixture({ id: 9, name: 'deploy', status: 'queued', conclusion: null })
    ])
      .get('/repos/octo/demo/actions/jobs/7/logs')
      .reply(302, '', { location: `${BLOB}/job-7.txt?sig=y` })
    nock(BLOB).get('/job-7.txt').query(true).reply(200, JOB_LOG)

    const result = await fetchLogs(testClient(), settings(), deps())

    expect(result.files).toEqual([path.join(logDir, 'job-7-build.txt')])
    expect(result.missing).toEqual([])
  })

  it("writes a job's log in place of a link already in log-dir, never where the link points", async () => {
    apiFor(inProgress, [buildJob])
      .get('/repos/octo/demo/actions/jobs/7/logs')
      .reply(302, '', { location: `${BLOB}/job-7.txt?sig=y` })
    nock(BLOB).get('/job-7.txt').query(true).reply(200, JOB_LOG)
    const outside = path.join(scratch, 'outside.txt')
    await fs.promises.writeFile(outside, 'precious\n')
    await fs.promises.mkdir(logDir, { recursive: true })
    const jobFile = path.join(logDir, 'job-7-build.txt')
    await fs.promises.symlink(outside, jobFile)

    const result = await fetchLogs(testClient(), settings(), deps())

    expect(await fs.promises.readFile(outside, 'utf8')).toBe('precious\n')
    expect((await fs.promises.lstat(jobFile)).isSymbolicLink()).toBe(false)
    expect(await fs.promises.readFile(jobFile, 'utf8')).toBe(JOB_LOG)
    expect(result.files).toEqual([jobFile])
  })

  const noLogs = (statuses: string, asked: string) =>
    `No logs of run 42 could be fetched (GitHub answered ${statuses} for ${asked}): they expired after the repository's retention period, were deleted, or the token cannot read them (GitHub answers 404 for all three; the token needs 'actions: read' on this repository); set 'if-no-logs-found: warn' to only warn.`

  it('fails in one sentence naming the causes when neither the archive nor any job log is there', async () => {
    apiFor(completedRun, [buildJob])
      .get(`${RUN}/logs`)
      .reply(410, { message: 'Gone' })
      .get('/repos/octo/demo/actions/jobs/7/logs')
      .reply(410, { message: 'Gone' })

    const result = await fetchLogs(testClient(), settings(), deps())

    const sentence = noLogs('410', "its log archive and its selected job's log")
    expect(result.files).toEqual([])
    expect(result.missing).toEqual([sentence])
    expect(presentFetchLogs(result).failure).toBe(sentence)
    // Said once, as the failure: not also as warnings.
    expect(stdout.join('')).not.toContain('::warning::')
  })

  it("tries the jobs' own logs when the archive answers 404, and succeeds with them", async () => {
    apiFor(completedRun, [buildJob])
      .get(`${RUN}/logs`)
      .reply(404, { message: 'Not Found' })
      .get('/repos/octo/demo/actions/jobs/7/logs')
      .reply(302, '', { location: `${BLOB}/job-7.txt?sig=y` })
    nock(BLOB).get('/job-7.txt').query(true).reply(200, JOB_LOG)

    const result = await fetchLogs(testClient(), settings(), deps())

    expect(result.files).toEqual([path.join(logDir, 'job-7-build.txt')])
    expect(result.noLogs).toBeUndefined()
    expect(presentFetchLogs(result).failure).toBeUndefined()
    expect(stdout.join('')).toContain(
      '::warning::The logs of run 42 are not available (GitHub answered 404)'
    )
  })

  it.each([
    ['warn', '::warning::'],
    ['ignore', '']
  ] as const)('with if-no-logs-found: %s, only says so', async (mode, prefix) => {
    apiFor(completedRun, [buildJob])
      .get(`${RUN}/logs`)
      .reply(404, { message: 'Not Found' })
      .get('/repos/octo/demo/actions/jobs/7/logs')
      .reply(404, { message: 'Not Found' })

    const result = await fetchLogs(testClient(), settings({ ifNoLogsFound: mode }), deps())

    const sentence = noLogs('404', "its log archive and its selected job's log")
    expect(presentFetchLogs(result).failure).toBeUndefined()
    expect(stdout.join('')).toContain(`${prefix}${sentence}`)
    if (mode === 'ignore') expect(stdout.join('')).not.toContain('::warning::')
  })

  it('asks again a few times when a just-completed run has no archive yet (404)', async () => {
    const fresh = { ...completedRun, updated_at: '2026-01-01T00:00:00Z' }
    apiFor(fresh, [buildJob])
      .get(`${RUN}/logs`)
      .times(2)
      .reply(404, { message: 'Not Found' })
      .get(`${RUN}/logs`)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=x` })
    nock(BLOB)
      .get('/run-42.zip')
      .query(true)
      .reply(200, await runArchive())
    const clock = fakeClock()

    const result = await fetchLogs(testClient(), settings(), {
      clock,
      env: { RUNNER_TEMP: scratch }
    })

    expect(result.files).toHaveLength(3)
    expect(clock.slept).toEqual([5000, 5000])
  })

  it("counts the archive's lag on GitHub's clock: a runner clock 5 min ahead still asks again", async () => {
    const clock = fakeClock()
    // GitHub's clock is 5 min behind the runner's; the run completed 10 s ago by GitHub's.
    const githubNow = clock.now() - 300_000
    const fresh = { ...completedRun, updated_at: new Date(githubNow - 10_000).toISOString() }
    const date = { date: new Date(githubNow).toUTCString() }
    nock(API)
      .get(RUN)
      .reply(200, fresh, date)
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, { total_count: 1, jobs: [buildJob] }, date)
      .get(`${RUN}/logs`)
      .times(2)
      .reply(404, { message: 'Not Found' }, date)
      .get(`${RUN}/logs`)
      .reply(302, '', { location: `${BLOB}/run-42.zip?sig=x`, ...date })
    nock(BLOB)
      .get('/run-42.zip')
      .query(true)
      .reply(200, await runArchive())

    const result = await fetchLogs(testClient(), settings(), {
      clock,
      env: { RUNNER_TEMP: scratch }
    })

    expect(result.files).toHaveLength(3)
    expect(clock.slept).toEqual([5000, 5000])
  })

  it("does not wait for a run that completed minutes ago by GitHub's clock, though the runner's is behind", async () => {
    const clock = fakeClock()
    // GitHub's clock is 5 min ahead; the run completed 3 min ago by GitHub's (2 min in the
    // runner's future).
    const githubNow = clock.now() + 300_000
    const old = { ...completedRun, updated_at: new Date(githubNow - 180_000).toISOString() }
    const date = { date: new Date(githubNow).toUTCString() }
    nock(API)
      .get(RUN)
      .reply(200, old, date)
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(200, { total_count: 1, jobs: [buildJob] }, date)
      .get(`${RUN}/logs`)
      .reply(404, { message: 'Not Found' }, date)
      .get('/repos/octo/demo/actions/jobs/7/logs')
      .reply(404, { message: 'Not Found' }, date)

    const result = await fetchLogs(
      testClient({ now: clock.now }),
      settings({ ifNoLogsFound: 'ignore' }),
      {
        clock,
        env: { RUNNER_TEMP: scratch }
      }
    )

    expect(result.noLogs).toBeDefined()
    expect(clock.slept).toEqual([])
  })

  it('reports a run that does not exist in one sentence', async () => {
    nock(API).get(RUN).reply(404, { message: 'Not Found' })

    await expect(fetchLogs(testClient(), settings(), deps())).rejects.toThrow(
      'Run 42 was not found in octo/demo: check run-id, attempt and repository, and that the token can read Actions there (permissions: actions: read).'
    )
  })
})

describe('fetch-logs job selection', () => {
  it('names the jobs when the jobs input matches none', async () => {
    apiFor(completedRun, [buildJob, lintJob])

    await expect(fetchLogs(testClient(), settings({ jobs: ['deploy*'] }), deps())).rejects.toThrow(
      "Input 'jobs' matched none of the jobs of run 42 (build, lint)."
    )
  })

  it('fetches nothing, successfully, when no selected job failed', async () => {
    apiFor(completedRun, [buildJob, lintJob])

    const result = await fetchLogs(testClient(), settings({ jobs: ['l*t'] }), deps())

    expect(result.note).toBe(
      'Run 42 has no failed jobs among the jobs matching the jobs input, so there were no logs to fetch.'
    )
    expect(presentFetchLogs(result).outputs['files']).toBe('[]')
  })

  it('uses the attempt endpoints when attempt is given', async () => {
    const api = nock(API)
      .get(`${RUN}/attempts/2`)
      .reply(200, { ...completedRun, run_attempt: 2 })
      .get(`${RUN}/attempts/2/jobs`)
      .query(true)
      .reply(200, { total_count: 1, jobs: [buildJob] })
      .get(`${RUN}/attempts/2/logs`)
      .reply(302, '', { location: `${BLOB}/run-42-2.zip?sig=x` })
    nock(BLOB)
      .get('/run-42-2.zip')
      .query(true)
      .reply(200, await runArchive())

    const result = await fetchLogs(testClient(), settings({ attempt: 2 }), deps())

    api.done()
    expect(result.files).toHaveLength(3)
  })
})

describe('fetch-logs log-dir', () => {
  it.each([
    ['/proc/self/x', /^Input 'log-dir' is under \/proc,/],
    ['/dev/null/x', /^Input 'log-dir' is under \/dev,/],
    ['a file in the way', /^Input 'log-dir' cannot be created: a file is in the way/]
  ])('refuses %s in one sentence before any API call', async (dir, sentence) => {
    const api = apiFor(completedRun, [buildJob, lintJob])
    let given = dir
    if (dir === 'a file in the way') {
      given = path.join(scratch, 'file', 'logs')
      await fs.promises.writeFile(path.join(scratch, 'file'), 'x')
    }

    await expect(fetchLogs(testClient(), settings({ logDir: given }), deps())).rejects.toThrow(
      sentence
    )
    expect(api.isDone()).toBe(false)
    expect(api.pendingMocks()).toHaveLength(2)
  })
})
