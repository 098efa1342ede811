/**
 * The one way runctl writes to the step log. Every line may carry text from the API (job, step,
 * environment, workflow and branch names, titles, GitHub's error messages, log lines) or from
 * inputs, and the runner (actions/runner ActionCommandManager) scans every line of stdout for
 * workflow commands in two forms:
 *   - "::name props::data" when the line, after leading whitespace, starts with "::";
 *   - the legacy "##[name props]data" found ANYWHERE in the line.
 * One executed "::stop-commands::TOKEN" would also silence every later "::error::" of ours.
 * So nothing leaves this module unneutralised: plain lines get both forms broken (visibly, with a
 * backslash), line breaks and control characters cannot start a new line, and verbatim log
 * excerpts are printed only inside a "::stop-commands::<random>" block. Annotations
 * (error/warning/notice) and group titles are commands themselves: @actions/core escapes CR, LF
 * and % in them, so they stay one line that the runner parses as that command (the legacy form
 * is tried only when the "::" form fails); the same neutralisation is applied to their text too.
 *
 * Everything else in src/ must print through here (eslint's no-restricted-syntax and
 * __tests__/step-log-guard.test.ts enforce it).
 */
import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'

/**
 * What the runner may skip while matching a command: whitespace (TrimStart), and characters a
 * culture-aware .NET comparison ignores (controls, zero-width and other format characters).
 * Matching more than the runner does only means escaping a little more.
 */
const SKIPPABLE = String.raw`[\s\u0085\p{Cc}\p{Cf}]*`
const LEGACY_COMMAND = new RegExp(String.raw`#${SKIPPABLE}#${SKIPPABLE}\[`, 'gu')
const LINE_START_COMMAND = new RegExp(String.raw`^(${SKIPPABLE}):(${SKIPPABLE}):`, 'u')
/** .NET's StreamReader.ReadLine ends a line at \r, \n or \r\n. */
const LINE_BREAK = /\r\n|\r|\n/
/** Controls (ANSI escapes, NUL, C1) other than tab; line breaks are handled before. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** One line the runner executes nothing from; text is kept readable ("##\[", "\::"). */
function neutraliseLine(line: string): string {
  return line
    .replace(CONTROL, '\ufffd')
    .replace(LEGACY_COMMAND, match => `${match.slice(0, -1)}\\[`)
    .replace(LINE_START_COMMAND, '$1\\:$2:')
}

/** Text of any number of lines, each neutralised; line breaks normalised to \n. */
export function inert(text: string): string {
  return text.split(LINE_BREAK).map(neutraliseLine).join('\n')
}

/** Text that must stay on one line (names, titles): line breaks shown as a visible ⏎. */
export function inertLine(text: string): string {
  return neutraliseLine(text.replace(/\r\n|\r|\n/g, '⏎'))
}

export function info(text: string): void {
  core.info(inert(text))
}

export function debug(text: string): void {
  core.debug(inert(text))
}

export type AnnotationProperties = core.AnnotationProperties

function annotationProperties(
  properties: AnnotationProperties | undefined
): AnnotationProperties | undefined {
  if (properties?.title === undefined) return properties
  return { ...properties, title: inertLine(properties.title) }
}

export function notice(text: string, properties?: AnnotationProperties): void {
  core.notice(inert(text), annotationProperties(properties))
}

export function warning(text: string, properties?: AnnotationProperties): void {
  core.warning(inert(text), annotationProperties(properties))
}

export function error(text: string, properties?: AnnotationProperties): void {
  core.error(inert(text), annotationProperties(properties))
}

/** Fails the step with one sentence (an error annotation and exit code 1). */
export function setFailed(text: string): void {
  core.setFailed(inert(text))
}

export function startGroup(title: string): void {
  core.startGroup(inertLine(title))
}

export function endGroup(): void {
  core.endGroup()
}

/**
 * Prints fetched lines verbatim so they read exactly as they were, yet the runner executes none:
 * between "::stop-commands::<token>" and "::<token>::" it ignores every command in both forms.
 * The token is fresh and random each time and does not occur in the text (the runner compares
 * it case-insensitively, so neither does any other casing of it), so the text cannot end the
 * pause itself; a "::stop-commands::" line inside it is just ignored.
 */
/**
 * A fresh token for "::stop-commands::" that the text does not contain in any casing (the
 * runner compares it case-insensitively), so the text cannot resume commands itself.
 */
export function stopToken(
  text: string,
  random: () => string = () => randomBytes(16).toString('hex')
): string {
  const folded = text.toLowerCase()
  let token = random()
  while (folded.includes(token)) token = random()
  return token
}

export function echoVerbatim(title: string, lines: readonly string[]): void {
  const text = lines.join('\n')
  const token = stopToken(text)
  startGroup(title)
  try {
    core.info(`::stop-commands::${token}`)
    core.info(text)
    core.info(`::${token}::`)
  } finally {
    endGroup()
  }
}

/** What failOnStrayErrors needs of the process (a test passes a fake one). */
export interface ProcessHooks {
  readonly stdout: NodeJS.EventEmitter
  readonly stderr: NodeJS.EventEmitter
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown
  exit(code: number): void
  exitCode?: number | string | null
}

/**
 * Whatever escapes run() (a stray rejection or exception) still ends as one neutralised sentence
 * and a failed step, instead of Node printing the raw error (whose message may quote the API) to
 * stderr, which the runner scans for commands too.
 *
 * An output that closed early (its reader gone: EPIPE, or a write after that) cannot carry any
 * sentence, and reporting that error would write to it again, which fails again: a loop that
 * spun forever. So any error of stdout or stderr, or a stray error raised while one is being
 * reported, ends the process at once with exit code 1 and writes nothing.
 */
export function failOnStrayErrors(
  describe: (error: unknown) => string,
  proc: ProcessHooks = process
): void {
  const endNow = () => proc.exit(1)
  proc.stdout.on('error', endNow)
  proc.stderr.on('error', endNow)
  let reporting = false
  const fail = (error: unknown) => {
    if (reporting || closedOutput(error)) return endNow()
    reporting = true
    try {
      setFailed(describe(error))
      proc.exitCode = 1
    } catch {
      endNow()
    } finally {
      reporting = false
    }
  }
  proc.on('uncaughtException', fail)
  proc.on('unhandledRejection', fail)
}

/** The errors a write to a closed pipe or a destroyed stream raises. */
function closedOutput(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return (
    code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END'
  )
}
