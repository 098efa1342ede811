import { Outputs } from '../constants.js'
import type { WaitForRunResult } from '../operations/wait-for-run.js'
import type { Presentation } from '../operations/types.js'
import { conclusionIcon } from '../conclusions.js'
import { formatDuration } from '../summary/escape.js'
import { jobsTable, runHeader, runOutputs } from './common.js'

export function presentWaitForRun(result: WaitForRunResult): Presentation {
  const { run } = result
  const outputs = {
    ...runOutputs(run),
    [Outputs.DurationSeconds]: String(Math.round(result.waitedMs / 1000))
  }
  let failure: string | undefined
  if (result.timedOut) {
    const cancelled = result.cancelOnTimeout
      ? result.cancelOnTimeout.cancelled
        ? ' It was cancelled (cancel-on-timeout).'
        : ` Cancelling it failed: ${result.cancelOnTimeout.detail}.`
      : ''
    failure = `Timed out after ${result.timeoutSeconds} seconds waiting for run ${run.id}, whose last status was ${run.status}.${cancelled} ${run.html_url}`
  } else if (!result.allowedConclusions.includes(run.conclusion ?? '')) {
    failure = `Run ${run.id} concluded ${run.conclusion ?? 'without a conclusion'}, which is not in allowed-conclusions (${result.allowedConclusions.join(', ')}): ${run.html_url}`
  }
  const heading = result.timedOut
    ? `## ⏱️ Timed out waiting for run ${run.id}`
    : `## ${conclusionIcon(run.conclusion)} Run ${run.id} ${run.conclusion ?? run.status}`
  const summary = [
    heading,
    runHeader(run),
    `Waited ${formatDuration(result.waitedMs)}.`,
    '### Jobs',
    jobsTable(result.jobs)
  ].join('\n\n')
  return { outputs, summary, failure }
}
