/**
 * The npm package as users get it: `npm pack` of this checkout, installed into an empty
 * temporary prefix, with the `runctl` bin it links. Used by the package e2e test, the README's
 * terminal examples test and scripts/release/check-package.sh (through CI).
 */
import { spawn } from 'node:child_process'
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { REPO_ROOT } from './e2e.js'

const run = promisify(execFile)

export interface InstalledPackage {
  /** The prefix's node_modules/.bin: put it first on PATH to run `runctl`. */
  binDir: string
  /** The runctl executable. */
  runctl: string
  tarball: string
  cleanUp(): Promise<void>
}

/** Packs this checkout (dist/cli must be bundled) and installs the tarball into an empty prefix. */
export async function packAndInstall(): Promise<InstalledPackage> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'runctl-package-'))
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', temp], {
    cwd: REPO_ROOT,
    maxBuffer: 16 * 1024 * 1024
  })
  const [packed] = JSON.parse(stdout) as Array<{ filename: string }>
  const tarball = path.join(temp, path.basename(packed?.filename ?? ''))
  const prefix = path.join(temp, 'prefix')
  // The package has no dependencies (the bundle is self-contained): nothing is fetched.
  await run(
    'npm',
    ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--offline', tarball],
    { cwd: temp }
  )
  const binDir = path.join(prefix, 'node_modules', '.bin')
  return {
    binDir,
    runctl: path.join(binDir, 'runctl'),
    tarball,
    cleanUp: () => rm(temp, { recursive: true, force: true })
  }
}

export interface CommandResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs a command to completion with the environment given (and nothing else of ours). */
export function runCommand(
  command: string,
  args: string[],
  options: { env: Record<string, string>; cwd?: string; timeoutMs?: number }
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += String(chunk)))
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${command} did not finish in time.\n${stdout}\n${stderr}`))
    }, options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** The environment of a terminal or another CI: PATH and HOME, no GITHUB_* or INPUT_*. */
export function plainEnvironment(
  binDir: string,
  extra: Record<string, string>
): Record<string, string> {
  return {
    PATH: `${binDir}${path.delimiter}${process.env['PATH'] ?? '/usr/bin:/bin'}`,
    HOME: process.env['HOME'] ?? os.homedir(),
    ...extra
  }
}
