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
