import type { Clock } from '../clock.js'
import type { OutputName } from '../constants.js'

/** What every operation is given besides its client and settings. */
export interface OperationDeps {
  readonly clock: Clock
  /** Environment of the step (GITHUB_RUN_ID, RUNNER_TEMP, …), injected for tests. */
  readonly env: NodeJS.ProcessEnv
}

/**
 * How a result is shown: the step's outputs, the job summary (markdown/HTML, API text already
 * escaped), and, when the step must fail after writing them, the one sentence why.
 */
export interface Presentation {
  readonly outputs: Partial<Record<OutputName, string>>
  readonly summary: string
  readonly failure?: string
}
