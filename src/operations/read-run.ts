import type { GitHubClient } from '../github/client.js'
import { OperationError, httpStatus } from '../github/errors.js'
import type { WorkflowRun } from '../github/types.js'

/** The sentence for a run the API says does not exist (or the token cannot see). */
export function runNotFound(client: GitHubClient, runId: number): OperationError {
  return new OperationError(
    `Run ${runId} was not found in ${client.owner}/${client.repo}: check run-id and repository, and that the token can read Actions there (permissions: actions: read).`
  )
}

/** Reads a run; a 404 becomes one sentence. Later 404s on the same run then mean the endpoint. */
export async function readRun(client: GitHubClient, runId: number): Promise<WorkflowRun> {
  try {
    return await client.getRun(runId)
  } catch (error) {
    if (httpStatus(error) === 404) throw runNotFound(client, runId)
    throw error
  }
}
