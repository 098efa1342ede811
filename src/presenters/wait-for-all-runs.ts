import { conclusionIcon, worstOf } from '../conclusions.js'
import { Outputs } from '../constants.js'
import { describeFilter } from '../find-run.js'
import type { WaitForAllRunsResult } from '../operations/wait-for-all-runs.js'
import type { Presentation } from '../operations/types.js'
import { escapeCell, escapeMarkdown, formatDuration, link, table } from '../summary/escape.js'
import { runOutputs, runTitle } from './common.js'
import { resultsOutputs, resultsSummary } from './results.js'

export function presentWaitForAllRuns(result: WaitForAllRunsResult): Presentation {
  const { runs } = result
  const pending = runs.filter(run => run.status !== 'completed')
  // The run that speaks for all: the one still going, else the worst conclusion.
  const decisive = pending[0] ?? worstOf(runs)
  const outputs = {
    ...(decisive ? runOutputs(decisive) : {}),
    [Outputs.Conclusion]: pending.length > 0 ? '' : (decisive?.conclusion ?? ''),
    [Outputs.DurationSeconds]: String(Math.round(result.waitedMs / 1000)),
    [Outputs.Runs]: JSON.stringify(
      runs.map(run => ({
        id: run.id,
        workflow: run.name ?? run.path ?? String(run.workflow_id),
        conclusion: run.conclusion,
        url: run.html_url
      }))
    ),
    ...resultsOutputs(result.results)
  }
  const refused = runs.filter(
    run => run.status === 'completed' && !result.allowedConclusions.includes(run.conclusion ?? '')
  )
  let failure: string | undefined
  if (result.timedOut) {
    const cancelled = result.cancelOnTimeout
      ? ` Cancelled (cancel-on-timeout): ${
          result.cancelOnTimeout
            .filter(c => c.cancelled)
            .map(c => c.runId)
            .join(', ') || 'none'
        }.`
      : ''
    failure = `Timed out after ${result.timeoutSeconds} seconds waiting for ${pending.length} of ${runs.length} runs matching ${describeFilter(result.filter)}: ${pending.map(run => run.id).join(', ')}.${cancelled}`
  } else if (refused.length > 0) {
    failure = `${refused.length} of ${runs.length} runs concluded outside allowed-conclusions (${result.allowedConclusions.join(', ')}): ${refused.map(run => `${run.id} ${run.conclusion ?? 'without a conclusion'} ${run.html_url}`).join('; ')}`
  }
  const heading = result.timedOut
    ? `## ⏱️ Timed out waiting for ${pending.length} of ${runs.length} runs`
    : `## ${conclusionIcon(outputs[Outputs.Conclusion])} ${runs.length} runs ${escapeMarkdown(outputs[Outputs.Conclusion] ?? '')}`
  const summary = [
    heading,
    `Every run matching ${escapeMarkdown(describeFilter(result.filter))}. Waited ${formatDuration(result.waitedMs)}.`,
    table(
      ['Run', 'Workflow', 'Branch', 'Conclusion'],
      runs.map(run => [
        link(`${runTitle(run)} #${run.run_number ?? run.id}`, run.html_url),
        escapeCell(run.name ?? run.path ?? String(run.workflow_id)),
        escapeCell(run.head_branch ?? ''),
        `${conclusionIcon(run.conclusion)} ${escapeCell(run.conclusion ?? String(run.status))}`
      ])
    ),
    ...resultsSummary(result.results)
  ].join('\n\n')
  failure ??= result.results?.failure
  return { outputs, summary, failure }
}
