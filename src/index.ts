import { actionsReporter } from './action/reporter.js'
import { describeFailure, run } from './main.js'
import { failOnStrayErrors, setReporter } from './step-log.js'

// The bundle's entry reads no environment of its own: no test-only knob ships in dist/.
setReporter(actionsReporter)
failOnStrayErrors(describeFailure)
await run()
