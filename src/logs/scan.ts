import * as fs from 'node:fs'
import { StringDecoder } from 'node:string_decoder'

/** Longer lines are cut for display (the file on disk keeps them whole). */
export const MAX_DISPLAY_LINE = 2000
/** At most this many failing sections are kept per job log (the last ones). */
const MAX_ERROR_SECTIONS = 10

/** The last `size` items pushed, in order, without shifting arrays on every push. */
class Tail {
  private readonly items: string[] = []
  private next = 0

  constructor(private readonly size: number) {}

  push(item: string): void {
    if (this.size === 0) return
    if (this.items.length < this.size) this.items.push(item)
    else this.items[this.next] = item
    this.next = (this.next + 1) % this.size
  }

  toArray(): string[] {
    return this.items.length < this.size
      ? [...this.items]
      : [...this.items.slice(this.next), ...this.items.slice(0, this.next)]
  }
}

export interface LogSection {
  /** The text after "##[group]", e.g. "Run npm test". */
  readonly title: string
  /** Its last lines. */
  readonly lines: string[]
}

export interface LogScan {
  /** The last lines of the whole log. */
  readonly tail: string[]
  /** Sections (split on "##[group]") that contain an "##[error]" line, last lines of each. */
  readonly failingSections: LogSection[]
}

const TIMESTAMP = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/
const GROUP = /^##\[group\](.*)$/
const ERROR = /^##\[error\]/

/** A log line as shown: no BOM, no runner timestamp, no trailing CR, bounded length. */
export function displayLine(raw: string): string {
  const line = raw
    .replace(/^\uFEFF/, '')
    .replace(TIMESTAMP, '')
    .replace(/\r$/, '')
  return line.length > MAX_DISPLAY_LINE ? `${line.slice(0, MAX_DISPLAY_LINE)}…` : line
}

/**
 * Reads a log file once, as a stream, keeping only bounded state: the last `tailLines` lines and
 * the last lines of each failing "##[group]" section. A single huge line is cut while reading,
 * so memory stays small whatever the file holds.
 */
export async function scanLog(file: string, tailLines: number): Promise<LogScan> {
  const tail = new Tail(tailLines)
  const failingSections: LogSection[] = []
  let section: { title: string; lines: Tail; failed: boolean } | undefined
  const closeSection = () => {
    if (section?.failed) {
      failingSections.push({ title: section.title, lines: section.lines.toArray() })
      if (failingSections.length > MAX_ERROR_SECTIONS) failingSections.shift()
    }
  }
  const onLine = (raw: string) => {
    const line = displayLine(raw)
    const group = GROUP.exec(line)
    if (group) {
      closeSection()
      section = { title: (group[1] as string).trim(), lines: new Tail(tailLines), failed: false }
    }
    if (section && ERROR.test(line)) section.failed = true
    section?.lines.push(line)
    tail.push(line)
  }
  const decoder = new StringDecoder('utf8')
  let pending = ''
  for await (const chunk of fs.createReadStream(file)) {
    const text = pending + decoder.write(chunk as Buffer)
    const lines = text.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) onLine(line)
    // Keep only what a display can use of an unfinished line.
    if (pending.length > MAX_DISPLAY_LINE * 2) pending = pending.slice(0, MAX_DISPLAY_LINE + 1)
  }
  pending += decoder.end()
  if (pending !== '') onLine(pending)
  closeSection()
  return { tail: tail.toArray(), failingSections }
}
