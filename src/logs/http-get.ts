import * as fs from 'node:fs'
import * as net from 'node:net'
import * as tls from 'node:tls'
import type { ReadableStream as WebReadableStream, ReadableStreamReadResult } from 'node:stream/web'
import { writeNewFile } from '../safe-file.js'

/**
 * Why a download went wrong, as a short code (never the URL: a signed URL is a credential):
 * the caller treats every one as worth one more try with a fresh link.
 */
export class DirectGetError extends Error {
  constructor(readonly detail: string) {
    super(detail)
    this.name = 'DirectGetError'
  }
}

/** A redirect runctl will not follow (https → http, or not http(s) at all): never retried. */
export class RefusedRedirectError extends Error {
  constructor(readonly detail: string) {
    super(detail)
    this.name = 'RefusedRedirectError'
  }
}

/** A fetch-shaped function: the proxy-aware one for hops HTTPS_PROXY applies to (or a test's). */
export type HopFetch = (url: string, init?: Record<string, unknown>) => Promise<Response>

export interface GetOptions {
  /** Called with each piece's size; a throw (a cap) stops the download and is rethrown as it is. */
  readonly onBytes: (bytes: number) => void
  /** Sees each piece before it is written, only during the call (the buffer is reused). */
  readonly onData?: (piece: Uint8Array) => void
  /**
   * Ends everything when it aborts: connecting, waiting for the head, every byte of the body (the
   * operation's deadline). The download then rejects with the signal's reason.
   */
  readonly signal?: AbortSignal
  /** No byte for this long: the transfer is broken (worth a fresh link). Default 60 s. */
  readonly idleTimeoutMs?: number
  /**
   * Decided for every hop, redirects included (HTTPS_PROXY / NO_PROXY): the fetch to send it
   * through, or undefined to connect directly.
   */
  readonly fetchFor?: (url: URL) => HopFetch | undefined
  /** Certificates to trust instead of Node's store (tests); NODE_EXTRA_CA_CERTS applies anyway. */
  readonly ca?: string | Buffer
}

/**
 * Every socket read lands in this one buffer (the socket's `onread` option) and is written to
 * disk before the next read: the download allocates nothing per chunk. Node's http and fetch
 * give each read a fresh 64 KiB buffer, and V8 lets 64 MiB of dead ones pile up (more on Node 24)
 * before it collects, which is what made a log download cost 90–130 MiB.
 */
const READ_BUFFER_BYTES = 256 * 1024
/** A response head larger than this is not a storage host's. */
const MAX_HEAD_BYTES = 64 * 1024
const MAX_REDIRECTS = 5
/** No byte for this long: the transfer is treated as broken (and tried once more). */
const IDLE_TIMEOUT_MS = 60_000

/**
 * A plain HTTP/1.1 GET of a signed storage URL (no credentials) that writes the body to
 * `destination`. Redirects are followed by hand so every hop is checked: never from https to
 * http, and the proxy settings decided again for each target (through `fetchFor`'s fetch when a
 * proxy applies, else over a plain socket).
 */
export async function getToFile(
  url: string,
  destination: string,
  options: GetOptions
): Promise<void> {
  let target = new URL(url)
  options.signal?.throwIfAborted()
  // A fresh file renamed into place: nothing already at `destination` is written through.
  await writeNewFile(destination, async file => {
    // A redirect's body is never written, so every hop writes to the same (still empty) file.
    for (let redirects = 0; ; redirects++) {
      options.signal?.throwIfAborted()
      const viaFetch = options.fetchFor?.(target)
      const outcome = viaFetch
        ? await fetchOnce(viaFetch, target, file, options)
        : await getOnce(target, file.fd, options)
      if (outcome.kind === 'done') return
      if (redirects >= MAX_REDIRECTS) throw new DirectGetError('too many redirects')
      target = nextHop(target, outcome.location)
    }
  })
}

/** The redirect's target, if runctl may follow it. */
function nextHop(from: URL, location: string): URL {
  let next: URL
  try {
    next = new URL(location, from)
  } catch {
    throw new DirectGetError('a redirect to an invalid link')
  }
  if (next.protocol !== 'https:' && next.protocol !== 'http:') {
    throw new RefusedRedirectError('a redirect to a link that is not http(s)')
  }
  if (from.protocol === 'https:' && next.protocol === 'http:') {
    throw new RefusedRedirectError('a redirect from https to plain http')
  }
  return next
}

type Outcome = { kind: 'done' } | { kind: 'redirect'; location: string }

/** Rejects with the signal's reason when it aborts; returns the way to stop listening. */
function onAbort(signal: AbortSignal | undefined, abort: (reason: unknown) => void): () => void {
  if (!signal) return () => undefined
  const listener = () => abort(signal.reason)
  signal.addEventListener('abort', listener, { once: true })
  return () => signal.removeEventListener('abort', listener)
}

