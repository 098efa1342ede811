/**
 * The CLI front end: flags to the same settings the action reads from INPUT_*, the same engine,
 * and the result as text for people (or one JSON object with --json). Exit codes: 0 the
 * operation succeeded, 1 it ended otherwise (an unwanted conclusion, a timeout, GitHub refused),
 * 2 bad usage (one sentence on stderr naming the flag). Never a `::` workflow command: the
 * reporter is plain text, and every line is made inert as in the action.
 */
import { Inputs, OPERATION_INPUTS, USER_AGENT, type InputName } from '../constants.js'
import { runEngine } from '../engine.js'
import { describeError } from '../github/errors.js'
import { InputError, getSettings } from '../inputs.js'
import type { Reporter } from '../reporter.js'
import * as log from '../step-log.js'
import { parseArgs, printable } from './args.js'
import { overviewHelp, operationHelp } from './help.js'
import { CliReporter, type TextSink } from './reporter.js'
import { apiUrlForWebHost, looksLikeUrl, parseRunUrl, type RunUrl } from './run-url.js'
import { summaryToText } from './terminal-summary.js'
import { ghAuthToken, resolveToken, type GhAuthToken } from './token.js'
import { UsageError } from './usage-error.js'

export const VERSION = USER_AGENT.replace(/^runctl\//, '')

export const EXIT = { success: 0, failure: 1, usage: 2 } as const

export interface CliIo {
  stdout: TextSink
  stderr: TextSink
  env: NodeJS.ProcessEnv
  /** `gh auth token` (tests pass a fake). */
  ghAuthToken?: GhAuthToken
  now?: () => number
  /** What one second of every retry wait lasts (tests only). */
  timeScale?: number
}

const INPUT_NAMES = new Set<string>(Object.values(Inputs))

/**
 * A sentence of the engine's, about inputs, in the CLI's words: `Input 'run-id'` and `'run-id'`
 * become `--run-id` (or the alias the user typed, such as --repo).
 */
export function inFlagTerms(sentence: string, spelling: ReadonlyMap<string, string>): string {
  const flag = (name: string) => spelling.get(name) ?? `--${name}`
  return sentence
    .replace(/\b[Ii]nput '([a-z-]+)'/g, (whole, name: string) =>
      INPUT_NAMES.has(name) ? flag(name) : whole
    )
    .replace(/'([a-z-]+)'/g, (whole, name: string) => (INPUT_NAMES.has(name) ? flag(name) : whole))
}

/** GH_REPO as gh reads it: OWNER/REPO or HOST/OWNER/REPO. */
function ghRepo(value: string): { repository: string; host?: string } {
  const parts = value.split('/')
  if (parts.length === 3) {
    return { repository: `${parts[1]}/${parts[2]}`, host: parts[0] }
  }
  return { repository: value }
}

interface Resolved {
  values: Map<InputName, string>
  token: string
}

/**
 * The inputs the CLI fills in itself: the run (from a run's web address), the repository
 * (--repo, the address, GH_REPO), the API URL (--api-url, GITHUB_API_URL, the address's host)
 * and the token (--token, GH_TOKEN, GITHUB_TOKEN, gh auth token).
 */
async function resolveInputs(
  parsed: Extract<ReturnType<typeof parseArgs>, { kind: 'run' }>,
  io: CliIo
): Promise<Resolved> {
  const values = new Map(parsed.values)
  const given = (name: InputName) => values.get(name)?.trim() || undefined
  let run: RunUrl | undefined
  const runIdText = given(Inputs.RunId)
  if (parsed.runUrl !== undefined) {
    if (!looksLikeUrl(parsed.runUrl)) {
      throw new UsageError(
        `Unexpected argument '${printable(parsed.runUrl)}': runctl ${parsed.operation} takes a run's web address there; give inputs as --flags.`
      )
    }
    run = parseRunUrl(parsed.runUrl, "The run's address")
    if (runIdText !== undefined && runIdText !== String(run.runId)) {
      throw new UsageError(
        `--run-id ${printable(runIdText)} and the run's address (run ${run.runId}) name different runs; give one.`
      )
    }
  } else if (runIdText !== undefined && looksLikeUrl(runIdText)) {
    run = parseRunUrl(runIdText, '--run-id')
  }
  if (run !== undefined) {
    if (!OPERATION_INPUTS[parsed.operation].includes(Inputs.RunId)) {
      throw new UsageError(`runctl ${parsed.operation} takes no run: leave out the run's address.`)
    }
    values.set(Inputs.RunId, String(run.runId))
    const repository = given(Inputs.Repository)
    const fromUrl = `${run.owner}/${run.repo}`
    if (repository !== undefined && repository.toLowerCase() !== fromUrl.toLowerCase()) {
      const flag = parsed.spelling.get(Inputs.Repository) ?? '--repo'
      throw new UsageError(
        `${flag} ${printable(repository)} and the run's address (${fromUrl}) name different repositories; give one.`
      )
    }
    values.set(Inputs.Repository, fromUrl)
    if (
      run.attempt !== undefined &&
      given(Inputs.Attempt) === undefined &&
      OPERATION_INPUTS[parsed.operation].includes(Inputs.Attempt)
    ) {
      values.set(Inputs.Attempt, String(run.attempt))
    }
  }
  let ghRepoHost: string | undefined
  if (given(Inputs.Repository) === undefined && io.env['GH_REPO']) {
    const fromEnv = ghRepo(io.env['GH_REPO'])
    values.set(Inputs.Repository, fromEnv.repository)
    ghRepoHost = fromEnv.host
  }
  if (given(Inputs.GithubApiUrl) === undefined) {
    const apiUrl =
      io.env['GITHUB_API_URL'] ||
      run?.apiUrl ||
      (ghRepoHost ? apiUrlForWebHost(new URL(`https://${ghRepoHost}`)) : undefined)
    if (apiUrl) values.set(Inputs.GithubApiUrl, apiUrl)
  }
  const apiUrl = given(Inputs.GithubApiUrl) ?? 'https://api.github.com'
  const resolved = await resolveToken(
    given(Inputs.Token),
    io.env,
    apiUrl,
    io.ghAuthToken ?? ghAuthToken
  )
  if (resolved === undefined) {
    throw new UsageError(
      'No token: set GH_TOKEN (or GITHUB_TOKEN) to a token with access to the repository, or log in with `gh auth login`.'
    )
  }
  values.set(Inputs.Token, resolved.token)
  return { values, token: resolved.token }
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const say = (sink: TextSink, text: string) => sink.write(`${text}\n`)
  let spelling: ReadonlyMap<string, string> = new Map()
  let reporter: CliReporter | undefined
  let previousReporter: Reporter | undefined
  try {
    const parsed = parseArgs(argv)
    if (parsed.kind === 'version') {
      say(io.stdout, VERSION)
      return EXIT.success
    }
    if (parsed.kind === 'help') {
      say(
        io.stdout,
        parsed.operation ? operationHelp(parsed.operation, VERSION) : overviewHelp(VERSION)
      )
      return EXIT.success
    }
    spelling = parsed.spelling
    reporter = new CliReporter({ stderr: io.stderr, now: io.now, verbose: parsed.verbose })
    previousReporter = log.setReporter(reporter)
    const { values, token } = await resolveInputs(parsed, io)
    reporter.secret(token)
    const env = { ...io.env }
    const settings = getSettings(env, name =>
      name === Inputs.Operation ? parsed.operation : (values.get(name) ?? '').trim()
    )
    reporter.start(parsed.operation)
    let result
    try {
      result = await runEngine(settings, { env, timeScale: io.timeScale })
    } finally {
      reporter.stop()
    }
    const { presentation } = result
    if (parsed.json) {
      const outputs = Object.fromEntries(
        Object.entries(presentation.outputs).filter(([, value]) => value !== undefined)
      )
      say(io.stdout, JSON.stringify(outputs))
    } else if (settings.summary) {
      say(io.stdout, reporter.clean(summaryToText(String(presentation.summary))))
    }
    log.debug(`API requests: ${result.stats.requests} (${result.stats.notModified} answered 304).`)
    if (presentation.failure) {
      log.setFailed(inFlagTerms(presentation.failure, spelling))
      return EXIT.failure
    }
    return EXIT.success
  } catch (error) {
    reporter?.stop()
    if (error instanceof UsageError || error instanceof InputError) {
      say(io.stderr, `runctl: ${log.inert(inFlagTerms(error.message, spelling))}`)
      return EXIT.usage
    }
    const sentence = inFlagTerms(describeError(error), spelling)
    if (reporter) log.setFailed(sentence)
    else say(io.stderr, `runctl: ${log.inert(sentence)}`)
    return EXIT.failure
  } finally {
    if (previousReporter) log.setReporter(previousReporter)
  }
}
