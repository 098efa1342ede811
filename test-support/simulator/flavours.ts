import type { Description } from '../../src/github/capabilities.js'
import { DESCRIPTIONS } from '../../src/github/capabilities.generated.js'
import { ROUTES } from './routes.js'
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
  | 'checks/list-for-ref'
  | 'repos/get-combined-status-for-ref'
  | 'checks/list-suites-for-ref'
  | 'repos/get-branch-rules'
  | 'repos/get-status-checks-protection'

export interface FlavourProfile {
  flavour: Flavour
  /** '' on github.com, '/api/v3' on GHES. */
  basePath: string
  /** X-GitHub-Api-Version values the server accepts, newest first. */
  apiVersions: string[]
  /**
   * The official description this product follows (src/github/capabilities.generated.ts, the
   * table runctl itself uses): endpoints it lacks answer 404, parameters it lacks 422.
   */
  description: Description
  /** Operations this product does not have: they answer 404 like any unknown path. */
  missing: ReadonlySet<OperationId>
  /** Sent as x-github-enterprise-version on every answer (GHES only). */
  enterpriseVersion?: string
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

function described(name: string): Description {
  const description = DESCRIPTIONS.find(candidate => candidate.name === name)
  if (!description) throw new Error(`no description named ${name}`)
  return description
}

/** The routes whose endpoint the description lacks. */
function missingFrom(description: Description): Set<OperationId> {
  return new Set(
    ROUTES.filter(
      route =>
        !(description.endpoints as Record<string, unknown>)[`${route.method} ${route.template}`]
    ).map(route => route.operationId)
  )
}

function profile(
  flavour: Flavour,
  descriptionName: string,
  rest: Omit<FlavourProfile, 'flavour' | 'description' | 'missing'>
): FlavourProfile {
  const description = described(descriptionName)
  return { flavour, description, missing: missingFrom(description), ...rest }
}

const BOTH_VERSIONS = ['2026-03-10', '2022-11-28']

/** github.com / GHE.com from @octokit/openapi; GHES 3.19 likewise; 3.21 seed 001; legacy 003/004. */
export function profileFor(flavour: Flavour, enterpriseVersion?: string): FlavourProfile {
  const ghes = (version: string) => ({
    basePath: '/api/v3',
    enterpriseVersion: enterpriseVersion ?? version
  })
  switch (flavour) {
    case 'github.com':
      return profile(flavour, 'github.com', {
        basePath: '',
        apiVersions: BOTH_VERSIONS,
        jobsHaveCreatedAt: true,
        webHost: 'https://github.com',
        dispatchRunDetails: 'on-request',
        maxDispatchInputs: 25
      })
    case 'ghe.com':
      return profile(flavour, 'ghe.com', {
        basePath: '',
        apiVersions: BOTH_VERSIONS,
        jobsHaveCreatedAt: true,
        webHost: 'https://octo.ghe.com',
        dispatchRunDetails: 'on-request',
        maxDispatchInputs: 25
      })
    case 'ghes-3.19':
      return profile(flavour, 'ghes-3.19', {
        ...ghes('3.19.4'),
        apiVersions: ['2022-11-28'],
        jobsHaveCreatedAt: true,
        webHost: 'https://ghes-319.example.test',
        // @octokit/openapi's ghes-3.19 has no return_run_details: 204, found by listing.
        dispatchRunDetails: 'never',
        maxDispatchInputs: 10
      })
    case 'ghes-3.21':
      return profile(flavour, 'ghes-3.21', {
        ...ghes('3.21.0'),
        apiVersions: BOTH_VERSIONS,
        jobsHaveCreatedAt: true,
        webHost: 'https://ghes.example.test',
        dispatchRunDetails: 'with-2026-03-10',
        maxDispatchInputs: 10
      })
    case 'ghes-legacy':
      return profile(flavour, 'ghes-3.10', {
        ...ghes('3.10.16'),
        apiVersions: ['2022-11-28'],
        jobsHaveCreatedAt: false,
        webHost: 'https://ghes-legacy.example.test',
        dispatchRunDetails: 'never',
        maxDispatchInputs: 10
      })
  }
}

export const FLAVOURS: readonly Flavour[] = [
  'github.com',
  'ghe.com',
  'ghes-3.19',
  'ghes-3.21',
  'ghes-legacy'
]

export function isFlavour(value: string): value is Flavour {
  return (FLAVOURS as readonly string[]).includes(value)
}
