import * as core from '@actions/core'
import * as log from './step-log.js'
import { actionsReporter } from './action/reporter.js'
import { describeError } from './github/errors.js'
import { getSettings } from './inputs.js'
import type { OperationDeps } from './operations/types.js'
import { writePresentation } from './report.js'
import { Inputs } from './constants.js'

/**
 * The action: read inputs once, run the operation, write outputs and summary. The only place
 * that catches and fails the step; whatever was thrown, the user reads one sentence.
 */
export async function run(deps: Partial<OperationDeps> = {}): Promise<void> {
  // The step log: workflow commands through @actions/core.
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
    log.setFailed(describeError(error))
  }
}
