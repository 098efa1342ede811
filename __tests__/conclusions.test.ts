import { describe, expect, it } from '@jest/globals'
import { conclusionIcon, isFailed, isRerunnable } from '../src/conclusions.js'

describe('one meaning of "failed"', () => {
  it('a cancelled job did not fail, but GitHub re-runs it with the failed ones', () => {
    const cancelled = { status: 'completed', conclusion: 'cancelled' }
    expect(isFailed(cancelled)).toBe(false)
    expect(isRerunnable(cancelled)).toBe(true)
    expect(conclusionIcon('cancelled')).toBe('🚫')
  })

  it.each(['failure', 'timed_out', 'startup_failure'])(
    '%s is failed and re-runnable',
    conclusion => {
      expect(isFailed({ conclusion })).toBe(true)
      expect(isRerunnable({ status: 'completed', conclusion })).toBe(true)
      expect(conclusionIcon(conclusion)).toBe('❌')
    }
  )

  it.each(['success', 'skipped', 'neutral', null])('%s is neither', conclusion => {
    expect(isFailed({ conclusion })).toBe(false)
    expect(isRerunnable({ status: 'completed', conclusion })).toBe(false)
  })

  it('a job still running is not re-runnable yet', () => {
    expect(isRerunnable({ status: 'in_progress', conclusion: null })).toBe(false)
  })
})
