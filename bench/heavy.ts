/**
 * The heavy paths (issue 10), each beside the simplest alternative measured in the same run:
 * fetch-logs of big run archives vs curl + unzip, one big job log vs curl + tail, report-usage
 * of many jobs vs a sequential curl loop over the same pages, cancel of 100 superseded runs vs
 * the floor of one write a second, and cold start vs `node -e 0` (Node 20 and Node 24) and a
 * minimal @actions/core-only bundle built here with ncc.
 * All data come from the simulator (test-support/simulator), on 127.0.0.1.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { ACTION_ENTRY, REPO_ROOT, runnerEnvironment } from '../test-support/e2e.js'
import { measureCommand, repeat, wants, type Measured } from './support.js'
import type { BenchContext, BenchRow, BenchSuite } from './types.js'

const MiB = 1024 * 1024

/** The Node the action runs on (action.yml: node24), when one is installed (see BRIEF). */
function node24(): string | undefined {
  const candidates = [process.env['BENCH_NODE24'], '/tmp/node24/node_modules/.bin/node']
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate))
}

function row(
  scenario: string,
  subject: string,
  measured: { seconds: number; peakRssMiB: number },
  extra: Record<string, number> = {},
  baseline = false
): BenchRow {
  return {
    scenario,
    subject,
    ...(baseline ? { baseline } : {}),
    figures: { 'time s': measured.seconds, 'peak RSS MiB': measured.peakRssMiB, ...extra }
  }
}

/** The action's environment as the runner sets it, in a scratch directory. */
async function actionEnvironment(
  inputs: Record<string, string>,
  apiUrl: string,
  token: string,
  extra: { currentRunId?: number } = {}
): Promise<{ env: Record<string, string>; dir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runctl-bench-'))
  const files = {
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
    temp: path.join(dir, 'runner-temp')
  }
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  await mkdir(files.temp)
  const env = runnerEnvironment(inputs, { apiUrl, token, currentRunId: extra.currentRunId }, files)
  return { env, dir }
}

/** Runs dist/index.js once with these inputs and measures it; fails loudly if the action did. */
async function runAction(
  node: string,
  inputs: Record<string, string>,
  apiUrl: string,
  token: string,
  options: { currentRunId?: number; expectExit?: number } = {}
): Promise<Measured> {
  const { env, dir } = await actionEnvironment(inputs, apiUrl, token, options)
  try {
    const measured = await measureCommand(node, [ACTION_ENTRY], { env, cwd: dir })
    if (measured.exitCode !== (options.expectExit ?? 0)) {
      throw new Error(
        `runctl ${JSON.stringify(inputs)} exited ${measured.exitCode}:\n${measured.stdout.slice(-2000)}\n${measured.stderr.slice(-2000)}`
      )
    }
    return measured
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// Cold start

const MINIMAL_ACTION = `import * as core from '@actions/core'
const operation = core.getInput('operation')
if (!['wait-for-run', 'cancel'].includes(operation)) {
  core.setFailed("Input 'operation' must be one of wait-for-run, cancel.")
}
`

/**
 * The leanest comparable action: reads one input with @actions/core and fails, bundled with the
 * same ncc as ours (in a temp directory, never committed).
 */
async function buildMinimalAction(context: BenchContext): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runctl-bench-peer-'))
  await symlink(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'))
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n')
  await writeFile(path.join(dir, 'index.js'), MINIMAL_ACTION)
  const ncc = path.join(REPO_ROOT, 'node_modules', '.bin', 'ncc')
  const built = await measureCommand(ncc, ['build', 'index.js', '-o', 'dist', '--quiet'], {
    cwd: dir
  })
  if (built.exitCode !== 0) throw new Error(`ncc failed: ${built.stderr}`)
  context.log(`  built the minimal @actions/core bundle in ${dir}`)
  return path.join(dir, 'dist', 'index.js')
}

async function coldStart(context: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const nodes: [string, string][] = [['Node 20', process.execPath]]
  const newer = node24()
  if (newer) nodes.push(['Node 24', newer])
  else context.log('  no Node 24 found (BENCH_NODE24 or /tmp/node24): cold start on Node 20 only')
  const peer = await buildMinimalAction(context)
  const bad = { operation: 'no-such-operation' }
  // Any URL: a bad input ends the action before it talks to anyone.
  const apiUrl = 'http://127.0.0.1:9'
  for (const [label, node] of nodes) {
    const scenario = `cold start, ${label}`
    if (!wants(context, scenario)) continue
    const version = (await measureCommand(node, ['-v'])).stdout.trim()
    context.log(`  ${scenario} (${version})`)
    const { env, dir } = await actionEnvironment(bad, apiUrl, 'bench-token')
    try {
      const trials = Math.max(context.trials, 10)
      const idle = await repeat(trials, () => measureCommand(node, ['-e', '0'], { env, cwd: dir }))
      const minimal = await repeat(trials, () => measureCommand(node, [peer], { env, cwd: dir }))
      const ours = await repeat(trials, async () => {
        const measured = await measureCommand(node, [ACTION_ENTRY], { env, cwd: dir })
        if (measured.exitCode !== 1) throw new Error(`runctl exited ${measured.exitCode}`)
        return measured
      })
      rows.push(row(scenario, '`node -e 0`', idle, {}, true))
      rows.push(row(scenario, 'minimal @actions/core bundle (ncc)', minimal))
      rows.push(row(scenario, 'runctl (exit on a bad input)', ours))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  await rm(path.dirname(path.dirname(peer)), { recursive: true, force: true })
  return rows
}

const heavy: BenchSuite = async context => {
  const rows: BenchRow[] = []
  if (wants(context, 'cold start')) rows.push(...(await coldStart(context)))
  void MiB
  void runAction
  return rows
}

export default heavy
