/** Sets INPUT_* variables exactly as the runner does (name upper-cased, dashes kept). */
export function withInputs(inputs: Record<string, string>): () => void {
  const saved = { ...process.env }
  for (const key of Object.keys(process.env)) {
    if (key.startsWith('INPUT_')) delete process.env[key]
  }
  for (const [name, value] of Object.entries(inputs)) {
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return () => {
    for (const key of Object.keys(process.env)) {
      if (!(key in saved)) delete process.env[key]
    }
    Object.assign(process.env, saved)
  }
}

/** What the runner sets for inputs that have a default in action.yml. */
export const RUNNER_DEFAULTS = {
  token: 'ghs_secret_token_value',
  repository: 'octo/demo',
  'github-api-url': 'https://api.github.com',
  'api-version': '2022-11-28',
  summary: 'true'
}
