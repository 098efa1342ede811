/** What a route handler gets: the parsed request, who is asking, and the world. */
import type { FlavourProfile } from './flavours.js'
import type { Run } from './model.js'
import { HttpError, notFound } from './reply.js'
import type { UrlSigner } from './signing.js'
import type { ViewContext } from './views.js'
import type { World } from './world.js'

export interface RouteContext {
  params: Record<string, string>
  query: URLSearchParams
  /** Parsed JSON body; undefined when the request had none. */
  body: unknown
  login: string
  /** The X-GitHub-Api-Version the request asked for (2022-11-28 when it sent none). */
  apiVersion: string
  world: World
  profile: FlavourProfile
  signer: UrlSigner
  view: ViewContext
}

/** The run named by {owner}/{repo}/{run_id}, or a 404 as GitHub gives for any id it cannot see. */
export function findRun(ctx: RouteContext): Run {
  const repository = ctx.world.repositories.get(
    `${ctx.params['owner']}/${ctx.params['repo']}`.toLowerCase()
  )
  const run = ctx.world.runs.get(Number(ctx.params['run_id']))
  if (!repository || !run || run.repository !== repository) throw new HttpError(notFound())
  return run
}

export function findRepository(ctx: RouteContext) {
  const repository = ctx.world.repositories.get(
    `${ctx.params['owner']}/${ctx.params['repo']}`.toLowerCase()
  )
  if (!repository) throw new HttpError(notFound())
  return repository
}

/** per_page (1–100, default 30) and page (from 1), as GitHub reads them. */
export function pagination(query: URLSearchParams): { perPage: number; page: number } {
  const perPageRaw = Number(query.get('per_page') ?? 30)
  const pageRaw = Number(query.get('page') ?? 1)
  const perPage =
    Number.isFinite(perPageRaw) && perPageRaw >= 1 ? Math.min(100, Math.floor(perPageRaw)) : 30
  const page = Number.isFinite(pageRaw) && pageRaw >= 1 ? Math.floor(pageRaw) : 1
  return { perPage, page }
}

/** The Link header GitHub sends on list pages: next/last, and prev/first after page 1. */
export function linkHeader(
  baseUrl: string,
  query: URLSearchParams,
  page: number,
  perPage: number,
  total: number
): Record<string, string> {
  const last = Math.max(1, Math.ceil(total / perPage))
  const url = (n: number) => {
    const q = new URLSearchParams(query)
    q.set('per_page', String(perPage))
    q.set('page', String(n))
    return `<${baseUrl}?${q.toString()}>`
  }
  const links: string[] = []
  if (page > 1) links.push(`${url(page - 1)}; rel="prev"`)
  if (page < last) links.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`)
  if (page > 1) links.push(`${url(1)}; rel="first"`)
  return links.length > 0 ? { link: links.join(', ') } : {}
}
