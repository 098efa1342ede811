/**
 * What runctl does on a server older than every description (GHES 3.0 here, the 2020 API's
 * endpoint set): it tries, reads the 404, and does without, saying so once.
 */
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import nock from 'nock'
import { reportUsage } from '../src/operations/report-usage.js'
import { rerunFailed } from '../src/operations/rerun-failed.js'
import type { RerunFailedSettings, ReportUsageSettings } from '../src/settings.js'
import type { RunsUsageReport } from '../src/usage/types.js'
import { API, commonSettings, fakeClock, runFixture, testClient } from './helpers/client.js'

beforeAll(() => nock.disableNetConnect())
afterEach(() => {
  nock.cleanAll()
  jest.restoreAllMocks()
})

const RUN = '/repos/octo/demo/actions/runs/42'
/** GHES 3.0 is older than every description: endpoints beyond the 2020 set are tried. */
const OLD = { 'x-github-enterprise-version': '3.0.1' }

function quiet() {
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
}

describe('a server older than every description', () => {
  it('rerun-failed: no jobs list, no failed-jobs re-run: re-runs the whole run and says so', async () => {
    quiet()
    const failed = runFixture({ id: 42, status: 'completed', conclusion: 'failure' })
    const scope = nock(API)
      .get(RUN)
      .reply(200, failed, OLD)
      .get(`${RUN}/jobs`)
      .query(true)
      .reply(404, { message: 'Not Found' }, OLD)
      .post(`${RUN}/rerun-failed-jobs`)
      .reply(404, { message: 'Not Found' }, OLD)
      // The flag the 2020 API does not document is not sent.
      .post(`${RUN}/rerun`, (body: unknown) => !JSON.stringify(body ?? {}).includes('debug'))
      .reply(201, {}, OLD)
      .get(RUN)
      .reply(200, { ...failed, status: 'queued', conclusion: null, run_attempt: 2 }, OLD)
    const client = testClient()
    const settings: RerunFailedSettings = {
      operation: 'rerun-failed',
      ...commonSettings,
      timeoutSeconds: 600,
      pollIntervalSeconds: 10,
      runId: 42,
      enableDebugLogging: true,
      maxAttempts: 3,
      wait: false,
      allowedConclusions: ['success']
    }
    const result = await rerunFailed(client, settings, { clock: fakeClock(), env: {} })
    scope.done()
    expect(result.outcome).toBe('rerun')
    expect(result.newAttempt).toBe(2)
    expect(client.notes).toEqual([
      "GitHub Enterprise Server 3.0.1 cannot list a run's jobs (its API has no jobs endpoints), so job details are left out.",
      'GitHub Enterprise Server 3.0.1 documents no enable_debug_logging for POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs, so the re-run was asked for without debug logging.',
      'GitHub Enterprise Server 3.0.1 does not offer re-running only the failed jobs (its REST API has no POST …/runs/{run_id}/rerun-failed-jobs). Re-ran the whole run 42 instead (POST …/rerun), so its successful jobs run again too.'
    ])
  })

  it('report-usage: leaves created out of the request, checks it on each run, and reports without jobs', async () => {
    quiet()
    const runs = [
      runFixture({ id: 3, head_branch: 'main', created_at: '2026-01-03T00:00:00Z' }),
      runFixture({ id: 2, head_branch: 'main', created_at: '2026-01-02T00:00:00Z' }),
      runFixture({ id: 1, head_branch: 'main', created_at: '2025-12-31T00:00:00Z' })
    ]
    const scope = nock(API)
      .get('/repos/octo/demo/actions/workflows/ci.yml/runs')
      // Once known, the server still documents no `created`: one list, not asked again.
      .query({ per_page: '100', branch: 'main' })
      .reply(200, { total_count: 3, workflow_runs: runs }, OLD)
      .get('/repos/octo/demo/actions/runs/2/jobs')
      .query(true)
      .reply(404, { message: 'Not Found' }, OLD)
    const client = testClient()
    const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'runctl-gaps-'))
    const settings: ReportUsageSettings = {
      operation: 'report-usage',
      ...commonSettings,
      timeoutSeconds: 3600,
      scope: {
        kind: 'runs',
        workflow: 'ci.yml',
        branch: 'main',
        created: '2026-01-01..2026-01-02',
        maxRuns: 10
      }
    }
    const result = await reportUsage(client, settings, {
      clock: fakeClock(Date.parse('2026-01-04T00:00:00Z')),
      env: { RUNNER_TEMP: runnerTemp }
    })
    const report = result.report as RunsUsageReport
    // Runs 3 and 1 are outside the range: the server did not filter them, runctl did.
    expect(report.runs.map(run => run.id)).toEqual([2])
    expect(report.runs.every(run => run.jobCount === 0)).toBe(true)
    expect(client.notes).toEqual([
      "GitHub Enterprise Server 3.0.1 cannot list a run's jobs (its API has no jobs endpoints), so job details are left out: the report has run-level figures only."
    ])
    scope.done()
  })
})
