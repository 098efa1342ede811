import { Outputs } from '../constants.js'
import { READBACK_SECONDS, type RerunFailedResult } from '../operations/rerun-failed.js'
import type { Presentation } from '../operations/types.js'
import { escapeMarkdown, formatDuration } from '../summary/escape.js'
import { conclusionIcon } from '../conclusions.js'
import { jobsTable, runHeader, runOutputs } from './common.js'

export function presentRerunFailed(result: RerunFailedResult): Presentation {
  const { run } = result
  const rerun = result.outcome === 'rerun'
  const outputs = {
    ...runOutputs(run),
    // The read-back can lag; the attempt GitHub will show is still the right output.
    [Outputs.Attempt]: String(result.newAttempt ?? result.previousAttempt),
    [Outputs.Rerun]: String(rerun),
    [Outputs.RerunJobIds]: JSON.stringify(result.rerunJobs.map(job => job.id))
  }
  const sections = [heading(result), escapeMarkdown(explanation(result)), runHeader(run)]
  if (result.rerunJobs.length > 0) {
    sections.push(
      `### Re-run jobs (as they were in attempt ${result.previousAttempt})`,
      jobsTable(result.rerunJobs)
    )
  }
  if (result.waitForNewAttempt) {
    sections.push(
      `### Jobs of attempt ${result.newAttempt}`,
      `Waited ${formatDuration(result.waitedMs)}.`,
      jobsTable(result.waitForNewAttempt.jobs)
    )
  }
  return { outputs, summary: sections.join('\n\n'), failure: failure(result) }
}

function heading(result: RerunFailedResult): string {
  const { run } = result
  switch (result.outcome) {
    case 'rerun':
      if (result.waitForNewAttempt?.timedOut) {
        return `## ⏱️ Timed out waiting for attempt ${result.newAttempt} of run ${run.id}`
      }
      if (result.waitForNewAttempt) {
        return `## ${conclusionIcon(run.conclusion)} Attempt ${result.newAttempt} of run ${run.id} ${escapeMarkdown(run.conclusion ?? run.status ?? '')}`
      }
      return `## 🔁 Re-ran run ${run.id} as attempt ${result.newAttempt}`
    case 'not-completed':
      return `## ⏳ Run ${run.id} was not re-run: it has not completed`
    default:
      return `## ⏭️ Run ${run.id} was not re-run`
  }
}

/** One plain sentence (escaped by the caller): what was done, or why nothing was. */
function explanation(result: RerunFailedResult): string {
  const { run } = result
  const conclusion = run.conclusion ?? 'without a conclusion'
  switch (result.outcome) {
    case 'rerun': {
      const what =
        result.jobPattern !== undefined
          ? `job ${JSON.stringify(result.rerunJobs[0]?.name ?? result.jobPattern)} and its dependents`
          : `${result.rerunJobs.length} failed job(s) and their dependents`
      const debug = result.enableDebugLogging ? ' with debug logging' : ''
      const lag = result.attemptConfirmed
        ? ''
        : ` GitHub had not shown attempt ${result.newAttempt} after ${READBACK_SECONDS} seconds, so its number is inferred.`
      return `Re-ran ${what}${debug}: attempt ${result.previousAttempt} → ${result.newAttempt} (max-attempts ${result.maxAttempts}).${lag}`
    }
    case 'max-attempts':
      return `Run ${run.id} is on attempt ${result.previousAttempt}, which has reached max-attempts (${result.maxAttempts}), so it was left as it is (${run.status === 'completed' ? conclusion : (run.status ?? '')}).`
    case 'nothing-failed':
      return `No job of run ${run.id} failed (it concluded ${conclusion}), so there was nothing to re-run.`
    case 'not-completed':
      return result.timedOutBeforeRerun
        ? `Run ${run.id} was still ${run.status} when timeout-seconds (${result.timeoutSeconds}) ran out.`
        : `Run ${run.id} is ${run.status}; only a completed run can be re-run.`
  }
}

/** Why the step fails, in one sentence; undefined when it succeeds. */
function failure(result: RerunFailedResult): string | undefined {
  const { run } = result
  if (result.outcome === 'not-completed') {
    return result.timedOutBeforeRerun
      ? `Timed out after ${result.timeoutSeconds} seconds waiting for run ${run.id} to complete before re-running it; its last status was ${run.status}. ${run.html_url}`
      : `Run ${run.id} is still ${run.status}, and only a completed run can be re-run; set 'wait: true' to wait for it to complete first: ${run.html_url}`
  }
  if (result.outcome !== 'rerun' || !result.waitRequested) return undefined
  if (!result.attemptConfirmed) {
    return `GitHub accepted the re-run of run ${run.id}, but after ${result.readBackSeconds ?? READBACK_SECONDS} seconds the run still showed attempt ${result.previousAttempt}, so there was no new attempt to wait for: ${run.html_url}`
  }
  if (result.waitForNewAttempt?.timedOut) {
    return `Timed out after ${result.timeoutSeconds} seconds waiting for attempt ${result.newAttempt} of run ${run.id}, whose last status was ${run.status}. ${run.html_url}`
  }
  if (!result.allowedConclusions.includes(run.conclusion ?? '')) {
    return `Attempt ${result.newAttempt} of run ${run.id} concluded ${run.conclusion ?? 'without a conclusion'}, which is not in allowed-conclusions (${result.allowedConclusions.join(', ')}): ${run.html_url}`
  }
  return undefined
}
