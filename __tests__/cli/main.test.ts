/**
 * The CLI front end in-process (src/cli/main.ts on the sources, so mutants of the CLI and of the
 * engine are killed here), against the simulator's demo scenario: every operation, the exit
 * codes 0 / 1 / 2, --json alone on stdout, and no workflow command or token in anything printed.
 * __tests__/e2e/cli-pack.e2e.test.ts runs the same through the packed tarball.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { inFlagTerms, runCli, VERSION } from '../../src/cli/main.js'
import { USER_AGENT } from '../../src/constants.js'
import {
  loadScenario,
  startSimulator,
  type DemoRuns,
  type Simulator
} from '../../test-support/simulator/index.js'
import { commandsExecuted } from '../logs/runner-emulator.js'

let sim: Simulator
let runs: DemoRuns
let temp: string
beforeAll(async () => {
  sim = await startSimulator({ flavour: 'github.com' })
  runs = loadScenario(sim, 'demo') as DemoRuns
  temp = await mkdtemp(path.join(os.tmpdir(), 'runctl-cli-'))
})
afterAll(async () => {
  await sim.close()
  await rm(temp, { recursive: true, force: true })
})

interface CliResult {
  code: number
  stdout: string
  stderr: string
}

async function cli(
  argv: string[],
  options: { token?: string; env?: NodeJS.ProcessEnv; gh?: string } = {}
): Promise<CliResult> {
  const out: string[] = []
  const err: string[] = []
  const env: NodeJS.ProcessEnv = {
    GITHUB_API_URL: sim.apiUrl,
    ...(options.token === undefined ? {} : { GH_TOKEN: options.token }),
    ...options.env
  }
  const code = await runCli(argv, {
    stdout: { write: text => out.push(text) },
    stderr: { write: text => err.push(text) },
    env,
    ghAuthToken: async () => options.gh,
    timeScale: 0.01
  })
  const result = { code, stdout: out.join(''), stderr: err.join('') }
  // Nothing a runner (or a terminal) could act on, and never the token.
  expect(commandsExecuted(`${result.stdout}\n${result.stderr}`)).toEqual([])
  for (const token of Object.values(sim.tokens)) {
    expect(result.stdout).not.toContain(token)
    expect(result.stderr).not.toContain(token)
  }
  return result
}

const token = () => sim.tokens.githubToken
const runUrl = (id: number) => `https://github.com/octo/demo/actions/runs/${id}`

describe('runctl, in-process', () => {
  it('--version and --help', async () => {
    expect(VERSION).toBe(USER_AGENT.replace('runctl/', ''))
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' })
    const help = await cli(['fetch-logs', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--tail-lines VALUE')
  })

  it('wait-for-run on a passed run: exit 0, a line per state with time, the summary as text', async () => {
    const result = await cli(
      ['wait-for-run', '--repo', 'octo/demo', '--run-id', String(runs.passed)],
      {
        token: token()
      }
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(
      new RegExp(`^\\[\\d+s\\] Run ${runs.passed} is completed \\(success\\)\\.`, 'm')
    )
    expect(result.stdout).toContain(`Run ${runs.passed} success`)
    expect(result.stdout).toMatch(/^Conclusion\s+success$/m)
    expect(result.stdout).not.toMatch(/<a href|&#|\| ---/)
  })

  it("a run's web address replaces --repo and --run-id; --json prints one object and nothing else", async () => {
    const result = await cli(['wait-for-run', runUrl(runs.passed), '--json'], { token: token() })
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({
      'run-id': String(runs.passed),
      conclusion: 'success',
      status: 'completed'
    })
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
  })

  it('exit 1 when the run concluded otherwise, with the sentence on stderr', async () => {
    const result = await cli(['wait-for-run', runUrl(runs.failedThenPasses)], { token: token() })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: .*failure/m)
  })

  it('fetch-logs writes the logs and shows the failing tails', async () => {
    const logDir = path.join(temp, 'logs')
    const result = await cli(['fetch-logs', runUrl(runs.failedThenPasses), '--log-dir', logDir], {
      token: token()
    })
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('FAIL src/flaky.test.ts')
    expect(result.stderr).toContain(`log files to ${logDir}`)
  })

  it('report-usage and cancel', async () => {
    expect((await cli(['report-usage', runUrl(runs.passed)], { token: token() })).code).toBe(0)
    const slow = sim.addRun({ workflow: 'ci.yml', jobs: [{ name: 'slow', durationMs: 600_000 }] })
    const cancelled = await cli(['cancel', runUrl(slow), '--json'], { token: token() })
    expect(cancelled.code).toBe(0)
    expect(JSON.parse(JSON.parse(cancelled.stdout)['cancelled-run-ids'])).toEqual([slow])
  })

  it('rerun-failed', async () => {
    const result = await cli(['rerun-failed', runUrl(runs.failedThenPasses), '--json'], {
      token: token()
    })
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ rerun: 'true' })
  })

  it('approve-deployment: refused for GITHUB_TOKEN (exit 1), done with a reviewer token (exit 0)', async () => {
    const args = ['approve-deployment', runUrl(runs.awaitingReview), '--environments', 'production']
    const refused = await cli([...args, '--decision', 'approve'], { token: token() })
    expect(refused.code).toBe(1)
    const approved = await cli([...args, '--decision', 'approve', '--wait-for-pending', '--json'], {
      token: sim.tokens.reviewer
    })
    expect(approved.code).toBe(0)
    expect(JSON.parse(approved.stdout)).toMatchObject({ decision: 'approve' })
  })

  it('dispatch and wait from outside Actions, then wait-for-checks of its commit', async () => {
    const result = await cli(
      [
        'dispatch',
        '--repo',
        'octo/demo',
        '--workflow',
        'release.yml',
        '--ref',
        'main',
        '--inputs',
        '{"version": "1.2.3"}',
        '--wait',
        '--json'
      ],
      { token: token() }
    )
    expect(result.code).toBe(0)
    const outputs = JSON.parse(result.stdout) as Record<string, string>
    expect(outputs['conclusion']).toBe('success')
    const run = sim.getRun(Number(outputs['run-id'])) as { head_sha: string }
    const checks = await cli(['wait-for-checks', '--repo', 'octo/demo', '--ref', run.head_sha], {
      token: token()
    })
    expect(checks.code).toBe(0)
  })

  it('takes the token from gh when no variable has one', async () => {
    const result = await cli(['wait-for-run', runUrl(runs.passed), '--json'], { gh: token() })
    expect(result.code).toBe(0)
  })

  it.each([
    [
      ['wait-for-run', '--repo', 'octo/demo'],
      /^runctl: --run-id is required for wait-for-run unless --workflow or --branch is given/
    ],
    [
      ['wait-for-run', '--run-id', 'x', '--repo', 'octo/demo'],
      /^runctl: --run-id must be a positive integer\.\n$/
    ],
    [
      ['wait-for-run', '--repo', 'octo', '--run-id', '1'],
      /^runctl: --repo must be in the form owner\/name\.\n$/
    ],
    [['wait-for-run', '--bogus'], /^runctl: Unknown flag --bogus/],
    [
      ['dispatch', '--repo', 'octo/demo', '--workflow', 'release.yml'],
      /^runctl: --ref is required outside a workflow run/
    ],
    [['wait-for-run', 'https://github.com/octo/demo/pull/1'], /^runctl: The run's address must be/],
    [['wait-for-run', runUrl(1), '--run-id', '2'], /name different runs/],
    [
      ['wait-for-run', runUrl(1), '--repo', 'other/repo'],
      /^runctl: --repo other\/repo and the run's address/
    ]
  ])('bad usage %j: exit 2, one sentence naming the flag', async (argv, message) => {
    const result = await cli(argv, { token: token() })
    expect(result).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(message) })
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('no token anywhere: exit 2, saying where one is read from', async () => {
    const result = await cli(['wait-for-run', runUrl(runs.passed)])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^runctl: No token: set GH_TOKEN/)
  })

  it('GitHub refusing the token is exit 1', async () => {
    const result = await cli(['wait-for-run', runUrl(runs.passed)], {
      token: 'ghp_not_a_known_token'
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: GitHub answered 401/m)
  })
})

describe('inFlagTerms', () => {
  it('says the flag where the engine says the input, as the user spelt it', () => {
    const spelling = new Map([['repository', '--repo']])
    expect(inFlagTerms("Input 'repository' must be in the form owner/name.", spelling)).toBe(
      '--repo must be in the form owner/name.'
    )
    expect(
      inFlagTerms("Input 'run-id' is required unless 'workflow' is given; 'other' stays.", spelling)
    ).toBe("--run-id is required unless --workflow is given; 'other' stays.")
  })
})
