/**
 * What a completed run produced, brought back to the step that waited for it: its artifacts
 * (download-artifacts), the JSON object of its outputs artifact (outputs-artifact → run-outputs),
 * and, when its conclusion was not allowed, its failed jobs' check-run annotations. Artifacts are
 * downloaded like logs (src/logs/download.ts: the signed storage link followed without the token,
 * within the one deadline) and extracted with the same checks (src/logs/extract.ts).
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as log from '../step-log.js'
import type { Deadline } from '../clock.js'
import { ARTIFACT_LIMITS } from '../constants.js'
import { isFailed } from '../conclusions.js'
import type { GitHubClient } from '../github/client.js'
import {
  OperationError,
  apiMessage,
  describeError,
  httpStatus,
  missingPermission
} from '../github/errors.js'
import type { Artifact, Job, WorkflowRun } from '../github/types.js'
import { globMatches } from '../glob.js'
import { prepareLogDir } from '../log-dir.js'
import { downloadLog } from '../logs/download.js'
import { extractArchive, type Destination } from '../logs/extract.js'
import { BudgetExceeded, ByteBudget, type ArchiveLimits } from '../logs/limits.js'
import { resolveInside, unsafeEntryReason } from '../logs/safe-paths.js'
import type { ResultsSettings } from '../settings.js'
import { capitalise } from '../sentences.js'

/** One artifact written into artifacts-dir (output `artifacts`). */
export interface DownloadedArtifact {
  readonly name: string
  readonly id: number
  /** Bytes, as GitHub reports the artifact (its zip). */
  readonly size: number
  /** The folder it was extracted into. */
  readonly path: string
  /** Every file written, relative to `path`, with "/" separators. */
  readonly files: readonly string[]
  /** With all-runs: the run it came from. */
  readonly runId?: number
}

/** A failed job's check-run annotation: all of it untrusted text. */
export interface JobAnnotation {
  readonly runId: number
  readonly jobId: number
  readonly job: string
  readonly level: string
  readonly path: string
  readonly startLine?: number
  readonly endLine?: number
  readonly title: string
  readonly message: string
}

export interface RunResults {
  /** With download-artifacts: what was downloaded (empty when nothing matched). */
  readonly artifacts?: readonly DownloadedArtifact[]
  /** With outputs-artifact, once read: the object. */
  readonly runOutputs?: Readonly<Record<string, unknown>>
  /** When a conclusion was not allowed: the failed jobs' annotations (at most 50). */
  readonly annotations?: readonly JobAnnotation[]
  /** Annotations left out beyond the 50 shown. */
  readonly moreAnnotations?: boolean
  /** The one sentence that fails the step (an expired artifact, bad run outputs, …). */
  readonly failure?: string
}

/** One run whose results to collect, with the jobs already read while waiting. */
export interface CompletedRun {
  readonly run: WorkflowRun
  /** Jobs already known (undefined: listed when annotations are needed). */
  readonly jobs?: readonly Job[]
  /** Its conclusion (or a matching job's) was not allowed: show why it failed. */
  readonly refused: boolean
}

const ARTIFACTS_DIR: Destination = { input: 'artifacts-dir', contents: 'artifacts' }

/** Whether any result beyond annotations was asked for. */
export function wantsArtifacts(settings: ResultsSettings | undefined): boolean {
  return (settings?.downloadArtifacts.length ?? 0) > 0 || settings?.outputsArtifact !== undefined
}

/**
 * Before any waiting (and before a dispatch): an artifacts-dir that cannot hold the artifacts
 * fails now, in one sentence, not after an hour's wait.
 */
export async function prepareResults(
  settings: ResultsSettings | undefined,
  deadline: Deadline
): Promise<void> {
  if (!settings || settings.downloadArtifacts.length === 0) return
  await prepareLogDir(settings.artifactsDir, { deadline, input: 'artifacts-dir' })
}

/**
 * Reads the results of completed runs. A problem with an artifact ends the artifacts (one
 * sentence in `failure`); the annotations, read first, are kept whatever happens after.
 */
