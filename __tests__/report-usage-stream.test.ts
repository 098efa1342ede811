/**
 * The pieces that let report-usage reduce each jobs page as it arrives (issue 23): the usage file
 * written element by element through a scratch file, the streaming "largest" and averages, and
 * what the digests keep.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { PARTIAL_PREFIX } from '../src/safe-file.js'
import { RunsDigest } from '../src/usage/across-runs.js'
import { usageOutput } from '../src/usage/compact.js'
import { JobsDigest, jobUsage, slowestSteps } from '../src/usage/compute.js'
import { Averages, Largest, largest } from '../src/usage/stats.js'
import type { JobUsage, RunSummary, RunsUsageDigest } from '../src/usage/types.js'
import { UsageFile } from '../src/usage/usage-file.js'
import { jobFixture } from './helpers/client.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'runctl-usage-stream-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The one usage directory a UsageFile made under `base`. */
function usageDir(base: string): string {
  const [only] = readdirSync(base)
  return path.join(base, only ?? '')
}

describe('UsageFile (the usage file written as jobs arrive)', () => {
  it('writes exactly JSON.stringify(report, null, 2) and a newline, whatever the elements', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 }),
        fc.array(fc.jsonValue(), { maxLength: 40 }),
        fc.constantFrom('jobs', 'runs'),
        async (head, elements, key) => {
          const base = mkdtempSync(path.join(dir, 'prop-'))
          const file = await UsageFile.create({ RUNNER_TEMP: base }, 'run-1')
          for (const element of elements) await file.add(element)
          const report = { ...head, [key]: elements, skipped: undefined }
          const written = await file.finish({ ...head, [key]: [], skipped: undefined }, key)
          expect(readFileSync(written, 'utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`)
          // Only the usage file is left: the scratch file is gone.
          expect(readdirSync(path.dirname(written))).toEqual([path.basename(written)])
          rmSync(base, { recursive: true, force: true })
        }
      ),
      { numRuns: 60 }
    )
  })

  it('puts the elements on disk as they come, not in memory until the end', async () => {
    const base = mkdtempSync(path.join(dir, 'disk-'))
    const file = await UsageFile.create({ RUNNER_TEMP: base }, 'run-2')
    const job = { name: 'x'.repeat(1000), steps: [{ name: 'y'.repeat(1000) }] }
    for (let index = 0; index < 100; index++) await file.add(job)
    const scratch = readdirSync(usageDir(base)).find(name => name.startsWith(PARTIAL_PREFIX))
    expect(scratch).toBeDefined()
    // 100 jobs of 2 KB: all but the last 64 KiB gathered for the next write are on disk.
    expect(statSync(path.join(usageDir(base), scratch ?? '')).size).toBeGreaterThan(100_000)
    const written = await file.finish({ jobs: [] }, 'jobs')
    expect(JSON.parse(readFileSync(written, 'utf8')).jobs).toHaveLength(100)
  })

  it('replaces a link at the usage file name, never writing where it points', async () => {
    const base = mkdtempSync(path.join(dir, 'link-'))
    const file = await UsageFile.create({ RUNNER_TEMP: base }, 'run-3')
    const outside = path.join(dir, 'precious.txt')
    writeFileSync(outside, 'precious\n')
    symlinkSync(outside, file.file)
    await file.add({ id: 1 })
    await file.finish({ jobs: [] }, 'jobs')
    expect(readFileSync(outside, 'utf8')).toBe('precious\n')
    expect(lstatSync(file.file).isSymbolicLink()).toBe(false)
  })

  it('leaves nothing behind when the report fails', async () => {
    const base = mkdtempSync(path.join(dir, 'discard-'))
    const file = await UsageFile.create({ RUNNER_TEMP: base }, 'run-4')
    await file.add({ id: 1 })
    await file.discard()
    expect(readdirSync(base)).toEqual([])
  })
})

