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

/**
 * What the action prints in unit tests (progress lines, `::warning::` of every retried fault)
 * goes to a buffer, not the terminal: `npm test` shows the failures, not thousands of lines
 * from passing tests. Tests that read the output still spy on process.stdout.write as before
 * (their spy replaces this for the test). RUNCTL_SHOW_ACTION_LOG=1 prints it as it comes.
 */
if (process.env['RUNCTL_SHOW_ACTION_LOG'] !== '1') {
  const buffered: string[] = []
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    buffered.push(String(chunk))
    if (buffered.length > 1000) buffered.splice(0, buffered.length - 1000)
    const done = rest.find(item => typeof item === 'function') as (() => void) | undefined
    done?.()
    return true
  }) as typeof process.stdout.write
}
