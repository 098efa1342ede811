/**
 * Generates src/github/capabilities.generated.ts: which of the endpoints runctl (and its simulator)
 * uses each server's official description has, and which query / body parameters it documents.
 * Sources: @octokit/openapi for github.com, GHE.com (ghec) and the GHES versions it ships; the
 * reference pages in scripts/seeds/ for GHES 3.21, the older GHES (3.10) and the 2020 REST v3 API.
 *
 *   npx tsx scripts/capabilities.ts          rewrite the generated file
 *   npx tsx scripts/capabilities.ts --check  exit 1 when the committed file is stale
 *
 * __tests__/capabilities-generated.test.ts fails when the committed file differs from generate().
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const seedDir = join(root, 'scripts', 'seeds')
export const OUTPUT = join(root, 'src', 'github', 'capabilities.generated.ts')

/** Which documentation page an endpoint is on: a seed covers one page of one server. */
type Page =
  | 'runs'
  | 'jobs'
  | 'workflows'
  | 'users'
  | 'commits'
  | 'artifacts'
  | 'checks'
  | 'rules'
  | 'branches'

const RUN = '/repos/{owner}/{repo}/actions/runs/{run_id}'
const JOB = '/repos/{owner}/{repo}/actions/jobs/{job_id}'

/** Every endpoint runctl or its simulator uses, with the page that documents it. */
const ENDPOINTS: ReadonlyArray<readonly [string, Page]> = [
  ['GET /repos/{owner}/{repo}/actions/runs', 'runs'],
  ['GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', 'runs'],
  ['POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', 'workflows'],
  [`GET ${RUN}`, 'runs'],
  [`DELETE ${RUN}`, 'runs'],
  [`GET ${RUN}/attempts/{attempt_number}`, 'runs'],
  [`GET ${RUN}/jobs`, 'jobs'],
  [`GET ${RUN}/attempts/{attempt_number}/jobs`, 'jobs'],
  [`GET ${JOB}`, 'jobs'],
  [`GET ${RUN}/timing`, 'runs'],
  [`POST ${RUN}/rerun`, 'runs'],
  [`POST ${RUN}/rerun-failed-jobs`, 'runs'],
  [`POST ${JOB}/rerun`, 'runs'],
  [`POST ${RUN}/cancel`, 'runs'],
  [`POST ${RUN}/force-cancel`, 'runs'],
  [`POST ${RUN}/approve`, 'runs'],
  [`GET ${RUN}/approvals`, 'runs'],
  [`GET ${RUN}/pending_deployments`, 'runs'],
  [`POST ${RUN}/pending_deployments`, 'runs'],
  [`POST ${RUN}/deployment_protection_rule`, 'runs'],
  [`GET ${RUN}/logs`, 'runs'],
  [`GET ${RUN}/attempts/{attempt_number}/logs`, 'runs'],
  [`GET ${JOB}/logs`, 'jobs'],
  [`DELETE ${RUN}/logs`, 'runs'],
  ['GET /user', 'users'],
  // wait-for-checks: the check runs and the combined status of a commit (the Checks and
  // Statuses pages; no seed covers them, so the seed-based GHES entries inherit them).
  ['GET /repos/{owner}/{repo}/commits/{ref}/check-runs', 'commits'],
  ['GET /repos/{owner}/{repo}/commits/{ref}/status', 'commits'],
  // A run's results (download-artifacts, outputs-artifact, the failed jobs' annotations): the
  // Artifacts and Check runs pages, which no seed covers either (every seed's run objects carry
  // artifacts_url), so the seed-based GHES entries inherit them too.
  [`GET ${RUN}/artifacts`, 'artifacts'],
  ['GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', 'artifacts'],
  ['GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', 'checks'],
  // wait-for-checks: the check suites of a commit (what is still coming), and the checks a
  // branch requires: rulesets (the Rules page) and classic branch protection (Branches page).
  ['GET /repos/{owner}/{repo}/commits/{ref}/check-suites', 'commits'],
  ['GET /repos/{owner}/{repo}/rules/branches/{branch}', 'rules'],
  ['GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks', 'branches']
]

/**
 * Pages that describe a feature a GHES version got later: an older description never inherits
 * them (rulesets, and with them GET …/rules/branches/{branch}, came with GHES 3.11).
 */
const PAGE_SINCE: Partial<Record<Page, string>> = { rules: '3.11' }

export interface EndpointParams {
  query: string[]
  body: string[]
}
type Table = Map<string, EndpointParams>

interface Source {
  name: string
  product: 'github.com' | 'ghe.com' | 'ghes'
  /** GHES feature version ("3.19"); undefined for github.com, GHE.com and the 2020 API. */
  version?: string
  from: string
  /** Pages this source documents; endpoints on other pages are inherited (see inherit()). */
  pages: readonly Page[]
  read: () => Table
}

