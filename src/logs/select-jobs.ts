import { OperationError } from '../github/errors.js'
import type { Job, JobStep } from '../github/types.js'
import { isFailed } from '../conclusions.js'
import { globPattern } from '../glob.js'

export function failedSteps(job: Job): JobStep[] {
  return (job.steps ?? []).filter(isFailed).sort((a, b) => a.number - b.number)
}

export interface JobSelection {
  readonly jobs: Job[]
  /** Every job with logs is wanted, so the whole archive can be extracted as it is. */
  readonly everything: boolean
}

/**
 * The jobs whose logs are wanted: those matching `jobs` (all when empty), and of those only the
 * failed ones with failed-only. Skipped jobs never ran and have no logs. A pattern list that
 * matches no job at all is a mistake worth one sentence listing the names.
 */
export function selectJobs(
  all: readonly Job[],
  patterns: readonly string[],
  failedOnly: boolean,
  runId: number
): JobSelection {
  const ran = all.filter(job => job.conclusion !== 'skipped')
  let matching = ran
  if (patterns.length > 0) {
    const regexps = patterns.map(globPattern)
    matching = ran.filter(job => regexps.some(regexp => regexp.test(job.name)))
    if (matching.length === 0) {
      const names = ran.map(job => job.name)
      const shown = names.slice(0, 20).join(', ') + (names.length > 20 ? ', …' : '')
      throw new OperationError(
        `Input 'jobs' matched none of the jobs of run ${runId}${names.length > 0 ? ` (${shown})` : ''}.`
      )
    }
  }
  const jobs = failedOnly ? matching.filter(isFailed) : matching
  return { jobs, everything: patterns.length === 0 && !failedOnly }
}
