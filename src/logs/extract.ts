import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as zlib from 'node:zlib'
import yauzl, { type ZipFile } from 'yauzl'
import {
  BadDirectory,
  CentralDirectory,
  readCentralDirectory,
  type DirectorySource
} from './central-directory.js'
import type { Deadline } from '../clock.js'
import { OperationError } from '../github/errors.js'
import { crc32 } from './crc32.js'
import { CREATE_NEW_FLAGS } from '../safe-file.js'
import { RawInflater } from './inflate.js'
import { RATIO_GRACE_BYTES, countingStream, type ArchiveLimits, type ByteBudget } from './limits.js'
import { resolveInside, unsafeEntryReason } from './safe-paths.js'
import { capitalise } from '../sentences.js'

/** An entry that passed every check and may be extracted. */
export interface ArchiveEntry {
  /** Position in the central directory. */
  readonly index: number
  /** Relative path with "/" separators, without a trailing "/" for directories. */
  readonly name: string
  readonly isDirectory: boolean
  readonly compressedSize: number
  /** What the header claims; only used for an early, friendly refusal, never trusted. */
  readonly declaredSize: number
}

export interface RefusedEntry {
  readonly name: string
  readonly reason: string
}

export interface ArchiveListing {
  readonly entries: ArchiveEntry[]
  readonly refused: RefusedEntry[]
}

/** What extraction needs of an entry's central-directory record. */
interface EntryRecord {
  readonly localHeaderOffset: number
  readonly compressedSize: number
  readonly compressionMethod: number
  readonly crc32: number
}

/** An entry's record, read from the directory as it is extracted (not kept). */
function recordOf(directory: CentralDirectory, index: number): EntryRecord {
  return {
    localHeaderOffset: directory.localHeaderOffset[index] as number,
    compressedSize: directory.compressedSize[index] as number,
    compressionMethod: directory.compressionMethod[index] as number,
    crc32: directory.crc32[index] as number
  }
}

/** Where extracted files go, as refusal sentences name it: the input and what it holds. */
export interface Destination {
  readonly input: string
  readonly contents: string
}

const LOG_DIR: Destination = { input: 'log-dir', contents: 'logs' }

const OPEN_OPTIONS: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  // Names are decoded and checked by us, so one bad entry is refused instead of ending the read.
  decodeStrings: false,
  // Sizes are counted as they inflate (ByteBudget, ratio), not compared with the headers' claims.
  validateEntrySizes: false
}

const S_IFMT = 0o170000
const S_IFREG = 0o100000
const S_IFDIR = 0o040000
const S_IFLNK = 0o120000

/** Unix file type from the external attributes: anything but a file or directory is refused. */
function fileTypeReason(externalFileAttributes: number): string | undefined {
  const type = (externalFileAttributes >>> 16) & S_IFMT
  if (type === 0 || type === S_IFREG || type === S_IFDIR) return undefined
  return type === S_IFLNK ? 'symbolic link' : 'special file'
}

function refusalReason(
  directory: CentralDirectory,
  index: number,
  name: string
): string | undefined {
  return (
    unsafeEntryReason(name) ??
    fileTypeReason(directory.externalFileAttributes[index] as number) ??
    (directory.canDecode(index) ? undefined : 'encrypted or unsupported compression')
  )
}

export interface ExtractedArchive {
  readonly listing: ArchiveListing
  /** The file written for each extracted entry's index, in archive order. */
  readonly written: Map<number, string>
  /**
   * The most inflated bytes held in one piece (every entry moves through reused buffers of
   * INFLATE_CHUNK_BYTES): bounded by that whatever the headers claim.
   */
  readonly largestInMemory: number
}

/**
 * Opens the archive once: its central directory is listed and checked (no data is inflated, and
 * the entry-count cap applies before anything is written), `choose` picks among the entries that
 * passed, and those are extracted from the same open file. Returns the listing and the file
 * written for each extracted entry's index, in archive order.
 */
