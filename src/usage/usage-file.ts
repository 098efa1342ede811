/**
 * The usage file, written as the jobs arrive. Its layout is `JSON.stringify(report, null, 2)`
 * and a newline, byte for byte, but the report's totals come before its jobs and are known only
 * once every job has been read. So each job (or run) is written, as it arrives, to a scratch file
 * beside the usage file; at the end the usage file is created through the safe-file writer
 * (O_EXCL | O_NOFOLLOW at a fresh name, then renamed) from the report's figures and the scratch
 * file's bytes, and the scratch file is removed. Nothing holds every job in memory, as a report
 * object or as one string.
 */
import { randomBytes } from 'node:crypto'
import { constants as fsConstants } from 'node:fs'
import { mkdir, mkdtemp, open, rm, type FileHandle } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { CREATE_NEW_FLAGS, PARTIAL_PREFIX, writeNewFile } from '../safe-file.js'

/** The safe writer's flags (never an existing file, never a link), read and write: it is read back. */
const SCRATCH_FLAGS = (CREATE_NEW_FLAGS & ~fsConstants.O_WRONLY) | fsConstants.O_RDWR

/** Text gathered before each write: a few writes per 100-job page. */
const WRITE_CHUNK_CHARS = 64 * 1024

/**
 * `JSON.stringify(item, null, 2)` as it appears nested at `indent` (two or four spaces), from one
 * stringify: nested in arrays to that depth, it comes out already indented, and the slice shares
 * that string's characters (a replace of every newline would copy it again, once per job).
 */
function nested(item: unknown, indent: '  ' | '    '): string {
  const shallow = indent.length === 2
  const text = JSON.stringify(shallow ? [item] : [[item]], null, 2)
  // Before the item "[\n  " or "[\n  [\n    ", after it "\n]" or "\n  ]\n]".
  const [before, after] = shallow ? [4, 2] : [10, 6]
  return text.slice(before, text.length - after)
}

/** Elements of one top-level array already written to a scratch file, as an array's body. */
class Spooled {
  constructor(
    readonly handle: FileHandle,
    readonly bytes: number,
    readonly count: number
  ) {}
}

export class UsageFile {
  private pending = ''
  private count = 0
  private written = 0

  private constructor(
    /** Where the usage file will be. */
    readonly file: string,
    private readonly dir: string,
    private readonly scratchPath: string,
    private readonly scratch: FileHandle
  ) {}

  /**
   * A fresh directory under RUNNER_TEMP (a second report in the same job never overwrites the
   * first one's file) and the scratch file in it.
   */
  static async create(env: NodeJS.ProcessEnv, label: string): Promise<UsageFile> {
    const base = env['RUNNER_TEMP'] || os.tmpdir()
    // The runner creates RUNNER_TEMP, but a self-hosted setup or a local run may not have.
    await mkdir(base, { recursive: true })
    const dir = await mkdtemp(path.join(base, 'runctl-usage-'))
    const file = path.join(dir, `usage-${label.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`)
    const scratchName = path.join(dir, `${PARTIAL_PREFIX}${randomBytes(8).toString('hex')}`)
    try {
      return new UsageFile(file, dir, scratchName, await open(scratchName, SCRATCH_FLAGS, 0o600))
    } catch (error) {
      await rm(dir, { recursive: true, force: true })
      throw error
    }
  }

  /** Appends one element of the report's last array (a job, or a run with its jobs). */
  async add(element: unknown): Promise<void> {
    this.pending += `${this.count > 0 ? ',\n' : ''}    ${nested(element, '    ')}`
    this.count++
    if (this.pending.length >= WRITE_CHUNK_CHARS) await this.flush()
  }

  private async flush(): Promise<void> {
    if (this.pending === '') return
    // writeFile writes all of it, at the handle's position (after what is there).
    await this.scratch.writeFile(this.pending)
    this.written += Buffer.byteLength(this.pending)
    this.pending = ''
  }

  /**
   * Writes the usage file: `report` as JSON, with the elements added so far as the value of
   * `key` (the report's own value there is not written). Returns the file's path.
   */
  async finish(report: object, key: string): Promise<string> {
    await this.flush()
    const value = {
      ...report,
      [key]: new Spooled(this.scratch, this.written, this.count)
    }
    await writeJsonFile(this.file, value)
    await this.scratch.close()
    await rm(this.scratchPath, { force: true })
    return this.file
  }

  /** After a failure: the scratch file and the directory go; no usage file is left. */
  async discard(): Promise<void> {
    await this.scratch.close().catch(() => undefined)
    await rm(this.dir, { recursive: true, force: true })
  }
}

/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, byte for byte, through the safe-file
 * writer, without building that string: top-level arrays are written an element at a time, and
 * a spooled array is copied from its scratch file.
 */
export async function writeJsonFile(file: string, value: object): Promise<void> {
  await writeNewFile(file, handle => writeJson(handle, value))
}

async function writeJson(handle: FileHandle, value: object): Promise<void> {
  let pending = ''
  const put = async (text: string) => {
    pending += text
    if (pending.length >= WRITE_CHUNK_CHARS) {
      await handle.write(pending)
      pending = ''
    }
  }
  const entries = Object.entries(value).filter(
    ([, item]) => item !== undefined && typeof item !== 'function'
  )
  if (entries.length === 0) {
    await handle.write('{}\n')
    return
  }
  await put('{\n')
  for (const [index, [key, item]] of entries.entries()) {
    await put(`  ${JSON.stringify(key)}: `)
    if (item instanceof Spooled) {
      if (item.count === 0) {
        await put('[]')
      } else {
        await put('[\n')
        await handle.write(pending)
        pending = ''
        await copy(item, handle)
        await put('\n  ]')
      }
    } else if (Array.isArray(item) && item.length > 0) {
      await put('[\n')
      for (const [at, element] of item.entries()) {
        await put(`    ${nested(element, '    ')}${at < item.length - 1 ? ',' : ''}\n`)
      }
      await put('  ]')
    } else {
      await put(nested(item, '  '))
    }
    await put(index < entries.length - 1 ? ',\n' : '\n')
  }
  await put('}\n')
  await handle.write(pending)
}

/** The scratch file's bytes into the usage file, through one reused buffer. */
async function copy(spooled: Spooled, into: FileHandle): Promise<void> {
  const buffer = Buffer.allocUnsafe(256 * 1024)
  for (let position = 0; position < spooled.bytes;) {
    const { bytesRead } = await spooled.handle.read(
      buffer,
      0,
      Math.min(buffer.length, spooled.bytes - position),
      position
    )
    if (bytesRead === 0) throw new Error("The usage report's scratch file ended early.")
    for (let done = 0; done < bytesRead;) {
      done += (await into.write(buffer, done, bytesRead - done)).bytesWritten
    }
    position += bytesRead
  }
}
