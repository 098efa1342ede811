import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https'
import * as net from 'node:net'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Deadline, systemClock } from '../../src/clock.js'
import { createGitHubClient } from '../../src/github/client.js'
import { proxyFetchFor } from '../../src/github/octokit.js'
import { downloadLog } from '../../src/logs/download.js'
import {
  DirectGetError,
  RefusedRedirectError,
  getToFile,
  type GetOptions
} from '../../src/logs/http-get.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const TLS_DIR = path.join(HERE, 'tls')
const CA = fs.readFileSync(path.join(TLS_DIR, 'ca.pem'))

/** 1 MiB and a bit, so bodies span many socket reads and chunk boundaries. */
const BODY = randomBytes(1024 * 1024 + 4321)

type Handler = (request: IncomingMessage, response: ServerResponse) => void

/** What one server saw: path and headers of every request. */
interface Seen {
  url?: string
  headers: Record<string, unknown>
}

const servers: (Server | TlsServer)[] = []
let dir: string

async function listen(server: Server | TlsServer, host = '127.0.0.1'): Promise<number> {
  servers.push(server)
  await new Promise<void>(resolve => server.listen(0, host, resolve))
  return (server.address() as AddressInfo).port
}

async function httpServer(handler: Handler): Promise<{ base: string; seen: Seen[] }> {
  const seen: Seen[] = []
  const server = createServer((request, response) => {
    seen.push({ url: request.url, headers: request.headers })
    handler(request, response)
  })
  return { base: `http://127.0.0.1:${await listen(server)}`, seen }
}

/** An https server whose certificate names only DNS:localhost (signed by the test CA). */
async function httpsServer(handler: Handler): Promise<{ port: number; seen: Seen[] }> {
  const seen: Seen[] = []
  const server = createTlsServer(
    {
      key: fs.readFileSync(path.join(TLS_DIR, 'server.key')),
      cert: fs.readFileSync(path.join(TLS_DIR, 'server.pem'))
    },
    (request, response) => {
      seen.push({ url: request.url, headers: request.headers })
      handler(request, response)
    }
  )
  return { port: await listen(server), seen }
}

/** The ordinary routes of a storage host. */
const blob: Handler = (request, response) => {
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
    case '/loop':
      response.writeHead(302, { location: '/loop' })
      return response.end()
    case '/expired':
      response.writeHead(403, { 'content-type': 'application/xml' })
      return response.end('<Error><Code>AuthenticationFailed</Code></Error>')
    case '/cut':
      response.writeHead(200, { 'content-length': String(BODY.length) })
      response.write(BODY.subarray(0, 1000), () => response.socket?.destroy())
      return
    case '/cut-chunked':
      response.writeHead(200)
      response.write(BODY.subarray(0, 70_000), () => response.socket?.destroy())
      return
    case '/hang':
      return // accepts, never answers
    case '/drip': {
      // Answers, then 16 bytes every 50 ms: never idle, never done.
      response.writeHead(200, { 'content-length': String(BODY.length) })
      const timer = setInterval(() => response.write(BODY.subarray(0, 16)), 50)
      response.on('close', () => clearInterval(timer))
      return
    }
    default:
      response.writeHead(404)
      return response.end()
  }
}

