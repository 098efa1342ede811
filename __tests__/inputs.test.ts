import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { getSettings, InputError } from '../src/inputs.js'
import { RUNNER_DEFAULTS, withInputs } from './helpers/env.js'

let restore: () => void = () => {}
afterEach(() => restore())

function settingsFor(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  restore = withInputs({ ...RUNNER_DEFAULTS, ...inputs })
  return getSettings(env)
}

function errorFor(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): string {
  try {
    settingsFor(inputs, env)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an input error')
}

describe('inputs', () => {
  it('parses wait-for-run with defaults', () => {
    const settings = settingsFor({ operation: 'wait-for-run', 'run-id': '42' })
    expect(settings).toMatchObject({
      operation: 'wait-for-run',
      owner: 'octo',
      repo: 'demo',
      apiUrl: 'https://api.github.com',
      apiVersion: '2022-11-28',
      summary: true,
      timeoutSeconds: 3600,
      pollIntervalSeconds: 30,
      target: { kind: 'id', runId: 42 },
      allowedConclusions: ['success'],
      cancelOnTimeout: false
    })
  })

  it('accepts fractions, lists with newlines and commas, and a GHES URL', () => {
    const settings = settingsFor({
      operation: 'wait-for-run',
      workflow: 'ci.yml',
      branch: 'main',
      'poll-interval-seconds': '0.5',
      'allowed-conclusions': 'success\nskipped, neutral',
      'github-api-url': 'https://ghes.example.com/api/v3/',
      'api-version': '2026-03-10',
      'created-after': '2026-01-31T12:00:00Z'
    })
    expect(settings).toMatchObject({
      pollIntervalSeconds: 0.5,
      allowedConclusions: ['success', 'skipped', 'neutral'],
      apiUrl: 'https://ghes.example.com/api/v3',
      apiVersion: '2026-03-10',
      target: { kind: 'filter', filter: { workflow: 'ci.yml', branch: 'main' } }
    })
  })

  it('keeps commas inside job names for fetch-logs', () => {
    const settings = settingsFor(
      {
        operation: 'fetch-logs',
        'run-id': '7',
        jobs: 'test (ubuntu, 20)\ntest (windows, 22)'
      },
      { RUNNER_TEMP: '/tmp/runner' }
    )
    expect(settings).toMatchObject({
      jobs: ['test (ubuntu, 20)', 'test (windows, 22)'],
      logDir: '/tmp/runner/runctl-logs/7',
      failedOnly: true,
      tailLines: 50,
      maxLogBytes: 1073741824
    })
  })

  it('report-usage defaults to the current run', () => {
    const settings = settingsFor({ operation: 'report-usage' }, { GITHUB_RUN_ID: '99' })
    expect(settings).toMatchObject({ scope: { kind: 'run', runId: 99 } })
  })

  it('gives every operation the one time budget, timeout-seconds, with the same default', () => {
    for (const operation of ['fetch-logs', 'report-usage'] as const) {
      expect(settingsFor({ operation, 'run-id': '7' })).toMatchObject({ timeoutSeconds: 3600 })
      expect(settingsFor({ operation, 'run-id': '7', 'timeout-seconds': '90' })).toMatchObject({
        timeoutSeconds: 90
      })
      expect(errorFor({ operation, 'run-id': '7', 'timeout-seconds': 'soon' })).toBe(
        "Input 'timeout-seconds' must be a non-negative number of seconds (fractions like 0.5 are allowed)."
      )
    }
  })

  it('approve-deployment comment names the deciding run', () => {
    const settings = settingsFor(
      {
        operation: 'approve-deployment',
        'run-id': '5',
        environments: 'prod, staging',
        decision: 'approve'
      },
      {
        GITHUB_REPOSITORY: 'octo/demo',
        GITHUB_RUN_ID: '77',
        GITHUB_SERVER_URL: 'https://github.com'
      }
    )
    expect(settings).toMatchObject({
      environments: ['prod', 'staging'],
      decision: 'approve',
      target: 'environments',
      comment: 'Approved by runctl in workflow run https://github.com/octo/demo/actions/runs/77'
    })
  })

  const cases: Array<[string, Record<string, string>, string]> = [
    [
      'missing operation',
      {},
      "Input 'operation' is required and must be one of: wait-for-run, rerun-failed, cancel, fetch-logs, approve-deployment, report-usage, dispatch, wait-for-checks."
    ],
    [
      'unknown operation',
      { operation: 'restart' },
      "Input 'operation' must be one of: wait-for-run, rerun-failed, cancel, fetch-logs, approve-deployment, report-usage, dispatch, wait-for-checks."
    ],
    [
      'bad repository',
      { operation: 'cancel', 'run-id': '1', repository: 'just-a-name' },
      "Input 'repository' must be in the form owner/name."
    ],
    [
      'run-id zero',
      { operation: 'cancel', 'run-id': '0' },
      "Input 'run-id' must be a positive integer."
    ],
    [
      'run-id text',
      { operation: 'cancel', 'run-id': 'abc' },
      "Input 'run-id' must be a positive integer."
    ],
    [
      'negative timeout',
      { operation: 'wait-for-run', 'run-id': '1', 'timeout-seconds': '-5' },
      "Input 'timeout-seconds' must be a non-negative number of seconds (fractions like 0.5 are allowed)."
    ],
    [
      'text interval',
      { operation: 'wait-for-run', 'run-id': '1', 'poll-interval-seconds': 'soon' },
      "Input 'poll-interval-seconds' must be a positive number of seconds (fractions like 0.5 are allowed)."
    ],
    [
      'zero interval',
      { operation: 'wait-for-run', 'run-id': '1', 'poll-interval-seconds': '0' },
      "Input 'poll-interval-seconds' must be a positive number of seconds (fractions like 0.5 are allowed)."
    ],
    [
      'unknown api version',
      { operation: 'cancel', 'run-id': '1', 'api-version': '2020-01-01' },
      "Input 'api-version' must be one of: 2022-11-28, 2026-03-10."
    ],
    [
      'bad boolean',
      { operation: 'cancel', 'run-id': '1', wait: 'yes' },
      "Input 'wait' must be true or false."
    ],
    [
      'no target',
      { operation: 'wait-for-run' },
      "Input 'run-id' is required for wait-for-run unless 'workflow' or 'branch' is given to find runs."
    ],
    [
      'run-id with filter',
      { operation: 'cancel', 'run-id': '1', branch: 'main' },
      "Input 'branch' cannot be combined with 'run-id': give a run id, or a filter to find runs."
    ],
    [
      'bad workflow',
      { operation: 'wait-for-run', workflow: '../x' },
      "Input 'workflow' must be a workflow file name such as ci.yml or a numeric workflow id."
    ],
    [
      'bad sha',
      { operation: 'wait-for-run', workflow: 'ci.yml', 'head-sha': 'zz' },
      "Input 'head-sha' must be a commit SHA (hexadecimal)."
    ],
    [
      'bad created-after',
      { operation: 'wait-for-run', workflow: 'ci.yml', 'created-after': 'yesterday' },
      "Input 'created-after' must be an ISO 8601 time such as 2026-01-31T12:00:00Z."
    ],
    [
      'bad conclusion',
      { operation: 'wait-for-run', 'run-id': '1', 'allowed-conclusions': 'success,green' },
      "Input 'allowed-conclusions' may list only: success, failure, cancelled, skipped, neutral, timed_out, action_required, stale, startup_failure."
    ],
    [
      'missing token',
      { operation: 'cancel', 'run-id': '1', token: '' },
      "Input 'token' is required: pass ${{ github.token }} or a token with access to the repository."
    ],
    [
      'bad api url',
      { operation: 'cancel', 'run-id': '1', 'github-api-url': 'api.github.com' },
      "Input 'github-api-url' must be an http(s) URL such as https://api.github.com, https://api.SUBDOMAIN.ghe.com or https://HOST/api/v3."
    ],
    [
      'rerun needs run-id',
      { operation: 'rerun-failed' },
      "Input 'run-id' is required for rerun-failed: the id of a workflow run."
    ],
    [
      'rerun one job only',
      { operation: 'rerun-failed', 'run-id': '1', jobs: 'a\nb' },
      "Input 'jobs' takes one job name or glob for rerun-failed: the API re-runs one job at a time."
    ],
    [
      'max-attempts',
      { operation: 'rerun-failed', 'run-id': '1', 'max-attempts': '0' },
      "Input 'max-attempts' must be a positive integer."
    ],
    [
      'tail-lines',
      { operation: 'fetch-logs', 'run-id': '1', 'tail-lines': '-1' },
      "Input 'tail-lines' must be a whole number."
    ],
    [
      'decision required',
      { operation: 'approve-deployment', 'run-id': '1', environments: 'prod' },
      "Input 'decision' is required and must be one of: approve, reject."
    ],
    [
      'decision value',
      { operation: 'approve-deployment', 'run-id': '1', environments: 'prod', decision: 'yes' },
      "Input 'decision' must be one of: approve, reject."
    ],
    [
      'environments required',
      { operation: 'approve-deployment', 'run-id': '1', decision: 'approve' },
      "Input 'environments' is required for approve-deployment: name the environments to review, one per line or comma-separated."
    ],
    [
      'fork-pr reject',
      { operation: 'approve-deployment', 'run-id': '1', target: 'fork-pr', decision: 'reject' },
      "Input 'decision' must be one of: approve."
    ],
    [
      'fork-pr wait',
      {
        operation: 'approve-deployment',
        'run-id': '1',
        target: 'fork-pr',
        'wait-for-pending': 'true'
      },
      "Input 'wait-for-pending' does not apply to target fork-pr: a fork pull request's run waits for approval before any job starts, so there is no gate to wait for."
    ],
    [
      'bad target',
      { operation: 'approve-deployment', 'run-id': '1', target: 'all' },
      "Input 'target' must be one of: environments, fork-pr, protection-rule."
    ],
    [
      'usage outside a run',
      { operation: 'report-usage' },
      "Input 'run-id' is required for report-usage outside a workflow run (GITHUB_RUN_ID is not set)."
    ],
    [
      'usage runs with attempt',
      { operation: 'report-usage', workflow: 'ci.yml', attempt: '2' },
      "Input 'attempt' applies to one run: give 'run-id' with it."
    ],
    [
      'usage max-runs',
      { operation: 'report-usage', workflow: 'ci.yml', 'max-runs': '5000' },
      "Input 'max-runs' must be at most 1000 (GitHub lists no more)."
    ],
    [
      'usage runs-only input',
      { operation: 'report-usage', 'run-id': '3', branch: 'main' },
      "Input 'branch' selects runs mode, which takes 'workflow' without 'run-id'."
    ]
  ]

  it.each(cases)('%s', (_name, inputs, message) => {
    expect(errorFor(inputs)).toBe(message)
  })

  it('never echoes the token in a message', () => {
    for (const [, inputs] of cases) {
      expect(errorFor(inputs)).not.toContain(RUNNER_DEFAULTS.token)
    }
  })
})

describe('inputs of another operation', () => {
  function warningsFor(inputs: Record<string, string>): string[] {
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      settingsFor(inputs)
      return stdout.mock.calls.map(([text]) => String(text)).filter(t => t.startsWith('::warning'))
    } finally {
      stdout.mockRestore()
    }
  }

  it('are ignored with one warning line each, naming the input and never its value', () => {
    const warnings = warningsFor({
      operation: 'cancel',
      'run-id': '1',
      jobs: 'secret-looking value',
      'tail-lines': '5'
    })
    expect(warnings).toEqual([
      "::warning::Input 'jobs' is ignored: it does not apply to operation cancel (it is used by wait-for-run, rerun-failed, fetch-logs).\n",
      "::warning::Input 'tail-lines' is ignored: it does not apply to operation cancel (it is used by fetch-logs).\n"
    ])
  })

  it('leave the settings as if they were not given', () => {
    restore = withInputs({
      ...RUNNER_DEFAULTS,
      operation: 'wait-for-run',
      'run-id': '1',
      force: 'true'
    })
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      expect(getSettings({})).not.toHaveProperty('force')
    } finally {
      stdout.mockRestore()
    }
  })

  it('warn about nothing when every input applies', () => {
    expect(warningsFor({ operation: 'cancel', 'run-id': '1', force: 'true' })).toEqual([])
  })
})

