/**
 * The results of a run, running the source (src/artifacts/results.ts, the presenter) against the
 * simulator: every protection has a test here that fails without it (the e2e tests run the
 * bundle, which mutation testing cannot reach).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { Deadline, systemClock } from '../../src/clock.js'
import { ARTIFACT_LIMITS } from '../../src/constants.js'
import { collectResults, prepareResults } from '../../src/artifacts/results.js'
import { GitHubClient } from '../../src/github/client.js'
import type { WorkflowRun } from '../../src/github/types.js'
import { resultsOutputs, resultsSummary } from '../../src/presenters/results.js'
import type { ResultsSettings } from '../../src/settings.js'
import { renderedOutsideCode } from '../logs/markdown.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'
import type { RunSpec } from '../../test-support/simulator/types.js'

let sim: Simulator
let temp: string
beforeAll(async () => {
  sim = await startSimulator()
  temp = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'runctl-results-'))
})
afterAll(async () => {
  await sim.close()
  await fs.promises.rm(temp, { recursive: true, force: true })
})
afterEach(() => {
  jest.restoreAllMocks()
})

/** The ::warning:: lines printed from now on (@actions/core writes them to stdout). */
function warnings(): () => string[] {
  const write = jest.spyOn(process.stdout, 'write')
  return () =>
    write.mock.calls
      .map(call => String(call[0]))
      .join('')
      .split('\n')
      .filter(line => line.startsWith('::warning::'))
      .map(line => line.slice('::warning::'.length))
}

let dirs = 0
function settings(overrides: Partial<ResultsSettings> = {}): ResultsSettings {
  return {
    downloadArtifacts: [],
    artifactsDir: path.join(temp, `artifacts-${++dirs}`),
    maxArtifactBytes: 64 * 1024 * 1024,
    maxArtifactEntries: ARTIFACT_LIMITS.maxEntries,
    maxCompressionRatio: ARTIFACT_LIMITS.maxCompressionRatio,
    artifactsRequired: false,
    ...overrides
  }
}

function client(token = sim.tokens.githubToken) {
  return new GitHubClient({
    token,
    baseUrl: sim.apiUrl,
    apiVersion: '2022-11-28',
    owner: 'octo',
    repo: 'demo',
    timeScale: 0.001
  })
}

/** Collects the results of a fresh completed run, as wait-for-run does once it has waited. */
async function collect(
  spec: RunSpec,
  given: ResultsSettings,
  options: { refused?: boolean; token?: string } = {}
) {
  const runId = sim.addRun({ completed: true, ...spec })
  const github = client(options.token)
  const run: WorkflowRun = await github.getRun(runId)
  const results = await collectResults(
    github,
    [{ run, refused: options.refused ?? false }],
    given,
    {
      deadline: new Deadline(systemClock, 60),
      env: { RUNNER_TEMP: temp },
      folderPerRun: false
    }
  )
  return { runId, results, run }
}

/** Every file under a folder, relative, sorted ('' when it does not exist). */
function tree(root: string): string[] {
  if (!fs.existsSync(root)) return []
  return (fs.readdirSync(root, { recursive: true }) as string[]).sort()
}

