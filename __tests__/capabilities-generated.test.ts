/**
 * The generated capability table is current. Its own file because it reads the source as text,
 * which Stryker's sandbox changes (it prepends `// @ts-nocheck`): jest.stryker.config.js leaves
 * this file out.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { OUTPUT, generate } from '../scripts/capabilities.js'

describe('the generated table', () => {
  it('is what scripts/capabilities.ts generates from @octokit/openapi and the seeds', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generate())
  })
})
