/**
 * The npm package end to end: the tarball `npm pack` makes, installed into an empty prefix, runs
 * every operation against the simulator as a terminal or another CI would (no GITHUB_* or
 * INPUT_* variables), with the documented exit codes: 0 success, 1 ended otherwise, 2 bad usage.
 * It also runs the README's "From a terminal or another CI" examples exactly as written.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  packAndInstall,
  plainEnvironment,
  runCommand,
  type CommandResult,
  type InstalledPackage
} from '../../test-support/cli-package.js'
import { REPO_ROOT } from '../../test-support/e2e.js'
import {
  loadScenario,
  startSimulator,
  type DemoRuns,
  type Simulator
} from '../../test-support/simulator/index.js'
import { commandsExecuted } from '../logs/runner-emulator.js'

let pkg: InstalledPackage
let sim: Simulator
let runs: DemoRuns
let work: string

beforeAll(async () => {
  ;[pkg, sim] = await Promise.all([packAndInstall(), startSimulator({ flavour: 'github.com' })])
  runs = loadScenario(sim, 'demo') as DemoRuns
  work = await mkdtemp(path.join(os.tmpdir(), 'runctl-package-work-'))
}, 180_000)

afterAll(async () => {
  await Promise.all([pkg?.cleanUp(), sim?.close(), rm(work, { recursive: true, force: true })])
})

async function runctl(args: string[], token = sim.tokens.githubToken): Promise<CommandResult> {
  const result = await runCommand(node(), [pkg.runctl, ...args], {
    env: plainEnvironment(pkg.binDir, { GH_TOKEN: token, GITHUB_API_URL: sim.apiUrl }),
    cwd: work
  })
  expect(commandsExecuted(`${result.stdout}\n${result.stderr}`)).toEqual([])
  expect(`${result.stdout}${result.stderr}`).not.toContain(token)
  return result
}

/** RUNCTL_E2E_NODE runs the package on another Node (CI: Node 24), as the action's e2e do. */
function node(): string {
  return process.env['RUNCTL_E2E_NODE'] || process.execPath
}

const url = (id: number) => `https://github.com/octo/demo/actions/runs/${id}`