export async function collectResults(
  client: GitHubClient,
  runs: readonly CompletedRun[],
  settings: ResultsSettings | undefined,
  context: {
    readonly deadline: Deadline
    readonly env: NodeJS.ProcessEnv
    /** all-runs: each run's artifacts go to <artifacts-dir>/<run id>/<name>/. */
    readonly folderPerRun: boolean
  }
): Promise<RunResults> {
  const annotated = runs.some(item => item.refused)
    ? await readAnnotations(
        client,
        runs.filter(item => item.refused)
      )
    : undefined
  if (!settings || !wantsArtifacts(settings)) return { ...annotated }
  const downloaded: DownloadedArtifact[] = []
  try {
    let runOutputs: Record<string, unknown> | undefined
    const budget = new ByteBudget(
      settings.maxArtifactBytes,
      `Stopped at max-artifact-bytes: the artifacts extract to more than ${settings.maxArtifactBytes} bytes; raise max-artifact-bytes or download fewer artifacts.`
    )
    // Every run's list first: a glob matching nothing fails (artifacts-required) before any download.
    const listed: Array<{ run: WorkflowRun; artifacts: Artifact[] }> = []
    for (const { run } of runs) listed.push({ run, artifacts: await listArtifacts(client, run.id) })
    const globs = settings.downloadArtifacts
    const matched = new Set<string>()
    const chosen = listed.map(({ run, artifacts }) => ({
      run,
      artifacts,
      picked: matching(artifacts, globs, run.id, matched)
    }))
    if (globs.length > 0) {
      checkUnmatched(
        settings,
        matched,
        runs,
        listed.flatMap(item => item.artifacts)
      )
    }
    for (const { run, artifacts, picked } of chosen) {
      const root = context.folderPerRun
        ? path.join(settings.artifactsDir, String(run.id))
        : settings.artifactsDir
      for (const artifact of picked) {
        const files = await fetchArtifact(client, artifact, run.id, {
          root,
          settings,
          budget,
          deadline: context.deadline,
          env: context.env
        })
        downloaded.push({
          name: artifact.name,
          id: artifact.id,
          size: artifact.size_in_bytes,
          path: path.join(root, artifact.name),
          files,
          ...(context.folderPerRun ? { runId: run.id } : {})
        })
      }
      if (settings.outputsArtifact !== undefined) {
        runOutputs = await readRunOutputs(client, artifacts, settings.outputsArtifact, run.id, {
          deadline: context.deadline,
          env: context.env
        })
      }
    }
    return {
      ...annotated,
      ...(settings.downloadArtifacts.length > 0 ? { artifacts: downloaded } : {}),
      ...(runOutputs !== undefined ? { runOutputs } : {})
    }
  } catch (error) {
    if (!(error instanceof OperationError)) throw error
    return {
      ...annotated,
      ...(settings.downloadArtifacts.length > 0 ? { artifacts: downloaded } : {}),
      failure: error.message
    }
  }
}

async function listArtifacts(client: GitHubClient, runId: number): Promise<Artifact[]> {
  try {
    return await client.listArtifacts(runId)
  } catch (error) {
    throw refused(client, error, `list the artifacts of run ${runId}`)
  }
}

/**
 * The one sentence for a refused artifacts request: a 403 (or the 404 GitHub gives a token that
 * cannot see the repository) names the permission, `actions: read` on the child's repository.
 */
function refused(client: GitHubClient, error: unknown, what: string): unknown {
  const status = httpStatus(error)
  if (status !== 403 && status !== 404) return error
  const where = `${client.owner}/${client.repo}`
  const endpoint = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts' as const
  if (status === 404 && client.capabilities.has(endpoint) === false) {
    return new OperationError(client.capabilities.lacks(endpoint, 'the artifacts of a run'))
  }
  // GitHub names what the call accepted (X-Accepted-GitHub-Permissions); else say it ourselves.
  const lacking =
    missingPermission(error) ??
    (status === 403
      ? `the token needs actions: read on ${where}`
      : `it does not exist, or the token cannot see it (that needs actions: read on ${where})`)
  const said = apiMessage(error).replace(/\.$/, '')
  return new OperationError(
    `GitHub refused to ${what} (${status}${said ? `: ${said}` : ''}): ${lacking}.`
  )
}

/**
 * The artifacts the globs pick (two of one name cannot share a folder: refused). Notes in
 * `matched` which globs matched anything.
 */
