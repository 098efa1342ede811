/**
 * Stryker's jest runner runs a mutant with `--findRelatedTests <mutated file>` and a test-name
 * pattern of the tests that cover it. Jest then loads every test file that imports the mutated
 * file, however indirectly, and skips the tests the pattern leaves out: for a module every request
 * passes through, that is some 30 ESM files (about 20 s) to run a handful of tests. This sequencer
 * keeps only the files that hold a test the pattern names, from what the dry run recorded
 * (./record-test-names.cjs). A file with no record is kept, so a missing record costs time, never
 * a result; a wrong record can only drop a test, which can only turn a kill into a survivor.
 */
const { readdirSync, readFileSync } = require('node:fs')
const { join } = require('node:path')
const Sequencer = require('@jest/test-sequencer').default
const { testNamesDir } = require('./test-names.cjs')

/** root -> (test file path -> names of its tests); read once the dry run has written it. */
const recordedByRoot = new Map()

function readRecords(root) {
  const dir = testNamesDir(root)
  const byFile = new Map()
  let files
  try {
    files = readdirSync(dir)
  } catch {
    return byFile
  }
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line === '') continue
      const [testPath, name] = JSON.parse(line)
      if (!byFile.has(testPath)) byFile.set(testPath, [])
      byFile.get(testPath).push(name)
    }
  }
  return byFile
}

class CoveringFilesSequencer extends Sequencer {
  constructor(options) {
    super(options)
    this.testNamePattern = options.globalConfig?.testNamePattern
  }

  sort(tests) {
    if (!this.testNamePattern || tests.length === 0) return super.sort(tests)
    const root = tests[0].context.config.rootDir
    let recorded = recordedByRoot.get(root)
    if (recorded === undefined || recorded.size === 0) {
      recorded = readRecords(root)
      recordedByRoot.set(root, recorded)
    }
    // Jest matches the pattern the same way (jest-circus: new RegExp(pattern, 'i') on the full name).
    const pattern = new RegExp(this.testNamePattern, 'i')
    const covering = tests.filter(test => {
      const names = recorded.get(test.path)
      return names === undefined || names.some(name => pattern.test(name))
    })
    return super.sort(covering)
  }
}

module.exports = CoveringFilesSequencer
