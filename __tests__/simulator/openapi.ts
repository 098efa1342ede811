/**
 * Validates simulator responses against GitHub's OpenAPI description from @octokit/openapi:
 * api.github.com for github.com / ghe.com, the newest GHES in the package for GHES flavours.
 * The spec is OpenAPI 3.0 (nullable, int64), so ajv runs non-strict with those formats added.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import formatsModule from 'ajv-formats'
import type { Flavour } from '../../test-support/simulator/index.js'

interface OpenApiResponse {
  $ref?: string
  content?: Record<string, { schema?: unknown }>
}
interface OpenApiOperation {
  operationId: string
  responses: Record<string, OpenApiResponse>
}
export interface OpenApiSpec {
  paths: Record<string, Record<string, OpenApiOperation>>
  components: Record<string, Record<string, unknown>>
}

const specDir = join(
  dirname(createRequire(import.meta.url).resolve('@octokit/openapi/package.json')),
  'generated'
)

/** The newest GHES description the package ships. */
export function newestGhesFile(): string {
  const files = readdirSync(specDir).filter(f => /^ghes-\d+\.\d+\.json$/.test(f))
  const newest = files.sort((a, b) => versionOf(b) - versionOf(a))[0]
  if (!newest) throw new Error('@octokit/openapi ships no GHES description')
  return newest
}

function versionOf(file: string): number {
  const [major = 0, minor = 0] = (/ghes-(\d+)\.(\d+)/.exec(file) ?? []).slice(1).map(Number)
  return major * 1000 + minor
}

export function specFileFor(flavour: Flavour): string {
  return flavour === 'github.com' || flavour === 'ghe.com'
    ? 'api.github.com.json'
    : newestGhesFile()
}

const cache = new Map<string, OpenApiSpec>()

export function loadSpec(file: string): OpenApiSpec {
  let spec = cache.get(file)
  if (!spec) {
    spec = JSON.parse(readFileSync(join(specDir, file), 'utf8')) as OpenApiSpec
    cache.set(file, spec)
  }
  return spec
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

/**
 * OpenAPI 3.0's `nullable: true` admits null even when the schema has an `enum` (GitHub's job
 * conclusion is such a case); JSON Schema's enum would reject it, so null joins those enums.
 */
function allowNullInNullableEnums(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) allowNullInNullableEnums(item)
    return
  }
  if (typeof node !== 'object' || node === null) return
  const schema = node as Record<string, unknown>
  if (
    schema['nullable'] === true &&
    Array.isArray(schema['enum']) &&
    !schema['enum'].includes(null)
  ) {
    schema['enum'] = [...schema['enum'], null]
  }
  for (const value of Object.values(schema)) allowNullInNullableEnums(value)
}

export class ResponseValidator {
  private readonly ajv: Ajv
  private readonly compiled = new Map<string, ValidateFunction>()

  /** `relax` edits a copy of the schemas for documented flavour differences (see schema.test.ts). */
  constructor(
    readonly spec: OpenApiSpec,
    relax?: (components: OpenApiSpec['components']) => void
  ) {
    this.ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateSchema: false,
      allowUnionTypes: true
    })
    formatsModule.default(this.ajv)
    this.ajv.addFormat('int64', { type: 'number', validate: Number.isInteger })
    this.ajv.addFormat('int32', { type: 'number', validate: Number.isInteger })
    const components = structuredClone(spec.components)
    const paths = structuredClone(spec.paths)
    relax?.(components)
    allowNullInNullableEnums(components)
    allowNullInNullableEnums(paths)
    this.ajv.addSchema({ $id: 'spec', components, paths })
  }

  operation(method: string, template: string): OpenApiOperation | undefined {
    return this.spec.paths[template]?.[method.toLowerCase()]
  }

  /** The JSON pointer (into 'spec') of the body schema for this status, following a response $ref. */
  bodySchemaPointer(method: string, template: string, status: number): string | undefined | null {
    const operation = this.operation(method, template)
    const response = operation?.responses[String(status)]
    if (!response) return null
    let pointer = `/paths/${escapePointer(template)}/${method.toLowerCase()}/responses/${status}`
    let resolved = response
    if (response.$ref) {
      pointer = response.$ref.slice(1)
      const name = response.$ref.split('/').pop() ?? ''
      resolved = (this.spec.components['responses']?.[name] ?? {}) as OpenApiResponse
    }
    if (!resolved.content?.['application/json']) return undefined
    return `${pointer}/content/application~1json/schema`
  }

  validate(pointer: string, body: unknown): string[] {
    let validate = this.compiled.get(pointer)
    if (!validate) {
      validate = this.ajv.compile({ $ref: `spec#${pointer}` })
      this.compiled.set(pointer, validate)
    }
    if (validate(body)) return []
    return (validate.errors ?? []).map(e => `${e.instancePath || '(root)'} ${e.message ?? ''}`)
  }
}