describe('download-artifacts', () => {
  it('extracts the matching artifacts into artifacts-dir/NAME and lists their files', async () => {
    const given = settings({ downloadArtifacts: ['report-*', 'dist'] })
    const { results } = await collect(
      {
        artifacts: [
          { name: 'dist', files: { 'app.js': 'console.log(1)', 'lib/util.js': 'x' } },
          { name: 'report-unit', files: { 'junit.xml': '<testsuite/>' } },
          { name: 'other' }
        ]
      },
      given
    )
    expect(results.failure).toBeUndefined()
    expect(results.artifacts?.map(a => [a.name, a.path, a.files])).toEqual([
      ['dist', path.join(given.artifactsDir, 'dist'), ['app.js', 'lib/util.js']],
      ['report-unit', path.join(given.artifactsDir, 'report-unit'), ['junit.xml']]
    ])
    expect(fs.readFileSync(path.join(given.artifactsDir, 'dist', 'lib', 'util.js'), 'utf8')).toBe(
      'x'
    )
    expect(fs.readdirSync(given.artifactsDir).sort()).toEqual(['dist', 'report-unit'])
    const output = JSON.parse(resultsOutputs(results)['artifacts'] ?? '') as unknown[]
    expect(output[0]).toEqual({
      name: 'dist',
      id: results.artifacts?.[0]?.id,
      size: results.artifacts?.[0]?.size,
      path: path.join(given.artifactsDir, 'dist'),
      files: ['app.js', 'lib/util.js']
    })
  })

  it('refuses an artifact with an entry outside its folder, writing nothing of it', async () => {
    const given = settings({ downloadArtifacts: ['evil'] })
    const { results, runId } = await collect(
      { artifacts: [{ name: 'evil', files: { 'a.txt': 'a', '../../escape.txt': 'x' } }] },
      given
    )
    expect(results.failure).toBe(
      `Refused artifact "evil" of run ${runId}: entry "../../escape.txt" is unsafe (invalid relative path); nothing of it was written.`
    )
    // Not even its empty folder.
    expect(tree(given.artifactsDir)).toEqual([])
    expect(fs.existsSync(path.join(temp, 'escape.txt'))).toBe(false)
  })

  it('refuses an artifact holding a symbolic link, following nothing', async () => {
    const given = settings({ downloadArtifacts: ['linked'] })
    const { results, runId } = await collect(
      {
        artifacts: [{ name: 'linked', files: { 'a.txt': 'a' }, symlinks: { key: '/etc/passwd' } }]
      },
      given
    )
    expect(results.failure).toBe(
      `Refused artifact "linked" of run ${runId}: entry "key" is unsafe (symbolic link); nothing of it was written.`
    )
    expect(tree(path.join(given.artifactsDir, 'linked'))).toEqual([])
  })

  it('refuses an artifact whose name cannot be a folder', async () => {
    const given = settings({ downloadArtifacts: ['*'] })
    const { results, runId } = await collect({ artifacts: [{ name: '..' }] }, given)
    expect(results.failure).toBe(
      `Refused artifact ".." of run ${runId}: its name cannot be a folder of artifacts-dir (invalid relative path); nothing of it was written.`
    )
    expect(fs.readdirSync(temp).filter(name => name === '...txt')).toEqual([])
  })

  it('never writes through a link already in artifacts-dir', async () => {
    const given = settings({ downloadArtifacts: ['dist'] })
    const outside = path.join(temp, 'outside-target')
    fs.mkdirSync(outside, { recursive: true })
    fs.mkdirSync(given.artifactsDir, { recursive: true })
    fs.symlinkSync(outside, path.join(given.artifactsDir, 'dist'))
    const { results } = await collect(
      { artifacts: [{ name: 'dist', files: { 'sub/app.js': 'x' } }] },
      given
    )
    expect(results.failure).toMatch(
      /^Refused to write artifacts through a link that leads outside artifacts-dir/
    )
    expect(tree(outside)).toEqual([])
  })

  it('fails in one sentence on an expired artifact, naming it and its expiry', async () => {
    const given = settings({ downloadArtifacts: ['old', 'dist'] })
    const { results, runId } = await collect(
      { artifacts: [{ name: 'dist' }, { name: 'old', expired: true }] },
      given
    )
    expect(results.failure).toMatch(
      new RegExp(
        `^Artifact "old" of run ${runId} expired on \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z and can no longer be downloaded \\(GitHub keeps artifacts for the repository's retention period\\)\\.$`
      )
    )
    // What came before the expired one is still reported.
    expect(results.artifacts?.map(a => a.name)).toEqual(['dist'])
    // Known from the list: its download is never asked for.
    const [, old] = sim.artifactIds(runId)
    expect(sim.requests.filter(entry => entry.path.endsWith(`/artifacts/${old}/zip`))).toEqual([])
  })

  it('says the same of an artifact that expires between the list and its download (410)', async () => {
    sim.addFault({
      kind: 'status',
      status: 410,
      path: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'
    })
    const { results, runId } = await collect(
      { artifacts: [{ name: 'dist' }] },
      settings({ downloadArtifacts: ['dist'] })
    )
    expect(results.failure).toMatch(
      new RegExp(`^Artifact "dist" of run ${runId} expired on .+ and can no longer be downloaded`)
    )
  })

  it('refuses two artifacts of one name (v3 uploads) rather than mixing them in one folder', async () => {
    const given = settings({ downloadArtifacts: ['dist'] })
    const { results, runId } = await collect(
      { artifacts: [{ name: 'dist' }, { name: 'dist', files: { 'other.txt': 'x' } }] },
      given
    )
    expect(results.failure).toBe(
      `Run ${runId} has two artifacts named "dist"; both cannot be extracted into one folder of artifacts-dir.`
    )
    expect(tree(given.artifactsDir)).toEqual([])
  })

  it('refuses an artifact name that is no plain folder name on every runner', async () => {
    const given = settings({ downloadArtifacts: ['*'] })
    const { results, runId } = await collect({ artifacts: [{ name: 'nul' }] }, given)
    expect(results.failure).toBe(
      `Refused artifact "nul" of run ${runId}: its name cannot be a folder of artifacts-dir (Windows device name); nothing of it was written.`
    )
    expect(tree(given.artifactsDir)).toEqual([])
  })

  it('warns about a glob matching nothing; with artifacts-required fails before any download', async () => {
    const warned_ = warnings()
    const warned = await collect(
      { artifacts: [{ name: 'dist' }] },
      settings({ downloadArtifacts: ['dist', 'cov*'] })
    )
    expect(warned.results.failure).toBeUndefined()
    expect(warned_()).toContain(
      `No artifact of run ${warned.runId} matches "cov*" in input 'download-artifacts' (found: "dist").`
    )
    const given = settings({ downloadArtifacts: ['dist', 'cov*'], artifactsRequired: true })
    sim.clearRequests()
    const required = await collect({ artifacts: [{ name: 'dist' }] }, given)
    expect(required.results.failure).toBe(
      `No artifact of run ${required.runId} matches "cov*" in input 'download-artifacts' (found: "dist").`
    )
    expect(sim.requests.filter(entry => entry.host === 'blob')).toEqual([])
    expect(tree(given.artifactsDir)).toEqual([])
  })

  it('stops at max-artifact-bytes, for the zip and for what it extracts to', async () => {
    const small = settings({ downloadArtifacts: ['big'], maxArtifactBytes: 100_000 })
    const zipped = await collect({ artifacts: [{ name: 'big', binaryBytes: 400_000 }] }, small)
    expect(zipped.results.failure).toBe(
      `The zip of artifact "big" of run ${zipped.runId} is larger than max-artifact-bytes (100000 bytes); raise max-artifact-bytes to download it.`
    )
    // Text that deflates well: a small zip, but more bytes extracted than allowed.
    const roomy = settings({ downloadArtifacts: ['logs'], maxArtifactBytes: 200_000 })
    const extracted = await collect(
      { artifacts: [{ name: 'logs', files: { 'log.txt': 'all good\n'.repeat(50_000) } }] },
      roomy
    )
    expect(extracted.results.failure).toBe(
      `Artifact "logs" of run ${extracted.runId} would extract to 450000 bytes, more than max-artifact-bytes allows (200000 bytes, 0 already written); nothing of it was written.`
    )
    expect(tree(path.join(roomy.artifactsDir, 'logs'))).toEqual([])
  })

  it('stops an artifact whose headers understate what it extracts to at max-artifact-bytes, naming it and the cap, and keeps nothing of it', async () => {
    const given = settings({ downloadArtifacts: ['*'], maxArtifactBytes: 300_000 })
    const { results, runId } = await collect(
      {
        artifacts: [
          { name: 'first', files: { 'a.txt': 'a'.repeat(1000) } },
          {
            name: 'bomb',
            // Each claims 1 byte; together they inflate to 400,000.
            files: Object.fromEntries(
              Array.from({ length: 4 }, (_, i) => [`part-${i}/f.txt`, `${i}`.repeat(100_000)])
            ),
            understateSizes: true
          }
        ]
      },
      given
    )
    expect(results.failure).toBe(
      `Artifact "bomb" of run ${runId} extracts to more than max-artifact-bytes allows (300000 bytes, 1000 already written by earlier artifacts); nothing of it was kept.`
    )
    // The complete artifact before it stays; no file or folder of the refused one does.
    expect(tree(given.artifactsDir)).toEqual(['first', path.join('first', 'a.txt')])
    expect(results.artifacts?.map(a => a.name)).toEqual(['first'])
  })

  it('removes only what it wrote when a refused artifact extracts into a folder already there', async () => {
    const given = settings({ downloadArtifacts: ['bomb'], maxArtifactBytes: 150_000 })
    const kept = path.join(given.artifactsDir, 'bomb', 'part-0', 'mine.txt')
    fs.mkdirSync(path.dirname(kept), { recursive: true })
    fs.writeFileSync(kept, 'from an earlier step')
    const { results } = await collect(
      {
        artifacts: [
          {
            name: 'bomb',
            files: Object.fromEntries(
              Array.from({ length: 4 }, (_, i) => [`part-${i}/f.txt`, `${i}`.repeat(100_000)])
            ),
            understateSizes: true
          }
        ]
      },
      given
    )
    expect(results.failure).toMatch(
      /^Artifact "bomb" of run \d+ extracts to more than max-artifact-bytes allows \(150000 bytes, 0 already written/
    )
    expect(tree(path.join(given.artifactsDir, 'bomb'))).toEqual([
      'part-0',
      path.join('part-0', 'mine.txt')
    ])
  })

  it('names actions: read on the repository when GitHub refuses to download an artifact', async () => {
    sim.addFault({
      kind: 'status',
      status: 403,
      path: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'
    })
    const given = settings({ downloadArtifacts: ['dist'] })
    const { results, runId } = await collect({ artifacts: [{ name: 'dist' }] }, given)
    expect(results.failure).toBe(
      `GitHub refused to download artifact "dist" of run ${runId} (403: Resource not accessible by integration): the token needs actions: read on octo/demo.`
    )
    expect(tree(given.artifactsDir)).toEqual([])
  })

  it('names actions: read on the repository when GitHub refuses to list the artifacts', async () => {
    sim.addFault({
      kind: 'status',
      status: 403,
      path: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'
    })
    const { results, runId } = await collect(
      { artifacts: [{ name: 'dist' }] },
      settings({ downloadArtifacts: ['dist'] })
    )
    expect(results.failure).toBe(
      `GitHub refused to list the artifacts of run ${runId} (403: Resource not accessible by integration): the token needs actions: read on octo/demo.`
    )
  })

  it('makes artifacts-dir before the wait, failing in one sentence naming the input', async () => {
    const file = path.join(temp, 'a-file')
    fs.writeFileSync(file, '')
    await expect(
      prepareResults(
        settings({ downloadArtifacts: ['x'], artifactsDir: path.join(file, 'sub') }),
        new Deadline(systemClock, 60)
      )
    ).rejects.toThrow(
      "Input 'artifacts-dir' cannot be created: a file is in the way where a directory of its path should be."
    )
    // Nothing to download: nothing is made.
    const untouched = path.join(temp, 'never-made')
    await prepareResults(settings({ artifactsDir: untouched }), new Deadline(systemClock, 60))
    expect(fs.existsSync(untouched)).toBe(false)
  })
})

describe('outputs-artifact', () => {
  const outputs = (text: string, extra: Record<string, string> = {}) => ({
    artifacts: [{ name: 'outputs', files: { 'outputs.json': text, ...extra } }]
  })

  it('is the JSON object the run published', async () => {
    const { results } = await collect(
      outputs('{"version": "1.2.3", "nested": {"a": [1, 2]}}'),
      settings({ outputsArtifact: 'outputs' })
    )
    expect(results.failure).toBeUndefined()
    expect(resultsOutputs(results)['run-outputs']).toBe('{"version":"1.2.3","nested":{"a":[1,2]}}')
  })

  it.each([
    ['not JSON', '{"version": 1.2.3}', 'does not hold valid JSON'],
    ['an array', '["1.2.3"]', 'holds JSON an array, not an object'],
    ['null', 'null', 'holds JSON null, not an object'],
    ['a string', '"1.2.3"', 'holds JSON string, not an object']
  ])('refuses %s in one sentence', async (_, text, reason) => {
    const { results, runId } = await collect(
      outputs(text),
      settings({ outputsArtifact: 'outputs' })
    )
    expect(results.failure).toMatch(
      new RegExp(`^The outputs artifact "outputs" of run ${runId} ${reason}[^.]*[.]`)
    )
    expect(results.runOutputs).toBeUndefined()
  })

  it('refuses more than 1 MiB and more than one file', async () => {
    const big = `{"blob": "${'x'.repeat(1024 * 1024)}"}`
    const large = await collect(outputs(big), settings({ outputsArtifact: 'outputs' }))
    expect(large.results.failure).toBe(
      `The outputs artifact "outputs" of run ${large.runId} holds more than 1048576 bytes (1 MiB), the most run-outputs takes.`
    )
    const two = await collect(
      outputs('{}', { 'other.json': '{}' }),
      settings({ outputsArtifact: 'outputs' })
    )
    expect(two.results.failure).toBe(
      `The outputs artifact "outputs" of run ${two.runId} must hold exactly one JSON file; it holds 2 files.`
    )
  })

  it('says when the run has no such artifact', async () => {
    const { results, runId } = await collect({}, settings({ outputsArtifact: 'outputs' }))
    expect(results.failure).toBe(
      `Run ${runId} has no artifact named "outputs" (input 'outputs-artifact'): the child workflow must upload its outputs file under that name with actions/upload-artifact.`
    )
  })

  it('fails on an expired outputs artifact', async () => {
    const { results } = await collect(
      { artifacts: [{ name: 'outputs', expired: true }] },
      settings({ outputsArtifact: 'outputs' })
    )
    expect(results.failure).toMatch(/^Artifact "outputs" of run \d+ expired on /)
  })
})

describe('why it failed', () => {
  const HOSTILE = '::error::injected <img src=x onerror=alert(1)> | `x` ##[warning]legacy'

  it('reads the failed jobs annotations only when the conclusion was refused', async () => {
    const spec: RunSpec = {
      jobs: [
        {
          name: 'test',
          conclusion: 'failure',
          annotations: [{ path: 'a.ts', startLine: 2, title: 'T', message: 'boom' }]
        },
        { name: 'ok', annotations: [{ message: 'not failed: never read' }] }
      ]
    }
    const accepted = await collect(spec, settings())
    expect(accepted.results.annotations).toBeUndefined()
    const refused = await collect(spec, settings(), { refused: true })
    expect(refused.results.annotations).toEqual([
      expect.objectContaining({
        runId: refused.runId,
        job: 'test',
        level: 'failure',
        path: 'a.ts',
        startLine: 2,
        endLine: 2,
        title: 'T',
        message: 'boom'
      })
    ])
  })

  it('shows at most 50, and says more were left out', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ message: `problem ${i}` }))
    sim.clearRequests()
    const { results } = await collect(
      {
        jobs: [
          { name: 'a', conclusion: 'failure', annotations: many },
          { name: 'b', conclusion: 'failure', annotations: many },
          { name: 'c', conclusion: 'failure', annotations: many }
        ]
      },
      settings(),
      { refused: true }
    )
    expect(results.annotations).toHaveLength(50)
    // Once 50 are read, the third job's are not asked for.
    const asked = sim.requests.filter(entry => entry.path.endsWith('/annotations'))
    expect(asked.map(entry => entry.query['per_page'])).toEqual(['51', '11'])
    expect(results.moreAnnotations).toBe(true)
    expect(resultsSummary(results).join('\n')).toContain(
      '_Only the first 50 annotations are shown._'
    )
  })

  it('escapes every field in the summary and prints none of them to the log', async () => {
    const info = jest.spyOn(process.stdout, 'write')
    const { results } = await collect(
      {
        jobs: [
          {
            name: 'test <b>',
            conclusion: 'failure',
            annotations: [{ path: 'src/`x`.ts', startLine: 1, title: HOSTILE, message: HOSTILE }]
          }
        ]
      },
      settings(),
      { refused: true }
    )
    const summary = resultsSummary(results).join('\n\n')
    const rendered = renderedOutsideCode(summary).join('\n')
    expect(rendered).not.toMatch(/<img|<b>|\| `x`|`x`/)
    expect(rendered).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;')
    const printed = info.mock.calls.map(call => String(call[0])).join('')
    expect(printed).not.toContain('injected')
    const output = JSON.parse(resultsOutputs(results)['annotations'] ?? '') as Array<{
      message: string
    }>
    expect(output[0]?.message).toBe(HOSTILE)
  })

  it('warns, and does not fail, when the annotations cannot be read', async () => {
    const warned = warnings()
    sim.addFault({
      kind: 'status',
      status: 403,
      path: '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations'
    })
    const { results } = await collect(
      { jobs: [{ name: 'test', conclusion: 'failure' }] },
      settings(),
      { refused: true }
    )
    expect(results.failure).toBeUndefined()
    expect(results.annotations).toEqual([])
    expect(warned()).toEqual([
      expect.stringMatching(/^Could not read the annotations of job "test" \(\d+\) of run \d+: /)
    ])
  })
})
