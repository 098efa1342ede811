import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { PARTIAL_PREFIX, writeNewFile } from '../src/safe-file.js'

let dir: string
let outside: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runctl-safe-file-'))
  outside = path.join(dir, 'outside.txt')
  fs.writeFileSync(outside, 'precious\n')
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const write = (text: string) => async (file: fs.promises.FileHandle) => {
  await file.write(text)
}
const leftovers = () => fs.readdirSync(dir).filter(name => name.startsWith(PARTIAL_PREFIX))
const posix = process.platform === 'win32' ? it.skip : it

describe('writeNewFile (every file runctl creates)', () => {
  posix(
    'replaces a symbolic link at the destination and never writes where it points',
    async () => {
      const destination = path.join(dir, 'job.txt')
      fs.symlinkSync(outside, destination)

      await writeNewFile(destination, write('the log\n'))

      expect(fs.readFileSync(outside, 'utf8')).toBe('precious\n')
      expect(fs.lstatSync(destination).isSymbolicLink()).toBe(false)
      expect(fs.readFileSync(destination, 'utf8')).toBe('the log\n')
    }
  )

  posix('replaces a dangling link without creating the file it names', async () => {
    const destination = path.join(dir, 'job.txt')
    const named = path.join(dir, 'created-through-the-link')
    fs.symlinkSync(named, destination)

    await writeNewFile(destination, write('the log\n'))

    expect(fs.existsSync(named)).toBe(false)
    expect(fs.readFileSync(destination, 'utf8')).toBe('the log\n')
  })

  posix('replaces a hard link without writing to the other name of the same file', async () => {
    const destination = path.join(dir, 'job.txt')
    fs.linkSync(outside, destination)

    await writeNewFile(destination, write('the log\n'))

    expect(fs.readFileSync(outside, 'utf8')).toBe('precious\n')
    expect(fs.readFileSync(destination, 'utf8')).toBe('the log\n')
  })

  posix('replaces a FIFO instead of blocking on it', async () => {
    const destination = path.join(dir, 'job.txt')
    execFileSync('mkfifo', [destination])
    // A reader that never blocks, so a writer opening the FIFO would not hang the test either.
    const reader = fs.openSync(destination, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK)
    try {
      await writeNewFile(destination, write('the log\n'))
    } finally {
      fs.closeSync(reader)
    }

    expect(fs.lstatSync(destination).isFile()).toBe(true)
    expect(fs.readFileSync(destination, 'utf8')).toBe('the log\n')
  })

  it('replaces a file an earlier fetch left, as a fresh fetch should', async () => {
    const destination = path.join(dir, 'job.txt')
    fs.writeFileSync(destination, 'an older and longer log\n')

    await writeNewFile(destination, write('new\n'))

    expect(fs.readFileSync(destination, 'utf8')).toBe('new\n')
    expect(leftovers()).toEqual([])
  })

  it('leaves the destination as it was and nothing partial when the writing fails', async () => {
    const destination = path.join(dir, 'job.txt')
    fs.writeFileSync(destination, 'earlier\n')

    await expect(
      writeNewFile(destination, async file => {
        await file.write('half')
        throw new Error('the transfer broke off')
      })
    ).rejects.toThrow('the transfer broke off')

    expect(fs.readFileSync(destination, 'utf8')).toBe('earlier\n')
    expect(leftovers()).toEqual([])
  })

  it('accepts a writer that closes the handle itself (a write stream over it)', async () => {
    const destination = path.join(dir, 'job.txt')

    await writeNewFile(destination, async file => {
      const stream = file.createWriteStream()
      await new Promise<void>((resolve, reject) => {
        stream.on('error', reject)
        stream.end('streamed\n', () => resolve())
      })
      await new Promise<void>(resolve => stream.on('close', () => resolve()))
    })

    expect(fs.readFileSync(destination, 'utf8')).toBe('streamed\n')
  })
})
