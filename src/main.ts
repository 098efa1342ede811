import * as core from '@actions/core'
import * as log from './step-log.js'
import { Deadline, systemClock } from './clock.js'
import { Inputs } from './constants.js'
import { describeError } from './github/errors.js'
import { getSettings } from './inputs.js'
import type { OperationDeps } from './operations/types.js'
import { withServerNotes } from './presenters/server-notes.js'
import { writePresentation } from './report.js'

/**
 * The action: read inputs once, run the operation, write outputs and summary. The only place
 * that catches and fails the step; whatever was thrown, the user reads one sentence.
 */
export async function run(deps: Partial<OperationDeps> = {}): Promise<void> {
  try {
    // Masked before anything could print it.
    const token = core.getInput(Inputs.Token)
    if (token) core.setSecret(token)
    const settings = getSettings(deps.env ?? process.env)
    const clock = deps.clock ?? systemClock
    // The one time budget: the client fits every request, retry and rate-limit wait in it, and
    // the operation's own waits share it.
    const deadline = deps.deadline ?? new Deadline(clock, settings.timeoutSeconds)
    // Loaded only now: a bad input fails the step without loading the client or any operation.
    const [{ createGitHubClient }, { runOperation }] = await Promise.all([
      import('./github/client.js'),
      import('./run-operation.js')
    ])
    const client = createGitHubClient({
      token: settings.token,
      baseUrl: settings.apiUrl,
      apiVersion: settings.apiVersion,
      owner: settings.owner,
      repo: settings.repo,
      sleep: clock.sleep,
      now: clock.now,
      deadline
    })
    const presentation = withServerNotes(
      await runOperation(settings, client, {
        clock,
        env: deps.env ?? process.env,
        deadline
      }),
      client.notes
    )
    await writePresentation(presentation, { summary: settings.summary })
    log.debug(`API requests: ${client.stats.requests} (${client.stats.notModified} answered 304).`)
    if (presentation.failure) log.setFailed(presentation.failure)
  } catch (error) {
    log.setFailed(describeError(error))
  }
}
