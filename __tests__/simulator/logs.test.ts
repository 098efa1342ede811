/** Log downloads: 302s to an expiring blob URL, real zips and runner-style job logs. */
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { gzipSync } from 'node:zlib'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import yauzl from 'yauzl'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'
import { R, client, sleep, untilStatus } from './support.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ linkExpiryMs: 400 })
})
afterAll(() => sim.close())

interface Entry {
  name: string
  size: number
  method: number
  crc: number
  text?: string
}

function readZip(source: Buffer | string, withText: boolean): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const opened = (error: Error | null, zip: yauzl.ZipFile) => {
      if (error) return reject(error)
      const entries: Entry[] = []
      zip.on('entry', (entry: yauzl.Entry) => {
        const item: Entry = {
          name: entry.fileName,
          size: entry.uncompressedSize,
          method: entry.compressionMethod,
          crc: entry.crc32
        }
        entries.push(item)
        if (!withText) return zip.readEntry()
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            item.text = Buffer.concat(chunks).toString('utf8')
            zip.readEntry()
          })
        })
      })
      zip.on('end', () => resolve(entries))
      zip.on('error', reject)
      zip.readEntry()
    }
    if (typeof source === 'string') yauzl.open(source, { lazyEntries: true }, opened)
    else yauzl.fromBuffer(source, { lazyEntries: true }, opened)
  })
}

const scripted = (on: Simulator = sim) =>
  on.addRun({
    queuedMs: 0,
    jobs: [
      {
        name: 'build',
        durationMs: 60,
        steps: [
          { name: 'Set up job' },
          { name: 'Compile', log: ['tsc -p .', 'done in 1.2s'] },
          { name: 'Complete job' }
        ]
      },
      { name: 'test', needs: ['build'], durationMs: 60, conclusion: 'failure' }
    ]
  })

describe('run logs', () => {
  it('are 404 until the run completes, then 302 to a signed blob URL serving a real zip', async () => {
    // A clock moved by hand: "not completed yet" holds however loaded the machine is.
    let t = Date.now()
    const held = await startSimulator({ now: () => t })
    try {
      await logsOnceCompleted(held, () => (t += 1000))
    } finally {
      await held.close()
    }
  })

  async function logsOnceCompleted(sim: Simulator, complete: () => void) {
    const id = scripted(sim)
    const call = client(sim)
    expect((await call('GET', `${R}/runs/${id}/logs`)).status).toBe(404)
    complete()
    expect(sim.getRun(id)).toMatchObject({ status: 'completed' })
    const answer = await call('GET', `${R}/runs/${id}/logs`)
    expect(answer.status).toBe(302)
    const location = answer.headers.get('location') ?? ''
    expect(location.startsWith(sim.blobUrl)).toBe(true)
    expect(location).toContain('sig=')

    const download = await fetch(location)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/zip')
    const entries = await readZip(Buffer.from(await download.arrayBuffer()), true)
    expect(entries.map(e => e.name).sort()).toEqual(
      [
        '0_build.txt',
        '1_test.txt',
        'build/1_Set up job.txt',
        'build/2_Compile.txt',
        'build/3_Complete job.txt',
        'test/1_Set up job.txt',
        'test/2_Run tests.txt',
        'test/3_Complete job.txt'
      ].sort()
    )
    const compile = entries.find(e => e.name === 'build/2_Compile.txt')?.text ?? ''
    expect(compile).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z ##\[group\]Run Compile$/m)
    expect(compile).toContain('tsc -p .')
    expect(entries.find(e => e.name === '1_test.txt')?.text).toContain(
      '##[error]Process completed with exit code 1.'
    )
    expect(sim.requests.at(-1)).toMatchObject({
      host: 'blob',
      status: 200,
      countedAgainstRateLimit: false
    })

    const attempt = await call('GET', `${R}/runs/${id}/attempts/1/logs`)
    expect(attempt.status).toBe(302)
  }

  it('refuses an Authorization header on the blob host, and links after they expire', async () => {
    const id = sim.addRun({ completed: true })
    const location =
      (await client(sim)('GET', `${R}/runs/${id}/logs`)).headers.get('location') ?? ''
    const withAuth = await fetch(location, {
      headers: { authorization: `token ${sim.tokens.githubToken}` }
    })
    expect(withAuth.status).toBe(403)
    expect(await withAuth.text()).toContain('<Code>AuthenticationFailed</Code>')
    const tampered = await fetch(location.replace(`/runs/${id}/`, `/runs/${id + 1}/`))
    expect(tampered.status).toBe(403)
    await sleep(500)
    const expired = await fetch(location)
    expect(expired.status).toBe(403)
    expect(await expired.text()).toContain('Signed expiry time has passed.')
  })

  it('answers 410 for expired logs, 404 for scripted-404 and deleted logs', async () => {
    const call = client(sim)
    const expired = sim.addRun({ completed: true, logsExpired: true })
    expect((await call('GET', `${R}/runs/${expired}/logs`)).status).toBe(410)
    const gone404 = sim.addRun({ completed: true, logsExpired: 404 })
    expect((await call('GET', `${R}/runs/${gone404}/logs`)).status).toBe(404)
    const deleted = sim.addRun({ completed: true })
    expect((await call('DELETE', `${R}/runs/${deleted}/logs`)).status).toBe(204)
    expect((await call('GET', `${R}/runs/${deleted}/logs`)).status).toBe(404)
    const jobs = (await call('GET', `${R}/runs/${deleted}/jobs`)).json as { jobs: { id: number }[] }
    expect((await call('GET', `${R}/jobs/${jobs.jobs[0]?.id}/logs`)).status).toBe(404)
    expect((await call('DELETE', `${R}/runs/${deleted}`)).status).toBe(204)
    expect((await call('GET', `${R}/runs/${deleted}`)).status).toBe(404)
  })
})