function matching(
  artifacts: readonly Artifact[],
  globs: readonly string[],
  runId: number,
  matched: Set<string>
): Artifact[] {
  for (const glob of globs) {
    if (artifacts.some(a => globMatches(glob, a.name))) matched.add(glob)
  }
  const chosen = artifacts.filter(a => globs.some(glob => globMatches(glob, a.name)))
  const names = new Set<string>()
  for (const artifact of chosen) {
    if (names.has(artifact.name)) {
      throw new OperationError(
        `Run ${runId} has two artifacts named ${JSON.stringify(artifact.name)}; both cannot be extracted into one folder of artifacts-dir.`
      )
    }
    names.add(artifact.name)
  }
  return chosen
}

/** A glob that matched no artifact (of any run): one warning, or with artifacts-required the failure. */
function checkUnmatched(
  settings: ResultsSettings,
  matched: ReadonlySet<string>,
  runs: readonly CompletedRun[],
  seen: readonly Artifact[]
): void {
  const unmatched = settings.downloadArtifacts.filter(glob => !matched.has(glob))
  if (unmatched.length === 0) return
  const quoted = unmatched.map(glob => JSON.stringify(glob)).join(', ')
  const names = [...new Set(seen.map(a => a.name))]
  const which = runs.length === 1 ? `run ${runs[0]?.run.id}` : `the ${runs.length} runs`
  const available =
    names.length === 0
      ? `${runs.length === 1 ? 'it has' : 'they have'} no artifacts`
      : `found: ${names
          .slice(0, 10)
          .map(name => JSON.stringify(name))
          .join(', ')}${names.length > 10 ? ', …' : ''}`
  const sentence = `No artifact of ${which} matches ${quoted} in input 'download-artifacts' (${available}).`
  if (settings.artifactsRequired) throw new OperationError(sentence)
  log.warning(sentence)
}

function expiredSentence(artifact: Artifact, runId: number): string {
  const when = artifact.expires_at ? ` on ${artifact.expires_at}` : ''
  return `Artifact ${JSON.stringify(artifact.name)} of run ${runId} expired${when} and can no longer be downloaded (GitHub keeps artifacts for the repository's retention period).`
}

function limitsOf(settings: ResultsSettings): ArchiveLimits {
  return {
    maxBytes: settings.maxArtifactBytes,
    maxEntries: settings.maxArtifactEntries,
    maxRatio: settings.maxCompressionRatio
  }
}

/** A scratch folder under RUNNER_TEMP for one zip, removed afterwards. */
async function withScratch<T>(
  env: NodeJS.ProcessEnv,
  use: (scratch: string) => Promise<T>
): Promise<T> {
  const base = env['RUNNER_TEMP'] || os.tmpdir()
  await fs.promises.mkdir(base, { recursive: true })
  const scratch = await fs.promises.mkdtemp(path.join(base, 'runctl-artifact-'))
  try {
    return await use(scratch)
  } finally {
    await fs.promises.rm(scratch, { recursive: true, force: true })
  }
}

/** Downloads an artifact's zip (at most `maxZipBytes`), explaining the API's refusals. */
async function downloadZip(
  client: GitHubClient,
  artifact: Artifact,
  runId: number,
  zipPath: string,
  options: { deadline: Deadline; maxZipBytes: number; tooLarge: string }
): Promise<void> {
  if (artifact.expired) throw new OperationError(expiredSentence(artifact, runId))
  let received = 0
  try {
    await downloadLog(client, { artifactId: artifact.id }, zipPath, {
      label: `artifact ${JSON.stringify(artifact.name)} of run ${runId}`,
      deadline: options.deadline,
      onBytes: bytes => {
        received += bytes
        if (received > options.maxZipBytes) throw new OperationError(options.tooLarge)
      }
    })
  } catch (error) {
    // GitHub answers 410 Gone for an artifact that expired since it was listed.
    if (httpStatus(error) === 410) throw new OperationError(expiredSentence(artifact, runId))
    throw refused(
      client,
      error,
      `download artifact ${JSON.stringify(artifact.name)} of run ${runId}`
    )
  }
}

