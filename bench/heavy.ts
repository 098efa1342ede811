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
import { startSimulator } from '../test-support/simulator/index.js'
import { measureCommand, measureSequence, repeat, wants, type Measured } from './support.js'
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

// ---------------------------------------------------------------------------------------------
// The simulator and plain tools

type Simulator = Awaited<ReturnType<typeof startSimulator>>

/** curl as a careful script would call the API: token, version header, redirects followed. */
function curlArgs(sim: Simulator, url: string, output: string): string[] {
  return [
    '-sS',
    '--fail',
    '-L',
    '-o',
    output,
    '-H',
    `Authorization: Bearer ${sim.tokens.githubToken}`,
    '-H',
    'X-GitHub-Api-Version: 2022-11-28',
    '-H',
    'Accept: application/vnd.github+json',
    url
  ]
}

async function scratchDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'runctl-bench-data-'))
}

// ---------------------------------------------------------------------------------------------
// fetch-logs

/** A failed run whose archive is padded to `bytes`; the padding sits in the failed job's folder. */
function archiveRun(sim: Simulator, bytes: number): number {
  const jobs = Array.from({ length: 40 }, (_, index) => ({
    name: index === 0 ? 'build' : `test (shard ${index})`,
    conclusion: index === 0 ? ('failure' as const) : ('success' as const),
    steps: Array.from({ length: 8 }, (_, step) => ({
      name: step === 4 && index === 0 ? 'Run tests' : `Step ${step + 1}`,
      conclusion: step === 4 && index === 0 ? ('failure' as const) : ('success' as const),
      log: Array.from({ length: 200 }, (_, line) => `output line ${line} of step ${step + 1}`)
    }))
  }))
  return sim.addRun({ completed: true, jobs, logArchiveBytes: bytes })
}

