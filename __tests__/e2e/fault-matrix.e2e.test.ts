/**
 * The fault matrix: every operation × the faults a GitHub API (or the proxy before it) really
 * shows, through dist/index.js on the simulator's fault injection. A cell is right when the
 * action recovers or fails in one sentence as expected, applies a write exactly once, never
 * sends the token off the API origin, prints no stack or raw body, and ends within
 * timeout-seconds + 5 s. Every wait is real, as in production: the simulator's answers keep
 * the cells fast (retry-after 1 or 2, rate-limit resets seconds away), and GitHub's long
 * prescribed waits (a minute after a secondary limit without retry-after, a reset an hour away)
 * appear here only where they must be refused at once; their length is tested with an injected
 * clock in __tests__/retry-policy.test.ts and __tests__/transport-budget.test.ts.
 *
 * Prints the table; `npm run fault-matrix` also writes it into docs/reliability.md.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { REPO_ROOT, cleanUp, runAction, type ActionRunResult } from '../../test-support/e2e.js'
import { startSimulator, type Simulator } from '../../test-support/simulator/index.js'
import type { Flavour, FaultRule } from '../../test-support/simulator/types.js'

const RUNS = '/repos/octo/demo/actions/runs'
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m

interface Cell {
  operation: string
  /** The simulator's flavour (default github.com). */
  flavour?: Flavour
  /** Cells whose faults would catch each other's requests get a simulator of their own. */
  isolate?: string
  fault: string
  expected: string
  timeoutSeconds: number
  /** Adds the run and the faults; returns the run id. */
  setup: (sim: Simulator) => number
  inputs: (runId: number) => Record<string, string>
  /** Why the cell is wrong, or undefined when it is right. */
  check: (
    result: ActionRunResult,
    sim: Simulator,
    runId: number,
    seconds?: number
  ) => string | undefined
  token?: (sim: Simulator) => string
}

function errors(result: ActionRunResult): string[] {
  return result.stdout.split('\n').filter(line => line.startsWith('::error'))
}

const recovered = (result: ActionRunResult) =>
  result.exitCode === 0 && errors(result).length === 0
    ? undefined
    : `exit ${result.exitCode}: ${errors(result).join(' ') || result.stderr.slice(0, 200)}`

/** Failed with exactly one ::error:: line matching `sentence`. */
const oneSentence = (sentence: RegExp) => (result: ActionRunResult) => {
  const lines = errors(result)
  if (result.exitCode !== 1) return `exit ${result.exitCode}`
  if (lines.length !== 1) return `${lines.length} error lines`
  if (!sentence.test(lines[0] ?? '')) return `said: ${lines[0]}`
  return undefined
}

const both =
  (...checks: Array<Cell['check']>): Cell['check'] =>
  (result, sim, runId, seconds) =>
    checks.map(check => check(result, sim, runId, seconds)).find(why => why !== undefined)

function posts(sim: Simulator, suffix: string, runId: number) {
  return sim.requests.filter(
    r => r.host === 'api' && r.method === 'POST' && r.path === `${RUNS}/${runId}/${suffix}`
  )
}

/** The write reached GitHub's handler exactly once (a faulted answer that applied counts). */
const appliedOnce = (suffix: string, applied: (status: number, fault?: string) => boolean) =>
  ((_result, sim, runId) => {
    const count = posts(sim, suffix, runId).filter(r => applied(r.status, r.fault)).length
    return count === 1 ? undefined : `${suffix} applied ${count} times`
  }) satisfies Cell['check']

const fault = (rule: FaultRule) => rule

// Runs that finish by themselves in about half a second.
const quickRun = (sim: Simulator) => sim.addRun({ queuedMs: 100, jobs: [{ name: 'build' }] })
const longRun = (sim: Simulator) =>
  sim.addRun({ queuedMs: 50, jobs: [{ name: 'build', durationMs: 120_000 }] })
const failedRun = (sim: Simulator) =>
  sim.addRun({
    completed: true,
    jobs: [
      { name: 'build' },
      {
        name: 'test',
        conclusion: ['failure', 'success'],
        steps: [{ name: 'Run tests', conclusion: 'failure', log: ['boom'] }]
      }
    ]
  })
const withFaults =
  (make: (sim: Simulator) => number, ...rules: Array<(runId: number) => FaultRule>) =>
  (sim: Simulator) => {
    const runId = make(sim)
    for (const rule of rules) sim.addFault(rule(runId))
    return runId
  }

/** A run whose `deploy` job waits at `production` for a reviewer. */
const gatedRun = (sim: Simulator) =>
  sim.addRun({
    queuedMs: 50,
    environments: [{ name: 'production' }],
    jobs: [
      { name: 'build', durationMs: 100 },
      { name: 'deploy', needs: ['build'], environment: 'production' }
    ]
  })
