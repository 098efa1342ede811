import { createHash } from 'node:crypto'
import nock from 'nock'
import { API, jobFixture, runFixture } from './client.js'

export interface SentRequest {
  readonly at: number
  readonly path: string
  readonly ifNoneMatch?: string
  readonly status: number
}

export interface FakeRunOptions {
  readonly runId: number
  /** The clock the code under test sleeps on: the run's state follows it. */
  readonly now: () => number
  /** When the run started and ends (epoch ms). */
  readonly startedAt: number
  readonly endsAt: number
  /** How many jobs the run has (more than 100 spans pages). */
  readonly jobCount?: number
  /** Durations (ms) of the workflow's recent successful runs. */
  readonly history?: readonly number[]
  /**
   * How far the server's clock is off the runner's (ms; negative: behind). Its timestamps and
   * its Date header (whole seconds, as HTTP has it) agree; startedAt/endsAt stay runner times.
   */
  readonly serverOffsetMs?: number
}

/**
 * A run served by nock the way the simulator serves it: its state follows the injected clock,
 * every 200 has an ETag (a hash of the body), a matching If-None-Match gets 304. Every request
 * is recorded with the header it carried.
 */
export function fakeRunApi(options: FakeRunOptions): { sent: SentRequest[] } {
  const sent: SentRequest[] = []
  const { runId } = options
  const offset = options.serverOffsetMs ?? 0
  // Every timestamp the server writes is on its own clock.
  const iso = (runnerMs: number) => new Date(runnerMs + offset).toISOString()
  const done = () => options.now() >= options.endsAt
  const run = () =>
    runFixture({
      id: runId,
      status: done() ? 'completed' : 'in_progress',
      conclusion: done() ? 'success' : null,
      run_started_at: iso(options.startedAt),
      created_at: iso(options.startedAt),
      updated_at: iso(done() ? options.endsAt : options.startedAt)
    })
  const jobs = () =>
    Array.from({ length: options.jobCount ?? 1 }, (_, index) =>
      jobFixture({
        id: index + 1,
        run_id: runId,
        name: `job ${index + 1}`,
        status: done() ? 'completed' : 'in_progress',
        conclusion: done() ? 'success' : null,
        started_at: iso(options.startedAt),
        completed_at: done() ? iso(options.endsAt) : null,
        steps: []
      })
    )
  const history = () => ({
    total_count: options.history?.length ?? 0,
    workflow_runs: (options.history ?? []).map((ms, index) =>
      runFixture({
        id: 9000 + index,
        status: 'completed',
        conclusion: 'success',
        run_started_at: iso(options.startedAt - 86_400_000 * (index + 1)),
        updated_at: iso(options.startedAt - 86_400_000 * (index + 1) + ms)
      })
    )
  })
  function answer(
    this: { req: { path: string; headers: Record<string, string | undefined> } },
    body: unknown
  ): [number, unknown, Record<string, string>] {
    const text = JSON.stringify(body)
    const etag = `W/"${createHash('sha1').update(text).digest('hex')}"`
    const ifNoneMatch = this.req.headers['if-none-match']
    const status = ifNoneMatch === etag ? 304 : 200
    sent.push({ at: options.now(), path: this.req.path, ifNoneMatch, status })
    const headers: Record<string, string> = { etag, 'content-type': 'application/json' }
    if (options.serverOffsetMs !== undefined) {
      headers['date'] = new Date(options.now() + offset).toUTCString()
    }
    return [status, status === 304 ? '' : text, headers]
  }
  nock(API)
    .persist()
    .get(`/repos/octo/demo/actions/runs/${runId}`)
    .reply(function () {
      return answer.call(this, run())
    })
    .get(`/repos/octo/demo/actions/runs/${runId}/jobs`)
    .query(true)
    .reply(function (uri) {
      const page = Number(new URL(uri, API).searchParams.get('page') ?? '1')
      const all = jobs()
      return answer.call(this, {
        total_count: all.length,
        jobs: all.slice((page - 1) * 100, page * 100)
      })
    })
    .get('/repos/octo/demo/actions/workflows/1/runs')
    .query(true)
    .reply(function () {
      return answer.call(this, history())
    })
  return { sent }
}
