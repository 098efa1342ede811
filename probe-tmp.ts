import { cleanUp, runAction } from './test-support/e2e.js'
import { startSimulator } from './test-support/simulator/index.js'
const sim = await startSimulator({ flavour: 'github.com' })
for (const [label, jobs] of [
  ['download+extract', [{ name: 'build', conclusion: 'failure' }, { name: 'lint' }]],
  ['download only', [{ name: 'build' }, { name: 'lint', conclusion: 'failure' }]]
] as const) {
  for (let i = 0; i < 2; i++) {
    const runId = sim.addRun({ completed: true, logArchiveBytes: 256 * 1024 * 1024, jobs: jobs as never })
    const r = await runAction({ operation: 'fetch-logs', 'run-id': String(runId) }, { apiUrl: sim.apiUrl, token: sim.tokens.githubToken, measureMemory: true, timeoutMs: 240000, env: { NODE_OPTIONS: process.env.PROBE_NODE_OPTIONS ?? '' } })
    console.log(label, 'exit', r.exitCode, 'peak KiB', r.peakRssKiB, JSON.parse(r.outputs.files!).length)
    await cleanUp(r)
  }
}
await sim.close()
