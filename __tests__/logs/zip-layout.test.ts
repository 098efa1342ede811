import { describe, expect, it } from '@jest/globals'
import type { Job } from '../../src/github/types.js'
import type { ArchiveEntry } from '../../src/logs/extract.js'
import { archiveJobName, mapArchiveToJobs } from '../../src/logs/zip-layout.js'
import { jobFixture } from '../helpers/client.js'

const entries = (names: string[]): ArchiveEntry[] =>
  names.map((name, index) => ({
    index,
    name,
    isDirectory: false,
    compressedSize: 1,
    declaredSize: 1
  }))
const job = (id: number, name: string) => jobFixture({ id, name }) as unknown as Job

describe('archive layout', () => {
  it('spells job names as the archive does', () => {
    expect(archiveJobName('build / test (ubuntu: 22)')).toBe('build  test (ubuntu 22)')
    expect(archiveJobName('x'.repeat(100))).toBe('x'.repeat(90))
    // Cut in UTF-16 units, like the server's C#: an emoji counts two.
    expect(archiveJobName('a' + '😅'.repeat(50)).length).toBe(90)
  })

  it('maps job logs and step logs, preferring the ordinal file to the legacy one', () => {
    const mapped = mapArchiveToJobs(
      entries([
        '-123_build.txt',
        '0_build.txt',
        'build/1_Set up job.txt',
        'build/2_Run tests.txt',
        '1_lint.txt'
      ]),
      [job(1, 'build'), job(2, 'lint'), job(3, 'deploy')]
    )
    expect(mapped.get(1)?.jobLog?.name).toBe('0_build.txt')
    expect([...(mapped.get(1)?.stepLogs.keys() ?? [])]).toEqual([1, 2])
    expect(mapped.get(2)?.jobLog?.name).toBe('1_lint.txt')
    expect(mapped.has(3)).toBe(false)
  })

  it('leaves out jobs whose archive names collide, so they use the per-job endpoint', () => {
    const mapped = mapArchiveToJobs(entries(['0_ab.txt', '1_ab.txt']), [
      job(1, 'a/b'),
      job(2, 'ab')
    ])
    expect(mapped.size).toBe(0)
  })
})
