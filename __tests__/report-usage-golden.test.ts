/**
 * report-usage reduces each jobs page as it arrives and streams the usage file (issue 23). These
 * tests pin what it prints to what the implementation before that change printed, byte for byte:
 * the sha-256 of the summary, of every output and of the usage file, recorded from that
 * implementation on the same generated runs. They run the source (src/), in process.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { reportUsage } from '../src/operations/report-usage.js'
import { presentReportUsage } from '../src/presenters/report-usage.js'
import { writePresentation } from '../src/report.js'
import type { ReportUsageSettings, UsageScope } from '../src/settings.js'
import { API, fakeClock, testClient } from './helpers/client.js'

const REPO = '/repos/octo/demo/actions'
const NOW = Date.parse('2026-01-01T02:00:00Z')
const T0 = Date.parse('2026-01-01T00:00:00Z')
let runnerTemp: string

function settings(scope: UsageScope): ReportUsageSettings {
  return {
    operation: 'report-usage',
    token: 't',
    owner: 'octo',
    repo: 'demo',
    apiUrl: API,
    apiVersion: '2022-11-28',
    summary: true,
    timeoutSeconds: 3600,
    scope
  }
}

/** A small deterministic generator (the same jobs on every run of the test). */
function numbers(seed: number) {
  let state = seed >>> 0
  return (below: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state % below
  }
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')

/** Jobs of every kind: finished (each conclusion), running, queued, old-GHES (no created_at). */
function generatedJobs(runId: number, count: number, seed: number, attempts = 1) {
  const next = numbers(seed)
  const conclusions = ['success', 'success', 'success', 'failure', 'skipped', 'cancelled']
  return Array.from({ length: count }, (_, index) => {
    const kind = next(20)
    const status = kind === 0 ? 'queued' : kind === 1 ? 'in_progress' : 'completed'
    const created = T0 + next(600) * 1000
    const started = status === 'queued' ? null : created + next(120) * 1000
    // Many equal durations: ties must keep the order the jobs came in.
    const runMs = (30 + next(40) * 15) * 1000
    const completed = status === 'completed' && started !== null ? started + runMs : null
    const stepCount = status === 'queued' ? 0 : next(12)
    let stepStart = started ?? created
    const steps = Array.from({ length: stepCount }, (_, s) => {
      const duration = next(5) === 0 ? 400 : next(90) * 1000
      const step = {
        name: `Step ${s + 1}: ${['npm ci', 'npm test -- --shard', 'Build | "quoted" <b>', 'Upload'][next(4)]} ${index}`,
        status: completed !== null || s < stepCount - 1 ? 'completed' : 'in_progress',
        conclusion: completed !== null || s < stepCount - 1 ? 'success' : null,
        number: s + 1,
        started_at: iso(stepStart),
        completed_at: completed !== null || s < stepCount - 1 ? iso(stepStart + duration) : null
      }
      stepStart += duration
      return step
    })
    const job: Record<string, unknown> = {
      id: runId * 100000 + index,
      run_id: runId,
      run_attempt: 1 + (index % attempts),
      name: `test (${['ubuntu', 'windows', 'macos'][next(3)]}, shard ${index}) ${'matrix leg '.repeat(next(14))}| <x> \`tick\``,
      status,
      conclusion: status === 'completed' ? conclusions[next(conclusions.length)] : null,
      html_url: `https://github.test/octo/demo/actions/runs/${runId}/job/${runId * 100000 + index}`,
      created_at: iso(created),
      started_at: started === null ? null : iso(started),
      completed_at: completed === null ? null : iso(completed),
      labels: next(3) === 0 ? ['self-hosted', 'linux', 'x64'] : ['ubuntu-latest'],
      runner_name: status === 'queued' ? null : `runner-${next(50)}`,
      runner_group_name: next(2) === 0 ? 'Default' : null,
      steps
    }
    if (next(25) === 0) delete job['created_at']
    return job
  })
}

function run(id: number, overrides: Record<string, unknown> = {}) {
  return {
    id,
    name: 'CI',
    display_title: `Change ${id} | <b>bold</b>`,
    html_url: `https://github.test/octo/demo/actions/runs/${id}`,
    status: 'completed',
    conclusion: 'success',
    run_attempt: 1,
    run_number: id,
    event: 'push',
    head_branch: 'main',
    head_sha: 'a'.repeat(40),
    workflow_id: 1,
    path: '.github/workflows/ci.yml',
    created_at: iso(T0),
    run_started_at: iso(T0 + 5000),
    updated_at: iso(T0 + 3_600_000),
    ...overrides
  }
}

/** A run's jobs served 100 a page, with the Link header GitHub sends. */
function serveJobs(scope: nock.Scope, runId: number, jobs: unknown[], filter: string) {
  const pages = Math.max(1, Math.ceil(jobs.length / 100))
  const url = (page: number) =>
    `${API}${REPO}/runs/${runId}/jobs?filter=${filter}&per_page=100&page=${page}`
  for (let page = 1; page <= pages; page++) {
    scope
      .get(`${REPO}/runs/${runId}/jobs`)
      .query(
        page === 1 ? { filter, per_page: '100' } : { filter, per_page: '100', page: `${page}` }
      )
      .reply(
        200,
        { total_count: jobs.length, jobs: jobs.slice((page - 1) * 100, page * 100) },
        page < pages ? { link: `<${url(page + 1)}>; rel="next", <${url(pages)}>; rel="last"` } : {}
      )
  }
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16)

/** The step summary file as the action writes it (the summary's pieces, one by one). */
async function writtenSummary(presentation: Parameters<typeof writePresentation>[0]) {
  const saved = [process.env['GITHUB_STEP_SUMMARY'], process.env['GITHUB_OUTPUT']] as const
  const file = path.join(runnerTemp, 'summary.md')
  writeFileSync(file, '')
  writeFileSync(path.join(runnerTemp, 'output'), '')
  process.env['GITHUB_STEP_SUMMARY'] = file
  process.env['GITHUB_OUTPUT'] = path.join(runnerTemp, 'output')
  try {
    await writePresentation(presentation, { summary: true })
    return readFileSync(file, 'utf8')
  } finally {
    for (const [name, value] of [
      ['GITHUB_STEP_SUMMARY', saved[0]],
      ['GITHUB_OUTPUT', saved[1]]
    ] as const) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

async function fingerprint(scope: UsageScope) {
  const result = await reportUsage(testClient(), settings(scope), {
    clock: fakeClock(NOW),
    env: { RUNNER_TEMP: runnerTemp }
  })
  const presentation = presentReportUsage(result)
  const { outputs, summary } = presentation
  const { 'usage-file': usageFile, ...rest } = outputs
  expect(usageFile).toBe(result.usageFile)
  expect(await writtenSummary(presentation)).toBe(`${String(summary)}\n`)
  return {
    summary: sha(String(summary)),
    outputs: Object.fromEntries(Object.entries(rest).map(([name, value]) => [name, sha(value)])),
    usageFile: sha(readFileSync(result.usageFile, 'utf8'))
  }
}

beforeAll(() => {
  nock.disableNetConnect()
  runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'runctl-usage-golden-'))
})
afterEach(() => {
  nock.cleanAll()
})
afterAll(() => {
  rmSync(runnerTemp, { recursive: true, force: true })
})

describe('report-usage prints what it printed before streaming (byte for byte)', () => {
  it('one run of 2,600 jobs over two attempts: the table over its budget, the output truncated', async () => {
    const scope = nock(API)
      .get(`${REPO}/runs/7`)
      .reply(200, run(7, { status: 'in_progress', conclusion: null, run_attempt: 2 }))
      .get(`${REPO}/runs/7/timing`)
      .reply(404, { message: 'Not Found' })
    serveJobs(scope, 7, generatedJobs(7, 2600, 1, 2), 'all')
    const print = await fingerprint({ kind: 'run', runId: 7 })
    scope.done()
    expect(print).toEqual(GOLDEN.bigRun)
  })

  it('one small run: every job in the output, billable time', async () => {
    const jobs = generatedJobs(8, 6, 2)
    const scope = nock(API)
      .get(`${REPO}/runs/8`)
      .reply(200, run(8))
      .get(`${REPO}/runs/8/timing`)
      .reply(200, {
        billable: {
          UBUNTU: {
            total_ms: 300000,
            jobs: 2,
            job_runs: [
              { job_id: 800000, duration_ms: 240000 },
              { job_id: 800001, duration_ms: 60000 }
            ]
          }
        },
        run_duration_ms: 360000
      })
    serveJobs(scope, 8, jobs, 'all')
    const print = await fingerprint({ kind: 'run', runId: 8 })
    scope.done()
    expect(print).toEqual(GOLDEN.smallRun)
  })

  it.each([
    ['40 runs of up to 150 jobs: the output truncated', 40, 150, 'manyRuns' as const],
    ['4 runs of 3 jobs: every job in the output', 4, 3, 'fewRuns' as const]
  ])('across runs, %s', async (_, runCount, maxJobs, golden) => {
    const next = numbers(runCount)
    const conclusions = ['success', 'failure', 'timed_out', 'cancelled', 'success']
    const runs = Array.from({ length: runCount }, (_, index) => {
      const id = 1000 + index
      const done = index % 7 !== 3
      return run(id, {
        status: done ? 'completed' : 'in_progress',
        conclusion: done ? conclusions[next(conclusions.length)] : null,
        created_at: iso(T0 - index * 60_000),
        run_started_at: iso(T0 - index * 60_000 + 3000),
        updated_at: iso(T0 - index * 60_000 + (5 + next(50)) * 60_000)
      })
    })
    const scope = nock(API)
      .get(`${REPO}/workflows/ci.yml/runs`)
      .query(true)
      .times(2)
      .reply(200, { total_count: runs.length, workflow_runs: runs })
    for (const listed of runs) {
      serveJobs(scope, listed.id, generatedJobs(listed.id, 1 + next(maxJobs), listed.id), 'latest')
    }
    const print = await fingerprint({ kind: 'runs', workflow: 'ci.yml', maxRuns: 100 })
    expect(print).toEqual(GOLDEN[golden])
  })
})

/**
 * Recorded from the implementation before streaming (c3c91f9). bigRun: 2,555 of 2,600 rows in
 * the table, 50 of 2,365 started jobs charted, the output truncated; smallRun and fewRuns: the
 * output has every job; manyRuns: truncated.
 */
const GOLDEN = {
  bigRun: {
    summary: '2cb97a070f7722f3',
    outputs: {
      'run-id': '7902699be42c8a8e',
      'run-url': 'a34a27a45cc035b8',
      status: '01734f4123dcfb81',
      conclusion: 'e3b0c44298fc1c14',
      attempt: 'd4735e3a265e16ee',
      usage: 'a52e938cfa91f2f6',
      'run-duration-ms': 'd70c1a6008327f18',
      'total-job-ms': '085917c0f9cc8bb2',
      'billable-ms': 'e3b0c44298fc1c14'
    },
    usageFile: '1d569e0b0757fdd6'
  },
  smallRun: {
    summary: '80e0225a1ca758dd',
    outputs: {
      'run-id': '2c624232cdd22177',
      'run-url': 'bb60dee924a771d1',
      status: '4ddb3e96801a1ee2',
      conclusion: 'aee408847d35e44e',
      attempt: '6b86b273ff34fce1',
      usage: '1bd4c8c6bffddff5',
      'run-duration-ms': 'b72979bfab9e6d49',
      'total-job-ms': 'a7f18f8ce4e37340',
      'billable-ms': '6ce318969619d1c3'
    },
    usageFile: '70a964e52a6d3d37'
  },
  manyRuns: {
    summary: '19d66afc0fbb9fa1',
    outputs: {
      usage: 'c218d7bfc522ab07',
      'run-duration-ms': '794436592d4e99d1',
      'total-job-ms': '5dc35924a4190285',
      'billable-ms': 'e3b0c44298fc1c14'
    },
    usageFile: '80f8dc2ad2ae6c66'
  },
  fewRuns: {
    summary: 'e5125d6a24514df0',
    outputs: {
      usage: '6f35ab652be4fc3e',
      'run-duration-ms': '9cc3cf209f2313e5',
      'total-job-ms': '56e6af1195fd1ee8',
      'billable-ms': 'e3b0c44298fc1c14'
    },
    usageFile: '8dca04a879beb557'
  }
}
