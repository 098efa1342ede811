/**
 * How the Actions runner reads a step's stdout (actions/runner ActionCommandManager): each line
 * may be a workflow command, "::name props::data" or the legacy "##[name props]data";
 * "::stop-commands::TOKEN" makes it ignore every command until a line "::TOKEN::".
 * Returns the commands it would execute.
 */
export function commandsExecuted(output: string): Array<{ name: string; data: string }> {
  const executed: Array<{ name: string; data: string }> = []
  let stopToken: string | undefined
  // The runner reads lines with .NET ReadLine: \r, \n and \r\n all end a line.
  for (const line of output.split(/\r\n|\r|\n/)) {
    const command = parse(line)
    if (command === undefined) continue
    if (stopToken !== undefined) {
      if (command.name === stopToken) stopToken = undefined
      continue
    }
    if (command.name === 'stop-commands') {
      stopToken = command.data
      continue
    }
    executed.push(command)
  }
  return executed
}

function parse(line: string): { name: string; data: string } | undefined {
  const trimmed = line.trimStart()
  const v2 = /^::([^\s:]+)(?:\s[^:]*)?::(.*)$/.exec(trimmed)
  if (v2) return { name: v2[1] as string, data: v2[2] as string }
  const v1 = /^##\[([^\s\]]+)(?:\s[^\]]*)?\](.*)$/.exec(trimmed)
  if (v1) return { name: v1[1] as string, data: v1[2] as string }
  return undefined
}
