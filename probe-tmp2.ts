import * as fs from 'node:fs'
import { createGitHubClient } from './src/github/client.js'
import { downloadLog } from './src/logs/download.js'
import { extractEntries, listArchive } from './src/logs/extract.js'
import { ByteBudget } from './src/logs/limits.js'

async function main() {
  const [phase, apiUrl, token, runId] = process.argv.slice(2)
  const rss = () => Math.round(process.resourceUsage().maxRSS / 1024)
  const zip = '/tmp/memprobe/logs.zip'
  console.log('start', rss())
  if (phase === 'download') {
    const client = createGitHubClient({ token: token!, baseUrl: apiUrl!, apiVersion: '2022-11-28', owner: 'octo', repo: 'demo' })
    await downloadLog(client, { runId: Number(runId) }, zip, { onBytes: () => {}, label: 'x' })
    console.log('after download', rss())
  } else {
    fs.rmSync('/tmp/memprobe/out', { recursive: true, force: true }); fs.mkdirSync('/tmp/memprobe/out')
    const limits = { maxBytes: 1 << 30, maxEntries: 10000, maxRatio: 200 }
    const timer = setInterval(() => { const m = process.memoryUsage(); console.log('rss', Math.round(m.rss/1048576), 'heap', Math.round(m.heapUsed/1048576), '/', Math.round(m.heapTotal/1048576), 'ab', Math.round(m.arrayBuffers/1048576), 'ext', Math.round(m.external/1048576)) }, 200)
    const listing = await listArchive(zip, limits, 'x')
    await extractEntries(zip, listing.entries, '/tmp/memprobe/out', limits, new ByteBudget(1 << 30, 'x'), 'x')
    clearInterval(timer)
    console.log('after extract', rss())
  }
}
void main()
