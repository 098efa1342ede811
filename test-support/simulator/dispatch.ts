/**
 * Dispatchable workflows and the runs their dispatches start. GitHub creates a dispatched run
 * asynchronously: without run details (204) it shows up in lists a moment later, so runs are
 * scheduled and released when the world is next looked at (no timers).
 */
import type { RunSpec, WorkflowSpec } from './types.js'

interface Scheduled {
  at: number
  spec: RunSpec
}

export class DispatchBook {
  private readonly specs = new Map<number, WorkflowSpec>()
  private scheduled: Scheduled[] = []

  declare(workflowId: number, spec: WorkflowSpec) {
    this.specs.set(workflowId, spec)
  }

  spec(workflowId: number): WorkflowSpec | undefined {
    return this.specs.get(workflowId)
  }

  schedule(at: number, spec: RunSpec) {
    this.scheduled.push({ at, spec })
  }

  /** The runs due by `now`, oldest first, removed from the schedule. */
  due(now: number): RunSpec[] {
    const due = this.scheduled.filter(s => s.at <= now).sort((a, b) => a.at - b.at)
    this.scheduled = this.scheduled.filter(s => s.at > now)
    return due.map(s => ({ ...s.spec, createdAt: s.at }))
  }
}

/** The workflow's run-name with inputs and the actor filled in, as GitHub evaluates it. */
export function evaluateRunName(
  template: string,
  inputs: Record<string, string>,
  actor: string
): string {
  return template.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    const input = /^(?:github\.event\.)?inputs\.([A-Za-z0-9_-]+)$/.exec(expression)
    if (input) return inputs[input[1] ?? ''] ?? ''
    if (expression === 'github.actor') return actor
    return ''
  })
}
