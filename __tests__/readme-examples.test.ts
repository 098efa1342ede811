import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseDocument } from 'yaml'

/** The README's ```yaml blocks: what users copy into their workflows. */
export function readmeYamlExamples(readme: string): string[] {
  return [...readme.matchAll(/^( *)```yaml\n([\s\S]*?)^\1```$/gm)].map(([, indent, body]) =>
    (body ?? '')
      .split('\n')
      .map(line => line.slice((indent ?? '').length))
      .join('\n')
  )
}

describe('README examples', () => {
  const examples = readmeYamlExamples(readFileSync('README.md', 'utf8'))

  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6)
  })

  it.each(examples.map((example, index) => [index, example]))(
    'example %i is valid YAML',
    (_index, example) => {
      const errors = parseDocument(example as string).errors.map(error => error.message)
      expect(errors).toEqual([])
    }
  )
})
