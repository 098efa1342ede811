import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { once } from 'node:events'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import fc from 'fast-check'
import { LogScanner, MAX_DISPLAY_LINE, scanLog } from '../../src/logs/scan.js'

let dir: string
beforeEach(async () => {
  dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'runctl-scan-'))
})
afterEach(async () => {
  await fs.promises.rm(dir, { recursive: true, force: true })
})

async function logFile(text: string): Promise<string> {
  const file = path.join(dir, 'job.txt')
  await fs.promises.writeFile(file, text)
  return file
}

const JOB_LOG = [
  '\uFEFF2026-01-01T00:00:01.0000000Z ##[group]Runner Image',
  '2026-01-01T00:00:01.1000000Z Image: ubuntu-24.04',
  '2026-01-01T00:00:01.2000000Z ##[endgroup]',
  '2026-01-01T00:00:02.0000000Z ##[group]Run npm ci',
  '2026-01-01T00:00:02.1000000Z npm ci',
  '2026-01-01T00:00:02.2000000Z ##[endgroup]',
  '2026-01-01T00:00:03.0000000Z added 12 packages',
  '2026-01-01T00:00:04.0000000Z ##[group]Run npm test',
  '2026-01-01T00:00:04.1000000Z npm test',
  '2026-01-01T00:00:04.2000000Z ##[endgroup]',
  '2026-01-01T00:00:05.0000000Z FAIL src/app.test.ts',
  '2026-01-01T00:00:05.1000000Z   expected 1, got 2',
  '2026-01-01T00:00:05.2000000Z ##[error]Process completed with exit code 1.',
  '2026-01-01T00:00:06.0000000Z Post job cleanup.',
  ''
].join('\r\n')

describe('scanLog', () => {
  it('splits the job log on ##[group] and keeps the sections holding an ##[error]', async () => {
    const scan = await scanLog(await logFile(JOB_LOG), 3)
    expect(scan.failingSections).toEqual([
      {
        title: 'Run npm test',
        lines: [
          '  expected 1, got 2',
          '##[error]Process completed with exit code 1.',
          'Post job cleanup.'
        ]
      }
    ])
    expect(scan.tail).toEqual([
      '  expected 1, got 2',
      '##[error]Process completed with exit code 1.',
      'Post job cleanup.'
    ])
  })

  it('returns the whole log when it is shorter than the tail, timestamps and BOM removed', async () => {
    const scan = await scanLog(await logFile('2026-01-01T00:00:01Z one\ntwo'), 50)
    expect(scan.tail).toEqual(['one', 'two'])
    expect(scan.failingSections).toEqual([])
  })

  it('cuts a huge single line while reading, whatever its size', async () => {
    const file = path.join(dir, 'huge.txt')
    const stream = fs.createWriteStream(file)
    for (let i = 0; i < 64; i++) stream.write('x'.repeat(256 * 1024))
    stream.end('\nlast line\n')
    await once(stream, 'finish')
    const scan = await scanLog(file, 5)
    expect(scan.tail).toEqual(['x'.repeat(MAX_DISPLAY_LINE) + '…', 'last line'])
  })

  it('shows nothing with tail-lines 0', async () => {
    const scan = await scanLog(await logFile(JOB_LOG), 0)
    expect(scan.tail).toEqual([])
  })
})

describe('LogScanner fast path (pieces without markers are not split line by line)', () => {
  const line = fc.oneof(
    fc.constantFrom(
      '2026-01-01T00:00:01.0000000Z ##[group]Run npm test',
      '2026-01-01T00:00:02.0000000Z ##[endgroup]',
      '2026-01-01T00:00:03.0000000Z ##[error]Process completed with exit code 1.',
      '##[group]Run build',
      '#',
      '##',
      '',
      '\r',
      'é ünïcode ✓ 🚀'
    ),
    fc.string({ maxLength: 30 }),
    fc.string({ minLength: 2100, maxLength: 2300 })
  )

  it('finds the same tail and failing sections as looking at every line', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 120 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.integer({ min: 0, max: 6 }),
        (lines, endsWithNewline, cuts, tailLines) => {
          const bytes = Buffer.from(lines.join('\n') + (endsWithNewline ? '\n' : ''))
          const points = [...new Set(cuts.map(cut => cut % (bytes.length + 1)))].sort(
            (a, b) => a - b
          )
          const scan = (fastPath: boolean) => {
            const scanner = new LogScanner(tailLines, fastPath)
            let at = 0
            for (const point of [...points, bytes.length]) {
              scanner.write(bytes.subarray(at, point))
              at = point
            }
            return scanner.end()
          }
          expect(scan(true)).toEqual(scan(false))
        }
      ),
      { numRuns: 300 }
    )
  })
})
