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

const MARKER = Buffer.from('##[')
const NEWLINE = 0x0a
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
 * Scans a log as it streams past, once, keeping only bounded state: the last `tailLines` lines
 * and the last lines of each failing "##[group]" section. Lines are kept raw and made
 * displayable only when shown, and only lines holding "##[" are looked at more closely, so a
 * 200 MB log costs one split per chunk, not three regular expressions per line. A single huge
 * line is cut while reading, so memory stays small whatever the log holds.
 */
export class LogScanner {
  private readonly tail: Tail
  private readonly failingSections: LogSection[] = []
  private section: { title: string; lines: Tail; failed: boolean } | undefined
  private decoder = new StringDecoder('utf8')
  private pending = ''

  /**
   * @param fastPath skip the lines a piece's last lines supersede (the default; tests compare
   *   the result with every line looked at).
   */
  constructor(
    private readonly tailLines: number,
    private readonly fastPath = true
  ) {
    this.tail = new Tail(tailLines)
  }

  /** The next piece of the log; it is copied, so the caller may reuse its buffer. */
  write(chunk: Uint8Array): void {
    const bytes = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    const from = this.fastPath ? this.supersededUpTo(bytes) : 0
    if (from > 0) {
      // Everything before `from` (and the unfinished line before this piece) is pushed out of
      // every tail by the piece's last lines, and holds no "##[" marker: never decoded.
      this.pending = ''
      this.decoder = new StringDecoder('utf8')
    }
    const text = this.pending + this.decoder.write(from > 0 ? bytes.subarray(from) : bytes)
    const lines = text.split('\n')
    this.pending = lines.pop() ?? ''
    for (const line of lines) this.onLine(line)
    // Keep only what a display can use of an unfinished line.
    if (this.pending.length > MAX_DISPLAY_LINE * 2) {
      this.pending = this.pending.slice(0, MAX_DISPLAY_LINE + 1)
    }
  }

  /**
   * Where the lines that matter of this piece begin: after the newline that ends the line before
   * its last tailLines + 1 lines, when the piece has no "##[" (nor one across its start, nor in
   * the unfinished line before it); else 0 (every line is looked at). Native byte searches only:
   * a 200 MB log with no markers costs a few searches per piece, not a string per line.
   */
  private supersededUpTo(bytes: Buffer): number {
    if (this.pending.includes('#') || bytes.indexOf(MARKER) >= 0) return 0
    let at = bytes.length
    for (let lines = 0; lines <= this.tailLines; lines++) {
      at = bytes.lastIndexOf(NEWLINE, at - 1)
      if (at <= 0) return 0
    }
    return at + 1
  }

  end(): LogScan {
    this.pending += this.decoder.end()
    if (this.pending !== '') this.onLine(this.pending)
    this.pending = ''
    this.closeSection()
    return {
      tail: this.tail.toArray().map(displayLine),
      failingSections: this.failingSections.map(section => ({
        title: section.title,
        lines: section.lines.map(displayLine)
      }))
    }
  }

  private onLine(raw: string): void {
    if (raw.includes('##[')) {
      const line = displayLine(raw)
      const group = GROUP.exec(line)
      if (group) {
        this.closeSection()
        this.section = {
          title: (group[1] as string).trim(),
          lines: new Tail(this.tailLines),
          failed: false
        }
      }
      if (this.section && ERROR.test(line)) this.section.failed = true
    }
    this.section?.lines.push(raw)
    this.tail.push(raw)
  }

  private closeSection(): void {
    if (this.section?.failed) {
      this.failingSections.push({ title: this.section.title, lines: this.section.lines.toArray() })
      if (this.failingSections.length > MAX_ERROR_SECTIONS) this.failingSections.shift()
    }
    this.section = undefined
  }
}

/** Scans a log file on disk (see LogScanner). */
export async function scanLog(file: string, tailLines: number): Promise<LogScan> {
  const scanner = new LogScanner(tailLines)
  for await (const chunk of fs.createReadStream(file)) scanner.write(chunk as Buffer)
  return scanner.end()
}
