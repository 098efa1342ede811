import type { GitHubClient } from '../github/client.js'
import { OperationError } from '../github/errors.js'
import type { FetchLogsSettings } from '../inputs.js'
import type { OperationDeps } from './types.js'

// Placeholder until the operation lands; the dispatcher already routes here.
export interface FetchLogsResult {
  readonly operation: 'fetch-logs'
}

export async function fetchLogs(
  _client: GitHubClient,
  _settings: FetchLogsSettings,
  _deps: OperationDeps
): Promise<FetchLogsResult> {
  throw new OperationError('Operation fetch-logs is not available in this build yet.')
}
