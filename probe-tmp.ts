import { cleanUp, runAction } from './test-support/e2e.js'
import { startSimulator } from './test-support/simulator/index.js'
const sim = await startSimulator({ flavour: 'github.com' })
for (const mode of ['gc', 'nogc', 'gc', 'nogc', 'gc', 'nogc', 'gc', 'nogc']) {
  const runId = sim.addRun({ completed: true, logArchiveBytes: 256 * 1024 * 1024, jobs: [{ name: 'build', conclusion: 'failure' }, { name: 'lint' }] })
  const r = await runAction({ operation: 'fetch-logs', 'run-id': String(runId) }, { apiUrl: sim.apiUrl, token: sim.tokens.githubToken, measureMemory: true, timeoutMs: 240000, env: mode === 'nogc' ? { PROBE_NO_GC: '1' } : {} })
  console.log(mode, 'exit', r.exitCode, 'peak MiB', ((r.peakRssKiB ?? 0) / 1024).toFixed(1))
  await cleanUp(r)
}
await sim.close()
