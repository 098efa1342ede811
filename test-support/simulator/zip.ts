/**
 * Run-log archives, streamed: per-job `N_job.txt` files plus per-job folders of `N_step.txt`
 * files, all deflated, as GitHub's are. Padding (logArchiveBytes) is more deflated step logs of
 * generated runner-log text (about 4.5× compression, like real logs), taken from a small pool
 * of segments deflated once per process, so a 1 GiB archive costs neither memory nor minutes.
 * The old shape, one big stored entry, stays for `logArchivePadding: 'stored'`.
 */
import { Readable } from 'node:stream'
import * as zlib from 'node:zlib'
import yazl from 'yazl'
import { entryName, jobLogText, runnerLogText, type StepLog } from './logs.js'

export interface ArchiveJob {
  name: string
  steps: StepLog[]
}

const PAD_LINE =
  ' [runner] test output: module ok, 0 failures, cache hit, artifacts verified, done\n'

/** Generated log lines, exactly `size` bytes, produced only as fast as they are read. */
export function paddingStream(size: number, startMs: number): Readable {
  let produced = 0
  let line = 0
  return new Readable({
    read() {
      if (produced >= size) {
        this.push(null)
        return
      }
      const parts: string[] = []
      let chunkBytes = 0
      while (chunkBytes < 256 * 1024 && produced + chunkBytes < size) {
        const text = new Date(startMs + line).toISOString().replace('Z', '0000Z') + PAD_LINE
        line++
        parts.push(text)
        chunkBytes += text.length
      }
      let chunk = Buffer.from(parts.join(''))
      if (produced + chunk.length > size) chunk = chunk.subarray(0, size - produced)
      produced += chunk.length
      this.push(chunk)
    }
  })
}

/** How the archive is padded to logArchiveBytes. */
export type ArchivePadding = 'deflated' | 'stored'

export function runLogArchive(
  jobs: ArchiveJob[],
  padToBytes: number | undefined,
  startMs: number,
  padding: ArchivePadding = 'deflated'
): Readable {
  return padding === 'stored'
    ? storedPaddingArchive(jobs, padToBytes, startMs)
    : deflatedArchive(jobs, padToBytes ?? 0, new Date(startMs))
}

function storedPaddingArchive(
  jobs: ArchiveJob[],
  padToBytes: number | undefined,
  startMs: number
): Readable {
  const zip = new yazl.ZipFile()
  const mtime = new Date(startMs)
  let written = 0
  const used = new Set<string>()
  jobs.forEach((job, index) => {
    let folder = entryName(job.name)
    while (used.has(folder)) folder += '_'
    used.add(folder)
    const whole = Buffer.from(jobLogText(job.steps))
    zip.addBuffer(whole, `${index}_${folder}.txt`, { mtime })
    written += whole.length + 2 * folder.length + 100
    for (const step of job.steps) {
      const text = Buffer.from(step.lines.join('\n') + '\n')
      zip.addBuffer(text, `${folder}/${step.number}_${entryName(step.name)}.txt`, { mtime })
      written += text.length + folder.length + step.name.length + 100
    }
  })
  const padding = padToBytes ? padToBytes - written - 200 : 0
  if (padding > 0) {
    const folder = jobs[0] ? entryName(jobs[0].name) : 'build'
    zip.addReadStream(paddingStream(padding, startMs), `${folder}/99_Run verbose tests.txt`, {
      mtime,
      compress: false,
      size: padding
    })
  }
  zip.end()
  return zip.outputStream as Readable
}

// ---------------------------------------------------------------------------------------------
// GitHub-shaped archives: hundreds of deflated text entries, written from a pool of segments

/** One zip entry whose deflated data is already known. */
export interface RawEntry {
  readonly name: string
  /** Raw deflate data (method 8), or the bytes themselves when `stored`. */
  readonly data: readonly Buffer[]
  readonly crc: number
  readonly size: number
  readonly stored?: boolean
}

