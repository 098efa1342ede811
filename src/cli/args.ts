/**
 * Parses `runctl <operation> [RUN_URL] [--input-name value …] [--json]`. Values come as
 * `--name value` or `--name=value`; a true/false input may stand alone (`--wait`) or be negated
 * (`--no-wait`); a flag given twice is a list, its values one per line (as a multi-line input).
 * Anything else (an unknown flag, a flag of another operation, a missing value) is a UsageError
 * naming the flag.
 */
import { COMMON_INPUTS, Inputs, OPERATIONS, type InputName, type Operation } from '../constants.js'
import { ALIASES, allInputNames, flagsFor, isBooleanInput, operationsReading } from './flags.js'
import { UsageError } from './usage-error.js'

export type ParsedArgs =
  | { kind: 'help'; operation?: Operation }
  | { kind: 'version' }
  | {
      kind: 'run'
      operation: Operation
      /** Input values as typed, by input name (aliases resolved). */
      values: Map<InputName, string>
      /** The flag each input was given as (`--repo` or `--repository`), for messages. */
      spelling: Map<InputName, string>
      /** A run's web address given as an argument. */
      runUrl?: string
      json: boolean
      verbose: boolean
    }

function isOperation(text: string): text is Operation {
  return (OPERATIONS as readonly string[]).includes(text)
}

/** The one-sentence usage line of an unknown operation. */
function unknownOperation(text: string): UsageError {
  return new UsageError(
    `Unknown operation '${printable(text)}': the first argument must be one of ${OPERATIONS.join(', ')} (runctl --help).`
  )
}

/** Text the user typed, shown in a message: one line, at most 60 characters, no controls. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
  return line.length > 60 ? `${line.slice(0, 57)}...` : line
}

const INPUT_NAMES = new Set<string>(allInputNames())

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let help = false
  let version = false
  let json = false
  let verbose = false
  const positional: string[] = []
  const given: Array<{ input: InputName; flag: string; value: string }> = []

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') {
      positional.push(...argv.slice(i + 1))
      break
    }
    if (arg === '-h' || arg === '--help') {
      help = true
      continue
    }
    if (arg === '-V' || arg === '--version') {
      version = true
      continue
    }
    if (arg === '--json') {
      json = true
      continue
    }
    if (arg === '-v' || arg === '--verbose') {
      verbose = true
      continue
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg)
      continue
    }
    const at = arg.indexOf('=')
    const flag = at < 0 ? arg : arg.slice(0, at)
    const inline = at < 0 ? undefined : arg.slice(at + 1)
    const name = flag.startsWith('--') ? flag.slice(2) : ''
    const negated = name.startsWith('no-') ? name.slice(3) : undefined
    if (negated !== undefined && INPUT_NAMES.has(negated) && isBooleanInput(negated as InputName)) {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value.`)
      given.push({ input: negated as InputName, flag, value: 'false' })
      continue
    }
    const input = ALIASES[flag] ?? (INPUT_NAMES.has(name) ? (name as InputName) : undefined)
    if (input === undefined) {
      throw new UsageError(`Unknown flag ${printable(flag)} (runctl --help lists the flags).`)
    }
    if (inline !== undefined) {
      given.push({ input, flag, value: inline })
      continue
    }
    const next = argv[i + 1]
    if (isBooleanInput(input)) {
      // `--wait true|false` or `--wait` alone; anything else after it is the next argument.
      if (next !== undefined && /^(true|false)$/i.test(next)) {
        given.push({ input, flag, value: next })
        i++
      } else given.push({ input, flag, value: 'true' })
      continue
    }
    if (next === undefined || (next.startsWith('--') && next.length > 2)) {
      throw new UsageError(`${flag} needs a value (${flag} VALUE or ${flag}=VALUE).`)
    }
    given.push({ input, flag, value: next })
    i++
  }

  if (version) return { kind: 'version' }
  let operationText = positional.shift()
  const operationFlag = given.find(entry => entry.input === Inputs.Operation)
  if (operationFlag) {
    if (operationText !== undefined && operationText !== operationFlag.value) {
      // `runctl --operation cancel URL`: the positional is the address, not the operation.
      positional.unshift(operationText)
    }
    operationText = operationFlag.value
  }
  if (help) {
    if (operationText === undefined) return { kind: 'help' }
    if (!isOperation(operationText)) throw unknownOperation(operationText)
    return { kind: 'help', operation: operationText }
  }
  if (operationText === undefined) return { kind: 'help' }
  if (!isOperation(operationText)) throw unknownOperation(operationText)
  const operation = operationText
  if (positional.length > 1) {
    throw new UsageError(
      `Unexpected argument '${printable(positional[1] as string)}': runctl ${operation} takes at most one run address; give inputs as --flags.`
    )
  }

  const applicable = new Set<InputName>(flagsFor(operation).map(spec => spec.input))
  const values = new Map<InputName, string>()
  const spelling = new Map<InputName, string>()
  for (const { input, flag, value } of given) {
    if (input === Inputs.Operation) continue
    if (!applicable.has(input) && !COMMON_INPUTS.includes(input)) {
      throw new UsageError(
        `${flag} does not apply to ${operation} (it is read by ${operationsReading(input).join(', ')}).`
      )
    }
    const before = values.get(input)
    values.set(input, before === undefined ? value : `${before}\n${value}`)
    spelling.set(input, spelling.has(input) && spelling.get(input) !== flag ? `--${input}` : flag)
  }
  return {
    kind: 'run',
    operation,
    values,
    spelling,
    runUrl: positional[0],
    json,
    verbose
  }
}
