import { once } from 'node:events'
import yazl from 'yazl'

export interface FixtureEntry {
  /** Any name, including ones yazl itself refuses to write ("../x", "C:\\x"). */
  readonly name: string
  readonly content?: string | Buffer
  /** Unix mode incl. file type, e.g. 0o120777 for a symbolic link. */
  readonly mode?: number
  readonly compress?: boolean
}

/**
 * A zip archive as a Buffer. yazl refuses unsafe names, so each entry is written under a
 * placeholder of the same byte length and the name bytes are patched in afterwards, in the
 * local header and the central directory alike: exactly what a hostile archive would hold.
 */
export async function buildZip(entries: readonly FixtureEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  const patches: Array<[Buffer, Buffer]> = []
  entries.forEach((entry, index) => {
    const real = Buffer.from(entry.name, 'utf8')
    const tag = `p${index}q`
    if (real.length < tag.length) throw new Error(`fixture names need ${tag.length}+ bytes`)
    const placeholder = Buffer.from(tag + 'z'.repeat(real.length - tag.length), 'utf8')
    patches.push([placeholder, real])
    const content =
      typeof entry.content === 'string'
        ? Buffer.from(entry.content)
        : (entry.content ?? Buffer.alloc(0))
    zip.addBuffer(content, placeholder.toString('utf8'), {
      mode: entry.mode ?? 0o100644,
      compress: entry.compress ?? true
    })
  })
  zip.end()
  const chunks: Buffer[] = []
  zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
  await once(zip.outputStream, 'end')
  const archive = Buffer.concat(chunks)
  for (const [placeholder, real] of patches) {
    let at = archive.indexOf(placeholder)
    while (at !== -1) {
      real.copy(archive, at)
      at = archive.indexOf(placeholder, at + real.length)
    }
  }
  return archive
}

/**
 * Rewrites every central-directory "uncompressed size" to `claimed`: the headers now understate
 * what the data inflates to, as in a zip bomb. (yauzl reads sizes from the central directory.)
 */
export function understateSizes(archive: Buffer, claimed: number): Buffer {
  const patched = Buffer.from(archive)
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02])
  let at = patched.indexOf(signature)
  while (at !== -1) {
    patched.writeUInt32LE(claimed, at + 24)
    at = patched.indexOf(signature, at + 4)
  }
  return patched
}

/** Where each entry's data sits in an archive, by name (from the central directory). */
export function entryData(archive: Buffer, name: string): { start: number; length: number } {
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02])
  for (let at = archive.indexOf(signature); at !== -1; at = archive.indexOf(signature, at + 4)) {
    const nameLength = archive.readUInt16LE(at + 28)
    if (archive.toString('utf8', at + 46, at + 46 + nameLength) !== name) continue
    const length = archive.readUInt32LE(at + 20)
    const local = archive.readUInt32LE(at + 42)
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28)
    return { start, length }
  }
  throw new Error(`no entry ${name} in the fixture`)
}

/**
 * The archive with one byte of an entry's data flipped so that, for a deflated entry, the data
 * still inflates (`inflates`: only the CRC-32 can tell) or no longer does (`breaks`). Positions
 * are tried from the middle of the data on; the first that fits is used.
 */
export function flipDataByte(
  archive: Buffer,
  name: string,
  want: 'inflates' | 'breaks' | 'stored',
  inflate: (data: Buffer) => Buffer
): Buffer {
  const { start, length } = entryData(archive, name)
  const original = want === 'stored' ? undefined : inflate(archive.subarray(start, start + length))
  for (let offset = Math.floor(length / 2); offset < length; offset++) {
    const copy = Buffer.from(archive)
    copy[start + offset] = (copy[start + offset] as number) ^ 0x20
    if (original === undefined) return copy
    let inflated: Buffer | undefined
    try {
      inflated = inflate(copy.subarray(start, start + length))
    } catch {
      inflated = undefined
    }
    if (want === 'breaks' && inflated === undefined) return copy
    if (want === 'inflates' && inflated !== undefined && !inflated.equals(original)) return copy
  }
  throw new Error(`no byte of ${name} flips the way the test wants`)
}
