import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { cleanUp, runAction, type ActionRunResult } from '../../test-support/e2e.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'
import { renderedOutsideCode } from '../logs/markdown.js'
import { commandsExecuted } from '../logs/runner-emulator.js'

const HOSTILE_LINES = [
  'FAIL src/app.test.ts',
  '::add-mask::injected-mask',
  '::error::injected-error',
  '::stop-commands::injected-token',
  '::injected-token::',
  '::warning::injected-after-resume',
  '```',
  '</details><img src=x onerror=alert(1)>'
]

const failingRun = {
  completed: true,
  jobs: [
    {
      name: 'build',
      conclusion: 'failure' as const,
      steps: [
        { name: 'Set up job' },
        { name: 'Run tests', conclusion: 'failure' as const, log: HOSTILE_LINES },
        { name: 'Complete job' }
      ]
    },
    { name: 'lint' }
  ]
}

/** Commands the runner would execute from the output, other than our own masks and groups. */
function injected(result: ActionRunResult) {
  return commandsExecuted(result.stdout).filter(command =>
    /injected/.test(command.name + command.data)
  )
}

describe.each(['github.com', 'ghes-3.21'] as const)(
  'fetch-logs through dist/index.js on %s',
  flavour => {
    let sim: Simulator
    const results: ActionRunResult[] = []
    beforeAll(async () => {
      sim = await startSimulator({ flavour })
    })
    afterAll(async () => {
      await sim.close()
      await Promise.all(results.map(cleanUp))
    })

    const run = async (inputs: Record<string, string>) => {
      const result = await runAction(
        { operation: 'fetch-logs', ...inputs },
        { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }
      )
      results.push(result)
      return result
    }

    it('extracts the failed job, echoes its failed step inertly and summarises it', async () => {
      const runId = sim.addRun(failingRun)
      sim.clearRequests()
      const result = await run({ 'run-id': String(runId) })

      expect(result.exitCode).toBe(0)
      const logDir = path.join(result.runnerTemp, 'runctl-logs', String(runId))
      expect(result.outputs['log-dir']).toBe(logDir)
      const files = JSON.parse(result.outputs['files'] as string) as string[]
      expect(files).toEqual([
        path.join(logDir, '0_build.txt'),
        path.join(logDir, 'build', '1_Set up job.txt'),
        path.join(logDir, 'build', '2_Run tests.txt'),
        path.join(logDir, 'build', '3_Complete job.txt')
      ])
      for (const file of files) expect(fs.existsSync(file)).toBe(true)
      const failedJobs = JSON.parse(result.outputs['failed-jobs'] as string)
      expect(failedJobs).toMatchObject([{ name: 'build', failed_steps: ['Run tests'] }])
      // Every hostile line was printed, and none of them would be executed by the runner.
      for (const line of HOSTILE_LINES) expect(result.stdout).toContain(line)
      expect(injected(result)).toEqual([])
      expect(result.summary).toContain('<details><summary>Run tests: last')
      // The log's "</details><img …>" line stays inside the code block.
      expect(renderedOutsideCode(result.summary).join('\n')).not.toContain('<img')
      // The signed link went to the blob host without the token.
      const blob = sim.requests.filter(request => request.host === 'blob')
      expect(blob).toHaveLength(1)
      expect(blob.every(request => !request.headers.authorization)).toBe(true)
      // The token and the signed URL appear only where they are masked.
      const secretLines = result.stdout
        .split('\n')
        .filter(line => line.includes(sim.tokens.githubToken) || line.includes('sig='))
      expect(secretLines.every(line => line.startsWith('::add-mask::'))).toBe(true)
    })

    it('asks for a fresh link once when the blob host fails the first', async () => {
      const runId = sim.addRun(failingRun)
      sim.addFault({ host: 'blob', path: /logs\.zip$/, kind: 'status', status: 503, times: 1 })
      sim.clearRequests()
      const result = await run({ 'run-id': String(runId) })

      expect(result.exitCode).toBe(0)
      const logRequests = sim.requests.filter(request =>
        request.path.endsWith(`/runs/${runId}/logs`)
      )
      expect(logRequests.map(request => request.status)).toEqual([302, 302])
      expect(JSON.parse(result.outputs['files'] as string)).toHaveLength(4)
    })

    it('tries the job logs when the archive is gone, then fails in one sentence unless told to warn', async () => {
      const runId = sim.addRun({ ...failingRun, logsExpired: 410 })
      const sentence = `No logs of run ${runId} could be fetched (GitHub answered 410 for its log archive and its selected job's log): they expired after the repository's retention period, were deleted, or the token cannot read them (GitHub answers 404 for all three; the token needs 'actions: read' on this repository); set 'if-no-logs-found: warn' to only warn.`

      const strict = await run({ 'run-id': String(runId) })
      expect(strict.exitCode).toBe(1)
      expect(strict.stdout).toContain(`::error::${sentence}`)
      const jobLogRequests = sim.requests.filter(request => /\/jobs\/\d+\/logs$/.test(request.path))
      expect(jobLogRequests.map(request => request.status)).toContain(410)

      const lenient = await run({ 'run-id': String(runId), 'if-no-logs-found': 'warn' })
      expect(lenient.exitCode).toBe(0)
      expect(lenient.stdout).toContain(`::warning::${sentence}`)
    })

    it('fetches a failed job of a run still in progress from the per-job endpoint', async () => {
      const runId = sim.addRun({
        queuedMs: 0,
        jobs: [
          { name: 'unit', conclusion: 'failure', durationMs: 100 },
          { name: 'slow e2e', durationMs: 120_000 }
        ]
      })
      // Give the short job time to fail while the long one keeps the run in progress.
      await new Promise(resolve => setTimeout(resolve, 1000))
      const result = await run({ 'run-id': String(runId) })

      expect(result.exitCode).toBe(0)
      const logDir = path.join(result.runnerTemp, 'runctl-logs', String(runId))
      const files = JSON.parse(result.outputs['files'] as string) as string[]
      expect(files).toHaveLength(1)
      expect(path.dirname(files[0] as string)).toBe(logDir)
      expect(path.basename(files[0] as string)).toMatch(/^job-\d+-unit\.txt$/)
      expect(result.summary).toContain('unit')
    })
  }
)

