import * as fs from 'node:fs'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'
import * as zlib from 'node:zlib'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { OperationError } from '../github/errors.js'
import { crc32 } from './crc32.js'
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
   * The most bytes any one entry held in memory at once (small entries are inflated in one
   * call; larger ones stream): bounded by the cap whatever the headers claim.
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
  }
): Promise<ExtractedArchive> {
  const { root, limits, budget, label } = options
  const zip = await yauzl.openPromise(zipPath, OPEN_OPTIONS)
  try {
    const { listing, raw } = await list(zip, limits, label)
    const chosen = options.choose(listing)
    const realRoot = await fs.promises.realpath(root)
    const written = new Map<number, string>()
    const copier = new StoredCopier(zipPath)
    try {
      for (const planned of [...chosen].sort((a, b) => a.index - b.index)) {
        const target = resolveInside(root, planned.name)
        if (target === undefined) continue
        if (planned.isDirectory) {
          await makeDirectoryInside(realRoot, target)
          continue
        }
        const entry = raw[planned.index] as Entry
        const context = { realRoot, target, limits, budget, label, copier }
        await extractFile(zip, entry, planned, context)
        written.set(planned.index, target)
      }
    } finally {
      await copier.close()
    }
    return { listing, written, largestInMemory: copier.largestInMemory }
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
  const zip = await yauzl.openPromise(zipPath, OPEN_OPTIONS)
  try {
    return (await list(zip, limits, label)).listing
  } finally {
    zip.close()
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
async function makeDirectoryInside(realRoot: string, directory: string): Promise<void> {
  await fs.promises.mkdir(directory, { recursive: true })
  const real = await fs.promises.realpath(directory)
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
    throw new OperationError(
      `Refused to write logs through a link that leads outside log-dir (${directory}).`
    )
  }
}

/** O_NOFOLLOW: a link already sitting at the target is an error, never followed. */
const WRITE_FLAGS =
  fs.constants.O_WRONLY |
  fs.constants.O_CREAT |
  fs.constants.O_TRUNC |
  (fs.constants.O_NOFOLLOW ?? 0)

interface ExtractContext {
  readonly realRoot: string
  readonly target: string
  readonly limits: ArchiveLimits
  readonly budget: ByteBudget
  readonly label: string
  readonly copier: StoredCopier
}

/** Bytes moved per read while copying a stored entry: one buffer, reused for every entry. */
const COPY_CHUNK_BYTES = 256 * 1024
/**
 * Deflated entries up to this size (compressed and inflated) are inflated in one call instead of
 * through a chain of streams: a run archive holds hundreds of such step logs, and a stream chain
 * per entry is garbage that would grow the heap by tens of MiB before V8 collects it.
 */
export const SMALL_ENTRY_BYTES = COPY_CHUNK_BYTES

/**
 * Copies stored (uncompressed) entries from the archive with one buffer, reused: no fresh
 * buffer per chunk, so copying hundreds of MiB leaves nothing behind for the collector.
 */
class StoredCopier {
  private readonly buffer = Buffer.allocUnsafe(COPY_CHUNK_BYTES)
  private archive: fs.promises.FileHandle | undefined
  /** The largest entry inflated in one call so far (see ExtractedArchive). */
  largestInMemory = 0

  constructor(private readonly zipPath: string) {}

  async copy(
    start: number,
    length: number,
    file: fs.promises.FileHandle,
    onBytes: (bytes: Uint8Array) => void
  ): Promise<void> {
    this.archive ??= await fs.promises.open(this.zipPath, 'r')
    for (let done = 0; done < length;) {
      const want = Math.min(this.buffer.length, length - done)
      const { bytesRead } = await this.archive.read(this.buffer, 0, want, start + done)
      if (bytesRead === 0) throw new DamagedEntry('ends before its data does')
      onBytes(this.buffer.subarray(0, bytesRead))
      await writeAll(file, this.buffer, bytesRead)
      done += bytesRead
    }
  }

  /**
   * Inflates a small deflated entry in one call from the reused buffer, or returns undefined
   * when it turns out larger than SMALL_ENTRY_BYTES (the caller then streams it, with the caps).
   */
  async inflateSmall(start: number, length: number): Promise<Buffer | undefined> {
    this.archive ??= await fs.promises.open(this.zipPath, 'r')
    const { bytesRead } = await this.archive.read(this.buffer, 0, length, start)
    if (bytesRead < length) throw new DamagedEntry('ends before its data does')
    try {
      const inflated = zlib.inflateRawSync(this.buffer.subarray(0, length), {
        maxOutputLength: SMALL_ENTRY_BYTES
      })
      this.largestInMemory = Math.max(this.largestInMemory, inflated.length)
      return inflated
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return undefined
      throw error
    }
  }

  async close(): Promise<void> {
    await this.archive?.close()
  }
}

async function writeAll(file: fs.promises.FileHandle, buffer: Buffer, length: number) {
  for (let offset = 0; offset < length;) {
    offset += (await file.write(buffer, offset, length - offset)).bytesWritten
  }
}

const STORED = 0
const DEFLATED = 8

async function extractFile(
  zip: ZipFile,
  entry: Entry,
  planned: ArchiveEntry,
  { realRoot, target, limits, budget, label, copier }: ExtractContext
): Promise<void> {
  await makeDirectoryInside(realRoot, path.dirname(target))
  let file: fs.promises.FileHandle
  try {
    file = await fs.promises.open(target, WRITE_FLAGS, 0o644)
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ELOOP') {
      throw new OperationError(
        `Refused to write ${JSON.stringify(planned.name)} in log-dir: a link is already there, and links are never followed.`
      )
    }
    throw error
  }
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
  try {
    if (entry.compressionMethod === STORED) {
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true })
      await copier.copy(fileDataStart, entry.compressedSize, file, take)
      verify()
      await file.close()
    } else if (await inflatedSmall(zip, entry, file, copier, take)) {
      verify()
      await file.close()
    } else {
      const source = await zip.openReadStreamPromise(entry)
      await pipeline(source, countingStream(take, verify), file.createWriteStream())
    }
  } catch (error) {
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

/** Writes a small deflated entry inflated in one call; false when it must be streamed. */
async function inflatedSmall(
  zip: ZipFile,
  entry: Entry,
  file: fs.promises.FileHandle,
  copier: StoredCopier,
  take: (bytes: Uint8Array) => void
): Promise<boolean> {
  if (
    entry.compressionMethod !== DEFLATED ||
    entry.compressedSize > SMALL_ENTRY_BYTES ||
    entry.uncompressedSize > SMALL_ENTRY_BYTES
  ) {
    return false
  }
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true })
  const inflated = await copier.inflateSmall(fileDataStart, entry.compressedSize)
  if (inflated === undefined) return false
  take(inflated)
  await writeAll(file, inflated, inflated.length)
  return true
}