export async function extractArchive(
  zipPath: string,
  options: {
    readonly root: string
    readonly limits: ArchiveLimits
    readonly budget: ByteBudget
    readonly label: string
    readonly choose: (listing: ArchiveListing) => readonly ArchiveEntry[]
    /** What `root` is, for refusal sentences (default: the logs in log-dir). */
    readonly destination?: Destination
    /**
     * On a failure, remove every file and folder this extraction made (an artifact is used
     * whole by the next step: half of one is worse than none). Default: keep what was written.
     */
    readonly removeOnFailure?: boolean
    /** timeout-seconds: checked before each entry. */
    readonly deadline?: Deadline
  }
): Promise<ExtractedArchive> {
  const { root, limits, budget, label } = options
  const destination = options.destination ?? LOG_DIR
  return withArchive(zipPath, label, async (zip, archive) => {
    const { listing, directory } = await list(zip, archive, limits, label)
    const chosen = options.choose(listing)
    const folders = new Folders(await fs.promises.realpath(root), destination)
    const written = new Map<number, string>()
    const pieces = new Pieces(archive)
    try {
      let since = performance.now()
      for (const planned of [...chosen].sort((a, b) => a.index - b.index)) {
        if (options.deadline?.expired()) {
          throw new OperationError(
            `Timed out after ${options.deadline.timeoutSeconds} seconds extracting ${label}${options.removeOnFailure ? '; nothing of it was kept' : ''}.`
          )
        }
        const target = resolveInside(root, planned.name)
        if (target === undefined) continue
        if (planned.isDirectory) {
          await folders.make(target)
          continue
        }
        const record = recordOf(directory, planned.index)
        const context = { folders, target, limits, budget, label, pieces }
        await extractFile(record, planned, context)
        written.set(planned.index, target)
        // Small entries are written synchronously (see writeWhole): let timers and I/O run.
        if (performance.now() - since > YIELD_EVERY_MS) {
          await new Promise(resolve => setImmediate(resolve))
          since = performance.now()
        }
      }
    } catch (error) {
      if (options.removeOnFailure) await folders.removeMade([...written.values()])
      throw error
    } finally {
      pieces.close()
    }
    return { listing, written, largestInMemory: pieces.largestInMemory }
  })
}

/** Lists and checks every entry of an archive (see extractArchive); extracts nothing. */
export async function listArchive(
  zipPath: string,
  limits: ArchiveLimits,
  label: string
): Promise<ArchiveListing> {
  return withArchive(
    zipPath,
    label,
    async (zip, archive) => (await list(zip, archive, limits, label)).listing
  )
}

/** The archive open for yauzl through one ArchiveFile, closed afterwards whatever happens. */
async function withArchive<T>(
  zipPath: string,
  label: string,
  use: (zip: ZipFile, archive: ArchiveFile) => Promise<T>
): Promise<T> {
  const handle = await fs.promises.open(zipPath, 'r')
  try {
    const archive = new ArchiveFile(handle, (await handle.stat()).size)
    const zip = await openZip(archive, label)
    try {
      return await use(zip, archive)
    } finally {
      zip.close()
    }
  } finally {
    await handle.close()
  }
}

/**
 * yauzl's open, its errors made one sentence: an archive whose end is missing (a download cut
 * short by a server that delimits the body by closing the connection) or that is not a zip at
 * all. Only yauzl's first sentence is kept; the rest can quote entry names.
 */
async function openZip(archive: ArchiveFile, label: string): Promise<ZipFile> {
  try {
    return await yauzl.fromRandomAccessReaderPromise(archive, archive.size, OPEN_OPTIONS)
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split(/[.:]/)[0] ?? '') : ''
    throw new OperationError(
      `${capitalise(label)} is not a complete zip archive (${reason.trim() || 'unreadable'}); it may have been cut short in transfer. Nothing was extracted.`
    )
  }
}

