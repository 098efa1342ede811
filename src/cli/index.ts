#!/usr/bin/env node
/**
 * The `runctl` command (package.json bin; bundled into dist/cli/index.js). Exit codes: 0 the
 * operation succeeded, 1 it ended otherwise, 2 bad usage. See src/cli/main.ts. Like the action's
 * entry, it reads no test-only variable: no test knob ships in the package.
 */
import { describeError } from '../github/errors.js'
import { failOnStrayErrors, processStreams } from '../step-log.js'
import { runCli } from './main.js'

const streams = processStreams()
failOnStrayErrors(describeError)
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: streams.stdout,
  stderr: streams.stderr,
  env: process.env
})
