import type { Flavour } from './types.js'

/** Operations the simulator can serve, named by their OpenAPI operationId. */
export type OperationId =
  | 'actions/list-workflow-runs-for-repo'
  | 'actions/list-workflow-runs'
  | 'actions/get-workflow-run'
  | 'actions/delete-workflow-run'
  | 'actions/get-workflow-run-attempt'
  | 'actions/list-jobs-for-workflow-run'
  | 'actions/list-jobs-for-workflow-run-attempt'
  | 'actions/get-job-for-workflow-run'
  | 'actions/re-run-workflow'
  | 'actions/re-run-workflow-failed-jobs'
  | 'actions/re-run-job-for-workflow-run'
  | 'actions/cancel-workflow-run'
  | 'actions/force-cancel-workflow-run'
  | 'actions/approve-workflow-run'
  | 'actions/get-reviews-for-run'
  | 'actions/get-pending-deployments-for-run'
  | 'actions/review-pending-deployments-for-run'
  | 'actions/review-custom-gates-for-run'
  | 'actions/download-workflow-run-logs'
  | 'actions/download-workflow-run-attempt-logs'
  | 'actions/download-job-logs-for-workflow-run'
  | 'actions/delete-workflow-run-logs'
  | 'actions/get-workflow-run-usage'
  | 'actions/create-workflow-dispatch'
  | 'users/get-authenticated'

export interface FlavourProfile {
  flavour: Flavour
  /** '' on github.com, '/api/v3' on GHES. */
  basePath: string
  /** X-GitHub-Api-Version values the server accepts, newest first. */
  apiVersions: string[]
  /** Operations this product does not have: they answer 404 like any unknown path. */
  missing: ReadonlySet<OperationId>
  /** Seed 004 (an old GHES): job objects carry no created_at. */
  jobsHaveCreatedAt: boolean
  /** Host used in html_url fields. */
  webHost: string
  /**
   * When a workflow dispatch answers 200 with the new run's id instead of 204:
   * 'on-request' (github.com, GHE.com): with `return_run_details: true` under 2022-11-28, always
   * under 2026-03-10 (which drops the parameter); 'with-2026-03-10': only under that version;
   * 'never': always 204.
   */
  dispatchRunDetails: 'on-request' | 'with-2026-03-10' | 'never'
  /** Most inputs a dispatch may carry (api.github.com: 25, GHES 3.19: 10). */
  maxDispatchInputs: number
}

const dotcom = {
  basePath: '',
  apiVersions: ['2026-03-10', '2022-11-28'],
  missing: new Set<OperationId>(),
  jobsHaveCreatedAt: true,
  dispatchRunDetails: 'on-request' as const,
  maxDispatchInputs: 25
}

/** Seeds 000 (github.com / GHE.com), 001 (GHES 3.21) and 003/004 (older GHES). */
export function profileFor(flavour: Flavour): FlavourProfile {
  switch (flavour) {
    case 'github.com':
      return { flavour, ...dotcom, webHost: 'https://github.com' }
    case 'ghe.com':
      return { flavour, ...dotcom, webHost: 'https://octo.ghe.com' }
    case 'ghes-3.21':
      return {
        flavour,
        basePath: '/api/v3',
        apiVersions: ['2026-03-10', '2022-11-28'],
        missing: new Set<OperationId>([
          'actions/approve-workflow-run',
          'actions/get-workflow-run-usage'
        ]),
        jobsHaveCreatedAt: true,
        webHost: 'https://ghes.example.test',
        dispatchRunDetails: 'with-2026-03-10',
        maxDispatchInputs: 10
      }
    case 'ghes-legacy':
      return {
        flavour,
        basePath: '/api/v3',
        apiVersions: ['2022-11-28'],
        missing: new Set<OperationId>([
          'actions/approve-workflow-run',
          'actions/get-workflow-run-usage',
          'actions/force-cancel-workflow-run',
          'actions/review-custom-gates-for-run'
        ]),
        jobsHaveCreatedAt: false,
        webHost: 'https://ghes-legacy.example.test',
        dispatchRunDetails: 'never',
        maxDispatchInputs: 10
      }
  }
}

export const FLAVOURS: readonly Flavour[] = ['github.com', 'ghe.com', 'ghes-3.21', 'ghes-legacy']

export function isFlavour(value: string): value is Flavour {
  return (FLAVOURS as readonly string[]).includes(value)
}
