/**
 * The token outside Actions, where gh users keep it: GH_TOKEN, then GITHUB_TOKEN (what gh reads
 * too), then `gh auth token` when the GitHub CLI is installed and logged in (for the host of a
 * GitHub Enterprise Server or GHE.com address: `gh auth token --hostname HOST`). The token is
 * never printed, not even in part.
 */
import { execFile } from 'node:child_process'

export type TokenSource = 'flag' | 'GH_TOKEN' | 'GITHUB_TOKEN' | 'gh auth token'

export interface ResolvedToken {
  token: string
  source: TokenSource
}

/** Runs `gh auth token`; resolves the token, or undefined when gh is missing or not logged in. */
export type GhAuthToken = (hostname: string | undefined) => Promise<string | undefined>

export const ghAuthToken: GhAuthToken = hostname =>
  new Promise(resolve => {
    const args = ['auth', 'token', ...(hostname ? ['--hostname', hostname] : [])]
    // GH_PROMPT_DISABLED: never wait for a person; a short timeout: never hang on a broken gh.
    execFile(
      'gh',
      args,
      { timeout: 10_000, env: { ...process.env, GH_PROMPT_DISABLED: '1' }, windowsHide: true },
      (error, stdout) => {
        const token = String(stdout ?? '').trim()
        resolve(error || token === '' || /\s/.test(token) ? undefined : token)
      }
    )
  })

/**
 * The web host `gh auth token` is asked about: the host of the API URL (api.github.com is
 * github.com's, api.SUB.ghe.com is SUB.ghe.com's, HOST/api/v3 is HOST's).
 */
export function ghHostname(apiUrl: string): string | undefined {
  let host: string
  try {
    host = new URL(apiUrl).host.toLowerCase()
  } catch {
    return undefined
  }
  if (host === 'api.github.com') return undefined
  return host.replace(/^api\.(?=[a-z0-9-]+\.ghe\.com$)/, '')
}

export async function resolveToken(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  apiUrl: string,
  gh: GhAuthToken = ghAuthToken
): Promise<ResolvedToken | undefined> {
  if (flag) return { token: flag, source: 'flag' }
  for (const name of ['GH_TOKEN', 'GITHUB_TOKEN'] as const) {
    const value = env[name]?.trim()
    if (value) return { token: value, source: name }
  }
  const token = await gh(ghHostname(apiUrl))
  return token ? { token, source: 'gh auth token' } : undefined
}
