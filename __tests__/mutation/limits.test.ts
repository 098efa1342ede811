/** src/logs/limits.ts: the byte cap lets exactly max-bytes through, and not one byte more. */
import { describe, expect, it } from '@jest/globals'
import { BudgetExceeded, ByteBudget } from '../../src/logs/limits.js'

describe('ByteBudget', () => {
  it('takes exactly maxBytes, then refuses the next byte in its sentence', () => {
    const budget = new ByteBudget(10, 'More than 10 bytes.')
    budget.take(4)
    budget.take(6)
    expect(budget.written).toBe(10)
    expect(() => budget.take(1)).toThrow(new BudgetExceeded('More than 10 bytes.'))
  })
})
