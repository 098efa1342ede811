import { describe, expect, it } from '@jest/globals'
import { parseRunUrl } from '../../src/cli/run-url.js'

describe("a run's web address", () => {
  it.each([
    ['https://github.com/octo/demo/actions/runs/123', 'https://api.github.com'],
    ['https://github.com/octo/demo/actions/runs/123/job/456', 'https://api.github.com'],
    ['https://octo.ghe.com/octo/demo/actions/runs/123', 'https://api.octo.ghe.com'],
    ['https://ghes.example.com/octo/demo/actions/runs/123', 'https://ghes.example.com/api/v3'],
    [
      'https://ghes.example.com:8443/octo/demo/actions/runs/123',
      'https://ghes.example.com:8443/api/v3'
    ],
    ['http://127.0.0.1:8787/octo/demo/actions/runs/123', 'http://127.0.0.1:8787/api/v3']
  ])('%s: the repository, the run and the API %s', (url, apiUrl) => {
    expect(parseRunUrl(url, '--run-id')).toEqual({
      owner: 'octo',
      repo: 'demo',
      runId: 123,
      apiUrl
    })
  })

  it('reads the attempt of …/attempts/N', () => {
    expect(parseRunUrl('https://github.com/o/r/actions/runs/7/attempts/2', 'x').attempt).toBe(2)
  })

  it.each([
    'https://github.com/octo/demo',
    'https://github.com/octo/demo/actions/runs/',
    'https://github.com/octo/demo/actions/runs/0',
    'https://github.com/octo/demo/actions/runs/12x',
    'https://github.com/octo/demo/pull/5',
    'ftp://github.com/octo/demo/actions/runs/1',
    'https://github.com/oc to/demo/actions/runs/1',
    'not a url'
  ])('refuses %s, naming the flag', url => {
    expect(() => parseRunUrl(url, '--run-id')).toThrow(
      /^--run-id must be a run id or a run's web address/
    )
  })
})
