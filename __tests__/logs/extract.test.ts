import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import { Deadline } from '../../src/clock.js'
import { INFLATE_CHUNK_BYTES, extractArchive, listArchive } from '../../src/logs/extract.js'
import { ByteBudget, type ArchiveLimits } from '../../src/logs/limits.js'
import { buildZip as plainZip } from '../../test-support/simulator/artifacts.js'
import { buildZip, flipDataByte, understateSizes, type FixtureEntry } from './zip-fixture.js'

const LABEL = 'the log archive of run 42'
const BUDGET_SENTENCE = 'Stopped at max-log-bytes: test budget.'
const generous: ArchiveLimits = { maxBytes: 1 << 30, maxEntries: 10_000, maxRatio: 200 }

let sandbox: string
let logDir: string

beforeEach(async () => {
  sandbox = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'runctl-extract-'))
  logDir = path.join(sandbox, 'a', 'b', 'logs')
  await fs.promises.mkdir(logDir, { recursive: true })
})
afterEach(async () => {
  await fs.promises.rm(sandbox, { recursive: true, force: true })
})

async function archive(entries: readonly FixtureEntry[], transform = (b: Buffer) => b) {
  const file = path.join(sandbox, 'logs.zip')
  await fs.promises.writeFile(file, transform(await buildZip(entries)))
  return file
}

/** Lists, then extracts everything that was not refused (what the operation does). */
async function extractAll(zipPath: string, limits = generous) {
  const budget = new ByteBudget(limits.maxBytes, BUDGET_SENTENCE)
  const { listing, written, largestInMemory } = await extractArchive(zipPath, {
    root: logDir,
    limits,
    budget,
    label: LABEL,
    choose: found => found.entries
  })
  return { listing, written: [...written.values()], largestInMemory }
}

/** Every path under the sandbox, relative, sorted; links listed as links. */
async function tree(root = sandbox): Promise<string[]> {
  const found: string[] = []
  const walk = async (dir: string) => {
    for (const item of await fs.promises.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name)
      const rel = path.relative(root, full)
      if (item.isSymbolicLink()) found.push(`${rel} -> link`)
      else if (item.isDirectory()) await walk(full)
      else found.push(rel)
    }
  }
  await walk(root)
  return found.sort()
}

