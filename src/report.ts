import { open, type FileHandle } from 'node:fs/promises'
import * as os from 'node:os'
import * as core from './action/workflow-commands.js'
import type { Presentation } from './operations/types.js'
import type { StreamedSummary, SummaryText } from './summary/streamed.js'

/** GitHub refuses a step summary over 1 MiB; stay well inside it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024

const TRUNCATED_NOTE = '\n\n_Summary truncated to fit GitHub’s 1 MiB limit._\n'

/** Bytes of a streamed summary gathered before each write. */
const WRITE_CHUNK_BYTES = 64 * 1024

/** The one place outputs and the job summary are written. */
export async function writePresentation(
  presentation: Presentation<SummaryText>,
  options: { summary: boolean }
): Promise<void> {
  for (const [name, value] of Object.entries(presentation.outputs)) {
    if (value !== undefined) core.setOutput(name, value)
  }
  const file = process.env['GITHUB_STEP_SUMMARY']
  if (options.summary && file) {
    if (typeof presentation.summary !== 'string') {
      await appendStreamed(file, presentation.summary)
      return
    }
    let text = presentation.summary
    if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES) {
      text = Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES).toString('utf8') + TRUNCATED_NOTE
    }
    await core.appendSummary(text)
  }
}

/**
 * What `core.appendSummary(text)` (@actions/core's `summary.addRaw(text, true).write()`) appends for the pieces' whole text, cut as
 * above past the limit, without building that text: the pieces go through one reused buffer.
 */
async function appendStreamed(file: string, summary: StreamedSummary): Promise<void> {
  // The check and the sentence @actions/core gives for a summary file it cannot write.
  await core.summaryFile()
  let handle: FileHandle
  try {
    handle = await open(file, 'a')
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
    )
  }
  try {
    const chunk = Buffer.allocUnsafe(WRITE_CHUNK_BYTES)
    let used = 0
    const put = async (text: string, bytes = Buffer.byteLength(text)) => {
      if (used + bytes > chunk.length) {
        await writeAll(handle, chunk.subarray(0, used))
        used = 0
      }
      if (bytes > chunk.length) await writeAll(handle, Buffer.from(text))
      else used += chunk.write(text, used)
    }
    let total = 0
    for (const piece of summary) {
      const bytes = Buffer.byteLength(piece)
      if (total + bytes > SUMMARY_LIMIT_BYTES) {
        // The whole text's first SUMMARY_LIMIT_BYTES bytes: what came before, and this piece's
        // start (a character cut there decodes as U+FFFD, as when the whole text is cut).
        const start = Buffer.from(piece)
          .subarray(0, SUMMARY_LIMIT_BYTES - total)
          .toString('utf8')
        await put(start + TRUNCATED_NOTE)
        break
      }
      total += bytes
      await put(piece, bytes)
    }
    await put(os.EOL)
    await writeAll(handle, chunk.subarray(0, used))
  } finally {
    await handle.close()
  }
}

async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten
  }
}
