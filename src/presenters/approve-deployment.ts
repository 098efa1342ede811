import type { ApproveDeploymentResult } from '../operations/approve-deployment.js'
import type { Presentation } from '../operations/types.js'

export function presentApproveDeployment(_result: ApproveDeploymentResult): Presentation {
  return { outputs: {}, summary: '' }
}
