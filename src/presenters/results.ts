import type { RunResults } from '../artifacts/results.js'
import { Outputs, type OutputName } from '../constants.js'
import { escapeCell, escapeMarkdown, table } from '../summary/escape.js'

/** Outputs artifacts, run-outputs and annotations, each only when asked for or relevant. */
export function resultsOutputs(
  results: RunResults | undefined
): Partial<Record<OutputName, string>> {
  if (!results) return {}
  const outputs: Partial<Record<OutputName, string>> = {}
  if (results.artifacts) {
    outputs[Outputs.Artifacts] = JSON.stringify(
      results.artifacts.map(artifact => ({
        name: artifact.name,
        id: artifact.id,
        size: artifact.size,
        path: artifact.path,
        files: artifact.files,
        ...(artifact.runId !== undefined ? { run_id: artifact.runId } : {})
      }))
    )
  }
  if (results.runOutputs) outputs[Outputs.RunOutputs] = JSON.stringify(results.runOutputs)
  if (results.annotations) {
    outputs[Outputs.Annotations] = JSON.stringify(
      results.annotations.map(annotation => ({
        run_id: annotation.runId,
        job_id: annotation.jobId,
        job: annotation.job,
        level: annotation.level,
        path: annotation.path,
        start_line: annotation.startLine ?? null,
        end_line: annotation.endLine ?? null,
        title: annotation.title,
        message: annotation.message
      }))
    )
  }
  return outputs
}

/** Where an annotation points: path:line or path:start-end. */
function location(annotation: NonNullable<RunResults['annotations']>[number]): string {
  if (annotation.path === '') return ''
  const { startLine, endLine } = annotation
  if (startLine === undefined) return annotation.path
  const lines =
    endLine !== undefined && endLine !== startLine ? `${startLine}-${endLine}` : startLine
  return `${annotation.path}:${lines}`
}

/** A summary cell of bounded length (a message can be long). */
function cell(text: string, maxLength = 500): string {
  return escapeCell(text.length > maxLength ? `${text.slice(0, maxLength)}…` : text)
}

function bytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MiB`
  if (size >= 1024) return `${(size / 1024).toFixed(1)} KiB`
  return `${size} B`
}

/** The summary sections: why it failed, artifacts, run outputs, and a problem reading them. */
export function resultsSummary(results: RunResults | undefined): string[] {
  if (!results) return []
  const sections: string[] = []
  if (results.annotations && results.annotations.length > 0) {
    sections.push(
      '### Why it failed',
      table(
        ['Level', 'Job', 'Where', 'Title', 'Message'],
        results.annotations.map(annotation => [
          cell(annotation.level),
          cell(annotation.job),
          cell(location(annotation)),
          cell(annotation.title),
          cell(annotation.message)
        ])
      )
    )
    if (results.moreAnnotations) {
      sections.push(`_Only the first ${results.annotations.length} annotations are shown._`)
    }
  } else if (results.annotations) {
    sections.push('### Why it failed', '_The failed jobs have no annotations._')
  }
  if (results.artifacts) {
    sections.push(
      '### Artifacts',
      results.artifacts.length === 0
        ? '_No artifact downloaded._'
        : table(
            ['Artifact', 'Size', 'Files', 'Folder'],
            results.artifacts.map(artifact => [
              cell(artifact.name),
              bytes(artifact.size),
              String(artifact.files.length),
              `<code>${escapeMarkdown(artifact.path)}</code>`
            ])
          )
    )
  }
  if (results.runOutputs) {
    const keys = Object.keys(results.runOutputs)
    sections.push(
      '### Run outputs',
      keys.length === 0
        ? '_An empty object._'
        : `${keys.length} ${keys.length === 1 ? 'key' : 'keys'}: ${keys
            .slice(0, 20)
            .map(key => `<code>${escapeMarkdown(key)}</code>`)
            .join(', ')}${keys.length > 20 ? ', …' : ''}`
    )
  }
  if (results.failure) sections.push(`⚠️ ${escapeMarkdown(results.failure)}`)
  return sections
}
