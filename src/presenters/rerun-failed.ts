import type { RerunFailedResult } from '../operations/rerun-failed.js'
import type { Presentation } from '../operations/types.js'

export function presentRerunFailed(_result: RerunFailedResult): Presentation {
  return { outputs: {}, summary: '' }
}
