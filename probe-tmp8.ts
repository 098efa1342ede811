import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import { runnerEnvironment } from './test-support/e2e.js'
import { startSimulator } from './test-support/simulator/index.js'
const sim = await startSimulator({ flavour: 'github.com' })
for (let i = 0; i < 3; i++) {
const runId = sim.addRun({ completed: true, logArchiveBytes: 256 * 1024 * 1024, jobs: [{ name: 'build', conclusion: 'failure' }, { name: 'lint' }] })
fs.rmSync('/tmp/memprobe/rt', { recursive: true, force: true }); fs.mkdirSync('/tmp/memprobe/rt/temp', { recursive: true })
const env = runnerEnvironment({ operation: 'fetch-logs', 'run-id': String(runId) }, { apiUrl: sim.apiUrl, token: sim.tokens.githubToken }, { output: '/tmp/memprobe/rt/out', summary: '/tmp/memprobe/rt/sum', temp: '/tmp/memprobe/rt/temp' })
fs.writeFileSync('/tmp/memprobe/rt/out', ''); fs.writeFileSync('/tmp/memprobe/rt/sum', '')
const t0 = Date.now()
const child = spawn('node', ['dist/index.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] })
const events: string[] = []
child.stdout.on('data', d => events.push(`${Date.now() - t0}ms stdout ${String(d).slice(0, 50).replace(/\n/g, ' ')}`))
let peak = 0, hwm = 0, lastPrinted = 0
const timer = setInterval(() => {
  try {
    const s = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')
    const rss = Number(/VmRSS:\s+(\d+)/.exec(s)?.[1]) / 1024; hwm = Number(/VmHWM:\s+(\d+)/.exec(s)?.[1]) / 1024
    if (rss > peak) peak = rss
    if (rss > lastPrinted + 5 || rss < lastPrinted - 5) { lastPrinted = rss; events.push(`${Date.now() - t0}ms rss ${rss.toFixed(0)}`) }
  } catch {}
}, 5)
await new Promise(r => child.on('close', r))
clearInterval(timer)
console.log(events.join('\n'), '\nHWM', hwm.toFixed(1), 'sampled peak', peak.toFixed(1), '\n----')
}
await sim.close()
