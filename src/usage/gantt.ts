import type { JobRow } from './types.js'
import { conclusionIcon } from '../conclusions.js'

/** Mermaid refuses diagrams longer than this (its default maxTextSize). */
export const MERMAID_TEXT_LIMIT = 50_000
/** More bars than this are unreadable in a summary; the rest stay in the table and the file. */
export const GANTT_MAX_JOBS = 50
const LABEL_MAX_CHARS = 60

export interface Gantt {
  /** The mermaid source (without the code fence). */
  readonly text: string
  readonly charted: number
  /** Jobs that started, i.e. could be charted at all. */
  readonly chartable: number
}

/**
 * A job name as a gantt task label. Mermaid's gantt lexer ends a task name at `:`, `#` or `;`,
 * treats `%%` as a comment and a leading keyword (title, section, dateFormat, click …) as a
 * statement, so only letters, digits and plain punctuation are kept, and every label starts with
 * the job's conclusion icon, which no keyword does. Quotes, HTML and backticks (which could end
 * the markdown fence) become spaces.
 */
export function mermaidLabel(name: string, icon: string): string {
  const kept = name
    .replace(/[^\p{L}\p{N} _.,()[\]/+=@-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const short =
    [...kept].length > LABEL_MAX_CHARS
      ? `${[...kept].slice(0, LABEL_MAX_CHARS - 1).join('')}…`
      : kept
  return `${icon} ${short || 'job'}`
}

/** UTC wall-clock time as the chart's dateFormat (YYYY-MM-DD HH:mm:ss) expects it. */
function chartTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

function tagsOf(job: JobRow): string {
  if (job.state === 'running') return 'active'
  const failed = ['failure', 'timed_out', 'startup_failure'].includes(job.conclusion ?? '')
  return failed ? 'crit, done' : 'done'
}

function iconOf(job: JobRow): string {
  return job.state === 'completed' ? conclusionIcon(job.conclusion) : '⏳'
}

function taskLine(job: JobRow, index: number, now: number): string | undefined {
  if (job.startedAt === null || job.runMs === null) return undefined
  const start = Date.parse(job.startedAt)
  if (Number.isNaN(start)) return undefined
  const end = job.state === 'running' ? now : start + job.runMs
  return `    ${mermaidLabel(job.name, iconOf(job))} :${tagsOf(job)}, j${index}, ${chartTime(start)}, ${chartTime(end)}`
}

function render(title: string, jobs: readonly JobRow[], now: number): string {
  const attempts = [...new Set(jobs.map(job => job.attempt))].sort((a, b) => a - b)
  const lines = [
    'gantt',
    `    title ${title}`,
    '    dateFormat YYYY-MM-DD HH:mm:ss',
    '    axisFormat %H:%M',
    '    todayMarker off'
  ]
  let index = 0
  for (const attempt of attempts) {
    if (attempts.length > 1) lines.push(`    section Attempt ${attempt}`)
    const inAttempt = jobs
      .filter(job => job.attempt === attempt)
      .sort((a, b) => Date.parse(a.startedAt ?? '') - Date.parse(b.startedAt ?? ''))
    for (const job of inAttempt) {
      const line = taskLine(job, ++index, now)
      if (line !== undefined) lines.push(line)
    }
  }
  return lines.join('\n')
}

/**
 * A mermaid gantt of the jobs that started, in start order per attempt. On big runs only the
 * slowest GANTT_MAX_JOBS are charted, fewer if needed to stay under mermaid's text limit.
 * Bars show run time only: the jobs API has no dependency graph, so nothing here implies one.
 */
export function jobsGantt(title: string, jobs: readonly JobRow[], now: number): Gantt {
  const chartable = jobs.filter(job => job.startedAt !== null && job.runMs !== null)
  const slowestFirst = [...chartable].sort((a, b) => (b.runMs ?? 0) - (a.runMs ?? 0))
  let keep = Math.min(GANTT_MAX_JOBS, slowestFirst.length)
  let text = render(title, slowestFirst.slice(0, keep), now)
  while (text.length > MERMAID_TEXT_LIMIT && keep > 0) {
    keep = Math.floor(keep / 2)
    text = render(title, slowestFirst.slice(0, keep), now)
  }
  return { text, charted: keep, chartable: chartable.length }
}
