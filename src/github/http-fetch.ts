/**
 * The fetch octokit sends API requests through when no proxy applies: Node's `http`/`https`
 * with their keep-alive agents, returning the part of a fetch Response that @octokit/request and
 * our hooks read (status, url, headers, an async-iterable body, text(), arrayBuffer()). Node's
 * own fetch is not used for them: its first use loads undici, with Node's tls, http2, zlib,
 * web streams, worker and performance modules, which measured on Node 24 costs about 0.09 s
 * and 16 MiB of RSS over an `http.get` of the same answer (docs/performance.md, "Start-up
 * without undici"). What fetch does that matters here is done the same way:
 * - gzip and deflate asked for and decoded (GitHub compresses JSON);
 * - redirects followed (at most 20; 303, and 301/302 after a POST, become a GET without body;
 *   Authorization and cookies dropped when the redirect leaves the origin), or, with
 *   `redirect: 'manual'`, handed back as they are;
 * - the signal ends the request and its body, rejecting with the signal's reason;
 * - a connection that fails is `TypeError: fetch failed` with the socket's error as its cause.
 */
import * as http from 'node:http'
import * as https from 'node:https'
import type { Readable } from 'node:stream'
import * as zlib from 'node:zlib'

const MAX_REDIRECTS = 20
/** Headers a redirect to another origin must not carry (as fetch). */
const ORIGIN_BOUND = ['authorization', 'cookie', 'proxy-authorization']

export interface FetchInit {
  method?: string
  headers?: Record<string, string>
  body?: string | Uint8Array | null
  redirect?: 'follow' | 'manual' | 'error'
  signal?: AbortSignal | null
}

/** A response's headers as fetch's Headers reads them: by lower-case name, iterable. */
class ResponseHeaders {
  private readonly values = new Map<string, string>()

  constructor(raw: http.IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(raw)) {
      if (value === undefined) continue
      this.values.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value)
    }
  }

  get(name: string): string | null {
    return this.values.get(name.toLowerCase()) ?? null
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase())
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return [...this.values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]()
  }
}

/** What octokit reads of a fetch Response. */
export class HttpResponse {
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    readonly headers: ResponseHeaders,
    /** The (decoded) body; null for a HEAD or a status that has none. */
    readonly body: (AsyncIterable<Uint8Array> & { destroy?: (error?: Error) => void }) | null
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const chunks: Uint8Array[] = []
    if (this.body) for await (const chunk of this.body) chunks.push(chunk)
    const whole = Buffer.concat(chunks)
    return whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength) as ArrayBuffer
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(await this.arrayBuffer())
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text())
  }
}

/** A fetch-shaped GET/POST/… over Node's http and https (see the top of this file). */
export async function httpFetch(url: string, init: FetchInit = {}): Promise<HttpResponse> {
  const signal = init.signal ?? undefined
  signal?.throwIfAborted()
  let target = new URL(url)
  let method = (init.method ?? 'GET').toUpperCase()
  let body = init.body ?? undefined
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(init.headers ?? {})) {
    headers[name.toLowerCase()] = value
  }
  headers['accept-encoding'] ??= 'gzip, deflate'
  for (let redirects = 0; ; redirects++) {
    const response = await requestOnce(target, method, headers, body, signal)
    const location = response.headers.location
    const status = response.statusCode ?? 0
    if (![301, 302, 303, 307, 308].includes(status) || location === undefined) {
      return toResponse(response, target, method, signal)
    }
    if (init.redirect === 'manual') {
      // Handed back as it is; its small body read now, as nothing may read it (the caller
      // wants the Location), so the connection goes back to the pool.
      return await buffered(toResponse(response, target, method, signal))
    }
    response.resume()
    if (init.redirect === 'error' || redirects >= MAX_REDIRECTS) {
      throw new TypeError('fetch failed', {
        cause: new Error(
          init.redirect === 'error' ? 'unexpected redirect' : 'redirect count exceeded'
        )
      })
    }
    const next = new URL(location, target)
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new TypeError('fetch failed', {
        cause: new Error('URL scheme must be a HTTP(S) scheme')
      })
    }
    if (
      (status === 303 && method !== 'HEAD') ||
      ((status === 301 || status === 302) && method === 'POST')
    ) {
      method = 'GET'
      body = undefined
      delete headers['content-type']
      delete headers['content-length']
    }
    if (next.origin !== target.origin) for (const name of ORIGIN_BOUND) delete headers[name]
    target = next
  }
}

/** The same response with its body read into memory. */
async function buffered(response: HttpResponse): Promise<HttpResponse> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  return new HttpResponse(response.status, response.statusText, response.url, response.headers, [
    bytes
  ] as unknown as AsyncIterable<Uint8Array>)
}

function requestOnce(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  signal: AbortSignal | undefined
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? https.request : http.request
    const request = send(url, { method, headers, signal }, resolve)
    request.on('error', error => {
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }))
    })
    request.end(body)
  })
}

/** The response with its body decoded; the signal still ends the body. */
function toResponse(
  response: http.IncomingMessage,
  url: URL,
  method: string,
  signal: AbortSignal | undefined
): HttpResponse {
  const status = response.statusCode ?? 0
  const headers = new ResponseHeaders(response.headers)
  const empty = method === 'HEAD' || status === 204 || status === 205 || status === 304
  if (empty) {
    response.resume()
    return new HttpResponse(status, response.statusMessage ?? '', url.href, headers, null)
  }
  const encoding = (headers.get('content-encoding') ?? '').trim().toLowerCase()
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH })
      : encoding === 'deflate'
        ? zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH })
        : undefined
  let stream: Readable = response
  if (decoder) {
    response.on('error', error => decoder.destroy(error))
    stream = response.pipe(decoder)
  }
  // A body that breaks before anyone reads it must not crash the process as an unhandled
  // 'error' event: the failure is kept for whoever reads it (fetch's body rejects then too).
  stream.on('error', () => undefined)
  if (signal) {
    const abort = () => stream.destroy(signal.reason as Error)
    signal.addEventListener('abort', abort, { once: true })
    stream.once('close', () => signal.removeEventListener('abort', abort))
  }
  return new HttpResponse(status, response.statusMessage ?? '', url.href, headers, stream)
}
