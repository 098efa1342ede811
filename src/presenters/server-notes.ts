import type { Presentation } from '../operations/types.js'
import { escapeMarkdown } from '../summary/escape.js'
import { withSection, type SummaryText } from '../summary/streamed.js'

/** What the server lacked and what was done instead, as a section at the end of the summary. */
export function withServerNotes(
  presentation: Presentation<SummaryText>,
  notes: readonly string[]
): Presentation<SummaryText> {
  if (notes.length === 0) return presentation
  const section = ['### This server', ...notes.map(note => `- ${escapeMarkdown(note)}`)].join('\n')
  return { ...presentation, summary: withSection(presentation.summary, section) }
}
