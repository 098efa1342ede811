import { Outputs } from '../constants.js'
import type { ApproveDeploymentResult, Decider } from '../operations/approve-deployment.js'
import type { Presentation } from '../operations/types.js'
import { escapeCell, escapeMarkdown, keyValueTable, link } from '../summary/escape.js'
import { runHeader, runOutputs } from './common.js'

const TARGET_WORDS: Record<ApproveDeploymentResult['target'], string> = {
  environments: 'environments with required reviewers',
  'fork-pr': 'a fork pull request run',
  'protection-rule': 'custom deployment protection rules'
}

export function presentApproveDeployment(result: ApproveDeploymentResult): Presentation {
  const outputs = {
    ...runOutputs(result.run),
    [Outputs.ReviewedEnvironments]: JSON.stringify(
      result.reviewed.map(({ id, name, decision }) => ({ id, name, decision }))
    ),
    [Outputs.Decision]: result.decision
  }
  const sections = [heading(result), runHeader(result.run), decisionTable(result)]
  // The fork approve endpoint takes no comment, so none was recorded for fork-pr.
  if (result.target !== 'fork-pr') sections.push(`Comment: ${escapeMarkdown(result.comment)}`)
  const summary = sections.join('\n\n')
  return { outputs, summary, failure: result.failure }
}

function heading(result: ApproveDeploymentResult): string {
  const icon = result.decision === 'approve' ? '✅' : '🛑'
  const verb = result.decision === 'approve' ? 'Approved' : 'Rejected'
  if (result.target === 'fork-pr') {
    return `## ${icon} ${verb} fork pull request run ${result.run.id}`
  }
  const count = result.reviewed.length
  return `## ${icon} ${verb} ${count} deployment${count === 1 ? '' : 's'} of run ${result.run.id}`
}

/** Who decided what on which environments, in one table. */
function decisionTable(result: ApproveDeploymentResult): string {
  const rows: Array<[string, string]> = [
    ['Reviewer', 'the owner of the token given in <code>token</code>, as GitHub records it'],
    ['Sent from', senderText(result.decidedBy)],
    ['Decision', escapeCell(result.decision)],
    ['Target', escapeCell(TARGET_WORDS[result.target])]
  ]
  if (result.target !== 'fork-pr') {
    const names = result.reviewed.map(env => `<code>${escapeMarkdown(env.name)}</code>`)
    rows.push(['Environments', names.length > 0 ? names.join(', ') : '—'])
  }
  return keyValueTable(rows)
}

/** The workflow run that sent the review, and who started it. */
function senderText(decidedBy: Decider): string {
  const run = decidedBy.runUrl ? link('this workflow run', decidedBy.runUrl) : 'runctl'
  const actor = decidedBy.actor ? ` (started by @${escapeMarkdown(decidedBy.actor)})` : ''
  return `${run}${actor}`
}