async function fetchArchive(
  context: BenchContext,
  sim: Simulator,
  scenario: string,
  bytes: number,
  trials: number
): Promise<BenchRow[]> {
  context.log(`  ${scenario}`)
  const runId = archiveRun(sim, bytes)
  const url = `${sim.apiUrl}/repos/octo/demo/actions/runs/${runId}/logs`
  const curl = await repeat(trials, async () => {
    const dir = await scratchDir()
    try {
      return await measureSequence([
        { command: 'curl', args: curlArgs(sim, url, path.join(dir, 'logs.zip')) },
        {
          command: 'unzip',
          args: ['-q', '-o', path.join(dir, 'logs.zip'), '-d', path.join(dir, 'logs')]
        }
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
  // Every job, as unzip does: the same bytes written.
  const ours = await repeat(trials, () =>
    runAction(
      process.execPath,
      {
        operation: 'fetch-logs',
        'run-id': String(runId),
        'failed-only': 'false',
        'max-log-bytes': String(4 * bytes)
      },
      sim.apiUrl,
      sim.tokens.githubToken
    )
  )
  const idle = await repeat(trials, () => measureCommand(process.execPath, ['-e', '0']))
  const overIdle = { 'RSS over node -e 0 MiB': ours.peakRssMiB - idle.peakRssMiB }
  return [
    row(scenario, 'curl -L + unzip', curl, {}, true),
    row(scenario, 'runctl fetch-logs (all jobs)', ours, overIdle)
  ]
}

/** A run still in progress with one failed job whose own log is `bytes` long. */
async function fetchJobLog(
  context: BenchContext,
  sim: Simulator,
  scenario: string,
  bytes: number,
  trials: number
): Promise<BenchRow[]> {
  context.log(`  ${scenario}`)
  const runId = sim.addRun({
    queuedMs: 0,
    jobs: [
      {
        name: 'build',
        conclusion: 'failure',
        durationMs: 50,
        logBytes: bytes,
        steps: [
          { name: 'Set up job' },
          { name: 'Run tests', conclusion: 'failure', log: ['FAIL src/app.test.ts'] },
          { name: 'Complete job' }
        ]
      },
      { name: 'deploy', durationMs: 3_600_000 }
    ]
  })
  await new Promise(resolve => setTimeout(resolve, 500))
  const jobs = sim.getJobs(runId) as { id: number; name: string }[]
  const job = jobs.find(one => one.name === 'build') as { id: number }
  const url = `${sim.apiUrl}/repos/octo/demo/actions/jobs/${job.id}/logs`
  const curl = await repeat(trials, async () => {
    const dir = await scratchDir()
    try {
      const file = path.join(dir, 'job.txt')
      return await measureSequence([
        { command: 'curl', args: curlArgs(sim, url, file) },
        { command: 'tail', args: ['-n', '50', file] }
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
  const ours = await repeat(trials, () =>
    runAction(
      process.execPath,
      { operation: 'fetch-logs', 'run-id': String(runId), 'max-log-bytes': String(4 * bytes) },
      sim.apiUrl,
      sim.tokens.githubToken
    )
  )
  return [row(scenario, 'curl -L + tail -n 50', curl, {}, true), row(scenario, 'runctl', ours)]
}

// ---------------------------------------------------------------------------------------------
// report-usage

async function usage(
  context: BenchContext,
  sim: Simulator,
  scenario: string,
  jobCount: number,
  trials: number
): Promise<BenchRow[]> {
  context.log(`  ${scenario}`)
  const runId = sim.addRun({
    completed: true,
    jobs: Array.from({ length: jobCount }, (_, index) => ({
      name: `test (shard ${index + 1})`,
      durationMs: 60_000 + index
    }))
  })
  const pages = Math.ceil(jobCount / 100)
  const base = `${sim.apiUrl}/repos/octo/demo/actions/runs/${runId}/jobs?filter=latest&per_page=100`
  // One curl per page, one after another, as a shell loop would.
  const curl = await repeat(trials, async () => {
    const dir = await scratchDir()
    try {
      return await measureSequence(
        Array.from({ length: pages }, (_, page) => ({
          command: 'curl',
          args: curlArgs(sim, `${base}&page=${page + 1}`, path.join(dir, `page-${page + 1}.json`))
        }))
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
  const ours = await repeat(trials, () =>
    runAction(
      process.execPath,
      { operation: 'report-usage', 'run-id': String(runId) },
      sim.apiUrl,
      sim.tokens.githubToken
    )
  )
  return [
    row(scenario, `curl loop over the ${pages} jobs pages`, curl, {}, true),
    row(scenario, 'runctl report-usage', ours)
  ]
}

// ---------------------------------------------------------------------------------------------
// cancel

/** 100 superseded runs of one workflow, cancelled by filter: GitHub asks writes ≥ 1 s apart. */
async function cancelSuperseded(
  context: BenchContext,
  sim: Simulator,
  scenario: string,
  count: number
): Promise<BenchRow[]> {
  context.log(`  ${scenario}`)
  for (let index = 0; index < count; index++) {
    sim.addRun({
      workflow: 'deploy.yml',
      branch: 'main',
      createdAt: -60_000 + index,
      jobs: [{ name: 'deploy', durationMs: 3_600_000 }]
    })
  }
  const current = sim.addRun({
    workflow: 'deploy.yml',
    branch: 'main',
    jobs: [{ name: 'deploy', durationMs: 3_600_000 }]
  })
  const ours = await runAction(
    process.execPath,
    { operation: 'cancel', workflow: 'deploy.yml', branch: 'main' },
    sim.apiUrl,
    sim.tokens.githubToken,
    { currentRunId: current }
  )
  const cancels = sim.requests.filter(
    request => request.method === 'POST' && request.path.endsWith('/cancel')
  ).length
  return [
    {
      scenario,
      subject: `floor: ${count} writes 1 s apart`,
      baseline: true,
      figures: { 'time s': count - 1, writes: count }
    },
    row(scenario, 'runctl cancel (by filter)', ours, { writes: cancels })
  ]
}

type Scenario = readonly [name: string, run: (sim: Simulator) => Promise<BenchRow[]>]

const heavy: BenchSuite = async context => {
  const few = Math.min(context.trials, 3)
  const scenarios: Scenario[] = [
    [
      'fetch-logs, 256 MiB archive',
      sim => fetchArchive(context, sim, 'fetch-logs, 256 MiB archive', 256 * MiB, few)
    ],
    [
      'fetch-logs, 1 GiB archive',
      sim => fetchArchive(context, sim, 'fetch-logs, 1 GiB archive', 1024 * MiB, 1)
    ],
    [
      'fetch-logs, 200 MB job log',
      sim => fetchJobLog(context, sim, 'fetch-logs, 200 MB job log', 200_000_000, few)
    ],
    [
      'report-usage, 1,000 jobs',
      sim => usage(context, sim, 'report-usage, 1,000 jobs', 1000, context.trials)
    ],
    [
      'report-usage, 5,000 jobs',
      sim => usage(context, sim, 'report-usage, 5,000 jobs', 5000, context.trials)
    ],
    [
      'cancel, 100 superseded runs',
      sim => cancelSuperseded(context, sim, 'cancel, 100 superseded runs', 100)
    ]
  ]
  const chosen = scenarios.filter(([name]) => wants(context, name))
  const rows: BenchRow[] = []
  if (chosen.length > 0) {
    const sim = await startSimulator({ rateLimit: 1_000_000 })
    try {
      for (const [, run] of chosen) rows.push(...(await run(sim)))
    } finally {
      await sim.close()
    }
  }
  if (['cold start, Node 20', 'cold start, Node 24'].some(name => wants(context, name))) {
    rows.push(...(await coldStart(context)))
  }
  return rows
}

export default heavy
