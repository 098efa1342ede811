import type { Tokens } from './types.js'

export interface User {
  login: string
  id: number
  type: 'User' | 'Bot'
}

/** GITHUB_TOKEN acts as this bot; GitHub never lets it review a deployment. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]'
export const DEFAULT_REVIEWER = 'octo-reviewer'

export const TOKENS: Tokens = {
  githubToken: 'ghs_simGithubActionsToken000000000000000',
  reviewer: 'ghp_simReviewerToken0000000000000000000000',
  nonReviewer: 'ghp_simNonReviewerToken00000000000000000',
  admin: 'ghp_simAdminToken000000000000000000000000',
  app: 'ghs_simAppInstallationToken00000000000000',
  fineGrained: 'github_pat_11SIMFINEGRAINED0000000_simFineGrainedToken000000000000000000000000000'
}

const KNOWN_USERS: User[] = [
  { login: GITHUB_ACTIONS_BOT, id: 41898282, type: 'Bot' },
  { login: DEFAULT_REVIEWER, id: 5001, type: 'User' },
  { login: 'octo-dev', id: 5002, type: 'User' },
  { login: 'octo-admin', id: 5003, type: 'User' },
  { login: 'runctl-gate[bot]', id: 5004, type: 'Bot' },
  { login: 'octocat', id: 1, type: 'User' }
]

const USER_BY_TOKEN = new Map<string, string>([
  [TOKENS.githubToken, GITHUB_ACTIONS_BOT],
  [TOKENS.reviewer, DEFAULT_REVIEWER],
  [TOKENS.nonReviewer, 'octo-dev'],
  [TOKENS.admin, 'octo-admin'],
  [TOKENS.app, 'runctl-gate[bot]'],
  [TOKENS.fineGrained, 'octo-dev']
])

export const APP_LOGIN = 'runctl-gate[bot]'

export function loginForToken(token: string): string | undefined {
  return USER_BY_TOKEN.get(token)
}

/** Known users keep fixed ids; any other login a spec names gets a stable id from its name. */
export function userByLogin(login: string): User {
  const known = KNOWN_USERS.find(user => user.login === login)
  if (known) return known
  let hash = 7
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000
  return { login, id: 100_000 + hash, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
}
