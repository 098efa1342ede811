/**
 * A workflow run's web address, as people copy it from the browser, in place of --repo and
 * --run-id: https://github.com/OWNER/REPO/actions/runs/123 (also …/attempts/2 and …/job/456),
 * on github.com, on GHE.com (https://SUB.ghe.com/…) or on a GitHub Enterprise Server host.
 */
import { UsageError } from './usage-error.js'

export interface RunUrl {
  owner: string
  repo: string
  runId: number
  /** The attempt the address names (…/attempts/N), if any. */
  attempt?: number
  /** The REST API of that host: api.github.com, api.SUB.ghe.com, or HOST/api/v3. */
  apiUrl: string
}

const NAME = /^[A-Za-z0-9_.-]+$/

/** Whether the text is meant as an address (and so must parse as a run's, or be refused). */
export function looksLikeUrl(text: string): boolean {
  return /^https?:\/\//i.test(text)
}

/** The API base URL of a GitHub web host. */
export function apiUrlForWebHost(origin: URL): string {
  const host = origin.host.toLowerCase()
  if (host === 'github.com' || host === 'www.github.com') return 'https://api.github.com'
  if (/^[a-z0-9-]+\.ghe\.com$/.test(host)) return `https://api.${host}`
  return `${origin.protocol}//${origin.host}/api/v3`
}

/** Parses a run's web address; a UsageError naming `flag` when it is not one. */
export function parseRunUrl(text: string, flag: string): RunUrl {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new UsageError(
      `${flag} must be a run id or a run's web address (https://HOST/OWNER/REPO/actions/runs/ID).`
    )
  }
  const parts = url.pathname.split('/').filter(part => part !== '')
  // OWNER/REPO/actions/runs/ID[/attempts/N | /job/ID | /...]
  const [owner, repo, actions, runs, id, kind, attempt] = parts
  const valid =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    !/\s/.test(text) &&
    owner !== undefined &&
    repo !== undefined &&
    NAME.test(owner) &&
    NAME.test(repo) &&
    actions === 'actions' &&
    runs === 'runs' &&
    id !== undefined &&
    /^[0-9]+$/.test(id) &&
    Number.isSafeInteger(Number(id)) &&
    Number(id) > 0
  if (!valid) {
    throw new UsageError(
      `${flag} must be a run id or a run's web address such as https://github.com/OWNER/REPO/actions/runs/123.`
    )
  }
  const result: RunUrl = { owner, repo, runId: Number(id), apiUrl: apiUrlForWebHost(url) }
  if (kind === 'attempts' && attempt !== undefined && /^[1-9][0-9]*$/.test(attempt)) {
    result.attempt = Number(attempt)
  }
  return result
}
