/**
 * Job-summary escaping (src/summary/escape.ts): API text must stay inert in markdown with HTML.
 * Exact outputs, so that a weaker escape (a character let through, a line break kept, a fence a
 * backtick too short, a javascript: link) fails here. Written from StrykerJS's survivors
 * (docs/reliability.md, "Mutation testing").
 */
import { describe, expect, it } from '@jest/globals'
import {
  codeBlock,
  escapeCell,
  escapeHtml,
  escapeMarkdown,
  formatDuration,
  keyValueTable,
  link,
  table
} from '../../src/summary/escape.js'

describe('escapeHtml', () => {
  it('writes an entity for each of & < > " \' and leaves the rest', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f')
    expect(escapeHtml('plain *text* [x](y) `z`')).toBe('plain *text* [x](y) `z`')
    expect(escapeHtml('&&')).toBe('&amp;&amp;')
  })
})

describe('escapeMarkdown', () => {
  it('writes an entity for every markdown and HTML character, each once', () => {
    expect(escapeMarkdown(`&<>"'\\\`*_{}[]()#+!|~`)).toBe(
      '&amp;&lt;&gt;&quot;&#39;&#92;&#96;&#42;&#95;&#123;&#125;&#91;&#93;&#40;&#41;&#35;&#43;&#33;&#124;&#126;'
    )
  })

  it('leaves letters, digits, spaces and other punctuation alone', () => {
    expect(escapeMarkdown('Build 20.x: ok, done; a-b = c/d? 100% @me $x ^')).toBe(
      'Build 20.x: ok, done; a-b = c/d? 100% @me $x ^'
    )
  })

  it('turns each line break (CRLF, CR, LF) into one space', () => {
    expect(escapeMarkdown('a\r\nb\rc\nd')).toBe('a b c d')
    expect(escapeMarkdown('a\n\nb')).toBe('a  b')
    expect(escapeMarkdown('\r\n')).toBe(' ')
  })

  it('is the cell escape', () => {
    expect(escapeCell).toBe(escapeMarkdown)
    expect(escapeCell('a|b')).toBe('a&#124;b')
  })
})

describe('link', () => {
  it('links an http or https address, escaping text and URL', () => {
    expect(link('run *1*', 'https://github.com/o/r/actions/runs/1')).toBe(
      '<a href="https://github.com/o/r/actions/runs/1">run &#42;1&#42;</a>'
    )
    expect(link('x', 'http://ghe.example/a?b=1&c="d"')).toBe(
      '<a href="http://ghe.example/a?b=1&amp;c=&quot;d&quot;">x</a>'
    )
  })

  it.each([
    [null],
    [undefined],
    [''],
    ['javascript:alert(1)'],
    ['ftp://example.com/x'],
    ['https:/one-slash'],
    [' https://leading.space'],
    ['xhttps://github.com'],
    ['https://github.com/a b'],
    ['https://github.com/a\n'],
    ['https://github.com/\t']
  ])('leaves the text unlinked for %j', url => {
    expect(link('a <b>', url)).toBe('a &lt;b&gt;')
  })
})

describe('codeBlock', () => {
  it('fences with three backticks, or one more than the longest run inside', () => {
    expect(codeBlock('plain')).toBe('```\nplain\n```')
    expect(codeBlock('one ` tick')).toBe('```\none ` tick\n```')
    expect(codeBlock('two `` ticks')).toBe('```\ntwo `` ticks\n```')
    expect(codeBlock('``` three')).toBe('````\n``` three\n````')
    expect(codeBlock('a ```` b `` c')).toBe('`````\na ```` b `` c\n`````')
  })

  it('names the language after the opening fence', () => {
    expect(codeBlock('{}', 'json')).toBe('```json\n{}\n```')
  })
})

describe('tables', () => {
  it('writes a header, a separator and the rows', () => {
    expect(
      table(
        ['a', 'b'],
        [
          ['1', '2'],
          ['3', '4']
        ]
      )
    ).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |')
    expect(table(['only'], [])).toBe('| only |\n| --- |')
  })

  it('makes the first label and value the header of a key-value table', () => {
    expect(keyValueTable([])).toBe('')
    expect(keyValueTable([['Run', '#1']])).toBe('| Run | #1 |\n| --- | --- |')
    expect(
      keyValueTable([
        ['Run', '#1'],
        ['Status', 'done'],
        ['Took', '2s']
      ])
    ).toBe('| Run | #1 |\n| --- | --- |\n| Status | done |\n| Took | 2s |')
  })
})

describe('formatDuration', () => {
  it.each([
    [undefined, 'n/a'],
    [Number.NaN, 'n/a'],
    [Number.POSITIVE_INFINITY, 'n/a'],
    [0, '0s'],
    [499, '0s'],
    [500, '1s'],
    [59_499, '59s'],
    [59_500, '1m 0s'],
    [61_000, '1m 1s'],
    [3_599_000, '59m 59s'],
    [3_600_000, '1h 0m 0s'],
    [3_661_000, '1h 1m 1s'],
    [7_384_000, '2h 3m 4s'],
    [90_061_000, '25h 1m 1s']
  ])('%p ms -> %p', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected)
  })
})
