/** POST …/workflows/{workflow_id}/dispatches: validates like GitHub, then starts the run(s). */
import { findRepository, type RouteContext } from './context.js'
import { evaluateRunName } from './dispatch.js'
import { HttpError, invalidRequest, notFound, type Reply } from './reply.js'
import type { WorkflowSpec } from './types.js'

function fail(detail: string): never {
  throw new HttpError(invalidRequest(detail))
}

/** Whether this request gets 200 with the run's id (else 204), per flavour and API version. */
function returnsRunDetails(ctx: RouteContext, asked: boolean): boolean {
  switch (ctx.profile.dispatchRunDetails) {
    case 'on-request':
      return ctx.apiVersion === '2026-03-10' || asked
    case 'with-2026-03-10':
      return ctx.apiVersion === '2026-03-10'
    case 'never':
      return false
  }
}

/** The body keys this product and version document; anything else is refused, as GitHub does. */
function permittedKeys(ctx: RouteContext): string[] {
  const takesFlag =
    ctx.profile.dispatchRunDetails === 'on-request' && ctx.apiVersion !== '2026-03-10'
  return takesFlag ? ['ref', 'inputs', 'return_run_details'] : ['ref', 'inputs']
}

function readInputs(value: unknown, spec: WorkflowSpec, max: number): Record<string, string> {
  if (
    value !== undefined &&
    (typeof value !== 'object' || value === null || Array.isArray(value))
  ) {
    fail(`For 'properties/inputs', ${JSON.stringify(value)} is not an object.`)
  }
  const given = (value ?? {}) as Record<string, unknown>
  if (Object.keys(given).length > max) fail(`'inputs' may have at most ${max} properties.`)
  for (const [name, input] of Object.entries(given)) {
    if (typeof input !== 'string') {
      fail(`For 'properties/${name}', ${JSON.stringify(input)} is not a string.`)
    }
  }
  const declared = spec.inputs ?? {}
  const unexpected = Object.keys(given).filter(name => !(name in declared))
  if (unexpected.length > 0) fail(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`)
  const resolved: Record<string, string> = {}
  for (const [name, input] of Object.entries(declared)) {
    const chosen = (given[name] as string | undefined) ?? input.default
    if (chosen === undefined && input.required) fail(`Required input '${name}' not provided`)
    if (chosen !== undefined) resolved[name] = chosen
  }
  return resolved
}

export function dispatchWorkflow(ctx: RouteContext): Reply {
  const repository = findRepository(ctx)
  const key = ctx.params['workflow_id'] ?? ''
  const workflow = [...repository.workflows.values()].find(
    w => String(w.id) === key || w.file === key
  )
  if (!workflow) throw new HttpError(notFound())
  const spec = ctx.world.dispatches.spec(workflow.id)
  if (!spec || spec.dispatchable === false) {
    throw new HttpError(invalidRequest("Workflow does not have 'workflow_dispatch' trigger"))
  }
  const body = ctx.body
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    fail(`${JSON.stringify(body ?? null)} is not an object.`)
  }
  const fields = body as Record<string, unknown>
  const permitted = permittedKeys(ctx)
  for (const name of Object.keys(fields)) {
    if (!permitted.includes(name)) fail(`"${name}" is not a permitted key.`)
  }
  if (typeof fields['ref'] !== 'string' || fields['ref'] === '') fail(`"ref" wasn't supplied.`)
  const asked = fields['return_run_details']
  if (asked !== undefined && typeof asked !== 'boolean') {
    fail(`For 'properties/return_run_details', ${JSON.stringify(asked)} is not a boolean.`)
  }
  const ref = fields['ref'].replace(/^refs\/(heads|tags)\//, '')
  const knownRefs = new Set(['main'])
  for (const run of ctx.world.runs.values()) {
    if (run.repository === repository) knownRefs.add(run.branch)
  }
  if (!knownRefs.has(ref)) fail(`No ref found for: ${fields['ref']}`)
  const inputs = readInputs(fields['inputs'], spec, ctx.profile.maxDispatchInputs)

  const now = ctx.view.now
  const runSpec = (actor: string, values: Record<string, string>) => ({
    repository: repository.fullName,
    workflow: workflow.file,
    event: 'workflow_dispatch',
    branch: ref,
    actor,
    displayTitle: evaluateRunName(spec.runName ?? workflow.name, values, actor),
    jobs: spec.jobs,
    queuedMs: spec.queuedMs,
    artifacts: spec.artifacts
  })
  const details = returnsRunDetails(ctx, asked === true)
  const ownAt = details ? now : now + (spec.appearAfterMs ?? 300)
  for (const other of spec.concurrentDispatches ?? []) {
    const otherInputs = readInputs(other.inputs, spec, Infinity)
    ctx.world.dispatches.schedule(
      Math.max(now + 1, ownAt + other.offsetMs),
      runSpec(other.actor, otherInputs)
    )
  }
  if (!details) {
    ctx.world.dispatches.schedule(ownAt, runSpec(ctx.login, inputs))
    return { status: 204 }
  }
  const id = ctx.world.addRun({ ...runSpec(ctx.login, inputs), createdAt: now })
  const path = `${repository.fullName}/actions/runs/${id}`
  return {
    status: 200,
    json: {
      workflow_run_id: id,
      run_url: `${ctx.view.apiUrl}/repos/${path}`,
      html_url: `${ctx.profile.webHost}/${path}`
    }
  }
}
