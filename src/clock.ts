/** Time, injected so operations can be tested without waiting. */
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
}

/** How long requests may still run after the budget is spent (so a fault ends by then). */
export const GRACE_MS = 4000

/** A budget shared by every wait in one operation (timeout-seconds). */
export class Deadline {
  private readonly at: number
  /** timeout-seconds as the user gave it (what sentences name), also in a narrowed window. */
  readonly timeoutSeconds: number
  constructor(
    private readonly clock: Clock,
    seconds: number,
    timeoutSeconds = seconds
  ) {
    this.at = clock.now() + seconds * 1000
    this.timeoutSeconds = timeoutSeconds
  }
  remainingMs(): number {
    return Math.max(0, this.at - this.clock.now())
  }
  expired(): boolean {
    return this.remainingMs() <= 0
  }
  /**
   * Time left in the short grace after the budget (GRACE_MS): only for the last requests of an
   * operation whose wait ran out (the final read, cancel-on-timeout), never for waiting.
   */
  graceLeftMs(): number {
    return Math.max(0, this.at + GRACE_MS - this.clock.now())
  }
  /**
   * A shorter wait inside this budget: ends after `seconds` or with this budget, whichever is
   * first (a read-back window never outlasts timeout-seconds).
   */
  within(seconds: number): Deadline {
    return new Deadline(
      this.clock,
      Math.min(seconds, this.remainingMs() / 1000),
      this.timeoutSeconds
    )
  }
}