function getOnce(url: URL, fd: number, options: GetOptions): Promise<Outcome> {
  const { onBytes, onData } = options
  return new Promise<Outcome>((resolve, reject) => {
    const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES)
    const body = new BodyDecoder()
    let head: Buffer | undefined = Buffer.alloc(0)
    let settled = false
    const finish = (error: unknown, outcome?: Outcome) => {
      if (settled) return
      settled = true
      stopListening()
      socket.destroy()
      if (error === undefined) resolve(outcome as Outcome)
      else reject(error)
    }
    /**
     * Handles one read before the callback returns: the pieces are written synchronously, so the
     * read buffer is free again when the socket fills it next. (An async write with the socket
     * "paused" is not enough: a TLS socket can deliver records it already decrypted into the same
     * buffer meanwhile, which corrupted downloads.) A write to the page cache takes microseconds;
     * curl writes the same way.
     */
    const consume = (data: Buffer): void => {
      if (head !== undefined) {
        head = Buffer.concat([head, data])
        const end = head.indexOf('\r\n\r\n')
        if (end < 0) {
          if (head.length > MAX_HEAD_BYTES) throw new DirectGetError('a response head too large')
          return
        }
        if (end > MAX_HEAD_BYTES) throw new DirectGetError('a response head too large')
        const response = parseHead(head.subarray(0, end).toString('latin1'))
        const rest = head.subarray(end + 4)
        head = undefined
        if (response.status >= 300 && response.status < 400 && response.location) {
          return finish(undefined, { kind: 'redirect', location: response.location })
        }
        if (response.status < 200 || response.status >= 300) {
          throw new DirectGetError(`the storage host answered ${response.status}`)
        }
        if (!/^(identity)?$/i.test(response.headers.get('content-encoding') ?? '')) {
          throw new DirectGetError('an encoded body')
        }
        body.start(response.headers)
        data = rest
      }
      for (const piece of body.decode(data)) {
        onBytes(piece.length)
        onData?.(piece)
        for (let offset = 0; offset < piece.length;) {
          offset += fs.writeSync(fd, piece, offset, piece.length - offset)
        }
      }
      if (body.complete) finish(undefined, { kind: 'done' })
    }
    const onread = {
      buffer,
      callback: (length: number, into: Uint8Array): boolean => {
        if (settled) return false
        try {
          consume(Buffer.from(into.buffer, into.byteOffset, length))
        } catch (error) {
          finish(error)
          return false
        }
        return !settled
      }
    }
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80)
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
    const socket =
      url.protocol === 'https:'
        ? tls.connect({
            host,
            port,
            servername: net.isIP(host) ? undefined : host,
            ALPNProtocols: ['http/1.1'],
            ...(options.ca !== undefined ? { ca: options.ca } : {}),
            onread
          } as tls.ConnectionOptions)
        : net.connect({ host, port, onread })
    const stopListening = onAbort(options.signal, reason => finish(reason))
    if (options.signal?.aborted) finish(options.signal.reason)
    socket.setTimeout(options.idleTimeoutMs ?? IDLE_TIMEOUT_MS, () =>
      finish(new DirectGetError('no data for too long (idle timeout)'))
    )
    socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
      socket.write(
        `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n` +
          'User-Agent: runctl\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n'
      )
    })
    socket.on('error', error => finish(new DirectGetError(errorCode(error))))
    socket.on('end', () => {
      if (body.endsWithConnection()) finish(undefined, { kind: 'done' })
      else finish(new DirectGetError('the connection closed before the end of the body'))
    })
    socket.on('close', () =>
      finish(new DirectGetError('the connection closed before the end of the body'))
    )
  })
}

/**
 * One hop through a proxy (or a test's fetch), redirects not followed (the caller checks each):
 * the body written as it arrives, the next read only once the last piece is on disk.
 */
