import * as log from './step-log.js'
import { actionsReporter } from './action/reporter.js'
import * as core from './action/workflow-commands.js'
import { describeError, isProgrammingError } from './github/errors.js'
import { getSettings } from './inputs.js'
import type { OperationDeps } from './operations/types.js'
import { writePresentation } from './report.js'
import { Inputs } from './constants.js'

/**
 * The action: read inputs once, run the operation, write outputs and summary. The only place
 * that catches and fails the step; whatever was thrown, the user reads one sentence.
 */
export async function run(deps: Partial<OperationDeps> = {}): Promise<void> {
  // The step log: workflow commands (src/action/workflow-commands.ts).
  log.setReporter(actionsReporter)
  try {
    // Masked before anything could print it.
    const token = core.getInput(Inputs.Token)
    if (token) core.setSecret(token)
    const settings = getSettings(deps.env ?? process.env, name => core.getInput(name))
    // Loaded only now: a bad input fails the step without loading the client or any operation.
    const { runEngine } = await import('./engine.js')
    const { presentation, stats } = await runEngine(settings, {
      clock: deps.clock,
      env: deps.env ?? process.env,
      deadline: deps.deadline
    })
    await writePresentation(presentation, { summary: settings.summary })
    log.debug(`API requests: ${stats.requests} (${stats.notModified} answered 304).`)
    if (presentation.failure) log.setFailed(presentation.failure)
  } catch (error) {
    log.setFailed(describeFailure(error))
  }
}

/**
 * The step's one sentence for whatever ended it. A bug in runctl (a TypeError and the like)
 * reads "runctl hit an internal error …, please report it", and its stack goes to the debug
 * log, where a report can quote it (never to the step's visible log).
 */
export function describeFailure(error: unknown): string {
  if (isProgrammingError(error)) {
    log.debug(`The internal error's stack: ${String((error as Error).stack)}`)
  }
  return describeError(error)
}
