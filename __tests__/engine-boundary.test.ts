/**
 * One engine, two front ends: nothing the CLI loads, and nothing in src/ outside the action's
 * front end, imports @actions/core or @actions/github. eslint's no-restricted-imports says it
 * while editing (eslint.config.js); this follows every import, so an indirect one fails too.
 */
import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
const TOOLKIT = /^@actions\/(core|github)(\/|$)/
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s*'([^']+)'/g

/** Every module reachable from the entry: relative ones by path, packages by name. */
function reachable(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>()
  const packages = new Map<string, string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2] ?? match[3]) as string
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))
        if (existsSync(target)) visit(target)
      } else if (!packages.has(specifier)) packages.set(specifier, relative(ROOT, file))
    }
  }
  visit(join(ROOT, entry))
  return { files, packages }
}

describe('the engine imports nothing from the Actions toolkit', () => {
  it.each(['src/cli/index.ts', 'src/engine.ts', 'src/run-operation.ts', 'src/inputs.ts'])(
    '%s reaches no @actions/core or @actions/github',
    entry => {
      const { files, packages } = reachable(entry)
      expect(files.size).toBeGreaterThan(1)
      const toolkit = [...packages].filter(([name]) => TOOLKIT.test(name))
      expect(toolkit).toEqual([])
    }
  )

  it('the walk bites: it finds @actions/core imported one file away', () => {
    // The action itself writes workflow commands without @actions/core (start-up); this test
    // file imports it, and the source it reaches is walked too.
    const { files, packages } = reachable('__tests__/step-log.test.ts')
    expect(files.has(join(ROOT, 'src/step-log.ts'))).toBe(true)
    expect([...packages.keys()].some(name => TOOLKIT.test(name))).toBe(true)
  })

  it('eslint refuses the toolkit in the engine and allows it in the action front end', async () => {
    const eslint = new ESLint({ cwd: ROOT })
    const text = "import * as core from '@actions/core'\nexport const x = core.getInput('a')\n"
    const engine = await eslint.lintText(text, { filePath: join(ROOT, 'src/operations/x.ts') })
    expect(engine[0]?.messages.map(message => message.ruleId)).toContain('no-restricted-imports')
    const github = await eslint.lintText("export { getOctokit } from '@actions/github'\n", {
      filePath: join(ROOT, 'src/github/x.ts')
    })
    expect(github[0]?.messages.map(message => message.ruleId)).toContain('no-restricted-imports')
    const frontEnd = await eslint.lintText(text, { filePath: join(ROOT, 'src/main.ts') })
    expect(frontEnd[0]?.messages.map(message => message.ruleId)).not.toContain(
      'no-restricted-imports'
    )
  })
})
