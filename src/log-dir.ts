/**
 * log-dir is checked by making it: before any API call, fetch-logs creates the directory and a
 * probe file in it, so a path that cannot hold the logs fails at once with one sentence naming
 * the input (never raw errno text). Kernel and device trees are refused outright: writing there
 * stores nothing and may change the system (log file names come from job names), and Node's
 * recursive mkdir spins forever under /proc (it retries on the ENOENT /proc answers). So the
 * directory is made one level at a time, never with mkdir -p, and the whole check is bounded.
 */
import { randomBytes } from 'node:crypto'
import { promises as nodeFs } from 'node:fs'
import * as path from 'node:path'
import type { Deadline } from './clock.js'
import { budgetSpent } from './github/retry-policy.js'
import { InputError } from './inputs.js'

/** Where logs are never written (POSIX; the runner's Windows paths never start with these). */
const SYSTEM_TREES = ['/proc', '/sys', '/dev']

/** Long enough for a slow disk; a check that takes longer means a hung (network) mount. */
export const LOG_DIR_CHECK_TIMEOUT_MS = 10_000

/** The file-system calls the check makes (injectable to test a hung mount). */
export interface LogDirFileSystem {
  stat(path: string): Promise<{ isDirectory(): boolean }>
  realpath(path: string): Promise<string>
  mkdir(path: string): Promise<unknown>
  writeFile(path: string, data: string, options: { flag: string }): Promise<void>
  rm(path: string): Promise<void>
}

/** Creates log-dir if needed and checks a file can be written in it; throws an InputError. */
export async function prepareLogDir(
  dir: string,
  options: {
    timeoutMs?: number
    fileSystem?: LogDirFileSystem
    deadline?: Deadline
    /** The input that named the directory (default log-dir; artifacts-dir is checked the same way). */
    input?: string
  } = {}
): Promise<void> {
  const input = options.input ?? 'log-dir'
  const capMs = options.timeoutMs ?? LOG_DIR_CHECK_TIMEOUT_MS
  const { deadline } = options
  // The operation's budget ends the check too, when it has less left than the cap.
  const byBudget = deadline !== undefined && deadline.remainingMs() < capMs
  const timeoutMs = byBudget ? deadline.remainingMs() : capMs
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          byBudget
            ? budgetSpent(deadline.timeoutSeconds, `input '${input}' to be created and written`)
            : new InputError(
                `Input '${input}' could not be created and written within ${capMs / 1000} s; give a directory on a local disk, such as one under $RUNNER_TEMP.`
              )
        ),
      timeoutMs
    )
  })
  try {
    await Promise.race([makeWritable(dir, options.fileSystem ?? nodeFs, input), timeout])
  } finally {
    clearTimeout(timer)
  }
}

async function makeWritable(dir: string, fs: LogDirFileSystem, input: string): Promise<void> {
  refuseSystemTree(dir, input)
  try {
    // The nearest existing ancestor, resolved: a symbolic link cannot lead into /proc unseen.
    const missing: string[] = []
    let existing = path.resolve(dir)
    while (!(await exists(fs, existing))) {
      const parent = path.dirname(existing)
      if (parent === existing) break
      missing.unshift(path.basename(existing))
      existing = parent
    }
    if (!(await fs.stat(existing)).isDirectory()) throw codeError('ENOTDIR')
    let current = await fs.realpath(existing)
    refuseSystemTree(path.join(current, ...missing), input)
    for (const name of missing) {
      current = path.join(current, name)
      try {
        await fs.mkdir(current)
      } catch (error) {
        // Made meanwhile by someone else is fine; anything else in the way is not.
        if (errorCode(error) !== 'EEXIST' || !(await fs.stat(current)).isDirectory()) throw error
      }
    }
    const probe = path.join(current, `.runctl-probe-${randomBytes(8).toString('hex')}`)
    await fs.writeFile(probe, '', { flag: 'wx' })
    await fs.rm(probe)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(explain(error, input))
  }
}

function refuseSystemTree(dir: string, input: string): void {
  if (path.sep !== '/') return
  const tree = SYSTEM_TREES.find(root => dir === root || dir.startsWith(`${root}/`))
  if (tree) {
    throw new InputError(
      `Input '${input}' is under ${tree}, a kernel or device file system that cannot keep ${input === 'log-dir' ? 'logs' : 'files'}; give a directory such as one under $RUNNER_TEMP.`
    )
  }
}

async function exists(fs: LogDirFileSystem, candidate: string): Promise<boolean> {
  try {
    await fs.stat(candidate)
    return true
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT') return false
    throw error
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

function codeError(code: string): Error {
  return Object.assign(new Error(code), { code })
}

/** One sentence naming the input for what the file system said. */
function explain(error: unknown, input: string): string {
  const code = errorCode(error)
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return `Input '${input}' cannot be created: a file is in the way where a directory of its path should be.`
    case 'EACCES':
    case 'EPERM':
      return `Input '${input}' cannot be created or written: permission denied.`
    case 'EROFS':
      return `Input '${input}' is on a read-only file system.`
    case 'ENOSPC':
    case 'EDQUOT':
      return `Input '${input}' is on a file system with no space left.`
    case 'ENAMETOOLONG':
      return `Input '${input}' is a path too long for the file system.`
    case 'ELOOP':
      return `Input '${input}' goes through a loop of symbolic links.`
    default:
      return `Input '${input}' cannot be created or written there (the file system answered ${code ?? 'with an unknown error'}).`
  }
}