/** A server that sends a response head larger than any storage host's, never ending it. */
async function hugeHeadServer(): Promise<string> {
  const server = net.createServer(socket => {
    socket.once('data', () => {
      socket.write('HTTP/1.1 200 OK\r\n')
      const line = `X-Padding: ${'a'.repeat(1000)}\r\n`
      for (let index = 0; index < 100; index++) socket.write(line)
    })
    socket.on('error', () => undefined)
  })
  servers.push(server as unknown as Server)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/**
 * A forward proxy that only tunnels (CONNECT, as undici's ProxyAgent asks), resolving every
 * host it is asked for to 127.0.0.1: the names it is given exist only through it.
 */
async function tunnellingProxy(): Promise<{ url: string; connects: string[] }> {
  const connects: string[] = []
  const server = createServer()
  server.on('connect', (request: IncomingMessage, client: net.Socket, head: Buffer) => {
    connects.push(request.url ?? '')
    const port = Number((request.url ?? '').split(':').pop())
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  return { url: `http://127.0.0.1:${await listen(server)}`, connects }
}

let plain: { base: string; seen: Seen[] }

beforeAll(async () => {
  dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'runctl-http-get-'))
  plain = await httpServer(blob)
})

afterAll(async () => {
  for (const server of servers) {
    ;(server as Server).closeAllConnections?.()
    await new Promise(resolve => server.close(resolve))
  }
  await fs.promises.rm(dir, { recursive: true, force: true })
})

let files = 0
async function download(url: string, options: Partial<GetOptions> = {}): Promise<Buffer> {
  const file = path.join(dir, `download-${files++}.bin`)
  await getToFile(url, file, { onBytes: () => undefined, ...options })
  return fs.promises.readFile(file)
}

describe('getToFile (one reused read buffer)', () => {
  it('writes a Content-Length body exactly, reporting every byte', async () => {
    let reported = 0
    const written = await download(`${plain.base}/length`, {
      onBytes: bytes => (reported += bytes)
    })
    expect(written.equals(BODY)).toBe(true)
    expect(reported).toBe(BODY.length)
  })

  it('decodes a chunked body whose chunks straddle reads', async () => {
    const written = await download(`${plain.base}/chunked`)
    expect(written.equals(BODY)).toBe(true)
  })

  it('follows a redirect on the same host', async () => {
    plain.seen.length = 0
    const written = await download(`${plain.base}/redirect`)
    expect(written.equals(BODY)).toBe(true)
    expect(plain.seen.map(request => request.url)).toEqual(['/redirect', '/length?sig=abc'])
  })

  it('reports a refusal by status, without the URL', async () => {
    const failure = download(`${plain.base}/expired?sig=secret`)
    await expect(failure).rejects.toThrow(DirectGetError)
    await expect(failure).rejects.toThrow('the storage host answered 403')
    await expect(failure).rejects.not.toThrow(/secret/)
  })

  it('reports a body cut short as a broken transfer (Content-Length and chunked)', async () => {
    await expect(download(`${plain.base}/cut`)).rejects.toThrow(
      'the connection closed before the end of the body'
    )
    await expect(download(`${plain.base}/cut-chunked`)).rejects.toThrow(
      'the connection closed before the end of the body'
    )
  })

  it('stops a redirect loop', async () => {
    plain.seen.length = 0
    await expect(download(`${plain.base}/loop`)).rejects.toThrow('too many redirects')
    expect(plain.seen.length).toBe(6)
  })

  it('refuses a response head larger than a storage host sends', async () => {
    await expect(download(`${await hugeHeadServer()}/x`)).rejects.toThrow(
      'a response head too large'
    )
  })

  it('stops when onBytes throws (a cap) and rethrows that error unchanged', async () => {
    const cap = new Error('cap reached')
    await expect(
      download(`${plain.base}/length`, {
        onBytes: () => {
          throw cap
        }
      })
    ).rejects.toBe(cap)
  })
})

describe('getToFile deadlines', () => {
  it('gives up on a host that accepts and never answers after the idle time', async () => {
    await expect(download(`${plain.base}/hang`, { idleTimeoutMs: 200 })).rejects.toThrow(
      'no data for too long (idle timeout)'
    )
  })

  it('ends a dripping body (never idle) when the overall signal aborts, with its reason', async () => {
    const reason = new Error('budget spent')
    const failure = download(`${plain.base}/drip`, {
      idleTimeoutMs: 60_000,
      signal: AbortSignal.timeout(300)
    })
    await expect(failure).rejects.toThrow(/aborted|timeout/i)
    const controller = new AbortController()
    const second = download(`${plain.base}/drip`, { signal: controller.signal })
    setTimeout(() => controller.abort(reason), 200)
    await expect(second).rejects.toBe(reason)
  })

  it('ends a hung or dripping hop sent through fetch (a proxy) the same way', async () => {
    const viaFetch = { fetchFor: () => proxyFetchFor('http://127.0.0.1') }
    await expect(
      download(`${plain.base}/hang`, { ...viaFetch, idleTimeoutMs: 200 })
    ).rejects.toThrow('no data for too long (idle timeout)')
    const controller = new AbortController()
    const reason = new Error('budget spent')
    const dripping = download(`${plain.base}/drip`, { ...viaFetch, signal: controller.signal })
    setTimeout(() => controller.abort(reason), 200)
    await expect(dripping).rejects.toBe(reason)
  })
})

describe('getToFile over TLS (test CA, certificate for DNS:localhost only)', () => {
  let tlsPort: number
  let tlsSeen: Seen[]
  beforeAll(async () => {
    const server = await httpsServer((request, response) => {
      if (request.url?.startsWith('/downgrade')) {
        response.writeHead(302, { location: `${plain.base}/length?sig=abc` })
        return response.end()
      }
      blob(request, response)
    })
    tlsPort = server.port
    tlsSeen = server.seen
  })

  it('downloads from a host whose certificate chains to a trusted CA', async () => {
    const written = await download(`https://localhost:${tlsPort}/length`, { ca: CA })
    expect([written.length, written.subarray(0, 8)]).toEqual([BODY.length, BODY.subarray(0, 8)])
    expect(written.equals(BODY)).toBe(true)
  })

  it('refuses a certificate from a CA it does not trust', async () => {
    await expect(download(`https://localhost:${tlsPort}/length`)).rejects.toThrow(
      /SELF_SIGNED|UNABLE_TO_VERIFY|CERT/
    )
  })

  it('refuses a certificate that does not name the host (name mismatch)', async () => {
    tlsSeen.length = 0
    await expect(download(`https://127.0.0.1:${tlsPort}/length`, { ca: CA })).rejects.toThrow(
      'ERR_TLS_CERT_ALTNAME_INVALID'
    )
    expect(tlsSeen).toEqual([])
  })

  it('refuses a redirect from https to plain http, and never contacts the http host', async () => {
    plain.seen.length = 0
    const failure = download(`https://localhost:${tlsPort}/downgrade`, { ca: CA })
    await expect(failure).rejects.toThrow(RefusedRedirectError)
    await expect(failure).rejects.toThrow('a redirect from https to plain http')
    expect(plain.seen).toEqual([])
  })

  it('trusts a CA given by NODE_EXTRA_CA_CERTS (as a runner behind a TLS-inspecting proxy sets it)', async () => {
    const target = path.join(dir, 'extra-ca.bin')
    const script = [
      `import { getToFile } from ${JSON.stringify(path.join(HERE, '..', '..', 'src', 'logs', 'http-get.ts'))}`,
      `getToFile(process.argv[1], process.argv[2], { onBytes: () => undefined }).catch(() => process.exit(3))`
    ].join('\n')
    const tsx = path.join(HERE, '..', '..', 'node_modules', '.bin', 'tsx')
    const run = (env: NodeJS.ProcessEnv) =>
      new Promise<number | null>(resolve => {
        const child = spawn(tsx, ['-e', script, `https://localhost:${tlsPort}/length`, target], {
          env: { ...process.env, NODE_OPTIONS: '', ...env },
          stdio: 'ignore'
        })
        child.on('close', resolve)
      })
    expect(await run({ NODE_EXTRA_CA_CERTS: path.join(TLS_DIR, 'ca.pem') })).toBe(0)
    expect((await fs.promises.readFile(target)).equals(BODY)).toBe(true)
    expect(await run({ NODE_EXTRA_CA_CERTS: '' })).not.toBe(0)
  }, 60_000)
})

describe('proxy settings decided for every hop', () => {
  const saved = { ...process.env }
  afterAll(() => {
    for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY']) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  })

  it('sends a redirect target through HTTP(S)_PROXY even when the first hop went direct', async () => {
    const proxy = await tunnellingProxy()
    const far = await httpServer(blob)
    const farPort = new URL(far.base).port
    // The first hop (loopback) goes direct; it redirects to a name that exists only through
    // the proxy: connecting to it directly would fail with ENOTFOUND.
    const near = await httpServer((_request, response) => {
      response.writeHead(302, { location: `http://blob.runctl.test:${farPort}/length?sig=abc` })
      response.end()
    })
    process.env['http_proxy'] = proxy.url
    delete process.env['NO_PROXY']
    const client = createGitHubClient({
      token: 'ghs_test',
      baseUrl: 'http://127.0.0.1:9',
      apiVersion: '2022-11-28',
      owner: 'octo',
      repo: 'demo'
    })
    const written = await download(`${near.base}/start`, { fetchFor: url => client.fetchFor(url) })
    const firstDiff = written.findIndex((byte, index) => byte !== BODY[index])
    expect({ length: written.length, firstDiff }).toEqual({ length: BODY.length, firstDiff: -1 })
    expect(proxy.connects).toEqual([`blob.runctl.test:${farPort}`])
    expect(near.seen.length).toBe(1)
    expect(far.seen.map(request => request.url)).toEqual(['/length?sig=abc'])

    // NO_PROXY names the redirect target: the proxy is not used for it.
    process.env['NO_PROXY'] = 'blob.runctl.test'
    proxy.connects.length = 0
    await expect(
      download(`${near.base}/start`, { fetchFor: url => client.fetchFor(url) })
    ).rejects.toThrow(/ENOTFOUND|EAI_AGAIN/)
    expect(proxy.connects).toEqual([])
  })
})

describe('downloadLog: the token stays with the API, the budget bounds the body', () => {
  /** An API whose log endpoint redirects to `blobBase` + `blobPath`, as GitHub's does. */
  async function api(blobUrl: string) {
    return httpServer((request, response) => {
      response.writeHead(302, { location: blobUrl })
      response.end()
    })
  }

  function clientFor(base: string, deadline?: Deadline) {
    return createGitHubClient({
      token: 'ghs_secret_token',
      baseUrl: base,
      apiVersion: '2022-11-28',
      owner: 'octo',
      repo: 'demo',
      deadline
    })
  }

  it('a redirect to another origin (and on to a third) arrives without Authorization', async () => {
    const third = await httpServer(blob)
    const second = await httpServer((_request, response) => {
      response.writeHead(307, { location: `${third.base}/length?sig=abc` })
      response.end()
    })
    const github = await api(`${second.base}/blob?sig=abc`)
    const file = path.join(dir, 'token.bin')
    await downloadLog(clientFor(github.base), { runId: 1 }, file, {
      label: 'the log archive of run 1',
      onBytes: () => undefined
    })
    expect((await fs.promises.readFile(file)).equals(BODY)).toBe(true)
    // The token was in play: the API got it; neither storage origin did.
    expect(github.seen[0]?.headers['authorization']).toBe('token ghs_secret_token')
    expect([...second.seen, ...third.seen].length).toBe(2)
    for (const request of [...second.seen, ...third.seen]) {
      expect(request.headers['authorization']).toBeUndefined()
      expect(JSON.stringify(request.headers)).not.toContain('ghs_secret_token')
    }
  })

  it.each(['hang', 'drip'])(
    'a blob host that %ss ends at the deadline, in the budget sentence',
    async route => {
      const github = await api(`${plain.base}/${route}?sig=abc`)
      const deadline = new Deadline(systemClock, 1)
      const failure = downloadLog(
        clientFor(github.base, deadline),
        { runId: 1 },
        path.join(dir, `${route}.bin`),
        {
          label: 'the log archive of run 1',
          onBytes: () => undefined,
          deadline
        }
      )
      await expect(failure).rejects.toThrow(
        /^The time budget \(timeout-seconds: 1\) ran out while waiting for the log archive of run 1 \(the storage host had sent (\d+ bytes|nothing)\); raise 'timeout-seconds'\.$/
      )
    }
  )
})
