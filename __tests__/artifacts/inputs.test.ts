/** The results inputs, validated once: one sentence naming the input for each bad value. */
import { afterEach, describe, expect, it } from '@jest/globals'
import * as path from 'node:path'
import { getSettings, InputError } from '../../src/inputs.js'
import { RUNNER_DEFAULTS, withInputs } from '../helpers/env.js'

let restore: () => void = () => {}
afterEach(() => restore())

function settingsFor(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  restore = withInputs({ ...RUNNER_DEFAULTS, ...inputs })
  return getSettings(env)
}

function errorFor(inputs: Record<string, string>): string {
  try {
    settingsFor(inputs)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an input error')
}

const wait = { operation: 'wait-for-run', 'run-id': '42' }

describe('results inputs', () => {
  it('defaults: nothing to download, artifacts-dir under RUNNER_TEMP, 2 GiB', () => {
    const settings = settingsFor(wait, { RUNNER_TEMP: '/runner/temp' })
    expect(settings).toMatchObject({
      results: {
        downloadArtifacts: [],
        artifactsDir: path.resolve('/runner/temp/runctl-artifacts'),
        maxArtifactBytes: 2147483648,
        artifactsRequired: false
      }
    })
    expect(settings.operation === 'wait-for-run' && settings.results?.outputsArtifact).toBe(
      undefined
    )
  })

  it('takes globs one per line or comma-separated, and the other inputs', () => {
    const settings = settingsFor({
      ...wait,
      'download-artifacts': 'dist, report-*\ncoverage',
      'artifacts-dir': 'out',
      'max-artifact-bytes': '1000',
      'artifacts-required': 'true',
      'outputs-artifact': 'outputs'
    })
    expect(settings).toMatchObject({
      results: {
        downloadArtifacts: ['dist', 'report-*', 'coverage'],
        artifactsDir: path.resolve('out'),
        maxArtifactBytes: 1000,
        artifactsRequired: true,
        outputsArtifact: 'outputs'
      }
    })
  })

  it.each([
    [
      { 'outputs-artifact': 'a/b' },
      `Input 'outputs-artifact' must be one artifact name, without / \\ : * ? " < > | or control characters.`
    ],
    [
      { 'artifacts-required': 'true' },
      `Input 'artifacts-required' applies only with 'download-artifacts': name the artifacts that must be there.`
    ],
    [{ 'max-artifact-bytes': '0' }, `Input 'max-artifact-bytes' must be a positive integer.`],
    [
      { 'artifacts-dir': 'a\nb', 'download-artifacts': 'x' },
      `Input 'artifacts-dir' must be a directory path on one line, without control characters.`
    ],
    [
      { 'download-artifacts': 'a\u0007' },
      `Input 'download-artifacts' must list artifact names or globs, one per line or comma-separated, without control characters.`
    ]
  ])('refuses %j in one sentence', (inputs, sentence) => {
    expect(errorFor({ ...wait, ...inputs })).toBe(sentence)
  })

  it('refuses outputs-artifact with all-runs, and results on a dispatch without wait', () => {
    expect(
      errorFor({
        operation: 'wait-for-run',
        'all-runs': 'true',
        'head-sha': 'abcdef1',
        'outputs-artifact': 'outputs'
      })
    ).toBe(
      `Input 'outputs-artifact' reads the outputs of one run: it cannot be combined with 'all-runs'.`
    )
    expect(
      errorFor({
        operation: 'dispatch',
        workflow: 'build.yml',
        ref: 'main',
        'download-artifacts': 'dist'
      })
    ).toBe(
      `Input 'download-artifacts' applies to dispatch only with 'wait: true': the run's results exist once it completes.`
    )
    expect(
      settingsFor({
        operation: 'dispatch',
        workflow: 'build.yml',
        ref: 'main',
        wait: 'true',
        'outputs-artifact': 'outputs'
      })
    ).toMatchObject({ results: { outputsArtifact: 'outputs' } })
  })
})