describe('job logs', () => {
  it('302 to plain text with ##[group] step sections, partial while the job runs', async () => {
    const id = sim.addRun({
      queuedMs: 0,
      jobs: [
        {
          name: 'slow',
          durationMs: 900,
          steps: [
            { name: 'Set up job', durationMs: 100 },
            { name: 'Run tests', durationMs: 700, log: ['ok 1 - parses inputs'] },
            { name: 'Complete job', durationMs: 100 }
          ]
        }
      ]
    })
    await sleep(150)
    const call = client(sim)
    const jobs = (await call('GET', `${R}/runs/${id}/jobs`)).json as { jobs: { id: number }[] }
    const jobId = jobs.jobs[0]?.id
    const early = await call('GET', `${R}/jobs/${jobId}/logs`)
    expect(early.status).toBe(302)
    const partial = await (await fetch(early.headers.get('location') ?? '')).text()
    expect(partial).toContain('##[group]Run Set up job')
    expect(partial).not.toContain('##[group]Run Complete job')
    await untilStatus(sim, id, 'completed')
    const done = await fetch(
      (await call('GET', `${R}/jobs/${jobId}/logs`)).headers.get('location') ?? ''
    )
    expect(done.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const text = await done.text()
    const lines = text.trimEnd().split('\n')
    expect(lines.every(line => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z /.test(line))).toBe(true)
    expect(lines.filter(line => line.includes('##[group]Run ')).length).toBe(3)
    expect(lines.filter(line => line.endsWith('##[endgroup]')).length).toBe(3)
    expect(text).toContain('ok 1 - parses inputs')
  })

  it('are 404 while the job is still queued', async () => {
    const id = sim.addRun({ queuedMs: 5000 })
    const call = client(sim)
    const jobs = (await call('GET', `${R}/runs/${id}/jobs`)).json as { jobs: { id: number }[] }
    expect((await call('GET', `${R}/jobs/${jobs.jobs[0]?.id}/logs`)).status).toBe(404)
  })
})

describe('a 256 MiB run-log archive', () => {
  it('streams without being built in memory, as stored entries of generated log lines', async () => {
    const size = 256 * 1024 * 1024
    const id = sim.addRun({ completed: true, logArchiveBytes: size, logArchivePadding: 'stored' })
    const location =
      (await client(sim)('GET', `${R}/runs/${id}/logs`)).headers.get('location') ?? ''
    const dir = await mkdtemp(join(tmpdir(), 'runctl-sim-'))
    let sampler: NodeJS.Timeout | undefined
    try {
      const file = join(dir, 'logs.zip')
      const baseline = process.memoryUsage().rss
      let peak = baseline
      sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
      const response = await fetch(location)
      await pipeline(Readable.fromWeb(response.body as WebReadableStream), createWriteStream(file))
      clearInterval(sampler)
      const bytes = (await stat(file)).size
      expect(Math.abs(bytes - size)).toBeLessThan(size * 0.01)
      // Test and simulator share this process: a buffered archive would add ≥256 MiB here.
      expect(peak - baseline).toBeLessThan(128 * 1024 * 1024)
      const entries = await readZip(file, false)
      const padding = entries.find(e => e.name.endsWith('Run verbose tests.txt'))
      expect(padding?.method).toBe(0)
      expect(padding?.size).toBeGreaterThan(size * 0.98)
    } finally {
      clearInterval(sampler)
      await rm(dir, { recursive: true, force: true })
    }
    // 256 MiB through a simulator that writes it as it is read: seconds when idle, far more on a
    // busy 2-core machine (it timed out at 30 s at load 15). The assertions are about bytes.
  }, 240_000)
})

describe("a padded run-log archive, shaped like GitHub's", () => {
  it('is per-job logs and folders of step logs, every entry deflated, inflating 4–8× with valid CRCs', async () => {
    const size = 24 * 1024 * 1024
    const id = sim.addRun({
      completed: true,
      logArchiveBytes: size,
      jobs: [{ name: 'build', conclusion: 'failure' }, { name: 'test (1)' }]
    })
    const download = await fetch(
      (await client(sim)('GET', `${R}/runs/${id}/logs`)).headers.get('location') ?? ''
    )
    const archive = Buffer.from(await download.arrayBuffer())
    expect(Math.abs(archive.length - size)).toBeLessThan(size * 0.1)
    // yauzl inflates each entry; the CRC-32 is checked by zlib's own gunzip below.
    const entries = await readZip(archive, true)
    expect(entries.length).toBeGreaterThan(20)
    expect(entries.every(entry => entry.method === 8)).toBe(true)
    const inflated = entries.reduce((sum, entry) => sum + entry.size, 0)
    expect(inflated / archive.length).toBeGreaterThan(4)
    expect(inflated / archive.length).toBeLessThan(8)
    for (const job of ['0_build.txt', '1_test (1).txt']) {
      const folder = job.replace(/^\d+_(.*)\.txt$/, '$1')
      const steps = entries
        .filter(entry => entry.name.startsWith(`${folder}/`))
        .sort((a, b) => Number(/\/(\d+)_/.exec(a.name)?.[1]) - Number(/\/(\d+)_/.exec(b.name)?.[1]))
      // The job's whole log is its steps' logs, in order, as GitHub writes it.
      expect(entries.find(entry => entry.name === job)?.text).toBe(
        steps.map(step => step.text).join('')
      )
      expect(steps.some(step => /\/\d+_Run verbose tests \(part 1\)\.txt$/.test(step.name))).toBe(
        true
      )
    }
    // Every entry's CRC-32 is right, as zlib computes it (a gzip trailer), not as runctl does.
    for (const entry of entries) {
      const gzip = gzipSync(Buffer.from(entry.text ?? '', 'utf8'), { level: 0 })
      expect(gzip.readUInt32LE(gzip.length - 8)).toBe(entry.crc)
    }
    expect(entries.find(entry => entry.name === 'build/3_Complete job.txt')?.text).toMatch(
      /Complete job/
    )
  }, 120_000)
})
