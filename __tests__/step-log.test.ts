import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import fc from 'fast-check'
import { spawnSync } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import * as log from '../src/step-log.js'
import { commandsExecuted } from './logs/runner-emulator.js'

/** Names a fork pull request can give a job, step or environment, and other API text. */
const HOSTILE_TEXTS = [
  'x ##[error]pwned',
  'lint ##[stop-commands]zz',
  '##[add-mask]secret',
  'a ##[set-output name=x]y',
  'x ##[ERROR]upper case',
  '::error::x',
  '::add-mask::',
  '::add-mask::not-a-secret',
  '  ::warning file=a::indented',
  '::stop-commands::zz',
  '::STOP-COMMANDS::zz',
  '::stop-commands::',
  'x%0A::error::encoded newline',
  'x\n::error::after LF',
  'x\r::error::after a lone CR',
  'x\r\n##[error]after CRLF',
  'x\u0085::error::after NEL',
  '\u200b::error::behind a zero-width space',
  '#\u200b#[error]zero-width inside the prefix',
  '\u001b[2K::error::behind an ANSI escape',
  '::endgroup::',
  '::group::fake'
]

const ROOT = join(import.meta.dirname, '..')

let stdout: string[]
beforeEach(() => {
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.exitCode = undefined
})

function printed(): string {
  return stdout.join('')
}

/** Every printer, and the one command of its own it may issue. */
const PRINTERS: Array<{ name: string; print: (text: string) => void; own: string[] }> = [
  { name: 'info', print: log.info, own: [] },
  { name: 'debug', print: log.debug, own: ['debug'] },
  { name: 'notice', print: text => log.notice(text), own: ['notice'] },
  { name: 'warning', print: text => log.warning(text), own: ['warning'] },
  { name: 'error', print: text => log.error(text), own: ['error'] },
  { name: 'error with a title', print: text => log.error(text, { title: text }), own: ['error'] },
  { name: 'setFailed', print: log.setFailed, own: ['error'] },
  {
    name: 'group',
    print: text => {
      log.startGroup(text)
      log.endGroup()
    },
    own: ['group', 'endgroup']
  },
  { name: 'info of inertLine', print: text => log.info(`Job ${log.inertLine(text)}: ok`), own: [] },
  {
    name: 'echoVerbatim',
    print: text => log.echoVerbatim(text, [text, text]),
    own: ['group', 'endgroup']
  }
]

