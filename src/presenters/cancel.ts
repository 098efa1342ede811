import { Outputs } from '../constants.js'
import type { CancelResult } from '../operations/cancel.js'
import type { Presentation } from '../operations/types.js'
import { escapeCell, escapeMarkdown, link, table } from '../summary/escape.js'
import { runOutputs, runTitle } from './common.js'

export function presentCancel(result: CancelResult): Presentation {
  const cancelledIds = result.outcomes.filter(o => o.cancelled).map(o => o.run.id)
  const first = result.outcomes[0]
  const outputs = {
    ...(first ? runOutputs(first.run) : {}),
    [Outputs.CancelledRunIds]: JSON.stringify(cancelledIds)
  }
  const verb = result.force ? 'Force-cancelled' : 'Cancelled'
  const lines = [`## 🚫 ${verb} ${cancelledIds.length} run(s)`]
  if (result.filter) lines.push(`Superseded runs matching ${escapeMarkdown(result.filter)}.`)
  if (result.outcomes.length === 0) {
    lines.push('No run needed cancelling.')
  } else {
    lines.push(
      table(
        ['Run', 'Branch', 'Cancelled', 'Status now', 'Note'],
        result.outcomes.map(o => [
          link(`${runTitle(o.run)} (${o.run.id})`, o.run.html_url),
          escapeCell(o.run.head_branch ?? ''),
          o.cancelled ? 'yes' : 'no',
          escapeCell(
            o.run.conclusion ? `${o.run.status} (${o.run.conclusion})` : (o.run.status ?? '')
          ),
          escapeCell(o.reason ?? '')
        ])
      )
    )
  }
  const failure =
    result.stillRunning.length > 0
      ? `Cancelled run(s) ${result.stillRunning.join(', ')} had not completed when timeout-seconds ran out.`
      : undefined
  return { outputs, summary: lines.join('\n\n'), failure }
}
