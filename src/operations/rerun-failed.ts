import type { GitHubClient } from '../github/client.js'
import { OperationError } from '../github/errors.js'
import type { RerunFailedSettings } from '../inputs.js'
import type { OperationDeps } from './types.js'

// Placeholder until the operation lands; the dispatcher already routes here.
export interface RerunFailedResult {
  readonly operation: 'rerun-failed'
}

export async function rerunFailed(
  _client: GitHubClient,
  _settings: RerunFailedSettings,
  _deps: OperationDeps
): Promise<RerunFailedResult> {
  throw new OperationError('Operation rerun-failed is not available in this build yet.')
}