async function list(
  zip: ZipFile,
  archive: ArchiveFile,
  limits: ArchiveLimits,
  label: string
): Promise<{ listing: ArchiveListing; directory: CentralDirectory }> {
  if (zip.entryCount > limits.maxEntries) {
    throw new OperationError(
      `${capitalise(label)} has ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed; nothing was extracted.`
    )
  }
  // yauzl found the directory (the end record, zip64); its records are read here, compactly.
  const start = (zip as unknown as { readEntryCursor: unknown }).readEntryCursor
  if (typeof start !== 'number' || start < 0 || start > archive.size) {
    throw new OperationError(
      `${capitalise(label)} is not a complete zip archive (no central directory where its end says); nothing was extracted.`
    )
  }
  let directory: CentralDirectory
  try {
    directory = await readCentralDirectory(archive, start, zip.entryCount, archive.size)
  } catch (error) {
    if (!(error instanceof BadDirectory)) throw error
    throw new OperationError(
      `${capitalise(label)} is not a complete zip archive (${error.message}); it may have been cut short in transfer. Nothing was extracted.`
    )
  }
  const { names } = directory
  const entries: ArchiveEntry[] = []
  const refused: RefusedEntry[] = []
  const folders = folderPaths(names)
  const files = new Set<string>()
  for (let index = 0; index < directory.count; index++) {
    const name = names[index] as string
    const path = name.replace(/\/$/, '')
    const isDirectory = name.endsWith('/')
    const reason =
      refusalReason(directory, index, name) ??
      (isDirectory ? undefined : collisionReason(path, folders, files))
    if (reason !== undefined) {
      refused.push({ name, reason })
      continue
    }
    if (!isDirectory) files.add(path)
    entries.push({
      index,
      name: path,
      isDirectory,
      compressedSize: directory.compressedSize[index] as number,
      declaredSize: directory.uncompressedSize[index] as number
    })
  }
  return { listing: { entries, refused }, directory }
}

/** Every folder the archive implies: directory entries and every parent of any entry. */
function folderPaths(names: readonly string[]): Set<string> {
  const folders = new Set<string>()
  for (const name of names) {
    const segments = name.replace(/\/$/, '').split('/')
    const last = name.endsWith('/') ? segments.length : segments.length - 1
    for (let end = 1; end <= last; end++) folders.add(segments.slice(0, end).join('/'))
  }
  return folders
}

/**
 * A file whose path is also a folder of the archive, or a second file of the same path, cannot
 * be written as the archive says: refused like any other hostile entry, never a raw EEXIST.
 */
function collisionReason(
  path: string,
  folders: ReadonlySet<string>,
  files: ReadonlySet<string>
): string | undefined {
  if (folders.has(path)) return 'a file and a folder of the same name'
  if (files.has(path)) return 'two files of the same name'
  return undefined
}

/**
 * The folders of one extraction: each is made (mkdir -p) and checked once (no existing link took
 * it outside the root), then remembered, so 5,000 files in 50 folders cost 50 checks, not 5,000.
 * Remembering is safe: nothing extracted can turn a checked folder into a link (links are
 * refused, files are created O_EXCL|O_NOFOLLOW, and a file never takes a folder's name).
 */
class Folders {
  private readonly made = new Set<string>()
  /** The topmost folder each mkdir created (everything below it was made here too). */
  private readonly created: string[] = []

  constructor(
    private readonly realRoot: string,
    readonly destination: Destination
  ) {}

  async make(directory: string): Promise<void> {
    if (this.made.has(directory)) return
    const first = await fs.promises.mkdir(directory, { recursive: true })
    const real = await fs.promises.realpath(directory)
    if (real !== this.realRoot && !real.startsWith(this.realRoot + path.sep)) {
      throw new OperationError(
        `Refused to write ${this.destination.contents} through a link that leads outside ${this.destination.input} (${directory}).`
      )
    }
    this.made.add(directory)
    // Only once checked: a folder made through a link is never removed through it.
    if (first !== undefined) this.created.push(first)
  }

