import { afterAll } from '@jest/globals'
import { actionsReporter } from '../src/action/reporter.js'
import { setReporter } from '../src/step-log.js'

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

/**
 * The action's reporter, as src/main.ts installs it: unit tests that run operations or the step
 * log directly read what the action would print (workflow commands on stdout).
 */
setReporter(actionsReporter)
