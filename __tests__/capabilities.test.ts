/**
 * The capability table: generated from the official descriptions, current, and read the way the
 * issue asks (identity from what the server already sends; probe only below every description).
 */
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { Capabilities, descriptionFor, identify } from '../src/github/capabilities.js'
import { DESCRIPTIONS, type Endpoint } from '../src/github/capabilities.generated.js'
import { describeError } from '../src/github/errors.js'
import { createdRange, runMatchesFilter } from '../src/github/run-filter.js'
import type { WorkflowRun } from '../src/github/types.js'
import { API, runFixture, testClient } from './helpers/client.js'

beforeAll(() => nock.disableNetConnect())
afterEach(() => nock.cleanAll())

const RUN = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}' as const
const RUNS = 'GET /repos/{owner}/{repo}/actions/runs' as const
const TIMING = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing' as const
const APPROVE = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve' as const
const FORCE_CANCEL = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel' as const
const JOBS = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs' as const
const RERUN_FAILED = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs' as const

function quiet() {
  return jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
}

describe('the generated table', () => {
  it('reads each source as GitHub documents it', () => {
    const has = (name: string, endpoint: Endpoint) =>
      DESCRIPTIONS.find(d => d.name === name)?.endpoints[endpoint] !== undefined
    // api.github.com: everything; GHES 3.19 (openapi) and 3.21 (seed 001): no timing, no approve.
    expect([TIMING, APPROVE].map(e => has('github.com', e))).toEqual([true, true])
    expect([TIMING, APPROVE].map(e => has('ghes-3.19', e))).toEqual([false, false])
    expect([TIMING, APPROVE].map(e => has('ghes-3.21', e))).toEqual([false, false])
    // Seed 003: no force-cancel, no head_sha; seed 004: jobs; the 2020 API: no jobs at all.
    expect(has('ghes-3.10', FORCE_CANCEL)).toBe(false)
    expect(has('ghes-3.10', JOBS)).toBe(true)
    expect(has('rest-2020', JOBS)).toBe(false)
    expect(has('rest-2020', RERUN_FAILED)).toBe(false)
    const runsOf = (name: string) => DESCRIPTIONS.find(d => d.name === name)?.endpoints[RUNS]?.query
    expect(runsOf('ghes-3.10')).not.toContain('head_sha')
    expect(runsOf('ghes-3.21')).toContain('head_sha')
    expect(runsOf('rest-2020')).toEqual(['actor', 'branch', 'event', 'page', 'per_page', 'status'])
  })
})

describe('server identity', () => {
  it('is GHES from x-github-enterprise-version, GHE.com from its host, github.com otherwise', () => {
    expect(identify('https://ghes.example/api/v3', '3.19.4')).toEqual({
      product: 'ghes',
      version: '3.19.4'
    })
    expect(identify('https://api.octo.ghe.com', undefined)).toEqual({ product: 'ghe.com' })
    expect(identify('https://api.github.com', undefined)).toEqual({ product: 'github.com' })
  })

  it('picks the description of the version, else the nearest older; none below every one', () => {
    const name = (version: string) => descriptionFor({ product: 'ghes', version })?.name
    expect(name('3.19.4')).toBe('ghes-3.19')
    expect(name('3.20.1')).toBe('ghes-3.19')
    expect(name('3.22.0')).toBe('ghes-3.21')
    expect(name('3.12.3')).toBe('ghes-3.10')
    expect(name('3.9.2')).toBeUndefined()
    expect(name('unknown')).toBeUndefined()
  })

  it('probes below every description, sending only what every description documents', () => {
    const probing = new Capabilities({ product: 'ghes', version: '3.9.2' })
    expect(probing.has(RUN)).toBe(true)
    expect(probing.has(JOBS)).toBeUndefined()
    expect(probing.accepts(RUNS, 'branch')).toBe(true)
    expect(probing.accepts(RUNS, 'created')).toBe(false)
    const known = new Capabilities({ product: 'ghes', version: '3.19.4' })
    expect(known.has(TIMING)).toBe(false)
    expect(known.accepts(RUNS, 'created')).toBe(true)
    expect(known.lacks(TIMING, 'billable time')).toBe(
      'GitHub Enterprise Server 3.19.4 does not offer billable time (its REST API has no GET …/runs/{run_id}/timing).'
    )
  })
})

