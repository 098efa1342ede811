import { describeError } from './github/errors.js'
import { run } from './main.js'
import { failOnStrayErrors } from './step-log.js'

failOnStrayErrors(describeError)
await run()