const approveInputs = (runId: number) => ({
  operation: 'approve-deployment',
  'run-id': String(runId),
  environments: 'production',
  decision: 'approve',
  'wait-for-pending': 'true',
  'poll-interval-seconds': '0.2'
})
const waitInputs = (runId: number) => ({
  operation: 'wait-for-run',
  'run-id': String(runId),
  'poll-interval-seconds': '0.2'
})
const cancelInputs = (runId: number) => ({
  operation: 'cancel',
  'run-id': String(runId),
  wait: 'true',
  'poll-interval-seconds': '0.2'
})
const logsInputs = (runId: number) => ({ operation: 'fetch-logs', 'run-id': String(runId) })
const usageInputs = (runId: number) => ({ operation: 'report-usage', 'run-id': String(runId) })
const rerunInputs = (runId: number) => ({ operation: 'rerun-failed', 'run-id': String(runId) })

const RUN_GET = (runId: number) => `${RUNS}/${runId}`
const JOBS = (runId: number) => `${RUNS}/${runId}/jobs`
/** A request cut by the budget: the one sentence for anything the budget ended. */
const BUDGET_SPENT =
  /^::error::The time budget \(timeout-seconds: \d+\) ran out while waiting for an answer to GET \S+; raise 'timeout-seconds'\.$/
/** A request that got no answer on every try, within the per-request cap. */
const NO_ANSWER = /^::error::GitHub did not answer GET \S+ within 15 s\.$/
const MALFORMED =
  /^::error::GitHub answered GET \S+ with a body that is not valid JSON of the expected shape\.$/
const failedJobsFound = (result: ActionRunResult) =>
  recovered(result) ??
  (result.outputs['failed-jobs']?.includes('"test"') ? undefined : 'failed job not reported')
const jobsRead = (result: ActionRunResult) =>
  recovered(result) ?? (/Read 2 jobs/.test(result.stdout) ? undefined : 'did not read 2 jobs')

/** Transient read faults every read operation must recover from, on its first read. */
const READ_FAULTS: Array<[string, (runId: number) => FaultRule]> = [
  [
    '502 ×2',
    id => fault({ path: RUN_GET(id), method: 'GET', kind: 'status', status: 502, times: 2 })
  ],
  ['truncated JSON', id => fault({ path: RUN_GET(id), kind: 'malformed-json' })],
  ['HTML page (200)', id => fault({ path: RUN_GET(id), kind: 'html' })],
  ['empty body (200)', id => fault({ path: RUN_GET(id), kind: 'empty-body' })],
  ['reset mid-body (200)', id => fault({ path: RUN_GET(id), kind: 'connection-reset' })],
  [
    'secondary limit, retry-after 2',
    id =>
      fault({ path: RUN_GET(id), kind: 'secondary-rate-limit', status: 429, retryAfterSeconds: 2 })
  ]
]

/** A workflow whose run-name shows the correlation input, so its run can be found by marker. */
let workflows = 0
const dispatchable = (sim: Simulator) => {
  const file = `deploy-${++workflows}.yml`
  sim.addWorkflow({
    file,
    inputs: { 'dispatch-id': { default: '' } },
    runName: 'Deploy ${{ inputs.dispatch-id }}',
    appearAfterMs: 300,
    queuedMs: 100,
    jobs: [{ name: 'deploy', durationMs: 200 }]
  })
  return file
}
const dispatchPath = (file: string) =>
  new RegExp(`/actions/workflows/${file.replace('.', '\\.')}/dispatches$`)
const dispatchesOf = (sim: Simulator, file: string) =>
  sim.requests.filter(
    r => r.host === 'api' && r.method === 'POST' && dispatchPath(file).test(r.path)
  )
/** Dispatch cells keep the workflow file by the id they return. */
const dispatchFiles = new Map<number, string>()
let dispatchCells = 0

