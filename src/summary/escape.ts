/**
 * Everything the API returns is untrusted text (branch names, job names, commit messages, logs):
 * these make it inert in a job summary, which GitHub renders as markdown with HTML.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => HTML_ENTITIES[char] ?? char)
}

/**
 * Inline text in markdown: HTML-escaped, markdown punctuation neutralised, one line. One pass, so
 * an entity it writes is never escaped again; any line break (CR alone too) becomes a space.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[&<>"'\\`*_{}[\]()#+!|~]/g, char => HTML_ENTITIES[char] ?? `&#${char.charCodeAt(0)};`)
}

/** A table cell: like escapeMarkdown (pipes must not split the cell). */
export const escapeCell = escapeMarkdown

/** A link whose text is untrusted and whose URL must be http(s). */
export function link(text: string, url: string | null | undefined): string {
  const safeText = escapeMarkdown(text)
  // Only a web address on one line; anything else (javascript:, whitespace) is left as text.
  if (!url || !/^https?:\/\/[^\s]*$/.test(url)) return safeText
  return `<a href="${escapeHtml(url)}">${safeText}</a>`
}

/**
 * A fenced code block that the text cannot close: the fence is longer than any backtick run in
 * it. Inside a fence nothing is rendered, so HTML like </details> stays text.
 */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(match => match[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${text}\n${fence}`
}

const tableLine = (cells: readonly string[]) => `| ${cells.join(' | ')} |`

/** A markdown table; cells must already be escaped (use escapeCell / link). */
export function table(header: string[], rows: string[][]): string {
  return [tableLine(header), tableLine(header.map(() => '---')), ...rows.map(tableLine)].join('\n')
}

/**
 * The same table as pieces (for a StreamedSummary): the header, then one piece per row, each
 * row rendered only when its piece is taken.
 */
export function* tablePieces<T>(
  header: readonly string[],
  items: Iterable<T>,
  row: (item: T) => readonly string[]
): Generator<string, void, undefined> {
  yield `${tableLine(header)}\n${tableLine(header.map(() => '---'))}`
  for (const item of items) yield `\n${tableLine(row(item))}`
}

/**
 * Labels and their values (already escaped). A markdown table needs a header row, and an empty
 * one renders as a blank bar, so the first pair is the header.
 */
export function keyValueTable(rows: ReadonlyArray<readonly [string, string]>): string {
  const [first, ...rest] = rows
  if (first === undefined) return ''
  return table(
    [...first],
    rest.map(row => [...row])
  )
}

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return 'n/a'
  const totalSeconds = Math.round(ms / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  if (hours > 0) return `${hours}h ${minutes}m ${seconds}s`
  if (minutes > 0) return `${minutes}m ${seconds}s`
  return `${seconds}s`
}
