/**
 * Job names and globs, as the `jobs` input takes them: `*` is any run of characters (including
 * `/`, which reusable-workflow job names contain), `?` one character, everything else literal.
 */
export function globPattern(pattern: string): RegExp {
  const source = [...pattern]
    .map(char =>
      char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    )
    .join('')
  return new RegExp(`^${source}$`, 'su')
}

export function globMatches(pattern: string, name: string): boolean {
  return globPattern(pattern).test(name)
}
