/**
 * run(): the token is masked before anything else is printed, whatever happens next; a bad input
 * fails the step in one sentence without echoing the token.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { run } from '../src/main.js'
import { RUNNER_DEFAULTS, withInputs } from './helpers/env.js'

let restore: () => void = () => {}
afterEach(() => {
  restore()
  process.exitCode = undefined
})

async function printedBy(inputs: Record<string, string>): Promise<string[]> {
  restore = withInputs({ ...RUNNER_DEFAULTS, ...inputs })
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    await run({ env: {} })
    return out.mock.calls.map(call => String(call[0]))
  } finally {
    out.mockRestore()
  }
}

describe('run', () => {
  it('masks the token first, even when an input is bad', async () => {
    const printed = await printedBy({ token: 'ghs_maskMe123', operation: 'no-such-operation' })
    expect(printed[0]).toBe('::add-mask::ghs_maskMe123\n')
    const errors = printed.filter(line => line.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^::error::Input 'operation' must be one of: /)
    expect(printed.slice(1).join('')).not.toContain('ghs_maskMe123')
  })
})
