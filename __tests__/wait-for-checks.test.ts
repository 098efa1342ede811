import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { getSettings, InputError } from '../src/inputs.js'
import type { CheckRun, CommitStatus } from '../src/github/types.js'
import {
  countedChecks,
  isOwnCheckRun,
  isRequiredName,
  statusConclusion
} from '../src/operations/wait-for-checks.js'
import { RUNNER_DEFAULTS, withInputs } from './helpers/env.js'

let restore: () => void = () => {}
afterEach(() => restore())

function settingsFor(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  restore = withInputs({ ...RUNNER_DEFAULTS, operation: 'wait-for-checks', ...inputs })
  return getSettings(env)
}

const SHA = 'a'.repeat(40)
const HEAD = 'b'.repeat(40)

describe('wait-for-checks inputs', () => {
  it('defaults to GITHUB_SHA, every check, success only, no fail-fast', () => {
    expect(settingsFor({}, { GITHUB_SHA: SHA })).toMatchObject({
      operation: 'wait-for-checks',
      ref: SHA,
      refOrigin: 'GITHUB_SHA',
      checks: [],
      ignoreChecks: [],
      allowedConclusions: ['success'],
      failFast: false,
      pollIntervalSeconds: 30
    })
  })

  it('on pull_request and pull_request_target takes the head SHA from the event payload', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'runctl-event-'))
    const eventPath = path.join(dir, 'event.json')
    writeFileSync(eventPath, JSON.stringify({ pull_request: { head: { sha: HEAD } } }))
    try {
      for (const event of ['pull_request', 'pull_request_target']) {
        const env = { GITHUB_SHA: SHA, GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath }
        expect(settingsFor({}, env)).toMatchObject({ ref: HEAD, refOrigin: 'pull request head' })
        restore()
      }
      // A ref given wins.
      const env = {
        GITHUB_SHA: SHA,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath
      }
      expect(settingsFor({ ref: 'main' }, env)).toMatchObject({ ref: 'main', refOrigin: 'input' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says in one sentence when the pull request head cannot be read, never falling back to the merge commit', () => {
    expect(() =>
      settingsFor(
        {},
        { GITHUB_SHA: SHA, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/nonexistent' }
      )
    ).toThrow(
      new InputError(
        "Input 'ref' is required here: on pull_request the checks are on the pull request's head commit, and its SHA could not be read from the event payload (GITHUB_EVENT_PATH)."
      )
    )
  })

  it('splits checks one per line, or by commas on one line; refuses a bad ref', () => {
    expect(settingsFor({ checks: 'CodeQL, ci/*' }, { GITHUB_SHA: SHA })).toMatchObject({
      checks: ['CodeQL', 'ci/*']
    })
    expect(
      settingsFor(
        { checks: 'test (ubuntu, 22)\nlint', 'ignore-checks': 'docs*' },
        { GITHUB_SHA: SHA }
      )
    ).toMatchObject({ checks: ['test (ubuntu, 22)', 'lint'], ignoreChecks: ['docs*'] })
    expect(() => settingsFor({ ref: 'bad ref' }, { GITHUB_SHA: SHA })).toThrow(
      /^Input 'ref' must be/
    )
    expect(() => settingsFor({}, {})).toThrow(/^Input 'ref' is required outside a workflow run/)
  })

  it('wait-for-run refuses jobs with all-runs', () => {
    restore = withInputs({
      ...RUNNER_DEFAULTS,
      operation: 'wait-for-run',
      'all-runs': 'true',
      'head-sha': SHA,
      jobs: 'build'
    })
    expect(() => getSettings({})).toThrow(
      "Input 'jobs' waits for jobs of one run: it cannot be combined with 'all-runs'."
    )
  })
})

function checkRun(fields: Partial<CheckRun> & { id: number; name: string }): CheckRun {
  return {
    status: 'completed',
    conclusion: 'success',
    app: { slug: 'ci' },
    started_at: '2026-01-01T00:00:00Z',
    completed_at: '2026-01-01T00:01:00Z',
    html_url: `https://github.com/o/r/runs/${fields.id}`,
    ...fields
  }
}

describe('which checks count', () => {
  const none = { patterns: [], ignore: [] }

  it('per name and app, the check run that completed last (a re-run replaces its failure)', () => {
    const runs = [
      checkRun({ id: 1, name: 'test', conclusion: 'failure' }),
      checkRun({
        id: 2,
        name: 'test',
        started_at: '2026-01-01T00:02:00Z',
        completed_at: '2026-01-01T00:03:00Z'
      })
    ]
    expect(countedChecks(runs, [], none).checks).toEqual([
      expect.objectContaining({ name: 'test', conclusion: 'success', completed: true, others: 1 })
    ])
  })

  it('in progress while any check run of the name and app runs', () => {
    const runs = [
      checkRun({ id: 1, name: 'Preview', conclusion: 'failure' }),
      checkRun({
        id: 2,
        name: 'Preview',
        status: 'in_progress',
        conclusion: null,
        completed_at: null
      })
    ]
    expect(countedChecks(runs, [], none).checks[0]).toMatchObject({
      completed: false,
      conclusion: null
    })
  })

  it('leaves out the current run, ignored names, and names not asked for', () => {
    const own = checkRun({
      id: 3,
      name: 'gate',
      app: { slug: 'github-actions' },
      details_url: 'https://github.com/o/r/actions/runs/77/job/3'
    })
    expect(isOwnCheckRun(own, { runId: 77 })).toBe(true)
    expect(isOwnCheckRun(own, { runId: 78 })).toBe(false)
    expect(isOwnCheckRun({ ...own, app: { slug: 'other' } }, { runId: 77 })).toBe(false)
    const runs = [own, checkRun({ id: 4, name: 'docs' }), checkRun({ id: 5, name: 'unit' })]
    const statuses: CommitStatus[] = [{ id: 9, context: 'ci/unit', state: 'error' }]
    const counted = countedChecks(runs, statuses, {
      patterns: ['*unit'],
      ignore: ['docs'],
      runId: 77
    })
    expect(counted.ownLeftOut).toBe(1)
    expect(counted.checks.map(c => [c.name, c.source, c.conclusion])).toEqual([
      ['ci/unit', 'status', 'failure'],
      ['unit', 'ci', 'success']
    ])
  })

  it('maps status states and tells required names from globs', () => {
    expect(['success', 'failure', 'error', 'pending'].map(statusConclusion)).toEqual([
      'success',
      'failure',
      'failure',
      null
    ])
    expect(isRequiredName('CodeQL')).toBe(true)
    expect(isRequiredName('ci/*')).toBe(false)
    expect(isRequiredName('test ?')).toBe(false)
  })
})

describe('wait-for-checks summary', () => {
  it('escapes names, links only http(s) URLs, and sets checks and the worst conclusion', async () => {
    const { presentWaitForChecks } = await import('../src/presenters/wait-for-checks.js')
    const presentation = presentWaitForChecks({
      operation: 'wait-for-checks',
      ref: SHA,
      checks: [
        {
          name: '<img src=x> | ::error::boom',
          source: 'ci',
          completed: true,
          conclusion: 'failure',
          url: 'javascript:alert(1)',
          others: 0
        },
        {
          name: 'ok',
          source: 'status',
          completed: true,
          conclusion: 'success',
          url: 'https://ci.example/1',
          others: 2
        }
      ],
      missing: [],
      none: false,
      timedOut: false,
      endedEarly: false,
      ownLeftOut: 0,
      timeoutSeconds: 60,
      waitedMs: 1000,
      allowedConclusions: ['success'],
      patterns: []
    })
    expect(presentation.outputs['conclusion']).toBe('failure')
    expect(JSON.parse(presentation.outputs['checks'] ?? '')).toHaveLength(2)
    expect(presentation.summary).not.toContain('<img')
    expect(presentation.summary).not.toContain('javascript:')
    expect(presentation.summary).toContain('&lt;img src=x&gt; &#124; ::error::boom')
    expect(presentation.summary).toContain('<a href="https://ci.example/1">ok</a>')
    expect(presentation.failure).toMatch(
      /^1 of 2 checks on a+ concluded outside allowed-conclusions/
    )
  })
})