  /** Removes `files` and every folder this extraction created, with what is in it. */
  async removeMade(files: readonly string[]): Promise<void> {
    for (const file of files) await fs.promises.rm(file, { force: true })
    for (const folder of this.created)
      await fs.promises.rm(folder, { recursive: true, force: true })
  }
}

/**
 * A fresh file only (O_CREAT | O_EXCL | O_NOFOLLOW, from safe-file.ts): whatever already sits at
 * the target is never opened, so neither a symbolic nor a hard link is written through.
 */
const WRITE_FLAGS = CREATE_NEW_FLAGS

/** Synchronous work between two turns of the event loop (timers, I/O), at most about this long. */
const YIELD_EVERY_MS = 20

interface ExtractContext {
  readonly folders: Folders
  readonly target: string
  readonly limits: ArchiveLimits
  readonly budget: ByteBudget
  readonly label: string
  readonly pieces: Pieces
}

/**
 * Bytes per read from the archive and per inflated piece. Every entry, of any size, moves
 * through the same few buffers of this size, so what one entry holds in memory is bounded here
 * whatever its headers claim (a bomb of small entries included).
 */
export const INFLATE_CHUNK_BYTES = 1024 * 1024

/**
 * The archive file, read through one reused window of INFLATE_CHUNK_BYTES, and yauzl's reader
 * of it. yauzl's own file reader makes two reads per central-directory record and one per local
 * header (10,000+ round trips to libuv's threads for 5,000 entries); through the window, the
 * records, the local headers and small entries' data that follow one another in the file come
 * from one read per window. Nothing is allocated per read.
 */
class ArchiveFile extends yauzl.RandomAccessReader implements DirectorySource {
  readonly window = Buffer.allocUnsafe(INFLATE_CHUNK_BYTES)
  private windowStart = 0
  private windowLength = 0

  constructor(
    private readonly handle: fs.promises.FileHandle,
    readonly size: number
  ) {
    super()
  }

  /**
   * Up to `length` bytes at `start`, from the window (refilled from `start` when it does not
   * hold them all); shorter only at the end of the file or of the window. Valid until the next
   * call.
   */
  async at(start: number, length: number): Promise<Buffer> {
    const offset = start - this.windowStart
    if (offset < 0 || offset + Math.min(length, this.window.length) > this.windowLength) {
      await this.fill(start)
      return this.window.subarray(0, Math.min(length, this.windowLength))
    }
    return this.window.subarray(offset, offset + Math.min(length, this.windowLength - offset))
  }

  /** DirectorySource: the window refilled from `start` (a record fits it whole). */
  async hold(start: number): Promise<void> {
    await this.fill(start)
  }

  offsetOf(start: number): number {
    return start - this.windowStart
  }

  available(start: number): number {
    const offset = start - this.windowStart
    return offset < 0 || offset > this.windowLength ? 0 : this.windowLength - offset
  }

  private async fill(start: number): Promise<void> {
    this.windowStart = start
    this.windowLength = 0
    while (this.windowLength < this.window.length) {
      const { bytesRead } = await this.handle.read(
        this.window,
        this.windowLength,
        this.window.length - this.windowLength,
        start + this.windowLength
      )
      if (bytesRead === 0) break
      this.windowLength += bytesRead
    }
  }

  /** yauzl's reads (central directory, local headers), like fs.read. */
  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (error: Error | null, bytesRead?: number) => void
  ): void {
    this.readInto(buffer, offset, length, position).then(
      bytesRead => callback(null, bytesRead),
      (error: unknown) => callback(error as Error)
    )
  }

  private async readInto(buffer: Buffer, offset: number, length: number, position: number) {
    let done = 0
    while (done < length) {
      const got = await this.at(position + done, length - done)
      if (got.length === 0) break
      got.copy(buffer, offset + done)
      done += got.length
    }
    return done
  }

  /** Only for streaming entries on a Node without reused-buffer inflation (see REUSED_BUFFERS). */
  override _readStreamForRange(start: number, end: number): Readable {
    return this.handle.createReadStream({ start, end: end - 1, autoClose: false })
  }
}

