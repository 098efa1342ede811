/**
 * Successful JSON bodies parsed with the built-in JSON.parse. @octokit/request 10 parses them with
 * json-with-bigint, 20–30 times slower on a 100-job page (most of report-usage's CPU on a big
 * run), to keep integers above 2^53 exact; GitHub's ids and counts stay far below that.
 * A body that is not valid JSON is returned as its text, exactly as octokit does, so the
 * callers' shape checks see what they saw before.
 */
interface RequestOptionsLike {
  request?: Record<string, unknown>
  [key: string]: unknown
}

interface ResponseLike {
  headers: Record<string, string | undefined>
  data: unknown
  [key: string]: unknown
}

export function plainJsonBodies(octokit: {
  hook: { wrap: (name: 'request', fn: unknown) => void }
}): void {
  octokit.hook.wrap(
    'request',
    async (
      request: (options: RequestOptionsLike) => Promise<ResponseLike>,
      options: RequestOptionsLike
    ) => {
      // A caller that asked for the raw body (log redirects) keeps it.
      if (options.request?.['parseSuccessResponseBody'] === false) return request(options)
      // Set in place (the hooks below read the options object they were first given, when the
      // request starts), then put back: the plugins above look at the caller's own options.
      const callers = options.request
      options.request = { ...callers, parseSuccessResponseBody: false }
      let response: ResponseLike
      try {
        response = await request(options)
      } finally {
        options.request = callers
      }
      const body = response.data as AsyncIterable<Uint8Array | string> | null | undefined
      // A body cut off mid-way reads as empty text, as in octokit: the shape checks refuse it.
      const text = body ? await readText(body).catch(() => '') : ''
      response.data = parseBody(text, response.headers['content-type'])
      return response
    }
  )
}

/** The body as UTF-8 text: a web stream, or a Node stream where a test's fetch gives one. */
async function readText(body: AsyncIterable<Uint8Array | string>): Promise<string> {
  const decoder = new TextDecoder()
  let text = ''
  for await (const chunk of body) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
  }
  return text + decoder.decode()
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (!/^application\/(scim\+)?json\s*(;|$)/i.test(contentType ?? '')) return text
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
