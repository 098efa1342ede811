import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { DirectGetError, getToFile } from '../../src/logs/http-get.js'

/** 1 MiB and a bit, so bodies span many socket reads and chunk boundaries. */
const BODY = randomBytes(1024 * 1024 + 4321)

let server: Server
let base: string
let dir: string
const seen: { url?: string; headers: Record<string, unknown> }[] = []

beforeAll(async () => {
  dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'runctl-http-get-'))
  server = createServer((request, response) => {
    seen.push({ url: request.url, headers: request.headers })
    switch (request.url?.split('?')[0]) {
      case '/length':
        response.writeHead(200, { 'content-length': String(BODY.length) })
        return response.end(BODY)
      case '/chunked': {
        // Odd chunk sizes, written one by one: Node frames each as its own chunk.
        response.writeHead(200)
        let at = 0
        for (const size of [1, 7, 65_536, 3, 200_000]) {
          response.write(BODY.subarray(at, at + size))
          at += size
        }
        return response.end(BODY.subarray(at))
      }
      case '/redirect':
        response.writeHead(302, { location: '/length?sig=abc' })
        return response.end()
      case '/expired':
        response.writeHead(403, { 'content-type': 'application/xml' })
        return response.end('<Error><Code>AuthenticationFailed</Code></Error>')
      case '/cut':
        response.writeHead(200, { 'content-length': String(BODY.length) })
        response.write(BODY.subarray(0, 1000), () => response.socket?.destroy())
        return
      default:
        response.writeHead(404)
        return response.end()
    }
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
  await fs.promises.rm(dir, { recursive: true, force: true })
})

async function download(route: string, onBytes: (bytes: number) => void = () => undefined) {
  const file = path.join(dir, `${route.replace(/\W/g, '')}.bin`)
  await getToFile(`${base}${route}`, file, onBytes)
  return fs.promises.readFile(file)
}

describe('getToFile (one reused read buffer)', () => {
  it('writes a Content-Length body exactly, reporting every byte', async () => {
    let reported = 0
    const written = await download('/length', bytes => (reported += bytes))
    expect(written.equals(BODY)).toBe(true)
    expect(reported).toBe(BODY.length)
  })

  it('decodes a chunked body whose chunks straddle reads', async () => {
    const written = await download('/chunked')
    expect(written.equals(BODY)).toBe(true)
  })

  it('follows a redirect and sends no credentials', async () => {
    seen.length = 0
    const written = await download('/redirect')
    expect(written.equals(BODY)).toBe(true)
    expect(seen.map(request => request.url)).toEqual(['/redirect', '/length?sig=abc'])
    expect(seen.every(request => request.headers['authorization'] === undefined)).toBe(true)
  })

  it('reports a refusal by status, without the URL', async () => {
    const failure = download('/expired?sig=secret')
    await expect(failure).rejects.toThrow(DirectGetError)
    await expect(failure).rejects.toThrow('the storage host answered 403')
    await expect(failure).rejects.not.toThrow(/secret/)
  })

  it('reports a body cut short as a broken transfer', async () => {
    await expect(download('/cut')).rejects.toThrow(
      'the connection closed before the end of the body'
    )
  })

  it('stops when onBytes throws (a cap) and rethrows that error unchanged', async () => {
    const cap = new Error('cap reached')
    await expect(
      download('/length', () => {
        throw cap
      })
    ).rejects.toBe(cap)
  })
})
