/**
 * The engine's one entry, shared by both front ends (the action's src/main.ts and the CLI's
 * src/cli/main.ts): typed settings in, a typed presentation out (outputs, summary, failure).
 * What is printed on the way goes through src/step-log.ts to whichever reporter the front end
 * installed; nothing here knows about Actions.
 */
import { Deadline, systemClock, type Clock } from './clock.js'
import type { OperationDeps, Presentation } from './operations/types.js'
import { withServerNotes } from './presenters/server-notes.js'
import type { Settings } from './settings.js'
import type { SummaryText } from './summary/streamed.js'

export interface EngineOptions {
  clock?: Clock
  env: NodeJS.ProcessEnv
  deadline?: Deadline
  /** What one second of every retry wait lasts, as a fraction (tests only; 1 by default). */
  timeScale?: number
}

export interface EngineResult {
  presentation: Presentation<SummaryText>
  /** Requests sent (retries included) and how many were answered 304. */
  stats: { requests: number; notModified: number }
}

export async function runEngine(
  settings: Settings,
  options: EngineOptions & Partial<Pick<OperationDeps, 'clock'>>
): Promise<EngineResult> {
  const clock = options.clock ?? systemClock
  // The one time budget: the client fits every request, retry and rate-limit wait in it, and
  // the operation's own waits share it.
  const deadline = options.deadline ?? new Deadline(clock, settings.timeoutSeconds)
  // Loaded only now: a bad input fails without loading the client or any operation.
  const [{ createGitHubClient }, { runOperation }] = await Promise.all([
    import('./github/client.js'),
    import('./run-operation.js')
  ])
  const client = createGitHubClient({
    token: settings.token,
    baseUrl: settings.apiUrl,
    apiVersion: settings.apiVersion,
    owner: settings.owner,
    repo: settings.repo,
    sleep: clock.sleep,
    now: clock.now,
    deadline,
    timeScale: options.timeScale
  })
  const presentation = withServerNotes(
    await runOperation(settings, client, { clock, env: options.env, deadline }),
    client.notes
  )
  return { presentation, stats: client.stats }
}
