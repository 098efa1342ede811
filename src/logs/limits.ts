import { Transform } from 'node:stream'
import { OperationError } from '../github/errors.js'

/** The caps that stop a hostile or runaway archive (documented in docs/operations.md under fetch-logs). */
export interface ArchiveLimits {
  /** Total bytes written into log-dir: inflated entries plus per-job logs (max-log-bytes). */
  readonly maxBytes: number
  /** Entries in one archive's central directory. */
  readonly maxEntries: number
  /** Inflated bytes of an entry divided by its compressed bytes. */
  readonly maxRatio: number
}

/**
 * Below this many inflated bytes an entry is never called a bomb: a short, repetitive log (a
 * progress bar, a thousand identical lines) can legitimately compress far past any ratio.
 */
export const RATIO_GRACE_BYTES = 1024 * 1024

/**
 * Bytes really written into log-dir, counted as they stream (never taken from an archive's
 * headers, which a zip bomb understates). Shared by the archive and the per-job logs.
 */
export class ByteBudget {
  private used = 0

  constructor(
    readonly maxBytes: number,
    private readonly exceededSentence: string
  ) {}

  get written(): number {
    return this.used
  }

  take(bytes: number): void {
    this.used += bytes
    if (this.used > this.maxBytes) throw new BudgetExceeded(this.exceededSentence)
  }
}

/** The cap of a ByteBudget was reached (a caller may say it in its own words). */
export class BudgetExceeded extends OperationError {}

/**
 * A pass-through that shows every chunk to `onBytes` and calls `onEnd` after the last one; a
 * throw from either aborts the pipeline.
 */
export function countingStream(
  onBytes: (bytes: Buffer) => void,
  onEnd: () => void = () => undefined
): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        onBytes(chunk)
        callback(null, chunk)
      } catch (error) {
        callback(error as Error)
      }
    },
    flush(callback) {
      try {
        onEnd()
        callback()
      } catch (error) {
        callback(error as Error)
      }
    }
  })
}
