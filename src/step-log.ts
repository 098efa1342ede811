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
 * __tests__/step-log-guard.test.ts enforce it). What the neutralised text then becomes is the
 * reporter's business (src/reporter.ts): the front end installs one with setReporter — the
 * action's workflow commands through @actions/core (src/action/reporter.ts), or the CLI's plain
 * text (src/cli/reporter.ts). This module imports nothing from @actions/*.
 */
import { randomBytes } from 'node:crypto'
import type { AnnotationProperties, Reporter } from './reporter.js'

export type { AnnotationProperties } from './reporter.js'

/**
 * Until a front end installs its reporter: plain lines on stderr, no workflow command (what a
 * library user of the engine gets). Both front ends install theirs before anything prints.
 */
const fallbackReporter: Reporter = {
  info: text => process.stderr.write(`${text}\n`),
  debug: () => undefined,
  annotate: (level, text) => process.stderr.write(`${level}: ${text}\n`),
  startGroup: title => process.stderr.write(`${title}\n`),
  endGroup: () => undefined,
  verbatim: (title, text) => process.stderr.write(`${title}\n${inert(text)}\n`),
  secret: () => undefined,
  fail: text => {
    process.stderr.write(`error: ${text}\n`)
    process.exitCode = 1
  }
}

let reporter: Reporter = fallbackReporter

/** Installs the front end's reporter; returns the one it replaces (tests put it back). */
export function setReporter(next: Reporter): Reporter {
  const previous = reporter
  reporter = next
  return previous
}

/** The process's own streams, for a front end's reporter (the one place src/ touches them). */
export function processStreams(): { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream } {
  return { stdout: process.stdout, stderr: process.stderr }
}

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
  reporter.info(inert(text))
}

export function debug(text: string): void {
  reporter.debug(inert(text))
}

function annotationProperties(
  properties: AnnotationProperties | undefined
): AnnotationProperties | undefined {
  if (properties?.title === undefined) return properties
  return { ...properties, title: inertLine(properties.title) }
}

export function notice(text: string, properties?: AnnotationProperties): void {
  reporter.annotate('notice', inert(text), annotationProperties(properties))
}

export function warning(text: string, properties?: AnnotationProperties): void {
  reporter.annotate('warning', inert(text), annotationProperties(properties))
}

export function error(text: string, properties?: AnnotationProperties): void {
  reporter.annotate('error', inert(text), annotationProperties(properties))
}

/** Fails the operation with one sentence (in Actions: an error annotation and exit code 1). */
export function setFailed(text: string): void {
  reporter.fail(inert(text))
}

export function startGroup(title: string): void {
  reporter.startGroup(inertLine(title))
}

export function endGroup(): void {
  reporter.endGroup()
}

/** A value that must never be shown (a signed log URL): masked by the reporter. */
export function secret(value: string): void {
  reporter.secret(value)
}

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

/**
 * Fetched lines as they were, in a group of that title; the reporter keeps whatever reads the
 * output from acting on them (in Actions: the stop-commands pause, see stopToken).
 */
export function echoVerbatim(title: string, lines: readonly string[]): void {
  reporter.verbatim(inertLine(title), lines.join('\n'))
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