/** Downloads one artifact and extracts it into <root>/<name>/; returns the files written. */
async function fetchArtifact(
  client: GitHubClient,
  artifact: Artifact,
  runId: number,
  options: {
    root: string
    settings: ResultsSettings
    budget: ByteBudget
    deadline: Deadline
    env: NodeJS.ProcessEnv
  }
): Promise<string[]> {
  const { root, settings, budget } = options
  const label = `artifact ${JSON.stringify(artifact.name)} of run ${runId}`
  // Artifact names are one path segment on GitHub; one from the API is checked all the same.
  const nameReason = artifact.name.includes('/') ? 'a "/" in it' : unsafeEntryReason(artifact.name)
  const folder = nameReason === undefined ? resolveInside(root, artifact.name) : undefined
  if (folder === undefined) {
    throw new OperationError(
      `Refused ${label}: its name cannot be a folder of artifacts-dir (${nameReason ?? 'outside artifacts-dir'}); nothing of it was written.`
    )
  }
  return withScratch(options.env, async scratch => {
    const zipPath = path.join(scratch, 'artifact.zip')
    await downloadZip(client, artifact, runId, zipPath, {
      deadline: options.deadline,
      maxZipBytes: settings.maxArtifactBytes,
      tooLarge: `The zip of ${label} is larger than max-artifact-bytes (${settings.maxArtifactBytes} bytes); raise max-artifact-bytes to download it.`
    })
    const made = await makeFolderInside(settings.artifactsDir, folder)
    const before = budget.written
    const { written } = await extractArchive(zipPath, {
      root: folder,
      limits: limitsOf(settings),
      budget,
      label,
      destination: ARTIFACTS_DIR,
      removeOnFailure: true,
      choose: listing => {
        const [first] = listing.refused
        if (first !== undefined) {
          // An artifact is used as a whole by the next step: one unsafe entry refuses all of it.
          throw new OperationError(
            `Refused ${label}: entry ${JSON.stringify(first.name)} is unsafe (${first.reason})${listing.refused.length > 1 ? `, and ${listing.refused.length - 1} more` : ''}; nothing of it was written.`
          )
        }
        const declared = listing.entries.reduce((sum, entry) => sum + entry.declaredSize, 0)
        if (budget.written + declared > budget.maxBytes) {
          throw new OperationError(
            `${label.charAt(0).toUpperCase()}${label.slice(1)} would extract to ${declared} bytes, more than max-artifact-bytes allows (${budget.maxBytes} bytes, ${budget.written} already written); nothing of it was written.`
          )
        }
        return listing.entries
      }
    }).catch(async (error: unknown) => {
      // Nothing of a refused artifact stays (the extractor removed what it wrote).
      if (made) await fs.promises.rm(folder, { recursive: true, force: true })
      // Headers that understate the sizes pass the check above; the bytes counted stop them.
      if (!(error instanceof BudgetExceeded)) throw error
      throw new OperationError(
        `${capitalise(label)} extracts to more than max-artifact-bytes allows (${budget.maxBytes} bytes, ${before} already written by earlier artifacts); nothing of it was kept.`
      )
    })
    log.info(`Extracted ${label} (${written.size} files) into ${folder}.`)
    return [...written.values()].map(file => path.relative(folder, file).split(path.sep).join('/'))
  })
}

/**
 * mkdir -p of an artifact's folder, refused where a link already there (at the folder or at a
 * run's folder) would lead out of artifacts-dir: the extractor checks every path below the
 * folder, this checks the folder itself.
 */
async function makeFolderInside(artifactsDir: string, folder: string): Promise<boolean> {
  const made = await fs.promises.mkdir(folder, { recursive: true })
  const expected = path.join(
    await fs.promises.realpath(artifactsDir),
    path.relative(artifactsDir, folder)
  )
  if ((await fs.promises.realpath(folder)) !== expected) {
    throw new OperationError(
      `Refused to write artifacts through a link that leads outside artifacts-dir (${folder}).`
    )
  }
  return made !== undefined
}

/**
 * The outputs artifact's one JSON file, parsed: an object of at most 1 MiB. The newest artifact
 * of that name counts (a re-run's upload replaces an earlier one).
 */