// ---------------------------------------------------------------------------------------------
// @octokit/openapi
// ---------------------------------------------------------------------------------------------

const specDir = join(
  dirname(createRequire(import.meta.url).resolve('@octokit/openapi/package.json')),
  'generated'
)

interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: Record<string, Record<string, unknown>>
}
interface Operation {
  parameters?: Array<{ $ref?: string; in?: string; name?: string }>
  requestBody?: { content?: Record<string, { schema?: unknown }> }
}

function resolve<T>(spec: Spec, node: T): T {
  const ref = (node as { $ref?: string }).$ref
  if (!ref) return node
  const [, , kind = '', name = ''] = ref.split('/')
  return resolve(spec, spec.components[kind]?.[name] as T)
}

/** Property names of a schema, through $ref, allOf, anyOf and oneOf. */
function propertiesOf(spec: Spec, schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return []
  const node = resolve(spec, schema as Record<string, unknown>)
  const own = Object.keys((node['properties'] as object | undefined) ?? {})
  const nested = ['allOf', 'anyOf', 'oneOf'].flatMap(key =>
    ((node[key] as unknown[] | undefined) ?? []).flatMap(part => propertiesOf(spec, part))
  )
  return [...own, ...nested]
}

function readOpenApi(file: string): Table {
  const spec = JSON.parse(readFileSync(join(specDir, file), 'utf8')) as Spec
  const table: Table = new Map()
  for (const [key] of ENDPOINTS) {
    const [method = '', path = ''] = key.split(' ')
    const operation = spec.paths[path]?.[method.toLowerCase()]
    if (!operation) continue
    const query = (operation.parameters ?? [])
      .map(parameter => resolve(spec, parameter))
      .filter(parameter => parameter.in === 'query')
      .map(parameter => parameter.name ?? '')
    const body = propertiesOf(spec, operation.requestBody?.content?.['application/json']?.schema)
    table.set(key, { query: sorted(query), body: sorted(body) })
  }
  return table
}

export function openApiVersion(): string {
  const pkg = JSON.parse(readFileSync(join(specDir, '..', 'package.json'), 'utf8')) as {
    version: string
  }
  return pkg.version
}

/** The GHES versions @octokit/openapi ships, oldest first ("3.17", "3.18", "3.19"). */
function shippedGhesVersions(): string[] {
  return readdirSync(specDir)
    .map(file => /^ghes-(\d+\.\d+)\.json$/.exec(file)?.[1])
    .filter((version): version is string => version !== undefined)
    .sort(compareVersions)
}

// ---------------------------------------------------------------------------------------------
// The reference pages (scripts/seeds)
// ---------------------------------------------------------------------------------------------

const METHODS = 'get|post|delete|put|patch'
/** "post/repos/{owner}/…" (000, 001, 003) or "GET /repos/:owner/…" (002). */
const ANCHOR = new RegExp(`^(${METHODS}) ?(/repos/\\S+)$`, 'i')
/** 004 names its endpoint only in the curl sample: "http(s)://HOSTNAME/api/v3/repos/OWNER/…". */
const CURL_URL = /^(?:https?|http\(s\)):\/\/\S+?\/api\/v3(\/repos\/\S+?)\s*(?:\\)?$/
const TYPES = 'string|integer|boolean|number|object|array of [a-z]+|array'
/** "actor string", "environment_ids array of integers …" (000, 001, 004). */
const PARAM_SPACED = new RegExp(`^([a-z][a-z_]*) (?:${TYPES})(?=$|[^a-z_])`)
/** "actorstring", "job_idintegerRequired" (003 runs the cells together). */
const PARAM_JOINED = new RegExp(`^([a-z][a-z_]*?)(?:${TYPES})(?=$|[^a-z_]|Required)`)
/** 002 puts a table cell per line: "actor |" then "string |". */
const CELL_NAME = /^([a-z][a-z_]*) \|$/
const CELL_TYPE = new RegExp(`^(?:${TYPES}) \\|$`)

/** /repos/OWNER/REPO/actions/runs/RUN_ID → /repos/{owner}/{repo}/actions/runs/{run_id}; :owner too. */
function templateOf(path: string): string {
  return path
    .replace(/:([a-z_]+)/g, '{$1}')
    .replace(/\/([A-Z][A-Z_]*)(?=\/|$)/g, (_, name: string) => `/{${name.toLowerCase()}}`)
}

interface Section {
  key: string
  lines: string[]
}

