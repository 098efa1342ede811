/**
 * Run-log archives, streamed: per-job `N_job.txt` files plus per-job folders of `N_step.txt`
 * files, as GitHub's are. Padding (logArchiveBytes) is generated while it is written, into a
 * stored entry, so a 256 MiB archive costs no memory and compresses as little as real logs do.
 */
import { Readable } from 'node:stream'
import yazl from 'yazl'
import { entryName, jobLogText, type StepLog } from './logs.js'

export interface ArchiveJob {
  name: string
  steps: StepLog[]
}

const PAD_LINE =
  ' [runner] test output: module ok, 0 failures, cache hit, artifacts verified, done\n'

/** Generated log lines, exactly `size` bytes, produced only as fast as they are read. */
export function paddingStream(size: number, startMs: number): Readable {
  let produced = 0
  let line = 0
  return new Readable({
    read() {
      if (produced >= size) {
        this.push(null)
        return
      }
      const parts: string[] = []
      let chunkBytes = 0
      while (chunkBytes < 256 * 1024 && produced + chunkBytes < size) {
        const text = new Date(startMs + line).toISOString().replace('Z', '0000Z') + PAD_LINE
        line++
        parts.push(text)
        chunkBytes += text.length
      }
      let chunk = Buffer.from(parts.join(''))
      if (produced + chunk.length > size) chunk = chunk.subarray(0, size - produced)
      produced += chunk.length
      this.push(chunk)
    }
  })
}

export function runLogArchive(
  jobs: ArchiveJob[],
  padToBytes: number | undefined,
  startMs: number
): Readable {
  const zip = new yazl.ZipFile()
  const mtime = new Date(startMs)
  let written = 0
  const used = new Set<string>()
  jobs.forEach((job, index) => {
    let folder = entryName(job.name)
    while (used.has(folder)) folder += '_'
    used.add(folder)
    const whole = Buffer.from(jobLogText(job.steps))
    zip.addBuffer(whole, `${index}_${folder}.txt`, { mtime })
    written += whole.length + 2 * folder.length + 100
    for (const step of job.steps) {
      const text = Buffer.from(step.lines.join('\n') + '\n')
      zip.addBuffer(text, `${folder}/${step.number}_${entryName(step.name)}.txt`, { mtime })
      written += text.length + folder.length + step.name.length + 100
    }
  })
  const padding = padToBytes ? padToBytes - written - 200 : 0
  if (padding > 0) {
    const folder = jobs[0] ? entryName(jobs[0].name) : 'build'
    zip.addReadStream(paddingStream(padding, startMs), `${folder}/99_Run verbose tests.txt`, {
      mtime,
      compress: false,
      size: padding
    })
  }
  zip.end()
  return zip.outputStream as Readable
}