describe('safe extraction', () => {
  it('refuses ../, absolute, drive-letter, backslash and symlink entries and writes only the safe one', async () => {
    const zipPath = await archive([
      { name: '../../../evil.txt', content: 'up and out' },
      { name: '/tmp/runctl-evil-absolute.txt', content: 'absolute' },
      { name: 'C:\\evil-drive.txt', content: 'drive letter' },
      { name: 'C:/evil-drive2.txt', content: 'drive letter, forward slash' },
      { name: 'sub\\..\\..\\..\\evil-backslash.txt', content: 'backslash traversal' },
      { name: 'link-out', content: '../../../../etc/passwd', mode: 0o120777 },
      { name: 'ok/../../../evil-mid.txt', content: 'traversal in the middle' },
      { name: '0_build.txt', content: 'the real job log\n' }
    ])
    const { listing, written } = await extractAll(zipPath)
    expect(listing.refused).toEqual([
      { name: '../../../evil.txt', reason: 'invalid relative path' },
      { name: '/tmp/runctl-evil-absolute.txt', reason: 'absolute path' },
      { name: 'C:\\evil-drive.txt', reason: 'invalid characters in fileName' },
      { name: 'C:/evil-drive2.txt', reason: 'absolute path' },
      { name: 'sub\\..\\..\\..\\evil-backslash.txt', reason: 'invalid characters in fileName' },
      { name: 'link-out', reason: 'symbolic link' },
      { name: 'ok/../../../evil-mid.txt', reason: 'invalid relative path' }
    ])
    expect(written).toEqual([path.join(logDir, '0_build.txt')])
    expect(await tree()).toEqual(
      ['a/b/logs/0_build.txt', 'logs.zip'].map(p => p.split('/').join(path.sep))
    )
    expect(fs.existsSync('/tmp/runctl-evil-absolute.txt')).toBe(false)
  })

  it('refuses a file named like a folder, and a second file of the same name, instead of failing with EEXIST', async () => {
    const zipPath = await archive([
      // File first, then a folder of that name (explicit and implied), and the reverse order.
      { name: 'build', content: 'in the way' },
      { name: 'build/1_Set up job.txt', content: 'step one' },
      { name: 'test/', content: '' },
      { name: 'test', content: 'in the way too' },
      { name: 'lint/1_Run.txt', content: 'first' },
      { name: 'lint/1_Run.txt', content: 'second' }
    ])
    const { listing, written } = await extractAll(zipPath)
    expect(listing.refused).toEqual([
      { name: 'build', reason: 'a file and a folder of the same name' },
      { name: 'test', reason: 'a file and a folder of the same name' },
      { name: 'lint/1_Run.txt', reason: 'two files of the same name' }
    ])
    expect(written.map(file => path.relative(logDir, file))).toEqual(
      ['build/1_Set up job.txt', 'lint/1_Run.txt'].map(p => p.split('/').join(path.sep))
    )
    expect(await fs.promises.readFile(path.join(logDir, 'lint', '1_Run.txt'), 'utf8')).toBe('first')
    expect(fs.statSync(path.join(logDir, 'test')).isDirectory()).toBe(true)
  })

  it('refuses colons, control characters and Windows device names', async () => {
    const zipPath = await archive([
      { name: 'job/1_a:stream.txt', content: 'x' },
      { name: 'job/2_bell\u0007.txt', content: 'x' },
      { name: 'CON.txt', content: 'x' },
      { name: 'job/3_fine.txt', content: 'fine' }
    ])
    const { listing, written } = await extractAll(zipPath)
    expect(listing.refused.map(entry => entry.reason)).toEqual([
      'colon in path',
      'control characters in path',
      'Windows device name'
    ])
    expect(written).toEqual([path.join(logDir, 'job', '3_fine.txt')])
  })

  it.each([
    ['a small entry (written whole)', 'overwrite?'],
    ['a large entry (written piece by piece)', randomBytes(INFLATE_CHUNK_BYTES).toString('hex')]
  ])('never writes through a link already sitting in log-dir: %s', async (_, content) => {
    const outside = path.join(sandbox, 'outside.txt')
    await fs.promises.writeFile(outside, 'untouched')
    await fs.promises.symlink(outside, path.join(logDir, '0_build.txt'))
    const zipPath = await archive([{ name: '0_build.txt', content }])
    await expect(extractAll(zipPath)).rejects.toThrow(
      'Refused to write "0_build.txt" in log-dir: a link is already there, and links are never followed.'
    )
    expect(await fs.promises.readFile(outside, 'utf8')).toBe('untouched')
    // Refused, not removed: what was there is left as it was.
    expect((await fs.promises.lstat(path.join(logDir, '0_build.txt'))).isSymbolicLink()).toBe(true)
  })

  it('replaces a hard link already in log-dir, never writing through it', async () => {
    const outside = path.join(sandbox, 'outside.txt')
    await fs.promises.writeFile(outside, 'untouched')
    await fs.promises.link(outside, path.join(logDir, '0_build.txt'))
    const zipPath = await archive([{ name: '0_build.txt', content: 'from the archive' }])
    await extractAll(zipPath)
    expect(await fs.promises.readFile(outside, 'utf8')).toBe('untouched')
    expect(await fs.promises.readFile(path.join(logDir, '0_build.txt'), 'utf8')).toBe(
      'from the archive'
    )
  })

  it('never writes through a linked directory that leads outside log-dir', async () => {
    const elsewhere = path.join(sandbox, 'elsewhere')
    await fs.promises.mkdir(elsewhere)
    await fs.promises.symlink(elsewhere, path.join(logDir, 'build'))
    const zipPath = await archive([{ name: 'build/1_Set up job.txt', content: 'x' }])
    await expect(extractAll(zipPath)).rejects.toThrow(
      `Refused to write logs through a link that leads outside log-dir (${path.join(logDir, 'build')}).`
    )
    expect(await fs.promises.readdir(elsewhere)).toEqual([])
  })
})

describe('timeout-seconds', () => {
  it('stops between entries once the deadline has passed; with removeOnFailure nothing stays', async () => {
    // A clock a second later at every look: the deadline passes after the first entry.
    let ticks = 0
    const clock = { now: () => ticks++ * 1000, sleep: async () => undefined }
    const zipPath = await archive([
      { name: 'build/0_first.txt', content: 'one' },
      { name: 'build/1_second.txt', content: 'two' }
    ])
    await expect(
      extractArchive(zipPath, {
        root: logDir,
        limits: generous,
        budget: new ByteBudget(generous.maxBytes, BUDGET_SENTENCE),
        label: LABEL,
        choose: found => found.entries,
        deadline: new Deadline(clock, 1.5, 60),
        removeOnFailure: true
      })
    ).rejects.toThrow(
      'Timed out after 60 seconds extracting the log archive of run 42; nothing of it was kept.'
    )
    expect(ticks).toBe(3)
    expect(await tree(logDir)).toEqual([])
  })
})

