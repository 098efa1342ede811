import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import { runnerEnvironment } from './test-support/e2e.js'
import { startSimulator } from './test-support/simulator/index.js'
const sim = await startSimulator({ flavour: 'github.com' })
const runId = sim.addRun({ completed: true, logArchiveBytes: 256 * 1024 * 1024, jobs: [{ name: 'build', conclusion: 'failure' }, { name: 'lint' }] })
fs.rmSync('/tmp/memprobe/rt', { recursive: true, force: true }); fs.mkdirSync('/tmp/memprobe/rt/temp', { recursive: true })
const env = runnerEnvironment({ operation: 'fetch-logs', 'run-id': String(runId) }, { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }, { output: '/tmp/memprobe/rt/out', summary: '/tmp/memprobe/rt/sum', temp: '/tmp/memprobe/rt/temp' })
fs.writeFileSync('/tmp/memprobe/rt/out', ''); fs.writeFileSync('/tmp/memprobe/rt/sum', '')
const child = spawn('node', ['/tmp/memprobe/probe6.mjs'], { env, stdio: 'inherit' })
await new Promise(r => child.on('close', r))
await sim.close()