describe('Largest and Averages (kept as items arrive)', () => {
  it('Largest keeps what a stable sort of everything would, ties in arrival order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { maxLength: 80 }),
        fc.integer({ min: 0, max: 12 }),
        (keys, count) => {
          const items = keys.map((key, index) => ({ key, index }))
          const top = new Largest(count, (item: (typeof items)[number]) => item.key)
          for (const item of items) top.add(item)
          const sorted = items
            .filter(item => item.key !== null)
            .sort((a, b) => (b.key ?? 0) - (a.key ?? 0))
            .slice(0, count)
          expect(top.items()).toEqual(sorted)
          expect(largest(items, item => item.key, count)).toEqual(sorted)
        }
      )
    )
  })

  it('Averages gives each name its count, rounded average and longest time', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.constantFrom('a', 'b', 'c', 'd'),
            ms: fc.integer({ min: 0, max: 1e7 })
          }),
          { maxLength: 60 }
        ),
        samples => {
          const averages = new Averages()
          for (const { name, ms } of samples) averages.add(name, ms)
          const names = [...new Set(samples.map(sample => sample.name))]
          const expected = names
            .map(name => {
              const values = samples.filter(s => s.name === name).map(s => s.ms)
              return {
                name,
                runs: values.length,
                averageMs: Math.round(values.reduce((t, v) => t + v, 0) / values.length),
                maxMs: Math.max(...values)
              }
            })
            .sort((a, b) => b.averageMs - a.averageMs)
            .slice(0, 3)
          expect(averages.slowest(3)).toEqual(expected)
        }
      )
    )
  })
})

const NOW = Date.parse('2026-01-01T01:00:00Z')

function usageOf(id: number, stepMs: number[]): JobUsage {
  const start = Date.parse('2026-01-01T00:00:00Z')
  return jobUsage(
    jobFixture({
      id,
      name: `job ${id}`,
      started_at: new Date(start).toISOString(),
      completed_at: new Date(start + 60_000 + id).toISOString(),
      steps: stepMs.map((ms, index) => ({
        name: `step ${index + 1}`,
        status: 'completed',
        conclusion: 'success',
        number: index + 1,
        started_at: new Date(start).toISOString(),
        completed_at: new Date(start + ms).toISOString()
      }))
    }) as never,
    NOW
  )
}

describe('what the digests keep', () => {
  it('JobsDigest keeps each job without its steps, and of the steps their count and the slowest', () => {
    const jobs = Array.from({ length: 30 }, (_, id) => usageOf(id, [id * 1000, 500, id * 700]))
    const digest = new JobsDigest()
    for (const job of jobs) digest.add(job)
    expect(digest.rows).toHaveLength(30)
    for (const row of digest.rows) expect(row).not.toHaveProperty('steps')
    expect(digest.steps).toBe(90)
    expect(digest.slowestSteps()).toEqual(slowestSteps(jobs))
    expect(digest.slowestSteps()).toHaveLength(10)
  })

  it('RunsDigest drops the jobs once they are too many for the usage output, and says so', () => {
    const run = (id: number): RunSummary => ({
      id,
      name: 'CI',
      title: null,
      number: id,
      url: `https://github.test/runs/${id}`,
      attempt: 1,
      status: 'completed',
      conclusion: 'success',
      event: 'push',
      branch: 'main',
      headSha: 'a'.repeat(40),
      createdAt: '2026-01-01T00:00:00Z',
      startedAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:10:00Z',
      durationMs: 600_000,
      totalJobMs: 60_000,
      jobCount: 3
    })
    const jobs = (id: number) => [usageOf(id * 10, [1]), usageOf(id * 10 + 1, [2])]
    const oneJobBytes = Buffer.byteLength(JSON.stringify({ ...jobs(1)[0], steps: undefined }))

    const roomy = new RunsDigest(100 * oneJobBytes)
    for (let id = 1; id <= 3; id++) roomy.add(run(id), jobs(id))
    expect(roomy.jobsOverOutputLimit).toBe(false)
    expect(roomy.figures().runs.map(kept => kept.jobs.length)).toEqual([2, 2, 2])

    const tight = new RunsDigest(3 * oneJobBytes)
    for (let id = 1; id <= 3; id++) tight.add(run(id), jobs(id))
    expect(tight.jobsOverOutputLimit).toBe(true)
    const figures = tight.figures()
    // Every run is kept for the summary, with none of its jobs; the totals count them all.
    expect(figures.runs.map(kept => kept.id)).toEqual([1, 2, 3])
    expect(figures.runs.map(kept => kept.jobs.length)).toEqual([0, 0, 0])
    expect(figures.totals.jobs).toBe(6)
    const report = { mode: 'runs', ...figures } as unknown as RunsUsageDigest
    expect(JSON.parse(usageOutput(report, 10 ** 6, true))).toMatchObject({ truncated: true })
    expect(JSON.parse(usageOutput(report, 10 ** 6, true))).not.toHaveProperty('runs')
  })
})
