/**
 * A programming error (TypeError, RangeError, ReferenceError…) is never temporary: it ends the
 * step at once with "runctl hit an internal error …, please report it" and its stack in the
 * debug log, never "failed for now … will poll again" until the budget runs out. A network
 * failure that fetch reports as `TypeError: fetch failed` is told by its cause and stays
 * temporary.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import nock from 'nock'
import { Deadline } from '../src/clock.js'
import { classify, describeError, isProgrammingError, isTransient } from '../src/github/errors.js'
import { describeFailure, run } from '../src/main.js'
import { PollSchedule, pollUntil } from '../src/poll-loop.js'
import { API, fakeClock, runFixture, testClient } from './helpers/client.js'
import { RUNNER_DEFAULTS, withInputs } from './helpers/env.js'

let restore: () => void = () => {}
afterEach(() => {
  restore()
  restore = () => {}
  nock.cleanAll()
  jest.restoreAllMocks()
  process.exitCode = undefined
})

function capture() {
  const printed: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    printed.push(String(chunk))
    return true
  })
  return printed
}

const fetchFailed = (code: string) =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) })

describe('the classifier tells a bug from a network failure', () => {
  it.each([
    ['TypeError', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['RangeError', new RangeError('Invalid time value')],
    ['ReferenceError', new ReferenceError('job is not defined')],
    ['TypeError with an unrelated cause', new TypeError('x', { cause: new Error('y') })]
  ])('a %s is internal and never temporary', (_name, error) => {
    expect(classify(error)).toBe('internal')
    expect(isTransient(error)).toBe(false)
    expect(isProgrammingError(error)).toBe(true)
  })

  it.each(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'EAI_AGAIN'])(
    "fetch's 'TypeError: fetch failed' caused by %s is temporary",
    code => {
      expect(classify(fetchFailed(code))).toBe('temporary')
      expect(isTransient(fetchFailed(code))).toBe(true)
      expect(isProgrammingError(fetchFailed(code))).toBe(false)
    }
  )

  it('a timeout (AbortError, TimeoutError) is temporary', () => {
    expect(isTransient(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(true)
    expect(isTransient(new DOMException('timed out', 'TimeoutError'))).toBe(true)
  })

  it('says one sentence asking for a report, naming the error but not its stack', () => {
    const sentence = describeError(new TypeError('run.jobs is not iterable'))
    expect(sentence).toBe(
      "runctl hit an internal error (TypeError: run.jobs is not iterable), please report it with the step's debug log (the stack is there)."
    )
  })

  it('puts the stack in the debug log only', () => {
    const printed = capture()
    const error = new TypeError('run.jobs is not iterable')
    expect(describeFailure(error)).toMatch(/^runctl hit an internal error/)
    expect(printed.join('')).toMatch(/^::debug::The internal error's stack: TypeError: run\.jobs/)
  })
})

describe('a programming error inside a poll', () => {
  it('ends the poll loop at once instead of polling again', async () => {
    const printed = capture()
    const clock = fakeClock()
    let polls = 0
    const bug = new TypeError("Cannot read properties of undefined (reading 'status')")
    await expect(
      pollUntil(
        async () => {
          polls++
          throw bug
        },
        {
          clock,
          deadline: new Deadline(clock, 600),
          schedule: new PollSchedule(5000),
          label: 'Polling run 42'
        }
      )
    ).rejects.toBe(bug)
    expect(polls).toBe(1)
    expect(clock.slept).toEqual([])
    expect(printed.join('')).not.toContain('failed for now')
  })

  it('still polls through a network failure fetch reports as a TypeError', async () => {
    capture()
    const clock = fakeClock()
    let polls = 0
    const result = await pollUntil(
      async () => {
        if (++polls === 1) throw fetchFailed('ECONNRESET')
        return { done: true, value: 'ok' }
      },
      {
        clock,
        deadline: new Deadline(clock, 600),
        schedule: new PollSchedule(5000),
        label: 'Polling run 42'
      }
    )
    expect(result).toEqual({ done: true, value: 'ok' })
    expect(polls).toBe(2)
  })
})

describe('a programming error inside a write', () => {
  it('is thrown at once: no check, no resend', async () => {
    capture()
    const bug = new RangeError('Invalid time value')
    let sent = 0
    let checked = 0
    await expect(
      testClient().mutate(
        'Cancelling run 42',
        async () => {
          sent++
          throw bug
        },
        async () => {
          checked++
          return false
        }
      )
    ).rejects.toBe(bug)
    expect({ sent, checked }).toEqual({ sent: 1, checked: 0 })
  })
})

describe('run() on a programming error', () => {
  it('fails the step in the one internal-error sentence, the stack only in the debug log', async () => {
    restore = withInputs({
      ...RUNNER_DEFAULTS,
      'github-api-url': API,
      operation: 'wait-for-run',
      'run-id': '42'
    })
    nock(API)
      .get('/repos/octo/demo/actions/runs/42')
      .reply(200, runFixture({ id: 42, status: 'in_progress' }))
      .persist()
    const printed = capture()
    const clock = fakeClock()
    // A clock whose sleep is broken: a bug in runctl as far as the operation can tell.
    await run({
      env: {},
      clock: {
        now: clock.now,
        sleep: () => {
          throw new TypeError('sleep is not a function')
        }
      }
    })
    const errors = printed.filter(line => line.startsWith('::error::'))
    expect(errors).toEqual([
      "::error::runctl hit an internal error (TypeError: sleep is not a function), please report it with the step's debug log (the stack is there).\n"
    ])
    expect(printed.join('')).toContain("::debug::The internal error's stack: TypeError")
    expect(printed.join('')).not.toContain('failed for now')
    expect(process.exitCode).toBe(1)
  })
})
