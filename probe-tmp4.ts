import * as v8 from 'node:v8'
import * as vm from 'node:vm'
import { fetch as undiciFetch } from 'undici'

async function main() {
  const [mode, url] = process.argv.slice(2)
  const mb = (n: number) => Math.round(n / 1048576)
  let gc: (() => void) | undefined
  if (mode.startsWith('--')) v8.setFlagsFromString(mode)
  if (mode === 'gc') { v8.setFlagsFromString('--expose-gc'); gc = vm.runInNewContext('gc') as () => void }
  const res = await undiciFetch(url!)
  let n = 0, since = 0, next = 0
  for await (const c of res.body as unknown as AsyncIterable<Uint8Array>) {
    n += c.length; since += c.length
    if (gc && since > 4 << 20) { gc(); since = 0 }
    if (n >= next) { const m = process.memoryUsage(); console.log(mode, mb(n), 'rss', mb(m.rss), 'ab', mb(m.arrayBuffers)); next += 64 << 20 }
  }
  console.log(mode, 'maxrss', Math.round(process.resourceUsage().maxRSS / 1024))
}
void main()
