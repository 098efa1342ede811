import type { FetchLogsResult } from '../operations/fetch-logs.js'
import type { Presentation } from '../operations/types.js'

export function presentFetchLogs(_result: FetchLogsResult): Presentation {
  return { outputs: {}, summary: '' }
}
