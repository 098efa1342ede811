/**
 * The waiting scenario (issue 9): how soon a waiter notices that a run completed, and what that
 * costs in requests, for runctl at its defaults (dist/index.js in its own process, as the runner
 * starts it), a naive poller (GET every 10 s, no ETag: the baseline) and a 5 s ETag poller (the
 * best peer's strategy, Codex-/await-remote-run), all watching the same run in the same trial.
 *
 * Runs last 30 s and 3 min of real time on the simulator (test-support/simulator, real clock).
 * The 30 s run is also watched with GitHub's clock off the runner's (the simulator's
 * clockOffsetMs: its timestamps and its Date header alike) 60 s and 5 min behind and 60 s ahead:
 * the figures should match the agreeing-clock row's.
 * Each has five earlier successful runs of its workflow; every duration (history and the run
 * watched) is drawn at random within ±DURATION_JITTER of the nominal one, and the waiters start
 * at a random moment 1–11 s into the run, so completion falls at a random phase of every
 * poller's interval. All trials run at once, one simulator each; their completions are spread by
 * the random start, so they do not contend for the CPU at the instant measured.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { ACTION_ENTRY, runnerEnvironment } from '../test-support/e2e.js'
import { startSimulator, type Simulator } from '../test-support/simulator/index.js'
import { median, wants } from './support.js'
import type { BenchContext, BenchRow, BenchSuite } from './types.js'

/** Runs vary this much (±, relative) around their nominal duration, history included. */
export const DURATION_JITTER = 0.02
const LENGTHS = [
  { label: '30 s run', ms: 30_000, offsetMs: 0 },
  { label: '30 s run, GitHub 60 s behind', ms: 30_000, offsetMs: -60_000 },
  { label: '30 s run, GitHub 5 min behind', ms: 30_000, offsetMs: -5 * 60_000 },
  { label: '30 s run, GitHub 60 s ahead', ms: 30_000, offsetMs: 60_000 },
  { label: '3 min run', ms: 180_000, offsetMs: 0 }
]
const QUEUED_MS = 200
const HISTORY_RUNS = 5
const NAIVE_INTERVAL_MS = 10_000
const ETAG_INTERVAL_MS = 5_000

const SUBJECTS = {
  runctl: 'runctl (defaults)',
  naive: 'naive 10 s poller',
  etag: '5 s ETag poller'
} as const
type Subject = keyof typeof SUBJECTS

const USER_AGENTS: Record<Exclude<Subject, 'runctl'>, string> = {
  naive: 'bench-naive-poller/1.0',
  etag: 'bench-etag-poller/1.0'
}

interface Observation {
  /** When the waiter exited (runctl) or saw the run completed (the pollers), epoch ms. */
  readonly noticedAt: number
}

interface TrialResult {
  /** When the run completed, on the runner's (this machine's) clock. */
  readonly completedAt: number
  readonly perSubject: Record<Subject, { noticeMs: number; requests: number; counted: number }>
}

function jittered(ms: number): number {
  return Math.round(ms * (1 + DURATION_JITTER * (2 * Math.random() - 1)))
}

/** A run whose whole length (queue included) is `totalMs`. */
function runSpec(totalMs: number, completed: boolean) {
  return {
    workflow: 'ci.yml',
    queuedMs: QUEUED_MS,
    completed,
    jobs: [{ name: 'build', durationMs: totalMs - QUEUED_MS }]
  }
}

function node(): string {
  const node24 = [process.env['BENCH_NODE24'], '/tmp/node24/node_modules/.bin/node'].find(
    (candidate): candidate is string => !!candidate && existsSync(candidate)
  )
  return node24 ?? process.execPath
}

/** The version of the Node runctl runs on (`v24.…`). */
function nodeVersion(): string {
  return execFileSync(node(), ['-v'], { encoding: 'utf8' }).trim()
}

/** dist/index.js waiting for the run, in its own process, every input at its default. */
async function runctl(sim: Simulator, runId: number): Promise<Observation> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runctl-bench-wait-'))
  const files = {
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
    temp: path.join(dir, 'runner-temp')
  }
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  await mkdir(files.temp)
  const env = runnerEnvironment(
    { operation: 'wait-for-run', 'run-id': String(runId) },
    { apiUrl: sim.apiUrl, token: sim.tokens.githubToken },
    files
  )
  const child = spawn(node(), [ACTION_ENTRY], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', chunk => (output += String(chunk)))
  child.stderr.on('data', chunk => (output += String(chunk)))
  const { code, at } = await new Promise<{ code: number | null; at: number }>(resolve =>
    child.on('exit', (code: number | null) => resolve({ code, at: Date.now() }))
  )
  await rm(dir, { recursive: true, force: true })
  if (code !== 0) throw new Error(`runctl exited ${code}:\n${output}`)
  return { noticedAt: at }
}

