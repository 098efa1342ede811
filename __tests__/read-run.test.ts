import { afterEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { readRun } from '../src/operations/read-run.js'
import { testClient } from './helpers/client.js'

const HINT =
  ' If this is GitHub Enterprise Server, github-api-url must end in /api/v3 (https://HOST/api/v3).'

async function messageFor(baseUrl: string): Promise<string> {
  const origin = new URL(baseUrl).origin
  nock(origin)
    .get(/\/repos\/octo\/demo\/actions\/runs\/42$/)
    .reply(404, { message: 'Not Found' })
  return readRun(testClient({ baseUrl }), 42).then(
    () => 'no error',
    (error: Error) => error.message
  )
}

describe('run not found', () => {
  afterEach(() => nock.cleanAll())

  it('hints at /api/v3 when the API URL is a bare host that is not an api. host', async () => {
    expect(await messageFor('https://ghes.example.test')).toBe(
      `Run 42 was not found in octo/demo: check run-id and repository, and that the token can read Actions there (permissions: actions: read).${HINT}`
    )
  })

  it.each([
    'https://ghes.example.test/api/v3',
    'https://api.github.com',
    'https://api.acme.ghe.com'
  ])('gives no hint for %s', async baseUrl => {
    expect(await messageFor(baseUrl)).not.toContain('/api/v3')
  })

  it('does not echo the API URL', async () => {
    expect(await messageFor('https://secret-host.example.test')).not.toContain('secret-host')
  })
})