describe('the packed npm package', () => {
  it('holds the CLI bundle only, and links the runctl bin', async () => {
    const version = (
      JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
        version: string
      }
    ).version
    const result = await runCommand(pkg.runctl, ['--version'], {
      env: plainEnvironment(pkg.binDir, {})
    })
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    const help = await runCommand('runctl', ['--help'], { env: plainEnvironment(pkg.binDir, {}) })
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: runctl <operation>')
  })

  it('wait-for-run: 0 on success, 1 on an unwanted conclusion; --json alone on stdout', async () => {
    const passed = await runctl(['wait-for-run', url(runs.passed), '--json'])
    expect(passed.code).toBe(0)
    expect(JSON.parse(passed.stdout)).toMatchObject({ conclusion: 'success' })
    const failed = await runctl(['wait-for-run', url(runs.failedThenPasses)])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/^error: /m)
  })

  it('wait-for-run times out: exit 1, saying so', async () => {
    const slow = sim.addRun({ workflow: 'ci.yml', jobs: [{ name: 'slow', durationMs: 600_000 }] })
    const result = await runctl([
      'wait-for-run',
      url(slow),
      '--timeout-seconds',
      '2',
      '--poll-interval-seconds',
      '0.5'
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: Timed out after 2 seconds waiting for run /m)
  })

  it('fetch-logs: 0, the failing tails on stderr, the summary on stdout', async () => {
    const result = await runctl(['fetch-logs', url(runs.failedThenPasses), '--log-dir', 'logs'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('FAIL src/flaky.test.ts')
    expect(result.stdout).toContain('Run npm test')
  })

  it('report-usage: 0', async () => {
    const result = await runctl(['report-usage', url(runs.passed), '--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toHaveProperty('total-job-ms')
  })

  it('cancel: 0', async () => {
    const slow = sim.addRun({ workflow: 'ci.yml', jobs: [{ name: 'slow', durationMs: 600_000 }] })
    const result = await runctl(['cancel', url(slow), '--wait', '--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ 'cancelled-run-ids': `[${slow}]` })
  })

  it('rerun-failed: 0, and with --wait the new attempt counts', async () => {
    const result = await runctl(['rerun-failed', url(runs.failedThenPasses), '--wait', '--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({
      rerun: 'true',
      conclusion: 'success',
      attempt: '2'
    })
  })

  it('approve-deployment: 1 when GitHub refuses GITHUB_TOKEN, 0 for a reviewer', async () => {
    const args = [
      'approve-deployment',
      url(runs.awaitingReview),
      '--environments',
      'production',
      '--decision',
      'approve',
      '--wait-for-pending'
    ]
    const refused = await runctl(args)
    expect(refused.code).toBe(1)
    const approved = await runctl(args, sim.tokens.reviewer)
    expect(approved.code).toBe(0)
  })

  it('dispatch --wait, then wait-for-checks on its commit: 0', async () => {
    const result = await runctl([
      'dispatch',
      '--repo',
      'octo/demo',
      '--workflow',
      'release.yml',
      '--ref',
      'main',
      '--inputs',
      '{"version":"2.0.0"}',
      '--wait',
      '--json'
    ])
    expect(result.code).toBe(0)
    const outputs = JSON.parse(result.stdout) as Record<string, string>
    const run = sim.getRun(Number(outputs['run-id'])) as { head_sha: string }
    const checks = await runctl(['wait-for-checks', '--repo', 'octo/demo', '--ref', run.head_sha])
    expect(checks.code).toBe(0)
  })

  it('bad usage: 2 and one sentence naming the flag, for every operation', async () => {
    for (const operation of [
      'wait-for-run',
      'rerun-failed',
      'cancel',
      'fetch-logs',
      'approve-deployment',
      'report-usage',
      'dispatch',
      'wait-for-checks'
    ]) {
      const result = await runctl([operation, '--repo', 'octo/demo', '--timeout-seconds', 'soon'])
      expect([operation, result.code, result.stdout]).toEqual([operation, 2, ''])
      expect(result.stderr).toMatch(
        /^runctl: --timeout-seconds must be a non-negative number of seconds/
      )
    }
    const unknown = await runctl(['cancel', '--frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe(
      'runctl: Unknown flag --frobnicate (runctl --help lists the flags).\n'
    )
  })
})

describe("the README's terminal examples, as written", () => {
  // A fresh demo scenario: the examples name its fixed run ids.
  let demo: Simulator
  beforeAll(async () => {
    demo = await startSimulator({ flavour: 'github.com' })
    loadScenario(demo, 'demo')
  })
  afterAll(async () => {
    await demo.close()
  })

  /** The sh blocks of the README section "From a terminal or another CI". */
  async function examples(): Promise<string[]> {
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8')
    const start = readme.indexOf('\n## From a terminal or another CI\n')
    expect(start).toBeGreaterThan(0)
    const section = readme.slice(start + 1, readme.indexOf('\n## ', start + 1))
    return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map(match => match[1] as string)
  }

  it('has the three examples: approve a deployment, dispatch and wait, fetch failing tails', async () => {
    const blocks = await examples()
    expect(blocks).toHaveLength(3)
    expect(blocks[0]).toContain('runctl approve-deployment')
    expect(blocks[1]).toContain('runctl dispatch')
    expect(blocks[2]).toContain('runctl fetch-logs')
  })

  it.each([0, 1, 2])('example %i runs against the simulator and exits 0', async index => {
    const block = (await examples())[index] as string
    // A reviewer's token works for all three (the approve example needs one).
    const result = await runCommand('bash', ['-euo', 'pipefail', '-c', block], {
      env: plainEnvironment(pkg.binDir, {
        GH_TOKEN: demo.tokens.reviewer,
        GITHUB_API_URL: demo.apiUrl
      }),
      cwd: work
    })
    expect([result.code, result.stderr]).toEqual([0, expect.any(String)])
    expect(commandsExecuted(`${result.stdout}\n${result.stderr}`)).toEqual([])
  })
})
