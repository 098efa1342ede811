/**
 * A summary given as pieces (report-usage's tables of thousands of rows) is written piece by
 * piece, never as one string, and must come out byte for byte as the same text written whole
 * through @actions/core would: under the limit, and cut at the limit with the same note.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { withServerNotes } from '../src/presenters/server-notes.js'
import { SUMMARY_LIMIT_BYTES, writePresentation } from '../src/report.js'
import { StreamedSummary } from '../src/summary/streamed.js'

let dir: string
const saved = { summary: process.env['GITHUB_STEP_SUMMARY'], output: process.env['GITHUB_OUTPUT'] }
const NOTE = '\n\n_Summary truncated to fit GitHub’s 1 MiB limit._\n'

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'runctl-streamed-summary-'))
  process.env['GITHUB_OUTPUT'] = path.join(dir, 'output')
  writeFileSync(process.env['GITHUB_OUTPUT'], '')
})
afterAll(() => {
  for (const [name, value] of [
    ['GITHUB_STEP_SUMMARY', saved.summary],
    ['GITHUB_OUTPUT', saved.output]
  ] as const) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  rmSync(dir, { recursive: true, force: true })
})

let files = 0
/** Writes `summary` to a fresh summary file (holding `before`) and returns the file's text. */
async function written(summary: string | StreamedSummary, before = ''): Promise<string> {
  const file = path.join(dir, `summary-${++files}.md`)
  writeFileSync(file, before)
  process.env['GITHUB_STEP_SUMMARY'] = file
  await writePresentation({ outputs: {}, summary }, { summary: true })
  return readFileSync(file, 'utf8')
}

const streamed = (pieces: readonly string[]) => new StreamedSummary(() => pieces)

describe('a streamed summary is written as its whole text would be', () => {
  it('appends the pieces and a newline, as @actions/core appends text', async () => {
    const pieces = ['## Title\n\n', '| a | b |\n| --- | --- |', '\n| ✅ | 🚫 |', '\n\n_done_']
    // The first write through @actions/core fixes its file for the process: it goes first.
    expect(await written(pieces.join(''), 'kept\n')).toBe(`kept\n${pieces.join('')}\n`)
    expect(await written(streamed(pieces), 'kept\n')).toBe(`kept\n${pieces.join('')}\n`)
  })

  it('cuts at the limit as the whole text is cut, a character split there included', async () => {
    // Rows of 3-byte characters after 2 bytes: the limit falls inside a character.
    const row = `\n${'€'.repeat(1000)}`
    const pieces = ['xy', ...Array.from({ length: 400 }, () => row)]
    const whole = pieces.join('')
    expect(Buffer.byteLength(whole)).toBeGreaterThan(SUMMARY_LIMIT_BYTES)
    const cut = `${Buffer.from(whole).subarray(0, SUMMARY_LIMIT_BYTES).toString('utf8')}${NOTE}\n`
    expect(cut).toContain('\uFFFD')
    expect(await written(streamed(pieces))).toBe(cut)
  })

  it('keeps a text of exactly the limit whole, and cuts one byte more', async () => {
    const exact = ['a'.repeat(SUMMARY_LIMIT_BYTES - 10), 'b'.repeat(10)]
    expect(await written(streamed(exact))).toBe(`${exact.join('')}\n`)
    const over = [...exact, 'c']
    expect(await written(streamed(over))).toBe(`${exact.join('')}${NOTE}\n`)
  })

  it('writes a piece larger than its buffer whole', async () => {
    const pieces = ['start ', 'y'.repeat(200 * 1024), ' end']
    expect(await written(streamed(pieces))).toBe(`${pieces.join('')}\n`)
  })

  it('renders the pieces only when writing, and writes nothing when the summary is off', async () => {
    let rendered = 0
    const summary = new StreamedSummary(function* () {
      rendered++
      yield 'text'
    })
    const file = path.join(dir, 'off.md')
    writeFileSync(file, '')
    process.env['GITHUB_STEP_SUMMARY'] = file
    await writePresentation({ outputs: {}, summary }, { summary: false })
    expect(rendered).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe('')
  })

  it('fails with @actions/core’s sentence when the file cannot be written', async () => {
    const file = path.join(dir, 'read-only.md')
    writeFileSync(file, '')
    chmodSync(file, 0o444)
    process.env['GITHUB_STEP_SUMMARY'] = file
    const attempt = writePresentation({ outputs: {}, summary: streamed(['x']) }, { summary: true })
    // root can write anyway: then the text is there.
    if (process.getuid?.() === 0) {
      await attempt
      expect(readFileSync(file, 'utf8')).toBe('x\n')
    } else {
      await expect(attempt).rejects.toThrow(
        `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
      )
    }
  })

  it('keeps the server notes after the streamed pieces', async () => {
    const { summary } = withServerNotes({ outputs: {}, summary: streamed(['a', 'b']) }, [
      'No <jobs> API.'
    ])
    expect(summary).toBeInstanceOf(StreamedSummary)
    expect(await written(summary)).toBe('ab\n\n### This server\n- No &lt;jobs&gt; API.\n')
  })
})
