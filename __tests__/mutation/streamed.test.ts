/**
 * src/summary/streamed.ts's promises that StrykerJS found no unit test keeping: a section added
 * to a summary reads the same whether the summary was text or pieces.
 */
import { describe, expect, it } from '@jest/globals'
import { StreamedSummary, withSection } from '../../src/summary/streamed.js'

describe('withSection', () => {
  it('adds the section after a blank line to text, as text', () => {
    expect(withSection('# Runs', '> note')).toBe('# Runs\n\n> note')
  })

  it('keeps pieces as pieces, the section last', () => {
    const pieces = new StreamedSummary(() => ['# Runs', '\n| a |'])
    const added = withSection(pieces, '> note')
    expect(added).toBeInstanceOf(StreamedSummary)
    expect([...(added as StreamedSummary)]).toEqual(['# Runs', '\n| a |', '\n\n> note'])
    expect(String(added)).toBe('# Runs\n| a |\n\n> note')
  })
})
