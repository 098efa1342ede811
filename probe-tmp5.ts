import { startSimulator } from './test-support/simulator/index.js'
import { spawn } from 'node:child_process'
const sim = await startSimulator({ flavour: 'github.com' })
const runId = sim.addRun({ completed: true, logArchiveBytes: 256 * 1024 * 1024, jobs: [{ name: 'build', conclusion: 'failure' }] })
for (const mode of ['plain', '--max-semi-space-size=1', '--semi-space-growth-factor=1', '--no-concurrent-array-buffer-sweeping', '--external-memory-accounted-in-global-limit']) {
  const res = await fetch(`${sim.apiUrl}/repos/octo/demo/actions/runs/${runId}/logs`, { redirect: 'manual', headers: { authorization: `Bearer ${sim.tokens.githubToken}`, 'user-agent': 'runctl/1' } })
  const loc = res.headers.get('location')!
  const child = spawn('node', ['/tmp/memprobe/probe4.cjs', mode, loc], { stdio: 'inherit' })
  await new Promise(r => child.on('close', r))
}
await sim.close()
