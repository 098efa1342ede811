/**
 * Artifacts and check-run annotations: `GET …/runs/{id}/artifacts` (listed once the run has
 * completed), `GET …/artifacts/{id}/zip` (a 302 to the blob host; 410 once expired), and
 * `GET …/check-runs/{job id}/annotations`. Artifact zips are written here by hand, not with yazl,
 * because a hostile artifact needs entry names and types yazl refuses to write.
 */
import * as zlib from 'node:zlib'
import { findRepository, findRun, linkHeader, pagination, type RouteContext } from './context.js'
import type { Run, RunArtifact } from './model.js'
import { HttpError, errorReply, notFound, type Reply } from './reply.js'
import type { ArtifactSpec } from './types.js'
import { iso, nodeId } from './views.js'

const DAY_MS = 24 * 60 * 60 * 1000
/** GitHub's default retention. */
const RETENTION_DAYS = 90

interface ZipEntry {
  name: string
  data: Buffer
  /** A symbolic link (its data is the target). */
  symlink?: boolean
  /** The uncompressed size the headers claim (default: the true size). */
  claimedSize?: number
}

/** A zip of these entries, deflated (stored when deflating does not pay), as upload-artifact writes. */
export function buildZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const deflated = zlib.deflateRawSync(entry.data)
    const stored = entry.symlink || deflated.length >= entry.data.length
    const body = stored ? entry.data : deflated
    const crc = zlib.crc32(entry.data)
    const mode = entry.symlink ? 0o120777 : entry.name.endsWith('/') ? 0o040755 : 0o100644
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // names are UTF-8
    local.writeUInt16LE(stored ? 0 : 8, 8)
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(0x21, 12) // 1980-01-01
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(entry.claimedSize ?? entry.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by Unix
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(stored ? 0 : 8, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(entry.claimedSize ?? entry.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE((mode << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** Bytes a compiled program might hold: 16 symbols, so deflate halves them, never more. */
export function binaryIsh(size: number, seed = 1): Buffer {
  const data = Buffer.allocUnsafe(size)
  let state = seed >>> 0 || 1
  for (let i = 0; i < size; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    data[i] = 0x30 + ((state >>> 0) & 0x0f)
  }
  return data
}

/** xorshift32: the same pseudo-random numbers for the same seed. */
function numbers(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
}

const CODE = [
  'const result = await client.request(route, { owner, repo, per_page: 100 })',
  'if (response.status === 304) return cached',
  'for (const item of items) total += item.size',
  'export function parseSettings(input: string): Settings {',
  "throw new Error('Input ' + name + ' must be one of ' + allowed.join(', '))",
  'return { ...state, attempts: state.attempts + 1 }',
  '}',
  '',
  "import * as path from 'node:path'",
  'const deadline = Date.now() + timeoutSeconds * 1000'
]

/** One page of a coverage report (istanbul's lcov-report shape), about `bytes` long. */
function reportPage(title: string, bytes: number, random: () => number): string {
  const lines = [
    `<!doctype html><html lang="en"><head><title>Code coverage report for ${title}</title>`,
    '<meta charset="utf-8" /><link rel="stylesheet" href="../../base.css" /></head><body>',
    `<div class="pad1"><h1><a href="../index.html">All files</a> ${title}</h1>`,
    `<div class="clearfix"><span class="strong">${(random() * 100).toFixed(2)}% </span>Statements</div></div>`,
    '<pre><table class="coverage"><tr>'
  ]
  let length = lines.join('\n').length
  for (let line = 1; length < bytes; line++) {
    const hits = Math.floor(random() * 40)
    const code = (CODE[Math.floor(random() * CODE.length)] as string).replaceAll(
      'result',
      `result${Math.floor(random() * 1000)}`
    )
    const text =
      `<tr><td class="line-count quiet"><a name='L${line}'></a><a href='#L${line}'>${line}</a></td>` +
      `<td class="line-coverage quiet"><span class="cline-any cline-${hits > 0 ? 'yes' : 'no'}">${hits}x</span></td>` +
      `<td class="text"><pre class="prettyprint lang-js">${code.replaceAll('<', '&lt;')}</pre></td></tr>`
    lines.push(text)
    length += text.length + 1
  }
  lines.push('</table></pre></body></html>')
  return lines.join('\n')
}

/** A coverage report of `pages` file pages, 50 a folder, with an index page per folder. */
function reportEntries(pages: number): ZipEntry[] {
  const random = numbers(25)
  const entries: ZipEntry[] = []
  for (let page = 0; page < pages; page++) {
    const folder = `coverage/pkg-${Math.floor(page / 500)}/dir-${Math.floor(page / 50) % 10}`
    // 1.5-40 KiB, most of them small: about 14 KiB on average.
    const bytes = 1536 + Math.floor(38 * 1024 * random() ** 2)
    const name = `${folder}/module-${page}.ts.html`
    entries.push({ name, data: Buffer.from(reportPage(name, bytes, random)) })
    if (page % 50 === 49 || page === pages - 1) {
      entries.push({
        name: `${folder}/index.html`,
        data: Buffer.from(reportPage(folder, 4096, random))
      })
    }
  }
  return entries
}

/** The entries an artifact spec describes. */
export function artifactEntries(spec: ArtifactSpec): ZipEntry[] {
  const entries: ZipEntry[] = Object.entries(spec.files ?? {}).map(([name, text]) => ({
    name,
    data: Buffer.from(text)
  }))
  for (const [name, target] of Object.entries(spec.symlinks ?? {})) {
    entries.push({ name, data: Buffer.from(target), symlink: true })
  }
  if (spec.binaryBytes) entries.push({ name: 'data.bin', data: binaryIsh(spec.binaryBytes) })
  for (let i = 0; i < (spec.smallFiles ?? 0); i++) {
    entries.push({
      name: `part-${Math.floor(i / 100)}/file-${i}.txt`,
      data: Buffer.from(`file ${i} of ${spec.name}\n`.repeat(1 + (i % 7)))
    })
  }
  if (spec.reportPages) entries.push(...reportEntries(spec.reportPages))
  if (entries.length === 0) {
    entries.push({ name: `${spec.name}.txt`, data: Buffer.from(`${spec.name}\n`) })
  }
  return spec.understateSizes ? entries.map(entry => ({ ...entry, claimedSize: 1 })) : entries
}

const zips = new WeakMap<RunArtifact, Buffer>()

/** The artifact's zip, built once. */
export function artifactZip(artifact: RunArtifact): Buffer {
  let zip = zips.get(artifact)
  if (!zip) {
    zip = buildZip(artifactEntries(artifact.spec))
    zips.set(artifact, zip)
  }
  return zip
}

function artifactJson(ctx: RouteContext, run: Run, artifact: RunArtifact) {
  const url = `${ctx.view.apiUrl}/repos/${run.repository.fullName}/actions/artifacts/${artifact.id}`
  const expiresAt = artifact.spec.expired
    ? Math.min(ctx.view.now - 1000, artifact.createdAt + DAY_MS)
    : artifact.createdAt + RETENTION_DAYS * DAY_MS
  return {
    id: artifact.id,
    node_id: nodeId('Artifact', artifact.id),
    name: artifact.spec.name,
    size_in_bytes: artifact.servedBytes ?? artifactZip(artifact).length,
    url,
    archive_download_url: `${url}/zip`,
    expired: artifact.spec.expired ?? false,
    created_at: iso(artifact.createdAt),
    expires_at: iso(expiresAt),
    updated_at: iso(artifact.createdAt),
    workflow_run: {
      id: run.id,
      repository_id: run.repository.id,
      head_repository_id: run.repository.id,
      head_branch: run.branch,
      head_sha: run.headSha
    }
  }
}

/** A run's artifacts appear once it has completed (uploads finish with their jobs). */
export function listRunArtifacts(ctx: RouteContext): Reply {
  const run = findRun(ctx)
  const visible = ctx.world.view(run).status === 'completed' ? run.artifacts : []
  const { perPage, page } = pagination(ctx.query)
  const items = visible.slice((page - 1) * perPage, page * perPage)
  const path = `/repos/${run.repository.fullName}/actions/runs/${run.id}/artifacts`
  return {
    status: 200,
    json: { total_count: visible.length, artifacts: items.map(a => artifactJson(ctx, run, a)) },
    headers: linkHeader(`${ctx.view.apiUrl}${path}`, ctx.query, page, perPage, visible.length)
  }
}

export function downloadArtifact(ctx: RouteContext): Reply {
  const repository = findRepository(ctx)
  const found = ctx.world.artifact(Number(ctx.params['artifact_id']))
  if (!found || found.run.repository !== repository || ctx.params['archive_format'] !== 'zip') {
    throw new HttpError(notFound())
  }
  if (found.artifact.spec.expired) throw new HttpError(errorReply(410, 'Artifact has expired'))
  return { status: 302, location: ctx.signer.sign(`/artifacts/${found.artifact.id}.zip`) }
}

/** A job's id is its check run's id. */
export function listAnnotations(ctx: RouteContext): Reply {
  const repository = findRepository(ctx)
  const found = ctx.world.jobExecution(Number(ctx.params['check_run_id']))
  if (!found || found.run.repository !== repository) throw new HttpError(notFound())
  const { perPage, page } = pagination(ctx.query)
  const all = found.execution.annotations
  const items = all.slice((page - 1) * perPage, page * perPage)
  const blob = `${ctx.profile.webHost}/${repository.fullName}/blob/${found.run.headSha}`
  const path = `/repos/${repository.fullName}/check-runs/${found.execution.id}/annotations`
  return {
    status: 200,
    json: items.map(annotation => ({
      path: annotation.path ?? '.github',
      blob_href: `${blob}/${annotation.path ?? '.github'}`,
      start_line: annotation.startLine ?? 1,
      end_line: annotation.endLine ?? annotation.startLine ?? 1,
      start_column: null,
      end_column: null,
      annotation_level: annotation.level ?? 'failure',
      title: annotation.title ?? '',
      message: annotation.message,
      raw_details: null
    })),
    headers: linkHeader(`${ctx.view.apiUrl}${path}`, ctx.query, page, perPage, all.length)
  }
}