/**
 * Reads entries' data from the archive and inflates it through buffers reused for every entry:
 * nothing is allocated per chunk, so extracting gigabytes leaves no garbage for the collector.
 * Inflated pieces alternate between two output buffers, so one is written to disk (on libuv's
 * threads) while the next is inflated.
 */
class Pieces {
  private readonly outputs = [
    Buffer.allocUnsafe(INFLATE_CHUNK_BYTES),
    Buffer.allocUnsafe(INFLATE_CHUNK_BYTES)
  ] as const
  private inflater: RawInflater | undefined
  /** The most inflated bytes one piece held (see ExtractedArchive). */
  largestInMemory = 0

  constructor(private readonly archive: ArchiveFile) {}

  /**
   * Where an entry's data starts, from its local header (30 bytes, then a name and an extra
   * field whose lengths may differ from the central directory's), checked to lie in the file.
   */
  async dataStart(entry: EntryRecord): Promise<number> {
    const header = await this.archive.at(entry.localHeaderOffset, LOCAL_HEADER_BYTES)
    if (header.length < LOCAL_HEADER_BYTES || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
      throw new DamagedEntry('has no local header where the central directory says')
    }
    const start =
      entry.localHeaderOffset +
      LOCAL_HEADER_BYTES +
      header.readUInt16LE(26) +
      header.readUInt16LE(28)
    if (start + entry.compressedSize > this.archive.size) {
      throw new DamagedEntry('ends before its data does')
    }
    return start
  }

  /** A deflated entry's data as a stream (only where RawInflater is not available). */
  stream(start: number, length: number): Readable {
    return this.archive.createReadStream({ start, end: start + length })
  }

  private async read(start: number, length: number): Promise<Buffer> {
    const got = await this.archive.at(start, length)
    if (got.length === 0) throw new DamagedEntry('ends before its data does')
    return got
  }

  /**
   * An entry's whole content in one piece, when it fits one: a stored entry's bytes, or a
   * deflated entry inflated in one call. Undefined when it inflates to a full buffer or more
   * (then it goes piece by piece). Valid until the next call.
   */
  async whole(start: number, length: number, stored: boolean): Promise<Buffer | undefined> {
    const data = length === 0 ? Buffer.alloc(0) : await this.read(start, length)
    if (data.length < length) return undefined // more than a window: piece by piece
    if (stored) return data
    const inflater = this.freshInflater()
    const output = this.outputs[0]
    const { produced } = inflater.inflate(data, 0, data.length, output, true)
    if (produced === output.length) return undefined
    this.largestInMemory = Math.max(this.largestInMemory, produced)
    return output.subarray(0, produced)
  }

  private freshInflater(): RawInflater {
    const inflater = (this.inflater ??= new RawInflater())
    inflater.reset()
    return inflater
  }

  /** Copies a stored entry's bytes to `sink`. */
  async copy(start: number, length: number, sink: PieceSink): Promise<void> {
    for (let done = 0; done < length;) {
      const got = await this.read(start + done, Math.min(INFLATE_CHUNK_BYTES, length - done))
      done += got.length
      await sink.write(got)
      // The window is reused by the next read: this piece must be on disk first.
      await sink.settle()
    }
  }

  /** Inflates a deflated entry's data into `sink`, piece by piece. */
  async inflate(start: number, length: number, sink: PieceSink): Promise<void> {
    const inflater = this.freshInflater()
    let input: Buffer = Buffer.alloc(0)
    let read = 0
    let offset = 0
    let left = 0
    let which = 0
    for (;;) {
      if (left === 0 && read < length) {
        input = await this.read(start + read, length - read)
        offset = 0
        left = input.length
        read += left
      }
      const output = this.outputs[which] as Buffer
      // The other buffer's write must be done before it is inflated into again.
      const last = read >= length
      const { produced, consumed } = inflater.inflate(input, offset, left, output, last)
      offset += consumed
      left -= consumed
      if (produced > 0) {
        this.largestInMemory = Math.max(this.largestInMemory, produced)
        await sink.write(output.subarray(0, produced))
        which = 1 - which
      }
      // A full output buffer may leave more to inflate; otherwise zlib took all it could.
      if (produced === output.length) continue
      if (left > 0 && produced === 0 && consumed === 0) break // the stream ended before its data
      if (left === 0 && last) break
    }
    await sink.settle()
  }

