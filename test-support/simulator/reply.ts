/** What a route hands back; the API pipeline adds headers, ETags and the rate limit. */
export type Reply =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: 302; location: string }
  | { status: 204 }

export const DOCS = 'https://docs.github.com/rest'

export function errorReply(status: number, message: string, documentationUrl = DOCS): Reply {
  return { status, json: { message, documentation_url: documentationUrl, status: String(status) } }
}

export const notFound = (): Reply => errorReply(404, 'Not Found')

/** GitHub's wording for a request body that fails the operation's schema. */
export function invalidRequest(detail: string): Reply {
  return errorReply(422, `Invalid request.\n\n${detail}`)
}

export class HttpError extends Error {
  constructor(readonly reply: Reply) {
    super(`HTTP ${reply.status}`)
  }
}
