/**
 * src/operations/read-run.ts (the "not found" sentence every operation uses): the promises
 * StrykerJS found kept by no test that runs the source (issue 22).
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import type { GitHubClient } from '../../src/github/client.js'
import { httpStatus } from '../../src/github/errors.js'
import { notFound, readRun } from '../../src/operations/read-run.js'
import { API, testClient } from '../helpers/client.js'

const RUN = /\/repos\/octo\/demo\/actions\/runs\/42$/
const HINT =
  ' If this is GitHub Enterprise Server, github-api-url must end in /api/v3 (https://HOST/api/v3).'

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected readRun to fail')
    },
    (error: Error) => error
  )
}

beforeAll(() => nock.disableNetConnect())
afterEach(() => nock.cleanAll())

describe('readRun', () => {
  it('names the scope a classic token lacks, and nothing to check, when GitHub says so', async () => {
    nock(API).get(RUN).reply(
      404,
      { message: 'Not Found' },
      {
        'x-oauth-scopes': 'read:org',
        'x-accepted-oauth-scopes': 'repo'
      }
    )
    const error = await failure(readRun(testClient(), 42))
    expect(error.message).toBe(
      'Run 42 was not found in octo/demo: the token needs the repo scope on octo/demo (it has read:org).'
    )
  })

  it('passes an error other than 404 through, not as "not found"', async () => {
    nock(API).get(RUN).reply(422, { message: 'Unprocessable' })
    const error = await failure(readRun(testClient(), 42))
    expect(httpStatus(error)).toBe(422)
    expect(error.message).not.toContain('was not found')
  })

  it('hints at /api/v3 for a bare host whose URL ends in several slashes', async () => {
    nock('https://ghes.example.test').get(RUN).reply(404, { message: 'Not Found' })
    const error = await failure(readRun(testClient({ baseUrl: 'https://ghes.example.test//' }), 42))
    expect(error.message.endsWith(HINT)).toBe(true)
  })
})

describe('notFound', () => {
  it('gives no hint when the API URL does not parse', () => {
    const client = {
      owner: 'octo',
      repo: 'demo',
      octokit: { request: { endpoint: { DEFAULTS: { baseUrl: 'not a URL' } } } }
    } as unknown as GitHubClient
    expect(notFound(client, 'Run 42', 'run-id').message).toBe(
      'Run 42 was not found in octo/demo: check run-id and repository, and that the token can read Actions there (permissions: actions: read).'
    )
  })
})
