/**
 * What the server is and which endpoints and parameters it has, decided from what it already
 * sends (GHES names its version in `x-github-enterprise-version` on every answer; github.com does
 * not; GHE.com lives on api.SUBDOMAIN.ghe.com) and the generated table of official descriptions.
 * Nothing here sends a request.
 */
import { DESCRIPTIONS, type Endpoint } from './capabilities.generated.js'

export type { Endpoint } from './capabilities.generated.js'

export interface EndpointParams {
  readonly query: readonly string[]
  readonly body: readonly string[]
}

export interface Description {
  /** 'github.com', 'ghe.com', 'ghes-3.19', … or 'rest-2020' (the 2020 REST v3 reference). */
  readonly name: string
  readonly product: 'github.com' | 'ghe.com' | 'ghes'
  /** GHES feature version, e.g. "3.19". */
  readonly version?: string
  /** Where the description came from (for messages and the README). */
  readonly from: string
  readonly endpoints: Partial<Record<Endpoint, EndpointParams>>
}

export interface ServerIdentity {
  readonly product: 'github.com' | 'ghe.com' | 'ghes'
  /** The full GHES version as sent, e.g. "3.19.4". */
  readonly version?: string
}

export const ENTERPRISE_VERSION_HEADER = 'x-github-enterprise-version'

/** The identity from the base URL and the enterprise header of any answer. */
export function identify(baseUrl: string, enterpriseVersion: string | undefined): ServerIdentity {
  const version = enterpriseVersion?.trim()
  if (version) return { product: 'ghes', version }
  let host = ''
  try {
    host = new URL(baseUrl).hostname.toLowerCase()
  } catch {
    // A base URL that does not parse is reported by the request that uses it.
  }
  return /^api\.[^.]+\.ghe\.com$/.test(host) ? { product: 'ghe.com' } : { product: 'github.com' }
}

export function describeServer(identity: ServerIdentity): string {
  switch (identity.product) {
    case 'github.com':
      return 'github.com'
    case 'ghe.com':
      return 'GHE.com'
    case 'ghes':
      return `GitHub Enterprise Server ${identity.version ?? ''}`.trim()
  }
}

function featureVersion(version: string): [number, number] | undefined {
  const found = /^(\d+)\.(\d+)/.exec(version)
  return found ? [Number(found[1]), Number(found[2])] : undefined
}

function compare(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1]
}

const VERSIONED = DESCRIPTIONS.filter(
  (description): description is Description & { version: string } =>
    description.product === 'ghes' && description.version !== undefined
)

/**
 * The description that applies: github.com / GHE.com their own; a GHES version the one of its
 * feature version, else the nearest older one (a 3.20 is read as 3.19). Undefined when the server
 * is older than every description, or names a version that does not parse: then probe.
 */
export function descriptionFor(identity: ServerIdentity): Description | undefined {
  if (identity.product !== 'ghes') {
    return DESCRIPTIONS.find(description => description.name === identity.product)
  }
  const wanted = featureVersion(identity.version ?? '')
  if (!wanted) return undefined
  return VERSIONED.map(description => ({
    description,
    version: featureVersion(description.version) ?? [0, 0]
  }))
    .filter(candidate => compare(candidate.version, wanted) <= 0)
    .sort((a, b) => compare(b.version, a.version))[0]?.description
}

/** Endpoints and parameters the server has, by description, or by what every description has. */
export class Capabilities {
  readonly description: Description | undefined

  constructor(readonly identity: ServerIdentity | undefined) {
    this.description = identity ? descriptionFor(identity) : undefined
  }

  /** 'github.com', 'GitHub Enterprise Server 3.19.4', or 'this server' before the first answer. */
  get server(): string {
    return this.identity ? describeServer(this.identity) : 'this server'
  }

  /** True or false when a description says; undefined when only trying will tell (probe). */
  has(endpoint: Endpoint): boolean | undefined {
    if (this.description) return this.description.endpoints[endpoint] !== undefined
    // Before the first answer, or older than every description: what all of them have is safe.
    return DESCRIPTIONS.every(description => description.endpoints[endpoint]) ? true : undefined
  }

  /** Whether the server documents this query (GET) or body (other methods) parameter. */
  accepts(endpoint: Endpoint, param: string): boolean {
    const where = endpoint.startsWith('GET ') ? 'query' : 'body'
    if (this.description) {
      return this.description.endpoints[endpoint]?.[where].includes(param) ?? false
    }
    const having = DESCRIPTIONS.flatMap(description => description.endpoints[endpoint] ?? [])
    return having.length > 0 && having.every(params => params[where].includes(param))
  }

  /** One sentence for an endpoint the server is known to lack. */
  lacks(endpoint: Endpoint, what: string): string {
    const [method, path = ''] = endpoint.split(' ')
    const short = path.replace(/^\/repos\/\{owner\}\/\{repo\}\/actions/, '…')
    return `${capitalise(this.server)} does not offer ${what} (its REST API has no ${method} ${short}).`
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
