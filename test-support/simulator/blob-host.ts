/**
 * The log storage host that API 302s point at, imitating Azure Blob storage behind a SAS link:
 * it trusts only the signed URL, refuses an Authorization header (Azure answers
 * AuthenticationFailed), and refuses expired links.
 */
import { createReadStream, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import type { FaultBook } from './faults.js'
import { jobLogText, stepLogs } from './logs.js'
import type { UrlSigner } from './signing.js'
import { viewAttempt } from './timeline.js'
import type { RequestLogEntry } from './types.js'
import type { World } from './world.js'
import { paddingStream, runLogArchive } from './zip.js'

export interface BlobHostDeps {
  world: World
  faults: FaultBook
  signer: UrlSigner
  log: (entry: RequestLogEntry) => void
}

function azureError(
  response: ServerResponse,
  entry: RequestLogEntry,
  status: number,
  code: string,
  message: string
) {
  entry.status = status
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`
  response.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code })
  response.end(body)
}

export class BlobHost {
  /**
   * Blob paths served from a prepared file instead of generated (the bench): read from disk at
   * full speed, with a Content-Length, as GitHub's storage serves a finished archive.
   */
  readonly files = new Map<string, string>()

  constructor(private readonly deps: BlobHostDeps) {}

  handle(request: IncomingMessage, response: ServerResponse): void {
    const { world } = this.deps
    const method = (request.method ?? 'GET').toUpperCase()
    const url = new URL(request.url ?? '/', 'http://blob.invalid')
    const entry: RequestLogEntry = {
      host: 'blob',
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      headers: {
        authorization: request.headers.authorization !== undefined,
        userAgent: request.headers['user-agent']
      },
      countedAgainstRateLimit: false,
      at: world.now()
    }
    this.deps.log(entry)
    const fault = this.deps.faults.take('blob', method, url.pathname)
    if (fault) entry.fault = fault.kind
    if (fault?.kind === 'hang') return
    if (
      fault?.kind === 'status' ||
      fault?.kind === 'secondary-rate-limit' ||
      fault?.kind === 'primary-rate-limit'
    ) {
      return azureError(response, entry, fault.status, 'ServerBusy', 'The server is busy.')
    }
    if (request.headers.authorization !== undefined) {
      return azureError(
        response,
        entry,
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.'
      )
    }
    const check = this.deps.signer.check(url.pathname, url.searchParams)
    if (check === 'expired') {
      return azureError(
        response,
        entry,
        403,
        'AuthenticationFailed',
        'Signed expiry time has passed.'
      )
    }
    if (check !== 'ok') {
      return azureError(response, entry, 403, 'AuthenticationFailed', 'Signature did not match.')
    }
    const prepared = this.files.get(url.pathname)
    if (prepared !== undefined && fault === undefined) {
      entry.status = 200
      response.writeHead(200, {
        'content-type': url.pathname.endsWith('.zip') ? 'application/zip' : 'text/plain',
        'content-length': String(statSync(prepared).size)
      })
      createReadStream(prepared, { highWaterMark: 1024 * 1024 }).pipe(response)
      return
    }
    const now = world.now()
    const runMatch = /^\/runs\/(\d+)\/attempts\/(\d+)\/logs\.zip$/.exec(url.pathname)
    const jobMatch = /^\/jobs\/(\d+)\/logs\.txt$/.exec(url.pathname)
    let body: Readable | undefined
    let contentType = 'application/zip'
    if (runMatch) {
      const run = world.runs.get(Number(runMatch[1]))
      const attempt = run?.attempts[Number(runMatch[2]) - 1]
      if (run && attempt && !attempt.logsDeleted) {
        const schedules = viewAttempt(run, attempt, now).schedules
        const jobs = attempt.executions.flatMap(execution => {
          const schedule = schedules.get(execution.name)
          return schedule ? [{ name: execution.name, steps: stepLogs(schedule, attempt, now) }] : []
        })
        body = runLogArchive(
          jobs,
          run.logArchiveBytes,
          attempt.startAt ?? attempt.createdAt,
          run.logArchivePadding
        )
      }
    } else if (jobMatch) {
      const found = world.jobExecution(Number(jobMatch[1]))
      if (found && !found.attempt.logsDeleted) {
        const schedule = viewAttempt(found.run, found.attempt, now).schedules.get(
          found.execution.name
        )
        if (schedule) {
          contentType = 'text/plain; charset=utf-8'
          const text = Buffer.from(jobLogText(stepLogs(schedule, found.attempt, now)))
          const padding = (found.execution.logBytes ?? 0) - text.length
          body =
            padding > 0
              ? Readable.from(
                  (async function* () {
                    yield* paddingStream(padding, found.attempt.startAt ?? found.attempt.createdAt)
                    yield text
                  })()
                )
              : Readable.from([text])
        }
      }
    }
    if (!body)
      return azureError(response, entry, 404, 'BlobNotFound', 'The specified blob does not exist.')
    entry.status = 200
    response.writeHead(200, { 'content-type': contentType })
    if (fault?.kind === 'connection-reset' || fault?.kind === 'malformed-json') {
      return cutShort(body, response)
    }
    if (fault?.kind === 'drip')
      return drip(body, response, fault.bytes ?? 16, fault.everyMs ?? 2000)
    body.pipe(response)
  }
}

/** Sends the body `bytes` at a time every `everyMs`: a stalled transfer that never quite stops. */
function drip(body: Readable, response: ServerResponse, bytes: number, everyMs: number) {
  let pending = Buffer.alloc(0)
  let ended = false
  body.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk])
    if (pending.length > 1 << 20) body.pause()
  })
  body.on('end', () => (ended = true))
  const timer = setInterval(() => {
    const piece = pending.subarray(0, bytes)
    pending = pending.subarray(bytes)
    if (pending.length < 1 << 16) body.resume()
    if (piece.length > 0) response.write(piece)
    else if (ended) {
      clearInterval(timer)
      response.end()
    }
  }, everyMs)
  response.on('close', () => {
    clearInterval(timer)
    body.destroy()
  })
}

/** Sends half of the first 64 KiB, then drops the connection, as a reset mid-download would. */
function cutShort(body: Readable, response: ServerResponse) {
  const chunks: Buffer[] = []
  let buffered = 0
  const cut = () => {
    body.destroy()
    const head = Buffer.concat(chunks)
    response.write(head.subarray(0, Math.max(1, Math.floor(head.length / 2))), () =>
      response.socket?.destroy()
    )
  }
  body.on('data', (chunk: Buffer) => {
    chunks.push(chunk)
    buffered += chunk.length
    if (buffered >= 64 * 1024) cut()
  })
  body.on('end', cut)
}
