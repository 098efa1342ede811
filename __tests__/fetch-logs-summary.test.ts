import { describe, expect, it } from '@jest/globals'
import type { Job } from '../src/github/types.js'
import type { FetchLogsResult } from '../src/operations/fetch-logs.js'
import { presentFetchLogs } from '../src/presenters/fetch-logs.js'
import { jobFixture, runFixture } from './helpers/client.js'
import { renderedOutsideCode } from './logs/markdown.js'

const HOSTILE_LINES = [
  'FAIL app.test.ts',
  '```',
  '</details>',
  '<details open><summary>fake</summary>',
  '````````',
  '<img src=x onerror=alert(1)>',
  '   ```````````',
  '\u001b[31mred\u001b[0m',
  'lone\r```'
]

function result(overrides: Partial<FetchLogsResult> = {}): FetchLogsResult {
  const job = jobFixture({
    id: 7,
    name: 'build <script>alert(1)</script> | `x`',
    conclusion: 'failure'
  }) as unknown as Job
  return {
    operation: 'fetch-logs',
    run: runFixture({ id: 42, status: 'completed', conclusion: 'failure' }) as never,
    logDir: '/tmp/runctl-logs/42',
    files: ['/tmp/runctl-logs/42/0_build.txt'],
    failedJobs: [
      {
        job,
        failedSteps: ['Run `npm test` </details>'],
        excerpts: [
          { label: 'Run npm test </summary></details>', kind: 'step', lines: HOSTILE_LINES },
          { label: 'end of the job log', kind: 'tail', lines: ['plain'] }
        ]
      }
    ],
    selectedJobs: 1,
    missing: [],
    failOnMissing: false,
    ifNoLogsFound: 'error',
    tailLines: 50,
    ...overrides
  }
}

describe('fetch-logs summary', () => {
  it('keeps log text inside its fenced block inside <details>', () => {
    const { summary } = presentFetchLogs(result())
    const outside = renderedOutsideCode(summary)
    // Exactly our own two <details> blocks open and close; none of the log's tags are live.
    expect(outside.filter(line => line.includes('<details>'))).toHaveLength(2)
    expect(outside.filter(line => line === '</details>')).toHaveLength(2)
    expect(outside.join('\n')).not.toContain('<img')
    expect(outside.join('\n')).not.toContain('fake')
    expect(outside.join('\n')).not.toContain('FAIL app.test.ts')
    // Colour codes are stripped for the summary.
    expect(summary).not.toContain('\u001b[')
    expect(summary).toContain('red')
  })

  it('escapes job names, step names and labels', () => {
    const { summary } = presentFetchLogs(result())
    expect(summary).not.toContain('<script>')
    expect(summary).not.toContain('</summary></details>')
    expect(summary).toContain('build &lt;script&gt;alert&#40;1&#41;&lt;/script&gt;')
  })

  it('would be broken out of by a plain ``` fence (the check bites)', () => {
    const naive = [
      '<details><summary>x</summary>',
      '',
      '```',
      ...HOSTILE_LINES,
      '```',
      '',
      '</details>'
    ].join('\n')
    expect(renderedOutsideCode(naive).join('\n')).toContain('<img src=x')
  })

  it('writes outputs and fails only with fail-on-missing', () => {
    const sentence =
      'Run 42 is still in_progress, so its logs are not available yet; fetch them after it completes.'
    expect(presentFetchLogs(result({ missing: [sentence] })).failure).toBeUndefined()
    expect(presentFetchLogs(result({ missing: [sentence], failOnMissing: true })).failure).toBe(
      sentence
    )
    const { outputs } = presentFetchLogs(result())
    expect(JSON.parse(outputs['failed-jobs'] as string)).toEqual([
      {
        id: 7,
        name: 'build <script>alert(1)</script> | `x`',
        url: 'https://github.test/octo/demo/actions/runs/1/job/7',
        failed_steps: ['Run `npm test` </details>']
      }
    ])
    expect(outputs['run-id']).toBe('42')
  })
})
