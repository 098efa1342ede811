/**
 * The job summary (markdown with a little HTML, API text escaped) as text for a terminal: tables
 * as aligned columns, links as "text (url)", entities decoded, headings and fenced blocks kept
 * readable, mermaid charts left out (a terminal cannot draw them). The caller still passes the
 * result through step-log's inert(): decoding entities can bring back `::` or control characters.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' '
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return ENTITIES[name] ?? whole
  })
}

/** One line of markdown outside a code block, as plain text. */
export function inlineText(line: string): string {
  const text = line
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, (_, url: string, label: string) => {
      const decodedUrl = decodeEntities(url)
      return `${label} (${decodedUrl})`
    })
    .replace(/\[([^\]]*)\]\((https?:[^)\s]*)\)/g, '$1 ($2)')
    .replace(/<br\s*\/?>/g, '; ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[\s(])_([^_]+)_(?=$|[\s).,;:])/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
  return decodeEntities(text)
}

function cells(row: string): string[] {
  // Cells are escaped by the presenters (a pipe in API text is &#124;), so | only separates.
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map(cell => inlineText(cell.trim()))
}

function renderTable(rows: string[][]): string[] {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, [...cell].length)
    })
  }
  const line = (row: string[]) =>
    row
      .map((cell, index) =>
        index === row.length - 1 ? cell : cell + ' '.repeat((widths[index] ?? 0) - [...cell].length)
      )
      .join('  ')
      .trimEnd()
  const [header, ...body] = rows
  if (header === undefined) return []
  return [line(header), widths.map(width => '-'.repeat(width)).join('  '), ...body.map(line)]
}

const SEPARATOR_ROW = /^\|(\s*:?-+:?\s*\|)+\s*$/

export function summaryToText(markdown: string): string {
  const out: string[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const fence = /^(`{3,}|~{3,})(.*)$/.exec(line)
    if (fence) {
      const [, marker, language] = fence as unknown as [string, string, string]
      const body: string[] = []
      for (i++; i < lines.length && !(lines[i] as string).startsWith(marker); i++) {
        body.push(lines[i] as string)
      }
      if (language.trim() === 'mermaid') out.push('(a chart, shown in the job summary)')
      else out.push(...body.map(text => `    ${text}`))
      continue
    }
    if (line.startsWith('|') && SEPARATOR_ROW.test(lines[i + 1] ?? '')) {
      const rows = [cells(line)]
      for (i += 2; i < lines.length && (lines[i] as string).startsWith('|'); i++) {
        rows.push(cells(lines[i] as string))
      }
      i--
      out.push(...renderTable(rows))
      continue
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    if (heading) {
      const title = inlineText(heading[2] as string)
      out.push(
        title,
        (heading[1] as string).length <= 2
          ? '='.repeat([...title].length)
          : '-'.repeat([...title].length)
      )
      continue
    }
    const item = /^(\s*)[-*]\s+(.*)$/.exec(line)
    if (item) {
      out.push(`${item[1]}• ${inlineText(item[2] as string)}`)
      continue
    }
    out.push(inlineText(line))
  }
  // At most one blank line in a row, none at the ends.
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
