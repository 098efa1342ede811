/**
 * src/logs/select-jobs.ts (fetch-logs' `jobs` and `failed-only`): the promises StrykerJS found
 * kept only by end-to-end tests, which cannot kill a mutant of src/.
 */
import { describe, expect, it } from '@jest/globals'
import type { Job } from '../../src/github/types.js'
import { failedSteps, selectJobs } from '../../src/logs/select-jobs.js'
import { jobFixture } from '../helpers/client.js'

const job = (name: string, conclusion: string | null = 'success', extra = {}) =>
  jobFixture({ name, conclusion, ...extra }) as unknown as Job
const names = (jobs: readonly Job[]) => jobs.map(item => item.name)

describe('failedSteps', () => {
  it('keeps the failed steps only, in step order whatever order GitHub lists them in', () => {
    const steps = [
      { name: 'test', number: 3, conclusion: 'failure' },
      { name: 'setup', number: 1, conclusion: 'success' },
      { name: 'lint', number: 2, conclusion: 'failure' },
      { name: 'deploy', number: 10, conclusion: 'timed_out' }
    ]
    expect(failedSteps(job('build', 'failure', { steps })).map(step => step.number)).toEqual([
      2, 3, 10
    ])
  })

  it('a job without steps has none', () => {
    expect(failedSteps(job('build', 'failure', { steps: undefined }))).toEqual([])
  })
})

describe('selectJobs', () => {
  const run = [job('build'), job('test (1)', 'failure'), job('lint', 'skipped'), job('deploy')]

  it('without patterns: every job that ran, and the whole archive', () => {
    const selection = selectJobs(run, [], false, 7)
    expect(names(selection.jobs)).toEqual(['build', 'test (1)', 'deploy'])
    expect(selection.everything).toBe(true)
  })

  it('failed-only: the failed jobs, and not the whole archive', () => {
    const selection = selectJobs(run, [], true, 7)
    expect(names(selection.jobs)).toEqual(['test (1)'])
    expect(selection.everything).toBe(false)
  })

  it('patterns: a job matching any of them, and not the whole archive', () => {
    const selection = selectJobs(run, ['build', 'test*'], false, 7)
    expect(names(selection.jobs)).toEqual(['build', 'test (1)'])
    expect(selection.everything).toBe(false)
  })

  it('a skipped job never matches: it has no logs', () => {
    expect(() => selectJobs(run, ['lint'], false, 7)).toThrow(
      "Input 'jobs' matched none of the jobs of run 7 (build, test (1), deploy)."
    )
  })

  it('a run with no job that ran: the sentence lists none', () => {
    expect(() => selectJobs([job('lint', 'skipped')], ['x'], false, 7)).toThrow(
      "Input 'jobs' matched none of the jobs of run 7."
    )
  })

  it('names at most 20 jobs, then an ellipsis; exactly 20 without one', () => {
    const many = (count: number) => Array.from({ length: count }, (_, i) => job(`job ${i + 1}`))
    const listed = (count: number) =>
      Array.from({ length: count }, (_, i) => `job ${i + 1}`).join(', ')
    expect(() => selectJobs(many(20), ['x'], false, 7)).toThrow(
      `Input 'jobs' matched none of the jobs of run 7 (${listed(20)}).`
    )
    expect(() => selectJobs(many(21), ['x'], false, 7)).toThrow(
      `Input 'jobs' matched none of the jobs of run 7 (${listed(20)}, …).`
    )
  })
})
