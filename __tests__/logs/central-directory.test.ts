import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import yauzl from 'yauzl'
import { readCentralDirectory, type DirectorySource } from '../../src/logs/central-directory.js'
import { extractArchive, listArchive } from '../../src/logs/extract.js'
import { ByteBudget, type ArchiveLimits } from '../../src/logs/limits.js'
import { buildZip as plainZip } from '../../test-support/simulator/artifacts.js'
import { buildZip } from './zip-fixture.js'

const LABEL = 'artifact "app" of run 7'
const generous: ArchiveLimits = { maxBytes: 1 << 30, maxEntries: 10_000, maxRatio: 200 }
const RECORD = Buffer.from([0x50, 0x4b, 0x01, 0x02])

let sandbox: string

beforeEach(async () => {
  sandbox = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'runctl-directory-'))
})
afterEach(async () => {
  await fs.promises.rm(sandbox, { recursive: true, force: true })
})

/** The whole archive as the directory's source (one window over all of it). */
function bufferSource(archive: Buffer): DirectorySource {
  return {
    window: archive,
    hold: async () => undefined,
    offsetOf: start => start,
    available: start => Math.max(0, archive.length - start)
  }
}

/** What yauzl itself reads from each record, and where its directory starts. */
async function yauzlEntries(archive: Buffer) {
  const zip = await yauzl.fromBufferPromise(archive, {
    lazyEntries: true,
    decodeStrings: false,
    validateEntrySizes: false
  })
  const start = (zip as unknown as { readEntryCursor: number }).readEntryCursor
  const entries: yauzl.Entry[] = []
  for await (const entry of zip.eachEntry()) entries.push(entry)
  zip.close()
  return { start, count: zip.entryCount, entries }
}

async function write(archive: Buffer): Promise<string> {
  const file = path.join(sandbox, 'artifact.zip')
  await fs.promises.writeFile(file, archive)
  return file
}

async function extractAll(zipPath: string) {
  const root = path.join(sandbox, 'out')
  await fs.promises.mkdir(root, { recursive: true })
  const { written } = await extractArchive(zipPath, {
    root,
    limits: generous,
    budget: new ByteBudget(generous.maxBytes, 'over budget'),
    label: LABEL,
    choose: listing => listing.entries
  })
  return { root, written: [...written.values()] }
}

/** Clears the UTF-8 flag (bit 11) of every header: the names are then read as CP437. */
function asCp437(archive: Buffer): Buffer {
  const patched = Buffer.from(archive)
  for (const [signature, flagAt] of [
    [Buffer.from([0x50, 0x4b, 0x03, 0x04]), 6],
    [RECORD, 8]
  ] as const) {
    for (let at = patched.indexOf(signature); at !== -1; at = patched.indexOf(signature, at + 4)) {
      patched.writeUInt16LE(patched.readUInt16LE(at + flagAt) & ~0x800, at + flagAt)
    }
  }
  return patched
}

/**
 * One deflated entry whose central record keeps its sizes and local header offset in a Zip64
 * extended information field (the 32-bit fields say 0xffffffff), as zip tools write for large
 * files; `field` can cut the field short.
 */