describe('caps', () => {
  it('stops before writing anything when the archive has too many entries', async () => {
    const zipPath = await archive(
      Array.from({ length: 5 }, (_, i) => ({ name: `${i}_job.txt`, content: 'x' }))
    )
    await expect(extractAll(zipPath, { ...generous, maxEntries: 4 })).rejects.toThrow(
      'The log archive of run 42 has 5 entries, more than the 4 allowed; nothing was extracted.'
    )
    expect(await fs.promises.readdir(logDir)).toEqual([])
  })

  it('counts the bytes actually inflated, not what the headers claim', async () => {
    // 3 MiB of text that does not compress much, declared as 10 bytes.
    const content = randomBytes(3 * 512 * 1024).toString('hex')
    const zipPath = await archive([{ name: '0_build.txt', content }], b => understateSizes(b, 10))
    const listing = await listArchive(zipPath, generous, LABEL)
    expect(listing.entries[0]?.declaredSize).toBe(10)
    await expect(extractAll(zipPath, { ...generous, maxBytes: 1024 * 1024 })).rejects.toThrow(
      BUDGET_SENTENCE
    )
    // The partly written file is removed.
    expect(await fs.promises.readdir(logDir)).toEqual([])
  })

  it('stops an entry that inflates past the compression ratio', async () => {
    const zipPath = await archive([
      { name: '0_bomb.txt', content: Buffer.alloc(8 * 1024 * 1024, 'a') }
    ])
    await expect(extractAll(zipPath)).rejects.toThrow(
      'Stopped extracting the log archive of run 42: entry "0_bomb.txt" inflates to more than 200 times its compressed size, which looks like a zip bomb.'
    )
    expect(await fs.promises.readdir(logDir)).toEqual([])
  })

  it('lets a small, highly compressible log through (ratio grace)', async () => {
    const zipPath = await archive([{ name: '0_build.txt', content: 'progress\n'.repeat(50_000) }])
    const { written } = await extractAll(zipPath)
    expect(await fs.promises.readFile(written[0] as string, 'utf8')).toBe(
      'progress\n'.repeat(50_000)
    )
  })
})

/** Runner-log-like text: compresses, but not to nothing. */
function logText(lines: number, seed = 1): string {
  return Array.from(
    { length: lines },
    (_, i) =>
      `2026-12-07T10:00:${String(i % 60).padStart(2, '0')}.${seed}Z test ${i * seed} passed (${(i * 7919) % 1000} ms)\n`
  ).join('')
}

