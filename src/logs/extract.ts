import * as fs from 'node:fs'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
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

/** The entry's name as text; backslashes kept (strict) so they are refused, not reinterpreted. */
function decodeName(entry: Entry): string {
  return yauzl.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    true
  )
}

/** Unix file type from the external attributes: anything but a file or directory is refused. */
function fileTypeReason(entry: Entry): string | undefined {
  const type = (entry.externalFileAttributes >>> 16) & S_IFMT
  if (type === 0 || type === S_IFREG || type === S_IFDIR) return undefined
  return type === S_IFLNK ? 'symbolic link' : 'special file'
}

function refusalReason(entry: Entry, name: string): string | undefined {
  return (
    unsafeEntryReason(name) ??
    fileTypeReason(entry) ??
    (entry.canDecodeFileData() ? undefined : 'encrypted or unsupported compression')
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
  }
): Promise<ExtractedArchive> {
  const { root, limits, budget, label } = options
  const destination = options.destination ?? LOG_DIR
  const zip = await openZip(zipPath, label)
  try {
    const { listing, raw } = await list(zip, limits, label)
    const chosen = options.choose(listing)
    const realRoot = await fs.promises.realpath(root)
    const written = new Map<number, string>()
    const reader = new EntryReader(zipPath)
    try {
      for (const planned of [...chosen].sort((a, b) => a.index - b.index)) {
        const target = resolveInside(root, planned.name)
        if (target === undefined) continue
        if (planned.isDirectory) {
          await makeDirectoryInside(realRoot, target, destination)
          continue
        }
        const entry = raw[planned.index] as Entry
        const context = { realRoot, destination, target, limits, budget, label, reader }
        await extractFile(zip, entry, planned, context)
        written.set(planned.index, target)
      }
    } finally {
      await reader.close()
    }
    return { listing, written, largestInMemory: reader.largestInMemory }
  } finally {
    zip.close()
  }
}

/** Lists and checks every entry of an archive (see extractArchive); extracts nothing. */
export async function listArchive(
  zipPath: string,
  limits: ArchiveLimits,
  label: string
): Promise<ArchiveListing> {
  const zip = await openZip(zipPath, label)
  try {
    return (await list(zip, limits, label)).listing
  } finally {
    zip.close()
  }
}

/**
 * yauzl's open, its errors made one sentence: an archive whose end is missing (a download cut
 * short by a server that delimits the body by closing the connection) or that is not a zip at
 * all. Only yauzl's first sentence is kept; the rest can quote entry names.
 */
async function openZip(zipPath: string, label: string): Promise<ZipFile> {
  try {
    return await yauzl.openPromise(zipPath, OPEN_OPTIONS)
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split(/[.:]/)[0] ?? '') : ''
    throw new OperationError(
      `${capitalise(label)} is not a complete zip archive (${reason.trim() || 'unreadable'}); it may have been cut short in transfer. Nothing was extracted.`
    )
  }
}

async function list(
  zip: ZipFile,
  limits: ArchiveLimits,
  label: string
): Promise<{ listing: ArchiveListing; raw: Entry[] }> {
  if (zip.entryCount > limits.maxEntries) {
    throw new OperationError(
      `${capitalise(label)} has ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed; nothing was extracted.`
    )
  }
  const raw: Entry[] = []
  const named: { entry: Entry; name: string }[] = []
  for await (const entry of zip.eachEntry()) {
    raw.push(entry)
    named.push({ entry, name: decodeName(entry) })
  }
  const entries: ArchiveEntry[] = []
  const refused: RefusedEntry[] = []
  const folders = folderPaths(named.map(item => item.name))
  const files = new Set<string>()
  named.forEach(({ entry, name }, index) => {
    const path = name.replace(/\/$/, '')
    const isDirectory = name.endsWith('/')
    const reason =
      refusalReason(entry, name) ??
      (isDirectory ? undefined : collisionReason(path, folders, files))
    if (reason !== undefined) {
      refused.push({ name, reason })
      return
    }
    if (!isDirectory) files.add(path)
    entries.push({
      index,
      name: path,
      isDirectory,
      compressedSize: entry.compressedSize,
      declaredSize: entry.uncompressedSize
    })
  })
  return { listing: { entries, refused }, raw }
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

/** mkdir -p, then check no existing link took the path outside the root. */
async function makeDirectoryInside(
  realRoot: string,
  directory: string,
  destination: Destination
): Promise<void> {
  await fs.promises.mkdir(directory, { recursive: true })
  const real = await fs.promises.realpath(directory)
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
    throw new OperationError(
      `Refused to write ${destination.contents} through a link that leads outside ${destination.input} (${directory}).`
    )
  }
}

/**
 * A fresh file only (O_CREAT | O_EXCL | O_NOFOLLOW, from safe-file.ts): whatever already sits at
 * the target is never opened, so neither a symbolic nor a hard link is written through.
 */
const WRITE_FLAGS = CREATE_NEW_FLAGS

interface ExtractContext {
  readonly realRoot: string
  readonly destination: Destination
  readonly target: string
  readonly limits: ArchiveLimits
  readonly budget: ByteBudget
  readonly label: string
  readonly reader: EntryReader
}

