/** Parsing the inputs of dispatch and of wait-for-run's all-runs. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { getSettings, InputError } from '../src/inputs.js'
import { RUNNER_DEFAULTS, withInputs } from './helpers/env.js'

let restore: () => void = () => {}
afterEach(() => restore())

function settingsFor(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  restore = withInputs({ ...RUNNER_DEFAULTS, ...inputs })
  return getSettings(env)
}

function errorFor(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): string {
  try {
    settingsFor(inputs, env)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an input error')
}

const onMain = { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' }

describe('dispatch inputs', () => {
  it('defaults ref to this run’s ref, and to the head branch on a pull request', () => {
    expect(settingsFor({ operation: 'dispatch', workflow: 'deploy.yml' }, onMain)).toMatchObject({
      operation: 'dispatch',
      workflow: 'deploy.yml',
      ref: 'main',
      inputs: {},
      wait: false,
      allowedConclusions: ['success'],
      cancelOnTimeout: false
    })
    const pr = {
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_REF_NAME: '7/merge',
      GITHUB_HEAD_REF: 'topic'
    }
    expect(settingsFor({ operation: 'dispatch', workflow: '42' }, pr)).toMatchObject({
      ref: 'topic'
    })
    expect(settingsFor({ operation: 'dispatch', workflow: '42', ref: 'v1.2.0' }, pr)).toMatchObject(
      {
        ref: 'v1.2.0'
      }
    )
  })

  it('sends numbers and booleans as the strings GitHub passes workflows', () => {
    const settings = settingsFor(
      {
        operation: 'dispatch',
        workflow: 'deploy.yml',
        inputs: '{"environment": "prod", "replicas": 3, "dry-run": false}',
        'correlation-input': 'dispatch-id',
        wait: 'true',
        'cancel-on-timeout': 'true'
      },
      onMain
    )
    expect(settings).toMatchObject({
      inputs: { environment: 'prod', replicas: '3', 'dry-run': 'false' },
      correlationInput: 'dispatch-id',
      wait: true,
      cancelOnTimeout: true
    })
  })

  it.each([
    [
      'not JSON',
      { inputs: '{environment: prod}' },
      `Input 'inputs' must be a JSON object of workflow input names to values, such as {"environment": "staging", "dry-run": true}; it is not valid JSON.`
    ],
    [
      'an array',
      { inputs: '["prod"]' },
      `Input 'inputs' must be a JSON object of workflow input names to values, such as {"environment": "staging", "dry-run": true}.`
    ],
    [
      'a nested object',
      { inputs: '{"config": {"a": "secret-value"}}' },
      `Input 'inputs' may hold only strings, numbers and booleans (GitHub passes workflow inputs as strings); one value is an object.`
    ],
    [
      'a null',
      { inputs: '{"a": null}' },
      `Input 'inputs' may hold only strings, numbers and booleans (GitHub passes workflow inputs as strings); one value is null.`
    ],
    [
      'a correlation input also set in inputs',
      { inputs: '{"dispatch-id": "x"}', 'correlation-input': 'dispatch-id' },
      `Input 'correlation-input' names an input that 'inputs' also sets: runctl fills that input with its marker, so leave it out of 'inputs'.`
    ],
    [
      'cancel-on-timeout without wait',
      { 'cancel-on-timeout': 'true' },
      `Input 'cancel-on-timeout' applies to dispatch only with 'wait: true'.`
    ],
    [
      'a ref that is no git ref',
      { ref: 'main\n::error::x' },
      `Input 'ref' must be a git branch or tag name: no spaces, control characters, '..', '@{' or any of ~ ^ : ? * [ \\.`
    ]
  ])('refuses %s in one sentence that echoes nothing', (_name, extra, message) => {
    const text = errorFor({ operation: 'dispatch', workflow: 'deploy.yml', ...extra }, onMain)
    expect(text).toBe(message)
    expect(text).not.toContain('secret-value')
  })

  it('needs a workflow, and a ref outside a workflow run', () => {
    expect(errorFor({ operation: 'dispatch' }, onMain)).toBe(
      `Input 'workflow' is required for dispatch: the workflow file name (deploy.yml) or numeric id.`
    )
    expect(errorFor({ operation: 'dispatch', workflow: 'deploy.yml' })).toBe(
      `Input 'ref' is required outside a workflow run (GITHUB_REF_NAME is not set): give a branch or tag.`
    )
  })
})

describe('all-runs inputs', () => {
  it('takes a commit alone as the filter', () => {
    const sha = 'a'.repeat(40)
    expect(
      settingsFor({ operation: 'wait-for-run', 'all-runs': 'true', 'head-sha': sha })
    ).toMatchObject({
      allRuns: true,
      target: { kind: 'filter', filter: { headSha: sha } }
    })
  })

  it('refuses a run id or no filter', () => {
    expect(errorFor({ operation: 'wait-for-run', 'all-runs': 'true', 'run-id': '3' })).toBe(
      `Input 'all-runs' waits for every run a filter finds: give 'head-sha', 'branch' or 'workflow' instead of 'run-id'.`
    )
    expect(errorFor({ operation: 'wait-for-run', 'all-runs': 'true', event: 'push' })).toBe(
      `Input 'all-runs' needs a filter: give 'head-sha', 'branch' or 'workflow' (or several).`
    )
  })
})
