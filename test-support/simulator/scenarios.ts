/** Scripted repositories for the CLI and the demo: a small, realistic mix of runs. */
import type { Simulator } from './types.js'

export const SCENARIOS = ['demo', 'empty'] as const
export type Scenario = (typeof SCENARIOS)[number]

export function isScenario(value: string): value is Scenario {
  return (SCENARIOS as readonly string[]).includes(value)
}

/** Run ids by role, so a caller (the demo) can point each operation at the right run. */
export interface DemoRuns {
  passed: number
  failedThenPasses: number
  running: number
  awaitingReview: number
  forkPullRequest: number
}

export function loadScenario(sim: Simulator, scenario: Scenario): DemoRuns | undefined {
  if (scenario === 'empty') return undefined
  const passed = sim.addRun({
    workflow: 'ci.yml',
    completed: true,
    createdAt: -60 * 60 * 1000,
    jobs: [
      { name: 'lint', durationMs: 400 },
      {
        name: 'test',
        durationMs: 900,
        steps: [
          { name: 'Set up job' },
          { name: 'Run npm test', log: ['Tests: 42 passed, 42 total'] },
          { name: 'Complete job' }
        ]
      }
    ]
  })
  const failedThenPasses = sim.addRun({
    workflow: 'ci.yml',
    branch: 'feature/retry',
    completed: true,
    createdAt: -30 * 60 * 1000,
    jobs: [
      { name: 'build', durationMs: 300 },
      {
        name: 'test',
        needs: ['build'],
        conclusion: ['failure', 'success'],
        steps: [
          { name: 'Set up job' },
          {
            name: 'Run npm test',
            log: [
              'FAIL src/flaky.test.ts',
              '  ● retries › eventually passes',
              'Tests: 1 failed, 41 passed, 42 total'
            ]
          },
          { name: 'Complete job' }
        ]
      }
    ]
  })
  const running = sim.addRun({
    workflow: 'ci.yml',
    queuedMs: 500,
    jobs: [
      { name: 'build', durationMs: 1500 },
      { name: 'test', needs: ['build'], durationMs: 1500 }
    ]
  })
  const awaitingReview = sim.addRun({
    workflow: 'deploy.yml',
    event: 'workflow_dispatch',
    environments: [{ name: 'production', reviewers: ['octo-reviewer'] }],
    jobs: [
      { name: 'build', durationMs: 300 },
      { name: 'deploy', needs: ['build'], environment: 'production', durationMs: 600 }
    ]
  })
  const forkPullRequest = sim.addRun({
    workflow: 'ci.yml',
    branch: 'contributor/patch-1',
    forkPullRequestNeedingApproval: true
  })
  // A workflow another CI dispatches (the README's dispatch-and-wait example).
  sim.addWorkflow({
    file: 'release.yml',
    inputs: { version: { required: true } },
    runName: 'Release ${{ inputs.version }}',
    jobs: [{ name: 'publish', durationMs: 500 }]
  })
  return { passed, failedThenPasses, running, awaitingReview, forkPullRequest }
}