describe('step log printers', () => {
  it.each(PRINTERS)(
    '$name: hostile API text executes nothing, and our own ::error:: still works after it',
    ({ print, own }) => {
      for (const text of HOSTILE_TEXTS) print(text)
      core.error('runctl own error')
      const executed = commandsExecuted(printed())
      expect(executed.map(command => command.name)).toEqual([
        ...HOSTILE_TEXTS.flatMap(() => own),
        'error'
      ])
      expect(executed.at(-1)).toEqual({ name: 'error', data: 'runctl own error' })
    }
  )

  it('the emulator bites: the same texts printed raw execute commands', () => {
    for (const text of HOSTILE_TEXTS.filter(text => !/stop-commands/i.test(text))) core.info(text)
    const executed = commandsExecuted(printed()).map(command => command.name)
    expect(executed).toEqual(expect.arrayContaining(['error', 'add-mask', 'warning', 'set-output']))
  })

  it('the emulator bites: a raw legacy stop-commands in a name silences our own ::error::', () => {
    core.info('lint ##[stop-commands]zz')
    core.error('runctl own error')
    expect(commandsExecuted(printed())).toEqual([])
  })

  it('the emulator finds the legacy form anywhere in a line, and inside an annotation it is data', () => {
    expect(commandsExecuted('x ##[error]pwned')).toEqual([{ name: 'error', data: 'pwned' }])
    expect(commandsExecuted('lint ##[stop-commands]zz\n::error::ours')).toEqual([])
    expect(commandsExecuted('::warning::x ##[error]pwned')).toEqual([
      { name: 'warning', data: 'x ##[error]pwned' }
    ])
    expect(commandsExecuted('::unknown::x ##[error]pwned')).toEqual([
      { name: 'error', data: 'pwned' }
    ])
  })

  it('keeps ordinary text as it is, and hostile text readable', () => {
    const ordinary = 'Run 42 is completed (success): build (ubuntu, node 24) › Run tests 100%'
    expect(log.inert(ordinary)).toBe(ordinary)
    expect(log.inertLine(ordinary)).toBe(ordinary)
    expect(log.inert('x ##[error]pwned')).toBe('x ##\\[error]pwned')
    expect(log.inert('::error::x')).toBe('\\::error::x')
    expect(log.inert('a\r\n::add-mask::b')).toBe('a\n\\::add-mask::b')
    expect(log.inertLine('main\n::error::x')).toBe('main⏎::error::x')
    expect(log.inert('\u001b[31mred')).toBe('\ufffd[31mred')
  })

  it('property: any text through any printer executes none of its commands', () => {
    const fragments = fc.constantFrom(
      '::',
      ':',
      '##[',
      '#',
      '[',
      ']',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0085',
      '\u200b',
      '\u00ad',
      '\u0000',
      '%0A',
      '%25',
      'error',
      'stop-commands',
      'add-mask',
      'zz',
      'x'
    )
    const hostile = fc.array(fragments, { maxLength: 24 }).map(parts => parts.join(''))
    const anyText = fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 80 }))
    fc.assert(
      fc.property(fc.constantFrom(...PRINTERS), anyText, (printer, text) => {
        stdout = []
        printer.print(text)
        core.error('runctl own error')
        const names = commandsExecuted(printed()).map(command => command.name)
        expect(names).toEqual([...printer.own, 'error'])
      }),
      { numRuns: 3000 }
    )
  })
})

describe('echoVerbatim', () => {
  const HOSTILE_LOG = [
    'npm test',
    '::add-mask::not-a-secret-but-now-masked',
    '::error file=app.js,line=1::Injected annotation',
    '##[error]Legacy-syntax injected annotation',
    '::stop-commands::attacker-token',
    '::attacker-token::',
    '::set-output name=x::y',
    'carriage\r::warning::after a lone CR',
    '::endgroup::',
    '##[error]Process completed with exit code 1.'
  ]

  it('prints hostile log lines verbatim so the runner executes none of them', () => {
    log.echoVerbatim('❌ build › Run tests', HOSTILE_LOG)
    const output = printed()
    for (const line of HOSTILE_LOG) expect(output).toContain(line)
    // Only our own group start/end are commands; the log's lines are all inert.
    expect(commandsExecuted(output)).toEqual([
      { name: 'group', data: '❌ build › Run tests' },
      { name: 'endgroup', data: '' }
    ])
  })

  it('would let the runner execute them without the stop-commands wrapper (the emulator bites)', () => {
    const executed = commandsExecuted(HOSTILE_LOG.join('\n')).map(command => command.name)
    expect(executed).toEqual(expect.arrayContaining(['add-mask', 'error', 'set-output', 'warning']))
  })

  it('uses a fresh random token each time, never one from the text', () => {
    log.echoVerbatim('a', ['x'])
    log.echoVerbatim('b', ['x'])
    const tokens = printed()
      .split('\n')
      .filter(line => line.startsWith('::stop-commands::'))
      .map(line => line.slice('::stop-commands::'.length))
    expect(tokens).toHaveLength(2)
    expect(tokens[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(tokens[0]).not.toBe(tokens[1])
  })

  it('never takes a token the text contains, in any casing', () => {
    const tokens = ['c0ffee', 'beef', 'f00d']
    const token = log.stopToken('log line ::C0FFEE:: and ::Beef::', () => tokens.shift() ?? '')
    expect(token).toBe('f00d')
  })

  it('keeps a hostile group title on one line', () => {
    log.echoVerbatim('job\n::add-mask::x', ['ok'])
    expect(commandsExecuted(printed()).map(command => command.name)).toEqual(['group', 'endgroup'])
  })
})

describe('failOnStrayErrors', () => {
  it('turns a stray rejection into one neutralised error and exit code 1, not a raw dump', () => {
    const script = [
      "import { failOnStrayErrors, setReporter } from './src/step-log.ts'",
      "import { actionsReporter } from './src/action/reporter.ts'",
      // As the bundle's entry (src/index.ts) does.
      'setReporter(actionsReporter)',
      'failOnStrayErrors(error => (error instanceof Error ? error.message : String(error)))',
      "Promise.reject(new Error('GitHub said x ##[stop-commands]zz'))",
      "setTimeout(() => process.stdout.write('::error::runctl own error\\n'), 50)"
    ].join('\n')
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: ROOT,
        encoding: 'utf8'
      }
    )
    const output = `${child.stdout}\n${child.stderr}`
    expect(child.status).toBe(1)
    expect(child.stderr).not.toContain('stop-commands')
    expect(commandsExecuted(output)).toEqual([
      { name: 'error', data: 'GitHub said x ##\\[stop-commands]zz' },
      { name: 'error', data: 'runctl own error' }
    ])
  })
})