/** The dispatch POST is applied by GitHub, then answered badly: never sent a second time. */
const DISPATCH_CELLS: Cell[] = (
  [
    ['answered 502 after GitHub applied it', { kind: 'apply-then-status', status: 502 }],
    ['reset after GitHub applied it', { kind: 'apply-then-reset' }],
    ['hung after GitHub applied it', { kind: 'apply-then-hang' }]
  ] as const
).flatMap(([name, kind]): Cell[] => {
  const setup = (sim: Simulator) => {
    const file = dispatchable(sim)
    sim.addFault({ ...kind, path: dispatchPath(file), method: 'POST' } as FaultRule)
    const id = ++dispatchCells
    dispatchFiles.set(id, file)
    return id
  }
  const inputs = (id: number, marker: boolean) => ({
    operation: 'dispatch',
    workflow: dispatchFiles.get(id) ?? '',
    ref: 'main',
    ...(marker ? { 'correlation-input': 'dispatch-id' } : {}),
    'poll-interval-seconds': '0.2'
  })
  const postedOnce: Cell['check'] = (_result, sim, id) => {
    const count = dispatchesOf(sim, dispatchFiles.get(id) ?? '').length
    return count === 1 ? undefined : `${count} dispatch POSTs`
  }
  return [
    {
      operation: 'dispatch',
      fault: `POST ${name}, correlation-input set`,
      expected: "sent once; says so, names the marker's run",
      timeoutSeconds: 20,
      setup,
      inputs: id => inputs(id, true),
      check: both(recovered, postedOnce, (result, sim) => {
        const runId = Number(result.outputs['run-id'])
        const title = String(
          (sim.getRun(runId) as { display_title?: string } | undefined)?.display_title
        )
        if (!/runctl-[0-9a-f-]{36}/.test(title)) return `run-id ${runId} does not carry the marker`
        const said = new RegExp(
          `^::warning::Dispatching .+ failed with a temporary error .*but the workflow was dispatched: run ${runId} carries`,
          'm'
        )
        return said.test(result.stdout) ? undefined : 'did not say the dispatch was applied'
      })
    },
    {
      operation: 'dispatch',
      fault: `POST ${name}, no correlation-input`,
      expected: 'sent once; one sentence: may have started',
      timeoutSeconds: 20,
      setup,
      inputs: id => inputs(id, false),
      check: both(
        oneSentence(/failed with a temporary error .*may have started anyway/),
        postedOnce
      )
    }
  ]
})

/** wait-for-run with all-runs: every run of a commit, faults on the runs list. */
let commits = 0
const commitRuns = (sim: Simulator) => {
  const sha = (++commits).toString(16).padStart(40, 'e')
  sim.addRun({ workflow: 'ci.yml', headSha: sha, queuedMs: 100, jobs: [{ name: 'test' }] })
  sim.addRun({ workflow: 'lint.yml', headSha: sha, queuedMs: 100, jobs: [{ name: 'lint' }] })
  return commits
}
const allRunsInputs = (n: number) => ({
  operation: 'wait-for-run',
  'all-runs': 'true',
  'head-sha': n.toString(16).padStart(40, 'e'),
  'poll-interval-seconds': '0.2'
})
const RUNS_LIST = /^\/repos\/octo\/demo\/actions\/runs$/
const ALL_RUNS_CELLS: Cell[] = [
  {
    operation: 'wait-for-run (all-runs)',
    fault: '502 ×2 on the runs list',
    expected: 'recovers, both runs',
    timeoutSeconds: 20,
    isolate: 'all-runs-502',
    setup: sim => {
      const n = commitRuns(sim)
      sim.addFault({ path: RUNS_LIST, method: 'GET', kind: 'status', status: 502, times: 2 })
      return n
    },
    inputs: allRunsInputs,
    check: both(recovered, result =>
      (JSON.parse(result.outputs['runs'] ?? '[]') as unknown[]).length === 2
        ? undefined
        : `runs ${result.outputs['runs']}`
    )
  },
  {
    operation: 'wait-for-run (all-runs)',
    fault: 'runs list truncated on a later poll',
    expected: 'recovers, both runs',
    timeoutSeconds: 20,
    isolate: 'all-runs-truncated',
    setup: sim => {
      const n = commitRuns(sim)
      sim.addFault({ path: RUNS_LIST, method: 'GET', kind: 'malformed-json', after: 1 })
      return n
    },
    inputs: allRunsInputs,
    check: recovered
  },
  {
    operation: 'wait-for-run (all-runs)',
    fault: 'hung API',
    expected: 'one sentence: the budget ran out',
    timeoutSeconds: 3,
    isolate: 'all-runs-hang',
    setup: sim => {
      const n = commitRuns(sim)
      sim.addFault({ path: RUNS_LIST, method: 'GET', kind: 'hang', times: Infinity })
      return n
    },
    inputs: allRunsInputs,
    check: oneSentence(BUDGET_SPENT)
  }
]

