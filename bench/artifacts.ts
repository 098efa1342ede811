/**
 * Artifact download and extraction (issue 25) at the fetch-logs targets: runctl wait-for-run with
 * download-artifacts beside curl -L + unzip of the same artifact, in the same run, as a ratio;
 * peak RSS over an idle `node -e 0` of the same Node. Two shapes: one large artifact holding one
 * big deflated binary-ish file (16 symbols a byte: it deflates about 2:1, like a compiled
 * program, not 100:1 like logs), and one of 5,000 small text files in 50 folders. The zips are
 * generated once by the simulator into the bench cache (RUNCTL_BENCH_CACHE) and then served from
 * those files at full speed; each scenario has a server-floor row (the same download into
 * curl -o /dev/null) that must beat every subject.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { ACTION_ENTRY } from '../test-support/e2e.js'
import { startSimulator } from '../test-support/simulator/index.js'
import type { ArtifactSpec } from '../test-support/simulator/types.js'
import { actionEnvironment, curlArgs, node24, prepared } from './heavy.js'
import { measureCommand, measureSequence, repeat, wants, type Measured } from './support.js'
import type { BenchContext, BenchRow, BenchSuite } from './types.js'

const MiB = 1024 * 1024

type Simulator = Awaited<ReturnType<typeof startSimulator>>

function figures(measured: { seconds: number; peakRssMiB: number }, extra = {}) {
  return { 'time s': measured.seconds, 'peak RSS MiB': measured.peakRssMiB, ...extra }
}

/** runctl wait-for-run with download-artifacts, once, measured; fails loudly if it failed. */
async function runOnce(node: string, sim: Simulator, runId: number): Promise<Measured> {
  const inputs = {
    operation: 'wait-for-run',
    'run-id': String(runId),
    'download-artifacts': '*',
    'max-artifact-bytes': String(8 * 1024 * MiB)
  }
  const { env, dir } = await actionEnvironment(inputs, sim.apiUrl, sim.tokens.githubToken)
  try {
    const measured = await measureCommand(node, [ACTION_ENTRY], { env, cwd: dir })
    if (measured.exitCode !== 0) {
      throw new Error(
        `runctl exited ${measured.exitCode}:\n${measured.stdout.slice(-2000)}\n${measured.stderr.slice(-2000)}`
      )
    }
    return measured
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function scenario(
  context: BenchContext,
  sim: Simulator,
  name: string,
  artifact: ArtifactSpec,
  cacheName: string,
  trials: number
): Promise<BenchRow[]> {
  context.log(`  ${name}`)
  const runId = sim.addRun({ completed: true, artifacts: [artifact] })
  const [artifactId] = sim.artifactIds(runId)
  const url = `${sim.apiUrl}/repos/octo/demo/actions/artifacts/${artifactId}/zip`
  sim.serveArtifactFromFile(artifactId as number, await prepared(context, sim, cacheName, url))
  const floor = await repeat(trials, () => measureCommand('curl', curlArgs(sim, url, '/dev/null')))
  const curl = await repeat(trials, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runctl-bench-artifact-'))
    try {
      return await measureSequence([
        { command: 'curl', args: curlArgs(sim, url, path.join(dir, 'artifact.zip')) },
        {
          command: 'unzip',
          args: ['-q', '-o', path.join(dir, 'artifact.zip'), '-d', path.join(dir, artifact.name)]
        }
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
  const rows: BenchRow[] = [
    {
      scenario: name,
      subject: 'server floor: curl -o /dev/null',
      serverFloor: true,
      figures: { 'time s': floor.seconds }
    },
    { scenario: name, subject: 'curl -L + unzip', baseline: true, figures: figures(curl) }
  ]
  const nodes: [string, string][] = []
  const newer = node24()
  if (newer) nodes.push(['Node 24', newer])
  else context.log('  no Node 24 found (BENCH_NODE24 or /tmp/node24): runctl on Node 20 only')
  nodes.push(['Node 20', process.execPath])
  for (const [label, node] of nodes) {
    const ours = await repeat(trials, () => runOnce(node, sim, runId))
    const idle = await repeat(trials, () => measureCommand(node, ['-e', '0']))
    rows.push({
      scenario: name,
      subject: `runctl wait-for-run + download-artifacts, ${label}`,
      figures: figures(ours, { 'RSS over node -e 0 MiB': ours.peakRssMiB - idle.peakRssMiB })
    })
  }
  return rows
}

const artifacts: BenchSuite = async context => {
  const few = Math.min(context.trials, 3)
  type Scenario = readonly [name: string, run: (sim: Simulator) => Promise<BenchRow[]>]
  const scenarios: Scenario[] = [
    [
      'artifacts, one 256 MiB binary file',
      sim =>
        scenario(
          context,
          sim,
          'artifacts, one 256 MiB binary file',
          { name: 'app', binaryBytes: 256 * MiB },
          `artifact-binary-v1-${256 * MiB}.zip`,
          few
        )
    ],
    [
      'artifacts, 5,000 small files',
      sim =>
        scenario(
          context,
          sim,
          'artifacts, 5,000 small files',
          { name: 'reports', smallFiles: 5000 },
          'artifact-small-files-v1-5000.zip',
          few
        )
    ]
  ]
  const chosen = scenarios.filter(([name]) => wants(context, name))
  if (chosen.length === 0) return []
  const sim = await startSimulator({ rateLimit: 1_000_000 })
  try {
    const rows: BenchRow[] = []
    for (const [, run] of chosen) rows.push(...(await run(sim)))
    return rows
  } finally {
    await sim.close()
  }
}

export default artifacts
