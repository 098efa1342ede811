/** GET /user: who the token is. GitHub refuses it to installation tokens (GITHUB_TOKEN, apps). */
import { HttpError, errorReply, type Reply } from './reply.js'
import type { RouteContext } from './context.js'
import { userByLogin } from './users.js'
import { simpleUser } from './views.js'

export function getAuthenticatedUser(ctx: RouteContext): Reply {
  const user = userByLogin(ctx.login)
  if (user.type === 'Bot') {
    throw new HttpError(errorReply(403, 'Resource not accessible by integration'))
  }
  return {
    status: 200,
    json: {
      ...simpleUser(ctx.login, ctx.view),
      user_view_type: 'public',
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: 1,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z'
    }
  }
}
