/**
 * The results of a run (issue 25) through dist/index.js on github.com and a GHES flavour: the
 * README's parent workflow (dispatch a child in another repository, wait, use run-outputs and a
 * downloaded file), several artifacts with a glob, a large one, an expired one, a hostile one,
 * all-runs folders, and the failed jobs' annotations, hostile text included.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { cleanUp, runAction, type ActionRunResult } from '../../test-support/e2e.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'
import { binaryIsh } from '../../test-support/simulator/artifacts.js'
import { commandsExecuted } from '../logs/runner-emulator.js'
import { renderedOutsideCode } from '../logs/markdown.js'

const HOSTILE = '::error::injected <img src=x onerror=alert(1)> | `x` ##[warning]injected-legacy'

interface ArtifactOutput {
  name: string
  id: number
  size: number
  path: string
  files: string[]
  run_id?: number
}

describe.each(['github.com', 'ghes-3.19'] as const)('results of a run on %s', flavour => {
  let sim: Simulator
  const results: ActionRunResult[] = []
  beforeAll(async () => {
    sim = await startSimulator({ flavour })
  })
  afterAll(async () => {
    await sim.close()
    await Promise.all(results.map(cleanUp))
  })

  const run = async (inputs: Record<string, string>, repository?: string) => {
    const result = await runAction(
      { 'poll-interval-seconds': '0.2', 'timeout-seconds': '60', ...inputs },
      { apiUrl: sim.apiUrl, token: sim.tokens.githubToken, ...(repository ? { repository } : {}) }
    )
    results.push(result)
    return result
  }

  it("runs the README's flow: dispatch a child in another repository, wait, use run-outputs and a file", async () => {
    sim.addWorkflow({
      repository: 'octo/builder',
      file: 'build.yml',
      runName: 'Build ${{ inputs.dispatch-id }}',
      inputs: { 'dispatch-id': { required: false } },
      jobs: [{ name: 'build', durationMs: 200 }],
      artifacts: [
        { name: 'dist', files: { 'app.tar.gz': 'the built app\n' } },
        { name: 'outputs', files: { 'outputs.json': '{"version": "1.2.3"}\n' } }
      ]
    })
    const result = await run({
      operation: 'dispatch',
      repository: 'octo/builder',
      workflow: 'build.yml',
      ref: 'main',
      'correlation-input': 'dispatch-id',
      wait: 'true',
      'download-artifacts': 'dist',
      'artifacts-dir': 'build',
      'outputs-artifact': 'outputs'
    })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    // The next step: fromJSON(steps.build.outputs.run-outputs).version and the file.
    const runOutputs = JSON.parse(result.outputs['run-outputs'] as string) as { version: string }
    expect(runOutputs.version).toBe('1.2.3')
    const [dist] = JSON.parse(result.outputs['artifacts'] as string) as ArtifactOutput[]
    expect(dist).toMatchObject({ name: 'dist', files: ['app.tar.gz'] })
    // artifacts-dir is resolved against the working directory, as the runner's workspace.
    expect(dist?.path).toBe(path.join(path.dirname(result.runnerTemp), 'build', 'dist'))
    expect(fs.readFileSync(path.join(dist?.path ?? '', 'app.tar.gz'), 'utf8')).toBe(
      'the built app\n'
    )
    expect(result.summary).toContain('### Artifacts')
    expect(result.summary).toContain('### Run outputs')
    // The zips came from the blob host, never with the token.
    const blobHits = sim.requests.filter(entry => entry.host === 'blob')
    expect(blobHits.length).toBeGreaterThanOrEqual(2)
    expect(blobHits.every(entry => !entry.headers.authorization)).toBe(true)
  })

  it('downloads the artifacts a glob picks, a large one included, leaving the others', async () => {
    const runId = sim.addRun({
      completed: true,
      artifacts: [
        { name: 'report-unit', files: { 'junit.xml': '<testsuite tests="3"/>' } },
        { name: 'report-e2e', smallFiles: 250 },
        { name: 'big', binaryBytes: 3 * 1024 * 1024 },
        { name: 'old', expired: true },
        { name: 'logs' }
      ]
    })
    const result = await run({
      operation: 'wait-for-run',
      'run-id': String(runId),
      'download-artifacts': 'report-*\nbig'
    })
    expect(result.exitCode).toBe(0)
    const artifacts = JSON.parse(result.outputs['artifacts'] as string) as ArtifactOutput[]
    expect(artifacts.map(a => a.name)).toEqual(['report-unit', 'report-e2e', 'big'])
    const root = path.join(result.runnerTemp, 'runctl-artifacts')
    expect(artifacts.map(a => a.path)).toEqual(artifacts.map(a => path.join(root, a.name)))
    expect(artifacts[1]?.files).toHaveLength(250)
    expect(artifacts[1]?.files).toContain('part-2/file-249.txt')
    const big = fs.readFileSync(path.join(root, 'big', 'data.bin'))
    expect(big.equals(binaryIsh(3 * 1024 * 1024))).toBe(true)
    expect(fs.readdirSync(root).sort()).toEqual(['big', 'report-e2e', 'report-unit'])
  })

  it('fails in one sentence naming an expired artifact and its expiry', async () => {
    const runId = sim.addRun({ completed: true, artifacts: [{ name: 'old', expired: true }] })
    const result = await run({
      operation: 'wait-for-run',
      'run-id': String(runId),
      'download-artifacts': 'old'
    })
    expect(result.exitCode).toBe(1)
    const errors = result.stdout.split('\n').filter(line => line.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      new RegExp(
        `^::error::Artifact "old" of run ${runId} expired on \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z and can no longer be downloaded`
      )
    )
  })

  it('refuses a hostile artifact whole: nothing inside or outside its folder is written', async () => {
    const runId = sim.addRun({
      completed: true,
      artifacts: [
        {
          name: 'evil',
          files: { 'fine.txt': 'ok', '../escape.txt': 'outside!' },
          symlinks: { 'link-to-passwd': '/etc/passwd' }
        }
      ]
    })
    const result = await run({
      operation: 'wait-for-run',
      'run-id': String(runId),
      'download-artifacts': 'evil'
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      `::error::Refused artifact "evil" of run ${runId}: entry "../escape.txt" is unsafe (invalid relative path), and 1 more; nothing of it was written.`
    )
    const root = path.join(result.runnerTemp, 'runctl-artifacts')
    expect(fs.existsSync(path.join(root, 'escape.txt'))).toBe(false)
    expect(fs.existsSync(path.join(root, 'evil', 'fine.txt'))).toBe(false)
    expect(fs.existsSync(path.join(result.runnerTemp, 'escape.txt'))).toBe(false)
  })

  /** The step failed with exactly one ::error:: line, and no stack anywhere: returns that line. */
  const oneError = (result: ActionRunResult): string => {
    expect(result.exitCode).toBe(1)
    const errors = result.stdout.split('\n').filter(line => line.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/)
    return (errors[0] as string).slice('::error::'.length)
  }

  it.each([
    ['not JSON', '{"version": 1.2.3}', 'does not hold valid JSON'],
    ['JSON that is not an object', '["1.2.3"]', 'holds JSON an array, not an object'],
    [
      'larger than 1 MiB',
      `{"blob": "${'x'.repeat(1024 * 1024)}"}`,
      'holds more than 1048576 bytes (1 MiB), the most run-outputs takes'
    ]
  ])('fails in one sentence on an outputs-artifact file %s', async (_, text, reason) => {
    const runId = sim.addRun({
      completed: true,
      artifacts: [{ name: 'outputs', files: { 'outputs.json': text } }]
    })
    const result = await run({
      operation: 'wait-for-run',
      'run-id': String(runId),
      'outputs-artifact': 'outputs'
    })
    expect(oneError(result)).toMatch(
      new RegExp(
        `^The outputs artifact "outputs" of run ${runId} ${reason.replace(/[()]/g, '\\$&')}[^\n]*[.]$`
      )
    )
    expect(result.outputs['run-outputs']).toBeUndefined()
  })

  it('stops at max-artifact-bytes in one sentence naming the artifact and the cap, keeping nothing of it', async () => {
    const runId = sim.addRun({
      completed: true,
      artifacts: [
        {
          name: 'bomb',
          // The headers claim 1 byte an entry; the data inflate to 400,000.
          files: Object.fromEntries(
            Array.from({ length: 4 }, (_, i) => [`part-${i}/f.txt`, `${i}`.repeat(100_000)])
          ),
          understateSizes: true
        }
      ]
    })
    const result = await run({
      operation: 'wait-for-run',
      'run-id': String(runId),
      'download-artifacts': 'bomb',
      'max-artifact-bytes': '250000'
    })
    expect(oneError(result)).toBe(
      `Artifact "bomb" of run ${runId} extracts to more than max-artifact-bytes allows (250000 bytes, 0 already written by earlier artifacts); nothing of it was kept.`
    )
    expect(fs.existsSync(path.join(result.runnerTemp, 'runctl-artifacts', 'bomb'))).toBe(false)
  })

  it.each([
    ['list', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', 'list the artifacts of run'],
    [
      'download',
      '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      'download artifact "dist" of run'
    ]
  ])(
    "names actions: read on the child's repository when GitHub refuses to %s artifacts (403)",
    async (_, route, what) => {
      const runId = sim.addRun({
        repository: 'octo/builder',
        completed: true,
        artifacts: [{ name: 'dist' }]
      })
      sim.addFault({ kind: 'status', status: 403, path: route })
      const result = await run({
        operation: 'wait-for-run',
        repository: 'octo/builder',
        'run-id': String(runId),
        'download-artifacts': 'dist'
      })
      expect(oneError(result)).toBe(
        `GitHub refused to ${what} ${runId} (403: Resource not accessible by integration): the token needs actions: read on octo/builder.`
      )
      expect(fs.existsSync(path.join(result.runnerTemp, 'runctl-artifacts', 'dist'))).toBe(false)
    }
  )

  it('warns about a glob that matches nothing, and fails on it with artifacts-required', async () => {
    const runId = sim.addRun({ completed: true, artifacts: [{ name: 'dist' }] })
    const warned = await run({
      operation: 'wait-for-run',
      'run-id': String(runId),
      'download-artifacts': 'dist, coverage'
    })
    expect(warned.exitCode).toBe(0)
    expect(warned.stdout).toContain(
      `::warning::No artifact of run ${runId} matches "coverage" in input 'download-artifacts' (found: "dist").`
    )
    const required = await run({
      operation: 'wait-for-run',
      'run-id': String(runId),
      'download-artifacts': 'dist, coverage',
      'artifacts-required': 'true'
    })
    expect(required.exitCode).toBe(1)
    expect(required.stdout).toContain(
      `::error::No artifact of run ${runId} matches "coverage" in input 'download-artifacts' (found: "dist").`
    )
    // Checked before any download.
    expect(fs.existsSync(path.join(required.runnerTemp, 'runctl-artifacts', 'dist'))).toBe(false)
  })

  it('puts each run of all-runs in a folder of its own', async () => {
    const sha = flavour === 'github.com' ? 'a1'.repeat(20) : 'b2'.repeat(20)
    const first = sim.addRun({ completed: true, headSha: sha, artifacts: [{ name: 'dist' }] })
    const second = sim.addRun({
      completed: true,
      headSha: sha,
      workflow: 'lint.yml',
      artifacts: [{ name: 'dist' }]
    })
    const result = await run({
      operation: 'wait-for-run',
      'all-runs': 'true',
      'head-sha': sha,
      'download-artifacts': 'dist'
    })
    expect(result.exitCode).toBe(0)
    const root = path.join(result.runnerTemp, 'runctl-artifacts')
    const artifacts = JSON.parse(result.outputs['artifacts'] as string) as ArtifactOutput[]
    expect(artifacts.map(a => [a.run_id, a.path]).sort()).toEqual(
      [first, second].sort().map(id => [id, path.join(root, String(id), 'dist')])
    )
    for (const id of [first, second]) {
      expect(fs.existsSync(path.join(root, String(id), 'dist', 'dist.txt'))).toBe(true)
    }
  })

  it('shows why a run failed from its annotations, escaped, and never as a workflow command', async () => {
    const runId = sim.addRun({
      completed: true,
      jobs: [
        {
          name: 'test',
          conclusion: 'failure',
          annotations: [
            { path: 'src/app.ts', startLine: 12, title: 'TS2322', message: HOSTILE },
            { path: 'src/b.ts', startLine: 3, endLine: 5, level: 'warning', message: 'unused' }
          ]
        },
        { name: 'lint' }
      ]
    })
    const result = await run({ operation: 'wait-for-run', 'run-id': String(runId) })
    expect(result.exitCode).toBe(1)
    const annotations = JSON.parse(result.outputs['annotations'] as string) as Array<{
      job: string
      level: string
      path: string
      start_line: number
      message: string
    }>
    expect(annotations).toEqual([
      expect.objectContaining({
        job: 'test',
        level: 'failure',
        path: 'src/app.ts',
        start_line: 12,
        title: 'TS2322',
        message: HOSTILE
      }),
      expect.objectContaining({ level: 'warning', path: 'src/b.ts', start_line: 3, end_line: 5 })
    ])
    expect(result.summary).toContain('### Why it failed')
    expect(result.summary).toContain('src/app.ts:12')
    expect(result.summary).toContain('src/b.ts:3-5')
    expect(renderedOutsideCode(result.summary).join('\n')).not.toMatch(/<img|\| `x`/)
    expect(commandsExecuted(result.stdout).filter(c => /injected/.test(c.name + c.data))).toEqual(
      []
    )
    expect(result.stdout).not.toContain('injected')
  })
})
