import * as log from '../step-log.js'
import * as fs from 'node:fs'
import type { Deadline } from '../clock.js'
import type { GitHubClient } from '../github/client.js'
import { OperationError } from '../github/errors.js'
import { budgetSpent, decideLogDownload } from '../github/retry-policy.js'
import { DirectGetError, RefusedRedirectError, getToFile } from './http-get.js'

/** What to download: a run's (or attempt's) log archive, a job's log, or an artifact's zip. */
export type LogSource =
  { runId: number; attempt?: number } | { jobId: number } | { artifactId: number }

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
  /**
   * The operation's time budget: every byte of the body must arrive before it ends (a stalled
   * or dripping body is a stalled request), then the download fails in one sentence.
   */
  readonly deadline?: Deadline
  /** No byte for this long: a broken transfer, worth a fresh link (tests shorten it). */
  readonly idleTimeoutMs?: number
}

/** The deadline passed while a body was still arriving. */
class DeadlineReached extends Error {
  constructor() {
    super('the time budget ran out')
    this.name = 'DeadlineReached'
  }
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
  for (let attempt = 0; ; attempt++) {
    const location = await client.getLogLocation(source)
    try {
      await streamToFile(client, location, destination, options)
      return
    } catch (error) {
      if (!(error instanceof DirectGetError)) throw error
      // Whether to try again is the retry policy's to say (src/github/retry-policy.ts).
      const decision = decideLogDownload({ label: options.label, detail: error.detail }, attempt, {
        leftMs: options.deadline?.remainingMs() ?? Infinity,
        timeoutSeconds: options.deadline?.timeoutSeconds
      })
      if (decision.kind === 'fail') throw decision.error
      if (decision.kind === 'retry') log.info(decision.warning)
    }
  }
}

/** An AbortSignal that aborts when the deadline passes (none without a deadline). */
function untilDeadline(deadline: Deadline | undefined): { signal?: AbortSignal; stop(): void } {
  if (!deadline) return { stop: () => undefined }
  const controller = new AbortController()
  const timer = setTimeout(
    () => controller.abort(new DeadlineReached()),
    Math.max(1, deadline.remainingMs())
  )
  return { signal: controller.signal, stop: () => clearTimeout(timer) }
}

async function streamToFile(
  client: GitHubClient,
  location: string,
  destination: string,
  options: DownloadOptions
): Promise<void> {
  const onData = options.reader?.()
  if (!/^https?:\/\//i.test(location)) {
    throw new OperationError(
      `GitHub answered the request for ${options.label} with a link that is not http(s).`
    )
  }
  let received = 0
  const onBytes = (bytes: number) => {
    received += bytes
    options.onBytes(bytes)
  }
  const deadline = untilDeadline(options.deadline)
  try {
    await getToFile(location, destination, {
      onBytes,
      onData,
      signal: deadline.signal,
      idleTimeoutMs: options.idleTimeoutMs,
      fetchFor: url => client.fetchFor(url)
    })
  } catch (error) {
    await fs.promises.rm(destination, { force: true })
    if (error instanceof DeadlineReached && options.deadline) {
      const progress =
        received > 0
          ? `the storage host had sent ${received} bytes`
          : 'the storage host had sent nothing'
      throw budgetSpent(options.deadline.timeoutSeconds, `${options.label} (${progress})`)
    }
    if (error instanceof RefusedRedirectError) {
      throw new OperationError(
        `Refused to download ${options.label}: the storage host answered with ${error.detail}.`
      )
    }
    // A cap (OperationError) stops for good; a broken transfer is worth one fresh link.
    if (error instanceof OperationError || error instanceof DirectGetError) throw error
    throw new DirectGetError(`the transfer broke off (${errorName(error)})`)
  } finally {
    deadline.stop()
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