describe('CRC-32 of every entry', () => {
  const inflate = (data: Buffer) => zlib.inflateRawSync(data)
  const small = logText(200)
  // Larger than one piece: inflated through the reused buffers many times.
  const large = logText(40_000, 3)

  async function damaged(
    entries: readonly FixtureEntry[],
    name: string,
    want: 'inflates' | 'breaks' | 'stored'
  ) {
    const good = await buildZip(entries)
    return archive([], () => flipDataByte(good, name, want, inflate))
  }

  it.each([
    ['a stored entry', { compress: false, content: small }, 'stored'],
    ['a small deflated entry (one piece)', { content: small }, 'inflates'],
    ['a large deflated entry (many pieces)', { content: large }, 'inflates']
  ] as const)(
    'fails on a flipped byte in %s, naming it, and keeps nothing of it',
    async (_, entry, want) => {
      expect(Buffer.byteLength(large)).toBeGreaterThan(INFLATE_CHUNK_BYTES)
      const zipPath = await damaged(
        [
          { name: '0_build.txt', content: 'fine\n' },
          { name: 'build/1_Run tests.txt', ...entry }
        ],
        'build/1_Run tests.txt',
        want
      )
      await expect(extractAll(zipPath)).rejects.toThrow(
        'The log archive of run 42 is damaged: entry "build/1_Run tests.txt" does not match its CRC-32 checksum, so nothing of it was kept.'
      )
      expect(await tree(logDir)).toEqual(['0_build.txt'])
    }
  )

  it.each([
    ['small', small],
    ['large', large]
  ])("turns zlib's own error on a %s entry into the same kind of sentence", async (_, content) => {
    const zipPath = await damaged([{ name: '0_build.txt', content }], '0_build.txt', 'breaks')
    const error = (await extractAll(zipPath).catch((caught: unknown) => caught)) as Error
    expect(error.message).toMatch(
      /^The log archive of run 42 is damaged: entry "0_build\.txt" does not inflate \([a-z ]+\), so nothing of it was kept\.$/
    )
    expect(await fs.promises.readdir(logDir)).toEqual([])
  })

  it('fails on deflated data cut short (the stream never ends), in the same kind of sentence', async () => {
    const good = await buildZip([{ name: '0_build.txt', content: large }])
    const zipPath = await archive([], () => {
      // The central directory (which the reader trusts for the length) says half the data.
      const patched = Buffer.from(good)
      const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02])
      const at = patched.indexOf(signature)
      patched.writeUInt32LE(Math.floor(patched.readUInt32LE(at + 20) / 2), at + 20)
      return patched
    })
    await expect(extractAll(zipPath)).rejects.toThrow(
      'The log archive of run 42 is damaged: entry "0_build.txt" does not inflate (unexpected end of file), so nothing of it was kept.'
    )
    expect(await fs.promises.readdir(logDir)).toEqual([])
  })

  it('fails on an entry whose local header is not where the central directory says, in the same kind of sentence', async () => {
    const good = await buildZip([
      { name: '0_build.txt', content: 'fine\n' },
      { name: '1_test.txt', content: small }
    ])
    const zipPath = await archive([], () => {
      const patched = Buffer.from(good)
      const second = patched.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4)
      patched.writeUInt32LE(0x12345678, second)
      return patched
    })
    await expect(extractAll(zipPath)).rejects.toThrow(
      'The log archive of run 42 is damaged: entry "1_test.txt" has no local header where the central directory says, so nothing of it was kept.'
    )
    expect(await tree(logDir)).toEqual(['0_build.txt'])
  })

  it('writes thousands of small entries in many folders, its central directory larger than one read', async () => {
    const entries = Array.from({ length: 3000 }, (_, i) => ({
      name: `part-${i % 30}/${'n'.repeat(200)}-${i}.txt`,
      data: Buffer.from(`file ${i}\n`.repeat(1 + (i % 5)))
    }))
    const zipPath = await archive([], () => plainZip(entries))
    const { written, listing } = await extractAll(zipPath)
    expect(listing.entries).toHaveLength(3000)
    expect(written).toHaveLength(3000)
    for (const i of [0, 1, 1499, 2999]) {
      const entry = entries[i] as { name: string; data: Buffer }
      expect(await fs.promises.readFile(path.join(logDir, entry.name))).toEqual(entry.data)
    }
    expect((await fs.promises.readdir(logDir)).sort()).toEqual(
      Array.from({ length: 30 }, (_, i) => `part-${i}`).sort()
    )
  })

  it('fails on an archive cut short before its central directory, in one sentence naming it', async () => {
    const zipPath = await archive(
      [{ name: 'job/1_step.txt', content: 'line\n'.repeat(1000), compress: true }],
      whole => whole.subarray(0, whole.length - 30)
    )
    const refused =
      'The log archive of run 42 is not a complete zip archive (End of central directory record signature not found); it may have been cut short in transfer. Nothing was extracted.'
    await expect(extractAll(zipPath)).rejects.toThrow(refused)
    await expect(listArchive(zipPath, generous, LABEL)).rejects.toThrow(refused)
    expect(await tree(logDir)).toEqual([])
  })

  it('writes intact entries of every kind unchanged', async () => {
    const zipPath = await archive([
      { name: '0_build.txt', content: small, compress: false },
      { name: 'build/1_Set up job.txt', content: small },
      { name: 'build/2_Run tests.txt', content: large },
      { name: 'build/3_Empty.txt', content: '' },
      // Stored and larger than one read of the archive.
      { name: 'build/4_Stored.txt', content: large, compress: false }
    ])
    const { written } = await extractAll(zipPath)
    const texts = await Promise.all(written.map(file => fs.promises.readFile(file, 'utf8')))
    expect(texts).toEqual([small, small, large, '', large])
  })
})

describe('memory', () => {
  it('never holds more than one piece of an entry in memory, whatever the headers claim (a bomb of small entries)', async () => {
    // 20 MiB of zeros deflate to about 20 KB; the headers say 100 bytes, so each entry looks
    // small enough to inflate whole. Generous limits let all of it through.
    const bomb = Buffer.alloc(20 * 1024 * 1024)
    const entries = Array.from({ length: 3 }, (_, i) => ({ name: `${i}_bomb.txt`, content: bomb }))
    const zipPath = await archive(entries, b => understateSizes(b, 100))
    const { written, largestInMemory } = await extractAll(zipPath, {
      ...generous,
      maxRatio: 5000
    })
    expect(largestInMemory).toBeLessThanOrEqual(INFLATE_CHUNK_BYTES)
    for (const file of written) expect((await fs.promises.stat(file)).size).toBe(bomb.length)
    // 60 MiB inflated: Stryker's instrumented copy (whose default per-test timeout is 10 s, to end
    // hanging mutants fast) took over 10 s for it on a busy machine.
  }, 60_000)

  it('inflates a small entry in one piece', async () => {
    const zipPath = await archive([{ name: '0_build.txt', content: 'x'.repeat(5000) }])
    expect((await extractAll(zipPath)).largestInMemory).toBe(5000)
  })
})
