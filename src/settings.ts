/**
 * The typed settings every operation receives: what the inputs mean once parsed and validated
 * (inputs.ts does the parsing). Most modules need only these types.
 */
import type { ApiVersion } from './constants.js'

export interface RunFilter {
  readonly workflow?: string
  readonly branch?: string
  readonly headSha?: string
  readonly event?: string
  /** Only runs started by this login (dispatch's own runs). */
  readonly actor?: string
  /** Only runs created at or after this time. */
  readonly createdAfter?: Date
}

/** Either one run by id, or the runs a filter finds. */
export type RunTarget =
  | { readonly kind: 'id'; readonly runId: number }
  | { readonly kind: 'filter'; readonly filter: RunFilter }

export interface CommonSettings {
  readonly token: string
  readonly owner: string
  readonly repo: string
  readonly apiUrl: string
  readonly apiVersion: ApiVersion
  readonly summary: boolean
  /** The one time budget of the whole operation: every request, retry and wait fits in it. */
  readonly timeoutSeconds: number
  /** The run this step belongs to (GITHUB_RUN_ID), when the action runs in a workflow. */
  readonly currentRunId?: number
  /** The repository this step runs in (GITHUB_REPOSITORY). */
  readonly currentRepository?: string
}

export interface Polling {
  readonly pollIntervalSeconds: number
}

export interface WaitForRunSettings extends CommonSettings, Polling {
  readonly operation: 'wait-for-run'
  readonly target: RunTarget
  readonly allowedConclusions: readonly string[]
  readonly cancelOnTimeout: boolean
  /** Wait for every run the filter finds (not only the newest), including late ones. */
  readonly allRuns: boolean
  /** Job names or globs: wait for these jobs of the run only (empty: the whole run). */
  readonly jobs: readonly string[]
}

export interface WaitForChecksSettings extends CommonSettings, Polling {
  readonly operation: 'wait-for-checks'
  /** Commit SHA, branch or tag whose checks count. */
  readonly ref: string
  /** Where `ref` came from when not given: said in the log. */
  readonly refOrigin: 'input' | 'pull request head' | 'GITHUB_SHA'
  /** Names or globs to wait for (empty: every check run and status). */
  readonly checks: readonly string[]
  /** Globs left out. */
  readonly ignoreChecks: readonly string[]
  readonly allowedConclusions: readonly string[]
  /** End at a failure no re-run can still replace, instead of waiting for the rest. */
  readonly failFast: boolean
  /**
   * required-checks: the branch whose rules (rulesets and classic protection) name the checks to
   * wait for, and where that branch came from (for the log); undefined without required-checks.
   */
  readonly requiredChecksBranch?: { readonly name: string; readonly origin: string }
}

export interface DispatchSettings extends CommonSettings, Polling {
  readonly operation: 'dispatch'
  /** Workflow file name or numeric id. */
  readonly workflow: string
  /** Branch or tag to run the workflow on. */
  readonly ref: string
  /** The workflow_dispatch inputs, every value a string (as GitHub passes them). */
  readonly inputs: Readonly<Record<string, string>>
  /** A workflow input shown in the target's run-name: runctl puts a unique marker in it. */
  readonly correlationInput?: string
  readonly wait: boolean
  readonly allowedConclusions: readonly string[]
  readonly cancelOnTimeout: boolean
}

export interface CancelSettings extends CommonSettings, Polling {
  readonly operation: 'cancel'
  readonly target: RunTarget
  readonly force: boolean
  readonly wait: boolean
}

export interface RerunFailedSettings extends CommonSettings, Polling {
  readonly operation: 'rerun-failed'
  readonly runId: number
  /** One job name or glob: re-run just that job (and its dependents). */
  readonly job?: string
  readonly enableDebugLogging: boolean
  readonly maxAttempts: number
  readonly wait: boolean
  readonly allowedConclusions: readonly string[]
}

export interface FetchLogsSettings extends CommonSettings {
  readonly operation: 'fetch-logs'
  readonly runId: number
  readonly attempt?: number
  readonly jobs: readonly string[]
  readonly failedOnly: boolean
  readonly logDir: string
  readonly maxLogBytes: number
  readonly maxLogEntries: number
  readonly maxCompressionRatio: number
  readonly tailLines: number
  readonly failOnMissing: boolean
  /** When not one log could be fetched (every request answered 404/410): fail, warn or say nothing. */
  readonly ifNoLogsFound: IfNoLogsFound
}

export type IfNoLogsFound = 'warn' | 'error' | 'ignore'

export type ApprovalTarget = 'environments' | 'fork-pr' | 'protection-rule'
export type Decision = 'approve' | 'reject'

export interface ApproveDeploymentSettings extends CommonSettings, Polling {
  readonly operation: 'approve-deployment'
  readonly runId: number
  readonly target: ApprovalTarget
  readonly environments: readonly string[]
  /** Always set for environments and protection-rule; fork-pr can only approve. */
  readonly decision: Decision
  readonly comment: string
  readonly waitForPending: boolean
}

export type UsageScope =
  | { readonly kind: 'run'; readonly runId: number; readonly attempt?: number }
  | {
      readonly kind: 'runs'
      readonly workflow: string
      readonly branch?: string
      readonly created?: string
      readonly maxRuns: number
    }

export interface ReportUsageSettings extends CommonSettings {
  readonly operation: 'report-usage'
  readonly scope: UsageScope
}

export type Settings =
  | WaitForRunSettings
  | CancelSettings
  | RerunFailedSettings
  | FetchLogsSettings
  | ApproveDeploymentSettings
  | ReportUsageSettings
  | DispatchSettings
  | WaitForChecksSettings
