/**
 * The run-list filters, checked on each listed run: a server may not document a filter (the
 * 2020 API has no `created`, an older GHES no `head_sha`) or may ignore it, and then answers a
 * wider list. Checking every run keeps the result the same on every server.
 */
import type { WorkflowRun } from './types.js'

export interface RunMatch {
  readonly branch?: string
  readonly event?: string
  /** Full or abbreviated commit sha. */
  readonly headSha?: string
  /** A status or a conclusion, as GitHub's `status` filter takes either. */
  readonly status?: string
  /** GitHub's `created` qualifier: D, >=D, <=D, >D, <D, A..B (with * for open ends). */
  readonly created?: string
  readonly createdAfter?: Date
}

export function runMatchesFilter(run: WorkflowRun, filter: RunMatch): boolean {
  if (filter.branch !== undefined && run.head_branch !== filter.branch) return false
  if (filter.event !== undefined && run.event !== filter.event) return false
  if (filter.headSha !== undefined && !run.head_sha.startsWith(filter.headSha.toLowerCase())) {
    return false
  }
  if (
    filter.status !== undefined &&
    run.status !== filter.status &&
    run.conclusion !== filter.status
  ) {
    return false
  }
  const created = Date.parse(run.created_at)
  if (filter.createdAfter !== undefined && created < filter.createdAfter.getTime()) return false
  if (filter.created !== undefined) {
    const range = createdRange(filter.created)
    if (range && (created < range.from || created >= range.until)) return false
  }
  return true
}

const DAY_MS = 24 * 60 * 60 * 1000

/** [start, end) of a date (a whole UTC day) or of a date-time (one millisecond). */
function span(text: string): { start: number; end: number } | undefined {
  const start = Date.parse(text)
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(start)) return undefined
  return { start, end: start + (/^\d{4}-\d{2}-\d{2}$/.test(text) ? DAY_MS : 1) }
}

/** The instants [from, until) a `created` qualifier admits; undefined when it does not parse. */
export function createdRange(qualifier: string): { from: number; until: number } | undefined {
  const text = qualifier.trim()
  if (text === '*') return { from: -Infinity, until: Infinity }
  const range = /^(.+?)\.\.(.+)$/.exec(text)
  if (range) {
    const [low = '', high = ''] = [range[1]?.trim(), range[2]?.trim()]
    const a = low === '*' ? { start: -Infinity, end: -Infinity } : span(low)
    const b = high === '*' ? { start: Infinity, end: Infinity } : span(high)
    return a && b ? { from: a.start, until: b.end } : undefined
  }
  const compared = /^(>=|<=|>|<)?(.+)$/.exec(text)
  const date = compared ? span(compared[2] ?? '') : undefined
  if (!compared || !date) return undefined
  switch (compared[1]) {
    case '>=':
      return { from: date.start, until: Infinity }
    case '>':
      return { from: date.end, until: Infinity }
    case '<=':
      return { from: -Infinity, until: date.end }
    case '<':
      return { from: -Infinity, until: date.start }
    default:
      return { from: date.start, until: date.end }
  }
}
