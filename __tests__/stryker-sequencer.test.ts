import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { describe, expect, it } from '@jest/globals'

const require = createRequire(import.meta.url)
const Sequencer = require('../test-support/stryker/covering-files-sequencer.cjs') as new (options: {
  contexts: unknown[]
  globalConfig: { testNamePattern?: string }
}) => { sort(tests: FakeTest[]): FakeTest[] }

interface FakeTest {
  path: string
  context: {
    config: { rootDir: string; cacheDirectory: string; id: string }
    hasteFS: { getSize(): number }
  }
}

/** A project root whose dry run recorded two test files and their tests. */
function recordedProject(): { root: string; tests: FakeTest[] } {
  const root = mkdtempSync(join(tmpdir(), 'runctl-sequencer-'))
  const records = join(root, '.stryker-test-names')
  mkdirSync(records)
  const lines = [
    [join(root, 'a.test.ts'), 'client retries a 502 (once)'],
    [join(root, 'a.test.ts'), 'client gives up after three'],
    [join(root, 'b.test.ts'), 'cancel sends one request']
  ]
  writeFileSync(join(records, '1.jsonl'), lines.map(line => JSON.stringify(line)).join('\n') + '\n')
  const context = {
    config: { rootDir: root, cacheDirectory: join(root, 'cache'), id: 'stryker-sequencer-test' },
    hasteFS: { getSize: () => 1 }
  }
  const tests = ['a.test.ts', 'b.test.ts', 'unrecorded.test.ts'].map(name => ({
    path: join(root, name),
    context
  }))
  return { root, tests }
}

const sortedNames = (pattern: string | undefined, tests: FakeTest[]): string[] =>
  new Sequencer({ contexts: [], globalConfig: { testNamePattern: pattern } })
    .sort([...tests])
    .map(test => test.path.split('/').pop() ?? '')
    .sort()

describe("Stryker's covering-files sequencer (test-support, used only by jest.stryker.config.js)", () => {
  it('keeps the files that hold a test the pattern names, and files with no record', () => {
    const { tests } = recordedProject()
    // Stryker's pattern: each covering test's full name, escaped, in a group, joined by |.
    expect(sortedNames('(cancel sends one request)', tests)).toEqual([
      'b.test.ts',
      'unrecorded.test.ts'
    ])
    expect(
      sortedNames('(client retries a 502 \\(once\\))|(cancel sends one request)', tests)
    ).toEqual(['a.test.ts', 'b.test.ts', 'unrecorded.test.ts'])
  })

  it('matches as jest does: case-insensitive, anywhere in the full name', () => {
    const { tests } = recordedProject()
    expect(sortedNames('GIVES UP', tests)).toEqual(['a.test.ts', 'unrecorded.test.ts'])
  })

  it('keeps every file without a pattern (the dry run, a static mutant)', () => {
    const { tests } = recordedProject()
    expect(sortedNames(undefined, tests)).toEqual(['a.test.ts', 'b.test.ts', 'unrecorded.test.ts'])
  })
})
