/**
 * The action's reporter: today's step log, through @actions/core. Text arrives neutralised by
 * src/step-log.ts; annotations and groups are workflow commands (core escapes CR, LF and % in
 * them), and fetched log lines are printed verbatim inside a stop-commands pause.
 */
import * as core from '@actions/core'
import type { AnnotationLevel, AnnotationProperties, Reporter } from '../reporter.js'
import { stopToken } from '../step-log.js'

const ANNOTATE: Record<
  AnnotationLevel,
  (text: string, properties?: core.AnnotationProperties) => void
> = {
  notice: (text, properties) => core.notice(text, properties),
  warning: (text, properties) => core.warning(text, properties),
  error: (text, properties) => core.error(text, properties)
}

export const actionsReporter: Reporter = {
  info: text => core.info(text),
  debug: text => core.debug(text),
  annotate: (level: AnnotationLevel, text: string, properties?: AnnotationProperties) =>
    ANNOTATE[level](text, properties),
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