async function fetchOnce(
  fetch: HopFetch,
  url: URL,
  file: fs.promises.FileHandle,
  options: GetOptions
): Promise<Outcome> {
  const idleMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS
  // One controller for the hop: the deadline or an idle stretch aborts the request and its body.
  const controller = new AbortController()
  const stopListening = onAbort(options.signal, reason => controller.abort(reason))
  if (options.signal?.aborted) controller.abort(options.signal.reason)
  const idle = new DirectGetError('no data for too long (idle timeout)')
  let timer = setTimeout(() => controller.abort(idle), idleMs)
  const fresh = () => {
    clearTimeout(timer)
    timer = setTimeout(() => controller.abort(idle), idleMs)
  }
  try {
    let response: Response
    try {
      // No Authorization: the URL carries its own signature, and storage hosts reject both.
      response = await fetch(url.href, { redirect: 'manual', signal: controller.signal })
    } catch (error) {
      throw controller.signal.aborted
        ? controller.signal.reason
        : new DirectGetError(`the storage host could not be reached (${errorCode(error)})`)
    }
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel().catch(() => undefined)
      return { kind: 'redirect', location }
    }
    if (!response.ok || response.body === null) {
      await response.body?.cancel().catch(() => undefined)
      throw new DirectGetError(`the storage host answered ${response.status}`)
    }
    const reader = (response.body as unknown as WebReadableStream<Uint8Array>).getReader()
    try {
      for (;;) {
        fresh()
        let chunk: ReadableStreamReadResult<Uint8Array>
        try {
          chunk = await reader.read()
        } catch (error) {
          throw controller.signal.aborted
            ? controller.signal.reason
            : new DirectGetError(`the transfer broke off (${errorCode(error)})`)
        }
        if (chunk.done) return { kind: 'done' }
        const value = chunk.value
        options.onBytes(value.byteLength)
        options.onData?.(value)
        // Written synchronously, so the next read is asked for at once: undici 6 pauses its
        // parser until then, and a connection closed while it is paused crashes the process
        // from a socket handler (nodejs/undici#5360, fixed only in later majors).
        for (let offset = 0; offset < value.byteLength;) {
          offset += fs.writeSync(file.fd, value, offset, value.byteLength - offset)
        }
      }
    } catch (error) {
      await reader.cancel().catch(() => undefined)
      throw error
    }
  } finally {
    clearTimeout(timer)
    stopListening()
  }
}

interface ResponseHead {
  status: number
  location?: string
  headers: Map<string, string>
}

function parseHead(text: string): ResponseHead {
  const [statusLine = '', ...lines] = text.split('\r\n')
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)
  if (!status) throw new DirectGetError('a response that is not HTTP/1.1')
  const headers = new Map<string, string>()
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { status: Number(status[1]), location: headers.get('location'), headers }
}

/**
 * The body as HTTP/1.1 frames it: Content-Length bytes, chunked (sizes in hex, then a trailer),
 * or everything until the connection closes. Pieces returned are views into the read buffer.
 */
class BodyDecoder {
  private mode: 'length' | 'chunked' | 'close' = 'close'
  private remaining = 0
  private state: 'size' | 'data' | 'data-end' | 'trailer' | 'done' = 'size'
  private line = ''
  complete = false

  start(headers: Map<string, string>): void {
    if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) {
      this.mode = 'chunked'
    } else if (headers.has('content-length')) {
      const length = Number(headers.get('content-length'))
      if (!Number.isSafeInteger(length) || length < 0) {
        throw new DirectGetError('an invalid Content-Length')
      }
      this.mode = 'length'
      this.remaining = length
      this.complete = length === 0
    }
  }

  /** A body framed by the connection's end is complete when the connection ends. */
  endsWithConnection(): boolean {
    return this.mode === 'close' || this.complete
  }

  decode(data: Buffer): Buffer[] {
    if (this.mode === 'close') return data.length > 0 ? [data] : []
    if (this.mode === 'length') {
      const piece = data.subarray(0, this.remaining)
      this.remaining -= piece.length
      this.complete = this.remaining === 0
      return piece.length > 0 ? [piece] : []
    }
    const pieces: Buffer[] = []
    let at = 0
    while (at < data.length && this.state !== 'done') {
      if (this.state === 'data') {
        const piece = data.subarray(at, at + this.remaining)
        pieces.push(piece)
        at += piece.length
        this.remaining -= piece.length
        if (this.remaining === 0) this.state = 'data-end'
        continue
      }
      const newline = data.indexOf(10, at)
      const end = newline < 0 ? data.length : newline + 1
      this.line += data.subarray(at, end).toString('latin1')
      at = end
      if (this.line.length > 1024) throw new DirectGetError('a malformed chunked body')
      if (newline < 0) break
      const line = this.line.replace(/\r?\n$/, '')
      this.line = ''
      if (this.state === 'data-end') {
        if (line !== '') throw new DirectGetError('a malformed chunked body')
        this.state = 'size'
      } else if (this.state === 'size') {
        const size = /^([0-9a-f]+)(;.*)?$/i.exec(line)
        if (!size) throw new DirectGetError('a malformed chunked body')
        this.remaining = parseInt(size[1] as string, 16)
        this.state = this.remaining === 0 ? 'trailer' : 'data'
      } else if (line === '') {
        this.state = 'done'
      }
    }
    this.complete = this.state === 'done'
    return pieces
  }
}

/** Never the message: a network error's message can quote the signed URL. */
function errorCode(error: unknown): string {
  // Not instanceof Error: errors from another realm (a vm context, a test runner) count too.
  if (typeof error !== 'object' || error === null) return 'unknown error'
  const { code, cause, name } = error as {
    code?: unknown
    cause?: { code?: unknown }
    name?: unknown
  }
  const found = code ?? cause?.code
  if (typeof found === 'string') return found
  return typeof name === 'string' ? name : 'unknown error'
}
