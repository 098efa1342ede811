/**
 * `npm run bench`: runs every scenario module (bench/heavy.ts, bench/waiting.ts, …) in one
 * process, one after another (they share a 2-core machine with nothing else of ours), then
 * prints ONE table — every row's figures with, in brackets, its ratio to the baseline row of
 * the same scenario — and writes the rows as JSON (bench/results.json).
 *
 *   npm run bench                          all scenarios
 *   npm run bench -- --only fetch-logs     scenarios whose name contains "fetch-logs" (repeatable)
 *   npm run bench -- --trials 3            trials where a scenario repeats (BENCH_TRIALS too)
 *   npm run bench -- --json other.json     where to write the JSON
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type { BenchContext, BenchRow, BenchSuite } from './types.js'

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url))

/** The scenario modules, in the order their rows are printed. A missing one is skipped. */
const SUITES = ['waiting.ts', 'heavy.ts', 'checks.ts', 'artifacts.ts']

interface RatedRow extends BenchRow {
  /** Figure ÷ the same figure of the scenario's baseline row, where both exist. */
  readonly ratios: Readonly<Record<string, number>>
}

function options(): { only: string[]; trials: number; json: string } {
  const { values } = parseArgs({
    options: {
      only: { type: 'string', multiple: true },
      trials: { type: 'string' },
      json: { type: 'string' }
    }
  })
  const trials = Number(values.trials ?? process.env['BENCH_TRIALS'] ?? 5)
  if (!Number.isInteger(trials) || trials < 1) {
    throw new Error('--trials (or BENCH_TRIALS) must be a whole number of at least 1.')
  }
  return {
    only: (values.only ?? []).flatMap(value => value.split(',')).filter(Boolean),
    trials,
    json: values.json ?? path.join(BENCH_DIR, 'results.json')
  }
}

function rate(rows: readonly BenchRow[]): RatedRow[] {
  return rows.map(row => {
    const baseline = rows.find(other => other.scenario === row.scenario && other.baseline)
    const ratios: Record<string, number> = {}
    if (baseline && baseline !== row) {
      for (const [name, value] of Object.entries(row.figures)) {
        const base = baseline.figures[name]
        if (base !== undefined && base !== 0) ratios[name] = value / base
      }
    }
    return { ...row, ratios }
  })
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (Number.isInteger(value)) return String(value)
  const magnitude = Math.abs(value)
  return value.toFixed(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3)
}

/** One Markdown table: scenario, subject, then every figure name seen, in first-seen order. */
export function renderTable(rows: readonly RatedRow[]): string {
  const columns = [...new Set(rows.flatMap(row => Object.keys(row.figures)))]
  const header = ['scenario', 'subject', ...columns]
  const lines = [header, header.map(() => '---')]
  for (const row of rows) {
    const cells = columns.map(column => {
      const value = row.figures[column]
      if (value === undefined) return ''
      const ratio = row.ratios[column]
      return ratio === undefined
        ? formatNumber(value)
        : `${formatNumber(value)} (${ratio.toFixed(2)}×)`
    })
    const subject = row.baseline ? `${row.subject} (baseline)` : row.subject
    lines.push([row.scenario, subject, ...cells])
  }
  return lines.map(cells => `| ${cells.join(' | ')} |`).join('\n')
}

/**
 * Per scenario with a server-floor row: whether the server outran every subject (its floor is
 * faster than each of them). A scenario where it did not measured the server, and says so.
 */
export function serverChecks(rows: readonly BenchRow[]): string[] {
  const lines: string[] = []
  for (const floor of rows.filter(row => row.serverFloor)) {
    const time = floor.figures['time s']
    if (time === undefined) continue
    const subjects = rows.filter(row => row.scenario === floor.scenario && row !== floor)
    const slower = subjects.filter(row => (row.figures['time s'] ?? Infinity) <= time)
    const fastest = Math.min(...subjects.map(row => row.figures['time s'] ?? Infinity))
    lines.push(
      slower.length === 0
        ? `- ${floor.scenario}: the server outran every client (floor ${formatNumber(time)} s, fastest subject ${formatNumber(fastest)} s).`
        : `- ${floor.scenario}: SLOW SERVER — its floor (${formatNumber(time)} s) is not faster than ${slower.map(row => row.subject).join(', ')}; these rows measured the server.`
    )
  }
  return lines
}

/** The Node a subject runs on, by path, as `vX.Y.Z`. */
function versionOf(node: string): string | undefined {
  try {
    return execFileSync(node, ['-v'], { encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
}

/** The machine the table was measured on: cpu, cores, load average, Node versions. */
function machineLine(loadBefore: number[]): string {
  const cpus = os.cpus()
  const load = (values: number[]) => values.map(value => value.toFixed(2)).join(' ')
  const node24 = [process.env['BENCH_NODE24'], '/tmp/node24/node_modules/.bin/node'].find(
    candidate => !!candidate && existsSync(candidate)
  )
  const versions = [process.version, node24 ? versionOf(node24) : undefined].filter(Boolean)
  return (
    `Machine: ${cpus[0]?.model ?? 'cpu'}, ${cpus.length} cores, ${os.platform()} ${os.release()}; ` +
    `load average (1/5/15 min) ${load(loadBefore)} at the start, ${load(os.loadavg())} at the end; ` +
    `Node ${versions.join(' and ')}.`
  )
}

async function main(): Promise<void> {
  const loadBefore = os.loadavg()
  const { only, trials, json } = options()
  const context: BenchContext = {
    trials,
    only,
    log: line => process.stderr.write(`${line}\n`)
  }
  const rows: BenchRow[] = []
  for (const file of SUITES) {
    const module = path.join(BENCH_DIR, file)
    if (!existsSync(module)) continue
    const suite = ((await import(pathToFileURL(module).href)) as { default: BenchSuite }).default
    context.log(`— ${file}`)
    rows.push(...(await suite(context)))
  }
  const wanted = rows.filter(
    row =>
      only.length === 0 ||
      only.some(part => row.scenario.toLowerCase().includes(part.toLowerCase()))
  )
  const rated = rate(wanted)
  const machine = machineLine(loadBefore)
  const checks = serverChecks(rated)
  process.stdout.write(`${renderTable(rated)}\n\n${machine}\n`)
  if (checks.length > 0) process.stdout.write(`\nServer check:\n${checks.join('\n')}\n`)
  await writeFile(
    json,
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, machine, checks, trials, rows: rated }, null, 2)}\n`
  )
  context.log(`Wrote ${path.relative(process.cwd(), json)}.`)
}

await main()
