import * as log from '../step-log.js'
import * as fs from 'node:fs'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { GitHubClient } from '../github/client.js'
import { OperationError } from '../github/errors.js'
import { DirectGetError, getToFile } from './http-get.js'

export type LogSource = { runId: number; attempt?: number } | { jobId: number }

/** The storage host refused or broke off the download of a signed URL. */
class BlobDownloadError extends Error {
  constructor(readonly detail: string) {
    super(detail)
    this.name = 'BlobDownloadError'
  }
}

export interface DownloadOptions {
  /** Called with each chunk's size; throw (e.g. a ByteBudget) to stop the download. */
  readonly onBytes: (bytes: number) => void
  /**
   * Called as each try starts; the function it returns sees every piece of that try's body as
   * it is written (only during the call: the buffer is reused), e.g. to scan a log in the same
   * pass instead of reading the file again.
   */
  readonly reader?: () => (piece: Uint8Array) => void
  /** "the logs of run 42", for the one sentence a failure produces. */
  readonly label: string
}

/**
 * Downloads a log to `destination`, streaming, never holding it in memory. The API answers with a
 * signed storage URL that expires in about a minute, so it is used at once, without the
 * Authorization header, and if the storage host refuses it (403/404 once expired) or the
 * transfer breaks, GitHub is asked once for a fresh URL. Errors from the API itself (404/410
 * when logs are gone) are thrown unchanged for the caller to explain.
 */
export async function downloadLog(
  client: GitHubClient,
  source: LogSource,
  destination: string,
  options: DownloadOptions
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const location = await client.getLogLocation(source)
    try {
      await streamToFile(client, location, destination, options)
      return
    } catch (error) {
      if (!(error instanceof BlobDownloadError)) throw error
      if (attempt >= 2) {
        throw new OperationError(
          `Downloading ${options.label} failed twice, even with a fresh link from GitHub: ${error.detail}.`
        )
      }
      log.info(
        `Downloading ${options.label} failed (${error.detail}); asking GitHub for a fresh link.`
      )
    }
  }
}

async function streamToFile(
  client: GitHubClient,
  location: string,
  destination: string,
  options: DownloadOptions
): Promise<void> {
  const onData = options.reader?.()
  const onBytes = options.onBytes
  if (!/^https?:\/\//i.test(location)) {
    throw new OperationError('GitHub answered the log request with a link that is not http(s).')
  }
  if (client.canGetDirectly(location)) {
    try {
      await getToFile(location, destination, onBytes, onData)
      return
    } catch (error) {
      await fs.promises.rm(destination, { force: true })
      if (error instanceof OperationError) throw error
      if (error instanceof DirectGetError) throw new BlobDownloadError(error.detail)
      throw new BlobDownloadError(`the transfer broke off (${errorName(error)})`)
    }
  }
  let response: Response
  try {
    // No Authorization: the URL carries its own signature, and storage hosts reject both.
    response = await client.fetchExternal(location, { redirect: 'follow' })
  } catch (error) {
    throw new BlobDownloadError(`the storage host could not be reached (${errorName(error)})`)
  }
  if (!response.ok || response.body === null) {
    await response.body?.cancel().catch(() => undefined)
    throw new BlobDownloadError(`the storage host answered ${response.status}`)
  }
  try {
    await writeBody(
      response.body as unknown as WebReadableStream<Uint8Array>,
      destination,
      onBytes,
      onData
    )
  } catch (error) {
    await fs.promises.rm(destination, { force: true })
    // A cap (OperationError) stops for good; a broken transfer is worth one fresh link.
    if (error instanceof OperationError) throw error
    throw new BlobDownloadError(`the transfer broke off (${errorName(error)})`)
  }
}

/**
 * Through a proxy (or a test's fetch): writes the body as it arrives, one chunk at a time, the
 * next read only once the last chunk is on disk (back-pressure without a stream pipeline).
 */
async function writeBody(
  body: WebReadableStream<Uint8Array>,
  destination: string,
  onBytes: (bytes: number) => void,
  onData?: (piece: Uint8Array) => void
): Promise<void> {
  const file = await fs.promises.open(destination, 'w')
  const reader = body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      onBytes(value.byteLength)
      onData?.(value)
      for (let offset = 0; offset < value.byteLength;) {
        offset += (await file.write(value, offset, value.byteLength - offset)).bytesWritten
      }
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined)
    throw error
  } finally {
    await file.close()
  }
}

/** Never the message: a network error's message can quote the signed URL. */
function errorName(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown })?.code
    return typeof code === 'string' ? code : error.name
  }
  return 'unknown error'
}