/** Splits a page into one section per endpoint, each holding the lines that describe it. */
function sectionsOf(text: string): Section[] {
  const lines = text.split(/\r?\n/).map(line => line.trim())
  const anchors: Array<{ at: number; key: string; before: boolean }> = []
  lines.forEach((line, at) => {
    const found = ANCHOR.exec(line)
    if (found) {
      const path = found[2] ?? ''
      // 002 names the endpoint above its parameters; the newer pages below them.
      anchors.push({
        at,
        key: `${(found[1] ?? '').toUpperCase()} ${templateOf(path)}`,
        before: path.includes(':')
      })
    }
  })
  if (anchors.length === 0) {
    lines.forEach((line, at) => {
      const found = CURL_URL.exec(line)
      if (!found) return
      const command = lines.slice(Math.max(0, at - 6), at).join(' ')
      const method = /-X (\w+)/.exec(command)?.[1] ?? 'GET'
      anchors.push({ at, key: `${method} ${templateOf(found[1] ?? '')}`, before: false })
    })
  }
  return anchors.map((anchor, index) => {
    const previous = anchors[index - 1]
    const next = anchors[index + 1]
    const lines_ = anchor.before
      ? lines.slice(anchor.at + 1, next?.at ?? lines.length)
      : // The section ends a few lines after the anchor, where the curl sample's body is.
        lines.slice(previous ? previous.at + 4 : 0, anchor.at + 4)
    return { key: anchor.key, lines: lines_ }
  })
}

/** Query or body parameter names a section documents (path parameters and headers left out). */
function paramsOf(section: Section): EndpointParams {
  const [method = '', path = ''] = section.key.split(' ')
  const inPath = new Set([...path.matchAll(/\{(\w+)\}/g)].map(match => match[1]))
  const names: string[] = []
  section.lines.forEach((line, index) => {
    const name =
      PARAM_SPACED.exec(line)?.[1] ?? PARAM_JOINED.exec(line)?.[1] ?? CELL_NAME.exec(line)?.[1]
    if (name === undefined) return
    if (CELL_NAME.test(line) && !CELL_TYPE.test(section.lines[index + 1] ?? '')) return
    names.push(name)
  })
  // A body given as anyOf is not tabled; its curl sample shows it: -d '{"environment_name":…}'.
  for (const line of section.lines) {
    const sample = /-d '(\{.*\})'/.exec(line)?.[1]
    if (sample) names.push(...Object.keys(JSON.parse(sample) as object))
  }
  // 002's lists document pagination on its general "Parameters" page; its answers carry Link.
  if (method === 'GET' && section.lines.some(line => line.startsWith('Link: <'))) {
    names.push('per_page', 'page')
  }
  const params = sorted(names.filter(name => name !== 'accept' && !inPath.has(name)))
  return method === 'GET' ? { query: params, body: [] } : { query: [], body: params }
}

function readSeeds(...files: string[]): Table {
  const table: Table = new Map()
  const wanted = new Set(ENDPOINTS.map(([key]) => key))
  for (const file of files) {
    for (const section of sectionsOf(readFileSync(join(seedDir, file), 'utf8'))) {
      if (!wanted.has(section.key)) continue
      const params = paramsOf(section)
      const known = table.get(section.key)
      table.set(
        section.key,
        known
          ? {
              query: sorted([...known.query, ...params.query]),
              body: sorted([...known.body, ...params.body])
            }
          : params
      )
    }
  }
  return table
}

// ---------------------------------------------------------------------------------------------
// Putting it together
// ---------------------------------------------------------------------------------------------

export const SEEDS = {
  dotcom: '000_6aa4f1f86fcf1cb7.txt',
  ghes321: '001_945ac17bc267cd78.txt',
  api2020: '002_7889af4050405cc1.txt',
  ghesOlderRuns: '003_0591789cb1614df5.txt',
  ghesOlderJobs: '004_d3060f5168013880.txt'
} as const