/** The same faults on GitHub Enterprise Server (3.19, and 3.10 without the jobs endpoints). */
function ghesCells(flavour: Flavour): Cell[] {
  const label = flavour === 'ghes-legacy' ? 'GHES 3.10' : 'GHES 3.19'
  return [
    {
      operation: `wait-for-run, ${label}`,
      fault: '502 ×2, first read',
      expected: 'recovers',
      flavour,
      timeoutSeconds: 20,
      setup: withFaults(quickRun, id =>
        fault({ path: RUN_GET(id), method: 'GET', kind: 'status', status: 502, times: 2 })
      ),
      inputs: waitInputs,
      check: recovered
    },
    {
      operation: `wait-for-run, ${label}`,
      fault: 'hung API',
      expected: 'one sentence: the budget ran out',
      flavour,
      timeoutSeconds: 3,
      setup: withFaults(quickRun, id =>
        fault({ path: RUN_GET(id), kind: 'hang', times: Infinity })
      ),
      inputs: waitInputs,
      check: oneSentence(BUDGET_SPENT)
    },
    {
      operation: `cancel (wait), ${label}`,
      fault: '502 before the cancel was applied',
      expected: 'checked, resent, applied once',
      flavour,
      timeoutSeconds: 20,
      setup: withFaults(longRun, id =>
        fault({ path: `${RUNS}/${id}/cancel`, kind: 'status', status: 502 })
      ),
      inputs: cancelInputs,
      check: both(
        recovered,
        appliedOnce('cancel', status => status === 202)
      )
    },
    {
      operation: `cancel (wait), ${label}`,
      fault: 'cancel applied, then the server hangs',
      expected: 'cancel reported done, sent once',
      flavour,
      timeoutSeconds: 3,
      setup: withFaults(longRun, id =>
        fault({ path: `${RUNS}/${id}/cancel`, kind: 'apply-then-hang' })
      ),
      inputs: cancelInputs,
      check: both(
        recovered,
        appliedOnce('cancel', (status, f) => status === 202 || f === 'apply-then-hang')
      )
    },
    {
      operation: `fetch-logs, ${label}`,
      fault: '502 ×2 on the run read, 503 on the log redirect',
      expected: 'recovers',
      flavour,
      timeoutSeconds: 20,
      setup: withFaults(
        failedRun,
        id => fault({ path: RUN_GET(id), method: 'GET', kind: 'status', status: 502, times: 2 }),
        id => fault({ path: `${RUNS}/${id}/logs`, kind: 'status', status: 503 })
      ),
      inputs: logsInputs,
      check: both(recovered, result =>
        /Run tests|boom/.test(result.summary) ? undefined : 'the failed step is not in the summary'
      )
    },
    {
      operation: `fetch-logs, ${label}`,
      fault: 'hung API',
      expected: 'one sentence: the budget ran out',
      flavour,
      timeoutSeconds: 3,
      setup: withFaults(failedRun, id =>
        fault({ path: RUN_GET(id), kind: 'hang', times: Infinity })
      ),
      inputs: logsInputs,
      check: oneSentence(BUDGET_SPENT)
    }
  ]
}

/** The blob host misbehaves; the log download must end with the budget, in one sentence. */
const BLOB_ANY = /.*/
const BLOB_CELLS: Cell[] = [
  {
    operation: 'fetch-logs',
    fault: 'blob host accepts, never answers',
    expected: 'one sentence, within the budget',
    timeoutSeconds: 10,
    isolate: 'blob-hang',
    setup: withFaults(failedRun, () =>
      fault({ host: 'blob', path: BLOB_ANY, kind: 'hang', times: Infinity })
    ),
    inputs: logsInputs,
    // The body is a request like any other: it ends with the budget, in the budget's sentence.
    check: oneSentence(/The time budget \(timeout-seconds: 10\) ran out while waiting for the log/)
  },
  {
    operation: 'fetch-logs',
    fault: 'blob host answers, then 16 bytes every 2 s',
    expected: 'one sentence, within the budget',
    timeoutSeconds: 10,
    isolate: 'blob-drip',
    setup: withFaults(failedRun, () =>
      fault({ host: 'blob', path: BLOB_ANY, kind: 'drip', times: Infinity })
    ),
    inputs: logsInputs,
    check: oneSentence(/The time budget \(timeout-seconds: 10\) ran out while waiting for the log/)
  },
  {
    operation: 'fetch-logs',
    fault: 'blob host 403 on every try',
    expected: 'one sentence, never success without logs',
    timeoutSeconds: 10,
    isolate: 'blob-403',
    setup: withFaults(failedRun, () =>
      fault({ host: 'blob', path: BLOB_ANY, kind: 'status', status: 403, times: Infinity })
    ),
    inputs: logsInputs,
    check: oneSentence(/./)
  }
]

