import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cleanUp, runAction, type ActionRunResult } from '../../test-support/e2e.js'
import { untilWaiting } from '../../test-support/e2e-events.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'
import { commandsExecuted, commandsExecutedAt } from '../logs/runner-emulator.js'

/**
 * Job, step, environment and branch names and titles come from workflow files and pushes, which
 * a fork pull request controls. Through dist/index.js, as the runner runs it, none of them may
 * make the runner execute a command, and runctl's own ::error:: must still work after them.
 */
const HOSTILE = {
  job: 'x ##[error]pwned-job',
  stopper: 'lint ##[stop-commands]zz',
  v2Job: '::error::pwned-v2',
  step: 'step ##[add-mask]pwned-step',
  lfStep: 'step\n::warning::pwned-lf',
  crStep: 'step\r##[error]pwned-cr',
  branch: 'feature ##[error]pwned-branch',
  title: 'Title %0A::error::pwned-title ##[stop-commands]zz',
  environment: 'prod ##[error]pwned-env'
}

/** runctl's own commands (their text may quote the names, neutralised). */
const OWN = new Set(['group', 'endgroup', 'error', 'warning', 'notice', 'debug', 'add-mask'])

/** What the runner would execute from hostile text: a command the text itself started. */
function hostileCommands(result: ActionRunResult) {
  return commandsExecuted(`${result.stdout}\n${result.stderr}`).filter(
    command => !OWN.has(command.name) || command.data.startsWith('pwned')
  )
}

/** runctl's own command lines as it printed them: `::name…::` at a line start (never `##[`). */
const OWN_LINE = /^::(group|endgroup|error|warning|notice|debug|add-mask)(?: [^:]*)?::/

/**
 * Every command runctl printed still reached the runner, those after the last hostile text
 * included: had a hostile `##[stop-commands]zz` been executed, the runner would have ignored
 * them all. Compared with what a runner that never reads `##[` would execute, and there must be
 * at least one command of runctl's after the hostile text (or at all, where none is printed).
 */
function expectOwnCommandsHeard(result: ActionRunResult, lastMayQuote = false) {
  const lines = result.stdout.split(/\r\n|\r|\n/)
  const lastHostile = lines.findLastIndex(line => /pwned|stop-commands\]zz/.test(line))
  // runctl's own stop-commands blocks (echoed log text) are skipped as the runner skips them.
  const printed = commandsExecutedAt(result.stdout, { legacy: false })
    .filter(command => OWN_LINE.test(lines[command.line] ?? ''))
    .map(({ name, line }) => `${line}:${name}`)
  const heard = commandsExecutedAt(result.stdout)
    .filter(command => OWN.has(command.name) && !command.data.startsWith('pwned'))
    .map(({ name, line }) => `${line}:${name}`)
  expect(heard).toEqual(printed)
  // lastMayQuote: the failure sentence itself names the hostile checks, so it is the last line
  // with hostile text, and it must still be heard.
  expect(
    printed.some(entry =>
      lastMayQuote
        ? Number(entry.split(':')[0]) >= lastHostile
        : Number(entry.split(':')[0]) > lastHostile
    )
  ).toBe(true)
}

