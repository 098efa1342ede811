/**
 * dist/index.js against a simulated GitHub whose clock is off the runner's (its timestamps and its
 * Date header alike): wait-for-run still polls densely around the end its history predicts, so it
 * notices the end with the next dense poll, never after a poll-interval-sized sleep. What is
 * asserted is what the action decided (its debug lines) and sent, never how long anything took.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { runAction } from '../../test-support/e2e.js'
import {
  answeredGets,
  approveAsReviewer,
  until,
  untilWaiting
} from '../../test-support/e2e-events.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'

/** poll-interval-seconds at its default: the sleep a wrong prediction falls back to. */
const POLL_INTERVAL_SECONDS = 30

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

describe.each([
  { offsetMs: -5 * 60_000, said: "GitHub's clock is 300 s behind this runner's" },
  { offsetMs: -60_000, said: "GitHub's clock is 60 s behind this runner's" },
  { offsetMs: 60_000, said: "GitHub's clock is 60 s ahead of this runner's" }
])('wait-for-run with the server clock $offsetMs ms off', ({ offsetMs, said }) => {
  it('polls densely from the predicted end on and notices the end at the next poll', async () => {
    const server = await startSimulator({ clockOffsetMs: offsetMs })
    sim = server
    // The workflow's recent runs took about 2 s: that is when this one is expected to end.
    for (let i = 0; i < 5; i++) {
      server.addRun({
        workflow: 'ci.yml',
        completed: true,
        jobs: [{ name: 'build', durationMs: 2000 }]
      })
    }
    // The run is held at a gate until the action has polled it densely, then released: the
    // same requests on an idle and on a loaded machine.
    const runId = server.addRun({
      workflow: 'ci.yml',
      environments: [{ name: 'hold' }],
      jobs: [
        { name: 'build', durationMs: 200 },
        { name: 'deploy', needs: ['build'], environment: 'hold', durationMs: 100 }
      ]
    })
    await untilWaiting(server, runId)
    const runPolls = () => answeredGets(server, `/actions/runs/${runId}`)
    const waiting = runAction(
      { operation: 'wait-for-run', 'run-id': String(runId), 'timeout-seconds': '300' },
      { apiUrl: server.apiUrl, token: server.tokens.githubToken, timeoutMs: 120_000 }
    )
    // Three polls come within seconds when the schedule is dense; a prediction read on the
    // runner's clock would space them poll-interval-seconds apart (this gives up well before).
    await until(() => runPolls().length >= 3, 'the action has polled the run three times', 25_000)
    await approveAsReviewer(server, runId, 'hold')
    const result = await waiting
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ 'run-id': String(runId), conclusion: 'success' })
    expect(result.stdout).toContain(said)
    expect(result.stdout).toMatch(/Recent successful runs of this workflow took 2s \(median of 5\)/)
    // What the schedule decided: no sleep as long as poll-interval-seconds, at any point.
    const sleeps = [
      ...result.stdout.matchAll(/::debug::Polling run \d+: next poll in ([\d.]+) s\./g)
    ].map(match => Number(match[1]))
    expect(sleeps.length).toBeGreaterThanOrEqual(3)
    expect(sleeps.every(seconds => seconds < POLL_INTERVAL_SECONDS)).toBe(true)
    // The history was asked once; the first poll after the end saw it and was the last.
    const history = server.requests.filter(r => /\/actions\/workflows\/[^/]+\/runs$/.test(r.path))
    expect(history).toHaveLength(1)
    const endedAt = Date.parse((server.getRun(runId) as { updated_at: string }).updated_at)
    // (At most one: a poll that arrived a moment before the end may be the one that saw it.)
    expect(runPolls().filter(request => request.at >= endedAt).length).toBeLessThanOrEqual(1)
  })
})