const CELLS: Cell[] = [
  ...READ_FAULTS.map(([name, rule]): Cell => ({
    operation: 'wait-for-run',
    fault: `${name}, first read`,
    expected: 'recovers',
    timeoutSeconds: 20,
    setup: withFaults(quickRun, rule),
    inputs: waitInputs,
    check: recovered
  })),
  ...(['malformed-json', 'html', 'empty-body', 'connection-reset'] as const).map((kind): Cell => ({
    operation: 'wait-for-run',
    fault: `${kind}, on a later poll`,
    expected: 'recovers',
    timeoutSeconds: 20,
    setup: withFaults(quickRun, id => fault({ path: RUN_GET(id), kind, after: 2 })),
    inputs: waitInputs,
    check: recovered
  })),
  {
    operation: 'wait-for-run',
    fault: 'hung API',
    expected: 'one sentence: the budget ran out',
    timeoutSeconds: 3,
    setup: withFaults(quickRun, id => fault({ path: RUN_GET(id), kind: 'hang', times: Infinity })),
    inputs: waitInputs,
    check: oneSentence(BUDGET_SPENT)
  },
  {
    operation: 'wait-for-run',
    fault: 'hung API, default inputs (timeout-seconds 3600)',
    expected: 'one sentence: no answer, in under 2 min',
    timeoutSeconds: 3600,
    // The back-off between the four tries is real, as in production.
    setup: withFaults(quickRun, id => fault({ path: RUN_GET(id), kind: 'hang', times: Infinity })),
    inputs: runId => ({ operation: 'wait-for-run', 'run-id': String(runId) }),
    check: both(oneSentence(NO_ANSWER), (_result, _sim, _runId, seconds) =>
      seconds !== undefined && seconds >= 120 ? `took ${seconds.toFixed(0)} s` : undefined
    )
  },
  {
    operation: 'wait-for-run',
    fault: 'primary rate limit, reset 1 h ahead',
    expected: 'one sentence: reset time, raise timeout-seconds',
    timeoutSeconds: 20,
    setup: withFaults(quickRun, id =>
      fault({ path: RUN_GET(id), kind: 'primary-rate-limit', status: 403, resetInSeconds: 3600 })
    ),
    inputs: waitInputs,
    check: oneSentence(/rate limit is exhausted until .+Z .*raise 'timeout-seconds'/)
  },
  {
    operation: 'wait-for-run',
    fault: 'secondary limit without retry-after (GitHub: wait a minute)',
    expected: 'one sentence: does not fit in the budget',
    timeoutSeconds: 20,
    setup: withFaults(quickRun, id =>
      fault({ path: RUN_GET(id), kind: 'secondary-rate-limit', status: 403 })
    ),
    inputs: waitInputs,
    check: oneSentence(
      /secondary rate limit asks to wait until .+ \(60 s from now\).*raise 'timeout-seconds'/
    )
  },
  {
    operation: 'wait-for-run',
    fault: 'secondary limit on a 403, retry-after 1',
    expected: 'recovers',
    timeoutSeconds: 20,
    setup: withFaults(quickRun, id =>
      fault({ path: RUN_GET(id), kind: 'secondary-rate-limit', status: 403, retryAfterSeconds: 1 })
    ),
    inputs: waitInputs,
    check: recovered
  },
  {
    operation: 'wait-for-run',
    fault: 'primary rate limit, reset 2 s ahead',
    expected: 'recovers',
    timeoutSeconds: 20,
    setup: withFaults(quickRun, id =>
      fault({ path: RUN_GET(id), kind: 'primary-rate-limit', status: 403, resetInSeconds: 2 })
    ),
    inputs: waitInputs,
    check: recovered
  },
  ...(
    [
      [401, /token is missing, invalid or expired/],
      [403, /lacks a permission|not accessible/i],
      [404, /was not found/]
    ] as const
  ).map(([status, sentence]): Cell => ({
    operation: 'wait-for-run',
    fault: `${status}`,
    expected: 'one sentence',
    timeoutSeconds: 20,
    setup: withFaults(quickRun, id => fault({ path: RUN_GET(id), kind: 'status', status })),
    inputs: waitInputs,
    check: oneSentence(sentence)
  })),
  {
    operation: 'cancel (wait)',
    fault: 'cancel applied, then the server hangs',
    expected: 'cancel reported done, sent once',
    timeoutSeconds: 3,
    setup: withFaults(longRun, id =>
      fault({ path: `${RUNS}/${id}/cancel`, kind: 'apply-then-hang' })
    ),
    inputs: cancelInputs,
    check: both(
      recovered,
      (result, _sim, runId) =>
        result.outputs['cancelled-run-ids'] === `[${runId}]` ? undefined : 'not reported cancelled',
      appliedOnce('cancel', (status, f) => status === 202 || f === 'apply-then-hang')
    )
  },
  {
    operation: 'cancel (wait)',
    fault: '502 before the cancel was applied',
    expected: 'checked, resent, applied once',
    timeoutSeconds: 20,
    setup: withFaults(longRun, id =>
      fault({ path: `${RUNS}/${id}/cancel`, kind: 'status', status: 502 })
    ),
    inputs: cancelInputs,
    check: both(
      recovered,
      appliedOnce('cancel', status => status === 202)
    )
  },
  ...(['malformed-json', 'html', 'connection-reset'] as const).map((kind): Cell => ({
    operation: 'cancel (wait)',
    fault: `${kind} on every poll after the cancel`,
    expected: 'cancel reported done',
    timeoutSeconds: 20,
    setup: withFaults(longRun, id =>
      fault({ path: RUN_GET(id), method: 'GET', kind, after: 1, times: Infinity })
    ),
    inputs: cancelInputs,
    check: both(
      recovered,
      appliedOnce('cancel', status => status === 202)
    )
  })),
  {
    operation: 'rerun-failed',
    fault: '502 before the re-run was applied',
    expected: 'one new attempt',
    timeoutSeconds: 20,
    setup: withFaults(failedRun, id =>
      fault({ path: `${RUNS}/${id}/rerun-failed-jobs`, kind: 'status', status: 502 })
    ),
    inputs: rerunInputs,
    check: both(
      recovered,
      appliedOnce('rerun-failed-jobs', status => status === 201)
    )
  },
  {
    operation: 'rerun-failed',
    fault: 're-run applied, then the server hangs',
    expected: 'one new attempt, reported',
    timeoutSeconds: 3,
    setup: withFaults(failedRun, id =>
      fault({ path: `${RUNS}/${id}/rerun-failed-jobs`, kind: 'apply-then-hang' })
    ),
    inputs: rerunInputs,
    check: both(
      recovered,
      appliedOnce('rerun-failed-jobs', (status, f) => status === 201 || f === 'apply-then-hang')
    )
  },
  {
    operation: 'fetch-logs',
    fault: 'jobs page emptied once (total_count kept)',
    expected: 'recovers',
    timeoutSeconds: 20,
    setup: withFaults(failedRun, id => fault({ path: JOBS(id), kind: 'empty-page' })),
    inputs: logsInputs,
    check: failedJobsFound
  },
  {
    operation: 'fetch-logs',
    fault: 'jobs page always without its jobs',
    expected: 'one sentence, never "no failed jobs"',
    timeoutSeconds: 20,
    setup: withFaults(failedRun, id =>
      fault({ path: JOBS(id), kind: 'empty-page', drop: true, times: Infinity })
    ),
    inputs: logsInputs,
    check: oneSentence(MALFORMED)
  },
  {
    operation: 'fetch-logs',
    fault: 'jobs page always HTML',
    expected: 'one sentence, no body dumped',
    timeoutSeconds: 20,
    setup: withFaults(failedRun, id => fault({ path: JOBS(id), kind: 'html', times: Infinity })),
    inputs: logsInputs,
    check: both(oneSentence(MALFORMED), result =>
      /Unicorn|Cannot use/.test(result.stdout) ? 'body or raw error printed' : undefined
    )
  },
  {
    operation: 'fetch-logs',
    fault: 'jobs page truncated once',
    expected: 'recovers',
    timeoutSeconds: 20,
    setup: withFaults(failedRun, id => fault({ path: JOBS(id), kind: 'malformed-json' })),
    inputs: logsInputs,
    check: failedJobsFound
  },
  {
    operation: 'fetch-logs',
    fault: 'Link rel="next" to another origin',
    expected: 'one sentence; no request there',
    timeoutSeconds: 20,
    setup: sim => {
      const runId = failedRun(sim)
      sim.addFault({ path: JOBS(runId), kind: 'foreign-link', url: `${sim.blobUrl}/steal?page=2` })
      return runId
    },
    inputs: logsInputs,
    check: both(oneSentence(/another origin .*refused to send the token there/), (_r, sim) =>
      sim.requests.some(r => r.host === 'blob' && r.path === '/steal')
        ? 'followed the foreign link'
        : undefined
    )
  },
  {
    operation: 'fetch-logs',
    fault: 'hung API',
    expected: 'one sentence: the budget ran out',
    timeoutSeconds: 3,
    setup: withFaults(failedRun, id => fault({ path: JOBS(id), kind: 'hang', times: Infinity })),
    inputs: logsInputs,
    check: oneSentence(BUDGET_SPENT)
  },
  {
    operation: 'fetch-logs',
    fault: '503 ×3 on the log download redirect',
    expected: 'recovers',
    timeoutSeconds: 20,
    setup: withFaults(failedRun, id =>
      fault({ path: `${RUNS}/${id}/logs`, kind: 'status', status: 503, times: 3 })
    ),
    inputs: logsInputs,
    check: failedJobsFound
  },
  {
    operation: 'report-usage',
    fault: 'jobs page emptied once (total_count kept)',
    expected: 'recovers',
    timeoutSeconds: 20,
    setup: withFaults(failedRun, id => fault({ path: JOBS(id), kind: 'empty-page' })),
    inputs: usageInputs,
    check: jobsRead
  },
  {
    operation: 'report-usage',
    fault: 'jobs page always cut',
    expected: 'one sentence, never "Read 0 jobs"',
    timeoutSeconds: 20,
    setup: withFaults(failedRun, id =>
      fault({ path: JOBS(id), kind: 'malformed-json', times: Infinity })
    ),
    inputs: usageInputs,
    check: oneSentence(MALFORMED)
  },
  {
    operation: 'report-usage',
    fault: 'jobs page always HTML',
    expected: 'one sentence, no body dumped',
    timeoutSeconds: 20,
    setup: withFaults(failedRun, id => fault({ path: JOBS(id), kind: 'html', times: Infinity })),
    inputs: usageInputs,
    check: both(oneSentence(MALFORMED), result =>
      /Unicorn|Cannot use/.test(result.stdout) ? 'body or raw error printed' : undefined
    )
  },
  {
    operation: 'report-usage',
    fault: 'hung API',
    expected: 'one sentence: the budget ran out',
    timeoutSeconds: 3,
    setup: withFaults(failedRun, id => fault({ path: RUN_GET(id), kind: 'hang', times: Infinity })),
    inputs: usageInputs,
    check: oneSentence(BUDGET_SPENT)
  },
  {
    operation: 'approve-deployment',
    fault: '502 ×2 on the pending deployments poll',
    expected: 'recovers, reviewed once',
    timeoutSeconds: 20,
    setup: withFaults(gatedRun, id =>
      fault({
        path: `${RUNS}/${id}/pending_deployments`,
        method: 'GET',
        kind: 'status',
        status: 502,
        times: 2
      })
    ),
    inputs: approveInputs,
    token: sim => sim.tokens.reviewer,
    check: both(
      recovered,
      appliedOnce('pending_deployments', status => status === 200)
    )
  },
  {
    operation: 'approve-deployment',
    fault: 'review applied, then the server hangs',
    expected: 'review reported done, sent once',
    timeoutSeconds: 3,
    setup: withFaults(gatedRun, id =>
      fault({ path: `${RUNS}/${id}/pending_deployments`, method: 'POST', kind: 'apply-then-hang' })
    ),
    inputs: approveInputs,
    token: sim => sim.tokens.reviewer,
    check: both(
      recovered,
      result =>
        result.outputs['reviewed-environments']?.includes('production')
          ? undefined
          : 'review not reported',
      appliedOnce('pending_deployments', (status, f) => status === 200 || f === 'apply-then-hang')
    )
  },
  {
    operation: 'wait-for-run',
    fault: 'branch input with a newline',
    expected: 'one sentence naming branch',
    timeoutSeconds: 20,
    setup: quickRun,
    inputs: () => ({ operation: 'wait-for-run', workflow: 'ci.yml', branch: 'main\n::error::x' }),
    check: both(oneSentence(/'branch'/), result =>
      /^::error::x$/m.test(result.stdout) ? 'echoed the input' : undefined
    )
  },
  ...DISPATCH_CELLS,
  ...ALL_RUNS_CELLS,
  ...(['ghes-3.19', 'ghes-legacy'] as const).flatMap(ghesCells),
  ...BLOB_CELLS,
  {
    operation: 'fetch-logs',
    fault: 'log-dir under /proc',
    expected: 'one sentence naming log-dir',
    timeoutSeconds: 20,
    setup: failedRun,
    inputs: runId => ({ ...logsInputs(runId), 'log-dir': '/proc/self/x' }),
    check: oneSentence(/'log-dir'/)
  }
]

