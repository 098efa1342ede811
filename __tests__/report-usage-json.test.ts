import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { writeJsonFile } from '../src/operations/report-usage.js'
import { count } from '../src/presenters/report-usage.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'runctl-usage-json-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('writeJsonFile (the usage file, written an element at a time)', () => {
  it('writes exactly what JSON.stringify(value, null, 2) and a newline would', async () => {
    let written = 0
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 }),
        fc.array(fc.jsonValue(), { maxLength: 30 }),
        async (report, jobs) => {
          const value = { ...report, jobs, missing: undefined }
          const file = path.join(dir, `usage-${++written}.json`)
          await writeJsonFile(file, value)
          expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`)
        }
      ),
      { numRuns: 100 }
    )
  })

  it('never writes through a link, or over a file, already at its path', async () => {
    const outside = path.join(dir, 'outside.txt')
    writeFileSync(outside, 'untouched')
    const link = path.join(dir, 'usage-link.json')
    symlinkSync(outside, link)
    await expect(writeJsonFile(link, { a: 1 })).rejects.toThrow(/EEXIST|ELOOP/)
    expect(readFileSync(outside, 'utf8')).toBe('untouched')
    await expect(writeJsonFile(outside, { a: 1 })).rejects.toThrow(/EEXIST/)
    expect(readFileSync(outside, 'utf8')).toBe('untouched')
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
