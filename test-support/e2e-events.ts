/**
 * Waiting for events in the in-process simulator instead of sleeping: an e2e test that holds a run
 * at a gate, waits until the action has polled it, then releases it, asserts the same on an idle
 * machine and on a loaded one.
 */
import type { RequestLogEntry } from './simulator/types.js'
import type { Simulator } from './simulator/index.js'

/** The user agent of the test's own requests, to tell them from the action's. */
export const TEST_USER_AGENT = 'e2e-test'

/** Resolves once `condition()` holds; the limit only turns a hang into a failure with a reason. */
export async function until(condition: () => boolean, what: string, limitMs = 60_000) {
  const deadline = Date.now() + limitMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting until ${what}`)
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

/** The action's answered API GETs whose path ends with `pathEnd` (not the test's), in order. */
export function answeredGets(sim: Simulator, pathEnd: string): RequestLogEntry[] {
  return sim.requests.filter(
    r =>
      r.host === 'api' &&
      r.method === 'GET' &&
      r.path.endsWith(pathEnd) &&
      r.status !== 0 &&
      r.headers.userAgent !== TEST_USER_AGENT
  )
}

/** Resolves once the run is held at an environment gate (status `waiting`). */
export function untilWaiting(sim: Simulator, runId: number): Promise<void> {
  return until(
    () => (sim.getRun(runId) as { status?: string }).status === 'waiting',
    `run ${runId} waits at its gate`
  )
}

/** Approves the run's pending deployment to `environment` as its reviewer would in the UI. */
export async function approveAsReviewer(sim: Simulator, runId: number, environment: string) {
  const url = `${sim.apiUrl}/repos/octo/demo/actions/runs/${runId}/pending_deployments`
  const headers = {
    authorization: `Bearer ${sim.tokens.reviewer}`,
    accept: 'application/vnd.github+json',
    'user-agent': TEST_USER_AGENT,
    'content-type': 'application/json'
  }
  const pending = (await (await fetch(url, { headers })).json()) as Array<{
    environment: { id: number; name: string }
  }>
  const gate = pending.find(deployment => deployment.environment.name === environment)
  if (!gate) throw new Error(`run ${runId} is not pending at ${environment}`)
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      environment_ids: [gate.environment.id],
      state: 'approved',
      comment: 'released by the test'
    })
  })
  if (!response.ok) throw new Error(`approving ${environment} answered ${response.status}`)
}
