/**
 * A job summary written piece by piece: each piece is rendered only when it is written, so a
 * table of thousands of rows is never held whole (its rows, its lines and their joined text at
 * once). On a 5,000-job report, building that table as one string grew V8's young generation
 * at the very end (docs/performance.md, "Where report-usage's memory goes").
 * A piece must not split a character (a surrogate pair): each is measured on its own.
 */
export class StreamedSummary implements Iterable<string> {
  constructor(private readonly render: () => Iterable<string>) {}

  [Symbol.iterator](): Iterator<string> {
    return this.render()[Symbol.iterator]()
  }

  /** The whole text (for a terminal, or a test): the step summary is written without it. */
  toString(): string {
    let text = ''
    for (const piece of this) text += piece
    return text
  }
}

/** A summary as a presenter gives it: its text, or its pieces. */
export type SummaryText = string | StreamedSummary

/** `summary`, then a blank line and `section`, streamed still if it was. */
export function withSection(summary: SummaryText, section: string): SummaryText {
  if (typeof summary === 'string') return `${summary}\n\n${section}`
  return new StreamedSummary(function* () {
    yield* summary
    yield `\n\n${section}`
  })
}
