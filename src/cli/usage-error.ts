/**
 * Bad usage of the command line (an unknown flag, a missing or invalid value): one sentence on
 * stderr naming the flag, and exit code 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
