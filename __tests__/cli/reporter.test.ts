import { describe, expect, it } from '@jest/globals'
import { CliReporter, elapsedText } from '../../src/cli/reporter.js'
import * as log from '../../src/step-log.js'
import { commandsExecuted } from '../logs/runner-emulator.js'

function sink(isTTY = false) {
  const chunks: string[] = []
  return {
    chunks,
    write: (text: string) => chunks.push(text),
    isTTY,
    columns: 40,
    text: () => chunks.join('')
  }
}

describe('the CLI reporter', () => {
  it('writes one plain line per state with the time since the start', () => {
    const stderr = sink()
    let now = 1_000
    const reporter = new CliReporter({ stderr, now: () => now })
    reporter.info('Run 1 is queued.')
    now += 65_000
    reporter.info('Run 1 is in_progress.\n  job "a": queued')
    reporter.annotate('warning', 'careful', { title: 'T' })
    reporter.debug('hidden')
    expect(stderr.text()).toBe(
      '[0s] Run 1 is queued.\n[1m05s] Run 1 is in_progress.\n    job "a": queued\nwarning: T: careful\n'
    )
  })

  it('shows debug lines with verbose', () => {
    const stderr = sink()
    new CliReporter({ stderr, now: () => 0, verbose: true }).debug('x')
    expect(stderr.text()).toBe('[0s] debug: x\n')
  })

  it('issues no workflow command, whatever the text, and masks secrets', () => {
    const stderr = sink()
    const reporter = new CliReporter({ stderr, now: () => 0 })
    const previous = log.setReporter(reporter)
    try {
      log.secret('s3cr3t-url')
      log.info('::error::x s3cr3t-url')
      log.warning('##[error]y')
      log.startGroup('::group::g')
      log.echoVerbatim('tail', ['::add-mask::z', '::stop-commands::t', '\u001b[2K::error::w'])
      log.setFailed('::error::failed')
    } finally {
      log.setReporter(previous)
    }
    const text = stderr.text()
    expect(commandsExecuted(text)).toEqual([])
    expect(text).not.toContain('s3cr3t-url')
    expect(text).toContain('***')
    expect(reporter.failure).toBe('\\::error::failed')
  })

  it('on a terminal, draws a live status line and clears it before each line', () => {
    const stderr = sink(true)
    const ticks: Array<() => void> = []
    let now = 0
    const reporter = new CliReporter({
      stderr,
      now: () => now,
      setInterval: tick => {
        ticks.push(tick)
        return {}
      },
      clearInterval: () => undefined
    })
    reporter.start('wait-for-run')
    reporter.info('Run 1 is queued.')
    now = 3_000
    ticks[0]?.()
    reporter.stop()
    expect(stderr.chunks).toEqual([
      '\r\x1b[2K… 0s  wait-for-run',
      '\r\x1b[2K',
      '[0s] Run 1 is queued.\n',
      '\r\x1b[2K… 0s  Run 1 is queued.',
      '\r\x1b[2K… 3s  Run 1 is queued.',
      '\r\x1b[2K'
    ])
  })

  it('writes no status line where stderr is not a terminal', () => {
    const stderr = sink(false)
    const reporter = new CliReporter({ stderr, now: () => 0 })
    reporter.start('x')
    reporter.info('a')
    reporter.stop()
    expect(stderr.text()).toBe('[0s] a\n')
  })

  it('formats elapsed time compactly', () => {
    expect(elapsedText(0)).toBe('0s')
    expect(elapsedText(59_999)).toBe('59s')
    expect(elapsedText(60_000)).toBe('1m00s')
    expect(elapsedText(3_723_000)).toBe('1h02m03s')
  })
})
