import * as log from './step-log.js'
import type { Clock, Deadline } from './clock.js'
import { describeError, isTransient } from './github/errors.js'

/**
 * The one polling loop every wait uses (a run to complete, a run to appear, a re-run attempt to
 * show, a deployment gate to be reached), with its schedule and its heartbeat.
 */

/** When a run is expected to end, in epoch ms of the API's clock. */
export interface EndEstimate {
  /** The earliest and latest plausible ends: polling is dense between them. */
  readonly earliest: number
  readonly latest: number
}

/** Without an estimate: the first interval (and after a change), growing by BACKOFF per silent poll. */
export const FIRST_INTERVAL_MS = 1000
export const BACKOFF = 1.5
/** Spacing of the polls between the earliest and latest plausible ends… */
export const DENSE_SPACING_MS = 500
/** …unless that window is so wide that it would take more polls than this. */
export const MAX_WINDOW_POLLS = 30
/** Past the latest plausible end, each second of overrun widens the spacing by this many seconds. */
export const OVERRUN_WIDENING = 0.5
/** Never two polls closer than this. */
export const MIN_DELAY_MS = 100

/**
 * How long to sleep before the next poll. With an end estimate: sparse (the upper bound alone)
 * until the earliest plausible end, dense until the latest, then backing off as the overrun
 * grows. Without one: 1 s, growing 1.5× per poll that finds nothing changed, and back to 1 s
 * after a change. The upper bound (poll-interval-seconds) always holds.
 */
export class PollSchedule {
  private estimate?: EndEstimate
  private silentPolls = 0

  /**
   * `serverClock` converts the runner's time (what the poll loop measures) to the API's, in which
   * an estimate is made (GitHub's timestamps): without it the two clocks are taken to agree.
   */
  constructor(
    readonly maxIntervalMs: number,
    private readonly serverClock?: { toServer(runnerMs: number): number }
  ) {}

  expectEnd(estimate: EndEstimate | undefined): void {
    this.estimate = estimate
  }

  get expected(): EndEstimate | undefined {
    return this.estimate
  }

  /**
   * Called after each poll with the runner's time it was sent at, `changed` when it brought news
   * (which restarts the back-off).
   */
  nextDelayMs(now: number, changed: boolean): number {
    this.silentPolls = changed ? 0 : this.silentPolls + 1
    const wanted = this.estimate
      ? this.aroundTheEnd(this.serverClock ? this.serverClock.toServer(now) : now, this.estimate)
      : FIRST_INTERVAL_MS * BACKOFF ** this.silentPolls
    return Math.max(
      Math.min(MIN_DELAY_MS, this.maxIntervalMs),
      Math.min(wanted, this.maxIntervalMs)
    )
  }

  private aroundTheEnd(now: number, { earliest, latest }: EndEstimate): number {
    if (now + MIN_DELAY_MS < earliest) return earliest - now
    const spacing = Math.max(DENSE_SPACING_MS, (latest - earliest) / MAX_WINDOW_POLLS)
    return spacing + OVERRUN_WIDENING * Math.max(0, now - latest)
  }
}

/** Minutes of silence after which a heartbeat line is due: 1, 2, 5, 10, then every 10. */
export function heartbeatAfterMinutes(beat: number): number {
  const first = [1, 2, 5, 10]
  return first[beat] ?? 10 * (beat - first.length + 2)
}

/** Says when a heartbeat is due: after 1, 2, 5, 10, 20, 30… minutes in which nothing changed. */
export class Heartbeat {
  private since: number
  private beats = 0

  constructor(now: number) {
    this.since = now
  }

  /** Something changed: the silence starts again. */
  reset(now: number): void {
    this.since = now
    this.beats = 0
  }

  silentForMs(now: number): number {
    return now - this.since
  }

  /** True once per due beat; beats missed by a long sleep collapse into one. */
  due(now: number): boolean {
    let due = false
    while (now - this.since >= heartbeatAfterMinutes(this.beats) * 60_000) {
      this.beats++
      due = true
    }
    return due
  }
}

/** What one poll found: done (with the value to return), or not yet (and whether anything changed). */
export type PollResult<T> = { done: true; value: T } | { done: false; changed: boolean }

export interface PollLoopOptions {
  readonly clock: Clock
  readonly deadline: Deadline
  readonly schedule: PollSchedule
  /** How a temporary failure is reported: `${label} failed for now (…); will poll again.` */
  readonly label: string
  /** A temporary failure of the very first poll is thrown: there is nothing yet to fall back on. */
  readonly firstPollMustSucceed?: boolean
  /** Called when nothing has changed for 1, 2, 5, 10, 20… minutes; a temporary failure in it is ignored. */
  readonly onHeartbeat?: (silentForMs: number) => Promise<void>
}

/**
 * Polls until `poll` says done or the deadline passes (`{ done: false }`). Temporary API failures
 * are reported and polled through; anything else is thrown. Sleeps follow the schedule and never
 * pass the deadline.
 */
export async function pollUntil<T>(
  poll: () => Promise<PollResult<T>>,
  options: PollLoopOptions
): Promise<{ done: true; value: T } | { done: false }> {
  const { clock, deadline, schedule } = options
  const heartbeat = new Heartbeat(clock.now())
  let succeeded = false
  for (;;) {
    let changed = false
    // Spacing is measured from poll to poll: a slow answer does not stretch the schedule.
    const pollStarted = clock.now()
    try {
      const result = await poll()
      if (result.done) return result
      changed = !succeeded || result.changed
      succeeded = true
    } catch (error) {
      if (!isTransient(error) || (options.firstPollMustSucceed && !succeeded)) throw error
      log.warning(`${options.label} failed for now (${describeError(error)}); will poll again.`)
    }
    const now = clock.now()
    if (changed) heartbeat.reset(now)
    else if (options.onHeartbeat && heartbeat.due(now)) {
      await options.onHeartbeat(heartbeat.silentForMs(now)).catch((error: unknown) => {
        if (!isTransient(error)) throw error
      })
    }
    if (deadline.expired()) return { done: false }
    const delay = schedule.nextDelayMs(pollStarted, changed) - (clock.now() - pollStarted)
    const sleepMs = Math.min(Math.max(MIN_DELAY_MS, delay), deadline.remainingMs())
    log.debug(`${options.label}: next poll in ${(sleepMs / 1000).toFixed(1)} s.`)
    await clock.sleep(sleepMs)
  }
}

/** "1h 2m 3s", "2m 0s", "45s": for heartbeat lines. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  if (h > 0) return `${h}h ${m}m ${s}s`
  if (m > 0) return `${m}m ${s}s`
  return `${s}s`
}
