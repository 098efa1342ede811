#!/usr/bin/env node
/**
 * The `runctl` command (package.json bin; bundled into dist/cli/index.js). Exit codes: 0 the
 * operation succeeded, 1 it ended otherwise, 2 bad usage. See src/cli/main.ts.
 */
import { describeError } from '../github/errors.js'
import { failOnStrayErrors, processStreams } from '../step-log.js'
import { runCli } from './main.js'

const streams = processStreams()
failOnStrayErrors(describeError)
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: streams.stdout,
  stderr: streams.stderr,
  env: process.env,
  timeScale: timeScaleFrom(process.env)
})

/** The tests' RUNCTL_TEST_TIME_SCALE, read by the entry only, as src/index.ts does. */
function timeScaleFrom(env: NodeJS.ProcessEnv): number | undefined {
  const value = Number(env['RUNCTL_TEST_TIME_SCALE'])
  return value > 0 && value <= 1 ? value : undefined
}
