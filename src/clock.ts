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
  constructor(
    private readonly clock: Clock,
    readonly timeoutSeconds: number
  ) {
    this.at = clock.now() + timeoutSeconds * 1000
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
}