/**
 * Bytes per read from the archive and per inflated piece. Every entry, of any size, moves
 * through the same few buffers of this size, so what one entry holds in memory is bounded here
 * whatever its headers claim (a bomb of small entries included).
 */
export const INFLATE_CHUNK_BYTES = 1024 * 1024

/**
 * Reads entries' data from the archive through buffers reused for every entry: nothing is
 * allocated per chunk, so extracting gigabytes leaves no garbage for the collector. Inflated
 * pieces alternate between two output buffers, so one is written to disk (on libuv's threads)
 * while the next is inflated.
 */
class EntryReader {
  private readonly input = Buffer.allocUnsafe(INFLATE_CHUNK_BYTES)
  private readonly outputs = [
    Buffer.allocUnsafe(INFLATE_CHUNK_BYTES),
    Buffer.allocUnsafe(INFLATE_CHUNK_BYTES)
  ] as const
  private archive: fs.promises.FileHandle | undefined
  private inflater: RawInflater | undefined
  /** The most inflated bytes one piece held (see ExtractedArchive). */
  largestInMemory = 0

  constructor(private readonly zipPath: string) {}

  private async open(): Promise<fs.promises.FileHandle> {
    this.archive ??= await fs.promises.open(this.zipPath, 'r')
    return this.archive
  }

  private async read(start: number, length: number): Promise<number> {
    const { bytesRead } = await (await this.open()).read(this.input, 0, length, start)
    if (bytesRead === 0) throw new DamagedEntry('ends before its data does')
    return bytesRead
  }

  /** Copies a stored entry's bytes to `sink`. */
  async copy(start: number, length: number, sink: PieceSink): Promise<void> {
    for (let done = 0; done < length;) {
      const got = await this.read(start + done, Math.min(this.input.length, length - done))
      done += got
      await sink.write(this.input.subarray(0, got))
      await sink.settle()
    }
  }

  /** Inflates a deflated entry's data into `sink`, piece by piece. */
  async inflate(start: number, length: number, sink: PieceSink): Promise<void> {
    const inflater = (this.inflater ??= new RawInflater())
    inflater.reset()
    let read = 0
    let offset = 0
    let left = 0
    let which = 0
    for (;;) {
      if (left === 0 && read < length) {
        left = await this.read(start + read, Math.min(this.input.length, length - read))
        offset = 0
        read += left
      }
      const output = this.outputs[which] as Buffer
      // The other buffer's write must be done before it is inflated into again.
      const last = read >= length
      const { produced, consumed } = inflater.inflate(this.input, offset, left, output, last)
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

  async close(): Promise<void> {
    this.inflater?.close()
    await this.archive?.close()
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
    private readonly file: fs.promises.FileHandle,
    private readonly take: (bytes: Uint8Array) => void
  ) {}

  async write(piece: Buffer): Promise<void> {
    this.take(piece)
    const before = this.previous
    const current = before.then(() => writeAll(this.file, piece, piece.length))
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

async function writeAll(file: fs.promises.FileHandle, buffer: Buffer, length: number) {
  for (let offset = 0; offset < length;) {
    offset += (await file.write(buffer, offset, length - offset)).bytesWritten
  }
}

const STORED = 0

/** Whether this Node's zlib can inflate into reused buffers (see RawInflater); else streams. */
const REUSED_BUFFERS = RawInflater.available()

/**
 * Opens `target` as a new file. A symbolic link there is refused in one sentence; anything else
 * already there (a file from an earlier fetch, a hard link to a file elsewhere, a FIFO) is
 * unlinked first, so its other names keep their contents.
 */
async function openFresh(
  target: string,
  name: string,
  input: string
): Promise<fs.promises.FileHandle> {
  const refused = () =>
    new OperationError(
      `Refused to write ${JSON.stringify(name)} in ${input}: a link is already there, and links are never followed.`
    )
  try {
    return await fs.promises.open(target, WRITE_FLAGS, 0o644)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ELOOP') throw refused()
    if (code !== 'EEXIST') throw error
  }
  if ((await fs.promises.lstat(target)).isSymbolicLink()) throw refused()
  await fs.promises.unlink(target)
  return await fs.promises.open(target, WRITE_FLAGS, 0o644)
}

async function extractFile(
  zip: ZipFile,
  entry: Entry,
  planned: ArchiveEntry,
  { realRoot, destination, target, limits, budget, label, reader }: ExtractContext
): Promise<void> {
  await makeDirectoryInside(realRoot, path.dirname(target), destination)
  const file = await openFresh(target, planned.name, destination.input)
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
  const sink = new PieceSink(file, take)
  try {
    if (entry.compressionMethod === STORED || REUSED_BUFFERS) {
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true })
      if (entry.compressionMethod === STORED) {
        await reader.copy(fileDataStart, entry.compressedSize, sink)
      } else {
        await reader.inflate(fileDataStart, entry.compressedSize, sink)
      }
      verify()
      await file.close()
    } else {
      const source = await zip.openReadStreamPromise(entry)
      await pipeline(source, countingStream(take, verify), file.createWriteStream())
    }
  } catch (error) {
    await sink.settle().catch(() => undefined)
    await file.close().catch(() => undefined)
    // Leave no half-written file behind a cap or a damaged entry.
    await fs.promises.rm(target, { force: true })
    throw damagedSentence(error, label, planned.name) ?? error
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
