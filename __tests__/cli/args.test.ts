import { describe, expect, it } from '@jest/globals'
import { parseArgs } from '../../src/cli/args.js'

function run(argv: string[]) {
  const parsed = parseArgs(argv)
  if (parsed.kind !== 'run') throw new Error(`not a run: ${parsed.kind}`)
  return parsed
}

describe('parseArgs', () => {
  it('reads the operation, --flag value and --flag=value', () => {
    const parsed = run(['wait-for-run', '--run-id', '12', '--timeout-seconds=60'])
    expect(parsed.operation).toBe('wait-for-run')
    expect(Object.fromEntries(parsed.values)).toEqual({ 'run-id': '12', 'timeout-seconds': '60' })
    expect(parsed.json).toBe(false)
  })

  it('maps the aliases gh users type to their inputs, remembering the spelling', () => {
    const parsed = run([
      'cancel',
      '--repo',
      'o/r',
      '--api-url',
      'https://x/api/v3',
      '--run-id',
      '1'
    ])
    expect(parsed.values.get('repository')).toBe('o/r')
    expect(parsed.values.get('github-api-url')).toBe('https://x/api/v3')
    expect(parsed.spelling.get('repository')).toBe('--repo')
  })

  it('takes true/false flags alone, with a value, or negated', () => {
    expect(run(['cancel', '--wait']).values.get('wait')).toBe('true')
    expect(run(['cancel', '--wait', 'false']).values.get('wait')).toBe('false')
    expect(run(['cancel', '--no-wait']).values.get('wait')).toBe('false')
    expect(run(['cancel', '--force', '--wait']).values.get('force')).toBe('true')
    // A bare true/false flag followed by the run's address leaves the address alone.
    const parsed = run(['cancel', '--wait', 'https://github.com/o/r/actions/runs/1'])
    expect(parsed.values.get('wait')).toBe('true')
    expect(parsed.runUrl).toBe('https://github.com/o/r/actions/runs/1')
  })

  it('joins a repeated flag one value per line (a list input)', () => {
    expect(run(['fetch-logs', '--jobs', 'a', '--jobs', 'b (x, y)']).values.get('jobs')).toBe(
      'a\nb (x, y)'
    )
  })

  it('reads --json and a run address anywhere', () => {
    const parsed = run(['--json', 'fetch-logs', 'https://github.com/o/r/actions/runs/5'])
    expect(parsed.json).toBe(true)
    expect(parsed.runUrl).toBe('https://github.com/o/r/actions/runs/5')
  })

  it('help and version', () => {
    expect(parseArgs([])).toEqual({ kind: 'help' })
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' })
    expect(parseArgs(['cancel', '--help'])).toEqual({ kind: 'help', operation: 'cancel' })
    expect(parseArgs(['-h', 'dispatch'])).toEqual({ kind: 'help', operation: 'dispatch' })
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' })
  })

  it('refuses bad usage with one sentence naming the flag', () => {
    expect(() => parseArgs(['wait-for-run', '--run-idd', '1'])).toThrow(
      'Unknown flag --run-idd (runctl --help lists the flags).'
    )
    expect(() => parseArgs(['wait-for-run', '--force'])).toThrow(
      '--force does not apply to wait-for-run (it is read by cancel).'
    )
    expect(() => parseArgs(['wait-for-run', '--run-id'])).toThrow('--run-id needs a value')
    expect(() => parseArgs(['wait-for-run', '--run-id', '--json'])).toThrow(
      '--run-id needs a value'
    )
    expect(() => parseArgs(['wait-for-runs'])).toThrow(/^Unknown operation 'wait-for-runs'/)
    expect(() => parseArgs(['cancel', 'a', 'b'])).toThrow(/^Unexpected argument 'b'/)
    expect(() => parseArgs(['cancel', '--no-wait=true'])).toThrow('--no-wait takes no value.')
    expect(() => parseArgs(['cancel', '--no-run-id'])).toThrow('Unknown flag --no-run-id')
  })

  it('never echoes control characters or a long value in a message', () => {
    expect(() => parseArgs(['x\u001b[2J::error::y'])).toThrow("Unknown operation 'x?[2J::error::y'")
    expect(() => parseArgs([`--${'a'.repeat(100)}`])).toThrow(/\.\.\. \(runctl --help/)
  })
})
