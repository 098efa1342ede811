/** Shared by the recorder (a jest setup file) and the sequencer (CommonJS, as jest loads it). */
const { join } = require('node:path')

/** Stryker's jest runner names the active mutant in this variable; the dry run has none. */
const ACTIVE_MUTANT_VARIABLE = '__STRYKER_ACTIVE_MUTANT__'

/** Inside Stryker's sandbox (the runners' working directory), never in the project. */
const testNamesDir = root => join(root, '.stryker-test-names')

module.exports = { ACTIVE_MUTANT_VARIABLE, testNamesDir }