/** A poller in this process: GET the run every `intervalMs`, with or without its ETag. */
async function poller(
  sim: Simulator,
  runId: number,
  intervalMs: number,
  userAgent: string,
  conditional: boolean
): Promise<Observation> {
  let etag: string | undefined
  for (;;) {
    const response = await fetch(`${sim.apiUrl}/repos/octo/demo/actions/runs/${runId}`, {
      headers: {
        authorization: `Bearer ${sim.tokens.githubToken}`,
        accept: 'application/vnd.github+json',
        'user-agent': userAgent,
        'x-github-api-version': '2022-11-28',
        ...(conditional && etag ? { 'if-none-match': etag } : {})
      }
    })
    if (response.status === 200) {
      etag = response.headers.get('etag') ?? undefined
      const run = (await response.json()) as { status: string }
      if (run.status === 'completed') return { noticedAt: Date.now() }
    } else if (response.status !== 304) {
      throw new Error(`The ${userAgent} poller got ${response.status}.`)
    } else {
      await response.arrayBuffer()
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs))
  }
}

async function trial(totalMs: number, clockOffsetMs: number): Promise<TrialResult> {
  const sim = await startSimulator({ flavour: 'github.com', clockOffsetMs })
  try {
    for (let i = 0; i < HISTORY_RUNS; i++) sim.addRun(runSpec(jittered(totalMs), true))
    const runId = sim.addRun(runSpec(jittered(totalMs), false))
    // A random phase: the waiters start 1–11 s into the run.
    await new Promise(resolve => setTimeout(resolve, 1000 + Math.random() * 10_000))
    const [ours, naive, etag] = await Promise.all([
      runctl(sim, runId),
      poller(sim, runId, NAIVE_INTERVAL_MS, USER_AGENTS.naive, false),
      poller(sim, runId, ETAG_INTERVAL_MS, USER_AGENTS.etag, true)
    ])
    // updated_at and requests[].at are on the simulator's clock; notice is measured on ours.
    const serverCompletedAt = Date.parse((sim.getRun(runId) as { updated_at: string }).updated_at)
    const completedAt = serverCompletedAt - clockOffsetMs
    const requestsOf = (subject: Subject) =>
      sim.requests.filter(request => {
        const agent = request.headers.userAgent ?? ''
        return subject === 'runctl'
          ? agent.startsWith('runctl/')
          : agent === USER_AGENTS[subject as Exclude<Subject, 'runctl'>]
      })
    if (process.env['BENCH_VERBOSE']) {
      const trace = requestsOf('runctl').map(
        r =>
          `${((r.at - serverCompletedAt) / 1000).toFixed(2)}s ${r.path.replace(/.*\/actions\//, '')} ${r.status}`
      )
      process.stderr.write(`    runctl: ${trace.join(', ')}\n`)
    }
    const figures = (subject: Subject, observation: Observation) => {
      const sent = requestsOf(subject)
      return {
        noticeMs: observation.noticedAt - completedAt,
        requests: sent.length,
        counted: sent.filter(request => request.countedAgainstRateLimit).length
      }
    }
    return {
      completedAt,
      perSubject: {
        runctl: figures('runctl', ours),
        naive: figures('naive', naive),
        etag: figures('etag', etag)
      }
    }
  } finally {
    await sim.close()
  }
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length

const waiting: BenchSuite = async (context: BenchContext): Promise<BenchRow[]> => {
  const lengths = LENGTHS.map(length => ({ ...length, scenario: `wait, ${length.label}` })).filter(
    length => wants(context, length.scenario)
  )
  if (lengths.length === 0) return []
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} is missing: npm run bundle`)
  const version = nodeVersion()
  context.log(
    `waiting: ${context.trials} trial(s) each of ${lengths.map(l => l.label).join('; ')}, all at once; runctl on Node ${version}`
  )
  const results = await Promise.all(
    lengths.map(async length => ({
      length,
      trials: await Promise.all(
        Array.from({ length: context.trials }, () => trial(length.ms, length.offsetMs))
      )
    }))
  )
  const rows: BenchRow[] = []
  for (const { length, trials } of results) {
    for (const subject of ['runctl', 'naive', 'etag'] as const) {
      const of = trials.map(one => one.perSubject[subject])
      const notice = of.map(one => one.noticeMs / 1000)
      context.log(
        `  ${length.label}, ${SUBJECTS[subject]}: notice ${notice.map(s => s.toFixed(2)).join(' ')} s; requests ${of.map(o => `${o.requests}/${o.counted}`).join(' ')}`
      )
      rows.push({
        scenario: `wait, ${length.label}`,
        subject:
          subject === 'runctl'
            ? `${SUBJECTS.runctl.replace(/\)$/, '')}, Node ${version.replace(/^v(\d+).*/, '$1')})`
            : SUBJECTS[subject],
        ...(subject === 'naive' ? { baseline: true } : {}),
        figures: {
          'requests/wait': mean(of.map(one => one.requests)),
          'counted/wait': mean(of.map(one => one.counted)),
          'p50 notice s': median(notice),
          'p95 notice s': percentile(notice, 0.95)
        }
      })
    }
  }
  return rows
}

export default waiting
