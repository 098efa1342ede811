import { describeError } from './github/errors.js'
import { run } from './main.js'
import { failOnStrayErrors } from './step-log.js'

// The bundle's entry reads no environment of its own: no test-only knob ships in dist/.
failOnStrayErrors(describeError)
await run()
