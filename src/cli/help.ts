/**
 * `runctl --help` and `runctl <operation> --help`, generated from the input table that action.yml
 * declares (input-table.generated.ts) and the operations' inputs in src/constants.ts, so the
 * help, the action and the README cannot say different things (__tests__/cli/help.test.ts).
 */
import { OPERATIONS, type Operation } from '../constants.js'
import { ACTION_OUTPUTS } from './input-table.generated.js'
import { ALIASES, flagsFor } from './flags.js'

/** One line per operation for the overview (the action.yml inputs say the details). */
export const OPERATION_SUMMARIES: Readonly<Record<Operation, string>> = {
  'wait-for-run': 'Wait for a workflow run (or its jobs, or every run a filter finds) to complete.',
  'rerun-failed':
    "Re-run a run's failed jobs (or one job), optionally waiting for the new attempt.",
  cancel: 'Cancel a run, or the superseded runs a filter finds.',
  'fetch-logs': "Download a run's logs and show the tails of its failed steps.",
  'approve-deployment':
    'Approve or reject pending deployments of a run (or a fork pull request run).',
  'report-usage': 'Report job and step timings (and billable time) of a run or of recent runs.',
  dispatch: 'Start a workflow_dispatch run and find exactly that run; optionally wait for it.',
  'wait-for-checks': 'Wait for the check runs and statuses of a commit, branch or tag.'
}

export const EXIT_CODES = [
  '0  the operation succeeded (the conclusion was allowed)',
  '1  it ended otherwise: an unwanted conclusion, a timeout, GitHub refused',
  '2  bad usage: an unknown flag, a missing or invalid value'
]

const WIDTH = 80

/** Words wrapped to WIDTH, each line indented. */
function wrap(text: string, indent: string): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(indent + line)
  return lines
}

export function overviewHelp(version: string): string {
  const width = Math.max(...OPERATIONS.map(operation => operation.length))
  return [
    `runctl ${version}: control GitHub Actions workflow runs from a terminal or any CI.`,
    '',
    'Usage: runctl <operation> [RUN_URL] [--input-name VALUE ...] [--json]',
    '',
    'Operations:',
    ...OPERATIONS.map(
      operation => `  ${operation.padEnd(width)}  ${OPERATION_SUMMARIES[operation]}`
    ),
    '',
    'Every input of the action is a flag of the same name (runctl <operation> --help lists them).',
    "A run's web address (https://github.com/OWNER/REPO/actions/runs/ID, a GitHub Enterprise",
    'Server or SUB.ghe.com one) may replace --repo and --run-id and sets the API URL.',
    '',
    ...commonOptions(),
    '',
    ...environment(),
    '',
    'Exit codes:',
    ...EXIT_CODES.map(line => `  ${line}`)
  ].join('\n')
}

function commonOptions(): string[] {
  return [
    'Options:',
    '  --json             print one JSON object of the outputs on stdout, nothing else there',
    '  --repo OWNER/REPO  the repository (same as --repository; default GH_REPO)',
    '  --api-url URL      the REST API (same as --github-api-url; default GITHUB_API_URL)',
    '  --verbose          also print debug lines',
    '  --help, --version'
  ]
}

function environment(): string[] {
  return [
    'Environment:',
    '  GH_TOKEN, GITHUB_TOKEN  the token (else `gh auth token` when gh is installed);',
    '                          never printed',
    '  GH_REPO                 the repository when neither --repo nor a run address is given',
    '  GITHUB_API_URL          the REST API when --api-url is not given'
  ]
}

export function operationHelp(operation: Operation, version: string): string {
  const flags = flagsFor(operation)
  const lines = [
    `runctl ${version} ${operation}: ${OPERATION_SUMMARIES[operation]}`,
    '',
    `Usage: runctl ${operation} [RUN_URL] [flags]`,
    '',
    'Flags (the inputs of the action, same names, defaults and validation):'
  ]
  for (const spec of flags) {
    const value = spec.boolean ? ' [true|false]' : ' VALUE'
    const alias = Object.entries(ALIASES).find(([, input]) => input === spec.input)?.[0]
    lines.push(`  ${spec.flag}${value}${alias ? `, ${alias}${value}` : ''}`)
    lines.push(...wrap(spec.description, '      '))
    if (spec.defaultText !== undefined)
      lines.push(...wrap(`Default: ${spec.defaultText}`, '      '))
  }
  lines.push(
    '',
    'A flag given twice is a list (its values one per line); a true/false flag may stand alone',
    '(--wait) or be negated (--no-wait).',
    '',
    ...commonOptions(),
    '',
    ...environment(),
    '',
    'Outputs (--json prints them as one object of strings):',
    ...Object.entries(ACTION_OUTPUTS).flatMap(([name, description]) =>
      appliesTo(description, operation) ? wrap(`${name}: ${description}`, '  ') : []
    ),
    '',
    'Exit codes:',
    ...EXIT_CODES.map(line => `  ${line}`)
  )
  return lines.join('\n')
}

/**
 * Whether an output's description is about this operation: it names the operation, or it names
 * none (the outputs every operation sets).
 */
function appliesTo(description: string, operation: Operation): boolean {
  const named = (op: string) => new RegExp(`(^|[\\s,(])${op}(?![\\w-])`).test(description)
  return named(operation) || !OPERATIONS.some(named)
}
