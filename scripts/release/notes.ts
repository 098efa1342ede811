/**
 * The release notes of a version: its section of CHANGELOG.md (Keep a Changelog), without the
 * heading. `npx tsx scripts/release/notes.ts v1.2.3` prints them; it fails, in one sentence, when
 * the tag is not vX.Y.Z, when package.json carries another version, or when the section is
 * missing or empty. The release workflow publishes what it prints; `.ci/run` runs it for the
 * current version, so a release cannot be tagged without its notes.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export class ReleaseError extends Error {}

const TAG = /^v(\d+\.\d+\.\d+)$/

/** The version a release tag names: v1.2.3 → 1.2.3. */
export function versionOfTag(tag: string): string {
  const version = TAG.exec(tag)?.[1]
  if (version === undefined) {
    throw new ReleaseError(`Tag '${tag}' is not a release tag: it must be vX.Y.Z, like v1.2.3.`)
  }
  return version
}

/** The body of the `## [version]` section, trimmed; link definitions at the end excluded. */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.split('\n')
  const heading = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`)
  const start = lines.findIndex(line => heading.test(line))
  if (start < 0) {
    throw new ReleaseError(
      `CHANGELOG.md has no section for ${version}: add '## [${version}] - YYYY-MM-DD' with its changes (move them from Unreleased).`
    )
  }
  const rest = lines.slice(start + 1)
  const end = rest.findIndex(line => /^## /.test(line) || /^\[[^\]]+\]:\s/.test(line))
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim()
  if (body === '') throw new ReleaseError(`CHANGELOG.md's section for ${version} is empty.`)
  return body
}

/** Checks the tag against package.json and returns the notes to publish. */
export function releaseNotes(tag: string, root: string): string {
  const version = versionOfTag(tag)
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }
  if (pkg.version !== version) {
    throw new ReleaseError(
      `Tag ${tag} does not match package.json's version (${pkg.version ?? 'none'}): set "version": "${version}" and tag again.`
    )
  }
  return changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version)
}

const invokedAsScript = process.argv[1] === fileURLToPath(import.meta.url)
if (invokedAsScript) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  const tag = process.argv[2] ?? ''
  try {
    process.stdout.write(`${releaseNotes(tag, root)}\n`)
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}