  close(): void {
    this.inflater?.close()
  }
}

/**
 * Takes an entry's pieces in order: each is checked (caps, CRC) at once and written to the file
 * in the background; `write` returns once the piece before it is on disk, so at most two pieces
 * are in flight and the caller may reuse the buffer of the one before.
 */
class PieceSink {
  private previous: Promise<void> = Promise.resolve()

  constructor(
    private readonly fd: number,
    private readonly take: (bytes: Uint8Array) => void
  ) {}

  async write(piece: Buffer): Promise<void> {
    this.take(piece)
    const before = this.previous
    const current = before.then(() => writeAll(this.fd, piece))
    // Awaited below or in settle(); never an unhandled rejection meanwhile.
    current.catch(() => undefined)
    this.previous = current
    await before
  }

  /** Every piece written (or the first write error). */
  async settle(): Promise<void> {
    await this.previous
  }
}

async function writeAll(fd: number, piece: Buffer): Promise<void> {
  for (let offset = 0; offset < piece.length;) {
    offset += await new Promise<number>((resolve, reject) =>
      fs.write(fd, piece, offset, piece.length - offset, null, (error, written) =>
        error ? reject(error) : resolve(written)
      )
    )
  }
}

const STORED = 0
const LOCAL_HEADER_SIGNATURE = 0x04034b50
const LOCAL_HEADER_BYTES = 30

/** Whether this Node's zlib can inflate into reused buffers (see RawInflater); else streams. */
const REUSED_BUFFERS = RawInflater.available()

/**
 * Creates `target` as a new file and returns its descriptor. A symbolic link there is refused
 * in one sentence; anything else already there (a file from an earlier fetch, a hard link to a
 * file elsewhere, a FIFO) is unlinked first, so its other names keep their contents.
 * Synchronous: one open(2) of a local file, like the write of a small entry (see writeWhole).
 */
function openFresh(target: string, name: string, input: string): number {
  const refused = () =>
    new OperationError(
      `Refused to write ${JSON.stringify(name)} in ${input}: a link is already there, and links are never followed.`
    )
  try {
    return fs.openSync(target, WRITE_FLAGS, 0o644)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ELOOP') throw refused()
    if (code !== 'EEXIST') throw error
  }
  if (fs.lstatSync(target).isSymbolicLink()) throw refused()
  fs.unlinkSync(target)
  return fs.openSync(target, WRITE_FLAGS, 0o644)
}

/**
 * Writes a small entry's whole, checked content as a new file with one open, write and close,
 * synchronously. For thousands of small files, the round trips of asynchronous calls through
 * libuv's threads cost more than the calls (measured: 5,000 files of 100 bytes on Node 24, at
 * load 6: async one at a time 3.6 s, 16 at a time 2.4 s, synchronous 1.8-2.2 s, unzip 2.2 s).
 */
function writeWhole(target: string, name: string, input: string, content: Buffer): void {
  const fd = openFresh(target, name, input)
  try {
    for (let offset = 0; offset < content.length;) {
      offset += fs.writeSync(fd, content, offset, content.length - offset)
    }
  } catch (error) {
    closeQuietly(fd)
    // No half-written file (a full disk): only what this call created is removed.
    fs.rmSync(target, { force: true })
    throw error
  }
  fs.closeSync(fd)
}

/** After a failure that is reported anyway: the descriptor is released, its error not. */
function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd)
  } catch {
    // The failure already being reported says more.
  }
}