/** zlib's crc32_combine: the CRC-32 of A+B from those of A and B and B's length. */
function gf2Times(matrix: Uint32Array, vector: number): number {
  let sum = 0
  for (let row = 0; vector !== 0; row++, vector >>>= 1) {
    if (vector & 1) sum ^= matrix[row] as number
  }
  return sum >>> 0
}

function gf2Square(square: Uint32Array, matrix: Uint32Array): void {
  for (let row = 0; row < 32; row++) square[row] = gf2Times(matrix, matrix[row] as number)
}

export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB <= 0) return crcA >>> 0
  const even = new Uint32Array(32)
  const odd = new Uint32Array(32)
  odd[0] = 0xedb88320
  for (let row = 1, bit = 1; row < 32; row++, bit <<= 1) odd[row] = bit >>> 0
  gf2Square(even, odd)
  gf2Square(odd, even)
  let crc = crcA >>> 0
  let length = lengthB
  do {
    gf2Square(even, odd)
    if (length % 2) crc = gf2Times(even, crc)
    length = Math.floor(length / 2)
    if (length === 0) break
    gf2Square(odd, even)
    if (length % 2) crc = gf2Times(odd, crc)
    length = Math.floor(length / 2)
  } while (length !== 0)
  return (crc ^ crcB) >>> 0
}

/** Deflated text that does not end the stream: segments concatenate into one entry's data. */
export interface Segment {
  readonly data: Buffer
  readonly crc: number
  readonly size: number
}

/** An empty final fixed-Huffman block: ends a stream of concatenated segments. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00])

/**
 * The CRC-32 of `bytes` computed by zlib itself (a gzip trailer; zlib.crc32 where Node has it),
 * never by the code under test.
 */
function zlibCrc32(bytes: Buffer): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32
  if (native) return native(bytes)
  const gzip = zlib.gzipSync(bytes, { level: 0 })
  return gzip.readUInt32LE(gzip.length - 8)
}

export function segment(text: string | Buffer): Segment {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text
  const data = zlib.deflateRawSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH })
  return { data, crc: zlibCrc32(bytes), size: bytes.length }
}

/** One deflated entry made of segments, in order (its CRC combined, never recomputed). */
export function entryOf(name: string, segments: readonly Segment[]): RawEntry {
  let crc = 0
  let size = 0
  for (const part of segments) {
    crc = crc32Combine(crc, part.crc, part.size)
    size += part.size
  }
  return { name, data: [...segments.map(part => part.data), FINAL_BLOCK], crc, size }
}

function dosTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()
  }
}

/**
 * A zip of entries whose data is known (no zip64: up to 4 GiB), produced as it is read: local
 * header and data of each entry, then the central directory.
 */
export function rawZip(entries: Iterable<RawEntry>, mtime: Date): Readable {
  const { time, day } = dosTime(mtime)
  return Readable.from(
    (function* () {
      const central: Buffer[] = []
      let offset = 0
      let count = 0
      for (const entry of entries) {
        const name = Buffer.from(entry.name)
        const compressed = entry.data.reduce((sum, part) => sum + part.length, 0)
        const method = entry.stored ? 0 : 8
        const local = Buffer.alloc(30)
        local.writeUInt32LE(0x04034b50, 0)
        local.writeUInt16LE(20, 4)
        local.writeUInt16LE(0x0800, 6)
        local.writeUInt16LE(method, 8)
        local.writeUInt16LE(time, 10)
        local.writeUInt16LE(day, 12)
        local.writeUInt32LE(entry.crc >>> 0, 14)
        local.writeUInt32LE(compressed, 18)
        local.writeUInt32LE(entry.size, 22)
        local.writeUInt16LE(name.length, 26)
        const header = Buffer.alloc(46)
        header.writeUInt32LE(0x02014b50, 0)
        header.writeUInt16LE((3 << 8) | 20, 4)
        header.writeUInt16LE(20, 6)
        header.writeUInt16LE(0x0800, 8)
        header.writeUInt16LE(method, 10)
        header.writeUInt16LE(time, 12)
        header.writeUInt16LE(day, 14)
        header.writeUInt32LE(entry.crc >>> 0, 16)
        header.writeUInt32LE(compressed, 20)
        header.writeUInt32LE(entry.size, 24)
        header.writeUInt16LE(name.length, 28)
        header.writeUInt32LE((0o100644 << 16) >>> 0, 38)
        header.writeUInt32LE(offset, 42)
        central.push(header, name)
        yield Buffer.concat([local, name])
        for (const part of entry.data) yield part
        offset += 30 + name.length + compressed
        count++
      }
      const directory = Buffer.concat(central)
      const end = Buffer.alloc(22)
      end.writeUInt32LE(0x06054b50, 0)
      end.writeUInt16LE(count, 8)
      end.writeUInt16LE(count, 10)
      end.writeUInt32LE(directory.length, 12)
      end.writeUInt32LE(offset, 16)
      yield directory
      yield end
    })(),
    { objectMode: false }
  )
}

