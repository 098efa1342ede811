/**
 * Every route the simulator serves, in every flavour, answers with bodies that GitHub's own
 * OpenAPI description accepts; and the simulator serves no endpoint the flavour's spec lacks.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  profileFor,
  routesFor,
  startSimulator,
  type Flavour,
  type Simulator
} from '../../test-support/simulator/index.js'
import { Router } from '../../test-support/simulator/routes.js'
import { ResponseValidator, loadSpec, specFileFor } from './openapi.js'
import { client, sleep, untilStatus, type Answer } from './support.js'

interface Recorded {
  method: string
  path: string
  template: string
  operationId: string
  answer: Answer
}

/** Drives every route through the states that change its body, recording each answer. */
async function tour(sim: Simulator, flavour: Flavour): Promise<Recorded[]> {
  const profile = profileFor(flavour)
  const router = new Router(profile)
  const recorded: Recorded[] = []
  const version = flavour === 'ghes-3.21' ? '2026-03-10' : '2022-11-28'
  const callers = {
    bot: client(sim, sim.tokens.githubToken),
    reviewer: client(sim, sim.tokens.reviewer),
    app: client(sim, sim.tokens.app)
  }
  const has = (operationId: string) => !profile.missing.has(operationId as never)
  const call = async (
    who: keyof typeof callers,
    method: string,
    path: string,
    body?: unknown,
    apiVersion = version
  ) => {
    const answer = await callers[who](method, path, body, { 'x-github-api-version': apiVersion })
    const match = router.match(method, path.split('?')[0] ?? path)
    if (match && match !== 'method') {
      recorded.push({
        method,
        path,
        template: match.route.template,
        operationId: match.route.operationId,
        answer
      })
    }
    return answer
  }
  const R = '/repos/octo/demo/actions'

  const passed = sim.addRun({
    completed: true,
    jobs: [
      { name: 'lint', runsOn: 'windows-latest' },
      { name: 'test', needs: ['lint'], runsOn: 'macos-latest' }
    ]
  })
  const failed = sim.addRun({
    completed: true,
    workflow: 'nightly.yml',
    jobs: [
      { name: 'build' },
      { name: 'test', needs: ['build'], conclusion: ['failure', 'success'] }
    ]
  })
  const caller = sim.addRun({
    completed: true,
    jobs: [{ name: 'call-deploy', reusableWorkflowCaller: true }, { name: 'other' }]
  })
  const running = sim.addRun({ queuedMs: 30, jobs: [{ name: 'long', durationMs: 5000 }] })
  const toForceCancel = sim.addRun({ queuedMs: 30, jobs: [{ name: 'long', durationMs: 5000 }] })
  const gated = sim.addRun({
    workflow: 'deploy.yml',
    queuedMs: 10,
    environments: [
      { name: 'staging', reviewers: ['octo-reviewer'] },
      { name: 'production', customRule: true }
    ],
    jobs: [
      { name: 'build', durationMs: 30 },
      { name: 'staging', needs: ['build'], environment: 'staging', durationMs: 30 },
      { name: 'production', needs: ['staging'], environment: 'production', durationMs: 30 }
    ]
  })
  const fork = sim.addRun({ forkPullRequestNeedingApproval: true })
  const queued = sim.addRun({ queuedMs: 10_000 })

  // Lists: repo-wide, per workflow (id and file), filtered, paginated.
  await call('bot', 'GET', `${R}/runs`)
  await call('bot', 'GET', `${R}/runs?per_page=2&page=2`)
  await call('bot', 'GET', `${R}/runs?status=completed&branch=main&event=push&created=>=2020-01-01`)
  await call('bot', 'GET', `${R}/workflows/ci.yml/runs?per_page=1`)
  const workflowId = (sim.getRun(failed) as { workflow_id: number }).workflow_id
  await call('bot', 'GET', `${R}/workflows/${workflowId}/runs`)
  await call('bot', 'GET', `${R}/workflows/missing.yml/runs`)

  // Workflow dispatch: 200 with the run's id where the product documents it, else 204; errors.
  sim.addWorkflow({
    file: 'release.yml',
    inputs: { tag: { required: true } },
    runName: 'Release ${{ inputs.tag }}'
  })
  const dotcom = profile.dispatchRunDetails === 'on-request'
  // GHES descriptions (3.19) document only the 204 answer of 2022-11-28.
  const dispatchVersion = dotcom ? version : '2022-11-28'
  const dispatches = `${R}/workflows/release.yml/dispatches`
  if (dotcom) {
    await call('bot', 'POST', dispatches, {
      ref: 'main',
      inputs: { tag: 'v1' },
      return_run_details: true
    })
  }
  await call('bot', 'POST', dispatches, { ref: 'main', inputs: { tag: 'v2' } }, dispatchVersion)
  await call('bot', 'POST', dispatches, { ref: 'main' }, dispatchVersion)
  await call('bot', 'POST', `${R}/workflows/missing.yml/dispatches`, { ref: 'main' })
  await call('reviewer', 'GET', '/user')
  await call('bot', 'GET', '/user')

  // Single runs and attempts in every state.
  for (const id of [passed, failed, running, gated, fork, queued])
    await call('bot', 'GET', `${R}/runs/${id}`)
  await call('bot', 'GET', `${R}/runs/${passed}/attempts/1`)
  await call('bot', 'GET', `${R}/runs/${passed}/attempts/9`)
  await call('bot', 'GET', `${R}/runs/1`)

  // Jobs: lists, attempts, single, mid-run steps.
  await untilStatus(sim, running, 'in_progress')
  for (const id of [passed, running, queued]) await call('bot', 'GET', `${R}/runs/${id}/jobs`)
  await call('bot', 'GET', `${R}/runs/${passed}/jobs?filter=all&per_page=1`)
  await call('bot', 'GET', `${R}/runs/${passed}/attempts/1/jobs`)
  const jobs = (await call('bot', 'GET', `${R}/runs/${passed}/jobs`)).json as {
    jobs: { id: number }[]
  }
  const jobId = jobs.jobs[0]?.id ?? 0
  await call('bot', 'GET', `${R}/jobs/${jobId}`)
  const runningJobs = (await call('bot', 'GET', `${R}/runs/${running}/jobs`)).json as {
    jobs: { id: number }[]
  }
  await call('bot', 'GET', `${R}/jobs/${runningJobs.jobs[0]?.id ?? 0}`)

  // Timing.
  if (has('actions/get-workflow-run-usage')) {
    await call('bot', 'GET', `${R}/runs/${passed}/timing`)
    await call('bot', 'GET', `${R}/runs/${running}/timing`)
  }

  // Environments: wait for the reviewer, review, then the custom gate.
  await untilStatus(sim, gated, 'waiting')
  await call('reviewer', 'GET', `${R}/runs/${gated}/pending_deployments`)
  await call('bot', 'GET', `${R}/runs/${gated}/pending_deployments`)
  const pending = (await call('reviewer', 'GET', `${R}/runs/${gated}/pending_deployments`))
    .json as {
    environment: { id: number }
  }[]
  await call('reviewer', 'POST', `${R}/runs/${gated}/pending_deployments`, {
    environment_ids: [1],
    state: 'approved'
  })
  await call('bot', 'POST', `${R}/runs/${gated}/pending_deployments`, {
    environment_ids: pending.map(p => p.environment.id),
    state: 'approved',
    comment: 'bot'
  })
  await call('reviewer', 'POST', `${R}/runs/${gated}/pending_deployments`, {
    environment_ids: pending.map(p => p.environment.id),
    state: 'approved',
    comment: 'Ship it'
  })
  await call('bot', 'GET', `${R}/runs/${gated}/approvals`)
  if (has('actions/review-custom-gates-for-run')) {
    await sleep(120)
    await call('app', 'POST', `${R}/runs/${gated}/deployment_protection_rule`, {
      environment_name: 'production',
      state: 'approved',
      comment: 'Checks passed'
    })
    await call('bot', 'POST', `${R}/runs/${gated}/deployment_protection_rule`, {
      environment_name: 'production'
    })
  }

  // Fork pull request approval.
  if (has('actions/approve-workflow-run')) {
    await call('bot', 'POST', `${R}/runs/${fork}/approve`)
    await call('bot', 'POST', `${R}/runs/${passed}/approve`)
  }

  // Logs before changes: run, attempt, job; unavailable while running.
  await call('bot', 'GET', `${R}/runs/${passed}/logs`)
  await call('bot', 'GET', `${R}/runs/${passed}/attempts/1/logs`)
  await call('bot', 'GET', `${R}/jobs/${jobId}/logs`)
  await call('bot', 'GET', `${R}/runs/${running}/logs`)

  // Re-runs: refused while running, then all three kinds.
  await call('bot', 'POST', `${R}/runs/${running}/rerun`)
  // Seeds 003/004 document no body for re-runs (the older server refuses one).
  const debug = (on: boolean) =>
    flavour === 'ghes-legacy' ? undefined : { enable_debug_logging: on }
  await call('bot', 'POST', `${R}/runs/${passed}/rerun`, debug(true))
  await call('bot', 'POST', `${R}/runs/${failed}/rerun-failed-jobs`)
  const callerJobs = (await call('bot', 'GET', `${R}/runs/${caller}/jobs`)).json as {
    jobs: { id: number; name: string }[]
  }
  const callerJob = callerJobs.jobs.find(j => j.name === 'call-deploy')?.id ?? 0
  const otherJob = callerJobs.jobs.find(j => j.name === 'other')?.id ?? 0
  await call('bot', 'POST', `${R}/jobs/${callerJob}/rerun`)
  await call('bot', 'POST', `${R}/jobs/${otherJob}/rerun`, debug(false))
  await call('bot', 'GET', `${R}/runs/${failed}/jobs?filter=all`)
  await call('bot', 'GET', `${R}/runs/${failed}/attempts/2`)
  await call('bot', 'GET', `${R}/runs/${failed}/attempts/2/jobs`)

  // Cancels: accepted, refused when completed, forced.
  await call('bot', 'POST', `${R}/runs/${running}/cancel`)
  await call('bot', 'POST', `${R}/runs/${caller}/cancel`)
  await call('bot', 'POST', `${R}/runs/${queued}/cancel`)
  if (has('actions/force-cancel-workflow-run')) {
    await call('bot', 'POST', `${R}/runs/${toForceCancel}/force-cancel`)
  }
  await untilStatus(sim, running, 'completed')
  await call('bot', 'GET', `${R}/runs/${running}`)
  await call('bot', 'GET', `${R}/runs/${running}/jobs`)

  // Deleting logs and runs.
  await untilStatus(sim, caller, 'completed')
  await call('bot', 'DELETE', `${R}/runs/${caller}/logs`)
  await call('bot', 'GET', `${R}/runs/${caller}/logs`)
  await call('bot', 'DELETE', `${R}/runs/${toForceCancel === 0 ? passed : queued}/logs`)
  await untilStatus(sim, queued, 'completed')
  await call('bot', 'DELETE', `${R}/runs/${queued}`)
  await call('bot', 'GET', `${R}/runs/${queued}`)

  // Check runs and commit statuses of a commit (wait-for-checks).
  const sha = 'd4'.repeat(20)
  sim.addRun({ headSha: sha, branch: 'checks-tour', jobs: [{ name: 'build', durationMs: 50 }] })
  sim.addCheckRun({ headSha: sha, name: 'CodeQL', app: 'github-advanced-security' })
  sim.addCheckRun({ headSha: sha, name: 'deploy', app: 'vercel', conclusion: null })
  sim.addStatus({ sha, context: 'ci/circleci', state: 'pending' })
  sim.addStatus({ sha, context: 'ci/circleci', state: 'success', targetUrl: 'https://ci.test/1' })
  const commits = '/repos/octo/demo/commits'
  await call('bot', 'GET', `${commits}/${sha}/check-runs`)
  await call('bot', 'GET', `${commits}/checks-tour/check-runs?filter=all&per_page=1&page=2`)
  await call('bot', 'GET', `${commits}/${sha}/status`)
  await call('bot', 'GET', `${commits}/${'e5'.repeat(20)}/status`)
  await call('bot', 'GET', `${commits}/no-such-branch/status`)
  // Check suites (queued with no runs, an app that never reports) and the branch's required checks.
  sim.addCheckSuite({ headSha: sha, app: 'circleci' })
  await call('bot', 'GET', `${commits}/${sha}/check-suites`)
  await call('bot', 'GET', `${commits}/${sha}/check-suites?per_page=1&page=2`)
  sim.setBranchRules({
    branch: 'main',
    ruleset: [{ context: 'build', appId: sim.appId('github-actions') }, { context: 'CodeQL' }],
    protection: [{ context: 'ci/circleci' }, { context: 'deploy', appId: sim.appId('vercel') }]
  })
  if (flavour !== 'ghes-legacy') {
    await call('bot', 'GET', '/repos/octo/demo/rules/branches/main')
    await call('bot', 'GET', '/repos/octo/demo/rules/branches/unprotected')
  }
  await call('bot', 'GET', '/repos/octo/demo/branches/main/protection/required_status_checks')
  await call('bot', 'GET', '/repos/octo/demo/branches/dev/protection/required_status_checks')
  return recorded
}

