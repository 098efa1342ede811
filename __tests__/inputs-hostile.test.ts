import { afterEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { spawnSync } from 'node:child_process'
import * as os from 'node:os'
import { Inputs, OPERATIONS, type Operation } from '../src/constants.js'
import { getSettings, InputError } from '../src/inputs.js'
import type { Settings } from '../src/settings.js'
import { RUNNER_DEFAULTS, withInputs } from './helpers/env.js'

let restore: () => void = () => {}
afterEach(() => restore())

const INPUT_NAMES: string[] = Object.values(Inputs)

/** The settings, or the InputError's message; anything else thrown fails the test. */
function parse(inputs: Record<string, string>): Settings | string {
  restore()
  restore = withInputs({ ...RUNNER_DEFAULTS, ...inputs })
  try {
    return getSettings({})
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return error.message
  }
}

function errorFor(inputs: Record<string, string>): string {
  const result = parse(inputs)
  if (typeof result !== 'string') throw new Error('expected an input error')
  return result
}

/** One sentence naming a real input; never the user's text on a line of its own. */
function expectOneSentenceNamingAnInput(message: string): void {
  expect(message).toMatch(/^Input '[a-z-]+' [^\r\n]*\.$/)
  expect(INPUT_NAMES).toContain(/^Input '([a-z-]+)'/.exec(message)?.[1])
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

describe('inputs that name one thing cannot carry a newline (echoed, it could run a command)', () => {
  it.each([
    ['branch', 'main\n::error::x', { operation: 'wait-for-run', workflow: 'ci.yml' }],
    ['branch', 'main\r##[error]x', { operation: 'cancel', workflow: 'ci.yml' }],
    ['branch', 'main\n::error::x', { operation: 'report-usage', workflow: 'ci.yml' }],
    ['event', 'push\n::error::x', { operation: 'wait-for-run', workflow: 'ci.yml' }],
    ['created', '>=2026-01-01\n::error::x', { operation: 'report-usage', workflow: 'ci.yml' }],
    ['log-dir', '/tmp/logs\n::error::x', { operation: 'fetch-logs', 'run-id': '1' }],
    // The URL parser would drop the newline and accept what is left.
    [
      'github-api-url',
      'https://api.github.com/x\n::error::x',
      { operation: 'cancel', 'run-id': '1' }
    ],
    ['token', 'ghs_abc\n::add-mask::x', { operation: 'cancel', 'run-id': '1' }],
    ['ref', 'main\n::error::x', { operation: 'dispatch', workflow: 'ci.yml' }]
  ])('%s with a newline is refused in one sentence naming it', (name, value, others) => {
    const message = errorFor({ ...others, [name]: value })
    expect(message).toMatch(new RegExp(`^Input '${name}' `))
    expectOneSentenceNamingAnInput(message)
    expect(message).not.toContain('::error::x')
    expect(message).not.toContain('ghs_abc')
  })

  it('accepts every branch name git accepts, and refuses what git refuses', () => {
    const filter = (branch: string) =>
      parse({ operation: 'wait-for-run', workflow: 'ci.yml', branch })
    for (const branch of [
      'main',
      'feature/x-1',
      'release/v1.2',
      'fix_#12',
      'ünïcode',
      'a@b',
      'x.y',
      '@'
    ]) {
      expect(filter(branch)).toMatchObject({ target: { filter: { branch } } })
    }
    for (const branch of [
      'a b',
      'a..b',
      'a~1',
      'a^',
      'a:b',
      'a?',
      'a*',
      'x ##[error]pwned',
      'a\\b',
      'a@{1}',
      'HEAD',
      '-x',
      '/a',
      'a/',
      'a//b',
      'a.',
      '.a',
      'a/.b',
      'a.lock',
      'a\tb'
    ]) {
      expect(filter(branch)).toMatch(/^Input 'branch' must be a git branch name/)
    }
  })

  it('accepts a branch name exactly when `git check-ref-format --branch` does', () => {
    // Names built from the pieces git's rules are about, and any text between them.
    const piece = fc.oneof(
      fc.constantFrom(
        ...['/', '.', '..', '@', '{', '}', '@{', '~', '^', ':', '?', '*', '[', ']', '\\', ' '],
        ...['\t', '\n', '\r', '\u007f', '\u0085', '\u200b', '-', 'HEAD', '.lock', 'lock'],
        ...['main', 'a', 'ü', '#', '_', '+', ',', '=', '!', '%0A', '::', '##[']
      ),
      fc.string({ maxLength: 3 }),
      fc.string({ maxLength: 2, unit: 'grapheme' })
    )
    const seed = Date.now() ^ Math.floor(Math.random() * 0x7fffffff)
    const names = [
      ...new Set(
        fc
          .sample(fc.array(piece, { minLength: 1, maxLength: 6 }), { numRuns: 600, seed })
          .map(parts => parts.join('').trim())
          // The runner trims inputs, an empty one is not given, and argv cannot carry NUL.
          .filter(name => name !== '' && !name.includes('\u0000'))
      )
    ]
    const gitAccepts = gitCheckRefFormatBranch(names)
    const ours = (branch: string) =>
      typeof parse({ operation: 'wait-for-run', workflow: 'ci.yml', branch }) !== 'string'
    // One rule of ours on top of git's: no C1 control character (the runner splits on U+0085).
    const C1 = /[\u0080-\u009f]/
    const disagreements = names
      .map((name, i) => ({ name, git: gitAccepts[i] === true && !C1.test(name), ours: ours(name) }))
      .filter(verdict => verdict.git !== verdict.ours)
    expect({ seed, disagreements }).toEqual({ seed, disagreements: [] })
    // Both verdicts are well represented, or the sample proves little.
    expect(gitAccepts.filter(Boolean).length).toBeGreaterThan(50)
    expect(gitAccepts.filter(accepted => !accepted).length).toBeGreaterThan(50)
  })

  it('accepts the event names and date filters GitHub documents', () => {
    for (const event of ['push', 'pull_request_target', 'workflow_dispatch']) {
      expect(parse({ operation: 'wait-for-run', workflow: 'ci.yml', event })).toMatchObject({
        target: { filter: { event } }
      })
    }
    for (const created of [
      '2026-01-01',
      '>=2026-01-01',
      '<2026-01-01T10:00:00Z',
      '2026-01-01..2026-01-31',
      '*..2026-01-31',
      '2026-01-01T00:00:00+02:00..*'
    ]) {
      expect(parse({ operation: 'report-usage', workflow: 'ci.yml', created })).toMatchObject({
        scope: { created }
      })
    }
  })
})

/** Valid sets of inputs for each operation; one without is parsed from nothing but defaults. */
const BASELINES: Partial<Record<Operation, Array<Record<string, string>>>> = {
  'wait-for-run': [{ 'run-id': '42' }, { workflow: 'ci.yml' }],
  cancel: [{ 'run-id': '42' }, { workflow: 'ci.yml' }],
  'rerun-failed': [{ 'run-id': '42' }],
  'fetch-logs': [{ 'run-id': '42' }],
  'approve-deployment': [{ 'run-id': '42', environments: 'production' }],
  'report-usage': [{ 'run-id': '42' }, { workflow: 'ci.yml' }],
  dispatch: [
    { workflow: 'ci.yml', ref: 'main' },
    { workflow: 'ci.yml', ref: 'v1.2', wait: 'true' }
  ]
}

const hostileText = fc
  .array(
    fc.constantFrom(
      '::',
      '##[',
      ']',
      '\n',
      '\r',
      ' ',
      '\t',
      '\u0085',
      '\u200b',
      '%0A',
      'error',
      'stop-commands',
      'main',
      '42',
      '.',
      '/',
      '@{',
      '..',
      ','
    ),
    { maxLength: 12 }
  )
  .map(parts => parts.join(''))

const plausible = fc.constantFrom(
  '',
  ' ',
  '0',
  '-1',
  '1e3',
  '0.5',
  '9007199254740993',
  'NaN',
  'Infinity',
  'true',
  'false',
  'True',
  'main',
  'ci.yml',
  '2026-01-01',
  'success',
  'approve',
  'reject',
  'fork-pr',
  'environments',
  'protection-rule',
  '__proto__',
  'constructor',
  ...OPERATIONS
)

const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  hostileText,
  plausible,
  fc.integer().map(String)
)

describe('property: any string for any input', () => {
  it('yields typed settings or one sentence naming an input, never another exception', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPERATIONS),
        fc.nat(),
        fc.dictionary(fc.constantFrom(...INPUT_NAMES), anyValue, { maxKeys: 3 }),
        (operation, pick, overrides) => {
          const baselines = BASELINES[operation] ?? [{}]
          const baseline = baselines[pick % baselines.length]
          const result = parse({ operation, ...baseline, ...overrides })
          if (typeof result === 'string') {
            expectOneSentenceNamingAnInput(result)
            expect(result).not.toContain(RUNNER_DEFAULTS.token)
            const token = overrides['token']?.trim()
            // (a word like an operation name may appear in a message for its own sake)
            if (token && token.length >= 6 && !/^[a-z-]+$/.test(token)) {
              expect(result).not.toContain(token)
            }
            return
          }
          expect(OPERATIONS).toContain(result.operation)
          // What names one thing reached the settings on one line, so it can be echoed safely.
          for (const value of [result.token, result.apiUrl, result.owner, result.repo]) {
            expect(value).not.toMatch(CONTROL)
          }
          if ('logDir' in result) expect(result.logDir).not.toMatch(CONTROL)
          if ('ref' in result) expect(result.ref).not.toMatch(CONTROL)
          if (
            'target' in result &&
            typeof result.target === 'object' &&
            result.target.kind === 'filter'
          ) {
            const { branch, event, workflow, headSha } = result.target.filter
            for (const value of [branch, event, workflow, headSha]) {
              expect(value ?? '').not.toMatch(CONTROL)
            }
          }
          if ('scope' in result && result.scope.kind === 'runs') {
            expect(result.scope.branch ?? '').not.toMatch(CONTROL)
            expect(result.scope.created ?? '').not.toMatch(CONTROL)
          }
          for (const value of Object.values(result)) {
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true)
          }
        }
      ),
      { numRuns: 3000 }
    )
  })
})

/**
 * git's own verdict on each name, in one process: a shell loop over NUL-separated names (git
 * has no batch mode for check-ref-format), run outside any repository.
 */
function gitCheckRefFormatBranch(names: string[]): boolean[] {
  const script =
    'while IFS= read -r -d "" name; do git check-ref-format --branch "$name" >/dev/null 2>&1 && printf 1 || printf 0; done'
  const result = spawnSync('bash', ['-c', script], {
    input: names.map(name => `${name}\0`).join(''),
    cwd: os.tmpdir(),
    encoding: 'utf8'
  })
  if (result.status !== 0 || result.stdout.length !== names.length) {
    throw new Error(
      `git check-ref-format gave ${result.stdout.length} verdicts for ${names.length} names: ${result.stderr}`
    )
  }
  return [...result.stdout].map(verdict => verdict === '1')
}
