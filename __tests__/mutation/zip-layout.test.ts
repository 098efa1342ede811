/**
 * src/logs/zip-layout.ts: how a run's log archive is matched to its jobs. The edges StrykerJS
 * found unkept: the whole-name patterns, the legacy "-n_" copy ranked last, directories and
 * nested files never taken for a job's log, and trimming after the cut to 90 units.
 */
import { describe, expect, it } from '@jest/globals'
import type { Job } from '../../src/github/types.js'
import type { ArchiveEntry } from '../../src/logs/extract.js'
import { archiveJobName, entriesOf, mapArchiveToJobs } from '../../src/logs/zip-layout.js'

let index = 0
const entry = (name: string, isDirectory = false): ArchiveEntry => ({
  index: index++,
  name,
  isDirectory,
  compressedSize: 1,
  declaredSize: 1
})
const job = (id: number, name: string) => ({ id, name }) as unknown as Job
const names = (files: ReturnType<typeof mapArchiveToJobs>, id: number) => {
  const mapped = files.get(id)
  return mapped ? entriesOf(mapped).map(item => item.name) : undefined
}

describe('archiveJobName', () => {
  it('cuts to 90 units, then trims what the cut left at the end', () => {
    const name = `${'a'.repeat(89)} tail`
    expect(archiveJobName(name)).toBe('a'.repeat(89))
  })
})

describe('mapArchiveToJobs', () => {
  it('takes "<n>_<job>.txt" as the job log only as a whole name with a number', () => {
    const files = mapArchiveToJobs(
      [entry('x1_build.txt'), entry('1_build.txt.bak'), entry('_build.txt')],
      [job(1, 'build')]
    )
    expect(files.get(1)).toBeUndefined()
    expect(names(mapArchiveToJobs([entry('12_build.txt')], [job(1, 'build')]), 1)).toEqual([
      '12_build.txt'
    ])
  })

  it('prefers the numbered log to the legacy "-n_" copy, whichever comes first', () => {
    for (const order of [
      ['-1_build.txt', '0_build.txt'],
      ['0_build.txt', '-1_build.txt']
    ]) {
      expect(
        names(
          mapArchiveToJobs(
            order.map(name => entry(name)),
            [job(1, 'build')]
          ),
          1
        )
      ).toEqual(['0_build.txt'])
    }
  })

  it('a directory or a nested file is never a job log', () => {
    const files = mapArchiveToJobs(
      [entry('1_build.txt', true), entry('other/1_build.txt')],
      [job(1, 'build')]
    )
    expect(files.get(1)).toBeUndefined()
  })

  it('takes "<job>/<n>_<step>.txt" only as a whole name with a step number', () => {
    const files = mapArchiveToJobs(
      [
        entry('0_build.txt'),
        entry('build/3_test.txt'),
        entry('build/12_deploy.txt'),
        entry('build/x3_lint.txt'),
        entry('build/4_lint.txt.bak'),
        entry('deep/build/5_pack.txt')
      ],
      [job(1, 'build')]
    )
    expect(names(files, 1)).toEqual(['0_build.txt', 'build/3_test.txt', 'build/12_deploy.txt'])
    expect([...(files.get(1)?.stepLogs.keys() ?? [])]).toEqual([3, 12])
  })
})
