/**
 * What each route needs of a token, and how GitHub answers a token without it. GitHub names what
 * a route accepts on every answer: X-Accepted-GitHub-Permissions for GitHub Apps (GITHUB_TOKEN
 * included) and fine-grained tokens, X-Accepted-OAuth-Scopes (with the token's own scopes in
 * X-OAuth-Scopes) for classic tokens.
 */
import type { Route } from './routes.js'
import { errorReply, notFound, type Reply } from './reply.js'
import type { PermissionName, TokenGrant } from './types.js'

type Level = 'read' | 'write'
type Needed = ReadonlyArray<readonly [PermissionName, Level]>

/** As GitHub's reference lists them for each endpoint (reads need actions: read). */
const NEEDED: Partial<Record<Route['operationId'], Needed>> = {
  'users/get-authenticated': [],
  'actions/review-pending-deployments-for-run': [
    ['actions', 'read'],
    ['checks', 'read'],
    ['deployments', 'read']
  ],
  'actions/review-custom-gates-for-run': [['deployments', 'write']],
  // Rulesets are readable with metadata: read (every token has it).
  'repos/get-branch-rules': [],
  'repos/get-status-checks-protection': [['administration', 'read']]
}

export function neededBy(route: Route): Needed {
  return NEEDED[route.operationId] ?? [['actions', route.method === 'GET' ? 'read' : 'write']]
}

const CLASSIC_DEFAULT_SCOPES = ['repo', 'workflow']

/** ghp_ tokens are classic; ghs_ (apps, GITHUB_TOKEN) and github_pat_ are fine-grained. */
export function isClassic(token: string): boolean {
  return token.startsWith('ghp_')
}

/** The headers every answer to this token on this route carries. */
export function permissionHeaders(
  token: string,
  route: Route,
  grant: TokenGrant | undefined
): Record<string, string> {
  const needed = neededBy(route)
  if (isClassic(token)) {
    return {
      'x-oauth-scopes': (grant?.scopes ?? CLASSIC_DEFAULT_SCOPES).join(', '),
      'x-accepted-oauth-scopes': needed.length > 0 ? 'repo' : ''
    }
  }
  if (needed.length === 0) return {}
  return {
    'x-accepted-github-permissions': needed.map(([name, level]) => `${name}=${level}`).join(',')
  }
}

/** GitHub's refusal when the grant falls short of the route, else undefined. */
export function refusal(
  token: string,
  route: Route,
  grant: TokenGrant | undefined,
  repository: { fullName: string; private: boolean } | undefined
): Reply | undefined {
  if (grant === undefined) return undefined
  const needed = neededBy(route)
  if (repository !== undefined && grant.repositories !== undefined) {
    const visible = grant.repositories.some(
      name => name.toLowerCase() === repository.fullName.toLowerCase()
    )
    if (!visible) return notFound()
  }
  if (isClassic(token)) {
    const scopes = grant.scopes ?? CLASSIC_DEFAULT_SCOPES
    const hidden = repository?.private === true || route.method !== 'GET'
    if (needed.length > 0 && !scopes.includes('repo') && hidden) return notFound()
    return undefined
  }
  const granted = grant.permissions ?? {}
  const short = needed.some(([name, level]) => {
    const has = granted[name]
    return has === undefined || (level === 'write' && has !== 'write')
  })
  if (!short) return undefined
  const who = token.startsWith('github_pat_') ? 'personal access token' : 'integration'
  return errorReply(403, `Resource not accessible by ${who}`)
}
