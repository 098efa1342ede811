import { cleanUp, runAction } from './test-support/e2e.js'
import { startSimulator } from './test-support/simulator/index.js'
const sim = await startSimulator({ flavour: 'github.com' })
for (const bytes of [0, 256 * 1024 * 1024]) {
  const runId = sim.addRun({ completed: true, ...(bytes ? { logArchiveBytes: bytes } : {}), jobs: [{ name: 'build', conclusion: 'failure' }] })
  const r = await runAction({ operation: 'fetch-logs', 'run-id': String(runId) }, { apiUrl: sim.apiUrl, token: sim.tokens.githubToken, measureMemory: true, timeoutMs: 240000, env: { NODE_OPTIONS: process.env.PROBE_NODE_OPTIONS ?? '' } })
  console.log(bytes, 'exit', r.exitCode, 'peak KiB', r.peakRssKiB)
  await cleanUp(r)
}
await sim.close()
