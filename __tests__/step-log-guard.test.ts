import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * Everything runctl prints may carry API text, so it must go through src/step-log.ts (which
 * neutralises workflow commands). eslint's no-restricted-syntax says the same while editing;
 * this keeps it true even where lint is not run.
 */
const SRC = join(import.meta.dirname, '..', 'src')
const DIRECT_PRINT = [
  /\bcore\.(info|debug|notice|warning|error|annotate|setFailed|startGroup|endGroup|group)\s*\(/,
  /import\s*\{[^}]*\b(info|debug|notice|warning|error|setFailed|startGroup|endGroup|group)\b[^}]*\}\s*from\s*'@actions\/core'/,
  /import\s*\{[^}]*\b(info|debug|annotate|setFailed|startGroup|endGroup)\b[^}]*\}\s*from\s*'[^']*workflow-commands\.js'/,
  /\bconsole\.\w+/,
  /\bprocess\.std(out|err)\b/
]

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap(entry => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

describe('printing goes through src/step-log.ts', () => {
  it('no other source file prints directly', () => {
    const offenders = sourceFiles(SRC)
      // The step log, and the action's reporter it hands neutralised text to, with the workflow
      // commands that reporter writes.
      .filter(
        file =>
          ![
            'step-log.ts',
            join('action', 'reporter.ts'),
            join('action', 'workflow-commands.ts')
          ].includes(relative(SRC, file))
      )
      .flatMap(file => {
        const text = readFileSync(file, 'utf8')
        return DIRECT_PRINT.filter(pattern => pattern.test(text)).map(
          pattern => `${relative(SRC, file)}: ${pattern.source}`
        )
      })
    expect(offenders).toEqual([])
  })

  it('the guard bites: it finds a direct print', () => {
    expect(DIRECT_PRINT.some(pattern => pattern.test('core.info(`Job ${job.name}`)'))).toBe(true)
    expect(
      DIRECT_PRINT.some(pattern => pattern.test("import { warning } from '@actions/core'"))
    ).toBe(true)
    expect(DIRECT_PRINT.some(pattern => pattern.test('process.stdout.write(line)'))).toBe(true)
    expect(
      DIRECT_PRINT.some(pattern =>
        pattern.test("import { annotate } from '../action/workflow-commands.js'")
      )
    ).toBe(true)
  })
})
