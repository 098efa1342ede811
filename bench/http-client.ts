/**
 * The measurement behind src/logs/http-get.ts (docs/performance.md, "Why a hand-written log
 * client"): the same prepared file, served at full speed from this process, downloaded to disk
 * by each candidate in its own Node 24 process (bundled with esbuild, as ncc bundles the
 * action), with wall time and peak RSS, beside `node -e 0` and curl.
 *
 *   npx tsx bench/http-client.ts [file] [--trials 3]
 *
 * Default file: the prepared 200 MB job log of `npm run bench` (its cache folder).
 */
import { execFileSync } from 'node:child_process'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { cacheDir, node24 } from './heavy.js'
import { measureCommand, repeat } from './support.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Each candidate: a module body that downloads process.argv[2] to process.argv[3]. */
const CANDIDATES: Record<string, string> = {
  'hand-written (src/logs/http-get.ts)': `
    import { getToFile } from ${JSON.stringify(path.join(ROOT, 'src/logs/http-get.ts'))}
    await getToFile(process.argv[2], process.argv[3], { onBytes: () => undefined })`,
  'undici.request, body iterated, writeSync': `
    import { request } from 'undici'
    import * as fs from 'node:fs'
    const { statusCode, body } = await request(process.argv[2])
    if (statusCode !== 200) throw new Error(String(statusCode))
    const fd = fs.openSync(process.argv[3], 'w')
    for await (const chunk of body) fs.writeSync(fd, chunk)
    fs.closeSync(fd)`,
  'undici.stream into a writeSync Writable': `
    import { stream } from 'undici'
    import * as fs from 'node:fs'
    import { Writable } from 'node:stream'
    const fd = fs.openSync(process.argv[3], 'w')
    await stream(process.argv[2], { method: 'GET' }, () => new Writable({
      write(chunk, _encoding, done) { fs.writeSync(fd, chunk); done() }
    }))
    fs.closeSync(fd)`,
  'undici.fetch, reader loop, writeSync': `
    import { fetch } from 'undici'
    import * as fs from 'node:fs'
    const response = await fetch(process.argv[2])
    const fd = fs.openSync(process.argv[3], 'w')
    const reader = response.body.getReader()
    for (;;) { const { done, value } = await reader.read(); if (done) break; fs.writeSync(fd, value) }
    fs.closeSync(fd)`,
  'node:http get, pipeline to a file stream': `
    import * as http from 'node:http'
    import * as fs from 'node:fs'
    import { pipeline } from 'node:stream/promises'
    const response = await new Promise(resolve => http.get(process.argv[2], resolve))
    await pipeline(response, fs.createWriteStream(process.argv[3]))`
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { trials: { type: 'string' } }
  })
  const trials = Number(values.trials ?? 3)
  const file = positionals[0] ?? path.join(cacheDir(), 'job-log-200000000.txt')
  if (!existsSync(file)) throw new Error(`${file} does not exist: run npm run bench once.`)
  const node = node24() ?? process.execPath
  const version = execFileSync(node, ['-v'], { encoding: 'utf8' }).trim()
  const size = statSync(file).size
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-length': String(size) })
    createReadStream(file, { highWaterMark: 1024 * 1024 }).pipe(response)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/log`
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'runctl-http-client-'))
  const esbuild = path.join(ROOT, 'node_modules', '.bin', 'esbuild')
  const rows: string[] = []
  try {
    const idle = await repeat(trials, () => measureCommand(node, ['-e', '0']))
    const target = path.join(scratch, 'out.bin')
    const curl = await repeat(trials, () => measureCommand('curl', ['-sS', '-o', target, url]))
    rows.push(`| curl -o file | ${curl.seconds.toFixed(3)} | ${curl.peakRssMiB.toFixed(1)} | |`)
    for (const [name, body] of Object.entries(CANDIDATES)) {
      const source = path.join(scratch, 'entry.ts')
      const bundle = path.join(scratch, 'entry.cjs')
      // CommonJS (as ncc emits for undici): the awaits go inside an async main.
      const lines = body
        .trim()
        .split('\n')
        .map(line => line.trim())
      const imports = lines.filter(line => line.startsWith('import '))
      const statements = lines.filter(line => !line.startsWith('import '))
      await writeFile(
        source,
        `${imports.join('\n')}\nconst main = async () => {\n${statements.join('\n')}\n}\n` +
          'main().catch(error => { console.error(error); process.exit(1) })\n'
      )
      execFileSync(
        esbuild,
        [
          source,
          '--bundle',
          '--platform=node',
          '--format=cjs',
          `--outfile=${bundle}`,
          '--log-level=error'
        ],
        { env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } }
      )
      const measured = await repeat(trials, async () => {
        const one = await measureCommand(node, [bundle, url, target])
        if (one.exitCode !== 0 || statSync(target).size !== size) {
          throw new Error(`${name} failed: ${one.stderr}`)
        }
        return one
      })
      rows.push(
        `| ${name} | ${measured.seconds.toFixed(3)} | ${measured.peakRssMiB.toFixed(1)} | ${(measured.peakRssMiB - idle.peakRssMiB).toFixed(1)} |`
      )
    }
    console.log(
      `Downloading ${size} bytes from 127.0.0.1 to a file on ${version} (median of ${trials}; ` +
        `peak RSS the largest; node -e 0: ${idle.peakRssMiB.toFixed(1)} MiB; load ${os
          .loadavg()
          .map(value => value.toFixed(2))
          .join(' ')}):\n`
    )
    console.log('| client | time s | peak RSS MiB | over node -e 0 MiB |')
    console.log('| --- | --- | --- | --- |')
    console.log(rows.join('\n'))
  } finally {
    server.closeAllConnections()
    server.close()
    await rm(scratch, { recursive: true, force: true })
  }
}

await main()