/** Seed 004: jobs on old GHES carry no created_at, so that flavour is checked without requiring it. */
function relaxFor(flavour: Flavour) {
  if (flavour !== 'ghes-legacy') return undefined
  return (components: Record<string, Record<string, unknown>>) => {
    const job = components['schemas']?.['job'] as { required: string[] }
    job.required = job.required.filter(name => name !== 'created_at')
  }
}

const FLAVOURS: Flavour[] = ['github.com', 'ghe.com', 'ghes-3.19', 'ghes-3.21', 'ghes-legacy']

describe.each(FLAVOURS)('%s responses match the OpenAPI description', flavour => {
  let sim: Simulator
  let recorded: Recorded[]
  let validator: ResponseValidator

  beforeAll(async () => {
    validator = new ResponseValidator(loadSpec(specFileFor(flavour)), relaxFor(flavour))
    sim = await startSimulator({ flavour })
    recorded = await tour(sim, flavour)
  })
  afterAll(() => sim.close())

  it('serves only endpoints the spec has, under the same operation ids', () => {
    for (const route of routesFor(profileFor(flavour))) {
      const operation = validator.operation(route.method, route.template)
      expect({
        route: `${route.method} ${route.template}`,
        operationId: operation?.operationId
      }).toEqual({
        route: `${route.method} ${route.template}`,
        operationId: route.operationId
      })
    }
  })

  it('answered every route it serves with a documented success', () => {
    const succeeded = new Set(recorded.filter(r => r.answer.status < 400).map(r => r.operationId))
    const served = routesFor(profileFor(flavour)).map(r => r.operationId)
    expect(served.filter(id => !succeeded.has(id))).toEqual([])
  })

  it('every recorded answer validates against its operation', () => {
    const problems: string[] = []
    for (const { method, path, template, answer } of recorded) {
      const pointer = validator.bodySchemaPointer(method, template, answer.status)
      const where = `${method} ${path} → ${answer.status}`
      if (pointer === null) {
        // Undocumented statuses are errors GitHub sends everywhere (404, 409, 422…): basic-error.
        if (answer.status < 400) problems.push(`${where}: status not in the spec`)
        else
          problems.push(
            ...validator
              .validate('/components/schemas/basic-error', answer.json)
              .map(e => `${where}: ${e}`)
          )
        continue
      }
      if (pointer === undefined) {
        if (answer.text !== '')
          problems.push(`${where}: spec documents no body, got ${answer.text.slice(0, 80)}`)
        if (answer.status === 302 && !answer.headers.get('location'))
          problems.push(`${where}: no Location`)
        continue
      }
      problems.push(...validator.validate(pointer, answer.json).map(e => `${where}: ${e}`))
    }
    expect(problems).toEqual([])
  })

  it('answers 404 for the endpoints this product lacks', async () => {
    const call = client(sim)
    const missing = [...profileFor(flavour).missing]
    for (const operationId of missing) {
      const route = routesFor(profileFor('github.com')).find(r => r.operationId === operationId)
      if (!route) throw new Error(operationId)
      const path = route.template
        .replace('{owner}', 'octo')
        .replace('{repo}', 'demo')
        .replace('{run_id}', String(sim.addRun({ completed: true })))
      const answer = await call(route.method, path)
      expect({ operationId, status: answer.status }).toEqual({ operationId, status: 404 })
    }
  })
})