async function readRunOutputs(
  client: GitHubClient,
  artifacts: readonly Artifact[],
  name: string,
  runId: number,
  options: { deadline: Deadline; env: NodeJS.ProcessEnv }
): Promise<Record<string, unknown>> {
  const label = `the outputs artifact ${JSON.stringify(name)} of run ${runId}`
  const artifact = artifacts.filter(a => a.name === name).sort((a, b) => b.id - a.id)[0]
  if (artifact === undefined) {
    throw new OperationError(
      `Run ${runId} has no artifact named ${JSON.stringify(name)} (input 'outputs-artifact'): the child workflow must upload its outputs file under that name with actions/upload-artifact.`
    )
  }
  const max = ARTIFACT_LIMITS.maxOutputsBytes
  const tooLarge = `${label.charAt(0).toUpperCase()}${label.slice(1)} holds more than ${max} bytes (1 MiB), the most run-outputs takes.`
  return withScratch(options.env, async scratch => {
    const zipPath = path.join(scratch, 'outputs.zip')
    // A zip of a 1 MiB file stored uncompressed is a little larger than the file.
    await downloadZip(client, artifact, runId, zipPath, {
      deadline: options.deadline,
      maxZipBytes: max + 64 * 1024,
      tooLarge
    })
    const into = path.join(scratch, 'outputs')
    await fs.promises.mkdir(into)
    const { written } = await extractArchive(zipPath, {
      root: into,
      limits: {
        maxBytes: max,
        maxEntries: 16,
        maxRatio: ARTIFACT_LIMITS.maxCompressionRatio
      },
      budget: new ByteBudget(max, tooLarge),
      label,
      destination: ARTIFACTS_DIR,
      choose: listing => {
        const files = listing.entries.filter(entry => !entry.isDirectory)
        if (listing.refused.length > 0 || files.length !== 1) {
          const count = files.length + listing.refused.length
          throw new OperationError(
            `${label.charAt(0).toUpperCase()}${label.slice(1)} must hold exactly one JSON file; it holds ${count} files.`
          )
        }
        if ((files[0]?.declaredSize ?? 0) > max) throw new OperationError(tooLarge)
        return files
      }
    })
    const [file] = [...written.values()]
    const text = await fs.promises.readFile(file as string, 'utf8')
    let parsed: unknown
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''))
    } catch {
      throw new OperationError(
        `${label.charAt(0).toUpperCase()}${label.slice(1)} does not hold valid JSON; write it with, for example, echo '{"version": "1.2.3"}' > outputs.json.`
      )
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : typeof parsed
      throw new OperationError(
        `${label.charAt(0).toUpperCase()}${label.slice(1)} holds JSON ${kind}, not an object such as {"version": "1.2.3"}.`
      )
    }
    log.info(`Read run-outputs from ${label}.`)
    return parsed as Record<string, unknown>
  })
}

/**
 * The failed jobs' check-run annotations (a job's id is its check run's id), at most 50 in all.
 * Reading them is best effort: a refusal (they need 'checks: read') is one warning, never the
 * failure, which is the run's conclusion.
 */
async function readAnnotations(
  client: GitHubClient,
  runs: readonly CompletedRun[]
): Promise<Pick<RunResults, 'annotations' | 'moreAnnotations'>> {
  const max = ARTIFACT_LIMITS.maxAnnotations
  const annotations: JobAnnotation[] = []
  let more = false
  for (const { run, jobs } of runs) {
    let known = jobs
    if (known === undefined) {
      try {
        known = await client.listJobs(run.id)
      } catch (error) {
        log.warning(
          `Could not list the jobs of run ${run.id} to show why it failed: ${describeError(error)}`
        )
        continue
      }
    }
    for (const job of known.filter(isFailed)) {
      if (annotations.length >= max) {
        more = true
        break
      }
      try {
        const found = await client.listAnnotations(job.id, max - annotations.length + 1)
        if (annotations.length + found.length > max) more = true
        for (const annotation of found.slice(0, max - annotations.length)) {
          annotations.push({
            runId: run.id,
            jobId: job.id,
            job: job.name,
            level: text(annotation.annotation_level),
            path: text(annotation.path),
            ...(typeof annotation.start_line === 'number'
              ? { startLine: annotation.start_line }
              : {}),
            ...(typeof annotation.end_line === 'number' ? { endLine: annotation.end_line } : {}),
            title: text(annotation.title),
            message: text(annotation.message)
          })
        }
      } catch (error) {
        log.warning(
          `Could not read the annotations of job ${JSON.stringify(job.name)} (${job.id}) of run ${run.id}: ${describeError(error)}`
        )
      }
    }
  }
  return { annotations, ...(more ? { moreAnnotations: true } : {}) }
}

/** Untrusted text of bounded length (a message can be 64 KiB). */
function text(value: unknown, maxLength = 4000): string {
  if (typeof value !== 'string') return ''
  return value.length > maxLength ? `${value.slice(0, maxLength)}…` : value
}
