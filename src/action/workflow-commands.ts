/**
 * The part of @actions/core 3 the action uses — inputs, masks, outputs, the step log's workflow
 * commands, the job summary's append — writing the same bytes as @actions/core (the tests run
 * both and compare). @actions/core itself is not imported: its OIDC helper imports
 * @actions/http-client, which loads undici and Node's http, https and http2 at start-up, and the
 * action never asks for an OIDC token. Measured on Node 24: a bundle that only imports
 * @actions/core starts at 66 MiB RSS against an idle Node's 43 (docs/performance.md,
 * "Start-up without undici").
 */
import { randomUUID } from 'node:crypto'
import { constants, appendFileSync, existsSync } from 'node:fs'
import { access, appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'
import type { AnnotationLevel, AnnotationProperties } from '../reporter.js'

/** An input as the runner passes it (INPUT_<NAME>), trimmed; '' when not set. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

/** Workflow-command data: %, CR and LF escaped. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A workflow-command property value: also ':' and ','. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::name key=value,…::message` on a line of its own; properties without a value are left out. */
function issue(name: string, message = '', properties: Record<string, unknown> = {}): void {
  const given = Object.entries(properties).filter(([, value]) => value)
  const props = given.map(([key, value]) => `${key}=${escapeProperty(commandValue(value))}`)
  const head = props.length > 0 ? `::${name} ${props.join(',')}` : `::${name}`
  process.stdout.write(`${head}::${escapeData(message)}${EOL}`)
}

function commandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export function setSecret(secret: string): void {
  issue('add-mask', secret)
}

/**
 * A step output: through the GITHUB_OUTPUT file as a heredoc with a fresh random delimiter, or,
 * without that file (an old runner), the deprecated set-output command.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT'] || ''
  if (!file) {
    process.stdout.write(EOL)
    issue('set-output', value, { name })
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  }
  if (value.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, {
    encoding: 'utf8'
  })
}

export function info(text: string): void {
  process.stdout.write(text + EOL)
}

export function debug(text: string): void {
  issue('debug', text)
}

/** An annotation, its location given as the runner names the properties. */
export function annotate(
  level: AnnotationLevel,
  text: string,
  properties: AnnotationProperties = {}
): void {
  const located =
    Object.keys(properties).length === 0
      ? {}
      : {
          title: properties.title,
          file: properties.file,
          line: properties.startLine,
          endLine: properties.endLine,
          col: properties.startColumn,
          endColumn: properties.endColumn
        }
  issue(level, text, located)
}

export function startGroup(title: string): void {
  issue('group', title)
}

export function endGroup(): void {
  issue('endgroup')
}

/** An error annotation, and the step fails when the process ends. */
export function setFailed(text: string): void {
  process.exitCode = 1
  annotate('error', text)
}

/**
 * Whether the job summary file can be written, with @actions/core's sentences when it cannot
 * (no GITHUB_STEP_SUMMARY, or a file that is not readable and writable).
 */
export async function summaryFile(): Promise<string> {
  const file = process.env['GITHUB_STEP_SUMMARY']
  if (!file) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
    )
  }
  try {
    await access(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
    )
  }
  return file
}

/** Appends text and a newline to the job summary (`core.summary.addRaw(text, true).write()`). */
export async function appendSummary(text: string): Promise<void> {
  await appendFile(await summaryFile(), text + EOL, { encoding: 'utf8' })
}
