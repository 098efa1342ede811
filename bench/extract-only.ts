/**
 * The extractor alone (src/logs/extract.ts, run from source) beside unzip on the same zip from the
 * bench cache, rounds interleaved (their order alternating; `sync` and a pause between rounds, so
 * one side's deletes are not charged to the other), median wall time and the CPU time of each:
 *
 *   node --import tsx bench/extract-only.ts [zip in the bench cache] [rounds]
 *
 * (run it with the Node to measure, e.g. /tmp/node24/node_modules/.bin/node). Default: the
 * artifact of 5,000 small files, 7 rounds.
 */
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { extractArchive } from '../src/logs/extract.js'
import { ByteBudget } from '../src/logs/limits.js'
import { cacheDir } from './heavy.js'

const zip = path.resolve(cacheDir(), process.argv[2] ?? 'artifact-small-files-v1-5000.zip')
const rounds = Number(process.argv[3] ?? 7)
const generous = 2 ** 40

const wall = { runctl: [] as number[], unzip: [] as number[] }
const cpu = { runctl: [] as number[], unzip: [] as number[] }

async function runctl(into: string): Promise<void> {
  await mkdir(into)
  const started = performance.now()
  const before = process.cpuUsage()
  await extractArchive(zip, {
    root: into,
    limits: { maxBytes: generous, maxEntries: 1_000_000, maxRatio: 1000 },
    budget: new ByteBudget(generous, 'over the budget'),
    label: 'the bench archive',
    choose: listing => listing.entries
  })
  const used = process.cpuUsage(before)
  wall.runctl.push(performance.now() - started)
  cpu.runctl.push((used.user + used.system) / 1000)
}

function unzip(into: string): void {
  const started = performance.now()
  const timed = spawnSync('/usr/bin/time', ['-f', '%U %S', 'unzip', '-q', '-o', zip, '-d', into], {
    encoding: 'utf8'
  })
  wall.unzip.push(performance.now() - started)
  const [user, system] = timed.stderr.trim().split(/\s+/).slice(-2).map(Number)
  cpu.unzip.push(((user ?? 0) + (system ?? 0)) * 1000)
}

for (let round = 0; round < rounds; round++) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runctl-extract-only-'))
  if (round % 2 === 0) await runctl(path.join(dir, 'runctl'))
  unzip(path.join(dir, 'unzip'))
  if (round % 2 === 1) await runctl(path.join(dir, 'runctl'))
  await rm(dir, { recursive: true, force: true })
  spawnSync('sync')
  await new Promise(resolve => setTimeout(resolve, 500))
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
console.log(
  `${path.basename(zip)}, ${rounds} rounds, Node ${process.versions.node}, load ${os
    .loadavg()
    .map(n => n.toFixed(2))
    .join(' ')}`
)
for (const side of ['runctl', 'unzip'] as const) {
  console.log(
    `${side.padEnd(6)} wall median ${median(wall[side]).toFixed(0)} ms (${wall[side].map(n => n.toFixed(0)).join(' ')}), cpu median ${median(cpu[side]).toFixed(0)} ms`
  )
}