/** A process whose outputs and exit the test controls (the real one is jest's). */
function fakeProcess() {
  const handlers = new Map<string, (error: unknown) => void>()
  const exits: number[] = []
  const proc = {
    stdout: new EventEmitter(),
    stderr: new EventEmitter(),
    exitCode: undefined as number | string | null | undefined,
    on(event: string, listener: (error: unknown) => void) {
      handlers.set(event, listener)
      return proc
    },
    exit(code: number) {
      exits.push(code)
    }
  }
  const raise = (event: 'uncaughtException' | 'unhandledRejection', error: unknown) =>
    handlers.get(event)?.(error)
  return { proc, exits, raise }
}

const epipe = () => Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' })

describe('failOnStrayErrors when an output closes early (in process)', () => {
  it.each(['stdout', 'stderr'] as const)(
    'ends the process at once with exit code 1 when %s fails (EPIPE), writing nothing',
    output => {
      const { proc, exits } = fakeProcess()
      log.failOnStrayErrors(String, proc)

      proc[output].emit('error', epipe())

      expect(exits).toEqual([1])
      expect(stdout).toEqual([])
    }
  )

  it('ends at once, without reporting, for a stray EPIPE or a write to a destroyed stream', () => {
    const { proc, exits, raise } = fakeProcess()
    log.failOnStrayErrors(String, proc)

    raise('uncaughtException', epipe())
    raise('unhandledRejection', Object.assign(new Error('x'), { code: 'ERR_STREAM_DESTROYED' }))

    expect(exits).toEqual([1, 1])
    expect(stdout).toEqual([])
  })

  it('ends at once when reporting the error itself fails, instead of raising again', () => {
    const { proc, exits, raise } = fakeProcess()
    jest.spyOn(process.stdout, 'write').mockImplementation(() => {
      throw epipe()
    })
    log.failOnStrayErrors(() => 'GitHub said x', proc)

    raise('uncaughtException', new Error('stray'))

    expect(exits).toEqual([1])
  })

  it('still reports an ordinary stray error in one sentence and goes on to exit code 1', () => {
    const { proc, exits, raise } = fakeProcess()
    log.failOnStrayErrors(error => `said: ${(error as Error).message}`, proc)

    raise('unhandledRejection', new Error('stray'))

    expect(exits).toEqual([])
    expect(proc.exitCode).toBe(1)
    expect(commandsExecuted(stdout.join(''))).toEqual([{ name: 'error', data: 'said: stray' }])
  })
})
