/**
 * Artifact download and extraction (issue 25) at the fetch-logs targets: runctl wait-for-run with
 * download-artifacts beside curl -L + unzip of the same artifact, in the same run, as a ratio;
 * peak RSS over an idle `node -e 0` of the same Node. Three shapes: one large artifact holding
 * one big deflated binary-ish file (16 symbols a byte: it deflates about 2:1, like a compiled
 * program), 5,000 tiny text files (100 bytes, 50 folders: the worst case for fixed costs), and
 * a 4,000-page HTML coverage report (1.5-40 KiB pages in nested folders, as people upload).
 *
 * Fair by construction:
 * - The zips are generated once by the simulator into the bench cache (RUNCTL_BENCH_CACHE) and
 *   served from those files at full speed (listed with the file's size: the simulator builds
 *   nothing during a trial); each scenario has a server-floor row (the same download into
 *   curl -o /dev/null) that must beat every subject.
 * - One untimed round of every subject first (page cache, the simulator's routes, Node's code
 *   cache), then the timed rounds, every subject once per round, the order reversed every other
 *   round, so a swing of the machine's load or of its file-create latency lands on both sides.
 * - Every round also runs both sides on a one-file artifact: what runctl's step costs whatever the
 *   artifact (Node, the bundle, four API requests) is shown apart, and so is what is left once
 *   each side's one-file time of the same round is taken away (download + extraction).
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { ACTION_ENTRY } from '../test-support/e2e.js'
import { startSimulator } from '../test-support/simulator/index.js'
import type { ArtifactSpec } from '../test-support/simulator/types.js'
import { actionEnvironment, archiveShape, curlArgs, node24, prepared } from './heavy.js'
import { measureCommand, measureSequence, median, wants, type Measured } from './support.js'
import type { BenchContext, BenchRow, BenchSuite } from './types.js'

const MiB = 1024 * 1024

type Simulator = Awaited<ReturnType<typeof startSimulator>>

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

/** curl -L to a file, then unzip into a folder, as a script would; the files removed after. */
async function curlUnzip(sim: Simulator, url: string, name: string): Promise<Measured> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runctl-bench-artifact-'))
  try {
    return await measureSequence([
      { command: 'curl', args: curlArgs(sim, url, path.join(dir, 'artifact.zip')) },
      {
        command: 'unzip',
        args: ['-q', '-o', path.join(dir, 'artifact.zip'), '-d', path.join(dir, name)]
      }
    ])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** An artifact of the simulator, served from its prepared zip; its download URL and shape. */
async function servedArtifact(
  context: BenchContext,
  sim: Simulator,
  artifact: ArtifactSpec,
  cacheName: string
) {
  const runId = sim.addRun({ completed: true, artifacts: [artifact] })
  const [artifactId] = sim.artifactIds(runId)
  const url = `${sim.apiUrl}/repos/octo/demo/actions/artifacts/${artifactId}/zip`
  const file = await prepared(context, sim, cacheName, url)
  sim.serveArtifactFromFile(artifactId as number, file)
  return { runId, url, shape: await archiveShape(file) }
}

interface Subject {
  readonly label: string
  readonly measure: () => Promise<Measured>
}

/**
 * Every subject once per round, in rounds: one untimed warm-up round, then `trials` timed ones,
 * the order reversed every other round; a `sync` after each subject (its dirty pages written
 * before the next starts). Returns each subject's measurements, by round.
 */
async function interleaved(
  context: BenchContext,
  subjects: readonly Subject[],
  trials: number
): Promise<Map<string, Measured[]>> {
  const results = new Map<string, Measured[]>(subjects.map(subject => [subject.label, []]))
  for (let round = -1; round < trials; round++) {
    const order = round % 2 === 0 ? subjects : [...subjects].reverse()
    const seconds: string[] = []
    for (const subject of order) {
      const measured = await subject.measure()
      spawnSync('sync')
      if (round >= 0) results.get(subject.label)?.push(measured)
      seconds.push(`${subject.label} ${measured.seconds.toFixed(2)}`)
    }
    context.log(`    ${round < 0 ? 'warm-up' : `round ${round + 1}`}: ${seconds.join(', ')}`)
  }
  return results
}

function timeOf(all: readonly Measured[]): number {
  return median(all.map(one => one.seconds))
}

function peakOf(all: readonly Measured[]): number {
  return Math.max(...all.map(one => one.peakRssMiB))
}

/** The median over rounds of (a − b), each pair from the same round. */
function medianDifference(a: readonly Measured[], b: readonly Measured[]): number {
  return median(a.map((one, round) => one.seconds - (b[round] as Measured).seconds))
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
  const main = await servedArtifact(context, sim, artifact, cacheName)
  const one = await servedArtifact(
    context,
    sim,
    { name: 'one-file', files: { 'version.txt': '1.2.3\n' } },
    'artifact-one-file-v1.zip'
  )
  const { shape } = main
  const shapeText = `${shape.entries} entries, ${shape.zipMiB.toFixed(2)} MiB zipped, ${shape.inflatedMiB.toFixed(1)} MiB inflated`
  context.log(`    ${shapeText}`)
  // The artifact's shape beside every figure of it (the scenario keeps its name as a prefix).
  const named = `${name} (${shapeText})`
  const nodes: [string, string][] = []
  const newer = node24()
  if (newer) nodes.push(['Node 24', newer])
  else context.log('  no Node 24 found (BENCH_NODE24 or /tmp/node24): runctl on Node 20 only')
  nodes.push(['Node 20', process.execPath])
  const [firstNode] = nodes[0] as [string, string]
  const subjects: Subject[] = [
    {
      label: 'floor',
      measure: () => measureCommand('curl', curlArgs(sim, main.url, '/dev/null'))
    },
    { label: 'curl', measure: () => curlUnzip(sim, main.url, artifact.name) },
    { label: 'curl one-file', measure: () => curlUnzip(sim, one.url, 'one-file') },
    ...nodes.flatMap(([label, node]) => [
      { label, measure: () => runOnce(node, sim, main.runId) },
      { label: `idle ${label}`, measure: () => measureCommand(node, ['-e', '0']) }
    ]),
    { label: `${firstNode} one-file`, measure: () => runOnce(nodes[0]![1], sim, one.runId) }
  ]
  const results = await interleaved(context, subjects, trials)
  const of = (label: string) => results.get(label) as Measured[]
  const rows: BenchRow[] = [
    {
      scenario: named,
      subject: 'server floor: curl -o /dev/null',
      serverFloor: true,
      figures: {
        'time s': timeOf(of('floor')),
        entries: shape.entries,
        'zip MiB': shape.zipMiB,
        'inflated MiB': shape.inflatedMiB
      }
    },
    {
      scenario: named,
      subject: 'curl -L + unzip',
      baseline: true,
      figures: { 'time s': timeOf(of('curl')), 'peak RSS MiB': peakOf(of('curl')) }
    }
  ]
  for (const [label] of nodes) {
    rows.push({
      scenario: named,
      subject: `runctl wait-for-run + download-artifacts, ${label}`,
      figures: {
        'time s': timeOf(of(label)),
        'peak RSS MiB': peakOf(of(label)),
        'RSS over node -e 0 MiB': peakOf(of(label)) - peakOf(of(`idle ${label}`))
      }
    })
  }
  // What each side costs whatever the artifact, and what is left without it (same rounds).
  const fixed = `${name}: the same step on a one-file artifact (fixed cost)`
  const without = `${named}: download + extraction (the one-file time of the same round taken away)`
  rows.push(
    {
      scenario: fixed,
      subject: 'curl -L + unzip',
      baseline: true,
      figures: { 'time s': timeOf(of('curl one-file')) }
    },
    {
      scenario: fixed,
      subject: `runctl, ${firstNode}`,
      figures: { 'time s': timeOf(of(`${firstNode} one-file`)) }
    },
    {
      scenario: without,
      subject: 'curl -L + unzip',
      baseline: true,
      figures: { 'time s': medianDifference(of('curl'), of('curl one-file')) }
    },
    {
      scenario: without,
      subject: `runctl, ${firstNode}`,
      figures: { 'time s': medianDifference(of(firstNode), of(`${firstNode} one-file`)) }
    }
  )
  return rows
}

const artifacts: BenchSuite = async context => {
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
          context.trials
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
          context.trials
        )
    ],
    [
      'artifacts, 4,000-page HTML report',
      sim =>
        scenario(
          context,
          sim,
          'artifacts, 4,000-page HTML report',
          { name: 'coverage', reportPages: 4000 },
          'artifact-html-report-v1-4000.zip',
          context.trials
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
