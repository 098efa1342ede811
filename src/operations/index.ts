import type { GitHubClient } from '../github/client.js'
import { OperationError } from '../github/errors.js'
import type { Settings } from '../inputs.js'
import { presentCancel } from '../presenters/cancel.js'
import { presentWaitForRun } from '../presenters/wait-for-run.js'
import { cancel } from './cancel.js'
import type { OperationDeps, Presentation } from './types.js'
import { waitForRun } from './wait-for-run.js'

/** Runs the chosen operation and turns its typed result into outputs and a summary. */
export async function runOperation(
  settings: Settings,
  client: GitHubClient,
  deps: OperationDeps
): Promise<Presentation> {
  switch (settings.operation) {
    case 'wait-for-run':
      return presentWaitForRun(await waitForRun(client, settings, deps))
    case 'cancel':
      return presentCancel(await cancel(client, settings, deps))
    default:
      throw new OperationError(`Operation ${settings.operation} is not available in this build.`)
  }
}