function sources(): Source[] {
  const shipped = shippedGhesVersions().map((version): Source => ({
    name: `ghes-${version}`,
    product: 'ghes',
    version,
    from: `@octokit/openapi ghes-${version}.json`,
    pages: [
      'runs',
      'jobs',
      'workflows',
      'users',
      'commits',
      'artifacts',
      'checks',
      'rules',
      'branches'
    ],
    read: () => readOpenApi(`ghes-${version}.json`)
  }))
  return [
    {
      name: 'github.com',
      product: 'github.com',
      from: '@octokit/openapi api.github.com.json',
      pages: [
        'runs',
        'jobs',
        'workflows',
        'users',
        'commits',
        'artifacts',
        'checks',
        'rules',
        'branches'
      ],
      read: () => readOpenApi('api.github.com.json')
    },
    {
      name: 'ghe.com',
      product: 'ghe.com',
      from: '@octokit/openapi ghec.json',
      pages: [
        'runs',
        'jobs',
        'workflows',
        'users',
        'commits',
        'artifacts',
        'checks',
        'rules',
        'branches'
      ],
      read: () => readOpenApi('ghec.json')
    },
    ...shipped,
    {
      name: 'ghes-3.21',
      product: 'ghes',
      version: '3.21',
      from: `seed ${SEEDS.ghes321}`,
      pages: ['runs'],
      read: () => readSeeds(SEEDS.ghes321)
    },
    {
      // 004's page says its support ended 2024-09-25: GHES 3.10. 003 ("an older 3.x") is taken
      // to be the same server's runs page.
      name: 'ghes-3.10',
      product: 'ghes',
      version: '3.10',
      from: `seeds ${SEEDS.ghesOlderRuns} and ${SEEDS.ghesOlderJobs}`,
      pages: ['runs', 'jobs'],
      read: () => readSeeds(SEEDS.ghesOlderRuns, SEEDS.ghesOlderJobs)
    },
    {
      // The whole Actions API of 2020: what any server with Actions at all has.
      name: 'rest-2020',
      product: 'ghes',
      from: `seed ${SEEDS.api2020}`,
      pages: ['runs', 'jobs', 'workflows'],
      read: () => readSeeds(SEEDS.api2020)
    }
  ]
}

/**
 * A source covering only some pages inherits the others from the nearest GHES description that
 * covers them, older first (3.21's jobs page from 3.19; 3.10's workflows page from 3.17).
 */
function inherit(source: Source, table: Table, all: Map<string, { source: Source; table: Table }>) {
  if (source.version === undefined) return table
  const others = [...all.values()]
    .filter(other => other.source.version !== undefined && other.source !== source)
    .sort((a, b) => {
      const older = (x: Source) => compareVersions(x.version ?? '', source.version ?? '') < 0
      if (older(a.source) !== older(b.source)) return older(a.source) ? -1 : 1
      const distance = compareVersions(a.source.version ?? '', b.source.version ?? '')
      return older(a.source) ? -distance : distance
    })
  const result: Table = new Map(table)
  for (const [key, page] of ENDPOINTS) {
    if (source.pages.includes(page)) continue
    const since = PAGE_SINCE[page]
    if (since !== undefined && compareVersions(source.version, since) < 0) continue
    const donor = others.find(other => other.source.pages.includes(page))
    const params = donor?.table.get(key)
    if (params) result.set(key, params)
  }
  return result
}

function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number)
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number)
  return aMajor - bMajor || aMinor - bMinor
}

function sorted(names: string[]): string[] {
  return [...new Set(names)].sort()
}

/** The generated module's text. */
export function generate(): string {
  const read = new Map<string, { source: Source; table: Table }>()
  for (const source of sources()) read.set(source.name, { source, table: source.read() })
  const out: string[] = [
    '// Generated by scripts/capabilities.ts from @octokit/openapi ' +
      openApiVersion() +
      ' and scripts/seeds/. Do not edit:',
    '// run `npx tsx scripts/capabilities.ts` (__tests__/capabilities-generated.test.ts checks it is current).',
    '',
    "import type { Description } from './capabilities.js'",
    '',
    '/** Every endpoint runctl and its simulator use, as "METHOD /path/{template}". */',
    'export const ENDPOINTS = [',
    ...ENDPOINTS.map(([key]) => `  '${key}',`),
    '] as const',
    '',
    'export type Endpoint = (typeof ENDPOINTS)[number]',
    '',
    '/** Per official description: the endpoints it has, with the query and body parameters it documents. */',
    'export const DESCRIPTIONS: readonly Description[] = ['
  ]
  for (const { source, table } of read.values()) {
    const complete = inherit(source, table, read)
    out.push('  {')
    out.push(`    name: '${source.name}',`)
    out.push(`    product: '${source.product}',`)
    if (source.version !== undefined) out.push(`    version: '${source.version}',`)
    out.push(`    from: '${source.from}',`)
    out.push('    endpoints: {')
    for (const [key] of ENDPOINTS) {
      const params = complete.get(key)
      if (!params) continue
      out.push(
        `      '${key}': { query: [${params.query.map(q => `'${q}'`).join(', ')}], body: [${params.body.map(b => `'${b}'`).join(', ')}] },`
      )
    }
    out.push('    }')
    out.push('  },')
  }
  out.push(']')
  return `${out.join('\n')}\n`
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (invokedDirectly) {
  const text = generate()
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUTPUT, 'utf8')
    if (current !== text) {
      console.error(`${OUTPUT} is stale: run npx tsx scripts/capabilities.ts`)
      process.exit(1)
    }
  } else {
    writeFileSync(OUTPUT, text)
  }
}
