/**
 * One input table for the action, the README and the CLI: action.yml declares the inputs,
 * src/constants.ts says which operations read them and the defaults the code applies
 * (__tests__/action-metadata.test.ts keeps those and the README in agreement), and the CLI's
 * flags and help are generated from them. These tests fail when any of them drift.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { current, OUTPUT } from '../../scripts/input-table.js'
import { parseArgs } from '../../src/cli/args.js'
import { flagsFor } from '../../src/cli/flags.js'
import { operationHelp, overviewHelp } from '../../src/cli/help.js'
import { ACTION_INPUTS, ACTION_OUTPUTS } from '../../src/cli/input-table.generated.js'
import {
  COMMON_INPUTS,
  INPUT_DEFAULTS,
  Inputs,
  OPERATIONS,
  OPERATION_INPUTS,
  type InputName
} from '../../src/constants.js'

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

describe('the generated input table', () => {
  it('is what scripts/input-table.ts makes of action.yml now (npm run bundle rewrites it)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(current())
  })

  it('holds every input and output of action.yml with its description and default', () => {
    expect(Object.keys(ACTION_INPUTS)).toEqual(Object.keys(action.inputs))
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, ACTION_INPUTS[name]?.description, ACTION_INPUTS[name]?.default]).toEqual([
        name,
        input.description,
        input.default
      ])
    }
    expect(ACTION_OUTPUTS).toEqual(
      Object.fromEntries(Object.entries(action.outputs).map(([name, o]) => [name, o.description]))
    )
  })
})

describe('the CLI flags are the action inputs', () => {
  it.each(OPERATIONS)('%s: exactly the inputs it reads, each with its default', operation => {
    const expected = [...new Set([...COMMON_INPUTS, ...OPERATION_INPUTS[operation]])].filter(
      name => name !== Inputs.Operation
    )
    const specs = flagsFor(operation)
    expect(specs.map(spec => spec.flag)).toEqual(expected.map(name => `--${name}`))
    for (const spec of specs) {
      expect(spec.description).toBe(action.inputs[spec.input]?.description)
      const codeDefault = INPUT_DEFAULTS[spec.input]
      if (codeDefault !== undefined)
        expect([spec.flag, spec.defaultText]).toEqual([spec.flag, codeDefault])
    }
  })

  it.each(OPERATIONS)(
    '%s --help lists every flag it takes, with description and default',
    operation => {
      const help = operationHelp(operation, '9.9.9')
      const flat = help.replace(/\s+/g, ' ')
      for (const spec of flagsFor(operation)) {
        expect(help).toContain(`\n  ${spec.flag} `)
        expect(flat).toContain(spec.description.replace(/\s+/g, ' '))
        if (INPUT_DEFAULTS[spec.input] !== undefined) {
          expect(flat).toContain(`Default: ${INPUT_DEFAULTS[spec.input]}`)
        }
      }
      // And no flag it does not take.
      const taken = new Set(flagsFor(operation).map(spec => spec.input))
      for (const name of Object.values(Inputs)) {
        if (!taken.has(name) && name !== Inputs.Operation)
          expect(help).not.toContain(`\n  --${name} `)
      }
    }
  )

  it('accepts every input of an operation as a flag of that operation, and no other', () => {
    for (const operation of OPERATIONS) {
      for (const name of Object.values(Inputs) as InputName[]) {
        if (name === Inputs.Operation) continue
        const reads =
          (COMMON_INPUTS as readonly string[]).includes(name) ||
          OPERATION_INPUTS[operation].includes(name)
        const parse = () => parseArgs([operation, `--${name}=x`])
        if (reads) expect(parse()).toMatchObject({ kind: 'run', operation })
        else expect(parse).toThrow(`--${name} does not apply to ${operation}`)
      }
    }
  })

  it('the overview names every operation', () => {
    const help = overviewHelp('9.9.9')
    for (const operation of OPERATIONS) expect(help).toContain(`\n  ${operation} `)
  })
})
