import * as log from '../step-log.js'

/**
 * GitHub's clock, as read from the `Date` header every answer carries. Every GitHub timestamp
 * (created_at, updated_at, run_started_at…) is on that clock; a self-hosted runner or a GitHub
 * Enterprise Server appliance may be seconds or minutes off it, so runctl compares GitHub's
 * timestamps with GitHub's time, never with the runner's.
 *
 * How the offset (GitHub's time − the runner's) is estimated: the server wrote the header at
 * some moment between sending the request and receiving the answer (runner time), and its clock
 * then read something in [Date, Date + 1 s) (the header drops the fraction). Each answer so
 * bounds the offset to [Date − received, Date + 1 s − sent]; the bounds of all answers are
 * intersected and the estimate is the middle of what is left. A slow answer brings a wide
 * interval that changes nothing, so it cannot skew the estimate, and answers landing at
 * different phases of the second narrow it well below the header's 1 s resolution. An answer
 * whose interval contradicts the others (a clock stepped, another frontend) starts over from it.
 */
export class ServerClock {
  /** Bounds of the offset in ms; low > high means nothing is known yet. */
  private low = Infinity
  private high = -Infinity
  private reported = false

  constructor(private readonly runnerNow: () => number = Date.now) {}

  /** The runner's time now (what send and receive times are measured on). */
  runnerTime(): number {
    return this.runnerNow()
  }

  /** One answer's Date header, with when its request was sent and its answer received. */
  observe(date: string | undefined, sentAt: number, receivedAt: number): void {
    const stamped = date === undefined ? Number.NaN : Date.parse(date)
    if (!Number.isFinite(stamped) || !(receivedAt >= sentAt)) return
    const low = stamped - receivedAt
    const high = stamped + 1000 - sentAt
    const narrowedLow = Math.max(this.low, low)
    const narrowedHigh = Math.min(this.high, high)
    if (this.known && narrowedLow <= narrowedHigh) {
      this.low = narrowedLow
      this.high = narrowedHigh
    } else {
      this.low = low
      this.high = high
    }
    this.reportOnce()
  }

  /** Whether any answer has carried a Date header. */
  get known(): boolean {
    return this.low <= this.high
  }

  /** GitHub's time minus the runner's, in ms (0 until an answer has said). */
  get offsetMs(): number {
    return this.known ? Math.round((this.low + this.high) / 2) : 0
  }

  /** A runner time as GitHub's clock read it at that moment. */
  toServer(runnerMs: number): number {
    return runnerMs + this.offsetMs
  }

  /** GitHub's time now. */
  now(): number {
    return this.toServer(this.runnerNow())
  }

  /**
   * The earliest GitHub's clock can have read at a runner time (for `created` filters that must
   * not miss anything created from then on); undefined until an answer has said.
   */
  earliestServerTime(runnerMs: number): number | undefined {
    return this.known ? runnerMs + this.low : undefined
  }

  private reportOnce(): void {
    const offset = this.offsetMs
    if (this.reported || Math.abs(offset) < REPORTED_OFFSET_MS) return
    this.reported = true
    const seconds = Math.round(Math.abs(offset) / 1000)
    log.info(
      `GitHub's clock is ${seconds} s ${offset < 0 ? 'behind' : 'ahead of'} this runner's; runctl compares GitHub's times with GitHub's clock.`
    )
  }
}

/** Offsets below this are ordinary (the header's resolution plus a request) and not mentioned. */
const REPORTED_OFFSET_MS = 2000
