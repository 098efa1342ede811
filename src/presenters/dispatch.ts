import type { DispatchResult, RunIdentification } from '../operations/dispatch.js'
import type { Presentation } from '../operations/types.js'
import { escapeCell, escapeMarkdown, keyValueTable, link } from '../summary/escape.js'
import { runOutputs, runTitle } from './common.js'
import { presentWaitForRun } from './wait-for-run.js'

const IDENTIFIED: Record<RunIdentification, string> = {
  'run-details': 'named by GitHub in the dispatch answer',
  correlation: 'matched by the marker in its run name (correlation-input)',
  'best-effort':
    'best effort: the oldest run of the workflow on the ref dispatched after the request'
}

export function presentDispatch(result: DispatchResult): Presentation {
  const waited = result.wait ? presentWaitForRun(result.wait) : undefined
  const inputs = Object.entries(result.inputs)
  const rows: Array<[string, string]> = [
    ['Workflow', `<code>${escapeMarkdown(result.workflow)}</code>`],
    ['Ref', `<code>${escapeMarkdown(result.ref)}</code>`],
    [
      'Inputs',
      inputs.length === 0
        ? '—'
        : inputs
            .map(([name, value]) => `<code>${escapeCell(name)}</code> = ${escapeCell(value)}`)
            .join('<br>')
    ],
    [
      'Run',
      link(
        `${runTitle(result.run)} #${result.run.run_number ?? result.run.id}`,
        result.run.html_url
      )
    ],
    ['Found', escapeCell(IDENTIFIED[result.identifiedBy])]
  ]
  const summary = [
    `## 🚀 Dispatched ${escapeMarkdown(result.workflow)} on ${escapeMarkdown(result.ref)}`,
    keyValueTable(rows),
    ...(waited ? [waited.summary] : [])
  ].join('\n\n')
  return {
    outputs: waited?.outputs ?? runOutputs(result.run),
    summary,
    failure: waited?.failure
  }
}
