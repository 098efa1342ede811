import { Outputs } from '../constants.js'
import type { FailedJobLogs, FetchLogsResult, LogExcerpt } from '../operations/fetch-logs.js'
import type { Presentation } from '../operations/types.js'
import { codeBlock, escapeMarkdown, link } from '../summary/escape.js'
import { runHeader, runOutputs } from './common.js'

/** One block's text is cut to its last this-many characters, so many failures fit in 1 MiB. */
const MAX_BLOCK_CHARS = 64 * 1024

// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g

export function presentFetchLogs(result: FetchLogsResult): Presentation {
  const outputs = {
    ...runOutputs(result.run),
    [Outputs.LogDir]: result.logDir,
    [Outputs.Files]: JSON.stringify(result.files),
    [Outputs.FailedJobs]: JSON.stringify(
      result.failedJobs.map(({ job, failedSteps }) => ({
        id: job.id,
        name: job.name,
        url: job.html_url,
        failed_steps: failedSteps
      }))
    )
  }
  const failure =
    result.noLogs !== undefined && result.ifNoLogsFound === 'error'
      ? result.noLogs
      : result.failOnMissing && result.missing.length > 0
        ? result.missing.join(' ')
        : undefined
  return { outputs, summary: summaryOf(result), failure }
}

function summaryOf(result: FetchLogsResult): string {
  const { run } = result
  const which =
    result.attempt !== undefined ? `run ${run.id} attempt ${result.attempt}` : `run ${run.id}`
  const count = result.failedJobs.length
  const heading =
    count > 0
      ? `## ❌ Logs of ${which}: ${count} failed ${count === 1 ? 'job' : 'jobs'}`
      : result.missing.length > 0
        ? `## ⚠️ Logs of ${which} not available`
        : `## 📄 Logs of ${which}`
  const notes = [...result.missing, ...(result.note ? [result.note] : [])].map(
    sentence => `> ${escapeMarkdown(sentence)}`
  )
  const written =
    result.files.length > 0
      ? `Wrote ${result.files.length} log ${result.files.length === 1 ? 'file' : 'files'} to <code>${escapeMarkdown(result.logDir)}</code>; the runner deletes it after the job, so upload it with actions/upload-artifact to keep it.`
      : ''
  return [heading, runHeader(run), ...notes, written, ...result.failedJobs.map(jobSection)]
    .filter(part => part !== '')
    .join('\n\n')
}

function jobSection({ job, failedSteps, excerpts }: FailedJobLogs): string {
  const parts = [`### ❌ ${link(job.name, job.html_url)}`]
  if (failedSteps.length > 0) {
    parts.push(
      `Failed ${failedSteps.length === 1 ? 'step' : 'steps'}: ${failedSteps.map(escapeMarkdown).join(', ')}`
    )
  }
  if (excerpts.length === 0) parts.push('_No log lines to show._')
  parts.push(...excerpts.map(excerptBlock))
  return parts.join('\n\n')
}

/**
 * A collapsible block of log text. The blank lines around the fence matter: they end the HTML
 * block that <details> opens, so the fence is parsed as a code block and everything inside it,
 * "</details>" and backtick runs included, is literal text that cannot close the block.
 */
function excerptBlock(excerpt: LogExcerpt): string {
  // A lone CR is a line break to markdown; colour codes are noise outside a terminal.
  let text = excerpt.lines.join('\n').replace(ANSI_ESCAPE, '').replace(/\r/g, '')
  if (text.length > MAX_BLOCK_CHARS) text = `…${text.slice(-MAX_BLOCK_CHARS)}`
  return [
    `<details><summary>${escapeMarkdown(excerpt.label)}: last ${excerpt.lines.length} lines</summary>`,
    '',
    codeBlock(text),
    '',
    '</details>'
  ].join('\n')
}
