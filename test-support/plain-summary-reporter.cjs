/**
 * Ends a jest run with one plain line, "jest: N passed, N failed, N skipped", that CI and people
 * can read without knowing jest's own summary format.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    process.stderr.write(
      `\njest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`
    )
  }
}

module.exports = PlainSummaryReporter
