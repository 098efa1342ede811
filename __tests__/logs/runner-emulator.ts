/**
 * How the Actions runner reads a step's stdout and stderr (actions/runner
 * src/Runner.Worker/ActionCommandManager.cs and src/Runner.Common/ActionCommand.cs):
 *   - every line (ended by \r, \n or \r\n: .NET ReadLine) is first tried as "::name props::data"
 *     after trimming leading whitespace (TryParseV2), and only if that fails as the legacy
 *     "##[name props]data", whose "##[" may be ANYWHERE in the line (TryParse: IndexOf);
 *   - a parse succeeds only for a registered command name, compared case-insensitively;
 *   - "stop-commands" with data TOKEN makes it ignore every command until one named TOKEN
 *     (either form, any casing);
 *   - the data of a "::" command is unescaped (%0D, %0A, %25).
 * To be safe against the runner's culture-aware string comparison (ICU may skip zero-width and
 * control characters), a line also counts when it parses after removing those characters.
 * Returns the commands the runner would execute, in order.
 */

export interface ExecutedCommand {
  name: string
  data: string
}

/** A command executed, with the 0-based index of its line (split as the runner splits lines). */
export interface ExecutedCommandAt extends ExecutedCommand {
  line: number
}

/** Every command a runner registers (ActionCommandManager extensions + stop-commands). */
const REGISTERED = new Set([
  'stop-commands',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'add-path',
  'set-env',
  'set-output',
  'save-state',
  'echo',
  'debug',
  'error',
  'warning',
  'notice',
  'group',
  'endgroup'
])

export function commandsExecuted(output: string): ExecutedCommand[] {
  return commandsExecutedAt(output).map(({ name, data }) => ({ name, data }))
}

/**
 * As commandsExecuted, with line numbers. `legacy: false` reads only the "::" form: what a runner
 * would execute if no "##[" text could ever be a command (the tests' expected side).
 */
export function commandsExecutedAt(
  output: string,
  options: { legacy?: boolean } = {}
): ExecutedCommandAt[] {
  const parseLine = (line: string, registered: ReadonlySet<string>) =>
    options.legacy === false ? parseV2(line, registered) : parse(line, registered)
  const executed: ExecutedCommandAt[] = []
  let stopToken: string | undefined
  for (const [index, line] of output.split(/\r\n|\r|\n/).entries()) {
    const registered = stopToken === undefined ? REGISTERED : new Set([...REGISTERED, stopToken])
    const command = parseLine(line, registered) ?? parseLine(withoutIgnorables(line), registered)
    if (command === undefined) continue
    if (stopToken !== undefined) {
      // An empty token never resumes (ActionCommandManager checks IsNullOrEmpty).
      if (stopToken !== '' && command.name === stopToken) stopToken = undefined
      continue
    }
    if (command.name === 'stop-commands') {
      stopToken = command.data.toLowerCase()
      continue
    }
    executed.push({ ...command, line: index })
  }
  return executed
}

function withoutIgnorables(line: string): string {
  return line.replace(/[\p{Cc}\p{Cf}]/gu, '')
}

function parse(line: string, registered: ReadonlySet<string>): ExecutedCommand | undefined {
  return parseV2(line, registered) ?? parseLegacy(line, registered)
}

/** ActionCommand.TryParseV2. */
function parseV2(line: string, registered: ReadonlySet<string>): ExecutedCommand | undefined {
  // .NET TrimStart: Unicode white space, including U+0085 that JavaScript's \s lacks.
  const message = line.replace(/^[\s\u0085]+/, '')
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
  // An empty name throws in the ActionCommand constructor: not a command.
  if (name === '' || !registered.has(name)) return undefined
  const data = message
    .slice(end + 2)
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%25', '%')
  return { name, data }
}

/** ActionCommand.TryParse: the first "##[" anywhere in the line. */
function parseLegacy(line: string, registered: ReadonlySet<string>): ExecutedCommand | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const close = line.indexOf(']', prefix)
  if (close < 0) return undefined
  const info = line.slice(prefix + 3, close)
  const space = info.indexOf(' ')
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
  // An empty name throws in the ActionCommand constructor: not a command.
  if (name === '' || !registered.has(name)) return undefined
  return { name, data: line.slice(close + 1) }
}
