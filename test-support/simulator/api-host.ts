/**
 * The API host's request pipeline, in GitHub's order: faults, authentication, User-Agent,
 * API version, primary rate limit, route, body, handler; then ETag / 304 and the rate-limit
 * headers. A 304 for a matching If-None-Match costs nothing, as GitHub documents.
 */
import { createHash, randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RouteContext } from './context.js'
import type { FaultBook } from './faults.js'
import type { FlavourProfile } from './flavours.js'
import type { EndpointParams } from '../../src/github/capabilities.js'
import { DOCS, HttpError, errorReply, invalidRequest, notFound, type Reply } from './reply.js'
import type { Route, Router } from './routes.js'
import type { UrlSigner } from './signing.js'
import type { FaultRule, RequestLogEntry } from './types.js'
import { permissionHeaders, refusal } from './permissions.js'
import type { TokenGrant } from './types.js'
import { loginForToken, userByLogin } from './users.js'
import type { World } from './world.js'

const RATE_WINDOW_MS = 60 * 60 * 1000

/** What GitHub (or the proxy in front of it) says with each status a fault injects. */
const STATUS_MESSAGES: Record<number, string> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  410: 'Gone',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

/** The page GitHub shows when it is down ("Unicorn!"), served with a 200 by a broken proxy. */
const UNICORN_PAGE =
  '<!DOCTYPE html><html><head><title>Unicorn! · GitHub</title></head><body><p>No server is currently available to service your request.</p></body></html>'

interface Bucket {
  used: number
  resetAt: number
}

export interface ApiHostDeps {
  world: World
  profile: FlavourProfile
  router: Router
  faults: FaultBook
  signer: UrlSigner
  rateLimit: number
  tokenGrants: Record<string, TokenGrant>
  apiUrl: () => string
  log: (entry: RequestLogEntry) => void
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

export class ApiHost {
  private readonly buckets = new Map<string, Bucket>()

  constructor(private readonly deps: ApiHostDeps) {}

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { profile, world } = this.deps
    const method = (request.method ?? 'GET').toUpperCase()
    const url = new URL(request.url ?? '/', 'http://simulator.invalid')
    const onBase =
      url.pathname === profile.basePath || url.pathname.startsWith(`${profile.basePath}/`)
    const path = onBase ? url.pathname.slice(profile.basePath.length) || '/' : url.pathname
    const rawBody = await readBody(request)
    const entry: RequestLogEntry = {
      host: 'api',
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      headers: {
        authorization: request.headers.authorization !== undefined,
        ifNoneMatch: header(request, 'if-none-match'),
        apiVersion: header(request, 'x-github-api-version'),
        userAgent: header(request, 'user-agent')
      },
      countedAgainstRateLimit: false,
      at: world.now()
    }
    this.deps.log(entry)
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1]
    const login = token ? loginForToken(token) : undefined
    if (login) entry.user = login

    const fault = this.deps.faults.take('api', method, path)
    if (fault && this.answerFault(fault, token, entry, response)) return

    // Set once the route is known: what it accepts, named on every answer as GitHub does.
    let accepted: Record<string, string> = {}
    const send = (reply: Reply, extra: Record<string, string> = {}) =>
      this.send(reply, entry, response, fault, {
        ...accepted,
        ...extra,
        ...this.versionHeader(request)
      })

