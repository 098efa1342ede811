import { spawnSync } from 'node:child_process'
import { startSimulator } from './test-support/simulator/index.js'
const sim = await startSimulator({ flavour: 'github.com' })
const runId = sim.addRun({ completed: true, logArchiveBytes: 256 * 1024 * 1024, jobs: [{ name: 'build', conclusion: 'failure' }] })
const { spawn } = await import('node:child_process')
for (const phase of ['download', 'extract']) {
  const child = spawn('node', [...(process.env.NO ? process.env.NO.split(' ') : []), '/tmp/memprobe/probe.cjs', phase, sim.apiUrl, sim.tokens.githubToken, String(runId)], { stdio: 'inherit' })
  await new Promise(r => child.on('close', r))
}
void spawnSync
await sim.close()
