/**
 * Log text as the runner writes it: every line timestamped with 7 fractional digits, each step
 * opened by a `##[group]Run …` header section, failures closed by an `##[error]` line.
 */
import type { Attempt, ResolvedStep } from './model.js'
import type { JobSchedule } from './timeline.js'
import { stepTimes } from './views.js'

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '0000Z')
}

export interface StepLog {
  number: number
  name: string
  lines: string[]
}

/** Lines each step has written by `now` (steps that have not started write nothing). */
export function stepLogs(
  schedule: JobSchedule,
  attempt: Attempt | undefined,
  now: number
): StepLog[] {
  if (schedule.ranNoSteps || schedule.startAt === undefined || schedule.startAt > now) return []
  const end = Math.min(schedule.endAt ?? Infinity, now)
  const times = stepTimes(schedule)
  const logs: StepLog[] = []
  schedule.execution.steps.forEach((step, index) => {
    const time = times[index]
    if (!time || time.startedAt > end || (time.startedAt === end && index > 0)) return
    const finished = time.completedAt <= end
    logs.push({
      number: index + 1,
      name: step.name,
      lines: stepLines(step, time.startedAt, time.completedAt, finished, attempt)
    })
  })
  return logs
}

function stepLines(
  step: ResolvedStep,
  startedAt: number,
  completedAt: number,
  finished: boolean,
  attempt: Attempt | undefined
): string[] {
  const body = [
    `##[group]Run ${step.name}`,
    ...(step.name === 'Set up job' || step.name === 'Complete job'
      ? []
      : [step.name, 'shell: /usr/bin/bash -e {0}']),
    '##[endgroup]',
    ...(attempt?.debugLogging ? [`##[debug]Evaluating condition for step: '${step.name}'`] : []),
    ...step.log
  ]
  if (finished && step.conclusion === 'failure')
    body.push('##[error]Process completed with exit code 1.')
  const span = Math.max(0, completedAt - startedAt)
  return body.map(
    (line, i) => `${stamp(startedAt + (span * i) / Math.max(1, body.length))} ${line}`
  )
}

export function jobLogText(logs: StepLog[]): string {
  return logs.map(log => log.lines.join('\n') + '\n').join('')
}

/** Zip entry names come from job names; GitHub drops characters a path cannot hold. */
export function entryName(name: string): string {
  return name.replace(/[/\\:*?"<>|]/g, '').trim() || 'job'
}

// ---------------------------------------------------------------------------------------------
// Bulk runner-log text, for archives as large as real ones (logArchiveBytes, the bench)

/** xorshift32: the same text for the same seed, fast, no dependency. */
function generator(seed: number): (below: number) => number {
  let state = seed >>> 0 || 0x9e3779b9
  return below => {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state % below
  }
}

const DIRECTORIES = ['core', 'net', 'ui/components', 'storage', 'auth', 'api/v2', 'cli', 'util']
const TOOLS = ['webpack', 'esbuild', 'tsc', 'gcc', 'cargo', 'jest', 'pytest', 'go']

/**
 * About `bytes` of text as a busy CI job logs it: timestamped lines, `##[group]` sections,
 * compiler lines and warnings, test results, downloads, and content hashes (which compress
 * poorly, as in real logs). Deflates about 5–6×, within the 4–8× of GitHub's run-log archives.
 */
export function runnerLogText(bytes: number, seed: number): string {
  const next = generator(seed)
  const hex = (length: number) => {
    let out = ''
    while (out.length < length) out += next(0x7fffffff).toString(16).padStart(8, '0')
    return out.slice(0, length)
  }
  let ms = Date.UTC(2026, 11, 7, 10, 0, 0) + next(3_600_000)
  const parts: string[] = []
  let size = 0
  let section = 0
  while (size < bytes) {
    ms += next(40)
    const time = `${new Date(ms).toISOString().slice(0, -1)}${String(next(10_000)).padStart(4, '0')}Z `
    const dir = DIRECTORIES[next(DIRECTORIES.length)] as string
    const file = `src/${dir}/${['module', 'handler', 'parser', 'client'][next(4)]}_${next(400)}`
    const kind = next(100)
    let line: string
    if (kind < 2) {
      section++
      line = `##[group]Run ${TOOLS[next(TOOLS.length)]} --shard ${section % 16}/16`
    } else if (kind < 4) line = '##[endgroup]'
    else if (kind < 30) line = `  CC      ${file}.o`
    else if (kind < 38) {
      line = `${file}.c:${next(2000)}:${next(80)}: warning: unused variable 'tmp_${next(1000)}' [-Wunused-variable]`
    } else if (kind < 62) {
      line = `  ✓ ${['renders', 'parses', 'rejects', 'retries', 'caches'][next(5)]} case ${next(5000)} (${next(300)} ms)`
    } else if (kind < 70) line = `PASS ${file}.test.ts (${(next(9000) / 1000).toFixed(3)} s)`
    else if (kind < 82) {
      line = `Downloading https://registry.npmjs.org/pkg-${next(900)}/-/pkg-${next(900)}-${next(9)}.${next(20)}.${next(9)}.tgz (${next(900)} kB)`
    } else if (kind < 87) line = `  sha256:${hex(64)}  layer ${next(40)}/40`
    else
      line = `[${TOOLS[next(TOOLS.length)]}] ${next(100_000)} modules transformed, cache ${hex(12)}`
    const text = `${time}${line}\n`
    parts.push(text)
    size += Buffer.byteLength(text)
  }
  return parts.join('')
}
