import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { API, runFixture, testClient } from './helpers/client.js'

beforeAll(() => nock.disableNetConnect())
afterEach(() => nock.cleanAll())

const RUN = '/repos/octo/demo/actions/runs/42'

describe('JSON bodies (src/github/json-body.ts)', () => {
  it('are parsed with JSON.parse: plain numbers, never BigInt', async () => {
    // json-with-bigint (octokit's own parser) turns integers above 2^53 into BigInt.
    const body = JSON.stringify(runFixture({ id: 42 })).replace(
      '"run_number":',
      '"check_suite_id":18014398509481984,"run_number":'
    )
    nock(API).get(RUN).reply(200, body, { 'content-type': 'application/json; charset=utf-8' })
    const run = (await testClient().getRun(42)) as unknown as Record<string, unknown>
    expect(typeof run['check_suite_id']).toBe('number')
    expect(run['id']).toBe(42)
  })

  it('leave a body that is not JSON as text, for the shape checks to refuse', async () => {
    nock(API)
      .get(RUN)
      .times(10)
      .reply(200, '{"id": 42, "html_url": "https://gith', { 'content-type': 'application/json' })
    await expect(testClient().getRun(42)).rejects.toThrow(/not valid JSON of the expected shape/)
  })

  it('keep the raw body for a caller that asks for it (the log redirect)', async () => {
    nock(API).get(`${RUN}/logs`).reply(302, '', { location: 'https://blob.test/logs.zip?sig=x' })
    expect(await testClient().getLogLocation({ runId: 42 })).toBe(
      'https://blob.test/logs.zip?sig=x'
    )
  })
})
