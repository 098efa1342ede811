/**
 * The checks-waiting scenario (issues 18 and 24): requests per wait for a commit with 40 check
 * runs (from several apps, ending one after another over 2 minutes) and 3 commit statuses, for
 * runctl's wait-for-checks at its defaults (dist/index.js in its own process, as the runner starts
 * it) beside a naive poller of the check runs and statuses (GET both every 10 s, 100 per page, no
 * ETag: the baseline), watching the same commit in the same trial.
 *
 * As on a real repository, the commit before (its check suites' `before`) carries the same 40
 * checks, each having taken its duration here give or take up to 15 % (random per check): what
 * runctl predicts from. Figures: requests sent, those counted against the rate limit (a 304 is
 * not), and how long after the last check completed each waiter was done. runctl reads the check
 * suites too (what is still coming) and needs no settle window for checks a suite announces; the
 * statuses end well before the last check, so their window has passed. The naive poller ends on
 * the first poll that sees everything complete (and would end too early on a check created late).
 * Trials run at once, one simulator each.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { ACTION_ENTRY, runnerEnvironment } from '../test-support/e2e.js'
import { startSimulator, type Simulator } from '../test-support/simulator/index.js'
import { median, wants } from './support.js'
import type { BenchContext, BenchRow, BenchSuite } from './types.js'

export const SCENARIO = 'wait-for-checks, 40 check runs + 3 statuses'
const CHECK_RUNS = 40
const STATUSES = 3
/** The check runs end evenly spread over this span (plus a random phase per trial). */
const SPREAD_MS = 120_000
/** How far each check's duration on the commit before differs from its duration here, at most. */
const EARLIER_JITTER = 0.15
const NAIVE_INTERVAL_MS = 10_000
const NAIVE_AGENT = 'bench-naive-checks-poller/1.0'
// A quarter are GitHub Actions jobs: their suite is in progress while they run (what is still coming).
const APPS = ['github-actions', 'vercel', 'circleci', 'github-advanced-security']

function node(): string {
  const node24 = [process.env['BENCH_NODE24'], '/tmp/node24/node_modules/.bin/node'].find(
    (candidate): candidate is string => !!candidate && existsSync(candidate)
  )
  return node24 ?? process.execPath
}

/**
 * Scripts the commit: 40 check runs ending one after another, 3 statuses pending then success;
 * and the commit before it, whose same 40 checks completed long ago, each within ±15 % of its
 * duration here.
 */
function script(sim: Simulator, sha: string, parent: string): number {
  const phase = Math.random() * 2000
  let lastEnd = 0
  sim.setParentCommit(sha, parent)
  for (let i = 0; i < CHECK_RUNS; i++) {
    const durationMs = Math.round(phase + ((i + 1) * SPREAD_MS) / CHECK_RUNS)
    lastEnd = Math.max(lastEnd, durationMs)
    const name = `check ${String(i + 1).padStart(2, '0')}`
    const app = APPS[i % APPS.length]
    sim.addCheckRun({ headSha: sha, name, app, durationMs })
    const earlierMs = Math.round(durationMs * (1 + EARLIER_JITTER * (2 * Math.random() - 1)))
    sim.addCheckRun({
      headSha: parent,
      name,
      app,
      appearAfterMs: -3_600_000,
      durationMs: earlierMs
    })
  }
  for (let i = 0; i < STATUSES; i++) {
    const context = `ci/status-${i + 1}`
    const atMs = Math.round(phase + ((i + 1) * SPREAD_MS) / (STATUSES + 1))
    sim.addStatus({ sha, context, state: 'pending' })
    sim.addStatus({ sha, context, state: 'success', atMs })
    lastEnd = Math.max(lastEnd, atMs)
  }
  return Date.now() + lastEnd
}

async function runctl(sim: Simulator, sha: string): Promise<number> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runctl-bench-checks-'))
  const files = {
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
    temp: path.join(dir, 'runner-temp')
  }
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  await mkdir(files.temp)
  const env = runnerEnvironment(
    { operation: 'wait-for-checks', ref: sha },
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
  return at
}

/** GET both endpoints every 10 s without ETags until every check and status is done. */
async function naive(sim: Simulator, sha: string): Promise<number> {
  const get = async (suffix: string) => {
    const response = await fetch(`${sim.apiUrl}/repos/octo/demo/commits/${sha}/${suffix}`, {
      headers: {
        authorization: `Bearer ${sim.tokens.githubToken}`,
        accept: 'application/vnd.github+json',
        'user-agent': NAIVE_AGENT,
        'x-github-api-version': '2022-11-28'
      }
    })
    if (response.status !== 200) throw new Error(`The naive poller got ${response.status}.`)
    return (await response.json()) as Record<string, unknown>
  }
  for (;;) {
    const runs = (await get('check-runs?per_page=100')) as { check_runs: { status: string }[] }
    const status = (await get('status?per_page=100')) as { statuses: { state: string }[] }
    const done =
      runs.check_runs.length === CHECK_RUNS &&
      runs.check_runs.every(check => check.status === 'completed') &&
      status.statuses.length === STATUSES &&
      status.statuses.every(s => s.state !== 'pending')
    if (done) return Date.now()
    await new Promise(resolve => setTimeout(resolve, NAIVE_INTERVAL_MS))
  }
}

interface Figures {
  requests: number
  counted: number
  doneAfterMs: number
}

async function trial(): Promise<{ runctl: Figures; naive: Figures }> {
  const sim = await startSimulator({ flavour: 'github.com' })
  try {
    const sha = 'c4ec5'.padEnd(40, '0')
    const lastEnd = script(sim, sha, 'bef0e'.padEnd(40, '0'))
    const [ours, theirs] = await Promise.all([runctl(sim, sha), naive(sim, sha)])
    const figures = (agent: (ua: string) => boolean, doneAt: number): Figures => {
      const sent = sim.requests.filter(request => agent(request.headers.userAgent ?? ''))
      return {
        requests: sent.length,
        counted: sent.filter(request => request.countedAgainstRateLimit).length,
        doneAfterMs: doneAt - lastEnd
      }
    }
    return {
      runctl: figures(ua => ua.startsWith('runctl/'), ours),
      naive: figures(ua => ua === NAIVE_AGENT, theirs)
    }
  } finally {
    await sim.close()
  }
}

const checks: BenchSuite = async (context: BenchContext): Promise<BenchRow[]> => {
  if (!wants(context, SCENARIO)) return []
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} is missing: npm run bundle`)
  context.log(`${SCENARIO}: ${context.trials} trial(s) at once, about ${SPREAD_MS / 1000 + 35} s`)
  const trials = await Promise.all(Array.from({ length: context.trials }, () => trial()))
  const row = (
    subject: string,
    pick: (t: (typeof trials)[number]) => Figures,
    baseline = false
  ) => ({
    scenario: SCENARIO,
    subject,
    ...(baseline ? { baseline } : {}),
    figures: {
      requests: median(trials.map(t => pick(t).requests)),
      'counted requests': median(trials.map(t => pick(t).counted)),
      'done after last check s': median(trials.map(t => pick(t).doneAfterMs)) / 1000
    }
  })
  return [
    row('naive 10 s poller (both endpoints)', t => t.naive, true),
    row('runctl wait-for-checks (defaults)', t => t.runctl)
  ]
}

export default checks
