/**
 * A local GitHub Actions REST API for end-to-end tests and the demo. See README.md here for the
 * API; the route list is in routes.ts, the semantics in world.ts and timeline.ts.
 */
import { statSync } from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApiHost } from './api-host.js'
import { BlobHost } from './blob-host.js'
import { FaultBook } from './faults.js'
import { profileFor } from './flavours.js'
import { Router } from './routes.js'
import { UrlSigner } from './signing.js'
import type {
  BranchRulesSpec,
  CheckRunSpec,
  CheckSuiteSpec,
  StatusSpec,
  RequestLogEntry,
  RunSpec,
  Simulator,
  SimulatorOptions,
  WorkflowSpec
} from './types.js'
import { TOKENS } from './users.js'
import { jobJson, runJson } from './views.js'
import { World } from './world.js'

export type * from './types.js'
export { ROUTES, routesFor } from './routes.js'
export { profileFor, FLAVOURS } from './flavours.js'
export { loadScenario, type DemoRuns, type Scenario } from './scenarios.js'

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })
}

/** The Date header on the simulator's clock (Node would write the machine's). */
function withDate(response: ServerResponse, now: () => number): void {
  response.sendDate = false
  response.setHeader('date', new Date(now()).toUTCString())
}

function closeServer(server: Server): Promise<void> {
  return new Promise(resolve => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const profile = profileFor(options.flavour ?? 'github.com', options.enterpriseVersion)
  const base = options.now ?? (() => Date.now())
  const offset = options.clockOffsetMs ?? 0
  const now = offset === 0 ? base : () => base() + offset
  const world = new World(now, options.cancelDelayMs ?? 300)
  world.checks.checkRunUrls = options.checkRunUrls ?? 'job'
  const requests: RequestLogEntry[] = []
  const faults = new FaultBook()
  let apiUrl = ''
  let blobUrl = ''
  const signer = new UrlSigner(() => blobUrl, options.linkExpiryMs ?? 60_000, now)
  const log = (entry: RequestLogEntry) => requests.push(entry)
  const apiHost = new ApiHost({
    world,
    profile,
    router: new Router(profile),
    faults,
    signer,
    rateLimit: options.rateLimit ?? 5000,
    tokenGrants: options.tokenGrants ?? {},
    apiUrl: () => apiUrl,
    log
  })
  const blobHost = new BlobHost({ world, faults, signer, log })

  const apiServer = createServer((request, response) => {
    withDate(response, now)
    apiHost.handle(request, response).catch((error: unknown) => {
      // A simulator bug must be loud in the test output, and still answer like GitHub's 500.
      console.error('simulator: unexpected error', error)
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ message: 'Server Error' }))
    })
  })
  const blobServer = createServer((request, response) => {
    withDate(response, now)
    blobHost.handle(request, response)
  })
  const apiPort = await listen(apiServer, options.port ?? 0)
  const blobPort = await listen(blobServer, 0)
  apiUrl = `http://127.0.0.1:${apiPort}${profile.basePath}`
  blobUrl = `http://127.0.0.1:${blobPort}`

  return {
    get apiUrl() {
      return apiUrl
    },
    get blobUrl() {
      return blobUrl
    },
    flavour: profile.flavour,
    tokens: { ...TOKENS },
    requests,
    addRun: (spec?: RunSpec) => world.addRun(spec),
    addWorkflow: (spec: WorkflowSpec) => world.addWorkflow(spec),
    addCheckRun: (spec: CheckRunSpec) => world.checks.addCheckRun(spec),
    finishCheckRun: (id: number, conclusion?: string) =>
      world.checks.finishCheckRun(id, conclusion),
    addStatus: (spec: StatusSpec) => world.checks.addStatus(spec),
    addCheckSuite: (spec: CheckSuiteSpec) => world.checks.addCheckSuite(spec),
    setParentCommit: (sha: string, parent: string, repository?: string) =>
      world.checks.setParentCommit(sha, parent, repository),
    setBranchRules: (spec: BranchRulesSpec) => world.checks.setBranchRules(spec),
    appId: (slug: string) => world.checks.appId(slug),
    getRun(id: number) {
      world.releaseDispatches()
      const run = world.runs.get(id)
      if (!run) return undefined
      const attempt = world.latestAttempt(run)
      return runJson(run, attempt, world.view(run, attempt), { apiUrl, profile, now: now() })
    },
    getJobs(id: number) {
      world.releaseDispatches()
      const run = world.runs.get(id)
      if (!run) return undefined
      const schedules = world.view(run).schedules
      const ctx = { apiUrl, profile, now: now() }
      return run.jobSpecs.flatMap(spec => {
        const schedule = schedules.get(spec.name)
        return schedule ? [jobJson(run, schedule, ctx)] : []
      })
    },
    clearRequests: () => {
      requests.length = 0
    },
    serveLogFromFile(which, file) {
      const blobPath =
        'jobId' in which
          ? `/jobs/${which.jobId}/logs.txt`
          : `/runs/${which.runId}/attempts/${which.attempt ?? 1}/logs.zip`
      blobHost.files.set(blobPath, file)
    },
    artifactIds: runId => world.runs.get(runId)?.artifacts.map(artifact => artifact.id) ?? [],
    serveArtifactFromFile(artifactId, file) {
      blobHost.files.set(`/artifacts/${artifactId}.zip`, file)
      const found = world.artifact(artifactId)
      if (found) found.artifact.servedBytes = statSync(file).size
    },
    addFault: rule => faults.add(rule),
    clearFaults: () => faults.clear(),
    close: async () => {
      await Promise.all([closeServer(apiServer), closeServer(blobServer)])
    }
  }
}
