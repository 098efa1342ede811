/**
 * The one way runctl creates a file: under a fresh random name beside the destination, opened
 * with O_CREAT | O_EXCL | O_NOFOLLOW, then renamed onto the destination once complete.
 *
 * Why not open the destination itself with O_NOFOLLOW: that refuses only a symbolic link. A hard
 * link there (same inode as a file elsewhere) would still be truncated and written through, and a
 * FIFO or device would block or be written to. rename() replaces the directory entry itself,
 * whatever it is (link, hard link, FIFO), and never writes to what it pointed at; O_EXCL on a
 * fresh random name means nothing can be waiting there. It also means a failed write leaves no
 * half-written file under the destination's name, and fetching into the same log-dir again
 * replaces the earlier file as before. Costs one rename per file.
 */
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'

/** Never follows a link, never opens an existing file (O_NOFOLLOW is 0 on Windows). */
// Stryker disable next-line all: defence in depth; the name is 64 random bits, so no test can place a link there first.
export const CREATE_NEW_FLAGS =
  fs.constants.O_WRONLY |
  fs.constants.O_CREAT |
  fs.constants.O_EXCL |
  (fs.constants.O_NOFOLLOW ?? 0)

/** The prefix of the fresh names; a file left by a killed process is recognisable by it. */
export const PARTIAL_PREFIX = '.runctl-partial-'

/**
 * Creates `destination` with what `write` writes to the handle. Whatever is already at that
 * name (a file from an earlier fetch, a symbolic or hard link, a FIFO) is replaced, never
 * written through. On a throw, the partial file is removed and the destination left as it was.
 * `write` may close the handle itself (a write stream over it does).
 */
export async function writeNewFile(
  destination: string,
  write: (file: fs.promises.FileHandle) => Promise<void>,
  mode = 0o644
): Promise<void> {
  const partial = path.join(
    path.dirname(destination),
    `${PARTIAL_PREFIX}${randomBytes(8).toString('hex')}`
  )
  const file = await fs.promises.open(partial, CREATE_NEW_FLAGS, mode)
  try {
    await write(file)
    // Closing can report a failed write (NFS, a full disk); a handle already closed resolves.
    await file.close()
    await fs.promises.rename(partial, destination)
  } catch (error) {
    await file.close().catch(() => undefined)
    await fs.promises.rm(partial, { force: true })
    throw error
  }
}
