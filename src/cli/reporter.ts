/**
 * The CLI's reporter: plain text on stderr (stdout is kept for the summary, or for --json alone),
 * one line per state change with the time since the start, never a `::` workflow command. On a
 * terminal a live status line under them shows the last state and a ticking clock; elsewhere
 * (a pipe, another CI's log) only the plain lines are written.
 */
import type { AnnotationLevel, AnnotationProperties, Reporter } from '../reporter.js'
import { inert } from '../step-log.js'

export interface TextSink {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface CliReporterOptions {
  stderr: TextSink
  /** Milliseconds now (tests pass a fake clock). */
  now?: () => number
  verbose?: boolean
  /** Ticks the live status line (tests pass a fake; a real one is unref'd). */
  setInterval?: (tick: () => void, ms: number) => { unref?: () => void }
  clearInterval?: (handle: unknown) => void
}

/** 5s, 1m05s, 1h02m03s: short, and growing only as needed. */
export function elapsedText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const two = (n: number) => String(n).padStart(2, '0')
  if (hours > 0) return `${hours}h${two(minutes)}m${two(seconds)}s`
  if (minutes > 0) return `${minutes}m${two(seconds)}s`
  return `${seconds}s`
}

const LABELS: Record<AnnotationLevel, string> = {
  notice: 'notice',
  warning: 'warning',
  error: 'error'
}

export class CliReporter implements Reporter {
  private readonly startedAt: number
  private readonly now: () => number
  private readonly secrets = new Set<string>()
  private readonly live: boolean
  private status: string | undefined
  private timer: unknown
  private statusShown = false
  /** The sentence of fail(), if the operation failed. */
  failure: string | undefined

  constructor(private readonly options: CliReporterOptions) {
    this.now = options.now ?? Date.now
    this.startedAt = this.now()
    this.live = options.stderr.isTTY === true
  }

  /** Starts the live status line (a terminal only). */
  start(status: string): void {
    if (!this.live) return
    this.status = status
    this.drawStatus()
    const every = this.options.setInterval ?? setInterval
    const handle = every(() => this.drawStatus(), 1000)
    handle.unref?.()
    this.timer = handle
  }

  /** Removes the live status line; the plain lines stay. */
  stop(): void {
    if (this.timer !== undefined) (this.options.clearInterval ?? clearInterval)(this.timer as never)
    this.timer = undefined
    this.clearStatus()
  }

  private elapsed(): string {
    return elapsedText(this.now() - this.startedAt)
  }

  private mask(text: string): string {
    let masked = text
    for (const secret of this.secrets) masked = masked.split(secret).join('***')
    return masked
  }

  private clearStatus(): void {
    if (this.statusShown) this.options.stderr.write('\r\x1b[2K')
    this.statusShown = false
  }

  private drawStatus(): void {
    if (!this.live || this.status === undefined) return
    const columns = this.options.stderr.columns ?? 80
    const line = `… ${this.elapsed()}  ${this.status}`
    const shown =
      [...line].length > columns - 1 ? `${[...line].slice(0, columns - 2).join('')}…` : line
    this.options.stderr.write(`\r\x1b[2K${shown}`)
    this.statusShown = true
  }

  /** Lines on stderr, under the status line (which is drawn again below them). */
  private print(lines: string[]): void {
    this.clearStatus()
    const text = lines.map(line => this.mask(inert(line))).join('\n')
    this.options.stderr.write(`${text}\n`)
    this.drawStatus()
  }

  info(text: string): void {
    const stamp = `[${this.elapsed()}]`
    const lines = text.split('\n')
    // The live line repeats the last state with a ticking clock.
    const first = lines[0] ?? ''
    if (this.status !== undefined && first.trim() !== '' && !/^\s/.test(first)) {
      this.status = this.mask(inert(first))
    }
    this.print(lines.map((line, index) => (index === 0 ? `${stamp} ${line}` : `  ${line}`)))
  }

  debug(text: string): void {
    if (this.options.verbose)
      this.print(text.split('\n').map(line => `[${this.elapsed()}] debug: ${line}`))
  }

  annotate(level: AnnotationLevel, text: string, properties?: AnnotationProperties): void {
    const title = properties?.title ? `${properties.title}: ` : ''
    const where = properties?.file
      ? ` (${properties.file}${properties.startLine ? `:${properties.startLine}` : ''})`
      : ''
    this.print([`${LABELS[level]}: ${title}${text}${where}`])
  }

  startGroup(title: string): void {
    this.print([`── ${title}`])
  }

  endGroup(): void {
    // Groups are a heading line here; nothing closes them.
  }

  verbatim(title: string, text: string): void {
    // Shown as read, but a terminal or another CI's log must not act on it either: escape
    // sequences and `::`/`##[` commands are made inert (a runner reads npx runctl's output too).
    this.print([`── ${title}`, ...text.split('\n').map(line => `   ${line}`)])
  }

  secret(value: string): void {
    if (value !== '') this.secrets.add(value)
  }

  fail(text: string): void {
    this.failure = text
    this.print([`error: ${text}`])
  }

  /** Text for stdout (the summary), masked and made inert the same way. */
  clean(text: string): string {
    return this.mask(inert(text))
  }
}
