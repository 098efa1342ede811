import { run } from './src/main.js'
const mb = (n: number) => Math.round(n / 1048576)
const t0 = Date.now()
const origWrite = process.stdout.write.bind(process.stdout)
let last = 0
const sample = () => { const m = process.memoryUsage(); return `rss ${mb(m.rss)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} ab ${mb(m.arrayBuffers)} ext ${mb(m.external)}` }
process.stdout.write = ((chunk: string) => origWrite(`[${Date.now() - t0}ms ${sample()}] ${String(chunk).slice(0, 60).replace(/\n/g, ' ')}\n`)) as never
const timer = setInterval(() => { const r = mb(process.memoryUsage().rss); if (r > last + 3) { last = r; origWrite(`  sample ${Date.now() - t0}ms ${sample()}\n`) } }, 10)
void run().then(() => { clearInterval(timer); origWrite(`maxrss ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`) })
