import type { GitHubClient } from '../github/client.js'
import { OperationError } from '../github/errors.js'
import type { ApproveDeploymentSettings } from '../inputs.js'
import type { OperationDeps } from './types.js'

// Placeholder until the operation lands; the dispatcher already routes here.
export interface ApproveDeploymentResult {
  readonly operation: 'approve-deployment'
}

export async function approveDeployment(
  _client: GitHubClient,
  _settings: ApproveDeploymentSettings,
  _deps: OperationDeps
): Promise<ApproveDeploymentResult> {
  throw new OperationError('Operation approve-deployment is not available in this build yet.')
}
