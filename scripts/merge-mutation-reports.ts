/**
 * Merges Stryker JSON reports (mutation-testing-report-schema) into one:
 *
 *   npx tsx scripts/merge-mutation-reports.ts OUT IN...
 *
 * Why: a baseline is built a folder at a time (docs/reliability.md), each run writing its own
 * incremental file, and `.ci/run`'s incremental pass reads one (reports/stryker-incremental.json).
 * Test ids are numbers local to each report, so every test is re-keyed by its file and name and
 * the mutants' `coveredBy` / `killedBy` are rewritten to the merged ids. A source file in several
 * inputs is taken from the last one.
 */
import { readFileSync, writeFileSync } from 'node:fs'

interface Test {
  id: string
  name: string
  location?: unknown
}
interface Mutant {
  id: string
  coveredBy?: string[]
  killedBy?: string[]
  [key: string]: unknown
}
interface Report {
  files: Record<string, { mutants: Mutant[]; [key: string]: unknown }>
  testFiles?: Record<string, { tests: Test[]; [key: string]: unknown }>
  [key: string]: unknown
}

export function mergeReports(reports: Report[]): Report {
  const merged: Report = { ...reports[0], files: {}, testFiles: {} }
  const idOf = new Map<string, string>()
  const testFiles = merged.testFiles ?? {}
  for (const report of reports) {
    const remap = new Map<string, string>()
    for (const [file, testFile] of Object.entries(report.testFiles ?? {})) {
      const target = (testFiles[file] ??= { ...testFile, tests: [] })
      for (const test of testFile.tests) {
        const key = `${file}\u0000${test.name}`
        let id = idOf.get(key)
        if (id === undefined) {
          id = String(idOf.size)
          idOf.set(key, id)
          target.tests.push({ ...test, id })
        }
        remap.set(test.id, id)
      }
    }
    const rewrite = (ids: string[] | undefined) =>
      ids?.map(id => {
        const to = remap.get(id)
        if (to === undefined) throw new Error(`test id ${id} is in no test file of its report`)
        return to
      })
    for (const [file, entry] of Object.entries(report.files)) {
      merged.files[file] = {
        ...entry,
        mutants: entry.mutants.map(mutant => {
          const out: Mutant = { ...mutant }
          if (mutant.coveredBy) out.coveredBy = rewrite(mutant.coveredBy)
          if (mutant.killedBy) out.killedBy = rewrite(mutant.killedBy)
          return out
        })
      }
    }
  }
  return merged
}

if (process.argv[1]?.endsWith('merge-mutation-reports.ts')) {
  const [out, ...inputs] = process.argv.slice(2)
  if (!out || inputs.length === 0) {
    process.stderr.write('usage: npx tsx scripts/merge-mutation-reports.ts OUT IN...\n')
    process.exit(2)
  }
  const reports = inputs.map(file => JSON.parse(readFileSync(file, 'utf8')) as Report)
  const merged = mergeReports(reports)
  writeFileSync(out, `${JSON.stringify(merged)}\n`)
  const mutants = Object.values(merged.files).reduce((sum, file) => sum + file.mutants.length, 0)
  process.stdout.write(`${out}: ${mutants} mutants from ${inputs.length} reports\n`)
}
