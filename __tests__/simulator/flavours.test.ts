/** What differs between github.com, GHE.com and the two GHES flavours; and the CLI. */
import { spawn } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import {
  profileFor,
  routesFor,
  startSimulator,
  type Flavour
} from '../../test-support/simulator/index.js'
import { client } from './support.js'

async function withSimulator<T>(
  flavour: Flavour,
  body: (sim: Awaited<ReturnType<typeof startSimulator>>) => Promise<T>
) {
  const sim = await startSimulator({ flavour })
  try {
    return await body(sim)
  } finally {
    await sim.close()
  }
}

const R = '/repos/octo/demo/actions'

/** The endpoint lists of the reference pages in ../shared/seeds (000, 001, 003; jobs from 004). */
const JOB_ENDPOINTS = [
  'GET /repos/{owner}/{repo}/actions/jobs/{job_id}',
  'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs'
]
const SEED_003 = [
  'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}',
  'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs',
  'GET /repos/{owner}/{repo}/actions/runs',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
  'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun',
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel',
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun',
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs',
  ...JOB_ENDPOINTS
]
const SEED_001 = [
  ...SEED_003,
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule',
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel'
]
const SEED_000 = [
  ...SEED_001,
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing'
]
/**
 * Not on the run pages: in every @octokit/openapi description (api.github.com, ghes-3.17…3.19);
 * the commit's check runs and combined status (wait-for-checks) likewise.
 */
const DISPATCH = [
  'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
  'GET /user',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  'GET /repos/{owner}/{repo}/commits/{ref}/status',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-suites',
  'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks'
]
/** Rulesets (GET …/rules/branches/{branch}) came with GHES 3.11: not on the legacy (3.10) server. */
const RULES = ['GET /repos/{owner}/{repo}/rules/branches/{branch}']
const EXPECTED: Record<Flavour, string[]> = {
  'github.com': [...SEED_000, ...DISPATCH, ...RULES],
  'ghe.com': [...SEED_000, ...DISPATCH, ...RULES],
  // @octokit/openapi's ghes-3.19 lists what seed 001 lists for 3.21.
  'ghes-3.19': [...SEED_001, ...DISPATCH, ...RULES],
  'ghes-3.21': [...SEED_001, ...DISPATCH, ...RULES],
  'ghes-legacy': [...SEED_003, ...DISPATCH]
}

describe('endpoint lists', () => {
  it.each(Object.keys(EXPECTED) as Flavour[])(
    '%s serves exactly the endpoints its reference page lists',
    flavour => {
      const served = routesFor(profileFor(flavour)).map(r => `${r.method} ${r.template}`)
      expect(served.sort()).toEqual([...EXPECTED[flavour]].sort())
    }
  )
})

describe('flavours', () => {
  it('github.com and ghe.com serve at the root with every endpoint', async () => {
    for (const flavour of ['github.com', 'ghe.com'] as const) {
      await withSimulator(flavour, async sim => {
        expect(sim.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
        const id = sim.addRun({ completed: true })
        expect((await client(sim)('GET', `${R}/runs/${id}/timing`)).status).toBe(200)
      })
    }
  })

  it('ghes-3.21 serves under /api/v3, accepts 2026-03-10, lacks fork approve and timing', async () => {
    await withSimulator('ghes-3.21', async sim => {
      expect(sim.apiUrl).toMatch(/\/api\/v3$/)
      const call = client(sim)
      const id = sim.addRun({ completed: true })
      const answer = await call('GET', `${R}/runs/${id}`, undefined, {
        'x-github-api-version': '2026-03-10'
      })
      expect(answer.status).toBe(200)
      expect(answer.headers.get('x-github-api-version-selected')).toBe('2026-03-10')
      expect((answer.json as { url: string }).url).toBe(`${sim.apiUrl}${R}/runs/${id}`)
      expect((await call('GET', `${R}/runs/${id}/timing`)).status).toBe(404)
      expect((await call('POST', `${R}/runs/${id}/approve`)).status).toBe(404)
      expect(answer.headers.get('x-github-enterprise-version')).toBe('3.21.0')
      // Seed 001 documents enable_debugger on job re-runs only.
      const job = (sim.getJobs(id)?.[0] as { id: number }).id
      expect((await call('POST', `${R}/jobs/${job}/rerun`, { enable_debugger: true })).status).toBe(
        201
      )
      const refused = await call('POST', `${R}/runs/${id}/rerun`, { enable_debugger: true })
      expect(refused.status).toBe(422)
      expect((refused.json as { message: string }).message).toBe(
        'Invalid request.\n\n"enable_debugger" is not a permitted key.'
      )
      const outside = await fetch(sim.apiUrl.replace('/api/v3', '') + `${R}/runs/${id}`, {
        headers: { authorization: `token ${sim.tokens.admin}`, 'user-agent': 't' }
      })
      expect(outside.status).toBe(404)
    })
  })

  it('ghes-legacy lacks force-cancel, timing, custom gates and fork approve, and jobs have no created_at', async () => {
    await withSimulator('ghes-legacy', async sim => {
      const call = client(sim)
      const id = sim.addRun({ queuedMs: 5000 })
      for (const path of [
        `${R}/runs/${id}/force-cancel`,
        `${R}/runs/${id}/deployment_protection_rule`,
        `${R}/runs/${id}/approve`
      ]) {
        expect((await call('POST', path)).status).toBe(404)
      }
      expect((await call('GET', `${R}/runs/${id}/timing`)).status).toBe(404)
      const jobs = (await call('GET', `${R}/runs/${id}/jobs`)).json as {
        jobs: Record<string, unknown>[]
      }
      expect(jobs.jobs[0]).not.toHaveProperty('created_at')
      expect(jobs.jobs[0]).toHaveProperty('started_at')
      expect(
        (await call('GET', `${R}/runs`, undefined, { 'x-github-api-version': '2026-03-10' })).status
      ).toBe(400)
      expect((await call('POST', `${R}/runs/${id}/cancel`)).status).toBe(202)
    })
  })
})

describe('the CLI', () => {
  it('prints the API URL and tokens, serves the demo scenario, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test-support/simulator/cli.ts',
        '--flavour',
        'ghes-3.21',
        '--port',
        '0',
        '--scenario',
        'demo'
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    try {
      const vars = await new Promise<Record<string, string>>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          if (/RUN_FORK_PULL_REQUEST=\d+/.test(out)) {
            resolve(
              Object.fromEntries(
                out
                  .trim()
                  .split('\n')
                  .map(line => line.split('=', 2) as [string, string])
              )
            )
          }
        })
        child.on('exit', code => reject(new Error(`cli exited ${code}`)))
      })
      expect(vars['API_URL']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/)
      const response = await fetch(`${vars['API_URL']}${R}/runs/${vars['RUN_PASSED']}`, {
        headers: { authorization: `token ${vars['TOKEN_GITHUB_TOKEN']}`, 'user-agent': 'cli-test' }
      })
      expect(response.status).toBe(200)
      expect(await response.json()).toMatchObject({ status: 'completed', conclusion: 'success' })
    } finally {
      const exited = new Promise(resolve => child.on('exit', resolve))
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
  })
})
