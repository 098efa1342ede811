import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import * as path from 'node:path'

const DIST = path.join(import.meta.dirname, '..', 'dist')

describe('the shipped bundle', () => {
  it('reads no test-only variable: no RUNCTL_TEST string in any file of dist/', () => {
    const found = readdirSync(DIST)
      .filter(name => name.endsWith('.js'))
      .filter(name => readFileSync(path.join(DIST, name), 'utf8').includes('RUNCTL_TEST'))
    expect(found).toEqual([])
  })
})
