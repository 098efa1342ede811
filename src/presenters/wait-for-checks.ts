import { conclusionIcon, worstOf } from '../conclusions.js'
import { Outputs } from '../constants.js'
import type { WaitForChecksResult } from '../operations/wait-for-checks.js'
import type { Presentation } from '../operations/types.js'
import { escapeCell, escapeMarkdown, formatDuration, link, table } from '../summary/escape.js'

function names(items: readonly { name: string }[]): string {
  return items.map(item => JSON.stringify(item.name)).join(', ')
}

export function presentWaitForChecks(result: WaitForChecksResult): Presentation {
  const { checks } = result
  const pending = checks.filter(check => !check.completed)
  const worst = pending.length > 0 ? undefined : worstOf(checks)
  const outputs = {
    [Outputs.Conclusion]: worst?.conclusion ?? '',
    [Outputs.Checks]: JSON.stringify(
      checks.map(check => ({
        name: check.name,
        source: check.source,
        conclusion: check.conclusion,
        url: check.url
      }))
    ),
    [Outputs.DurationSeconds]: String(Math.round(result.waitedMs / 1000))
  }
  const refused = checks.filter(
    check => check.completed && !result.allowedConclusions.includes(check.conclusion ?? '')
  )
  const allowed = `allowed-conclusions (${result.allowedConclusions.join(', ')})`
  let failure: string | undefined
  if (refused.length > 0 && (result.endedEarly || !result.timedOut)) {
    failure = `${refused.length} of ${checks.length} checks on ${result.ref} concluded outside ${allowed}: ${refused.map(c => `${JSON.stringify(c.name)} (${c.source}) ${c.conclusion ?? ''} ${c.url}`.trim()).join('; ')}${result.endedEarly ? ' (fail-fast: the others were not waited for)' : ''}`
  } else if ((result.missingRequired ?? []).length > 0) {
    const missing = result.missingRequired ?? []
    failure = `${missing.length === 1 ? 'The required check' : 'The required checks'} ${missing.join(', ')} of branch ${JSON.stringify(result.requiredBranch ?? '')} never appeared on ${result.ref}${result.timedOut ? ` within ${result.timeoutSeconds} seconds` : `: every check suite of ${missing.length === 1 ? 'its app' : 'their apps'} completed without ${missing.length === 1 ? 'it' : 'them'}`} (checks seen: ${checks.length > 0 ? names(checks) : 'none'}).`
  } else if (result.missing.length > 0) {
    failure = `No check named ${names(result.missing.map(name => ({ name })))} appeared on ${result.ref} within ${result.timeoutSeconds} seconds (checks seen: ${checks.length > 0 ? names(checks) : 'none'}).`
  } else if (result.none) {
    failure =
      result.patterns.length > 0
        ? `No check run or status matching ${names(result.patterns.map(name => ({ name })))} appeared on ${result.ref} within ${result.timeoutSeconds} seconds.`
        : `No check run or status appeared on ${result.ref} within ${result.timeoutSeconds} seconds.`
  } else if (result.timedOut) {
    const suites = result.suitesComing ?? 0
    const what = [
      ...(pending.length > 0 ? [`${pending.length} of ${checks.length} checks`] : []),
      ...(suites > 0 ? [`${suites} check suite(s) still queued or in progress`] : [])
    ]
    failure = `Timed out after ${result.timeoutSeconds} seconds waiting for ${what.length > 0 ? what.join(' and ') : 'the settle window'} on ${result.ref}${pending.length > 0 ? `: ${names(pending)}` : ''}.${refused.length > 0 ? ` Already outside ${allowed}: ${names(refused)}.` : ''}`
  }
  const heading = result.timedOut
    ? `## ⏱️ Timed out waiting for ${pending.length} of ${checks.length} checks`
    : `## ${conclusionIcon(worst?.conclusion)} ${checks.length} checks ${escapeMarkdown(worst?.conclusion ?? '')}`
  const own =
    result.ownLeftOut > 0 ? ` ${result.ownLeftOut} check run(s) of this workflow run left out.` : ''
  const rows = checks.map(check => [
    link(check.name, check.url),
    escapeCell(check.source),
    `${conclusionIcon(check.conclusion)} ${escapeCell(check.conclusion ?? 'in progress')}`,
    check.others > 0 ? String(check.others) : ''
  ])
  const summary = [
    heading,
    `Checks on <code>${escapeMarkdown(result.ref)}</code>. Waited ${formatDuration(result.waitedMs)}.${own}`,
    checks.length > 0
      ? table(['Check', 'Source', 'Conclusion', 'Older or sibling runs'], rows)
      : '_No checks._'
  ].join('\n\n')
  return { outputs, summary, failure }
}
