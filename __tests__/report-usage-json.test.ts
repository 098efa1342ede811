import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { writeJsonFile } from '../src/usage/usage-file.js'
import { count } from '../src/presenters/report-usage.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'runctl-usage-json-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('writeJsonFile (the usage file, written an element at a time)', () => {
  it('writes exactly what JSON.stringify(value, null, 2) and a newline would', async () => {
    const file = path.join(dir, 'usage.json')
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 }),
        fc.array(fc.jsonValue(), { maxLength: 30 }),
        async (report, jobs) => {
          const value = { ...report, jobs, missing: undefined }
          await writeJsonFile(file, value)
          expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`)
        }
      ),
      { numRuns: 100 }
    )
  })

  it('replaces a link already at the usage file name, never writing where it points', async () => {
    const outside = path.join(dir, 'outside.txt')
    writeFileSync(outside, 'precious\n')
    const file = path.join(dir, 'linked-usage.json')
    symlinkSync(outside, file)

    await writeJsonFile(file, { jobs: [1] })

    expect(readFileSync(outside, 'utf8')).toBe('precious\n')
    expect(lstatSync(file).isSymbolicLink()).toBe(false)
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify({ jobs: [1] }, null, 2)}\n`)
  })
})

describe('count (thousands separators without Intl)', () => {
  it('groups like toLocaleString("en-US") for whole numbers', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), n => {
        expect(count(n)).toBe(n.toLocaleString('en-US'))
      })
    )
  })
})
