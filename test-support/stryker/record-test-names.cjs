/**
 * A setup file of Stryker's jest config only. Stryker's dry run (no active mutant) runs every test
 * once: record which test file holds which test, so that a mutant's run loads only the files that
 * hold its covering tests (./covering-files-sequencer.cjs). One record file per process.
 */
const { appendFileSync, mkdirSync } = require('node:fs')
const { join } = require('node:path')
const { beforeEach, expect } = require('@jest/globals')
const { ACTIVE_MUTANT_VARIABLE, testNamesDir } = require('./test-names.cjs')

if (process.env[ACTIVE_MUTANT_VARIABLE] === undefined) {
  const dir = testNamesDir(process.cwd())
  mkdirSync(dir, { recursive: true })
  const record = join(dir, `${process.pid}.jsonl`)
  beforeEach(() => {
    const { currentTestName, testPath } = expect.getState()
    if (currentTestName !== undefined && testPath !== undefined) {
      appendFileSync(record, `${JSON.stringify([testPath, currentTestName])}\n`)
    }
  })
}
