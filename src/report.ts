import * as core from '@actions/core'
import type { Presentation } from './operations/types.js'

/** GitHub refuses a step summary over 1 MiB; stay well inside it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024

/** The one place outputs and the job summary are written. */
export async function writePresentation(
  presentation: Presentation,
  options: { summary: boolean }
): Promise<void> {
  for (const [name, value] of Object.entries(presentation.outputs)) {
    if (value !== undefined) core.setOutput(name, value)
  }
  if (options.summary && process.env['GITHUB_STEP_SUMMARY']) {
    let text = presentation.summary
    if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES) {
      text =
        Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES).toString('utf8') +
        '\n\n_Summary truncated to fit GitHub’s 1 MiB limit._\n'
    }
    await core.summary.addRaw(text, true).write()
  }
}
