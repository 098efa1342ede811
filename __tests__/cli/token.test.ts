import { describe, expect, it } from '@jest/globals'
import { ghHostname, resolveToken } from '../../src/cli/token.js'

const API = 'https://api.github.com'

describe('the token outside Actions', () => {
  const noGh = async () => undefined
  it('prefers --token, then GH_TOKEN, then GITHUB_TOKEN', async () => {
    const env = { GH_TOKEN: 'gh-env', GITHUB_TOKEN: 'github-env' }
    expect(await resolveToken('flag', env, API, noGh)).toEqual({ token: 'flag', source: 'flag' })
    expect(await resolveToken(undefined, env, API, noGh)).toEqual({
      token: 'gh-env',
      source: 'GH_TOKEN'
    })
    expect(await resolveToken(undefined, { GITHUB_TOKEN: ' github-env\n' }, API, noGh)).toEqual({
      token: 'github-env',
      source: 'GITHUB_TOKEN'
    })
  })

  it('asks `gh auth token` last, for the host of the API', async () => {
    const asked: Array<string | undefined> = []
    const gh = async (host: string | undefined) => {
      asked.push(host)
      return 'from-gh'
    }
    expect(await resolveToken(undefined, {}, API, gh)).toEqual({
      token: 'from-gh',
      source: 'gh auth token'
    })
    await resolveToken(undefined, {}, 'https://ghes.example.com/api/v3', gh)
    await resolveToken(undefined, {}, 'https://api.octo.ghe.com', gh)
    expect(asked).toEqual([undefined, 'ghes.example.com', 'octo.ghe.com'])
  })

  it('gives undefined when there is none', async () => {
    expect(await resolveToken(undefined, { GH_TOKEN: '  ' }, API, noGh)).toBeUndefined()
  })

  it('names the gh host of an API URL', () => {
    expect(ghHostname('https://api.github.com')).toBeUndefined()
    expect(ghHostname('https://api.sub.ghe.com')).toBe('sub.ghe.com')
    expect(ghHostname('https://ghes.example.com/api/v3')).toBe('ghes.example.com')
  })
})
