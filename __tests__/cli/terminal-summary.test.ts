import { describe, expect, it } from '@jest/globals'
import { summaryToText } from '../../src/cli/terminal-summary.js'
import { codeBlock, escapeMarkdown, keyValueTable, link, table } from '../../src/summary/escape.js'

describe('the summary as terminal text', () => {
  it('aligns tables, keeps links as text (url) and decodes escaped API text', () => {
    const markdown = [
      '### Run <code>1</code>',
      '',
      keyValueTable([
        ['Run', link('Add <b>x</b> | y', 'https://github.com/o/r/actions/runs/1')],
        ['Branch', escapeMarkdown('feat/[x]_y')]
      ]),
      '',
      table(
        ['Job', 'Conclusion'],
        [
          ['a', 'success'],
          [escapeMarkdown('b (x, 1)'), 'failure']
        ]
      )
    ].join('\n')
    expect(summaryToText(markdown)).toBe(
      [
        'Run 1',
        '-----',
        '',
        'Run     Add <b>x</b> | y (https://github.com/o/r/actions/runs/1)',
        '------  --------------------------------------------------------',
        'Branch  feat/[x]_y',
        '',
        'Job       Conclusion',
        '--------  ----------',
        'a         success',
        'b (x, 1)  failure'
      ].join('\n')
    )
  })

  it('keeps code blocks literal and leaves charts out', () => {
    const markdown = [
      '<details><summary>test: last 2 lines</summary>',
      '',
      codeBlock('&amp; stays\n</details>'),
      '',
      '</details>',
      '```mermaid',
      'gantt',
      '```',
      '_No job has started yet._'
    ].join('\n')
    expect(summaryToText(markdown)).toBe(
      [
        'test: last 2 lines',
        '',
        '    &amp; stays',
        '    </details>',
        '',
        '(a chart, shown in the job summary)',
        'No job has started yet.'
      ].join('\n')
    )
  })
})
