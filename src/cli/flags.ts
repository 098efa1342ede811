/**
 * The command line's flags: every action input is a `--kebab-case` flag of the same name, read
 * by the operations that read the input (src/constants.ts OPERATION_INPUTS), described by
 * action.yml (through input-table.generated.ts) and defaulting to what src/inputs.ts applies
 * (INPUT_DEFAULTS). Nothing here lists inputs by hand, so an input added to the action is a
 * flag of the CLI with the next bundle.
 */
import {
  COMMON_INPUTS,
  INPUT_DEFAULTS,
  Inputs,
  OPERATION_INPUTS,
  type InputName,
  type Operation
} from '../constants.js'
import { ACTION_INPUTS } from './input-table.generated.js'

export interface FlagSpec {
  input: InputName
  /** `--` and the input's name. */
  flag: string
  description: string
  /** What applies when the flag is not given, as text for --help. */
  defaultText?: string
  /** true/false inputs: `--wait` alone means true, `--no-wait` false. */
  boolean: boolean
}

/** The spellings gh users type, for the inputs they name. */
export const ALIASES: Readonly<Record<string, InputName>> = {
  '--repo': Inputs.Repository,
  '--api-url': Inputs.GithubApiUrl
}

/**
 * Where the inputs whose action.yml default is a workflow expression come from outside Actions.
 */
const CLI_DEFAULTS: Partial<Record<InputName, string>> = {
  token: 'GH_TOKEN, GITHUB_TOKEN or `gh auth token`',
  repository: "the run's web address, else GH_REPO, else GITHUB_REPOSITORY",
  'github-api-url':
    "--api-url, GITHUB_API_URL, the run's web address's host, or https://api.github.com"
}

export function isBooleanInput(name: InputName): boolean {
  const value = INPUT_DEFAULTS[name]
  return value === 'true' || value === 'false'
}

export function flagSpec(name: InputName): FlagSpec {
  const action = ACTION_INPUTS[name]
  const defaultText =
    CLI_DEFAULTS[name] ??
    INPUT_DEFAULTS[name] ??
    (action?.default?.includes('${{') ? undefined : action?.default)
  return {
    input: name,
    flag: `--${name}`,
    description: action?.description ?? '',
    defaultText,
    boolean: isBooleanInput(name)
  }
}

/** The inputs an operation reads, as flags: the common ones first (operation is the command). */
export function flagsFor(operation: Operation): FlagSpec[] {
  const names = [...COMMON_INPUTS, ...OPERATION_INPUTS[operation]].filter(
    name => name !== Inputs.Operation
  )
  return [...new Set(names)].map(flagSpec)
}

/** Every input's flag, whichever operation reads it. */
export function allInputNames(): InputName[] {
  return Object.values(Inputs)
}

/** The operations that read an input (for "does not apply" messages). */
export function operationsReading(name: InputName): Operation[] {
  return (Object.entries(OPERATION_INPUTS) as Array<[Operation, readonly InputName[]]>)
    .filter(([, names]) => names.includes(name))
    .map(([operation]) => operation)
}
