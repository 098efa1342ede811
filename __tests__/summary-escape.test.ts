import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  codeBlock,
  escapeCell,
  escapeMarkdown,
  link,
  table,
  tablePieces
} from '../src/summary/escape.js'
import { renderedOutsideCode } from './logs/markdown.js'

/** Text made of what breaks markdown and HTML, mixed with anything at all. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        '`',
        '```',
        '|',
        '*',
        '_',
        '[',
        ']',
        '(',
        ')',
        '!',
        '#',
        '-',
        '=',
        '\\',
        '\n',
        '\r',
        '\r\n',
        ' ',
        'img src=x onerror=alert(1)',
        '</details>',
        'javascript:',
        '&lt;'
      ),
      { maxLength: 20 }
    )
    .map(parts => parts.join(''))
)

const ENTITY = /&(amp|lt|gt|quot|#\d+);/g

function decode(text: string): string {
  return text.replace(ENTITY, (entity, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' }
    return named[name] ?? String.fromCharCode(Number(name.slice(1)))
  })
}

describe('summary escaping (property)', () => {
  it('inline text: no markup survives, one line, and nothing is lost but line breaks', () => {
    fc.assert(
      fc.property(hostileText, text => {
        const escaped = escapeMarkdown(text)
        // Outside the entities it writes, no markup character and no line break is left.
        expect(escaped.replace(ENTITY, '')).not.toMatch(/[&<>"'`*_{}[\]()#+!|~\\\r\n]/)
        expect(decode(escaped)).toBe(text.replace(/\r\n|\r|\n/g, ' '))
      }),
      { numRuns: 2000 }
    )
  })

  it('a table cell cannot add a row, a column or a line', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (a, b) => {
        const markdown = table(['Job', 'Conclusion'], [[escapeCell(a), escapeCell(b)]])
        const lines = markdown.split(/\r\n|\r|\n/)
        expect(lines).toHaveLength(3)
        expect((lines[2] as string).split('|')).toHaveLength(4)
      }),
      { numRuns: 2000 }
    )
  })

  it('a link keeps to one element: only http(s) URLs, escaped, on one line', () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.oneof(
          hostileText,
          hostileText.map(t => `https://x/${t}`)
        ),
        (text, url) => {
          const html = link(text, url)
          expect(html.split(/\r\n|\r|\n/)).toHaveLength(1)
          const tags = html.match(/<[^>]*>/g) ?? []
          if (tags.length > 0) {
            expect(tags).toHaveLength(2)
            expect(tags[0]).toMatch(/^<a href="https?:\/\/[^"<>\s]*">$/)
            expect(tags[1]).toBe('</a>')
          }
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('a code block cannot be closed by its text: nothing of it renders', () => {
    fc.assert(
      fc.property(hostileText, text => {
        expect(renderedOutsideCode(codeBlock(text))).toEqual([])
      }),
      { numRuns: 2000 }
    )
  })
})

describe('a table as pieces', () => {
  it('joins to the same text as the table, one piece per row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 4 }), {
          maxLength: 6
        }),
        (header, rows) => {
          const pieces = [...tablePieces(header, rows, row => row)]
          expect(pieces).toHaveLength(rows.length + 1)
          expect(pieces.join('')).toBe(table(header, rows))
        }
      )
    )
  })
})
