/**
 * What the engine (operations, the client, logs, usage, polling) needs from whoever runs it:
 * somewhere to write lines, annotations and groups, a way to keep a secret out of them, and a
 * way to say the whole thing failed. src/step-log.ts neutralises every text before it reaches a
 * reporter, so a reporter only decides how a line looks:
 *   - the action's (src/action/reporter.ts): workflow commands through @actions/core;
 *   - the CLI's (src/cli/reporter.ts): plain text on stderr, never a `::` command.
 */

/** Where an annotation points (the fields of @actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

export type AnnotationLevel = 'notice' | 'warning' | 'error'

export interface Reporter {
  /** One or more lines of progress, already neutralised. */
  info(text: string): void
  /** Detail shown only when asked for (ACTIONS_STEP_DEBUG, --verbose). */
  debug(text: string): void
  /** A notice, warning or error about the run (an annotation in Actions). */
  annotate(level: AnnotationLevel, text: string, properties?: AnnotationProperties): void
  startGroup(title: string): void
  endGroup(): void
  /**
   * Fetched lines shown exactly as they were (a failed step's tail), inside a group of that
   * title; the reporter makes sure nothing in them is executed by whatever reads the output.
   */
  verbatim(title: string, text: string): void
  /** A value that must never appear in the output (a signed URL, a token). */
  secret(value: string): void
  /** The operation failed: one sentence, and a failing exit. */
  fail(text: string): void
}
