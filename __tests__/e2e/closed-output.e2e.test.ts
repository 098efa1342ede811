/**
 * `node dist/index.js | head -c 1`: the reader of stdout goes away after the first byte. The
 * action must end at once with exit code 1 (it used to spin at full CPU forever, reporting the
 * EPIPE to the stdout that had just failed). The same rule is tested in process, on the source,
 * in __tests__/step-log.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { ACTION_ENTRY, runnerEnvironment } from '../../test-support/e2e.js'

/** A port nothing listens on: every request to it is refused, so the action retries and warns. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise(resolve => server.close(resolve))
  return port
}

describe('the bundle when its stdout closes early', () => {
  it('ends with exit code 1 as soon as it writes again, instead of spinning', async () => {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'runctl-closed-output-'))
    try {
      const files = {
        output: path.join(temp, 'output'),
        summary: path.join(temp, 'summary.md'),
        temp: path.join(temp, 'runner-temp')
      }
      await writeFile(files.output, '')
      await writeFile(files.summary, '')
      const env = runnerEnvironment(
        { operation: 'wait-for-run', 'run-id': '42', 'timeout-seconds': '600' },
        { apiUrl: `http://127.0.0.1:${await closedPort()}`, token: 'ghs_closedOutputTest' },
        files
      )
      const node = process.env['RUNCTL_E2E_NODE'] || process.execPath
      const child = spawn(node, [ACTION_ENTRY], {
        env,
        cwd: temp,
        stdio: ['ignore', 'pipe', 'pipe']
      })
      // Like `head -c 1`: read the first byte, then close the pipe.
      child.stdout.once('data', () => child.stdout.destroy())
      let stderr = ''
      child.stderr.on('data', chunk => (stderr += String(chunk)))
      const exit = await new Promise<{ code: number | null; signal: string | null }>(resolve => {
        // Generous: the old behaviour never ends; the fixed one ends at its next write (~1 s).
        const timer = setTimeout(() => child.kill('SIGKILL'), 25_000)
        child.on('close', (code, signal) => {
          clearTimeout(timer)
          resolve({ code, signal })
        })
      })

      expect(exit).toEqual({ code: 1, signal: null })
      expect(stderr).toBe('')
    } finally {
      await rm(temp, { recursive: true, force: true })
    }
  })
})
