import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'

/** A title for a log group: one line, no control characters, bounded. */
export function groupTitle(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 200)
}

/**
 * Prints fetched (untrusted) lines so the runner never executes them: between
 * "::stop-commands::<token>" and "::<token>::" the runner ignores every workflow command, in
 * both the "::cmd::" and the legacy "##[cmd]" syntax. The token is fresh and random each time
 * and is never part of the text, so the text cannot end the pause itself; a
 * "::stop-commands::" line inside it is just ignored.
 */
export function echoUntrusted(
  title: string,
  lines: readonly string[],
  write: (line: string) => void = core.info
): void {
  const text = lines.join('\n')
  let token = randomBytes(16).toString('hex')
  while (text.includes(token)) token = randomBytes(16).toString('hex')
  core.startGroup(groupTitle(title))
  try {
    write(`::stop-commands::${token}`)
    write(text)
    write(`::${token}::`)
  } finally {
    core.endGroup()
  }
}