/** Step logs of 1–4 MiB of runner-log text, deflated once per process, reused for padding. */
const POOL_SIZES_MIB = [1, 2.5, 4, 1.5, 3, 2, 3.5, 1.25, 2.75, 3.75, 1.75, 2.25]
let pool: Segment[] | undefined

export function paddingPool(): Segment[] {
  pool ??= POOL_SIZES_MIB.map((mib, index) =>
    segment(runnerLogText(Math.round(mib * 1024 * 1024), index + 1))
  )
  return pool
}

/** The padding parts of each job: about `bytes` of archive, counting each part twice. */
function paddingPlan(jobCount: number, bytes: number): Segment[][] {
  const plan: Segment[][] = Array.from({ length: jobCount }, () => [])
  if (bytes <= 0 || jobCount === 0) return plan
  const parts = paddingPool()
  // Each part is written twice: as its own step log and inside the job's whole log.
  let left = bytes
  for (let index = 0; left > 0; index++) {
    const part = parts[index % parts.length] as Segment
    ;(plan[index % jobCount] as Segment[]).push(part)
    left -= 2 * (part.data.length + 100)
  }
  return plan
}

/**
 * Per job: `<n>_<job>.txt` (its whole log: every step, then its padding parts) and
 * `<job>/<step>_<name>.txt` for each step and padding part (numbered after the real steps).
 */
function deflatedArchive(jobs: ArchiveJob[], padToBytes: number, mtime: Date): Readable {
  const used = new Set<string>()
  const folders = jobs.map(job => {
    let folder = entryName(job.name)
    while (used.has(folder)) folder += '_'
    used.add(folder)
    return folder
  })
  const real = jobs.map(job => job.steps.map(step => segment(step.lines.join('\n') + '\n')))
  const realBytes = real.flat().reduce((sum, part) => sum + 2 * (part.data.length + 100), 0)
  const plan = paddingPlan(jobs.length, padToBytes - realBytes - 200)
  function* entries(): Generator<RawEntry> {
    for (const [index, job] of jobs.entries()) {
      const folder = folders[index] as string
      const steps = real[index] as Segment[]
      const padding = plan[index] as Segment[]
      yield entryOf(`${index}_${folder}.txt`, [...steps, ...padding])
      for (const [at, step] of job.steps.entries()) {
        yield entryOf(`${folder}/${step.number}_${entryName(step.name)}.txt`, [
          steps[at] as Segment
        ])
      }
      const after = job.steps.reduce((last, step) => Math.max(last, step.number), 0)
      for (const [at, part] of padding.entries()) {
        yield entryOf(`${folder}/${after + at + 1}_Run verbose tests (part ${at + 1}).txt`, [part])
      }
    }
  }
  return rawZip(entries(), mtime)
}