describe('hostile API text through dist/index.js', () => {
  let sim: Simulator
  const results: ActionRunResult[] = []
  let runId: number
  beforeAll(async () => {
    sim = await startSimulator({ flavour: 'github.com' })
    runId = sim.addRun({
      branch: HOSTILE.branch,
      displayTitle: HOSTILE.title,
      completed: true,
      jobs: [
        {
          name: HOSTILE.job,
          conclusion: 'failure',
          steps: [
            { name: HOSTILE.step, conclusion: 'failure', log: ['::error::pwned-log'] },
            { name: HOSTILE.lfStep },
            { name: HOSTILE.crStep }
          ]
        },
        { name: HOSTILE.stopper, conclusion: 'failure' },
        { name: HOSTILE.v2Job }
      ]
    })
  })
  afterAll(async () => {
    await sim.close()
    await Promise.all(results.map(cleanUp))
  })

  const run = async (inputs: Record<string, string>, token = sim.tokens.githubToken) => {
    const result = await runAction(inputs, { apiUrl: sim.apiUrl, token })
    results.push(result)
    return result
  }

  /** The step failed with our own ::error::, which the runner still executes. */
  function expectOwnErrorExecuted(result: ActionRunResult) {
    expect(result.exitCode).toBe(1)
    const errors = commandsExecuted(result.stdout).filter(command => command.name === 'error')
    expect(errors).toHaveLength(1)
  }

  it('wait-for-run: progress lines and the failure sentence execute nothing', async () => {
    const result = await run({
      operation: 'wait-for-run',
      'run-id': String(runId),
      'timeout-seconds': '30',
      'poll-interval-seconds': '0.2'
    })
    expect(hostileCommands(result)).toEqual([])
    expectOwnErrorExecuted(result)
    expectOwnCommandsHeard(result)
    // The names are still there to read, neutralised.
    expect(result.stdout).toContain('x ##\\[error]pwned-job')
  })

  it('wait-for-checks and wait-for-run with jobs: check names, contexts and job names execute nothing', async () => {
    const sha = (sim.getRun(runId) as { head_sha: string }).head_sha
    sim.addCheckRun({ headSha: sha, name: 'ci ##[stop-commands]zz', app: 'ci-service' })
    sim.addStatus({ sha, context: '::error::pwned-status', state: 'failure' })
    for (const inputs of <Record<string, string>[]>[
      { operation: 'wait-for-checks', ref: sha, 'poll-interval-seconds': '0.2' },
      {
        operation: 'wait-for-run',
        'run-id': String(runId),
        jobs: '*',
        'poll-interval-seconds': '0.2'
      }
    ]) {
      const result = await run(inputs)
      expect(hostileCommands(result)).toEqual([])
      expectOwnErrorExecuted(result)
      expectOwnCommandsHeard(result, true)
      expect(result.stdout).toContain('x ##\\[error]pwned-job')
    }
  })

  it('fetch-logs: group titles, names and the echoed log execute nothing', async () => {
    const result = await run({ operation: 'fetch-logs', 'run-id': String(runId) })
    expect(result.exitCode).toBe(0)
    expect(hostileCommands(result)).toEqual([])
    expectOwnCommandsHeard(result)
    expect(result.outputs['failed-jobs']).toContain('stop-commands]zz')
    expect(result.stdout).toContain('::error::pwned-log') // verbatim, inside stop-commands
  })

  it('report-usage executes nothing', async () => {
    const result = await run({ operation: 'report-usage', 'run-id': String(runId) })
    expect(result.exitCode).toBe(0)
    expect(hostileCommands(result)).toEqual([])
    expectOwnCommandsHeard(result)
    expect(result.outputs['run-id']).toBe(String(runId))
  })

  it('rerun-failed: names in progress and failure lines execute nothing', async () => {
    const result = await run({
      operation: 'rerun-failed',
      'run-id': String(runId),
      wait: 'true',
      'timeout-seconds': '30',
      'poll-interval-seconds': '0.2'
    })
    expect(hostileCommands(result)).toEqual([])
    // The new attempt fails as the first did: our own ::error:: says so, after the names.
    expectOwnErrorExecuted(result)
    expectOwnCommandsHeard(result)
    expect(result.outputs['rerun']).toBe('true')
  })

  it('approve-deployment: environment names in sentences execute nothing', async () => {
    const gated = sim.addRun({
      environments: [{ name: HOSTILE.environment }],
      jobs: [{ name: HOSTILE.job, environment: HOSTILE.environment }]
    })
    await untilWaiting(sim, gated)
    const refused = await run(
      {
        operation: 'approve-deployment',
        'run-id': String(gated),
        environments: 'other',
        decision: 'approve'
      },
      sim.tokens.reviewer
    )
    expect(hostileCommands(refused)).toEqual([])
    expectOwnErrorExecuted(refused)
    expect(refused.stdout).toContain("(pending now: 'prod ##\\[error]pwned-env'")
    const approved = await run(
      {
        operation: 'approve-deployment',
        'run-id': String(gated),
        environments: HOSTILE.environment,
        decision: 'approve'
      },
      sim.tokens.reviewer
    )
    expect(approved.exitCode).toBe(0)
    expect(hostileCommands(approved)).toEqual([])
  })

  it('an input with a newline is refused, not echoed: the branch input', async () => {
    const result = await run({
      operation: 'wait-for-run',
      workflow: 'ci.yml',
      branch: 'main\n::error::pwned-input'
    })
    expect(hostileCommands(result)).toEqual([])
    expectOwnErrorExecuted(result)
    expect(result.stdout).toContain("::error::Input 'branch' must be a git branch name")
  })

  it('log-dir under /proc fails at once in one sentence, before any API call', async () => {
    sim.clearRequests()
    const result = await run({
      operation: 'fetch-logs',
      'run-id': String(runId),
      'log-dir': '/proc/self/x'
    })
    expectOwnErrorExecuted(result)
    expect(result.stdout).toContain("::error::Input 'log-dir' is under /proc,")
    expect(sim.requests).toEqual([])
  })
})
