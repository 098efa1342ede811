/**
 * The action's reporter: today's step log, as workflow commands (./workflow-commands.ts, the
 * bytes @actions/core writes). Text arrives neutralised by src/step-log.ts; annotations and
 * groups are workflow commands (CR, LF and % escaped in them), and fetched log lines are printed
 * verbatim inside a stop-commands pause.
 */
import type { AnnotationLevel, AnnotationProperties, Reporter } from '../reporter.js'
import { stopToken } from '../step-log.js'
import * as core from './workflow-commands.js'

export const actionsReporter: Reporter = {
  info: text => core.info(text),
  debug: text => core.debug(text),
  annotate: (level: AnnotationLevel, text: string, properties?: AnnotationProperties) =>
    core.annotate(level, text, properties),
  startGroup: title => core.startGroup(title),
  endGroup: () => core.endGroup(),
  /**
   * Prints fetched lines verbatim so they read exactly as they were, yet the runner executes
   * none: between "::stop-commands::<token>" and "::<token>::" it ignores every command in both
   * forms. The token is fresh and random each time and does not occur in the text (see
   * stopToken), so the text cannot end the pause itself; a "::stop-commands::" line inside it is
   * just ignored.
   */
  verbatim: (title, text) => {
    const token = stopToken(text)
    core.startGroup(title)
    try {
      core.info(`::stop-commands::${token}`)
      core.info(text)
      core.info(`::${token}::`)
    } finally {
      core.endGroup()
    }
  },
  secret: value => core.setSecret(value),
  fail: text => core.setFailed(text)
}
