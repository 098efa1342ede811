import { afterAll, describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { InputError } from '../src/inputs.js'
import { Deadline, systemClock } from '../src/clock.js'
import { BudgetError } from '../src/github/errors.js'
import { prepareLogDir, type LogDirFileSystem } from '../src/log-dir.js'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'runctl-log-dir-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

async function failure(dir: string, options?: Parameters<typeof prepareLogDir>[1]) {
  try {
    await prepareLogDir(dir, options)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    const message = (error as Error).message
    expect(message).toMatch(/^Input 'log-dir' [^\n]*\.$/)
    // One sentence for a person, not the file system's raw words.
    expect(message).not.toMatch(/\b(mkdir|stat|open|errno)\b|E[A-Z]{4,}:/)
    return message
  }
  throw new Error(`expected ${dir} to be refused`)
}

/** A file system whose calls fail with a code, or never answer. */
function failingFileSystem(code: string | 'hang'): LogDirFileSystem {
  const fail = () =>
    code === 'hang'
      ? new Promise<never>(() => {})
      : Promise.reject(Object.assign(new Error(`${code}: raw text`), { code }))
  return {
    stat: async () => ({ isDirectory: () => true }),
    realpath: async candidate => candidate,
    mkdir: fail,
    writeFile: fail,
    rm: async () => {}
  }
}

describe('prepareLogDir', () => {
  it('creates a nested directory one level at a time and leaves no probe file', async () => {
    const dir = path.join(scratch, 'a', 'b', 'c')
    await prepareLogDir(dir)
    expect(fs.statSync(dir).isDirectory()).toBe(true)
    expect(fs.readdirSync(dir)).toEqual([])
    await prepareLogDir(dir) // an existing directory is fine
  })

  it.each([
    ['/proc/self/x', '/proc'],
    ['/proc', '/proc'],
    ['/sys/x', '/sys'],
    ['/dev/null/x', '/dev'],
    ['/dev/shm/logs', '/dev']
  ])('refuses %s, under %s, without hanging', async (dir, tree) => {
    expect(await failure(path.resolve(dir))).toBe(
      `Input 'log-dir' is under ${tree}, a kernel or device file system that cannot keep logs; give a directory such as one under $RUNNER_TEMP.`
    )
  })

  it('refuses a symbolic link that leads into /proc', async () => {
    const link = path.join(scratch, 'to-proc')
    fs.symlinkSync('/proc/self', link)
    expect(await failure(path.join(link, 'x'))).toMatch(/^Input 'log-dir' is under \/proc,/)
  })

  it('makes no directory under /proc even when the tree check is bypassed by a link (no mkdir -p)', async () => {
    // Node's recursive mkdir spins forever on /proc; one level at a time it answers at once.
    const link = path.join(scratch, 'proc-link')
    fs.symlinkSync('/proc/self', link)
    const calls: string[] = []
    const recording: LogDirFileSystem = {
      stat: candidate => fs.promises.stat(candidate),
      realpath: async candidate => candidate, // pretend the link does not lead anywhere special
      mkdir: candidate => {
        calls.push(candidate)
        return fs.promises.mkdir(candidate)
      },
      writeFile: (file, data, options) => fs.promises.writeFile(file, data, options),
      rm: file => fs.promises.rm(file)
    }
    const message = await failure(path.join(link, 'x', 'y'), { fileSystem: recording })
    expect(message).toMatch(/^Input 'log-dir' cannot be created or written there/)
    expect(calls).toEqual([path.join(link, 'x')])
  })

  it('names a file in the way, whether it is the directory itself or one above it', async () => {
    const file = path.join(scratch, 'a-file')
    fs.writeFileSync(file, 'not a directory')
    const sentence = `Input 'log-dir' cannot be created: a file is in the way where a directory of its path should be.`
    expect(await failure(file)).toBe(sentence)
    expect(await failure(path.join(file, 'x'))).toBe(sentence)
    expect(await failure(path.join(file, 'x', 'y'))).toBe(sentence)
  })

  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EROFS', 'read-only file system'],
    ['ENOSPC', 'no space left'],
    ['EIO', 'the file system answered EIO']
  ])('turns %s into one sentence naming log-dir', async (code, words) => {
    const message = await failure(path.join(scratch, 'new', code), {
      fileSystem: failingFileSystem(code)
    })
    expect(message).toContain(words)
    expect(message).not.toContain('raw text')
  })

  it('gives up with one sentence when the file system never answers', async () => {
    const message = await failure(path.join(scratch, 'hung'), {
      timeoutMs: 50,
      fileSystem: failingFileSystem('hang')
    })
    expect(message).toBe(
      `Input 'log-dir' could not be created and written within 0.05 s; give a directory on a local disk, such as one under $RUNNER_TEMP.`
    )
  })

  it("ends with the operation's budget when it has less left than the check's 10 s", async () => {
    const error = await prepareLogDir(path.join(scratch, 'hung-budget'), {
      fileSystem: failingFileSystem('hang'),
      deadline: new Deadline(systemClock, 0.05)
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(BudgetError)
    expect((error as Error).message).toBe(
      "The time budget (timeout-seconds: 0.05) ran out while waiting for input 'log-dir' to be created and written; raise 'timeout-seconds'."
    )
  })
})
