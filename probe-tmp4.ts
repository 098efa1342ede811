import * as fs from 'node:fs'
import { fetch as undiciFetch } from 'undici'
import * as http from 'node:http'

async function main() {
  const [mode, url] = process.argv.slice(2)
  const mb = (n: number) => Math.round(n / 1048576)
  const show = (tag: string) => { const m = process.memoryUsage(); console.log(mode, tag, 'rss', mb(m.rss), 'ab', mb(m.arrayBuffers)) }
  show('start')
  if (mode === 'fs') { const f = await fs.promises.open('/tmp/memprobe/x', 'w'); await f.write(Buffer.alloc(10)); await f.close(); show('after fs'); return }
  if (mode === 'http') {
    const res = await new Promise<http.IncomingMessage>(r => http.get(url!, r)); show('headers')
    let n = 0; for await (const c of res) { n += (c as Buffer).length; if (n < 70000) show('first') }
    show('end'); return
  }
  const res = await undiciFetch(url!); show('headers')
  let n = 0
  for await (const c of res.body as unknown as AsyncIterable<Uint8Array>) { n += c.length; if (n < 140000) show('first') }
  show('end')
}
void main()