function zip64Archive(content: Buffer, field: 'whole' | 'short' = 'whole'): Buffer {
  const name = Buffer.from('big/data.bin')
  const data = zlib.deflateRawSync(content)
  const crc = zlib.crc32(content)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(45, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(name.length, 26)
  const zip64 = Buffer.alloc(4 + 24)
  zip64.writeUInt16LE(0x0001, 0)
  zip64.writeUInt16LE(24, 2)
  zip64.writeBigUInt64LE(BigInt(content.length), 4)
  zip64.writeBigUInt64LE(BigInt(data.length), 12)
  zip64.writeBigUInt64LE(0n, 20)
  const extra = field === 'whole' ? zip64 : zip64.subarray(0, 4 + 16)
  if (field === 'short') extra.writeUInt16LE(16, 2)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE((3 << 8) | 45, 4)
  central.writeUInt16LE(45, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(0xffffffff, 20)
  central.writeUInt32LE(0xffffffff, 24)
  central.writeUInt16LE(name.length, 28)
  central.writeUInt16LE(extra.length, 30)
  central.writeUInt32LE((0o100644 << 16) >>> 0, 38)
  central.writeUInt32LE(0xffffffff, 42)
  const body = Buffer.concat([local, name, data])
  const directory = Buffer.concat([central, name, extra])
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(body.length, 16)
  return Buffer.concat([body, directory, end])
}

describe('the central directory, read compactly', () => {
  it('reads every record as yauzl does: names (UTF-8, CP437), sizes, CRC, method, flags, types, offsets', async () => {
    const archives = [
      await buildZip([
        { name: 'dir/', mode: 0o040755 },
        { name: 'dir/ünïcödé-名前.txt', content: 'x'.repeat(5000) },
        { name: 'stored.bin', content: Buffer.from([1, 2, 3]), compress: false },
        { name: 'link', content: 'target', mode: 0o120777 },
        { name: 'empty.txt', content: '' }
      ]),
      asCp437(await buildZip([{ name: 'caf\u00e9-\u00fc.txt', content: 'cp437' }])),
      plainZip(
        Array.from({ length: 300 }, (_, i) => ({
          name: `part-${i % 7}/file-${i}.txt`,
          data: Buffer.from(`file ${i}\n`.repeat(1 + (i % 9)))
        }))
      ),
      zip64Archive(Buffer.from('zip64 '.repeat(100)))
    ]
    for (const archive of archives) {
      const expected = await yauzlEntries(archive)
      const directory = await readCentralDirectory(
        bufferSource(archive),
        expected.start,
        expected.count,
        archive.length
      )
      expect(directory.count).toBe(expected.entries.length)
      expected.entries.forEach((entry, index) => {
        expect({
          name: directory.names[index],
          compressedSize: directory.compressedSize[index],
          uncompressedSize: directory.uncompressedSize[index],
          crc32: directory.crc32[index],
          compressionMethod: directory.compressionMethod[index],
          generalPurposeBitFlag: directory.generalPurposeBitFlag[index],
          externalFileAttributes: directory.externalFileAttributes[index],
          localHeaderOffset: directory.localHeaderOffset[index],
          canDecode: directory.canDecode(index)
        }).toEqual({
          name: yauzl.getFileNameLowLevel(
            entry.generalPurposeBitFlag,
            entry.fileNameRaw,
            entry.extraFields,
            true
          ),
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
          crc32: entry.crc32,
          compressionMethod: entry.compressionMethod,
          generalPurposeBitFlag: entry.generalPurposeBitFlag,
          externalFileAttributes: entry.externalFileAttributes,
          localHeaderOffset: entry.relativeOffsetOfLocalHeader,
          canDecode: entry.canDecodeFileData()
        })
      })
    }
  })

  it('decodes a CP437 name as CP437 (no UTF-8 flag)', async () => {
    const archive = asCp437(await buildZip([{ name: 'caf\u00e9.txt', content: 'x' }]))
    const listing = await listArchive(await write(archive), generous, LABEL)
    // "é" in UTF-8 is C3 A9: in CP437, "├⌐".
    expect(listing.entries.map(entry => entry.name)).toEqual(['caf\u251c\u2310.txt'])
  })

  it('takes sizes and the local header offset from the Zip64 field, and extracts the entry whole', async () => {
    const content = Buffer.from('zip64 '.repeat(20_000))
    const { root, written } = await extractAll(await write(zip64Archive(content)))
    expect(written).toEqual([path.join(root, 'big', 'data.bin')])
    expect(await fs.promises.readFile(path.join(root, 'big', 'data.bin'))).toEqual(content)
  })

  it('refuses a Zip64 field too short for the values it must hold, in one sentence', async () => {
    await expect(
      listArchive(await write(zip64Archive(Buffer.from('x'), 'short')), generous, LABEL)
    ).rejects.toThrow(
      'Artifact "app" of run 7 is not a complete zip archive (zip64 extended information extra field does not include relative header offset); it may have been cut short in transfer. Nothing was extracted.'
    )
  })

  it('refuses a record without its signature, in one sentence, writing nothing', async () => {
    const good = await buildZip([
      { name: 'a.txt', content: 'a' },
      { name: 'b.txt', content: 'b' }
    ])
    const patched = Buffer.from(good)
    const second = patched.indexOf(RECORD, patched.indexOf(RECORD) + 4)
    patched.writeUInt32LE(0x12345678, second)
    const zipPath = await write(patched)
    await expect(extractAll(zipPath)).rejects.toThrow(
      'Artifact "app" of run 7 is not a complete zip archive (invalid central directory file header signature: 0x12345678); it may have been cut short in transfer. Nothing was extracted.'
    )
    expect(await fs.promises.readdir(path.join(sandbox, 'out'))).toEqual([])
  })

  it('refuses an archive whose end record counts more records than its directory holds', async () => {
    const good = await buildZip([{ name: 'a.txt', content: 'a' }])
    const patched = Buffer.from(good)
    const end = patched.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    patched.writeUInt16LE(2, end + 8)
    patched.writeUInt16LE(2, end + 10)
    await expect(listArchive(await write(patched), generous, LABEL)).rejects.toThrow(
      'Artifact "app" of run 7 is not a complete zip archive (the end record counts more entries than the central directory can hold); it may have been cut short in transfer. Nothing was extracted.'
    )
  })

  it('refuses a count of entries the rest of the file cannot hold, before sizing anything by it', async () => {
    const good = await buildZip([{ name: 'a.txt', content: 'a' }])
    const patched = Buffer.from(good)
    const end = patched.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    patched.writeUInt16LE(60_000, end + 8)
    patched.writeUInt16LE(60_000, end + 10)
    const limits = { ...generous, maxEntries: 100_000 }
    await expect(listArchive(await write(patched), limits, LABEL)).rejects.toThrow(
      'Artifact "app" of run 7 is not a complete zip archive (the end record counts more entries than the central directory can hold); it may have been cut short in transfer. Nothing was extracted.'
    )
  })

  it('refuses strong encryption (flag bit 6), as yauzl does, in one sentence', async () => {
    const good = await buildZip([{ name: 'secret.txt', content: 'hidden' }])
    const patched = Buffer.from(good)
    const at = patched.indexOf(RECORD)
    patched.writeUInt16LE(patched.readUInt16LE(at + 8) | 0x41, at + 8)
    await expect(listArchive(await write(patched), generous, LABEL)).rejects.toThrow(
      'Artifact "app" of run 7 is not a complete zip archive (strong encryption is not supported); it may have been cut short in transfer. Nothing was extracted.'
    )
  })

  it('refuses a directory whose last record runs past the end of the file', async () => {
    const good = await buildZip([{ name: 'a.txt', content: 'a' }])
    const patched = Buffer.from(good)
    const at = patched.indexOf(RECORD)
    // The record's comment length: far past the end record and the file.
    patched.writeUInt16LE(60_000, at + 32)
    await expect(listArchive(await write(patched), generous, LABEL)).rejects.toThrow(
      'Artifact "app" of run 7 is not a complete zip archive (unexpected EOF in the central directory); it may have been cut short in transfer. Nothing was extracted.'
    )
  })
})