describe('the client', () => {
  it('sends Accept: application/vnd.github+json and learns the server from the first answer', async () => {
    const ghes = 'https://ghes.example.com/api/v3'
    const scope = nock(ghes)
      .get('/repos/octo/demo/actions/runs/42')
      .matchHeader('accept', 'application/vnd.github+json')
      .reply(200, runFixture({ id: 42 }), { 'x-github-enterprise-version': '3.10.16' })
      .get('/repos/octo/demo/actions/runs')
      // GHES 3.10 documents no head_sha: left out, and checked on each run instead.
      .query({ per_page: '100', branch: 'main' })
      .reply(200, {
        total_count: 2,
        workflow_runs: [
          runFixture({ id: 2, head_branch: 'main', head_sha: 'b'.repeat(40) }),
          runFixture({ id: 1, head_branch: 'main', head_sha: 'a'.repeat(40) })
        ]
      })
    const client = testClient({ baseUrl: ghes })
    expect(client.capabilities.server).toBe('this server')
    await client.getRun(42)
    expect(client.capabilities.server).toBe('GitHub Enterprise Server 3.10.16')
    const runs = await client.listRuns({ branch: 'main', headSha: 'a'.repeat(40) })
    expect(runs.map(run => run.id)).toEqual([1])
    scope.done()
  })

  it('says which server cannot list jobs, rather than failing on a probe 404', async () => {
    const out = quiet()
    const scope = nock(API)
      .get('/repos/octo/demo/actions/runs/42')
      .reply(200, runFixture({ id: 42 }), { 'x-github-enterprise-version': '3.0.1' })
      .get('/repos/octo/demo/actions/runs/42/jobs')
      .query({ per_page: '100', filter: 'latest' })
      .reply(404, { message: 'Not Found' })
    const client = testClient()
    await client.getRun(42)
    await expect(client.listJobs(42)).rejects.toThrow(
      "GitHub Enterprise Server 3.0.1 cannot list a run's jobs (its API has no jobs endpoints), so job details are left out."
    )
    scope.done()
    out.mockRestore()
  })

  it('names the api-version input and the versions the server accepts when it refuses the header', async () => {
    nock(API).get('/repos/octo/demo/actions/runs/42').reply(400, {
      message:
        'The version you specified in the "X-GitHub-Api-Version" request header, "2026-03-10", is not a supported version. The following versions are currently supported: "2022-11-28" (most recent).'
    })
    const error = await testClient({ apiVersion: '2026-03-10' })
      .getRun(42)
      .catch((e: unknown) => e)
    expect(describeError(error)).toBe(
      "The server does not accept the REST API version set in input 'api-version' (GitHub answered 400); it accepts 2022-11-28, so set 'api-version' to one of those."
    )
  })
})

describe('filters checked on each run', () => {
  const run = (overrides: Record<string, unknown>) =>
    runFixture(overrides) as unknown as WorkflowRun

  it('reads GitHub created qualifiers', () => {
    const at = (text: string) => Date.parse(text)
    expect(createdRange('>=2026-01-02')).toEqual({ from: at('2026-01-02'), until: Infinity })
    expect(createdRange('>2026-01-02')).toEqual({ from: at('2026-01-03'), until: Infinity })
    expect(createdRange('<2026-01-02')).toEqual({ from: -Infinity, until: at('2026-01-02') })
    expect(createdRange('2026-01-01..2026-01-31')).toEqual({
      from: at('2026-01-01'),
      until: at('2026-02-01')
    })
    expect(createdRange('2026-01-01..*')).toEqual({ from: at('2026-01-01'), until: Infinity })
    expect(createdRange('last week')).toBeUndefined()
  })

  it('drops runs a server answered although a filter excludes them', () => {
    const filter = { branch: 'main', event: 'push', status: 'failure', created: '>=2026-01-02' }
    const ok = { head_branch: 'main', event: 'push', status: 'completed', conclusion: 'failure' }
    expect(runMatchesFilter(run({ ...ok, created_at: '2026-01-02T00:00:00Z' }), filter)).toBe(true)
    expect(runMatchesFilter(run({ ...ok, created_at: '2026-01-01T23:59:59Z' }), filter)).toBe(false)
    const later = { ...ok, created_at: '2026-01-05T00:00:00Z' }
    expect(runMatchesFilter(run({ ...later, head_branch: 'dev' }), filter)).toBe(false)
    expect(runMatchesFilter(run({ ...later, event: 'schedule' }), filter)).toBe(false)
    expect(runMatchesFilter(run({ ...later, conclusion: 'success' }), filter)).toBe(false)
  })
})
