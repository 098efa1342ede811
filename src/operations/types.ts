import { Deadline, type Clock } from '../clock.js'
import type { OutputName } from '../constants.js'
import type { SummaryText } from '../summary/streamed.js'

/** What every operation is given besides its client and settings. */
export interface OperationDeps {
  readonly clock: Clock
  /** Environment of the step (GITHUB_RUN_ID, RUNNER_TEMP, …), injected for tests. */
  readonly env: NodeJS.ProcessEnv
  /**
   * The one time budget (timeout-seconds) of the whole operation, shared with the client so
   * requests, retries and waits all fit in it. main.ts always passes it; unit tests may leave it
   * out and get one on their clock.
   */
  readonly deadline?: Deadline
}

/** The operation's time budget: the one main.ts created, or (in unit tests) one on deps.clock. */
export function budgetOf(deps: OperationDeps, settings: { timeoutSeconds: number }): Deadline {
  return deps.deadline ?? new Deadline(deps.clock, settings.timeoutSeconds)
}

/**
 * How a result is shown: the step's outputs, the job summary (markdown/HTML, API text already
 * escaped), and, when the step must fail after writing them, the one sentence why.
 */
export interface Presentation<Summary extends SummaryText = string> {
  readonly outputs: Partial<Record<OutputName, string>>
  /** Text, or pieces written one by one (report-usage's tables of thousands of rows). */
  readonly summary: Summary
  readonly failure?: string
}
