import type { GitHubClient } from './github/client.js'
import type { Settings } from './settings.js'
import { presentApproveDeployment } from './presenters/approve-deployment.js'
import { presentCancel } from './presenters/cancel.js'
import { presentDispatch } from './presenters/dispatch.js'
import { presentFetchLogs } from './presenters/fetch-logs.js'
import { presentReportUsage } from './presenters/report-usage.js'
import { presentRerunFailed } from './presenters/rerun-failed.js'
import { presentWaitForAllRuns } from './presenters/wait-for-all-runs.js'
import { presentWaitForRun } from './presenters/wait-for-run.js'
import { approveDeployment } from './operations/approve-deployment.js'
import { cancel } from './operations/cancel.js'
import { dispatch } from './operations/dispatch.js'
import { fetchLogs } from './operations/fetch-logs.js'
import { reportUsage } from './operations/report-usage.js'
import { rerunFailed } from './operations/rerun-failed.js'
import type { OperationDeps, Presentation } from './operations/types.js'
import { waitForAllRuns } from './operations/wait-for-all-runs.js'
import { waitForRun } from './operations/wait-for-run.js'

/** Runs the chosen operation and turns its typed result into outputs and a summary. */
export async function runOperation(
  settings: Settings,
  client: GitHubClient,
  deps: OperationDeps
): Promise<Presentation> {
  switch (settings.operation) {
    case 'wait-for-run':
      return settings.allRuns
        ? presentWaitForAllRuns(await waitForAllRuns(client, settings, deps))
        : presentWaitForRun(await waitForRun(client, settings, deps))
    case 'cancel':
      return presentCancel(await cancel(client, settings, deps))
    case 'rerun-failed':
      return presentRerunFailed(await rerunFailed(client, settings, deps))
    case 'fetch-logs':
      return presentFetchLogs(await fetchLogs(client, settings, deps))
    case 'approve-deployment':
      return presentApproveDeployment(await approveDeployment(client, settings, deps))
    case 'report-usage':
      return presentReportUsage(await reportUsage(client, settings, deps))
    case 'dispatch':
      return presentDispatch(await dispatch(client, settings, deps))
  }
}
