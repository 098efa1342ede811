/**
 * Runs the bundled action (dist/index.js) as a child process exactly as the runner does:
 * INPUT_* variables (names upper-cased, dashes kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, GITHUB_* context variables. Used by the end-to-end tests and the demo.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const ACTION_ENTRY = path.join(REPO_ROOT, 'dist', 'index.js')

export interface ActionRunOptions {
  /** The API base URL the runner would pass (github.api_url). */
  apiUrl: string
  /** Token the runner passes as the `token` input's default (github.token). */
  token: string
  repository?: string
  /** GITHUB_RUN_ID of the step running the action. */
  currentRunId?: number
  /** Extra environment variables. */
  env?: Record<string, string>
  timeoutMs?: number
  /** Measure the child's peak resident memory (KiB) with /usr/bin/time. */
  measureMemory?: boolean
}

export interface ActionRunResult {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Peak resident set size of the child in KiB, when measured. */
  peakRssKiB?: number
  runnerTemp: string
}

/** Parses the GITHUB_OUTPUT file format: `name<<DELIMITER\nvalue\nDELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
      outputs[name] = value.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      outputs[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return outputs
}

/**
 * The inputs as the runner sets them: every input with a default in action.yml is present
 * (token, repository, github-api-url, api-version, summary), the others only when given.
 */
export function runnerEnvironment(
  inputs: Record<string, string>,
  options: ActionRunOptions,
  files: { output: string; summary: string; temp: string }
): Record<string, string> {
  const repository = options.repository ?? 'octo/demo'
  const withDefaults: Record<string, string> = {
    token: options.token,
    repository,
    'github-api-url': options.apiUrl,
    'api-version': '2022-11-28',
    summary: 'true',
    ...inputs
  }
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? os.homedir(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: String(options.currentRunId ?? 1),
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: files.temp,
    ...options.env
  }
  for (const [name, value] of Object.entries(withDefaults)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return env
}

export async function runAction(
  inputs: Record<string, string>,
  options: ActionRunOptions
): Promise<ActionRunResult> {
  if (!existsSync(ACTION_ENTRY)) {
    throw new Error(`${ACTION_ENTRY} does not exist: run 'npm run bundle' first.`)
  }
  const temp = await mkdtemp(path.join(os.tmpdir(), 'runctl-e2e-'))
  const files = {
    output: path.join(temp, 'output'),
    summary: path.join(temp, 'summary.md'),
    temp: path.join(temp, 'runner-temp')
  }
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  const env = runnerEnvironment(inputs, options, files)
  const memoryFile = path.join(temp, 'peak-rss')
  const measure = options.measureMemory === true && existsSync('/usr/bin/time')
  // RUNCTL_E2E_NODE runs the action on another Node (the runner uses Node 24).
  const node = process.env['RUNCTL_E2E_NODE'] || process.execPath
  const [command, args] = measure
    ? ['/usr/bin/time', ['-f', '%M', '-o', memoryFile, node, ACTION_ENTRY]]
    : [node, [ACTION_ENTRY]]
  const child = spawn(command, args, { env, cwd: temp, stdio: ['ignore', 'pipe', 'pipe'] })
  // Without /usr/bin/time, sample the high-water mark the kernel keeps for the process.
  let sampledPeakKiB: number | undefined
  const sampler =
    options.measureMemory === true && !measure
      ? setInterval(() => {
          readFile(`/proc/${child.pid}/status`, 'utf8').then(
            status => {
              const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1])
              if (Number.isFinite(kib)) sampledPeakKiB = Math.max(sampledPeakKiB ?? 0, kib)
            },
            () => undefined
          )
        }, 20)
      : undefined
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += String(chunk)))
  child.stderr.on('data', chunk => (stderr += String(chunk)))
  const timeoutMs = options.timeoutMs ?? 60_000
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`The action did not finish within ${timeoutMs} ms.\n${stdout}\n${stderr}`))
    }, timeoutMs)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      if (sampler) clearInterval(sampler)
      resolve(code)
    })
  })
  const result: ActionRunResult = {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    runnerTemp: files.temp
  }
  if (sampledPeakKiB !== undefined) result.peakRssKiB = sampledPeakKiB
  if (measure) {
    const measured = Number((await readFile(memoryFile, 'utf8')).trim().split('\n').pop())
    if (Number.isFinite(measured)) result.peakRssKiB = measured
  }
  return result
}

/** Removes what runAction left in the temp directory (the runner wipes RUNNER_TEMP too). */
export async function cleanUp(result: ActionRunResult): Promise<void> {
  await rm(path.dirname(result.runnerTemp), { recursive: true, force: true })
}
