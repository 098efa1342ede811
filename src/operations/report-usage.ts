import type { GitHubClient } from '../github/client.js'
import { OperationError } from '../github/errors.js'
import type { ReportUsageSettings } from '../inputs.js'
import type { OperationDeps } from './types.js'

// Placeholder until the operation lands; the dispatcher already routes here.
export interface ReportUsageResult {
  readonly operation: 'report-usage'
}

export async function reportUsage(
  _client: GitHubClient,
  _settings: ReportUsageSettings,
  _deps: OperationDeps
): Promise<ReportUsageResult> {
  throw new OperationError('Operation report-usage is not available in this build yet.')
}
