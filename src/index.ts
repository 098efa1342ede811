import { actionsReporter } from './action/reporter.js'
import { describeError } from './github/errors.js'
import { run } from './main.js'
import { failOnStrayErrors, setReporter } from './step-log.js'

/**
 * The fault-matrix tests run this bundle as a child process and shrink its retry waits (a 60 s
 * retry-after lasting 0.6 s) with RUNCTL_TEST_TIME_SCALE. The bundle's entry is the one place
 * that reads it: every module below takes the scale as an option. Timeouts and timeout-seconds
 * are never scaled, so a stray value can only make retries come sooner, never run longer.
 */
export const TIME_SCALE_VARIABLE = 'RUNCTL_TEST_TIME_SCALE'

function timeScaleFrom(env: NodeJS.ProcessEnv): number | undefined {
  const value = Number(env[TIME_SCALE_VARIABLE])
  return value > 0 && value <= 1 ? value : undefined
}

setReporter(actionsReporter)
failOnStrayErrors(describeError)
await run({ timeScale: timeScaleFrom(process.env) })
