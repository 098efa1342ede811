import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { cleanUp, runAction, type ActionRunResult } from '../../test-support/e2e.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m
const UNAVAILABLE = 'billable time not available from this server'

describe.each(['github.com', 'ghes-3.21'] as const)(
  'report-usage via dist/index.js on %s',
  flavour => {
    let sim: Simulator
    const results: ActionRunResult[] = []
    beforeAll(async () => {
      sim = await startSimulator({ flavour })
    })
    afterAll(async () => {
      await Promise.all(results.map(cleanUp))
      await sim.close()
    })

    async function run(inputs: Record<string, string>, currentRunId?: number) {
      const result = await runAction(inputs, {
        apiUrl: sim.apiUrl,
        token: sim.tokens.githubToken,
        currentRunId,
        timeoutMs: 120_000
      })
      results.push(result)
      expect(result.stdout).not.toMatch(STACK_LINE)
      expect(result.stderr).not.toMatch(STACK_LINE)
      return result
    }

    const apiRequests = () => sim.requests.filter(request => request.host === 'api')

    it('reports on the current run while it is in progress, including its own job', async () => {
      const runId = sim.addRun({
        queuedMs: 50,
        jobs: [
          { name: 'build: <b>linux</b> #1', durationMs: 100 },
          // The job running the report: still in progress when it reads the run.
          { name: 'usage', needs: ['build: <b>linux</b> #1'], durationMs: 600_000 }
        ]
      })
      // Let build finish and usage start.
      await new Promise(resolve => setTimeout(resolve, 800))
      sim.clearRequests()
      const result = await run({ operation: 'report-usage' }, runId)
      expect(result.exitCode).toBe(0)
      expect(result.outputs).toMatchObject({ 'run-id': String(runId), status: 'in_progress' })
      expect(Number(result.outputs['run-duration-ms'])).toBeGreaterThan(0)
      expect(Number(result.outputs['total-job-ms'])).toBeGreaterThan(0)

      const file = result.outputs['usage-file'] ?? ''
      expect(file.startsWith(result.runnerTemp)).toBe(true)
      expect(existsSync(file)).toBe(true)
      const report = JSON.parse(readFileSync(file, 'utf8'))
      expect(report.totals.inProgress).toBe(true)
      const own = report.jobs.find((job: { name: string }) => job.name === 'usage')
      expect(own).toMatchObject({ state: 'running' })
      expect(own.steps.length).toBeGreaterThan(0)

      const summary = result.summary
      expect(summary).toContain(`## 📊 Usage of run ${runId} (all attempts)`)
      expect(summary).toContain(
        'The run is still in progress: unfinished jobs show their time so far.'
      )
      expect(summary).toContain('⏳ running')
      expect(summary).toContain('```mermaid\ngantt\n')
      // The chart label keeps letters, digits and plain punctuation only.
      expect(summary).toContain('    ✅ build b linux /b 1 :done')
      expect(summary).not.toContain('<b>')
      if (flavour === 'github.com') {
        expect(result.outputs['billable-ms']).toMatch(/^\d+$/)
        expect(summary).not.toContain(UNAVAILABLE)
      } else {
        // GHES 3.21's description has no timing endpoint: not asked, said once, never a failure.
        expect(result.outputs['billable-ms']).toBe('')
        expect(summary).toContain(`| Billable time | ${UNAVAILABLE} |`)
        expect(apiRequests().filter(request => request.path.endsWith('/timing'))).toEqual([])
      }
      expect(apiRequests()).toHaveLength(flavour === 'github.com' ? 3 : 2)
    })

    it('reports a 1,000-job run in at most ceil(jobs/100) + 2 requests', async () => {
      const jobs = Array.from({ length: 1000 }, (_, index) => ({
        name: `shard ${index + 1}: "matrix" #${index + 1}`,
        durationMs: 50 + ((index * 37) % 500)
      }))
      const runId = sim.addRun({ completed: true, jobs })
      sim.clearRequests()
      const started = Date.now()
      const result = await run({ operation: 'report-usage', 'run-id': String(runId) })
      const elapsedMs = Date.now() - started
      expect(result.exitCode).toBe(0)
      const requests = apiRequests()
      expect(requests.length).toBeLessThanOrEqual(Math.ceil(1000 / 100) + 2)
      expect(requests.filter(request => request.path.endsWith('/jobs'))).toHaveLength(10)
      const report = JSON.parse(readFileSync(result.outputs['usage-file'] ?? '', 'utf8'))
      expect(report.jobs).toHaveLength(1000)
      expect(report.requests).toBe(requests.length)
      expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024)
      const chart = /```mermaid\n([\s\S]*?)\n```/.exec(result.summary)?.[1] ?? ''
      expect(chart.length).toBeLessThan(50_000)
      expect(result.summary).toContain('Charted the 50 slowest of 1,000 started jobs')
      expect(JSON.parse(result.outputs['usage'] ?? '{}').truncated).toBe(true)
      console.log(
        `${flavour}: 1,000-job run reported with ${requests.length} requests in ${elapsedMs} ms`
      )
    })

    it('reports across runs of a workflow and counts its requests', async () => {
      for (const conclusion of ['success', 'failure', 'success'] as const) {
        sim.addRun({
          workflow: 'nightly.yml',
          completed: true,
          jobs: [
            { name: 'build', durationMs: 200 },
            { name: 'test', needs: ['build'], conclusion, durationMs: 300 }
          ]
        })
      }
      sim.clearRequests()
      const result = await run({
        operation: 'report-usage',
        workflow: 'nightly.yml',
        'max-runs': '10'
      })
      expect(result.exitCode).toBe(0)
      const usage = JSON.parse(result.outputs['usage'] ?? '{}')
      expect(usage.totals).toMatchObject({ runs: 3, completedRuns: 3, failedRuns: 1 })
      expect(usage.durationMs.p50).toBeGreaterThan(0)
      expect(usage.requests).toBe(apiRequests().length)
      expect(apiRequests()).toHaveLength(1 + 3)
      expect(result.outputs['billable-ms']).toBe('')
      expect(result.summary).toContain('| Failure rate | 33.3% (1 of 3 completed runs failed) |')
      expect(result.summary).toContain(`_${apiRequests().length} API requests._`)
    })
  }
)

describe('report-usage via dist/index.js on an old GHES (jobs without created_at)', () => {
  let sim: Simulator
  let result: ActionRunResult | undefined
  beforeAll(async () => {
    sim = await startSimulator({ flavour: 'ghes-legacy' })
  })
  afterAll(async () => {
    if (result) await cleanUp(result)
    await sim.close()
  })

  it('shows queue time as n/a and still reports durations', async () => {
    const runId = sim.addRun({ completed: true, jobs: [{ name: 'build', durationMs: 200 }] })
    result = await runAction(
      { operation: 'report-usage', 'run-id': String(runId) },
      { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }
    )
    expect(result.exitCode).toBe(0)
    const report = JSON.parse(readFileSync(result.outputs['usage-file'] ?? '', 'utf8'))
    expect(report.jobs[0]).toMatchObject({ createdAt: null, queueMs: null })
    expect(report.jobs[0].runMs).toBeGreaterThan(0)
    expect(result.summary).toContain(`| Billable time | ${UNAVAILABLE} |`)
  })
})
