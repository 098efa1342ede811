/**
 * Ends a jest run with one plain line, "jest: N passed, N failed, N skipped", that CI and people
 * can read without knowing jest's own summary format. Printed at exit: jest's own summary
 * reporter runs after every configured one.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    const line = `jest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`
    process.once('exit', () => process.stderr.write(line))
  }
}

module.exports = PlainSummaryReporter
