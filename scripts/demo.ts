/**
 * `npm run demo`: the bundled action (dist/index.js) driven through every operation against the
 * local GitHub API simulator — no token, no network. Prints what a user would see in the Actions
 * log, then the step's outputs and its job summary as text. Exits non-zero if any step misbehaves.
 */
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { cleanUp, runAction, type ActionRunResult } from '../test-support/e2e.js'
import { startSimulator, type Simulator } from '../test-support/simulator/index.js'

interface DemoStep {
  title: string
  inputs: Record<string, string>
  token?: string
  expectExitCode: number
  /** Outputs that must come out exactly so. */
  expectOutputs?: (sim: Simulator) => Record<string, string>
  /** Checks on the result beyond outputs; returns a problem, or undefined. */
  check?: (result: ActionRunResult, sim: Simulator) => string | undefined
  /** Run against this simulator instead of the github.com one (e.g. a GHES flavour). */
  server?: Simulator
}

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)

/** Renders workflow commands the way the Actions log shows them. */
export function renderLog(stdout: string): string {
  const lines: string[] = []
  let stopToken: string | undefined
  for (const line of stdout.split('\n')) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined
      else lines.push(line)
      continue
    }
    const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
    if (!command) {
      lines.push(line)
      continue
    }
    const [, name, message] = command as unknown as [string, string, string]
    if (name === 'stop-commands') stopToken = message
    else if (name === 'group') lines.push(`▸ ${message}`)
    else if (name === 'error') lines.push(`Error: ${message}`)
    else if (name === 'warning') lines.push(`Warning: ${message}`)
    else if (name === 'notice') lines.push(`Notice: ${message}`)
    // add-mask, endgroup, debug, set-output: not shown by the runner
  }
  return lines.join('\n').trimEnd()
}

/** The job summary as a reader sees it: tags dropped, links kept as "text (url)", entities decoded. */
export function summaryAsText(summary: string): string {
  return summary
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, '$2 ($1)')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim()
}

function indent(text: string): string {
  return text
    .split('\n')
    .map(line => `    ${line}`)
    .join('\n')
}

