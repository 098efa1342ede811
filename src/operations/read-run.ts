import type { GitHubClient } from '../github/client.js'
import { OperationError, httpStatus, permissionGap } from '../github/errors.js'
import type { WorkflowRun } from '../github/types.js'

/**
 * The one sentence for something the API says does not exist (or the token cannot see): `what`
 * names it, `inputs` the inputs that chose it; GitHub's answer (`error`) may name the permission
 * the token would need to see it.
 */
export function notFound(
  client: GitHubClient,
  what: string,
  inputs: string,
  error?: unknown
): OperationError {
  const where = `${client.owner}/${client.repo}`
  // Stryker disable next-line ConditionalExpression: permissionGap(undefined) is undefined too
  const gap = error === undefined ? undefined : permissionGap(error)
  if (gap?.certain) {
    return new OperationError(`${what} was not found in ${where}: the token needs ${gap.needs}.`)
  }
  const access = gap
    ? `; if it exists, the token needs ${gap.needs}`
    : ', and that the token can read Actions there (permissions: actions: read)'
  return new OperationError(
    `${what} was not found in ${where}: check ${inputs} and repository${access}.${apiUrlHint(client)}`
  )
}

/**
 * GitHub Enterprise Server serves the API under /api/v3; without it the server answers 404 for
 * everything, which would read as "run not found". The URL itself is not echoed.
 */
function apiUrlHint(client: GitHubClient): string {
  const { baseUrl } = client.octokit.request.endpoint.DEFAULTS
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    return ''
  }
  // github.com and GHE.com serve the API from a host of its own: api.github.com, api.X.ghe.com.
  if (url.hostname.startsWith('api.') || url.pathname.replace(/\/+$/, '') !== '') return ''
  return ' If this is GitHub Enterprise Server, github-api-url must end in /api/v3 (https://HOST/api/v3).'
}

export function runNotFound(client: GitHubClient, runId: number, error?: unknown): OperationError {
  return notFound(client, `Run ${runId}`, 'run-id', error)
}

/** Reads a run; a 404 becomes one sentence. Later 404s on the same run then mean the endpoint. */
export async function readRun(client: GitHubClient, runId: number): Promise<WorkflowRun> {
  try {
    return await client.getRun(runId)
  } catch (error) {
    if (httpStatus(error) === 404) throw runNotFound(client, runId, error)
    throw error
  }
}
