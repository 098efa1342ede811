import { describe, expect, it } from '@jest/globals'
import { decideLogDownload } from '../../src/github/retry-policy.js'

const download = { label: 'the log archive of run 42', detail: 'the storage host answered 403' }

describe('decideLogDownload (the retry policy for a log body)', () => {
  it.each([
    {
      attempt: 0,
      budget: { leftMs: 30_000, timeoutSeconds: 60 },
      expected: {
        kind: 'retry',
        waitSeconds: 0,
        warning:
          'Downloading the log archive of run 42 failed (the storage host answered 403); asking GitHub for a fresh link.'
      }
    },
    {
      attempt: 0,
      budget: { leftMs: Infinity, timeoutSeconds: undefined },
      expected: { kind: 'retry', waitSeconds: 0 }
    },
    {
      attempt: 1,
      budget: { leftMs: 30_000, timeoutSeconds: 60 },
      expected: {
        kind: 'fail',
        message:
          'Downloading the log archive of run 42 failed twice, even with a fresh link from GitHub: the storage host answered 403.'
      }
    },
    {
      attempt: 0,
      budget: { leftMs: 0, timeoutSeconds: 20 },
      expected: {
        kind: 'fail',
        message:
          "The time budget (timeout-seconds: 20) ran out while waiting for the log archive of run 42 (the storage host answered 403); raise 'timeout-seconds'."
      }
    }
  ])('attempt $attempt with $budget.leftMs ms left', ({ attempt, budget, expected }) => {
    const decision = decideLogDownload(download, attempt, budget)
    expect(decision.kind).toBe(expected.kind)
    if (decision.kind === 'fail') expect(decision.error.message).toBe(expected.message)
    if (decision.kind === 'retry') expect(decision).toMatchObject({ ...expected })
  })
})
