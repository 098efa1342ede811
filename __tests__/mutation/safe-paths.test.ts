/**
 * The archive-path guard (src/logs/safe-paths.ts), case by case: each row is a name an attacker
 * can shape through a job or step name, and the exact verdict. Written from StrykerJS's survivors
 * (docs/reliability.md, "Mutation testing"): every boundary of every rule has a row on each side.
 */
import { describe, expect, it } from '@jest/globals'
import * as path from 'node:path'
import { resolveInside, safeFileName, unsafeEntryReason } from '../../src/logs/safe-paths.js'

describe('unsafeEntryReason', () => {
  it.each([
    // yauzl's verdicts, cut before the name (which may carry anything)
    ['/etc/passwd', 'absolute path'],
    ['/', 'absolute path'],
    ['C:/Windows/x', 'absolute path'],
    ['a\\b.txt', 'invalid characters in fileName'],
    ['../escape.txt', 'invalid relative path'],
    ['job/../../escape.txt', 'invalid relative path'],
    ['..', 'invalid relative path'],
    // runctl's own rules
    ['', 'empty path'],
    ['job/\u0000.txt', 'control characters in path'],
    ['job/a\u001fb.txt', 'control characters in path'],
    ['job/a\tb.txt', 'control characters in path'],
    ['job/line\nbreak.txt', 'control characters in path'],
    ['job/del\u007f.txt', 'control characters in path'],
    ['job/file.txt:stream', 'colon in path'],
    ['job/a:b/c.txt', 'colon in path'],
    ['job//step.txt', 'empty or "." segment'],
    ['./job/step.txt', 'empty or "." segment'],
    ['job/./step.txt', 'empty or "." segment'],
    ['job/.', 'empty or "." segment'],
    ['CON', 'Windows device name'],
    ['job/nul.txt', 'Windows device name'],
    ['job/Aux.log', 'Windows device name'],
    ['prn/step.txt', 'Windows device name'],
    ['job/com1', 'Windows device name'],
    ['job/COM9.txt', 'Windows device name'],
    ['job/lpt¹.txt', 'Windows device name'],
    ['job/com².txt', 'Windows device name'],
    ['job/LPT³', 'Windows device name'],
    ['job/con.tar.gz', 'Windows device name'],
    // A directory entry's trailing slash is cut before the segments are checked, not replaced.
    ['job/./', 'empty or "." segment'],
    ['job/nul/', 'Windows device name']
  ])('refuses %j: %s', (name, reason) => {
    expect(unsafeEntryReason(name)).toBe(reason)
  })

  it.each([
    'job/1_Set up job.txt',
    'job name with spaces/2_Run npm test.txt',
    'job/', // a directory entry: the trailing slash is not an empty segment
    'job/sub/',
    'job/~tilde and ~ space.txt', // 0x7e and 0x20 border the control ranges
    'job/é ü ✓.txt',
    'job/..hidden', // starts with two dots but is no ".." segment
    'job/...',
    '.github/x.txt',
    'job/console.txt', // device names only as the whole name or before a dot
    'job/com.txt',
    'job/com10.txt',
    'job/xnul.txt',
    'job/nul_.txt',
    'job/auxiliary',
    'job/lpt'
  ])('accepts %j', name => {
    expect(unsafeEntryReason(name)).toBeUndefined()
  })
})

describe('resolveInside', () => {
  const root = path.resolve('/tmp/runctl-root')

  it('joins a relative path under the root', () => {
    expect(resolveInside(root, 'job/step.txt')).toBe(path.join(root, 'job', 'step.txt'))
    expect(resolveInside(root, '..hidden')).toBe(path.join(root, '..hidden'))
    expect(resolveInside(root, 'job/..x/y')).toBe(path.join(root, 'job', '..x', 'y'))
  })

  it.each(['', '.', '..', '../x', 'job/../..', 'job/../../x', '../runctl-root-sibling/x'])(
    'refuses %j, which is the root itself or outside it',
    relative => {
      expect(resolveInside(root, relative)).toBeUndefined()
    }
  )

  it('lands a leading slash under the root too (it is split into segments, not resolved)', () => {
    expect(resolveInside(root, '/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'))
  })
})

describe('safeFileName', () => {
  it.each([
    ['build', 'build'],
    ['Build (ubuntu-latest, 20.x)', 'Build_ubuntu-latest_20.x_'],
    ['a  //  b', 'a_b'],
    ['a/b\\c', 'a_b_c'],
    ['..hidden', 'hidden'],
    ['._x', 'x'],
    ['_.-x', '-x'],
    ['-dash', '-dash'],
    ['x..', 'x..'],
    ['ünïcode', 'n_code'],
    ['', 'job'],
    ['...', 'job'],
    ['///', 'job'],
    ['__init__', 'init__']
  ])('%j -> %j', (text, expected) => {
    expect(safeFileName(text)).toBe(expected)
  })

  it('bounds the length: 80 by default, or as asked', () => {
    expect(safeFileName('a'.repeat(200))).toBe('a'.repeat(80))
    expect(safeFileName('a'.repeat(80))).toBe('a'.repeat(80))
    expect(safeFileName('abcdefgh', 5)).toBe('abcde')
    expect(safeFileName(`..${'b'.repeat(100)}`)).toBe('b'.repeat(80))
  })
})
