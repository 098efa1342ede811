/**
 * Where the time and memory of a heavy scenario go: runs dist/index.js once on Node 24 (or
 * Node 20 with --node20) against the same prepared data as `npm run bench`, under --cpu-prof or
 * --heap-prof, and prints the functions with the most self time (or allocation), grouped by
 * module. The raw profiles stay in the printed directory for Chrome DevTools / speedscope.
 *
 *   npx tsx bench/profile.ts job-log|archive-256|archive-1g|archive-256-stored|usage-5000|artifact-small|artifact-report|artifact-one [--heap] [--node20]
 *
 * (artifact-one: the artifact bench's one-file artifact, whose step is runctl's fixed cost.)
 */
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { ACTION_ENTRY } from '../test-support/e2e.js'
import { startSimulator } from '../test-support/simulator/index.js'
import {
  actionEnvironment,
  archiveName,
  archiveRun,
  archiveShape,
  node24,
  prepared
} from './heavy.js'
import { measureCommand } from './support.js'

const MiB = 1024 * 1024

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  selfSize?: number
  children?: (ProfileNode | number)[]
}

/** Self time (cpu) or self allocation (heap) per function, largest first. */
function summarise(nodes: ProfileNode[], weight: (node: ProfileNode) => number): string[] {
  const totals = new Map<string, number>()
  let all = 0
  for (const node of nodes) {
    const value = weight(node)
    all += value
    const { functionName, url, lineNumber } = node.callFrame
    const where = url ? `${path.basename(url)}:${lineNumber + 1}` : ''
    const key = `${functionName || '(anonymous)'} ${where}`.trim()
    totals.set(key, (totals.get(key) ?? 0) + value)
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([key, value]) => `${((100 * value) / all).toFixed(1).padStart(5)}%  ${key}`)
}

function flatten(node: ProfileNode, into: ProfileNode[] = []): ProfileNode[] {
  into.push(node)
  for (const child of node.children ?? []) {
    if (typeof child !== 'number') flatten(child, into)
  }
  return into
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { heap: { type: 'boolean' }, node20: { type: 'boolean' } }
  })
  const scenario = positionals[0] ?? 'job-log'
  const node = values.node20 ? process.execPath : (node24() ?? process.execPath)
  const sim = await startSimulator({ rateLimit: 1_000_000 })
  const out = await mkdtemp(path.join(os.tmpdir(), `runctl-profile-${scenario}-`))
  try {
    let inputs: Record<string, string>
    if (scenario.startsWith('archive')) {
      const bytes = scenario.startsWith('archive-1g') ? 1024 * MiB : 256 * MiB
      const padding = scenario.endsWith('-stored') ? 'stored' : 'deflated'
      const runId = archiveRun(sim, bytes, padding)
      const url = `${sim.apiUrl}/repos/octo/demo/actions/runs/${runId}/logs`
      const log = (line: string) => process.stderr.write(`${line}\n`)
      const file = await prepared(
        { trials: 1, only: [], log },
        sim,
        archiveName(bytes, padding),
        url
      )
      sim.serveLogFromFile({ runId }, file)
      const shape = await archiveShape(file)
      inputs = {
        operation: 'fetch-logs',
        'run-id': String(runId),
        'failed-only': 'false',
        'max-log-bytes': String(Math.ceil(2 * shape.inflatedMiB * MiB))
      }
    } else if (scenario === 'job-log') {
      const bytes = 200_000_000
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
      const job = (sim.getJobs(runId) as { id: number; name: string }[]).find(
        one => one.name === 'build'
      ) as { id: number }
      const url = `${sim.apiUrl}/repos/octo/demo/actions/jobs/${job.id}/logs`
      const log = (line: string) => process.stderr.write(`${line}\n`)
      sim.serveLogFromFile(
        { jobId: job.id },
        await prepared({ trials: 1, only: [], log }, sim, `job-log-${bytes}.txt`, url)
      )
      inputs = {
        operation: 'fetch-logs',
        'run-id': String(runId),
        'max-log-bytes': String(4 * bytes)
      }
    } else if (scenario === 'artifact-one') {
      const runId = sim.addRun({
        completed: true,
        artifacts: [{ name: 'one-file', files: { 'version.txt': '1.2.3\n' } }]
      })
      inputs = { operation: 'wait-for-run', 'run-id': String(runId), 'download-artifacts': '*' }
    } else if (scenario === 'artifact-small' || scenario === 'artifact-report') {
      // The artifact bench's 5,000 small files in 50 folders, or its 4,000-page HTML report
      // (bench/artifacts.ts).
      const small = scenario === 'artifact-small'
      const runId = sim.addRun({
        completed: true,
        artifacts: [
          small ? { name: 'reports', smallFiles: 5000 } : { name: 'coverage', reportPages: 4000 }
        ]
      })
      const [artifactId] = sim.artifactIds(runId)
      const url = `${sim.apiUrl}/repos/octo/demo/actions/artifacts/${artifactId}/zip`
      const log = (line: string) => process.stderr.write(`${line}\n`)
      const cached = small ? 'artifact-small-files-v1-5000.zip' : 'artifact-html-report-v1-4000.zip'
      sim.serveArtifactFromFile(
        artifactId as number,
        await prepared({ trials: 1, only: [], log }, sim, cached, url)
      )
      inputs = {
        operation: 'wait-for-run',
        'run-id': String(runId),
        'download-artifacts': '*'
      }
    } else if (scenario === 'usage-5000') {
      const runId = sim.addRun({
        completed: true,
        jobs: Array.from({ length: 5000 }, (_, index) => ({
          name: `test (shard ${index + 1})`,
          durationMs: 60_000 + index
        }))
      })
      inputs = { operation: 'report-usage', 'run-id': String(runId) }
    } else {
      throw new Error(`unknown scenario ${scenario}`)
    }
    const { env, dir } = await actionEnvironment(inputs, sim.apiUrl, sim.tokens.githubToken)
    const flags = values.heap
      ? ['--heap-prof', `--heap-prof-dir=${out}`]
      : ['--cpu-prof', `--cpu-prof-dir=${out}`, '--cpu-prof-interval=200']
    const measured = await measureCommand(node, [...flags, ACTION_ENTRY], { env, cwd: dir })
    await rm(dir, { recursive: true, force: true })
    console.log(
      `${scenario} on ${node}: exit ${measured.exitCode}, ${measured.seconds.toFixed(2)} s, peak RSS ${measured.peakRssMiB.toFixed(0)} MiB`
    )
    const file = (await readdir(out)).find(name => /\.(cpuprofile|heapprofile)$/.test(name))
    if (!file) throw new Error('no profile written')
    const profile = JSON.parse(await readFile(path.join(out, file), 'utf8')) as {
      nodes?: ProfileNode[]
      head?: ProfileNode
    }
    const lines = values.heap
      ? summarise(flatten(profile.head as ProfileNode), node => node.selfSize ?? 0)
      : summarise(profile.nodes ?? [], node => node.hitCount ?? 0)
    console.log(lines.join('\n'))
    console.log(`profile: ${path.join(out, file)}`)
  } finally {
    await sim.close()
  }
}

await main()