const longest = (cell: Cell | undefined) => Math.min(cell?.timeoutSeconds ?? 0, 300)

/** One simulator per flavour, and one more for each cell whose faults must not be shared. */
class Simulators {
  private readonly started = new Map<string, Promise<Simulator>>()
  for(cell: Cell): Promise<Simulator> {
    const flavour = cell.flavour ?? 'github.com'
    const key = `${flavour}/${cell.isolate ?? ''}`
    let sim = this.started.get(key)
    if (!sim) {
      sim = startSimulator({ flavour, cancelDelayMs: 200 })
      this.started.set(key, sim)
    }
    return sim
  }
  async all(): Promise<Simulator[]> {
    return Promise.all(this.started.values())
  }
  async close(): Promise<void> {
    await Promise.all((await this.all()).map(sim => sim.close()))
  }
}

/**
 * Requests to the blob host that carried the token: any Authorization header, on any path
 * (run archives /runs/{id}/…, per-job logs /jobs/{id}/…, anything else).
 */
function tokenLeaks(sim: Simulator, from = 0) {
  return sim.requests.slice(from).filter(r => r.host === 'blob' && r.headers.authorization)
}

/** Runs the cells a few at a time: most of a cell's time is a process starting or a hang. */
async function runCells(sims: Simulators, cells: Cell[], parallel: number) {
  const results: Array<{ cell: Cell; why?: string; seconds: number }> = []
  // The longest cells start first, so they overlap the short ones; the table keeps its order.
  const order = cells.map((_, i) => i).sort((a, b) => longest(cells[b]) - longest(cells[a]))
  let next = 0
  async function worker() {
    for (let n = next++; n < order.length; n = next++) {
      const i = order[n] as number
      const cell = cells[i] as Cell
      const sim = await sims.for(cell)
      const runId = cell.setup(sim)
      const seenBefore = sim.requests.length
      const started = Date.now()
      const running = runAction(
        { ...cell.inputs(runId), 'timeout-seconds': String(cell.timeoutSeconds) },
        {
          apiUrl: sim.apiUrl,
          token: cell.token?.(sim) ?? sim.tokens.githubToken,
          timeoutMs: (Math.min(cell.timeoutSeconds, 300) + 30) * 1000
        }
      )
      let result: ActionRunResult
      try {
        result = await running
      } catch (error) {
        // Killed after the cell's time: the cell is wrong, the others still run.
        results[i] = { cell, why: (error as Error).message.split('\n')[0], seconds: 0 }
        continue
      }
      const seconds = (Date.now() - started) / 1000
      let why = cell.check(result, sim, runId, seconds)
      if (!why && seconds > cell.timeoutSeconds + 5) why = `took ${seconds.toFixed(1)} s`
      if (!why && (STACK_LINE.test(result.stdout) || STACK_LINE.test(result.stderr))) {
        why = 'printed a stack trace'
      }
      // Cells run side by side: a leak in this cell's time fails it (and any neighbour).
      if (!why && tokenLeaks(sim, seenBefore).length > 0) why = 'sent the token to the blob host'
      results[i] = { cell, why, seconds }
      await cleanUp(result)
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker))
  return results
}