/** Peak RSS of an idle node (the Node the action runs on), as its kernel counts it, in KiB. */
function idlePeakRssKiB(): number {
  const node = process.env['RUNCTL_E2E_NODE'] || process.execPath
  const script =
    "process.stdout.write(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1])"
  const peaks = [1, 2, 3].map(() => Number(spawnSync(node, ['-e', script]).stdout.toString()))
  return Math.max(...peaks)
}

/** Peak RSS of fetch-logs above an idle `node -e 0`, in MiB: the one number README and docs state. */
const MEMORY_BOUND_MIB = 64

describe('fetch-logs memory', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ flavour: 'github.com' })
  })
  afterAll(async () => {
    await sim.close()
  })

  it(`fetches a 256 MiB archive within ${MEMORY_BOUND_MIB} MiB of peak RSS above an idle node`, async () => {
    const archiveBytes = 256 * 1024 * 1024
    const runId = sim.addRun({ ...failingRun, logArchiveBytes: archiveBytes })
    const result = await runAction(
      // Every job, as unzip would: the whole archive is extracted.
      {
        operation: 'fetch-logs',
        'run-id': String(runId),
        'failed-only': 'false',
        'max-log-bytes': String(4 * 1024 * 1024 * 1024)
      },
      {
        apiUrl: sim.apiUrl,
        token: sim.tokens.githubToken,
        measureMemory: true,
        timeoutMs: 240_000
      }
    )
    try {
      expect(result.exitCode).toBe(0)
      const files = JSON.parse(result.outputs['files'] as string) as string[]
      const extracted = files.reduce((sum, file) => sum + fs.statSync(file).size, 0)
      // The archive really was that large and GitHub-shaped: hundreds of deflated step logs,
      // inflating about 4.5×, were extracted to disk.
      expect(files.length).toBeGreaterThan(200)
      expect(extracted).toBeGreaterThan(archiveBytes * 4)
      expect(result.peakRssKiB).toBeDefined()
      console.info(
        `fetch-logs of a ${archiveBytes} byte archive: peak RSS ${result.peakRssKiB} KiB (${((result.peakRssKiB ?? 0) / 1024).toFixed(1)} MiB)`
      )
      // The bound docs/ and the README state, asserted as stated (npm run bench measures it
      // too, beside curl + unzip; see docs/performance.md for the figures).
      const idle = idlePeakRssKiB()
      expect(result.peakRssKiB).toBeLessThan(idle + MEMORY_BOUND_MIB * 1024)
    } finally {
      await cleanUp(result)
    }
  }, 300_000)
})
