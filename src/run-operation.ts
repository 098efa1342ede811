import type { GitHubClient } from './github/client.js'
import type { Settings } from './settings.js'
import type { OperationDeps, Presentation } from './operations/types.js'
import type { SummaryText } from './summary/streamed.js'

/**
 * Runs the chosen operation and turns its typed result into outputs and a summary. Each
 * operation and its presenter are imported only when chosen (ncc emits them as separate chunks
 * of dist/), so a run loads the code of one operation, and a bad input loads none.
 */
export async function runOperation(
  settings: Settings,
  client: GitHubClient,
  deps: OperationDeps
): Promise<Presentation<SummaryText>> {
  switch (settings.operation) {
    case 'wait-for-run': {
      if (settings.allRuns) {
        const [{ waitForAllRuns }, { presentWaitForAllRuns }] = await Promise.all([
          import('./operations/wait-for-all-runs.js'),
          import('./presenters/wait-for-all-runs.js')
        ])
        return presentWaitForAllRuns(await waitForAllRuns(client, settings, deps))
      }
      const [{ waitForRun }, { presentWaitForRun }] = await Promise.all([
        import('./operations/wait-for-run.js'),
        import('./presenters/wait-for-run.js')
      ])
      return presentWaitForRun(await waitForRun(client, settings, deps))
    }
    case 'cancel': {
      const [{ cancel }, { presentCancel }] = await Promise.all([
        import('./operations/cancel.js'),
        import('./presenters/cancel.js')
      ])
      return presentCancel(await cancel(client, settings, deps))
    }
    case 'rerun-failed': {
      const [{ rerunFailed }, { presentRerunFailed }] = await Promise.all([
        import('./operations/rerun-failed.js'),
        import('./presenters/rerun-failed.js')
      ])
      return presentRerunFailed(await rerunFailed(client, settings, deps))
    }
    case 'fetch-logs': {
      const [{ fetchLogs }, { presentFetchLogs }] = await Promise.all([
        import('./operations/fetch-logs.js'),
        import('./presenters/fetch-logs.js')
      ])
      return presentFetchLogs(await fetchLogs(client, settings, deps))
    }
    case 'approve-deployment': {
      const [{ approveDeployment }, { presentApproveDeployment }] = await Promise.all([
        import('./operations/approve-deployment.js'),
        import('./presenters/approve-deployment.js')
      ])
      return presentApproveDeployment(await approveDeployment(client, settings, deps))
    }
    case 'report-usage': {
      const [{ reportUsage }, { presentReportUsage }] = await Promise.all([
        import('./operations/report-usage.js'),
        import('./presenters/report-usage.js')
      ])
      return presentReportUsage(await reportUsage(client, settings, deps))
    }
    case 'dispatch': {
      const [{ dispatch }, { presentDispatch }] = await Promise.all([
        import('./operations/dispatch.js'),
        import('./presenters/dispatch.js')
      ])
      return presentDispatch(await dispatch(client, settings, deps))
    }
    case 'wait-for-checks': {
      const [{ waitForChecks }, { presentWaitForChecks }] = await Promise.all([
        import('./operations/wait-for-checks.js'),
        import('./presenters/wait-for-checks.js')
      ])
      return presentWaitForChecks(await waitForChecks(client, settings, deps))
    }
  }
}
