/**
 * An archive's central directory, read in one pass through the archive's reused window: what
 * extraction needs of each record kept in typed arrays, and its name as one string. yauzl (which
 * still finds the directory: end record, zip64) builds an Entry, two buffers, three views, an
 * array of extra fields and a chain of promises per record; for 5,000 entries that was tens of
 * MiB of short-lived objects, enough to double V8's young generation (see docs/performance.md).
 * The record layout and checks are yauzl's (3.4), so the same archives are read the same way.
 */
import yauzl from 'yauzl'

/** Where the directory's bytes come from: a window of at least 46 + 3 × 65,535 bytes. */
export interface DirectorySource {
  /** Makes the window hold [start, start + length) or as much of it as the file has. */
  hold(start: number, length: number): Promise<void>
  /** The window, and where `start` is in it (valid until the next hold). */
  readonly window: Buffer
  offsetOf(start: number): number
  /** Bytes of the window from `start` (0 past the end of the file). */
  available(start: number): number
}

const RECORD_BYTES = 46
const RECORD_SIGNATURE = 0x02014b50
const ZIP64_FIELD = 0x0001
const UNICODE_PATH_FIELD = 0x7075
const STRONG_ENCRYPTION = 0x40
const NO_EXTRA_FIELDS: { id: number; data: Buffer }[] = []

/** The central directory's records, by index; numbers in typed arrays, one string per name. */
export class CentralDirectory {
  readonly localHeaderOffset: Float64Array
  readonly compressedSize: Float64Array
  /** What the headers claim (only ever used for an early refusal, never trusted). */
  readonly uncompressedSize: Float64Array
  readonly crc32: Uint32Array
  readonly compressionMethod: Uint16Array
  readonly generalPurposeBitFlag: Uint16Array
  readonly externalFileAttributes: Uint32Array
  readonly names: string[] = []

  constructor(readonly count: number) {
    this.localHeaderOffset = new Float64Array(count)
    this.compressedSize = new Float64Array(count)
    this.uncompressedSize = new Float64Array(count)
    this.crc32 = new Uint32Array(count)
    this.compressionMethod = new Uint16Array(count)
    this.generalPurposeBitFlag = new Uint16Array(count)
    this.externalFileAttributes = new Uint32Array(count)
  }

  /** Not encrypted, stored or deflated (yauzl's canDecodeFileData). */
  canDecode(index: number): boolean {
    const method = this.compressionMethod[index]
    return (
      ((this.generalPurposeBitFlag[index] as number) & 1) === 0 && (method === 0 || method === 8)
    )
  }
}

/** A directory that cannot be read as one: its message names what is wrong, never an entry. */
export class BadDirectory extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BadDirectory'
  }
}

/**
 * Reads `count` records from `start` (the directory's offset, from the end record). Names are
 * decoded as yauzl decodes them with strict names (backslashes kept, so they are refused later):
 * the Info-ZIP Unicode Path field when valid, else UTF-8 or CP437 by the header's flag.
 */
export async function readCentralDirectory(
  source: DirectorySource,
  start: number,
  count: number,
  fileSize: number
): Promise<CentralDirectory> {
  // Every record takes 46 bytes or more: a count the rest of the file cannot hold is refused
  // before anything is sized by it.
  if (count > (fileSize - start) / RECORD_BYTES) {
    throw new BadDirectory('the end record counts more entries than the central directory can hold')
  }
  const directory = new CentralDirectory(count)
  let cursor = start
  for (let index = 0; index < count; index++) {
    await holdAtLeast(source, cursor, RECORD_BYTES)
    let at = source.offsetOf(cursor)
    const window = source.window
    const signature = window.readUInt32LE(at)
    if (signature !== RECORD_SIGNATURE) {
      throw new BadDirectory(
        `invalid central directory file header signature: 0x${signature.toString(16)}`
      )
    }
    const flags = window.readUInt16LE(at + 8)
    if (flags & STRONG_ENCRYPTION) throw new BadDirectory('strong encryption is not supported')
    let compressedSize = window.readUInt32LE(at + 20)
    let uncompressedSize = window.readUInt32LE(at + 24)
    const nameLength = window.readUInt16LE(at + 28)
    const extraLength = window.readUInt16LE(at + 30)
    const commentLength = window.readUInt16LE(at + 32)
    let localHeaderOffset = window.readUInt32LE(at + 42)
    directory.generalPurposeBitFlag[index] = flags
    directory.compressionMethod[index] = window.readUInt16LE(at + 10)
    directory.crc32[index] = window.readUInt32LE(at + 16)
    directory.externalFileAttributes[index] = window.readUInt32LE(at + 38)
    const variable = nameLength + extraLength + commentLength
    await holdAtLeast(source, cursor, RECORD_BYTES + variable)
    at = source.offsetOf(cursor)
    const nameStart = at + RECORD_BYTES
    const extraFields =
      // Stryker disable next-line ConditionalExpression: parsing no extra bytes gives no fields too (equivalent); the shortcut saves an array per record
      extraLength === 0
        ? NO_EXTRA_FIELDS
        : parseExtraFields(source.window, nameStart + nameLength, extraLength)
    directory.names.push(
      yauzl.getFileNameLowLevel(
        flags,
        source.window.subarray(nameStart, nameStart + nameLength),
        extraFields,
        true
      )
    )
    // The Zip64 Extended Information field: the 64-bit values of the fields that say 0xffffffff.
    const zip64 = extraFields.find(field => field.id === ZIP64_FIELD)
    if (zip64 !== undefined) {
      let read = 0
      const next = (what: string) => {
        if (read + 8 > zip64.data.length) {
          throw new BadDirectory(`zip64 extended information extra field does not include ${what}`)
        }
        const value = zip64.data.readUInt32LE(read) + zip64.data.readUInt32LE(read + 4) * 2 ** 32
        read += 8
        return value
      }
      if (uncompressedSize === 0xffffffff) uncompressedSize = next('uncompressed size')
      if (compressedSize === 0xffffffff) compressedSize = next('compressed size')
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = next('relative header offset')
    }
    directory.compressedSize[index] = compressedSize
    directory.uncompressedSize[index] = uncompressedSize
    directory.localHeaderOffset[index] = localHeaderOffset
    cursor += RECORD_BYTES + variable
  }
  return directory
}

/** The window made to hold `length` bytes at `position`; a directory cut short is refused. */
async function holdAtLeast(source: DirectorySource, position: number, length: number) {
  if (source.available(position) < length) await source.hold(position, length)
  if (source.available(position) < length) {
    throw new BadDirectory('unexpected EOF in the central directory')
  }
}

/** The extra fields of one record (only when it has any), as yauzl's parseExtraFields. */
function parseExtraFields(
  window: Buffer,
  start: number,
  length: number
): { id: number; data: Buffer }[] {
  // Stryker disable next-line ArrayDeclaration: callers only look fields up by id, which a stray item never has (equivalent)
  const fields: { id: number; data: Buffer }[] = []
  let at = 0
  while (at < length - 3) {
    const id = window.readUInt16LE(start + at)
    const size = window.readUInt16LE(start + at + 2)
    const dataEnd = at + 4 + size
    if (dataEnd > length) {
      throw new BadDirectory('extra field length exceeds extra field buffer size')
    }
    // Only the two fields read here are kept: views of the window, used before it moves.
    if (id === ZIP64_FIELD || id === UNICODE_PATH_FIELD) {
      fields.push({ id, data: window.subarray(start + at + 4, start + dataEnd) })
    }
    at = dataEnd
  }
  return fields
}
