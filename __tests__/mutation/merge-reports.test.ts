/**
 * scripts/merge-mutation-reports.ts: per-folder baselines merged into the one incremental file
 * keep every mutant pointing at the same tests, by file and name, whatever ids each report used.
 */
import { describe, expect, it } from '@jest/globals'
import { mergeReports } from '../../scripts/merge-mutation-reports.js'

const test = (id: string, name: string) => ({ id, name })

describe('mergeReports', () => {
  it('re-keys tests by file and name and rewrites coveredBy and killedBy', () => {
    const first = {
      schemaVersion: '2',
      files: {
        'src/a.ts': {
          mutants: [{ id: '0', status: 'Killed', coveredBy: ['0', '1'], killedBy: ['1'] }]
        }
      },
      testFiles: { 't/x.test.ts': { tests: [test('0', 'x one'), test('1', 'x two')] } }
    }
    const second = {
      schemaVersion: '2',
      files: {
        'src/b.ts': { mutants: [{ id: '0', status: 'Survived', coveredBy: ['0', '1'] }] }
      },
      // Same test "x two" under another id, and a test the first report did not have.
      testFiles: {
        't/y.test.ts': { tests: [test('1', 'y one')] },
        't/x.test.ts': { tests: [test('0', 'x two')] }
      }
    }
    const merged = mergeReports([first, second])
    const name = (id: string) =>
      Object.entries(merged.testFiles ?? {}).flatMap(([file, f]) =>
        f.tests.filter(t => t.id === id).map(t => `${file} ${t.name}`)
      )
    expect(Object.keys(merged.files)).toEqual(['src/a.ts', 'src/b.ts'])
    const a = merged.files['src/a.ts']?.mutants[0]
    const b = merged.files['src/b.ts']?.mutants[0]
    expect(a?.coveredBy?.flatMap(name)).toEqual(['t/x.test.ts x one', 't/x.test.ts x two'])
    expect(a?.killedBy?.flatMap(name)).toEqual(['t/x.test.ts x two'])
    expect(b?.coveredBy?.flatMap(name)).toEqual(['t/x.test.ts x two', 't/y.test.ts y one'])
    expect(merged.testFiles?.['t/x.test.ts']?.tests.map(t => t.name)).toEqual(['x one', 'x two'])
    expect(merged.schemaVersion).toBe('2')
  })

  it('refuses a mutant that names a test its report does not have', () => {
    const broken = {
      files: { 'src/a.ts': { mutants: [{ id: '0', coveredBy: ['7'] }] } },
      testFiles: {}
    }
    expect(() => mergeReports([broken])).toThrow('test id 7 is in no test file of its report')
  })
})