describe("a plain http 'github-api-url'", () => {
  const CLEAR =
    "::warning::Input 'github-api-url' is a plain http URL to another machine, so the token crosses the network unencrypted; use an https URL."

  function warningsFor(apiUrl: string): string[] {
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      settingsFor({ operation: 'cancel', 'run-id': '1', 'github-api-url': apiUrl })
      return out.mock.calls.map(call => String(call[0]).trim()).filter(line => line === CLEAR)
    } finally {
      out.mockRestore()
    }
  }

  it.each([
    'http://ghes.example.com/api/v3',
    'http://10.0.0.5:8080',
    'http://[::2]:8080',
    'http://128.0.0.1',
    'http://localhost.example.com',
    // Names that start or end like a loopback address resolve anywhere (nip.io answers any IP).
    'http://127.0.0.1.nip.io',
    'http://127.0.0.1.nip.io:8787/api/v3',
    'http://127.0.0.1x'
  ])('warns once that %s sends the token in clear', apiUrl => {
    expect(warningsFor(apiUrl)).toEqual([CLEAR])
  })

  it.each([
    'https://ghes.example.com/api/v3',
    'http://127.0.0.1:8787',
    'http://127.9.9.9',
    'http://[::1]:8787',
    'http://localhost:8787',
    'http://LOCALHOST'
  ])('does not warn for %s (https, or this machine)', apiUrl => {
    expect(warningsFor(apiUrl)).toEqual([])
  })
})