    if (!onBase) return send(notFound())
    if (!request.headers.authorization) return send(errorReply(401, 'Requires authentication'))
    if (!token || !login) return send(errorReply(401, 'Bad credentials'))
    if (!request.headers['user-agent']) {
      return send(
        errorReply(
          403,
          'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.'
        )
      )
    }
    const version = entry.headers.apiVersion
    if (version !== undefined && !profile.apiVersions.includes(version)) {
      const supported = profile.apiVersions
        .map((v, i) => `"${v}"${i === 0 ? ' (most recent)' : ''}`)
        .join(', ')
      return send(
        errorReply(
          400,
          `The version you specified in the "X-GitHub-Api-Version" request header, "${version}", is not a supported version. The following versions are currently supported: ${supported}.`
        )
      )
    }
    const bucket = this.bucket(token)
    if (bucket.used >= this.deps.rateLimit) {
      return this.send(
        errorReply(
          403,
          `API rate limit exceeded for user ID ${userByLogin(login).id}.`,
          `${DOCS}/overview/rate-limits-for-the-rest-api`
        ),
        entry,
        response,
        fault,
        this.rateHeaders(token)
      )
    }
    const matched = this.deps.router.match(method, path)
    const consume = () => {
      // A faulty answer (truncated, reset) is the simulator's doing: it costs the token nothing.
      if (fault) return
      bucket.used += 1
      entry.countedAgainstRateLimit = true
    }
    if (!matched || matched === 'method') {
      consume()
      return send(notFound(), this.rateHeaders(token))
    }
    const grant = this.deps.tokenGrants[token]
    accepted = permissionHeaders(token, matched.route, grant)
    const { owner, repo } = matched.params
    const repository =
      owner !== undefined && repo !== undefined
        ? world.findRepository(`${owner}/${repo}`)
        : undefined
    const refused = refusal(token, matched.route, grant, repository)
    if (refused) {
      consume()
      return send(refused, this.rateHeaders(token))
    }
    let body: unknown
    if (rawBody.trim().length > 0) {
      try {
        body = JSON.parse(rawBody)
      } catch {
        consume()
        return send(errorReply(400, 'Problems parsing JSON'), this.rateHeaders(token))
      }
    }
    if (body !== undefined) entry.body = body
    const undocumented = this.undocumented(matched.route, url.searchParams, body)
    if (undocumented) {
      consume()
      entry.undocumented = undocumented.name
      return send(invalidRequest(undocumented.detail), this.rateHeaders(token))
    }
    world.releaseDispatches()
    const now = world.now()
    const ctx: RouteContext = {
      params: matched.params,
      query: url.searchParams,
      body,
      login,
      apiVersion: version ?? '2022-11-28',
      world,
      profile,
      signer: this.deps.signer,
      view: { apiUrl: this.deps.apiUrl(), profile, now }
    }
    let reply: Reply
    try {
      reply = matched.route.handle(ctx)
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
      reply = error.reply
    }
    if (method === 'GET' && reply.status === 200 && 'json' in reply) {
      const etag = `W/"${createHash('sha256').update(token).update(JSON.stringify(reply.json)).digest('hex')}"`
      const conditional = entry.headers.ifNoneMatch
      if (conditional && conditional.split(/\s*,\s*/).includes(etag)) {
        return send({ status: 304 } as Reply, {
          etag,
          ...this.rateHeaders(token),
          ...(reply.headers ?? {})
        })
      }
      consume()
      return send(reply, {
        etag,
        'last-modified': new Date(now).toUTCString(),
        ...this.rateHeaders(token)
      })
    }
    consume()
    return send(reply, this.rateHeaders(token))
  }

  /**
   * A query parameter or body key the flavour's description does not document: a real server
   * may refuse it, or ignore it and answer something else, so the simulator refuses it.
   */
  private undocumented(
    route: Route,
    query: URLSearchParams,
    body: unknown
  ): { name: string; detail: string } | undefined {
    const params = (this.deps.profile.description.endpoints as Record<string, EndpointParams>)[
      `${route.method} ${route.template}`
    ]
    if (!params) return undefined
    for (const name of query.keys()) {
      if (!params.query.includes(name)) {
        return { name, detail: `"${name}" is not a permitted query parameter.` }
      }
    }
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
      for (const name of Object.keys(body)) {
        if (!params.body.includes(name)) {
          return { name, detail: `"${name}" is not a permitted key.` }
        }
      }
    }
    return undefined
  }

  private bucket(token: string): Bucket {
    const now = this.deps.world.now()
    let bucket = this.buckets.get(token)
    if (!bucket || bucket.resetAt <= now) {
      bucket = { used: 0, resetAt: now + RATE_WINDOW_MS }
      this.buckets.set(token, bucket)
    }
    return bucket
  }

  private rateHeaders(token: string): Record<string, string> {
    const bucket = this.bucket(token)
    return {
      'x-ratelimit-limit': String(this.deps.rateLimit),
      'x-ratelimit-remaining': String(Math.max(0, this.deps.rateLimit - bucket.used)),
      'x-ratelimit-used': String(bucket.used),
      'x-ratelimit-reset': String(Math.ceil(bucket.resetAt / 1000)),
      'x-ratelimit-resource': 'core'
    }
  }

  private versionHeader(request: IncomingMessage): Record<string, string> {
    const asked = header(request, 'x-github-api-version')
    const selected = asked && this.deps.profile.apiVersions.includes(asked) ? asked : '2022-11-28'
    return { 'x-github-api-version-selected': selected }
  }

  /** Faults answered before the simulator looks at the request. True when the response is done. */
  private answerFault(
    fault: FaultRule,
    token: string | undefined,
    entry: RequestLogEntry,
    response: ServerResponse
  ) {
    entry.fault = fault.kind
    const now = this.deps.world.now()
    const json = (status: number, body: unknown, headers: Record<string, string>) => {
      entry.status = status
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      response.end(JSON.stringify(body))
    }
    switch (fault.kind) {
      case 'hang':
        return true
      case 'status':
        json(fault.status, { message: STATUS_MESSAGES[fault.status] }, {})
        return true
      case 'secondary-rate-limit':
        json(
          fault.status,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
            documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`
          },
          {
            ...(fault.retryAfterSeconds !== undefined
              ? { 'retry-after': String(fault.retryAfterSeconds) }
              : {}),
            ...(token ? this.rateHeaders(token) : {})
          }
        )
        return true
      case 'primary-rate-limit': {
        const reset = Math.ceil((now + (fault.resetInSeconds ?? 60) * 1000) / 1000)
        json(
          fault.status,
          {
            message: `API rate limit exceeded for user ID ${entry.user ? userByLogin(entry.user).id : 0}.`,
            documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`
          },
          {
            'x-ratelimit-limit': String(this.deps.rateLimit),
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': String(this.deps.rateLimit),
            'x-ratelimit-reset': String(reset),
            'x-ratelimit-resource': 'core'
          }
        )
        return true
      }
      case 'html':
        entry.status = 200
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        response.end(UNICORN_PAGE)
        return true
      case 'empty-body':
        entry.status = 200
        response.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': '0'
        })
        response.end()
        return true
      default:
        // The others corrupt or withhold the real answer, so they apply in send().
        return false
    }
  }

  private send(
    reply: Reply,
    entry: RequestLogEntry,
    response: ServerResponse,
    fault: FaultRule | undefined,
    headers: Record<string, string>
  ) {
    entry.status = reply.status
    // Handled (a write took effect); the answer is then withheld, replaced or cut.
    if (fault?.kind === 'apply-then-hang') return
    if (fault?.kind === 'apply-then-reset') {
      entry.status = 0
      response.socket?.destroy()
      return
    }
    if (fault?.kind === 'apply-then-status') {
      entry.status = fault.status
      response.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8' })
      response.end(JSON.stringify({ message: STATUS_MESSAGES[fault.status] }))
      return
    }
    const { enterpriseVersion } = this.deps.profile
    const base: Record<string, string> = {
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-github-media-type': 'github.v3; format=json',
      // GHES names its version on every answer; github.com and GHE.com do not.
      ...(enterpriseVersion ? { 'x-github-enterprise-version': enterpriseVersion } : {}),
      ...headers
    }
    if (reply.status === 302 && 'location' in reply) {
      response.writeHead(302, { ...base, location: reply.location, 'content-length': '0' })
      response.end()
      return
    }
    if (reply.status === 204 || reply.status === 304 || !('json' in reply)) {
      response.writeHead(reply.status, base)
      response.end()
      return
    }
    const text = JSON.stringify(reply.json)
    const all = {
      ...base,
      ...(reply.headers ?? {}),
      'content-type': 'application/json; charset=utf-8'
    }
    if (fault?.kind === 'foreign-link') {
      const link = `<${fault.url}>; rel="next"`
      response.writeHead(reply.status, {
        ...all,
        link,
        'content-length': String(Buffer.byteLength(text))
      })
      response.end(text)
      return
    }
    const list = reply.json
    if (fault?.kind === 'empty-page' && isListBody(list)) {
      const key = Object.keys(list).find(k => Array.isArray(list[k]))
      const emptied: Record<string, unknown> = { ...list }
      if (key !== undefined) {
        if (fault.drop) delete emptied[key]
        else emptied[key] = []
      }
      const body = JSON.stringify(emptied)
      response.writeHead(200, { ...all, 'content-length': String(Buffer.byteLength(body)) })
      response.end(body)
      return
    }
    if (fault?.kind === 'malformed-json') {
      entry.status = 200
      const truncated = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
      response.writeHead(200, { ...all, 'content-length': String(Buffer.byteLength(truncated)) })
      response.end(truncated)
      return
    }
    if (fault?.kind === 'connection-reset') {
      entry.status = 200
      const half = Buffer.from(text).subarray(0, Math.floor(Buffer.byteLength(text) / 2))
      response.writeHead(200, { ...all, 'content-length': String(Buffer.byteLength(text)) })
      response.write(half, () => response.socket?.destroy())
      return
    }
    response.writeHead(reply.status, { ...all, 'content-length': String(Buffer.byteLength(text)) })
    response.end(text)
  }
}

function isListBody(json: unknown): json is Record<string, unknown> {
  return typeof json === 'object' && json !== null && 'total_count' in json
}
