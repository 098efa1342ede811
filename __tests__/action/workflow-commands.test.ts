/**
 * src/action/workflow-commands.ts writes what @actions/core 3 writes: each function is run beside
 * @actions/core's, on text that needs every escape, and the bytes printed (and appended to the
 * output and summary files) must be the same.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as ours from '../../src/action/workflow-commands.js'
import type { AnnotationLevel } from '../../src/reporter.js'

const TEXTS = [
  '',
  'plain',
  '100% done\r\nnext line\nlast: a, b',
  '%0A::error::x',
  '::add-mask::y',
  'ünïcödé ✅ 🚫'
]

let stdout: string[]
let dir: string
const saved = { ...process.env }
beforeEach(() => {
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
  dir = mkdtempSync(path.join(os.tmpdir(), 'runctl-commands-'))
})
afterEach(() => {
  jest.restoreAllMocks()
  process.exitCode = undefined
  process.env = { ...saved }
  rmSync(dir, { recursive: true, force: true })
})

/** What `print` wrote to stdout. */
function printed(print: () => void): string {
  stdout = []
  print()
  return stdout.join('')
}

/** The heredoc delimiter is random: the same placeholder for both writers. */
const sameDelimiter = (text: string) =>
  text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_UUID')

describe('workflow commands: the bytes @actions/core writes', () => {
  it.each(TEXTS)('info, debug, groups and masks of %j', text => {
    expect(printed(() => ours.info(text))).toBe(printed(() => core.info(text)))
    expect(printed(() => ours.debug(text))).toBe(printed(() => core.debug(text)))
    expect(printed(() => ours.startGroup(text))).toBe(printed(() => core.startGroup(text)))
    expect(printed(() => ours.endGroup())).toBe(printed(() => core.endGroup()))
    expect(printed(() => ours.setSecret(text))).toBe(printed(() => core.setSecret(text)))
  })

  it('escapes data: %, CR and LF', () => {
    expect(printed(() => ours.debug('a%b\r\nc'))).toBe(`::debug::a%25b%0D%0Ac${os.EOL}`)
  })

  const LEVELS: [AnnotationLevel, typeof core.notice][] = [
    ['notice', core.notice],
    ['warning', core.warning],
    ['error', core.error]
  ]
  const LOCATIONS = [
    undefined,
    {},
    { title: 'T: a, b%\n', file: 'src/a b.ts', startLine: 3, endLine: 4 },
    { startLine: 0, startColumn: 7, endColumn: 9, title: '' },
    { file: 'x,y:z' }
  ]

  it.each(LEVELS)('%s annotations, with and without a location', (level, theirs) => {
    for (const text of TEXTS) {
      for (const where of LOCATIONS) {
        expect(printed(() => ours.annotate(level, text, where))).toBe(
          printed(() => theirs(text, where))
        )
      }
    }
    expect(printed(() => ours.annotate(level, 'x', { file: 'a,b:c' }))).toBe(
      `::${level} file=a%2Cb%3Ac::x${os.EOL}`
    )
  })

  it('setFailed: an error annotation and exit code 1', () => {
    const theirs = printed(() => core.setFailed('It failed: 100%\nreally'))
    expect(process.exitCode).toBe(1)
    process.exitCode = undefined
    expect(printed(() => ours.setFailed('It failed: 100%\nreally'))).toBe(theirs)
    expect(process.exitCode).toBe(1)
  })

  it('getInput: INPUT_ with spaces as _, upper case, trimmed; empty when unset', () => {
    process.env['INPUT_MAX-LOG-BYTES'] = '  12 \n'
    process.env['INPUT_A_B'] = 'spaced'
    delete process.env['INPUT_MISSING']
    for (const name of ['max-log-bytes', 'Max-Log-Bytes', 'a b', 'missing']) {
      expect(ours.getInput(name)).toBe(core.getInput(name))
    }
    expect(ours.getInput('max-log-bytes')).toBe('12')
    expect(ours.getInput('a b')).toBe('spaced')
  })

  it('setOutput through GITHUB_OUTPUT: the same heredoc', () => {
    const theirs = path.join(dir, 'theirs')
    const file = path.join(dir, 'ours')
    writeFileSync(theirs, '')
    writeFileSync(file, '')
    for (const value of TEXTS) {
      process.env['GITHUB_OUTPUT'] = theirs
      core.setOutput('name', value)
      process.env['GITHUB_OUTPUT'] = file
      ours.setOutput('name', value)
    }
    expect(stdout).toEqual([])
    const written = readFileSync(file, 'utf8')
    expect(sameDelimiter(written)).toBe(sameDelimiter(readFileSync(theirs, 'utf8')))
    expect(written).toMatch(/^name<<ghadelimiter_[0-9a-f-]{36}\n\nghadelimiter_/)
    // A fresh delimiter for every output.
    expect(new Set(written.match(/ghadelimiter_[0-9a-f-]{36}/g)).size).toBe(TEXTS.length)
  })

  it('setOutput without GITHUB_OUTPUT: the set-output command', () => {
    delete process.env['GITHUB_OUTPUT']
    for (const value of TEXTS) {
      expect(printed(() => ours.setOutput('na,me', value))).toBe(
        printed(() => core.setOutput('na,me', value))
      )
    }
  })

  it('setOutput to a GITHUB_OUTPUT that does not exist: the same error', () => {
    process.env['GITHUB_OUTPUT'] = path.join(dir, 'missing')
    const message = `Missing file at path: ${path.join(dir, 'missing')}`
    expect(() => core.setOutput('a', 'b')).toThrow(message)
    expect(() => ours.setOutput('a', 'b')).toThrow(message)
  })

  it('appendSummary appends as summary.addRaw(text, true).write()', async () => {
    const theirs = path.join(dir, 'theirs.md')
    const file = path.join(dir, 'ours.md')
    writeFileSync(theirs, 'kept\n')
    writeFileSync(file, 'kept\n')
    // @actions/core keeps the first file it wrote to for the process: the first write is its.
    process.env['GITHUB_STEP_SUMMARY'] = theirs
    for (const text of TEXTS) await core.summary.addRaw(text, true).write()
    process.env['GITHUB_STEP_SUMMARY'] = file
    for (const text of TEXTS) await ours.appendSummary(text)
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(theirs, 'utf8'))
  })

  it('appendSummary fails with @actions/core’s sentences', async () => {
    delete process.env['GITHUB_STEP_SUMMARY']
    await expect(ours.appendSummary('x')).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
    )
    const missing = path.join(dir, 'no-such-dir', 'summary.md')
    process.env['GITHUB_STEP_SUMMARY'] = missing
    await expect(ours.appendSummary('x')).rejects.toThrow(
      `Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.`
    )
    const readOnly = path.join(dir, 'read-only.md')
    writeFileSync(readOnly, '')
    chmodSync(readOnly, 0o444)
    process.env['GITHUB_STEP_SUMMARY'] = readOnly
    // root can write anyway.
    if (process.getuid?.() !== 0) {
      await expect(ours.appendSummary('x')).rejects.toThrow(`Unable to access summary file:`)
    }
  })
})