function table(results: Awaited<ReturnType<typeof runCells>>): string {
  const right = results.filter(r => !r.why).length
  const rows = results.map(
    ({ cell, why }) =>
      `| ${cell.operation} | ${cell.fault} | ${cell.expected} | ${why ? `❌ ${why.replace(/\|/g, '\\|')}` : '✅'} |`
  )
  return [
    `**${right} / ${results.length} cells right** (each within timeout-seconds + 5 s).`,
    '',
    '| operation | fault | expected | result |',
    '| --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

const START = '<!-- fault-matrix:start -->'
const END = '<!-- fault-matrix:end -->'

describe('fault matrix through dist/index.js', () => {
  const sims = new Simulators()
  afterAll(async () => {
    await sims.close()
  })

  it('ends every cell right and on time', async () => {
    const results = await runCells(sims, CELLS, 4)
    const markdown = table(results)
    // The table goes to stderr (unit tests buffer stdout) when asked for or when a cell failed;
    // a passing run prints nothing, and the expect below names any failing cell anyway.
    const failed = results.some(r => r.why)
    if (failed || process.env['RUNCTL_FAULT_MATRIX_DOC'] === '1')
      process.stderr.write(`\n${markdown}\n`)
    if (process.env['RUNCTL_FAULT_MATRIX_DOC'] === '1') {
      const docPath = path.join(REPO_ROOT, 'docs', 'reliability.md')
      const doc = await readFile(docPath, 'utf8')
      const from = doc.indexOf(START)
      const to = doc.indexOf(END)
      if (from < 0 || to < from)
        throw new Error(`docs/reliability.md has no ${START} … ${END} block.`)
      await writeFile(
        docPath,
        `${doc.slice(0, from + START.length)}\n\n${markdown}\n\n${doc.slice(to)}`
      )
    }
    expect(
      results.filter(r => r.why).map(r => `${r.cell.operation} × ${r.cell.fault}: ${r.why}`)
    ).toEqual([])
    // Every request any cell made to any blob host, whatever its path, went without the token.
    const leaks = (await sims.all()).flatMap(sim => tokenLeaks(sim))
    expect(leaks.map(r => `${r.method} ${r.path}`)).toEqual([])
  }, 600_000)
})
