/** Time, injected so operations can be tested without waiting. */
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
}

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
}
