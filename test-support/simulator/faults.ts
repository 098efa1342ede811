/** Fault rules: per route, a number of times or always, answered instead of the simulator. */
import type { FaultRule } from './types.js'

interface ActiveRule {
  rule: FaultRule
  /** Matching requests still to let through before the fault starts (`after`). */
  skip: number
  remaining: number
  matches: (path: string) => boolean
}

/** '/repos/{owner}/{repo}/actions/runs/{run_id}' → matches any value in the braces. */
function templateMatcher(template: string): (path: string) => boolean {
  if (!template.includes('{')) return path => path === template
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map(part => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  const regex = new RegExp(`^${pattern}$`)
  return path => regex.test(path)
}

export class FaultBook {
  private rules: ActiveRule[] = []

  add(rule: FaultRule) {
    const path = rule.path
    const matches = typeof path === 'string' ? templateMatcher(path) : (p: string) => path.test(p)
    this.rules.push({ rule, skip: rule.after ?? 0, remaining: rule.times ?? 1, matches })
  }

  clear() {
    this.rules = []
  }

  /** The first live rule for this request, consumed once. */
  take(host: 'api' | 'blob', method: string, path: string): FaultRule | undefined {
    const active = this.rules.find(
      r =>
        r.remaining > 0 &&
        (r.rule.host ?? 'api') === host &&
        (r.rule.method === undefined || r.rule.method.toUpperCase() === method) &&
        r.matches(path)
    )
    if (!active) return undefined
    if (active.skip > 0) {
      active.skip -= 1
      return undefined
    }
    active.remaining -= 1
    return active.rule
  }
}
