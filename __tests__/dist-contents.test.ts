import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import * as path from 'node:path'

const DIST = path.join(import.meta.dirname, '..', 'dist')

describe('the shipped bundle', () => {
  it('reads no test-only variable: no RUNCTL_TEST string in any file of dist/ or dist/cli/', () => {
    const found = [DIST, path.join(DIST, 'cli')].flatMap(directory =>
      readdirSync(directory)
        .filter(name => name.endsWith('.js'))
        .map(name => path.join(directory, name))
        .filter(file => readFileSync(file, 'utf8').includes('RUNCTL_TEST'))
    )
    expect(found).toEqual([])
  })
})
