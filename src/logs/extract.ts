import * as fs from 'node:fs'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { OperationError } from '../github/errors.js'
import { RATIO_GRACE_BYTES, countingStream, type ArchiveLimits, type ByteBudget } from './limits.js'
import { collectingAsWeStream } from './memory.js'
import { resolveInside, unsafeEntryReason } from './safe-paths.js'
import { capitalise } from '../sentences.js'

/** An entry that passed every check and may be extracted. */
export interface ArchiveEntry {
  /** Position in the central directory, to find it again on the extracting pass. */
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

async function withZip<T>(zipPath: string, use: (zip: ZipFile) => Promise<T>): Promise<T> {
  const zip = await yauzl.openPromise(zipPath, OPEN_OPTIONS)
  try {
    return await use(zip)
  } finally {
    zip.close()
  }
}

/**
 * First pass, over the central directory only (no data is inflated): every entry is checked and
 * either listed or refused, and the entry-count cap applies before anything is written.
 */
export function listArchive(
  zipPath: string,
  limits: ArchiveLimits,
  label: string
): Promise<ArchiveListing> {
  return withZip(zipPath, async zip => {
    if (zip.entryCount > limits.maxEntries) {
      throw new OperationError(
        `${capitalise(label)} has ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed; nothing was extracted.`
      )
    }
    const entries: ArchiveEntry[] = []
    const refused: RefusedEntry[] = []
    let index = 0
    for await (const entry of zip.eachEntry()) {
      const name = decodeName(entry)
      const reason = refusalReason(entry, name)
      if (reason !== undefined) {
        refused.push({ name, reason })
      } else {
        entries.push({
          index,
          name: name.replace(/\/$/, ''),
          isDirectory: name.endsWith('/'),
          compressedSize: entry.compressedSize,
          declaredSize: entry.uncompressedSize
        })
      }
      index++
    }
    return { entries, refused }
  })
}

/**
 * Second pass: inflates the chosen entries into `root`, counting the bytes really inflated
 * against the budget and each entry's ratio, and never writing through a link. Returns the
 * file written for each entry index, in archive order.
 */
export function extractEntries(
  zipPath: string,
  chosen: readonly ArchiveEntry[],
  root: string,
  limits: ArchiveLimits,
  budget: ByteBudget,
  label: string
): Promise<Map<number, string>> {
  const wanted = new Map(chosen.map(entry => [entry.index, entry]))
  return withZip(zipPath, async zip => {
    const realRoot = await fs.promises.realpath(root)
    const written = new Map<number, string>()
    const collect = collectingAsWeStream()
    let index = -1
    for await (const entry of zip.eachEntry()) {
      index++
      const planned = wanted.get(index)
      if (planned === undefined) continue
      // The same checks again: the archive on disk is the one listed, but be certain.
      const name = decodeName(entry)
      if (name.replace(/\/$/, '') !== planned.name || refusalReason(entry, name) !== undefined) {
        throw new OperationError(`${capitalise(label)} changed while it was being extracted.`)
      }
      const target = resolveInside(root, planned.name)
      if (target === undefined) continue
      if (planned.isDirectory) {
        await makeDirectoryInside(realRoot, target)
      } else {
        await extractFile(zip, entry, planned, { realRoot, target, limits, budget, label, collect })
        written.set(index, target)
      }
      wanted.delete(index)
      if (wanted.size === 0) break
    }
    return written
  })
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
  /** Shared across entries, so many small entries still add up to a collection. */
  readonly collect: (bytes: number) => void
}

async function extractFile(
  zip: ZipFile,
  entry: Entry,
  planned: ArchiveEntry,
  { realRoot, target, limits, budget, label, collect }: ExtractContext
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
  const source = await zip.openReadStreamPromise(entry)
  let inflated = 0
  const guard = countingStream(bytes => {
    collect(bytes)
    inflated += bytes
    if (inflated > RATIO_GRACE_BYTES && inflated > planned.compressedSize * limits.maxRatio) {
      throw new OperationError(
        `Stopped extracting ${label}: entry ${JSON.stringify(planned.name)} inflates to more than ${limits.maxRatio} times its compressed size, which looks like a zip bomb.`
      )
    }
    budget.take(bytes)
  })
  try {
    await pipeline(source, guard, file.createWriteStream())
  } catch (error) {
    // Leave no half-written file behind a cap.
    await fs.promises.rm(target, { force: true })
    throw error
  }
}
