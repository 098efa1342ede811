import * as v8 from 'node:v8'
import * as vm from 'node:vm'

/** Collect after this many streamed bytes. */
const COLLECT_EVERY_BYTES = 4 * 1024 * 1024

let collect: (() => void) | null | undefined

/** V8's full collector, when this Node exposes it (the flag can be set at run time). */
function collector(): (() => void) | null {
  if (collect !== undefined) return collect
  try {
    v8.setFlagsFromString('--expose-gc')
    const gc: unknown = vm.runInNewContext('gc')
    collect = typeof gc === 'function' ? (gc as () => void) : null
  } catch {
    collect = null
  }
  return collect
}

/**
 * Returns an onBytes callback that collects garbage every few MiB streamed. Each network read
 * and each inflated chunk is a fresh buffer outside the JavaScript heap, freed only when V8
 * collects, and V8 lets up to 64 MiB of that pile up before it does: streaming hundreds of MiB
 * then holds tens of MiB of dead chunks. Collecting as we go keeps the peak near the live set
 * (Jest's --logHeapUsage reaches the collector the same way).
 */
export function collectingAsWeStream(): (bytes: number) => void {
  let sinceLast = 0
  return bytes => {
    sinceLast += bytes
    if (sinceLast < COLLECT_EVERY_BYTES) return
    sinceLast = 0
    collector()?.()
  }
}
