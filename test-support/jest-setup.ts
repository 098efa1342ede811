import { afterAll } from '@jest/globals'

/**
 * nock patches Node's http and fetch for the whole worker process. A test file that disables net
 * connect would leave later files in the same worker unable to reach the local simulator, so every
 * file ends by undoing nock (the same module instance as the test file's).
 */
afterAll(async () => {
  const { default: nock } = await import('nock')
  nock.cleanAll()
  nock.enableNetConnect()
  nock.restore()
})
