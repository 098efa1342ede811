import { Outputs, type OutputName } from '../constants.js'
import type { Job, WorkflowRun } from '../github/types.js'
import {
  escapeCell,
  escapeMarkdown,
  formatDuration,
  link,
  table,
  keyValueTable
} from '../summary/escape.js'

/** The outputs every operation sets from the run it acted on. */
export function runOutputs(run: WorkflowRun): Partial<Record<OutputName, string>> {
  return {
    [Outputs.RunId]: String(run.id),
    [Outputs.RunUrl]: run.html_url,
    [Outputs.Status]: run.status ?? '',
    [Outputs.Conclusion]: run.conclusion ?? '',
    [Outputs.Attempt]: String(run.run_attempt ?? 1)
  }
}

export function runTitle(run: WorkflowRun): string {
  return run.display_title || run.name || `Run ${run.id}`
}

/** A short table describing a run: name, branch, commit, event, attempt, state, link. */
export function runHeader(run: WorkflowRun): string {
  const rows: Array<[string, string]> = [
    ['Run', link(`${runTitle(run)} #${run.run_number ?? run.id}`, run.html_url)],
    ['Workflow', escapeCell(run.name ?? run.path ?? String(run.workflow_id))],
    ['Branch', escapeCell(run.head_branch ?? '')],
    ['Commit', `<code>${escapeMarkdown(run.head_sha.slice(0, 12))}</code>`],
    ['Event', escapeCell(run.event)],
    ['Attempt', String(run.run_attempt ?? 1)],
    ['Status', escapeCell(run.status ?? '')],
    ['Conclusion', escapeCell(run.conclusion ?? '—')]
  ]
  return keyValueTable(rows)
}

export function jobDurationMs(job: Job): number | undefined {
  if (!job.started_at || !job.completed_at) return undefined
  return Date.parse(job.completed_at) - Date.parse(job.started_at)
}

export function jobsTable(jobs: readonly Job[]): string {
  if (jobs.length === 0) return '_No jobs._'
  return table(
    ['Job', 'Conclusion', 'Duration'],
    jobs.map(job => [
      link(job.name, job.html_url),
      escapeCell(job.conclusion ?? job.status),
      formatDuration(jobDurationMs(job))
    ])
  )
}
