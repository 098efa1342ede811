/**
 * What every scenario module needs to measure a process the same way: wall time, and peak RSS
 * from /usr/bin/time (%M) when present, else from the kernel's high-water mark (/proc VmHWM),
 * sampled as test-support/e2e.ts does.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { BenchContext } from './types.js'

export interface Measured {
  /** Wall time, seconds. */
  readonly seconds: number
  /** Peak resident set size, MiB (the largest of the processes measured). */
  readonly peakRssMiB: number
  readonly exitCode: number | null
  readonly stdout: string
  readonly stderr: string
}

export interface CommandOptions {
  readonly env?: NodeJS.ProcessEnv
  readonly cwd?: string
  readonly timeoutMs?: number
}

const TIME = '/usr/bin/time'

/** Runs one command to the end and measures it. */
export async function measureCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions = {}
): Promise<Measured> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'runctl-bench-time-'))
  const rssFile = path.join(scratch, 'rss')
  const viaTime = existsSync(TIME)
  const [file, argv] = viaTime
    ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]]
    : [command, [...args]]
  const started = performance.now()
  const child = spawn(file, argv, {
    env: options.env ?? process.env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let sampledKiB = 0
  const sampler = viaTime
    ? undefined
    : setInterval(() => {
        readFile(`/proc/${child.pid}/status`, 'utf8').then(
          status => {
            const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1])
            if (Number.isFinite(kib)) sampledKiB = Math.max(sampledKiB, kib)
          },
          () => undefined
        )
      }, 20)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += String(chunk)))
  child.stderr.on('data', chunk => (stderr += String(chunk)))
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${command} did not finish within ${options.timeoutMs} ms.`))
    }, options.timeoutMs ?? 600_000)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolve(code)
    })
  })
  const seconds = (performance.now() - started) / 1000
  if (sampler) clearInterval(sampler)
  let peakKiB = sampledKiB
  if (viaTime) {
    const text = await readFile(rssFile, 'utf8').catch(() => '')
    // /usr/bin/time prints "Command exited with non-zero status N" before the figure.
    peakKiB = Number(text.trim().split('\n').pop())
  }
  await rm(scratch, { recursive: true, force: true })
  return { seconds, peakRssMiB: peakKiB / 1024, exitCode, stdout, stderr }
}

/** Several commands one after another, as one subject (e.g. curl, then unzip). */
export async function measureSequence(
  steps: readonly { command: string; args: readonly string[] }[],
  options: CommandOptions = {}
): Promise<Measured> {
  let seconds = 0
  let peakRssMiB = 0
  let stdout = ''
  let stderr = ''
  for (const step of steps) {
    const measured = await measureCommand(step.command, step.args, options)
    seconds += measured.seconds
    peakRssMiB = Math.max(peakRssMiB, measured.peakRssMiB)
    stdout += measured.stdout
    stderr += measured.stderr
    if (measured.exitCode !== 0) {
      throw new Error(
        `${step.command} ${step.args.join(' ')} exited ${measured.exitCode}: ${measured.stderr}`
      )
    }
  }
  return { seconds, peakRssMiB, exitCode: 0, stdout, stderr }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return Number.NaN
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** Repeats a measurement: median time, largest peak RSS (memory is a bound, not a typical). */
export async function repeat(
  trials: number,
  measure: (trial: number) => Promise<Measured>
): Promise<{ seconds: number; peakRssMiB: number; last: Measured }> {
  const all: Measured[] = []
  for (let trial = 0; trial < trials; trial++) all.push(await measure(trial))
  return {
    seconds: median(all.map(one => one.seconds)),
    peakRssMiB: Math.max(...all.map(one => one.peakRssMiB)),
    last: all[all.length - 1] as Measured
  }
}

/** Whether a scenario was asked for: no --only, or an --only its name contains (any case). */
export function wants(context: BenchContext, scenario: string): boolean {
  const name = scenario.toLowerCase()
  return context.only.length === 0 || context.only.some(part => name.includes(part.toLowerCase()))
}