async function main(): Promise<number> {
  const sim = await startSimulator({ flavour: 'github.com' })
  // A GitHub Enterprise Server whose dispatch answers 204: the run must be found by listing.
  const ghes = await startSimulator({ flavour: 'ghes-3.21' })
  console.log(
    `GitHub API simulators (github.com at ${sim.apiUrl}, GHES 3.21 at ${ghes.apiUrl}); no token, no network.\n`
  )
  try {
    // The commit this demo pretends to run on: other workflows of it are waited for with all-runs.
    const commit = 'd3a10c0de'.padEnd(40, '0')
    // The workflow run this demo pretends to be a step of (GITHUB_RUN_ID).
    const current = sim.addRun({
      workflow: 'manual-ops.yml',
      event: 'workflow_dispatch',
      branch: 'topic',
      headSha: commit,
      jobs: [{ name: 'operate', durationMs: 600_000 }]
    })
    const commitRuns = [
      sim.addRun({
        workflow: 'ci.yml',
        branch: 'topic',
        headSha: commit,
        jobs: [{ name: 'test', durationMs: 900 }]
      }),
      sim.addRun({
        workflow: 'lint.yml',
        branch: 'topic',
        headSha: commit,
        jobs: [{ name: 'lint', durationMs: 400 }]
      })
    ]
    // Checks of the same commit from other apps and the Statuses API: a CodeQL analysis, a
    // Vercel preview that failed and was re-run (same name), a CircleCI status.
    sim.addCheckRun({ headSha: commit, name: 'CodeQL', app: 'github-advanced-security' })
    sim.addCheckRun({
      headSha: commit,
      name: 'Vercel – Preview',
      app: 'vercel',
      durationMs: 200,
      conclusion: 'failure'
    })
    sim.addCheckRun({
      headSha: commit,
      name: 'Vercel – Preview',
      app: 'vercel',
      appearAfterMs: 400,
      durationMs: 500
    })
    sim.addStatus({ sha: commit, context: 'ci/circleci: build', state: 'pending' })
    sim.addStatus({
      sha: commit,
      context: 'ci/circleci: build',
      state: 'success',
      atMs: 800,
      targetUrl: 'https://circleci.example/build/1'
    })
    // A big run of which only the build and test jobs gate a deployment: its e2e job goes on.
    const train = sim.addRun({
      workflow: 'train.yml',
      jobs: [
        { name: 'build', durationMs: 400 },
        { name: 'test (ubuntu, 22)', needs: ['build'], durationMs: 500 },
        { name: 'test (windows, 22)', needs: ['build'], durationMs: 700 },
        { name: 'e2e', durationMs: 600_000 }
      ]
    })
    // A workflow that takes an id in its run-name; a colleague dispatches it at the same moment.
    for (const server of [sim, ghes]) {
      server.addWorkflow({
        file: 'release.yml',
        inputs: { version: { required: true }, 'dispatch-id': { default: '' } },
        runName: 'Release ${{ inputs.version }} ${{ inputs.dispatch-id }}',
        jobs: [{ name: 'publish', durationMs: 500 }],
        concurrentDispatches: [{ actor: 'octo-dev', offsetMs: -100, inputs: { version: '0.9.9' } }],
        // What the release publishes: its build, and its outputs as one JSON object.
        artifacts: [
          {
            name: 'dist',
            files: { 'app.tar.gz': 'the released app\n', SHA256SUMS: 'abc  app.tar.gz\n' }
          },
          {
            name: 'outputs',
            files: { 'outputs.json': '{"version": "1.0.0", "image": "ghcr.io/octo/app:1.0.0"}' }
          }
        ]
      })
    }
    /** The next step of the parent: run-outputs and a downloaded file are there to use. */
    const broughtBack = (result: ActionRunResult) => {
      const outputs = JSON.parse(result.outputs['run-outputs'] ?? '{}') as { version?: string }
      if (outputs.version !== '1.0.0') return 'run-outputs has no version 1.0.0'
      const [dist] = JSON.parse(result.outputs['artifacts'] ?? '[]') as { path: string }[]
      if (!dist || !existsSync(path.join(dist.path, 'app.tar.gz')))
        return 'the downloaded dist/app.tar.gz is not there'
      return undefined
    }
    /** The run the one dispatch request started: its id is the step's run-id output. */
    const followedOwnRun = (result: ActionRunResult, server: Simulator) => {
      const sent = server.requests.filter(
        r => r.method === 'POST' && r.path.endsWith('/dispatches')
      )
      if (sent.length !== 1) return `${sent.length} dispatch requests were sent, expected exactly 1`
      const marker = (sent[0]?.body as { inputs?: Record<string, string> }).inputs?.['dispatch-id']
      const run = server.getRun(Number(result.outputs['run-id'])) as
        { display_title?: string; actor?: { login: string } } | undefined
      if (marker && !run?.display_title?.includes(marker))
        return 'the run followed is not the one dispatched'
      if (run?.actor?.login !== 'github-actions[bot]')
        return 'the run followed was dispatched by someone else'
      return undefined
    }
    const green = sim.addRun({
      workflow: 'ci.yml',
      displayTitle: 'Add the <b>widget</b> | fast',
      jobs: [
        { name: 'build', durationMs: 700 },
        { name: 'test (ubuntu, 20)', needs: ['build'], durationMs: 800 }
      ]
    })
    const flaky = sim.addRun({
      workflow: 'ci.yml',
      completed: true,
      jobs: [
        { name: 'build', durationMs: 300 },
        { name: 'integration', conclusion: ['failure', 'success'], durationMs: 400 }
      ]
    })
    const broken = sim.addRun({
      workflow: 'ci.yml',
      completed: true,
      jobs: [
        {
          name: 'test',
          conclusion: 'failure',
          steps: [
            { name: 'Set up job' },
            {
              name: 'Run tests',
              conclusion: 'failure',
              log: [
                'PASS src/a.test.ts',
                '::add-mask::this-line-comes-from-an-untrusted-log',
                '::error::an attacker-controlled line, shown as text',
                'FAIL src/b.test.ts: expected 2, got 3',
                'Error: Process completed with exit code 1.'
              ]
            }
          ]
        }
      ]
    })
    const gated = sim.addRun({
      workflow: 'deploy.yml',
      environments: [{ name: 'production', reviewers: ['octo-reviewer'] }],
      jobs: [{ name: 'deploy', environment: 'production', durationMs: 400 }]
    })
    const superseded = sim.addRun({
      workflow: 'manual-ops.yml',
      branch: 'topic',
      createdAt: -120_000,
      jobs: [{ name: 'operate', durationMs: 600_000 }]
    })

    const steps: DemoStep[] = [
      {
        title:
          'dispatch (github.com): start a release, get its run from the answer, wait for it, bring back its artifact and run-outputs',
        inputs: {
          operation: 'dispatch',
          workflow: 'release.yml',
          ref: 'main',
          inputs: '{"version": "1.0.0"}',
          wait: 'true',
          'download-artifacts': 'dist',
          'outputs-artifact': 'outputs',
          'poll-interval-seconds': '0.3'
        },
        expectExitCode: 0,
        expectOutputs: () => ({ status: 'completed', conclusion: 'success' }),
        check: (result, server) => followedOwnRun(result, server) ?? broughtBack(result)
      },
      {
        title: 'dispatch (GHES, answers 204): find its own run by the marker in its run-name',
        server: ghes,
        inputs: {
          operation: 'dispatch',
          workflow: 'release.yml',
          ref: 'main',
          inputs: '{"version": "1.0.0"}',
          'correlation-input': 'dispatch-id',
          wait: 'true',
          'download-artifacts': 'dist',
          'outputs-artifact': 'outputs',
          'poll-interval-seconds': '0.3'
        },
        expectExitCode: 0,
        expectOutputs: () => ({ status: 'completed', conclusion: 'success' }),
        check: (result, server) => followedOwnRun(result, server) ?? broughtBack(result)
      },
      {
        title: 'wait-for-run all-runs: every other workflow run of this commit',
        inputs: {
          operation: 'wait-for-run',
          'all-runs': 'true',
          'head-sha': commit,
          'poll-interval-seconds': '0.3'
        },
        expectExitCode: 0,
        expectOutputs: () => ({ conclusion: 'success' }),
        check: result => {
          const ids = (JSON.parse(result.outputs['runs'] ?? '[]') as { id: number }[]).map(
            r => r.id
          )
          return JSON.stringify(ids) === JSON.stringify(commitRuns)
            ? undefined
            : `runs ${JSON.stringify(ids)}, expected ${JSON.stringify(commitRuns)} (this run excluded)`
        }
      },
      {
        title: 'wait-for-checks: every check run (any app) and status of this commit',
        inputs: { operation: 'wait-for-checks', ref: commit, 'poll-interval-seconds': '0.3' },
        expectExitCode: 0,
        expectOutputs: () => ({ conclusion: 'success' }),
        check: result => {
          const checks = JSON.parse(result.outputs['checks'] ?? '[]') as {
            name: string
            source: string
          }[]
          const seen = checks.map(c => `${c.name} (${c.source})`).join(', ')
          const expected =
            'ci/circleci: build (status), CodeQL (github-advanced-security), lint (github-actions), test (github-actions), Vercel – Preview (vercel)'
          return seen === expected
            ? undefined
            : `checks ${seen}, expected ${expected} (this run's own job left out)`
        }
      },
      {
        title: 'wait-for-run with jobs: only the build and test jobs of a run that goes on',
        inputs: {
          operation: 'wait-for-run',
          'run-id': String(train),
          jobs: 'build\ntest (*)',
          'poll-interval-seconds': '0.3'
        },
        expectExitCode: 0,
        expectOutputs: () => ({ conclusion: 'success', status: 'in_progress' })
      },
      {
        title: 'wait-for-run: wait for a CI run to finish',
        inputs: {
          operation: 'wait-for-run',
          'run-id': String(green),
          'poll-interval-seconds': '0.3'
        },
        expectExitCode: 0,
        expectOutputs: () => ({ 'run-id': String(green), conclusion: 'success' })
      },
      {
        title: 'rerun-failed: re-run the failed job of a flaky run and wait for the new attempt',
        inputs: {
          operation: 'rerun-failed',
          'run-id': String(flaky),
          wait: 'true',
          'poll-interval-seconds': '0.3'
        },
        expectExitCode: 0,
        expectOutputs: () => ({ rerun: 'true', attempt: '2', conclusion: 'success' })
      },
      {
        title: 'fetch-logs: fetch the failed job’s logs and show the failing step’s tail',
        inputs: { operation: 'fetch-logs', 'run-id': String(broken), 'tail-lines': '10' },
        expectExitCode: 0,
        check: result =>
          result.stdout.includes('\n::error::an attacker-controlled line') &&
          !/^::stop-commands::/m.test(result.stdout)
            ? 'a ::error:: line from the log reached the runner unescaped'
            : undefined
      },
      {
        title: 'approve-deployment with GITHUB_TOKEN: refused before any review is sent',
        inputs: {
          operation: 'approve-deployment',
          'run-id': String(gated),
          environments: 'production',
          decision: 'approve',
          'wait-for-pending': 'true',
          'timeout-seconds': '20',
          'poll-interval-seconds': '0.3'
        },
        expectExitCode: 1
      },
      {
        title: 'approve-deployment with a required reviewer’s token',
        token: sim.tokens.reviewer,
        inputs: {
          operation: 'approve-deployment',
          'run-id': String(gated),
          environments: 'production',
          decision: 'approve',
          comment: 'Approved from the runctl demo.'
        },
        expectExitCode: 0,
        expectOutputs: () => ({ decision: 'approve' })
      },
      {
        title: 'report-usage: durations, queue times and a timeline of the CI run',
        inputs: { operation: 'report-usage', 'run-id': String(green) },
        expectExitCode: 0,
        expectOutputs: () => ({ 'run-id': String(green) })
      },
      {
        title: 'cancel: cancel superseded runs of this workflow on this branch',
        inputs: { operation: 'cancel', workflow: 'manual-ops.yml', branch: 'topic' },
        expectExitCode: 0,
        expectOutputs: () => ({ 'cancelled-run-ids': JSON.stringify([superseded]) })
      }
    ]

    const problems: string[] = []
    for (const step of steps) {
      console.log(bold(`━━ ${step.title}`))
      const shown = Object.entries(step.inputs)
        .map(([name, value]) => `${name}: ${value}`)
        .join('\n')
      console.log(`  with:\n${indent(shown)}\n`)
      const server = step.server ?? sim
      const result = await runAction(step.inputs, {
        apiUrl: server.apiUrl,
        token: step.token ?? server.tokens.githubToken,
        currentRunId: current,
        timeoutMs: 60_000
      })
      console.log(`  Actions log:\n${indent(renderLog(result.stdout))}`)
      if (result.stderr.trim()) console.log(`  stderr:\n${indent(result.stderr.trim())}`)
      console.log(`  exit code: ${result.exitCode}`)
      const outputs = Object.entries(result.outputs).map(([name, value]) => {
        const shownValue = value.length > 160 ? `${value.slice(0, 157)}…` : value
        return `${name} = ${shownValue}`
      })
      console.log(`  outputs:\n${indent(outputs.join('\n') || '(none)')}`)
      console.log(`  job summary:\n${indent(summaryAsText(result.summary) || '(none)')}\n`)

      const stepProblems: string[] = []
      if (result.exitCode !== step.expectExitCode) {
        stepProblems.push(`exit code ${result.exitCode}, expected ${step.expectExitCode}`)
      }
      for (const [name, value] of Object.entries(step.expectOutputs?.(server) ?? {})) {
        if (result.outputs[name] !== value) {
          stepProblems.push(
            `output ${name} = ${JSON.stringify(result.outputs[name])}, expected ${JSON.stringify(value)}`
          )
        }
      }
      const problem = step.check?.(result, server)
      if (problem) stepProblems.push(problem)
      if (/^\s+at .+:\d+:\d+\)?$/m.test(result.stdout + result.stderr)) {
        stepProblems.push('a stack trace was printed')
      }
      problems.push(...stepProblems.map(p => `${step.title}: ${p}`))
      await cleanUp(result)
    }
    if (problems.length > 0) {
      console.error(`Demo FAILED:\n${problems.map(p => `  - ${p}`).join('\n')}`)
      return 1
    }
    console.log(
      bold(`Demo passed: ${steps.length} steps, every operation, all against the local simulator.`)
    )
    return 0
  } finally {
    await Promise.all([sim.close(), ghes.close()])
  }
}

main().then(
  code => process.exit(code),
  (error: unknown) => {
    console.error(`Demo FAILED: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
)
