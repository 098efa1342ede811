/**
 * src/github/http-fetch.ts, the fetch API requests go through without a proxy: what octokit reads
 * of a response, and fetch's behaviour where runctl depends on it (decoding, redirects, the
 * signal, connection failures), against a local server.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as zlib from 'node:zlib'
import { httpFetch } from '../src/github/http-fetch.js'
import { isNetworkFailure } from '../src/github/errors.js'

interface Seen {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
  host: string
}

const seen: Seen[] = []
let server: http.Server
let other: http.Server
let base: string
let otherBase: string

const JSON_BODY = JSON.stringify({ id: 42, name: 'ünïcödé ✅' })

function routes(request: http.IncomingMessage, response: http.ServerResponse, body: string) {
  const url = new URL(request.url ?? '/', 'http://x')
  seen.push({
    method: request.method ?? '',
    url: request.url ?? '',
    headers: request.headers,
    body,
    host: String(request.headers.host)
  })
  switch (url.pathname) {
    case '/json':
      response.writeHead(200, { 'content-type': 'application/json', 'x-b': 'b', 'x-a': 'a' })
      return response.end(JSON_BODY)
    case '/gzip':
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      return response.end(zlib.gzipSync(JSON_BODY))
    case '/deflate':
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'deflate' })
      return response.end(zlib.deflateSync(JSON_BODY))
    case '/empty':
      response.writeHead(204)
      return response.end()
    case '/redirect':
      response.writeHead(Number(url.searchParams.get('status') ?? 302), {
        location: url.searchParams.get('to') ?? '/json'
      })
      return response.end('moved')
    case '/loop':
      response.writeHead(302, { location: '/loop' })
      return response.end()
    case '/echo':
      response.writeHead(201, { 'content-type': 'application/json' })
      return response.end(JSON.stringify({ method: request.method, body }))
    case '/hang':
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('{"partial":')
      return // never ends
    case '/cut':
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
      response.write('{"cut":')
      setTimeout(() => response.socket?.destroy(), 20)
      return
    case '/cut-gzip': {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      const whole = zlib.gzipSync(JSON_BODY.repeat(100))
      response.write(whole.subarray(0, whole.length >> 1))
      setTimeout(() => response.socket?.destroy(), 20)
      return
    }
    default:
      response.writeHead(404, { 'content-type': 'application/json' })
      return response.end('{"message":"Not Found"}')
  }
}

function listen(): Promise<http.Server> {
  const created = http.createServer((request, response) => {
    let body = ''
    request.on('data', chunk => (body += String(chunk)))
    request.on('end', () => routes(request, response, body))
  })
  return new Promise(resolve => created.listen(0, '127.0.0.1', () => resolve(created)))
}

beforeAll(async () => {
  server = await listen()
  other = await listen()
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // Another origin: the same address by another name.
  otherBase = `http://localhost:${(other.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
  other.closeAllConnections()
  other.close()
})

const last = () => seen[seen.length - 1] as Seen

describe('httpFetch: what octokit reads', () => {
  it('status, url, headers by name and in order, the body as text and as an iterable', async () => {
    const response = await httpFetch(`${base}/json?a=1`, { headers: { 'X-Custom': 'yes' } })
    expect(response.status).toBe(200)
    expect(response.ok).toBe(true)
    expect(response.url).toBe(`${base}/json?a=1`)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    expect(response.headers.get('missing')).toBeNull()
    const names = [...response.headers].map(([name]) => name)
    expect(names).toEqual([...names].sort())
    expect(names).toEqual(expect.arrayContaining(['x-a', 'x-b', 'content-type']))
    expect(await response.text()).toBe(JSON_BODY)
    expect(last().headers['x-custom']).toBe('yes')
    expect(last().headers['accept-encoding']).toBe('gzip, deflate')

    const again = await httpFetch(`${base}/json`)
    const chunks: Uint8Array[] = []
    for await (const chunk of again.body ?? []) chunks.push(chunk)
    expect(Buffer.concat(chunks).toString('utf8')).toBe(JSON_BODY)
  })

  it('decodes gzip and deflate bodies', async () => {
    expect(await (await httpFetch(`${base}/gzip`)).json()).toEqual(JSON.parse(JSON_BODY))
    expect(await (await httpFetch(`${base}/deflate`)).json()).toEqual(JSON.parse(JSON_BODY))
  })

  it('a 204 has no body; a 404 is an answer, not a failure', async () => {
    const empty = await httpFetch(`${base}/empty`)
    expect([empty.status, empty.body]).toEqual([204, null])
    const missing = await httpFetch(`${base}/nowhere`)
    expect([missing.status, missing.ok, await missing.text()]).toEqual([
      404,
      false,
      '{"message":"Not Found"}'
    ])
  })

  it('sends a body with its length, and a POST without one with length 0', async () => {
    const body = JSON.stringify({ ref: 'main', inputs: { a: 'ü' } })
    const response = await httpFetch(`${base}/echo`, { method: 'POST', body })
    expect(await response.json()).toEqual({ method: 'POST', body })
    expect(last().headers['content-length']).toBe(String(Buffer.byteLength(body)))
    await (await httpFetch(`${base}/echo`, { method: 'POST' })).text()
    expect(last().headers['content-length']).toBe('0')
    expect(last().headers['transfer-encoding']).toBeUndefined()
  })
})

describe('httpFetch: redirects as fetch follows them', () => {
  it('follows within the origin with the Authorization header, and says where it ended', async () => {
    const response = await httpFetch(`${base}/redirect?to=/json`, {
      headers: { authorization: 'token t' }
    })
    expect(response.url).toBe(`${base}/json`)
    expect(await response.text()).toBe(JSON_BODY)
    expect(last().headers['authorization']).toBe('token t')
  })

  it('drops Authorization (and cookies) when a redirect leaves the origin', async () => {
    const to = encodeURIComponent(`${otherBase}/json`)
    const response = await httpFetch(`${base}/redirect?to=${to}`, {
      headers: { authorization: 'token t', cookie: 'c=1', 'x-kept': 'k' }
    })
    expect(await response.text()).toBe(JSON_BODY)
    expect(last().host).toBe(new URL(otherBase).host)
    expect(last().headers['authorization']).toBeUndefined()
    expect(last().headers['cookie']).toBeUndefined()
    expect(last().headers['x-kept']).toBe('k')
  })

  it('303, and 302 after a POST, become a GET without body; 307 keeps the method and body', async () => {
    for (const status of [303, 302, 301]) {
      const response = await httpFetch(`${base}/redirect?status=${status}&to=/echo`, {
        method: 'POST',
        body: 'x',
        headers: { 'content-type': 'text/plain' }
      })
      expect(await response.json()).toEqual({ method: 'GET', body: '' })
      expect(last().headers['content-type']).toBeUndefined()
    }
    const kept = await httpFetch(`${base}/redirect?status=307&to=/echo`, {
      method: 'POST',
      body: 'x'
    })
    expect(await kept.json()).toEqual({ method: 'POST', body: 'x' })
  })

  it("redirect: 'manual' hands the redirect back, its body read", async () => {
    const response = await httpFetch(`${base}/redirect?to=/json`, { redirect: 'manual' })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/json')
    expect(await response.text()).toBe('moved')
    expect(last().url).toBe('/redirect?to=/json')
  })

  it('fails after 20 redirects, or at once with redirect: error', async () => {
    const before = seen.length
    await expect(httpFetch(`${base}/loop`)).rejects.toThrow('fetch failed')
    expect(seen.length - before).toBe(21)
    await expect(httpFetch(`${base}/redirect`, { redirect: 'error' })).rejects.toThrow(
      'fetch failed'
    )
    const to = encodeURIComponent('ftp://example.com/x')
    await expect(httpFetch(`${base}/redirect?to=${to}`)).rejects.toThrow('fetch failed')
  })
})

describe('httpFetch: failures read as fetch reports them', () => {
  it('a refused connection is "fetch failed" with the socket error as its cause', async () => {
    const closed = await listen()
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    const failure = await httpFetch(`http://127.0.0.1:${port}/json`).catch(error => error)
    expect(failure).toBeInstanceOf(TypeError)
    expect(failure.message).toBe('fetch failed')
    expect(failure.cause.code).toBe('ECONNREFUSED')
    expect(isNetworkFailure(failure)).toBe(true)
  })

  it('the signal ends the wait for an answer and the body, with its reason', async () => {
    await expect(
      httpFetch(`${base}/json`, { signal: AbortSignal.abort(new Error('gone')) })
    ).rejects.toThrow('gone')
    const response = await httpFetch(`${base}/hang`, { signal: AbortSignal.timeout(200) })
    const failure = await response.text().catch(error => error)
    expect(failure.name).toBe('TimeoutError')
    expect(isNetworkFailure(failure)).toBe(true)
  })

  it('a body cut off mid-way fails when read, even when it broke before anyone read it', async () => {
    const response = await httpFetch(`${base}/cut`)
    await expect(response.text()).rejects.toThrow()
    const unread = await httpFetch(`${base}/cut`)
    // The server cuts the connection 20 ms after the head: no reader yet, no unhandled 'error'.
    await new Promise(resolve => setTimeout(resolve, 200))
    await expect(unread.text()).rejects.toThrow()
    for (const wait of [0, 200]) {
      const gzipped = await httpFetch(`${base}/cut-gzip`)
      await new Promise(resolve => setTimeout(resolve, wait))
      await expect(gzipped.text()).rejects.toThrow()
    }
  })
})
