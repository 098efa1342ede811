/**
 * .github/workflows/manual-operations.yml runs any operation by hand and passes each operation
 * only the inputs it reads. Its `with:` values are expressions over the dispatch inputs; this
 * test evaluates them (a small evaluator for the subset they use) for every operation offered.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { COMMON_INPUTS, OPERATIONS, OPERATION_INPUTS, type Operation } from '../src/constants.js'

interface DispatchInput {
  type?: string
  options?: string[]
  default?: unknown
}
interface Workflow {
  on: { workflow_dispatch: { inputs: Record<string, DispatchInput> } }
  jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }>
}

const workflow = parse(readFileSync('.github/workflows/manual-operations.yml', 'utf8')) as Workflow
const dispatchInputs = workflow.on.workflow_dispatch.inputs
const step = Object.values(workflow.jobs)
  .flatMap(job => job.steps)
  .find(candidate => candidate.uses?.startsWith('runctl/runctl@'))

type Value = string | boolean | string[]

/** Evaluates `${{ … }}` with ==, !=, &&, ||, contains(fromJSON('[…]'), x), literals and names. */
function evaluate(text: string, context: Record<string, Value>): string {
  const match = /^\$\{\{(.*)\}\}$/s.exec(text.trim())
  if (!match) return text
  const tokens = (match[1] ?? '').match(/'[^']*'|==|!=|&&|\|\||[(),]|[\w.-]+/g) ?? []
  let at = 0
  const peek = () => tokens[at]
  const next = () => tokens[at++] ?? ''
  const truthy = (value: Value) => value !== '' && value !== false
  const primary = (): Value => {
    const token = next()
    if (token === '(') {
      const value = or()
      next()
      return value
    }
    if (token.startsWith("'")) return token.slice(1, -1)
    if (token === 'true' || token === 'false') return token === 'true'
    if (token === 'fromJSON') {
      next()
      const json = primary()
      next()
      return JSON.parse(String(json)) as string[]
    }
    if (token === 'contains') {
      next()
      const list = primary()
      next()
      const item = comparison()
      next()
      return Array.isArray(list) && list.includes(String(item))
    }
    if (!(token in context)) throw new Error(`unknown name ${token} in ${text}`)
    return context[token] as Value
  }
  const comparison = (): Value => {
    const left = primary()
    if (peek() === '==' || peek() === '!=') {
      const op = next()
      const right = primary()
      return op === '==' ? String(left) === String(right) : String(left) !== String(right)
    }
    return left
  }
  const and = (): Value => {
    let value = comparison()
    while (peek() === '&&') {
      next()
      const right = comparison()
      value = truthy(value) ? right : value
    }
    return value
  }
  const or = (): Value => {
    let value = and()
    while (peek() === '||') {
      next()
      const right = and()
      value = truthy(value) ? value : right
    }
    return value
  }
  const value = or()
  if (at !== tokens.length) throw new Error(`could not read ${text}`)
  return value === false ? 'false' : value === true ? 'true' : String(value)
}

/** The dispatch form filled in for `operation`: every free field given, every box ticked. */
function filledIn(operation: string, target = 'environments'): Record<string, Value> {
  const context: Record<string, Value> = {
    'github.token': 'ghs_github_token',
    'secrets.RUNCTL_REVIEWER_TOKEN': 'ghp_reviewer'
  }
  for (const [name, input] of Object.entries(dispatchInputs)) {
    context[`inputs.${name}`] =
      input.type === 'boolean' ? true : input.type === 'choice' ? String(input.default) : 'x'
  }
  context['inputs.operation'] = operation
  context['inputs.target'] = target
  return context
}

function given(operation: string, target?: string): string[] {
  const context = filledIn(operation, target)
  return Object.entries(step?.with ?? {})
    .filter(([, value]) => evaluate(value, context) !== '')
    .map(([name]) => name)
}

describe('manual-operations.yml', () => {
  it('offers every operation', () => {
    // A new operation belongs here too: add it to the choice and pass it its inputs.
    expect([...(dispatchInputs['operation']?.options ?? [])].sort()).toEqual([...OPERATIONS].sort())
  })

  it.each(OPERATIONS.map(operation => [operation]))(
    '%s gets only the inputs it reads, even with every field filled in',
    operation => {
      const reads = new Set<string>([...COMMON_INPUTS, ...OPERATION_INPUTS[operation as Operation]])
      const passed = [...given(operation), ...given(operation, 'fork-pr')]
      expect(passed.filter(name => !reads.has(name))).toEqual([])
      expect(passed).toContain('operation')
    }
  )

  it('needs no run-id where the operation has a default or takes none', () => {
    expect(dispatchInputs['run-id']).toMatchObject({ required: false })
    expect(given('dispatch')).not.toContain('run-id')
    expect(given('rerun-failed')).toContain('run-id')
  })

  it('gives a reviewer token only to environment reviews', () => {
    const token = (operation: string, target?: string) =>
      evaluate(step?.with?.['token'] ?? '', filledIn(operation, target))
    expect(token('approve-deployment')).toBe('ghp_reviewer')
    expect(token('approve-deployment', 'fork-pr')).toBe('ghs_github_token')
    expect(token('cancel')).toBe('ghs_github_token')
  })

  it('evaluates expressions as GitHub does (the checker checks itself)', () => {
    const context = { 'inputs.a': 'cancel', 'inputs.b': false, 'inputs.c': 'v' }
    expect(evaluate("${{ inputs.a == 'cancel' && inputs.c || '' }}", context)).toBe('v')
    expect(evaluate("${{ inputs.a == 'dispatch' && inputs.c || '' }}", context)).toBe('')
    expect(evaluate("${{ inputs.a == 'cancel' && inputs.b || '' }}", context)).toBe('')
    expect(
      evaluate(`\${{ contains(fromJSON('["x","cancel"]'), inputs.a) && inputs.c || '' }}`, context)
    ).toBe('v')
  })
})
