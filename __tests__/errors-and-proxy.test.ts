import { afterEach, describe, expect, it, jest } from '@jest/globals'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { GitHubClient } from '../src/github/client.js'
import { OperationError, describeError } from '../src/github/errors.js'
import { runFixture } from './helpers/client.js'

describe('describeError', () => {
  it('turns anything thrown into one line', () => {
    expect(describeError(new OperationError('Plain sentence.'))).toBe('Plain sentence.')
    expect(describeError(new Error('boom'))).toBe('boom')
    expect(describeError('a string')).toBe('a string')
    expect(describeError({ code: 7 })).toBe('Unexpected failure: {"code":7}')
    expect(describeError(undefined)).toBe('Unexpected failure: undefined')
    const circular: Record<string, unknown> = {}
    circular['self'] = circular
    expect(describeError(circular)).toBe('Unexpected failure.')
  })

  it('names the request and the missing permission for an API refusal', () => {
    const error = Object.assign(new Error('Resource not accessible by integration'), {
      status: 403,
      request: { method: 'POST', url: 'https://api.github.com/repos/o/r/actions/runs/1/cancel' },
      response: { headers: {}, data: { message: 'Resource not accessible by integration' } }
    })
    expect(describeError(error)).toBe(
      "GitHub answered 403 to POST /repos/o/r/actions/runs/1/cancel: Resource not accessible by integration. The token lacks a permission: give the job 'permissions: actions: write' (or 'actions: read' to only read)."
    )
  })
})

describe('proxy support', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
    jest.restoreAllMocks()
  })

  /** An API answering every request with run 42, and what it saw. */
  async function api(): Promise<{
    url: string
    seen: string[]
    headers: http.IncomingHttpHeaders[]
    close: () => void
  }> {
    const seen: string[] = []
    const headers: http.IncomingHttpHeaders[] = []
    const server = http.createServer((req, res) => {
      seen.push(`${req.headers.host} ${req.url}`)
      headers.push(req.headers)
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify(runFixture({ id: 42 })))
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return { url, seen, headers, close: () => server.close() }
  }

  const clientFor = (baseUrl: string) =>
    new GitHubClient({ token: 't', baseUrl, apiVersion: '2022-11-28', owner: 'octo', repo: 'demo' })

  it('without a proxy, sends API requests over Node’s http, not fetch (undici is not loaded)', async () => {
    for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy']) {
      delete process.env[name]
    }
    const server = await api()
    const nodeFetch = jest.spyOn(globalThis, 'fetch')
    try {
      expect((await clientFor(server.url).getRun(42)).id).toBe(42)
      expect(server.seen).toEqual([`${new URL(server.url).host} /repos/octo/demo/actions/runs/42`])
      expect(nodeFetch).not.toHaveBeenCalled()
      // Any fetch (Node's or undici's) says sec-fetch-mode; Node's http does not.
      expect(server.headers[0]?.['sec-fetch-mode']).toBeUndefined()
      expect(server.headers[0]?.['accept-encoding']).toBe('gzip, deflate')
    } finally {
      server.close()
    }
  })

  it('with a proxy that NO_PROXY exempts the API from, sends directly over Node’s http', async () => {
    const server = await api()
    const connects: string[] = []
    const proxy = http.createServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req, socket) => {
      connects.push(String(req.url))
      socket.destroy()
    })
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
    process.env['HTTP_PROXY'] = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    process.env['http_proxy'] = process.env['HTTP_PROXY']
    process.env['NO_PROXY'] = '127.0.0.1'
    const nodeFetch = jest.spyOn(globalThis, 'fetch')
    try {
      expect((await clientFor(server.url).getRun(42)).id).toBe(42)
      expect(nodeFetch).not.toHaveBeenCalled()
      expect(server.headers[0]?.['sec-fetch-mode']).toBeUndefined()
      expect(connects).toEqual([])
      expect(server.seen).toEqual([`${new URL(server.url).host} /repos/octo/demo/actions/runs/42`])
    } finally {
      proxy.close()
      server.close()
    }
  })

  it('sends API requests through the proxy the environment names (HTTP_PROXY)', async () => {
    // A fake proxy: accepts CONNECT tunnels and answers the tunnelled request itself.
    const seen: string[] = []
    const origin = http.createServer((req, res) => {
      seen.push(`${req.headers.host} ${req.url}`)
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify(runFixture({ id: 42 })))
    })
    const proxy = http.createServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req, socket) => {
      seen.push(`CONNECT ${req.url}`)
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      origin.emit('connection', socket)
    })
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    process.env['HTTP_PROXY'] = proxyUrl
    process.env['http_proxy'] = proxyUrl
    delete process.env['NO_PROXY']
    delete process.env['no_proxy']
    const nodeFetch = jest.spyOn(globalThis, 'fetch')
    try {
      // No fetch override: the production, proxy-aware fetch is used.
      const client = new GitHubClient({
        token: 't',
        baseUrl: 'http://api.proxied.test',
        apiVersion: '2022-11-28',
        owner: 'octo',
        repo: 'demo'
      })
      expect((await client.getRun(42)).id).toBe(42)
      expect(seen).toEqual([
        'CONNECT api.proxied.test:80',
        'api.proxied.test /repos/octo/demo/actions/runs/42'
      ])
      // Through undici's fetch with the proxy's dispatcher (neither Node's fetch nor its http).
      expect(nodeFetch).not.toHaveBeenCalled()
    } finally {
      proxy.closeAllConnections()
      proxy.close()
      origin.close()
    }
  })
})
