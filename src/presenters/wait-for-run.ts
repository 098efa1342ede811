import { Outputs } from '../constants.js'
import type { WaitForRunResult } from '../operations/wait-for-run.js'
import type { Presentation } from '../operations/types.js'
import { conclusionIcon, worstOf } from '../conclusions.js'
import { escapeMarkdown, formatDuration } from '../summary/escape.js'
import { jobsTable, runHeader, runOutputs } from './common.js'
import { resultsOutputs, resultsSummary } from './results.js'

export function presentWaitForRun(result: WaitForRunResult): Presentation {
  if (result.jobPatterns) return presentWaitForJobs(result, result.jobPatterns)
  const { run } = result
  const outputs = {
    ...runOutputs(run),
    [Outputs.DurationSeconds]: String(Math.round(result.waitedMs / 1000)),
    ...resultsOutputs(result.results)
  }
  let failure: string | undefined
  if (result.timedOut) {
    failure = `Timed out after ${result.timeoutSeconds} seconds waiting for run ${run.id}, whose last status was ${run.status}.${cancelledSentence(result)} ${run.html_url}`
  } else if (!result.allowedConclusions.includes(run.conclusion ?? '')) {
    failure = `Run ${run.id} concluded ${run.conclusion ?? 'without a conclusion'}, which is not in allowed-conclusions (${result.allowedConclusions.join(', ')}): ${run.html_url}`
  }
  // The run's own failure comes first; a problem with its results is then in the summary.
  failure ??= result.results?.failure
  const heading = result.timedOut
    ? `## ⏱️ Timed out waiting for run ${run.id}`
    : `## ${conclusionIcon(run.conclusion)} Run ${run.id} ${run.conclusion ?? run.status}`
  const summary = [
    heading,
    runHeader(run),
    `Waited ${formatDuration(result.waitedMs)}.`,
    '### Jobs',
    jobsTable(result.jobs),
    ...resultsSummary(result.results)
  ].join('\n\n')
  return { outputs, summary, failure }
}

function cancelledSentence(result: WaitForRunResult): string {
  if (!result.cancelOnTimeout) return ''
  return result.cancelOnTimeout.cancelled
    ? ' It was cancelled (cancel-on-timeout).'
    : ` Cancelling it failed: ${result.cancelOnTimeout.detail}.`
}

/** wait-for-run with `jobs`: the conclusion is the worst of the matching jobs'. */
function presentWaitForJobs(result: WaitForRunResult, patterns: readonly string[]): Presentation {
  const { run, jobs } = result
  const going = jobs.filter(job => job.status !== 'completed')
  const unmatched = result.unmatched ?? []
  const worst = going.length > 0 || unmatched.length > 0 ? undefined : worstOf(jobs)
  const outputs = {
    ...runOutputs(run),
    [Outputs.Conclusion]: worst?.conclusion ?? '',
    [Outputs.DurationSeconds]: String(Math.round(result.waitedMs / 1000)),
    [Outputs.Jobs]: JSON.stringify(
      jobs.map(job => ({
        id: job.id,
        name: job.name,
        conclusion: job.conclusion,
        url: job.html_url
      }))
    ),
    ...resultsOutputs(result.results)
  }
  const quoted = (items: readonly string[]) => items.map(item => JSON.stringify(item)).join(', ')
  const refused = jobs.filter(
    job => job.status === 'completed' && !result.allowedConclusions.includes(job.conclusion ?? '')
  )
  let failure: string | undefined
  if (unmatched.length > 0 && !result.timedOut) {
    failure = `No job of run ${run.id} matches ${quoted(unmatched)} in input 'jobs', and the run has completed: ${run.html_url}`
  } else if (result.timedOut) {
    const waitingFor =
      going.length > 0
        ? `jobs ${quoted(going.map(job => job.name))}`
        : `a job matching ${quoted(unmatched)}`
    failure = `Timed out after ${result.timeoutSeconds} seconds waiting for ${waitingFor} of run ${run.id}.${cancelledSentence(result)} ${run.html_url}`
  } else if (refused.length > 0) {
    failure = `${refused.length} of ${jobs.length} matching jobs of run ${run.id} concluded outside allowed-conclusions (${result.allowedConclusions.join(', ')}): ${refused.map(job => `${JSON.stringify(job.name)} ${job.conclusion ?? ''} ${job.html_url ?? ''}`.trim()).join('; ')}`
  }
  const heading = result.timedOut
    ? `## ⏱️ Timed out waiting for jobs of run ${run.id}`
    : `## ${conclusionIcon(worst?.conclusion)} ${jobs.length} jobs of run ${run.id} ${worst?.conclusion ?? ''}`
  const summary = [
    heading.trimEnd(),
    runHeader(run),
    `Jobs matching ${escapeMarkdown(quoted(patterns))}. Waited ${formatDuration(result.waitedMs)}.`,
    '### Jobs',
    jobsTable(jobs),
    ...resultsSummary(result.results)
  ].join('\n\n')
  failure ??= result.results?.failure
  return { outputs, summary, failure }
}
