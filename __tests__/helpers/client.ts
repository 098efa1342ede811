import { GitHubClient } from '../../src/github/client.js'
import type { Clock } from '../../src/clock.js'

export const API = 'https://api.github.test'

/** The settings every operation shares, as tests use them. */
export const commonSettings = {
  token: 't',
  owner: 'octo',
  repo: 'demo',
  apiUrl: API,
  apiVersion: '2022-11-28',
  summary: true,
  timeoutSeconds: 3600
} as const

/** A real client whose requests go through globalThis.fetch, which nock intercepts. */
export function testClient(overrides: Partial<ConstructorParameters<typeof GitHubClient>[0]> = {}) {
  return new GitHubClient({
    token: 'test-token',
    baseUrl: API,
    apiVersion: '2022-11-28',
    owner: 'octo',
    repo: 'demo',
    fetch: (url, init) => globalThis.fetch(url, init as RequestInit),
    // Every wait lasts a thousandth: one second of back-off is 1 ms.
    timeScale: 0.001,
    sleep: async () => {},
    ...overrides
  })
}

/** A clock that advances only when slept on: waits take no real time. */
export function fakeClock(start = Date.parse('2026-01-01T00:00:00Z')): Clock & { slept: number[] } {
  let now = start
  const slept: number[] = []
  return {
    slept,
    now: () => now,
    sleep: async ms => {
      slept.push(ms)
      now += ms
    }
  }
}

let nextId = 1000
/** A workflow run as the API returns it, with overrides. */
export function runFixture(overrides: Record<string, unknown> = {}) {
  const id = (overrides['id'] as number | undefined) ?? nextId++
  return {
    id,
    name: 'CI',
    display_title: 'Fix the build',
    html_url: `https://github.test/octo/demo/actions/runs/${id}`,
    status: 'in_progress',
    conclusion: null,
    run_attempt: 1,
    run_number: 7,
    event: 'push',
    head_branch: 'main',
    head_sha: 'a'.repeat(40),
    workflow_id: 1,
    path: '.github/workflows/ci.yml',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...overrides
  }
}

export function jobFixture(overrides: Record<string, unknown> = {}) {
  const id = (overrides['id'] as number | undefined) ?? nextId++
  return {
    id,
    run_id: 1,
    run_attempt: 1,
    name: 'build',
    status: 'completed',
    conclusion: 'success',
    html_url: `https://github.test/octo/demo/actions/runs/1/job/${id}`,
    created_at: '2026-01-01T00:00:00Z',
    started_at: '2026-01-01T00:00:10Z',
    completed_at: '2026-01-01T00:01:10Z',
    labels: ['ubuntu-latest'],
    runner_name: 'GitHub Actions 1',
    steps: [],
    ...overrides
  }
}