async function extractFile(
  entry: EntryRecord,
  planned: ArchiveEntry,
  { folders, target, limits, budget, label, pieces }: ExtractContext
): Promise<void> {
  await folders.make(path.dirname(target))
  const { input } = folders.destination
  let inflated = 0
  let crc = 0
  /** Every byte about to be written: counted against the caps and into the CRC. */
  const take = (bytes: Uint8Array) => {
    inflated += bytes.length
    if (inflated > RATIO_GRACE_BYTES && inflated > planned.compressedSize * limits.maxRatio) {
      throw new OperationError(
        `Stopped extracting ${label}: entry ${JSON.stringify(planned.name)} inflates to more than ${limits.maxRatio} times its compressed size, which looks like a zip bomb.`
      )
    }
    budget.take(bytes.length)
    crc = crc32(bytes, crc)
  }
  /** After the last byte: what was written must be what was zipped. */
  const verify = () => {
    if (crc !== entry.crc32) throw new DamagedEntry('does not match its CRC-32 checksum')
  }
  const stored = entry.compressionMethod === STORED
  try {
    if (stored || REUSED_BUFFERS) {
      const fileDataStart = await pieces.dataStart(entry)
      // A small entry (most of an artifact of many files): checked whole, then written at once.
      // The declared size only picks the way; a header that understates it costs one piece.
      const content =
        stored || planned.declaredSize < INFLATE_CHUNK_BYTES
          ? await pieces.whole(fileDataStart, entry.compressedSize, stored)
          : undefined
      if (content !== undefined) {
        take(content)
        verify()
        writeWhole(target, planned.name, input, content)
        return
      }
      await writeNew(target, planned.name, input, async fd => {
        const sink = new PieceSink(fd, take)
        try {
          if (stored) await pieces.copy(fileDataStart, entry.compressedSize, sink)
          else await pieces.inflate(fileDataStart, entry.compressedSize, sink)
        } finally {
          await sink.settle().catch(() => undefined)
        }
        verify()
      })
    } else {
      const start = await pieces.dataStart(entry)
      const source = pieces.stream(start, entry.compressedSize)
      await writeNew(target, planned.name, input, fd =>
        pipeline(
          source,
          zlib.createInflateRaw(),
          countingStream(take, verify),
          fs.createWriteStream(target, { fd, autoClose: false })
        )
      )
    }
  } catch (error) {
    throw damagedSentence(error, label, planned.name) ?? error
  }
}

/**
 * Creates `target` (openFresh) and lets `write` fill it piece by piece. On any failure (a cap,
 * a damaged entry, a full disk) the half-written file is removed; what was at `target` before,
 * a link refused included, is left alone when the file was never created.
 */
async function writeNew(
  target: string,
  name: string,
  input: string,
  write: (fd: number) => Promise<void>
): Promise<void> {
  const fd = openFresh(target, name, input)
  try {
    await write(fd)
  } catch (error) {
    closeQuietly(fd)
    await fs.promises.rm(target, { force: true })
    throw error
  }
  try {
    fs.closeSync(fd)
  } catch (error) {
    await fs.promises.rm(target, { force: true })
    throw error
  }
}

/** What is wrong with an entry's data, as the end of a sentence ("… entry "x" <detail>"). */
class DamagedEntry extends Error {
  constructor(readonly detail: string) {
    super(detail)
    this.name = 'DamagedEntry'
  }
}

/**
 * A damaged entry (CRC mismatch, data that does not inflate, data cut short) as one sentence
 * naming it; undefined for anything else (a cap, a full disk), which keeps its own words.
 */
function damagedSentence(error: unknown, label: string, name: string): OperationError | undefined {
  const code = (error as { code?: unknown }).code
  const detail =
    error instanceof DamagedEntry
      ? error.detail
      : typeof code === 'string' && code.startsWith('Z_')
        ? `does not inflate (${(error as Error).message})`
        : undefined
  if (detail === undefined) return undefined
  return new OperationError(
    `${capitalise(label)} is damaged: entry ${JSON.stringify(name)} ${detail}, so nothing of it was kept.`
  )
}
