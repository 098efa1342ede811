import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { echoUntrusted } from '../../src/logs/echo.js'
import { commandsExecuted } from './runner-emulator.js'

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
})

describe('echoUntrusted', () => {
  it('prints hostile log lines so the runner executes none of them', () => {
    echoUntrusted('❌ build › Run tests', HOSTILE_LOG)
    const output = stdout.join('')
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
    echoUntrusted('a', ['x'])
    echoUntrusted('b', ['x'])
    const tokens = stdout
      .join('')
      .split('\n')
      .filter(line => line.startsWith('::stop-commands::'))
      .map(line => line.slice('::stop-commands::'.length))
    expect(tokens).toHaveLength(2)
    expect(tokens[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(tokens[0]).not.toBe(tokens[1])
  })

  it('keeps a hostile group title on one line', () => {
    echoUntrusted('job\n::add-mask::x', ['ok'])
    expect(commandsExecuted(stdout.join('')).map(command => command.name)).toEqual([
      'group',
      'endgroup'
    ])
  })
})
