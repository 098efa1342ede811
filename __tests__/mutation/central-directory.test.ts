/**
 * src/logs/central-directory.ts, record by record: the edges StrykerJS found unkept by the
 * archive-level tests (which write every Zip64 value at once, start their directory where the
 * data ends and carry at most one extra field).
 */
import { describe, expect, it } from '@jest/globals'
import * as zlib from 'node:zlib'
import {
  BadDirectory,
  readCentralDirectory,
  type DirectorySource
} from '../../src/logs/central-directory.js'

interface RecordFields {
  flags?: number
  method?: number
  compressed?: number
  uncompressed?: number
  offset?: number
  name?: Buffer
  extras?: Buffer[]
}

function record(fields: RecordFields = {}): Buffer {
  const name = fields.name ?? Buffer.from('a.txt')
  const extra = Buffer.concat(fields.extras ?? [])
  const head = Buffer.alloc(46)
  head.writeUInt32LE(0x02014b50, 0)
  head.writeUInt16LE(fields.flags ?? 0, 8)
  head.writeUInt16LE(fields.method ?? 8, 10)
  head.writeUInt32LE(fields.compressed ?? 10, 20)
  head.writeUInt32LE(fields.uncompressed ?? 20, 24)
  head.writeUInt16LE(name.length, 28)
  head.writeUInt16LE(extra.length, 30)
  head.writeUInt32LE(fields.offset ?? 0, 42)
  return Buffer.concat([head, name, extra])
}

function extraField(id: number, data: Buffer): Buffer {
  const head = Buffer.alloc(4)
  head.writeUInt16LE(id, 0)
  head.writeUInt16LE(data.length, 2)
  return Buffer.concat([head, data])
}

const zip64 = (...values: number[]) => {
  const data = Buffer.alloc(values.length * 8)
  values.forEach((value, i) => data.writeBigUInt64LE(BigInt(value), i * 8))
  return extraField(0x0001, data)
}

/** The Info-ZIP Unicode Path field: version 1, CRC-32 of the header's name, the UTF-8 name. */
const unicodePath = (headerName: Buffer, name: string) => {
  const data = Buffer.alloc(5)
  data.writeUInt8(1, 0)
  data.writeUInt32LE(zlib.crc32(headerName), 1)
  return extraField(0x7075, Buffer.concat([data, Buffer.from(name)]))
}

/** Records after `prefix` junk bytes, all in one window; counts the holds asked for. */
async function read(records: Buffer[], prefix = 7) {
  const archive = Buffer.concat([Buffer.alloc(prefix, 0xaa), ...records])
  let holds = 0
  const source: DirectorySource = {
    window: archive,
    hold: async () => {
      holds++
    },
    offsetOf: start => start,
    available: start => Math.max(0, archive.length - start)
  }
  const directory = await readCentralDirectory(source, prefix, records.length, archive.length)
  return { directory, holds }
}

const GIB = 2 ** 30

describe('Zip64 values', () => {
  it('are read only for the fields that say 0xffffffff, in the order sizes then offset', async () => {
    const { directory } = await read([
      record({ compressed: 0xffffffff, extras: [zip64(5 * GIB)] }),
      record({ offset: 0xffffffff, uncompressed: 30, extras: [zip64(6 * GIB)] }),
      record({ uncompressed: 0xffffffff, extras: [zip64(7 * GIB)] })
    ])
    expect([...directory.compressedSize]).toEqual([5 * GIB, 10, 10])
    expect([...directory.uncompressedSize]).toEqual([20, 30, 7 * GIB])
    expect([...directory.localHeaderOffset]).toEqual([0, 6 * GIB, 0])
  })

  it('are found after other extra fields, and a record without one keeps its 32-bit values', async () => {
    const name = Buffer.from('a.txt')
    const { directory } = await read([
      record({
        compressed: 0xffffffff,
        name,
        extras: [extraField(0x5455, Buffer.alloc(5)), unicodePath(name, 'a.txt'), zip64(9 * GIB)]
      }),
      record({ compressed: 0xffffffff })
    ])
    expect([...directory.compressedSize]).toEqual([9 * GIB, 0xffffffff])
  })
})

describe('extra fields', () => {
  it('a Unicode Path field names the entry', async () => {
    const name = Buffer.from('cafe.txt')
    const { directory } = await read([
      record({ name, extras: [extraField(0x5455, Buffer.alloc(5)), unicodePath(name, 'café.txt')] })
    ])
    expect(directory.names).toEqual(['café.txt'])
  })

  it('fewer than 4 bytes left after the last field are not a field (as yauzl reads them)', async () => {
    const { directory } = await read(
      [record({ extras: [extraField(0x5455, Buffer.alloc(1)), Buffer.from([0x01, 0x00, 0xff])] })],
      0
    )
    expect(directory.names).toEqual(['a.txt'])
  })

  it('a field longer than the record’s extra area is refused', async () => {
    const overrun = extraField(0x5455, Buffer.alloc(4))
    overrun.writeUInt16LE(40, 2)
    await expect(read([record({ extras: [overrun] })])).rejects.toThrow(
      new BadDirectory('extra field length exceeds extra field buffer size')
    )
  })
})

describe('the edges of the file', () => {
  it('a directory that ends exactly at the end of the file is whole, and needs no read', async () => {
    const { directory, holds } = await read([record({ name: Buffer.alloc(0) })], 0)
    expect(directory.count).toBe(1)
    expect(holds).toBe(0)
  })

  it('a refusal is a BadDirectory', async () => {
    const error = await read([record()], 0).then(
      () => undefined,
      (thrown: unknown) => thrown
    )
    expect(error).toBeUndefined()
    const cut = await readCentralDirectory(
      {
        window: Buffer.alloc(46),
        hold: async () => undefined,
        offsetOf: s => s,
        available: () => 0
      },
      0,
      1,
      46
    ).catch((thrown: Error) => thrown)
    expect(cut).toBeInstanceOf(BadDirectory)
    expect((cut as Error).name).toBe('BadDirectory')
  })
})

describe('canDecode', () => {
  it('only stored or deflated entries without the encryption flag', async () => {
    const { directory } = await read([
      record({ method: 8 }),
      record({ method: 0 }),
      record({ method: 8, flags: 1 }),
      record({ method: 0, flags: 1 }),
      record({ method: 12 }),
      record({ method: 8, flags: 0x808 })
    ])
    expect([0, 1, 2, 3, 4, 5].map(index => directory.canDecode(index))).toEqual([
      true,
      true,
      false,
      false,
      false,
      true
    ])
  })
})
