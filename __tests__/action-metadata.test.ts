import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import {
  COMMON_INPUTS,
  INPUT_DEFAULTS,
  Inputs,
  OPERATIONS,
  OPERATION_INPUTS,
  Outputs
} from '../src/constants.js'

interface ActionYaml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
  branding: { icon: string; color: string }
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYaml
const readme = readFileSync('README.md', 'utf8')

/** Every README table whose header starts with these cells: rows keyed by first cell. */
function readmeTables(headers: string[]): Array<Map<string, string[]>> {
  const lines = readme.split('\n')
  const tables: Array<Map<string, string[]>> = []
  // Prettier pads the columns; no cell of these tables contains a pipe.
  const cellsOf = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map(cell => cell.trim())
  lines.forEach((line, index) => {
    if (!line.startsWith('|')) return
    const header = cellsOf(line)
    if (!headers.every((cell, i) => header[i] === cell)) return
    const rows = new Map<string, string[]>()
    for (const row of lines.slice(index + 2)) {
      if (!row.startsWith('|')) break
      const cells = cellsOf(row)
      rows.set((cells[0] ?? '').replace(/`/g, ''), cells.slice(1))
    }
    tables.push(rows)
  })
  return tables
}

function readmeTable(headers: string[]): Map<string, string[]> {
  const tables = readmeTables(headers)
  expect(tables).toHaveLength(1)
  return tables[0] as Map<string, string[]>
}

describe('action.yml, the code and the README agree', () => {
  it('runs on node24 from dist/index.js, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.branding.icon).toBeTruthy()
  })

  it('declares exactly the inputs and outputs the code reads and writes, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort())
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(entry.description.length).toBeGreaterThan(10)
    }
  })

  it('gives defaults in action.yml only to the inputs every operation uses', () => {
    const withDefault = Object.entries(action.inputs)
      .filter(([, input]) => input.default !== undefined)
      .map(([name]) => name)
      .sort()
    expect(withDefault).toEqual(COMMON_INPUTS.filter(name => name !== 'operation').sort())
    expect(action.inputs['token']?.default).toBe('${{ github.token }}')
    expect(action.inputs['repository']?.default).toBe('${{ github.repository }}')
    expect(action.inputs['github-api-url']?.default).toBe('${{ github.api_url }}')
    for (const name of ['api-version', 'summary', 'timeout-seconds'] as const) {
      expect(action.inputs[name]?.default).toBe(INPUT_DEFAULTS[name])
    }
  })

  it('documents every input with the default the code applies, and which operations use it', () => {
    const rows = readmeTable(['input', 'operations', 'default'])
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort())
    for (const [name, [operations, defaultCell]] of rows) {
      const codeDefault = INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS]
      if (codeDefault !== undefined)
        expect([name, defaultCell]).toEqual([name, `\`${codeDefault}\``])
      const users = Object.entries(OPERATION_INPUTS)
        .filter(([, names]) => (names as readonly string[]).includes(name))
        .map(([operation]) => operation)
      const expected = (COMMON_INPUTS as readonly string[]).includes(name)
        ? 'all'
        : users.join(', ')
      expect([name, operations]).toEqual([name, expected])
    }
  })

  it('names in each action.yml description exactly the operations that read the input', () => {
    // "op, op: what it does; op: more" — the operations named before each segment's first ': '.
    const named = (description: string) =>
      new Set(
        description.split('; ').flatMap(segment => {
          const at = segment.indexOf(': ')
          const head = at < 0 ? '' : segment.slice(0, at)
          return OPERATIONS.filter(operation =>
            new RegExp(`(^|[\\s,(])${operation}(?![\\w-])`).test(head)
          )
        })
      )
    for (const [name, input] of Object.entries(action.inputs)) {
      const users = Object.entries(OPERATION_INPUTS)
        .filter(([, names]) => (names as readonly string[]).includes(name))
        .map(([operation]) => operation)
      const expected = (COMMON_INPUTS as readonly string[]).includes(name) ? [] : users
      expect([name, [...named(input.description)].sort()]).toEqual([name, [...expected].sort()])
    }
  })

  it('states in action.yml the default the code applies', () => {
    for (const [name, value] of Object.entries(INPUT_DEFAULTS)) {
      const input = action.inputs[name]
      if (input?.default !== undefined) continue
      expect([name, input?.description]).toEqual([
        name,
        expect.stringContaining(`default ${value}`)
      ])
    }
  })

  it('documents each input once: no other README table lists inputs', () => {
    expect(readmeTables(['input'])).toHaveLength(1)
  })

  it('documents every output', () => {
    expect([...readmeTable(['output', 'operations']).keys()].sort()).toEqual(
      Object.keys(action.outputs).sort()
    )
  })
})
