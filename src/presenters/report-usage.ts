import type { ReportUsageResult } from '../operations/report-usage.js'
import type { Presentation } from '../operations/types.js'

export function presentReportUsage(_result: ReportUsageResult): Presentation {
  return { outputs: {}, summary: '' }
}
