export const id = 424;
export const ids = [424];
export const modules = {

/***/ 424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubClient: () => (/* binding */ GitHubClient),
  JobsUnavailableError: () => (/* binding */ JobsUnavailableError),
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./src/step-log.ts
var step_log = __webpack_require__(6686);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4629);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __webpack_require__(9783);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/github/http-fetch.ts
/**
 * The fetch octokit sends API requests through when no proxy applies: Node's `http`/`https`
 * with their keep-alive agents, returning the part of a fetch Response that @octokit/request and
 * our hooks read (status, url, headers, an async-iterable body, text(), arrayBuffer()). Node's
 * own fetch is not used for them: its first use loads undici, with Node's tls, http2, zlib,
 * web streams, worker and performance modules, which measured on Node 24 costs about 0.09 s
 * and 16 MiB of RSS over an `http.get` of the same answer (docs/performance.md, "Start-up
 * without undici"). What fetch does that matters here is done the same way:
 * - gzip and deflate asked for and decoded (GitHub compresses JSON);
 * - redirects followed (at most 20; 303, and 301/302 after a POST, become a GET without body;
 *   Authorization and cookies dropped when the redirect leaves the origin), or, with
 *   `redirect: 'manual'`, handed back as they are;
 * - the signal ends the request and its body, rejecting with the signal's reason;
 * - a connection that fails is `TypeError: fetch failed` with the socket's error as its cause.
 */



const MAX_REDIRECTS = 20;
/** Headers a redirect to another origin must not carry (as fetch). */
const ORIGIN_BOUND = ['authorization', 'cookie', 'proxy-authorization'];
/** A response's headers as fetch's Headers reads them: by lower-case name, iterable. */
class ResponseHeaders {
    values = new Map();
    constructor(raw) {
        for (const [name, value] of Object.entries(raw)) {
            if (value === undefined)
                continue;
            this.values.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
        }
    }
    get(name) {
        return this.values.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.values.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return [...this.values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]();
    }
}
/** What octokit reads of a fetch Response. */
class HttpResponse {
    status;
    statusText;
    url;
    headers;
    body;
    constructor(status, statusText, url, headers, 
    /** The (decoded) body; null for a HEAD or a status that has none. */
    body) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.headers = headers;
        this.body = body;
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    async arrayBuffer() {
        const chunks = [];
        if (this.body)
            for await (const chunk of this.body)
                chunks.push(chunk);
        const whole = Buffer.concat(chunks);
        return whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength);
    }
    async text() {
        return new TextDecoder().decode(await this.arrayBuffer());
    }
    async json() {
        return JSON.parse(await this.text());
    }
}
/** A fetch-shaped GET/POST/… over Node's http and https (see the top of this file). */
async function httpFetch(url, init = {}) {
    const signal = init.signal ?? undefined;
    signal?.throwIfAborted();
    let target = new URL(url);
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body ?? undefined;
    const headers = {};
    for (const [name, value] of Object.entries(init.headers ?? {})) {
        headers[name.toLowerCase()] = value;
    }
    headers['accept-encoding'] ??= 'gzip, deflate';
    for (let redirects = 0;; redirects++) {
        const response = await requestOnce(target, method, headers, body, signal);
        const location = response.headers.location;
        const status = response.statusCode ?? 0;
        if (![301, 302, 303, 307, 308].includes(status) || location === undefined) {
            return toResponse(response, target, method, signal);
        }
        if (init.redirect === 'manual') {
            // Handed back as it is; its small body read now, as nothing may read it (the caller
            // wants the Location), so the connection goes back to the pool.
            return await buffered(toResponse(response, target, method, signal));
        }
        response.resume();
        if (init.redirect === 'error' || redirects >= MAX_REDIRECTS) {
            throw new TypeError('fetch failed', {
                cause: new Error(init.redirect === 'error' ? 'unexpected redirect' : 'redirect count exceeded')
            });
        }
        const next = new URL(location, target);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
            throw new TypeError('fetch failed', {
                cause: new Error('URL scheme must be a HTTP(S) scheme')
            });
        }
        if ((status === 303 && method !== 'HEAD') ||
            ((status === 301 || status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
            delete headers['content-type'];
            delete headers['content-length'];
        }
        if (next.origin !== target.origin)
            for (const name of ORIGIN_BOUND)
                delete headers[name];
        target = next;
    }
}
/** The same response with its body read into memory. */
async function buffered(response) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return new HttpResponse(response.status, response.statusText, response.url, response.headers, [
        bytes
    ]);
}
function requestOnce(url, method, headers, body, signal) {
    return new Promise((resolve, reject) => {
        const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        const request = send(url, { method, headers, signal }, resolve);
        request.on('error', error => {
            reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
        });
        request.end(body);
    });
}
/** The response with its body decoded; the signal still ends the body. */
function toResponse(response, url, method, signal) {
    const status = response.statusCode ?? 0;
    const headers = new ResponseHeaders(response.headers);
    const empty = method === 'HEAD' || status === 204 || status === 205 || status === 304;
    if (empty) {
        response.resume();
        return new HttpResponse(status, response.statusMessage ?? '', url.href, headers, null);
    }
    const encoding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
    const decoder = encoding === 'gzip' || encoding === 'x-gzip'
        ? external_node_zlib_.createGunzip({ finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH })
        : encoding === 'deflate'
            ? external_node_zlib_.createInflate({ finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH })
            : undefined;
    let stream = response;
    if (decoder) {
        response.on('error', error => decoder.destroy(error));
        stream = response.pipe(decoder);
    }
    // A body that breaks before anyone reads it must not crash the process as an unhandled
    // 'error' event: the failure is kept for whoever reads it (fetch's body rejects then too).
    stream.on('error', () => undefined);
    if (signal) {
        const abort = () => stream.destroy(signal.reason);
        signal.addEventListener('abort', abort, { once: true });
        stream.once('close', () => signal.removeEventListener('abort', abort));
    }
    return new HttpResponse(status, response.statusMessage ?? '', url.href, headers, stream);
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/json-body.ts
function plainJsonBodies(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        // A caller that asked for the raw body (log redirects) keeps it.
        if (options.request?.['parseSuccessResponseBody'] === false)
            return request(options);
        // Set in place (the hooks below read the options object they were first given, when the
        // request starts), then put back: the plugins above look at the caller's own options.
        const callers = options.request;
        options.request = { ...callers, parseSuccessResponseBody: false };
        let response;
        try {
            response = await request(options);
        }
        finally {
            options.request = callers;
        }
        const body = response.data;
        // A body cut off mid-way reads as empty text, as in octokit: the shape checks refuse it.
        const text = body ? await readText(body).catch(() => '') : '';
        response.data = parseBody(text, response.headers['content-type']);
        return response;
    });
}
/** The body as UTF-8 text: a web stream, or a Node stream where a test's fetch gives one. */
async function readText(body) {
    const decoder = new TextDecoder();
    let text = '';
    for await (const chunk of body) {
        text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    }
    return text + decoder.decode();
}
function parseBody(text, contentType) {
    if (!/^application\/(scim\+)?json\s*(;|$)/i.test(contentType ?? ''))
        return text;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}

// EXTERNAL MODULE: ./src/github/retry-policy.ts
var retry_policy = __webpack_require__(6256);
;// CONCATENATED MODULE: ./src/github/octokit.ts











/**
 * The Octokit @actions/github's getOctokit builds (core with the REST endpoint methods and
 * pagination), built here from the same packages so the engine needs nothing from Actions.
 */
const GitHubOctokit = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud);
/**
 * A fetch that goes through HTTPS_PROXY / NO_PROXY exactly as @actions/github does, but decided
 * for the URL we really call (its own default is decided from GITHUB_API_URL at import time):
 * undici's fetch with @actions/http-client's proxy dispatcher. Both are loaded on the first
 * request, only here: without a proxy nothing loads them (start-up, docs/performance.md).
 */
function proxyFetchFor(url) {
    let loaded;
    const load = async () => {
        const [{ HttpClient }, { fetch }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(779)]).then(__webpack_require__.bind(__webpack_require__, 2779)),
            __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19))
        ]);
        const dispatcher = new HttpClient().getAgentDispatcher(url);
        return (target, init) => fetch(target, { ...(init ?? {}), dispatcher });
    };
    return async (target, init) => (await (loaded ??= load()))(target, init);
}
/**
 * The fetch for requests to `url`: through the proxy when HTTPS_PROXY / HTTP_PROXY applies to it
 * (NO_PROXY decides, as in @actions/http-client), else straight over Node's http and https
 * (./http-fetch.ts: Node's own fetch costs more to load than the whole rest of the client).
 */
function fetchForUrl(url) {
    if ((0,proxy/* getProxyUrl */.s)(new URL(url))?.hostname)
        return proxyFetchFor(url);
    return httpFetch;
}
/** The media type GitHub's reference asks for (octokit's default is the old …v3+json). */
const ACCEPT = 'application/vnd.github+json';
/**
 * The timeout of one request: the per-request cap, or less when the budget has less left (see
 * attemptTimeoutMs in retry-policy.ts).
 */
function requestTimeoutMs(capMs, deadline) {
    if (!deadline)
        return capMs;
    return (0,retry_policy/* attemptTimeoutMs */.fB)(capMs, deadline.remainingMs(), deadline.graceLeftMs());
}
function seconds(ms) {
    return ms >= 10_000 ? String(Math.round(ms / 1000)) : String(Math.round(ms / 100) / 10);
}
/** A request that got no HTTP answer (timeout, connection failure), as the policy sees it. */
function noAnswer(error, timeoutMs) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const { name, cause, response, message } = error;
    const timedOut = (n) => n === 'TimeoutError' || n === 'AbortError';
    if (timedOut(name) || timedOut(cause?.name)) {
        return { kind: 'no-answer', reason: 'timeout', detail: seconds(timeoutMs) };
    }
    // @octokit/request reports a failed fetch as a RequestError 500 without a response.
    if ((0,errors/* httpStatus */.nG)(error) === 500 && response === undefined) {
        const detail = typeof message === 'string' && message ? message : 'no answer';
        return { kind: 'no-answer', reason: 'network', detail };
    }
    return undefined;
}
/** Whether a 2xx read's body can be used: parsed JSON of the shape the caller asked for. */
function readable(response, request) {
    if (request?.['parseSuccessResponseBody'] === false)
        return true;
    if (response.status === 204 || response.status === 205)
        return true;
    const data = response.data;
    // @octokit/request hands back the raw text, or an empty ArrayBuffer, when it cannot parse.
    if (typeof data !== 'object' || data === null || data instanceof ArrayBuffer)
        return false;
    const validate = request?.['validate'];
    return typeof validate === 'function' ? validate(data) === true : true;
}
/**
 * The transport, innermost under octokit's own hooks. It carries out what retry-policy.ts
 * decides and decides nothing itself:
 * - the token stays home: a request to another origin (a foreign pagination Link) is refused;
 * - a fresh timeout per attempt, never longer than the budget has left (attemptTimeoutMs);
 * - writes spaced a second apart (GitHub's advice), never past the budget;
 * - after each attempt, `decide` says: use the outcome, wait and send again, or fail.
 */
function transport(options) {
    const capMs = options.requestTimeoutMs ?? retry_policy/* REQUEST_CAP_MS */.WF;
    const apiOrigin = new URL(options.baseUrl).origin;
    const secondMs = 1000 * (options.timeScale ?? 1);
    const deadline = options.deadline;
    let lastWriteAt;
    const budgetNow = () => ({
        timeoutSeconds: deadline?.timeoutSeconds,
        leftMs: deadline ? deadline.remainingMs() : Infinity,
        secondMs,
        now: Date.now()
    });
    return (octokit) => {
        octokit.hook.wrap('request', async (request, requestOptions) => {
            const sent = { method: requestOptions.method, path: filledPath(requestOptions) };
            refuseForeignOrigin(requestOptions.url, apiOrigin, sent.method);
            for (let attempt = 0;; attempt++) {
                const start = (0,retry_policy/* mayStart */.SH)(sent, {
                    timeoutSeconds: deadline?.timeoutSeconds,
                    graceLeftMs: deadline ? deadline.graceLeftMs() : Infinity
                });
                if (start.kind === 'fail')
                    throw start.error;
                if (!(0,retry_policy/* isSafe */.IP)(sent.method)) {
                    const waitMs = (0,retry_policy/* writeSpacingMs */.jV)(lastWriteAt, Date.now(), secondMs);
                    if (waitMs > 0)
                        await options.sleep(Math.min(waitMs, deadline?.remainingMs() ?? waitMs));
                    lastWriteAt = Date.now();
                }
                const timeoutMs = requestTimeoutMs(capMs, deadline);
                // Mutated in place: the hooks below us (token auth) read the original options object.
                // Octokit has no option for default headers (the constructor's are not sent), so the
                // version and the media type the reference asks for are set here.
                requestOptions.headers = {
                    ...requestOptions.headers,
                    accept: ACCEPT,
                    'x-github-api-version': options.apiVersion
                };
                requestOptions.request = {
                    ...requestOptions.request,
                    signal: AbortSignal.timeout(timeoutMs)
                };
                // Counted here, innermost, so every retry is counted too.
                if (options.stats)
                    options.stats.requests++;
                let response;
                let failure;
                let outcome;
                try {
                    response = await request(requestOptions);
                    const headers = response.headers ?? {};
                    options.onAnswer?.(headers);
                    outcome = {
                        kind: 'answer',
                        status: response.status,
                        headers,
                        usable: readable(response, requestOptions.request)
                    };
                }
                catch (error) {
                    failure = error;
                    const answered = error.response;
                    if (answered?.headers)
                        options.onAnswer?.(answered.headers);
                    const status = (0,errors/* httpStatus */.nG)(error);
                    if (status === 304 && options.stats)
                        options.stats.notModified++;
                    const none = noAnswer(error, timeoutMs);
                    if (none)
                        outcome = none;
                    else if (status === undefined)
                        throw error; // not from the network: a bug or a refusal above
                    else {
                        outcome = {
                            kind: 'answer',
                            status,
                            headers: answered?.headers ?? {},
                            message: (0,errors/* apiMessage */.SX)(error)
                        };
                    }
                }
                const decision = (0,retry_policy/* decide */.LD)(sent, outcome, attempt, budgetNow());
                if (decision.kind === 'fail')
                    throw decision.error;
                if (decision.kind === 'deliver') {
                    if (response)
                        return response;
                    throw failure;
                }
                step_log/* warning */.$e(decision.warning);
                await options.sleep(decision.waitSeconds * secondMs);
            }
        });
        return {};
    };
}
/** Pagination follows absolute Link URLs with the token: only ever within the API's origin. */
function refuseForeignOrigin(url, apiOrigin, method) {
    let origin;
    try {
        origin = new URL(url).origin;
    }
    catch {
        return; // a route template, resolved against the API's base URL
    }
    if (origin !== apiOrigin) {
        throw new errors/* OperationError */.OK(`GitHub's answer pointed ${method} to another origin (${origin}, not ${apiOrigin}), for example in a pagination link; runctl refused to send the token there.`);
    }
}
/** The request's path with its {placeholders} filled in, for log lines (never the query). */
function filledPath(options) {
    const filled = options.url.replace(/\{(\w+)\}/g, (whole, name) => {
        const value = options[name];
        return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
    });
    return (0,errors/* pathOf */.XM)(filled);
}
/**
 * ACTIONS_ORCHESTRATION_ID tagged onto the user agent, as @actions/github does, so GitHub can
 * attribute the requests to the workflow run they come from (absent outside Actions).
 */
function userAgent(env = process.env) {
    const id = env['ACTIONS_ORCHESTRATION_ID']?.trim();
    if (!id)
        return constants/* USER_AGENT */._O;
    return `${constants/* USER_AGENT */._O} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`;
}
/** The one Octokit every operation uses: the retry policy, timeouts, the budget, proxy. */
function createOctokit(options) {
    const sleep = options.sleep ?? clock/* systemClock */.ml.sleep;
    const fetch = options.fetch ?? fetchForUrl(options.baseUrl);
    // Innermost first: JSON bodies parsed plainly, under the timeouts and the retry policy.
    const WithTransport = GitHubOctokit.plugin(plainJsonBodies, transport({ ...options, sleep }));
    return new WithTransport({
        auth: `token ${options.token}`,
        baseUrl: options.baseUrl,
        userAgent: userAgent(),
        // `request` replaces octokit's whole request default: the fetch for the API's own URL
        // (through HTTPS_PROXY unless NO_PROXY names it, as @actions/github decides). No `agent`:
        // @octokit/request 10 hands fetch no agent.
        request: { fetch }
    });
}

;// CONCATENATED MODULE: ./src/github/capabilities.generated.ts
// Generated by scripts/capabilities.ts from @octokit/openapi 23.0.2 and scripts/seeds/. Do not edit:
// run `npx tsx scripts/capabilities.ts` (__tests__/capabilities-generated.test.ts checks it is current).
/** Every endpoint runctl and its simulator use, as "METHOD /path/{template}". */
const ENDPOINTS = (/* unused pure expression or super */ null && ([
    'GET /repos/{owner}/{repo}/actions/runs',
    'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
    'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
    'GET /repos/{owner}/{repo}/actions/jobs/{job_id}',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing',
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun',
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs',
    'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun',
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel',
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel',
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs',
    'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
    'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs',
    'GET /user',
    'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
    'GET /repos/{owner}/{repo}/commits/{ref}/status',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
    'GET /repos/{owner}/{repo}/commits/{ref}/check-suites',
    'GET /repos/{owner}/{repo}/rules/branches/{branch}',
    'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks',
]));
/** Per official description: the endpoints it has, with the query and body parameters it documents. */
const DESCRIPTIONS = [
    {
        name: 'github.com',
        product: 'github.com',
        from: '@octokit/openapi api.github.com.json',
        endpoints: {
            'GET /repos/{owner}/{repo}/actions/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'head_sha', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'head_sha', 'page', 'per_page', 'status'], body: [] },
            'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': { query: [], body: ['inputs', 'ref', 'return_run_details'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}': { query: ['exclude_pull_requests'], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}': { query: ['exclude_pull_requests'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': { query: ['filter', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun': { query: [], body: ['enable_debug_logging'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs': { query: [], body: ['enable_debug_logging'] },
            'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun': { query: [], body: ['enable_debug_logging', 'enable_debugger'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: ['comment', 'environment_ids', 'state'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule': { query: [], body: ['comment', 'environment_name', 'state'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs': { query: [], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /user': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': { query: ['app_id', 'check_name', 'filter', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/status': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': { query: ['direction', 'name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-suites': { query: ['app_id', 'check_name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/rules/branches/{branch}': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks': { query: [], body: [] },
        }
    },
    {
        name: 'ghe.com',
        product: 'ghe.com',
        from: '@octokit/openapi ghec.json',
        endpoints: {
            'GET /repos/{owner}/{repo}/actions/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'head_sha', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'head_sha', 'page', 'per_page', 'status'], body: [] },
            'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': { query: [], body: ['inputs', 'ref', 'return_run_details'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}': { query: ['exclude_pull_requests'], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}': { query: ['exclude_pull_requests'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': { query: ['filter', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun': { query: [], body: ['enable_debug_logging'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs': { query: [], body: ['enable_debug_logging'] },
            'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun': { query: [], body: ['enable_debug_logging', 'enable_debugger'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: ['comment', 'environment_ids', 'state'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule': { query: [], body: ['comment', 'environment_name', 'state'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs': { query: [], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /user': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': { query: ['app_id', 'check_name', 'filter', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/status': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': { query: ['direction', 'name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-suites': { query: ['app_id', 'check_name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/rules/branches/{branch}': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks': { query: [], body: [] },
        }
    },
    {
        name: 'ghes-3.17',
        product: 'ghes',
        version: '3.17',
        from: '@octokit/openapi ghes-3.17.json',
        endpoints: {
            'GET /repos/{owner}/{repo}/actions/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'head_sha', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'head_sha', 'page', 'per_page', 'status'], body: [] },
            'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': { query: [], body: ['inputs', 'ref'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}': { query: ['exclude_pull_requests'], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}': { query: ['exclude_pull_requests'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': { query: ['filter', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun': { query: [], body: ['enable_debug_logging'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs': { query: [], body: ['enable_debug_logging'] },
            'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun': { query: [], body: ['enable_debug_logging', 'enable_debugger'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: ['comment', 'environment_ids', 'state'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule': { query: [], body: ['comment', 'environment_name', 'state'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs': { query: [], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /user': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': { query: ['app_id', 'check_name', 'filter', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/status': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': { query: ['direction', 'name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-suites': { query: ['app_id', 'check_name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/rules/branches/{branch}': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks': { query: [], body: [] },
        }
    },
    {
        name: 'ghes-3.18',
        product: 'ghes',
        version: '3.18',
        from: '@octokit/openapi ghes-3.18.json',
        endpoints: {
            'GET /repos/{owner}/{repo}/actions/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'head_sha', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'head_sha', 'page', 'per_page', 'status'], body: [] },
            'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': { query: [], body: ['inputs', 'ref'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}': { query: ['exclude_pull_requests'], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}': { query: ['exclude_pull_requests'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': { query: ['filter', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun': { query: [], body: ['enable_debug_logging'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs': { query: [], body: ['enable_debug_logging'] },
            'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun': { query: [], body: ['enable_debug_logging', 'enable_debugger'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: ['comment', 'environment_ids', 'state'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule': { query: [], body: ['comment', 'environment_name', 'state'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs': { query: [], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /user': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': { query: ['app_id', 'check_name', 'filter', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/status': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': { query: ['direction', 'name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-suites': { query: ['app_id', 'check_name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/rules/branches/{branch}': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks': { query: [], body: [] },
        }
    },
    {
        name: 'ghes-3.19',
        product: 'ghes',
        version: '3.19',
        from: '@octokit/openapi ghes-3.19.json',
        endpoints: {
            'GET /repos/{owner}/{repo}/actions/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'head_sha', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'head_sha', 'page', 'per_page', 'status'], body: [] },
            'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': { query: [], body: ['inputs', 'ref'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}': { query: ['exclude_pull_requests'], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}': { query: ['exclude_pull_requests'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': { query: ['filter', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun': { query: [], body: ['enable_debug_logging'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs': { query: [], body: ['enable_debug_logging'] },
            'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun': { query: [], body: ['enable_debug_logging', 'enable_debugger'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: ['comment', 'environment_ids', 'state'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule': { query: [], body: ['comment', 'environment_name', 'state'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs': { query: [], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /user': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': { query: ['app_id', 'check_name', 'filter', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/status': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': { query: ['direction', 'name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-suites': { query: ['app_id', 'check_name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/rules/branches/{branch}': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks': { query: [], body: [] },
        }
    },
    {
        name: 'ghes-3.21',
        product: 'ghes',
        version: '3.21',
        from: 'seed 001_945ac17bc267cd78.txt',
        endpoints: {
            'GET /repos/{owner}/{repo}/actions/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'head_sha', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'head_sha', 'page', 'per_page', 'status'], body: [] },
            'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': { query: [], body: ['inputs', 'ref'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}': { query: ['exclude_pull_requests'], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}': { query: ['exclude_pull_requests'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': { query: ['filter', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun': { query: [], body: ['enable_debug_logging'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs': { query: [], body: ['enable_debug_logging'] },
            'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun': { query: [], body: ['enable_debug_logging', 'enable_debugger'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: ['comment', 'environment_ids', 'state'] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule': { query: [], body: ['comment', 'environment_name', 'state'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs': { query: [], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /user': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': { query: ['app_id', 'check_name', 'filter', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/status': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': { query: ['direction', 'name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-suites': { query: ['app_id', 'check_name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/rules/branches/{branch}': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks': { query: [], body: [] },
        }
    },
    {
        name: 'ghes-3.10',
        product: 'ghes',
        version: '3.10',
        from: 'seeds 003_0591789cb1614df5.txt and 004_d3060f5168013880.txt',
        endpoints: {
            'GET /repos/{owner}/{repo}/actions/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': { query: ['actor', 'branch', 'check_suite_id', 'created', 'event', 'exclude_pull_requests', 'page', 'per_page', 'status'], body: [] },
            'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': { query: [], body: ['inputs', 'ref'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}': { query: ['exclude_pull_requests'], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}': { query: ['exclude_pull_requests'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': { query: ['filter', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments': { query: [], body: ['comment', 'environment_ids', 'state'] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs': { query: [], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'GET /user': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': { query: ['app_id', 'check_name', 'filter', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/status': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': { query: ['direction', 'name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations': { query: ['page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/commits/{ref}/check-suites': { query: ['app_id', 'check_name', 'page', 'per_page'], body: [] },
            'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks': { query: [], body: [] },
        }
    },
    {
        name: 'rest-2020',
        product: 'ghes',
        from: 'seed 002_7889af4050405cc1.txt',
        endpoints: {
            'GET /repos/{owner}/{repo}/actions/runs': { query: ['actor', 'branch', 'event', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': { query: ['actor', 'branch', 'event', 'page', 'per_page', 'status'], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun': { query: [], body: [] },
            'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel': { query: [], body: [] },
            'GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
            'DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs': { query: [], body: [] },
        }
    },
];

;// CONCATENATED MODULE: ./src/github/capabilities.ts
/**
 * What the server is and which endpoints and parameters it has, decided from what it already
 * sends (GHES names its version in `x-github-enterprise-version` on every answer; github.com does
 * not; GHE.com lives on api.SUBDOMAIN.ghe.com) and the generated table of official descriptions.
 * Nothing here sends a request.
 */

const ENTERPRISE_VERSION_HEADER = 'x-github-enterprise-version';
/** The identity from the base URL and the enterprise header of any answer. */
function identify(baseUrl, enterpriseVersion) {
    const version = enterpriseVersion?.trim();
    if (version)
        return { product: 'ghes', version };
    let host = '';
    try {
        host = new URL(baseUrl).hostname.toLowerCase();
    }
    catch {
        // A base URL that does not parse is reported by the request that uses it.
    }
    return /^api\.[^.]+\.ghe\.com$/.test(host) ? { product: 'ghe.com' } : { product: 'github.com' };
}
function describeServer(identity) {
    switch (identity.product) {
        case 'github.com':
            return 'github.com';
        case 'ghe.com':
            return 'GHE.com';
        case 'ghes':
            return `GitHub Enterprise Server ${identity.version ?? ''}`.trim();
    }
}
function featureVersion(version) {
    const found = /^(\d+)\.(\d+)/.exec(version);
    return found ? [Number(found[1]), Number(found[2])] : undefined;
}
function compare(a, b) {
    return a[0] - b[0] || a[1] - b[1];
}
const VERSIONED = DESCRIPTIONS.filter((description) => description.product === 'ghes' && description.version !== undefined);
/**
 * The description that applies: github.com / GHE.com their own; a GHES version the one of its
 * feature version, else the nearest older one (a 3.20 is read as 3.19). Undefined when the server
 * is older than every description, or names a version that does not parse: then probe.
 */
function descriptionFor(identity) {
    if (identity.product !== 'ghes') {
        return DESCRIPTIONS.find(description => description.name === identity.product);
    }
    const wanted = featureVersion(identity.version ?? '');
    if (!wanted)
        return undefined;
    return VERSIONED.map(description => ({
        description,
        version: featureVersion(description.version) ?? [0, 0]
    }))
        .filter(candidate => compare(candidate.version, wanted) <= 0)
        .sort((a, b) => compare(b.version, a.version))[0]?.description;
}
/** Endpoints and parameters the server has, by description, or by what every description has. */
class Capabilities {
    identity;
    description;
    constructor(identity) {
        this.identity = identity;
        this.description = identity ? descriptionFor(identity) : undefined;
    }
    /** 'github.com', 'GitHub Enterprise Server 3.19.4', or 'this server' before the first answer. */
    get server() {
        return this.identity ? describeServer(this.identity) : 'this server';
    }
    /** True or false when a description says; undefined when only trying will tell (probe). */
    has(endpoint) {
        if (this.description)
            return this.description.endpoints[endpoint] !== undefined;
        // Before the first answer, or older than every description: what all of them have is safe.
        return DESCRIPTIONS.every(description => description.endpoints[endpoint]) ? true : undefined;
    }
    /** Whether the server documents this query (GET) or body (other methods) parameter. */
    accepts(endpoint, param) {
        const where = endpoint.startsWith('GET ') ? 'query' : 'body';
        if (this.description) {
            return this.description.endpoints[endpoint]?.[where].includes(param) ?? false;
        }
        const having = DESCRIPTIONS.flatMap(description => description.endpoints[endpoint] ?? []);
        return having.length > 0 && having.every(params => params[where].includes(param));
    }
    /** One sentence for an endpoint the server is known to lack. */
    lacks(endpoint, what) {
        const [method, path = ''] = endpoint.split(' ');
        const short = path.replace(/^\/repos\/\{owner\}\/\{repo\}\/actions/, '…');
        return `${capitalise(this.server)} does not offer ${what} (its REST API has no ${method} ${short}).`;
    }
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// EXTERNAL MODULE: ./src/github/run-filter.ts
var run_filter = __webpack_require__(9125);
;// CONCATENATED MODULE: ./src/github/server-clock.ts

/**
 * GitHub's clock, as read from the `Date` header every answer carries. Every GitHub timestamp
 * (created_at, updated_at, run_started_at…) is on that clock; a self-hosted runner or a GitHub
 * Enterprise Server appliance may be seconds or minutes off it, so runctl compares GitHub's
 * timestamps with GitHub's time, never with the runner's.
 *
 * How the offset (GitHub's time − the runner's) is estimated: the server wrote the header at
 * some moment between sending the request and receiving the answer (runner time), and its clock
 * then read something in [Date, Date + 1 s) (the header drops the fraction). Each answer so
 * bounds the offset to [Date − received, Date + 1 s − sent]; the bounds of all answers are
 * intersected and the estimate is the middle of what is left. A slow answer brings a wide
 * interval that changes nothing, so it cannot skew the estimate, and answers landing at
 * different phases of the second narrow it well below the header's 1 s resolution. An answer
 * whose interval contradicts the others (a clock stepped, another frontend) starts over from it.
 */
class ServerClock {
    runnerNow;
    /** Bounds of the offset in ms; low > high means nothing is known yet. */
    low = Infinity;
    high = -Infinity;
    reported = false;
    constructor(runnerNow = Date.now) {
        this.runnerNow = runnerNow;
    }
    /** The runner's time now (what send and receive times are measured on). */
    runnerTime() {
        return this.runnerNow();
    }
    /** One answer's Date header, with when its request was sent and its answer received. */
    observe(date, sentAt, receivedAt) {
        const stamped = date === undefined ? Number.NaN : Date.parse(date);
        if (!Number.isFinite(stamped) || !(receivedAt >= sentAt))
            return;
        const low = stamped - receivedAt;
        const high = stamped + 1000 - sentAt;
        const narrowedLow = Math.max(this.low, low);
        const narrowedHigh = Math.min(this.high, high);
        if (this.known && narrowedLow <= narrowedHigh) {
            this.low = narrowedLow;
            this.high = narrowedHigh;
        }
        else {
            this.low = low;
            this.high = high;
        }
        this.reportOnce();
    }
    /** Whether any answer has carried a Date header. */
    get known() {
        return this.low <= this.high;
    }
    /** GitHub's time minus the runner's, in ms (0 until an answer has said). */
    get offsetMs() {
        return this.known ? Math.round((this.low + this.high) / 2) : 0;
    }
    /** A runner time as GitHub's clock read it at that moment. */
    toServer(runnerMs) {
        return runnerMs + this.offsetMs;
    }
    /** GitHub's time now. */
    now() {
        return this.toServer(this.runnerNow());
    }
    /**
     * The earliest GitHub's clock can have read at a runner time (for `created` filters that must
     * not miss anything created from then on); undefined until an answer has said.
     */
    earliestServerTime(runnerMs) {
        return this.known ? runnerMs + this.low : undefined;
    }
    reportOnce() {
        const offset = this.offsetMs;
        if (this.reported || Math.abs(offset) < REPORTED_OFFSET_MS)
            return;
        this.reported = true;
        const seconds = Math.round(Math.abs(offset) / 1000);
        step_log/* info */.pq(`GitHub's clock is ${seconds} s ${offset < 0 ? 'behind' : 'ahead of'} this runner's; runctl compares GitHub's times with GitHub's clock.`);
    }
}
/** Offsets below this are ordinary (the header's resolution plus a request) and not mentioned. */
const REPORTED_OFFSET_MS = 2000;

;// CONCATENATED MODULE: ./src/github/client.ts









function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Thrown where a server cannot list a run's jobs: operations degrade on it, with its sentence. */
class JobsUnavailableError extends errors/* OperationError */.OK {
    constructor(server) {
        super(`${server.charAt(0).toUpperCase()}${server.slice(1)} cannot list a run's jobs (its API has no jobs endpoints), so job details are left out.`);
        this.name = 'JobsUnavailableError';
    }
}
const RUNS = 'GET /repos/{owner}/{repo}/actions/runs';
const WORKFLOW_RUNS = 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs';
const RUN_JOBS = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs';
const ATTEMPT_JOBS = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs';
const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
const RUN_ARTIFACTS = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts';
const ANNOTATIONS = 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations';
const COMBINED_STATUS = 'GET /repos/{owner}/{repo}/commits/{ref}/status';
const isRun = data => isObject(data) && typeof data.id === 'number' && typeof data.html_url === 'string';
const isJob = data => isObject(data) && typeof data.id === 'number' && typeof data.name === 'string';
const isList = data => Array.isArray(data);
/**
 * One page of a list (`{ total_count, <key>: [...] }`): the array is there and holds objects
 * with ids, and it is not empty while the count says there are items (a cut or emptied page is
 * retried, never read as "no items").
 */
function isPageOf(key) {
    return data => {
        if (!isObject(data) || typeof data.total_count !== 'number')
            return false;
        const items = data[key];
        if (!Array.isArray(items))
            return false;
        if (items.length === 0 && data.total_count > 0)
            return false;
        return items.every(item => isObject(item) && typeof item.id === 'number');
    };
}
/** Reads whose answers must have a shape: checked (and retried) by the transport. */
function checked(validate) {
    return { request: { validate } };
}
/**
 * The GitHub client every operation uses: the REST calls runctl makes, with conditional polling
 * (ETag / If-None-Match), pagination at 100, and mutations that are never sent twice blindly.
 */
class GitHubClient {
    owner;
    repo;
    octokit;
    stats = { requests: 0, notModified: 0 };
    /** GitHub's clock, read from the Date header of every answer: compare its timestamps with it. */
    serverClock;
    /** Sentences about what this server lacks and how the operation did without it. */
    notes = [];
    etags = new Map();
    fetchOverride;
    sleep;
    baseUrl;
    /** Learnt from the first answer (no extra request); undefined until then. */
    identity;
    known;
    deadline;
    secondMs;
    constructor(options) {
        this.owner = options.owner;
        this.repo = options.repo;
        this.baseUrl = options.baseUrl;
        this.fetchOverride = options.fetch;
        this.sleep = options.sleep ?? clock/* systemClock */.ml.sleep;
        this.deadline = options.deadline;
        this.secondMs = 1000 * (options.timeScale ?? 1);
        this.octokit = createOctokit({
            ...options,
            stats: this.stats,
            onAnswer: headers => this.learn(headers)
        });
        this.serverClock = new ServerClock(options.now);
        readServerClock(this.octokit, this.serverClock);
    }
    /** The first answer decides; a later one naming an enterprise version (after a proxy's) corrects it. */
    learn(headers) {
        const header = headers[ENTERPRISE_VERSION_HEADER];
        const version = header === undefined ? undefined : String(header);
        if (this.identity && (version === undefined || version === this.identity.version))
            return;
        this.identity = identify(this.baseUrl, version);
        this.known = new Capabilities(this.identity);
    }
    /** Says once, as a warning and in the summary, what the server lacks and what was done instead. */
    note(sentence) {
        if (this.notes.includes(sentence))
            return;
        this.notes.push(sentence);
        step_log/* warning */.$e(sentence);
    }
    /** Whether any answer has come yet (and with it the server's identity). */
    get identified() {
        return this.identity !== undefined;
    }
    /**
     * What the server has, by its description. Before the first answer only what every
     * description has counts as known, so the first request is always one every server has.
     */
    get capabilities() {
        return this.known ?? new Capabilities(undefined);
    }
    /** The optional parameters the server documents for this endpoint; the others are left out. */
    documented(endpoint, params) {
        const capabilities = this.capabilities;
        return Object.fromEntries(Object.entries(params).filter(([name, value]) => value !== undefined && capabilities.accepts(endpoint, name)));
    }
    /** Whether the server documents this optional parameter (e.g. enable_debug_logging on re-runs). */
    accepts(endpoint, param) {
        return this.capabilities.accepts(endpoint, param);
    }
    get repoParams() {
        return { owner: this.owner, repo: this.repo };
    }
    /**
     * How to send one hop of a signed log download (src/logs/http-get.ts), decided for every hop
     * so HTTPS_PROXY / NO_PROXY apply to redirect targets too: the proxy-aware fetch when a proxy
     * applies (or the injected fetch, which tests intercept), else undefined for a plain socket.
     * Never with Authorization: the link carries its own signature.
     */
    fetchFor(url) {
        if (this.fetchOverride)
            return this.fetchOverride;
        return (0,proxy/* getProxyUrl */.s)(url)?.hostname ? proxyFetchFor(url.href) : undefined;
    }
    /** Path parameters as they are; the optional ones only where the server documents them. */
    fitParams(route, params) {
        const inPath = (name) => route.includes(`{${name}}`);
        return {
            ...Object.fromEntries(Object.entries(params).filter(([name]) => inPath(name))),
            ...this.documented(route, Object.fromEntries(Object.entries(params).filter(([name]) => !inPath(name))))
        };
    }
    /**
     * A GET that remembers its ETag and sends If-None-Match next time; a 304 returns the cached
     * body with notModified = true (and costs nothing on the primary rate limit).
     */
    async getConditional(route, params, validate) {
        const sent = this.fitParams(route, params);
        // Keyed by what was asked for: once the server is known a list may carry more filters, and
        // its new answer (a 200: the ETag differs) replaces the wider one.
        const key = `${route} ${JSON.stringify(params)}`;
        const cached = this.etags.get(key);
        try {
            const response = await this.octokit.request(route, {
                ...this.repoParams,
                ...sent,
                headers: cached ? { 'if-none-match': cached.etag } : {},
                ...(validate ? checked(validate) : {})
            });
            const etag = response.headers.etag;
            if (etag)
                this.etags.set(key, { etag, data: response.data });
            return { data: response.data, notModified: false };
        }
        catch (error) {
            if ((0,errors/* httpStatus */.nG)(error) === 304 && cached) {
                return { data: cached.data, notModified: true };
            }
            throw error;
        }
    }
    async getRun(runId) {
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
            ...this.repoParams,
            run_id: runId,
            ...checked(isRun)
        });
        return data;
    }
    /** The run, conditionally: cheap to call every poll interval. */
    async pollRun(runId) {
        return this.getConditional('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { run_id: runId }, isRun);
    }
    async getRunAttempt(runId, attempt) {
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}', { ...this.repoParams, run_id: runId, attempt_number: attempt, ...checked(isRun) });
        return data;
    }
    /**
     * octokit.paginate over a list route, every page's shape checked (and retried) by the
     * transport before paginate reads it; Link URLs are followed only within the API's origin.
     */
    paginateChecked(route, params, key, mapFn) {
        const { pageRequest, all } = this.checkedPageRequest(route, params, key);
        return (mapFn
            ? this.octokit.paginate(pageRequest, all, mapFn)
            : this.octokit.paginate(pageRequest, all));
    }
    /** A list route's request, every page's shape checked, and its parameters at 100 a page. */
    checkedPageRequest(route, params, key) {
        const request = this.octokit.request;
        const validate = isPageOf(key);
        const pageRequest = Object.assign((options) => request({ ...options, ...checked(validate) }), { endpoint: (parameters) => request.endpoint(route, parameters) });
        // Only the parameters this server documents (per_page is on every list).
        const all = { ...this.repoParams, ...this.fitParams(route, { ...params, per_page: 100 }) };
        return { pageRequest, all };
    }
    /**
     * A call to a jobs endpoint, or JobsUnavailableError where the server has none: known from
     * its description, or a 404 when probing a server older than every description.
     */
    async fromJobsEndpoint(endpoint, call) {
        const has = this.capabilities.has(endpoint);
        if (has === false)
            throw new JobsUnavailableError(this.capabilities.server);
        try {
            return await call();
        }
        catch (error) {
            if (has === undefined && (0,errors/* httpStatus */.nG)(error) === 404) {
                throw new JobsUnavailableError(this.capabilities.server);
            }
            throw error;
        }
    }
    /**
     * Every job of a run (latest attempt, or all attempts), or of one attempt; all pages. Throws
     * JobsUnavailableError where the server has no jobs endpoints (known, or a 404 when probing).
     */
    async listJobs(runId, options = {}) {
        const jobs = await this.fromJobsEndpoint(options.attempt !== undefined ? ATTEMPT_JOBS : RUN_JOBS, () => options.attempt !== undefined
            ? this.paginateChecked(ATTEMPT_JOBS, { run_id: runId, attempt_number: options.attempt }, 'jobs')
            : this.paginateChecked(RUN_JOBS, { run_id: runId, filter: options.filter ?? 'latest' }, 'jobs'));
        if (!Array.isArray(jobs))
            throw new errors/* MalformedResponseError */.f7(`the jobs list of run ${runId}`);
        return jobs;
    }
    /**
     * Every job of a run (latest attempt, or all attempts), or of one attempt, like listJobs, but
     * one page at a time as it arrives (octokit.paginate.iterator), so a caller that reduces each
     * page keeps only what it needs: the same requests as listJobs, never all pages at once.
     * Throws JobsUnavailableError where the server has no jobs endpoints.
     */
    async *jobPages(runId, options = {}) {
        const route = options.attempt !== undefined ? ATTEMPT_JOBS : RUN_JOBS;
        const params = options.attempt !== undefined
            ? { run_id: runId, attempt_number: options.attempt }
            : { run_id: runId, filter: options.filter ?? 'latest' };
        const { pageRequest, all } = this.checkedPageRequest(route, params, 'jobs');
        const pages = this.octokit.paginate
            .iterator(pageRequest, all)[Symbol.asyncIterator]();
        // Only the first answer can say the server has no jobs endpoints.
        let page = await this.fromJobsEndpoint(route, () => pages.next());
        for (; !page.done; page = await pages.next()) {
            const jobs = page.value.data;
            if (!Array.isArray(jobs))
                throw new errors/* MalformedResponseError */.f7(`the jobs list of run ${runId}`);
            yield jobs;
        }
    }
    /**
     * The latest attempt's jobs, conditionally: every page is asked with its own ETag, so a poll
     * that finds nothing changed costs only 304s (free on the primary rate limit).
     */
    async pollJobs(runId) {
        const jobs = [];
        let notModified = true;
        for (let page = 1;; page++) {
            const polled = await this.fromJobsEndpoint(RUN_JOBS, () => this.getConditional(RUN_JOBS, {
                run_id: runId,
                filter: 'latest',
                per_page: 100,
                page
            }));
            const { total_count: total, jobs: pageJobs } = polled.data;
            if (!Array.isArray(pageJobs) || typeof total !== 'number') {
                throw new errors/* MalformedResponseError */.f7(`the jobs list of run ${runId}`);
            }
            notModified &&= polled.notModified;
            jobs.push(...pageJobs);
            if (pageJobs.length < 100 || jobs.length >= total)
                return { data: jobs, notModified };
        }
    }
    /**
     * Every page of a list, each asked conditionally with its own ETag: a poll that finds nothing
     * changed costs only 304s. Pages are read until one is short or the count is reached.
     */
    async pollAllPages(route, params, key) {
        const items = [];
        let notModified = true;
        for (let page = 1;; page++) {
            const polled = await this.getConditional(route, { ...params, per_page: 100, page }, isPageOf(key));
            const pageItems = polled.data[key];
            const total = polled.data['total_count'];
            notModified &&= polled.notModified;
            items.push(...pageItems);
            if (pageItems.length < 100 || items.length >= total)
                return { data: items, notModified };
        }
    }
    /**
     * Every check run on a commit (all apps, all pages, `filter=all`: re-runs and same-named
     * check runs of other suites included, so the caller decides which one counts).
     */
    pollCheckRuns(ref) {
        return this.pollAllPages(CHECK_RUNS, { ref, filter: 'all' }, 'check_runs');
    }
    /** The newest status of every context on a commit (the combined status), all pages. */
    pollCommitStatuses(ref) {
        return this.pollAllPages(COMBINED_STATUS, { ref }, 'statuses');
    }
    /**
     * A workflow's recent successful runs (newest first), conditionally: their durations predict
     * when a run of that workflow ends.
     */
    async pollSuccessfulRuns(workflowId, count) {
        const polled = await this.getConditional('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { workflow_id: workflowId, status: 'success', exclude_pull_requests: true, per_page: count });
        const runs = polled.data.workflow_runs;
        if (!Array.isArray(runs))
            throw new errors/* MalformedResponseError */.f7('the workflow runs list');
        return { data: runs, notModified: polled.notModified };
    }
    /** Every artifact of a run, all pages (expired ones included: they say so). */
    async listArtifacts(runId) {
        const artifacts = await this.paginateChecked(RUN_ARTIFACTS, { run_id: runId }, 'artifacts');
        if (!Array.isArray(artifacts)) {
            throw new errors/* MalformedResponseError */.f7(`the artifacts list of run ${runId}`);
        }
        return artifacts;
    }
    /**
     * The first `limit` annotations of a check run (a job's id is its check run's id): one page,
     * since no more than that many are ever shown.
     */
    async listAnnotations(checkRunId, limit) {
        const { data } = await this.octokit.request(ANNOTATIONS, {
            ...this.repoParams,
            check_run_id: checkRunId,
            per_page: Math.max(1, Math.min(100, limit)),
            ...checked(isList)
        });
        return data.slice(0, limit);
    }
    async getJob(jobId) {
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}', {
            ...this.repoParams,
            job_id: jobId,
            ...checked(isJob)
        });
        return data;
    }
    /**
     * Runs matching a filter, newest first, across pages, stopping once `limit` are found or
     * `stopWhen` says the rest are older than needed (runs come newest first).
     */
    async listRuns(filter, options = {}) {
        const endpoint = filter.workflow !== undefined ? WORKFLOW_RUNS : RUNS;
        const workflowId = filter.workflow === undefined
            ? undefined
            : /^\d+$/.test(filter.workflow)
                ? Number(filter.workflow)
                : filter.workflow;
        const asked = {
            ...(workflowId !== undefined ? { workflow_id: workflowId } : {}),
            branch: filter.branch,
            event: filter.event,
            head_sha: filter.headSha,
            status: filter.status,
            created: filter.created
        };
        // A server may not know (or may ignore) a filter: send what it documents, re-check them all.
        const queryNow = () => JSON.stringify(this.fitParams(endpoint, asked));
        // Runs come newest first: past the `created` range's start, nothing further can match.
        const createdFrom = filter.created !== undefined ? (0,run_filter/* createdRange */.a)(filter.created)?.from : undefined;
        const limit = options.limit ?? Infinity;
        for (;;) {
            const query = queryNow();
            let askAgain = false;
            const found = [];
            const collect = (response, done) => {
                const runs = response.data;
                if (!Array.isArray(runs))
                    throw new errors/* MalformedResponseError */.f7('the workflow runs list');
                // The first answer told which filters this server takes: list again with them.
                if (queryNow() !== query) {
                    askAgain = true;
                    done();
                    return [];
                }
                for (const run of runs) {
                    if (options.stopWhen?.(run) || Date.parse(run.created_at) < (createdFrom ?? -Infinity)) {
                        done();
                        break;
                    }
                    if (!(0,run_filter/* runMatchesFilter */.F)(run, filter))
                        continue;
                    found.push(run);
                    if (found.length >= limit) {
                        done();
                        break;
                    }
                }
                return [];
            };
            await this.paginateChecked(endpoint, asked, 'workflow_runs', collect);
            if (!askAgain)
                return found;
        }
    }
    /**
     * Sends a mutation once, with no automatic retry. If it fails in a way that may or may not
     * have reached GitHub (5xx, reset, timeout), asks `applied` whether it took effect before
     * sending it again, so a cancel or re-run is never done twice; without `applied` (GitHub keeps
     * nothing to check against) it is sent once. The retry policy decides (decideUncertainWrite).
     */
    async mutate(label, send, applied) {
        for (let attempt = 0;; attempt++) {
            try {
                await send();
                return;
            }
            catch (error) {
                // Whether to check and send again is the retry policy's to say (retry-policy.ts).
                const failure = {
                    label,
                    failure: (0,errors/* classify */.L8)(error),
                    sentence: (0,errors/* describeError */.Uc)(error),
                    checkable: applied !== undefined
                };
                const decision = (0,retry_policy/* decideUncertainWrite */.Vf)(failure, attempt, this.budgetLeft());
                if (decision.kind === 'fail')
                    throw decision.error;
                if (decision.kind === 'deliver' || applied === undefined)
                    throw error;
                step_log/* warning */.$e(decision.warning);
                // The pause before checking never runs past the budget; the check itself may use the grace.
                await this.sleep(decision.waitSeconds * this.secondMs);
                let tookEffect;
                try {
                    tookEffect = await applied();
                }
                catch (checkError) {
                    // A caller's check may already say it in its own sentence.
                    if (checkError instanceof errors/* OperationError */.OK)
                        throw checkError;
                    throw new errors/* OperationError */.OK(`${label} failed (${(0,errors/* describeError */.Uc)(error).replace(/\.$/, '')}) and whether it took effect could not be checked (${(0,errors/* describeError */.Uc)(checkError).replace(/\.$/, '')}); look at the run before trying again.`);
                }
                if (tookEffect)
                    return;
                if (!(0,retry_policy/* mayResendWrite */.iw)(this.budgetLeft()))
                    throw error;
            }
        }
    }
    /** What is left of the budget, as the retry policy reads it. */
    budgetLeft() {
        return {
            timeoutSeconds: this.deadline?.timeoutSeconds,
            leftMs: this.deadline ? this.deadline.remainingMs() : Infinity,
            secondMs: this.secondMs
        };
    }
    post(route, params) {
        // Sent once (the retry policy resends a write only when GitHub refused it unprocessed);
        // `mutate` checks whether it took effect before sending it again.
        return this.octokit.request(route, { ...this.repoParams, ...params });
    }
    cancelRun(runId, force) {
        const route = force
            ? 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel'
            : 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel';
        return this.post(route, { run_id: runId });
    }
    /** The flag is sent only when wanted and documented (old GHES documents no body for re-runs). */
    debugLogging(endpoint, enabled) {
        return enabled ? this.documented(endpoint, { enable_debug_logging: true }) : {};
    }
    rerunFailedJobs(runId, enableDebugLogging) {
        const route = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs';
        return this.post(route, { run_id: runId, ...this.debugLogging(route, enableDebugLogging) });
    }
    rerunRun(runId, enableDebugLogging) {
        const route = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun';
        return this.post(route, { run_id: runId, ...this.debugLogging(route, enableDebugLogging) });
    }
    rerunJob(jobId, enableDebugLogging) {
        const route = 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun';
        return this.post(route, { job_id: jobId, ...this.debugLogging(route, enableDebugLogging) });
    }
    /**
     * Dispatches a workflow, sent exactly once (no retry: a dispatch is not idempotent). Returns
     * the status (200 with the run's id where run details are returned, else 204) and the body;
     * its Date header goes to `serverClock`, which bounds when the new run can have been created.
     */
    async dispatchWorkflow(workflow, body) {
        const response = await this.post('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { workflow_id: /^\d+$/.test(workflow) ? Number(workflow) : workflow, ...body });
        return { status: response.status, data: response.data };
    }
    /**
     * The login the token acts as, or undefined where GitHub will not say: installation tokens
     * (GITHUB_TOKEN, GitHub Apps) are refused GET /user.
     */
    async authenticatedLogin() {
        try {
            const { data } = await this.octokit.request('GET /user');
            const login = isObject(data) ? data['login'] : undefined;
            return typeof login === 'string' ? login : undefined;
        }
        catch (error) {
            const status = (0,errors/* httpStatus */.nG)(error);
            if (status === 401 || status === 403 || status === 404)
                return undefined;
            throw error;
        }
    }
    async getPendingDeployments(runId) {
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments', { ...this.repoParams, run_id: runId, ...checked(isList) });
        return data;
    }
    /** Conditional variant for polling until a run reaches its environment gate. */
    async pollPendingDeployments(runId) {
        return this.getConditional('GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments', { run_id: runId }, isList);
    }
    async reviewPendingDeployments(runId, environmentIds, state, comment) {
        const { data } = await this.post('POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments', { run_id: runId, environment_ids: environmentIds, state, comment });
        return (Array.isArray(data) ? data : []);
    }
    approveForkRun(runId) {
        return this.post('POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve', { run_id: runId });
    }
    reviewProtectionRule(runId, environmentName, state, comment) {
        return this.post('POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule', {
            run_id: runId,
            environment_name: environmentName,
            state,
            comment
        });
    }
    /**
     * Where a log (or an artifact's zip) can be downloaded: the API answers 302 with a short-lived
     * signed URL. Asked with
     * redirects not followed so the Authorization header never reaches the blob host.
     */
    async getLogLocation(which) {
        const [route, params] = 'artifactId' in which
            ? [
                'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
                { artifact_id: which.artifactId, archive_format: 'zip' }
            ]
            : 'jobId' in which
                ? ['GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', { job_id: which.jobId }]
                : which.attempt !== undefined
                    ? [
                        'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs',
                        { run_id: which.runId, attempt_number: which.attempt }
                    ]
                    : ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs', { run_id: which.runId }];
        const response = await this.octokit.request(route, {
            ...this.repoParams,
            ...params,
            request: { redirect: 'manual', parseSuccessResponseBody: false }
        });
        const location = response.headers.location;
        if (!location)
            throw new errors/* MalformedResponseError */.f7(`${route} (no Location header)`);
        step_log/* secret */.rJ(location);
        return location;
    }
    async getTiming(runId) {
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing', { ...this.repoParams, run_id: runId, ...checked(isObject) });
        return data;
    }
}
/**
 * Feeds every answer's Date header (errors and 304s included) to the server clock. Outermost
 * (registered after the plugins), so the interval runs from the first send to the last answer:
 * a retried request only widens it, which never skews the estimate (see ServerClock).
 */
function readServerClock(octokit, clock) {
    const dateOf = (answer) => {
        const date = answer?.headers?.['date'];
        return typeof date === 'string' ? date : undefined;
    };
    octokit.hook.wrap('request', async (request, options) => {
        const sentAt = clock.runnerTime();
        try {
            const response = await request(options);
            clock.observe(dateOf(response), sentAt, clock.runnerTime());
            return response;
        }
        catch (error) {
            const answer = error?.response;
            clock.observe(dateOf(answer), sentAt, clock.runnerTime());
            throw error;
        }
    });
}
/** The one factory every operation's client comes from. */
function createGitHubClient(options) {
    return new GitHubClient(options);
}


/***/ }),

/***/ 6256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ isSafe),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   SH: () => (/* binding */ mayStart),
/* harmony export */   Vf: () => (/* binding */ decideUncertainWrite),
/* harmony export */   WF: () => (/* binding */ REQUEST_CAP_MS),
/* harmony export */   fB: () => (/* binding */ attemptTimeoutMs),
/* harmony export */   iw: () => (/* binding */ mayResendWrite),
/* harmony export */   jV: () => (/* binding */ writeSpacingMs),
/* harmony export */   m2: () => (/* binding */ budgetSpent),
/* harmony export */   tJ: () => (/* binding */ decideArchiveLag),
/* harmony export */   tq: () => (/* binding */ decideLogDownload)
/* harmony export */ });
/* unused harmony exports MAX_RETRIES, SECONDARY_FALLBACK_SECONDS, WRITE_SPACING_SECONDS, backoffSeconds, WRITE_TRIES, ARCHIVE_LAG_MS, ARCHIVE_RETRY_SECONDS, ARCHIVE_TRIES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
/**
 * The one place that decides what happens after a request to GitHub's API: use the answer,
 * wait and send it again, or fail with one sentence. Pure: the same request, outcome, attempt
 * and time left always give the same decision, so the rules are tested as a table
 * (__tests__/retry-policy.test.ts). The transport (src/github/octokit.ts) only carries the
 * decisions out: it sends, sleeps for `waitSeconds` (times its time scale) and logs `warning`.
 *
 * The octokit retry and throttling plugins are not used: each kept its own attempt counter and
 * back-off, neither knows the time budget, and plugin-retry's count is only readable through
 * its internals. One function with every rule in it is what keeps them agreeing.
 */

/**
 * Longest time one request may take. GitHub ends any REST request that takes more than 10 s to
 * process (docs: rest/using-the-rest-api/troubleshooting-the-rest-api, "Timeouts"); 15 s leaves
 * 5 s for the connection and a 100-item page on a slow link. Four tries of a hung API plus the
 * back-off between them (1 + 4 + 9 s) then take 74 s, well inside any budget, instead of 4 min.
 */
const REQUEST_CAP_MS = 15_000;
/** Times a request is sent again after the first try, whatever went wrong. */
const MAX_RETRIES = 3;
/** GitHub's advice for a secondary rate limit without retry-after: wait at least a minute. */
const SECONDARY_FALLBACK_SECONDS = 60;
/** GitHub's advice: at least one second between writes (docs: best-practices-for-using-the-rest-api). */
const WRITE_SPACING_SECONDS = 1;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Reads may be sent again at will; a write only when GitHub says it did not process it. */
function isSafe(method) {
    return SAFE_METHODS.has(method.toUpperCase());
}
/** Back-off before retry n+1 after no usable answer: 1, 4, 9 s (plugin-retry's curve). */
function backoffSeconds(attempt) {
    return (attempt + 1) ** 2;
}
/**
 * The timeout of one attempt: the cap, or less when the budget has less left. A request sent in
 * the budget's last second or after it (a final read, cancel-on-timeout) gets what is left of
 * the grace instead, so every fault ends within timeout-seconds + GRACE_MS.
 */
function attemptTimeoutMs(capMs, leftMs, graceLeftMs) {
    return Math.max(1, Math.min(capMs, leftMs >= 1000 ? leftMs : graceLeftMs));
}
/** The sentence for anything runctl waited on when the budget ran out. */
function budgetSpent(timeoutSeconds, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BudgetError */ .Wp(`The time budget (timeout-seconds: ${timeoutSeconds}) ran out while waiting for ${what}; raise 'timeout-seconds'.`);
}
/** How long a write must still wait to be a second after the last one (0: send now). */
function writeSpacingMs(lastWriteAt, now, secondMs) {
    if (lastWriteAt === undefined)
        return 0;
    return Math.max(0, lastWriteAt + WRITE_SPACING_SECONDS * secondMs - now);
}
/** Before an attempt: nothing is sent once the budget and its grace are spent. */
function mayStart(request, budget) {
    if (budget.timeoutSeconds === undefined || budget.graceLeftMs > 0)
        return { kind: 'deliver' };
    return {
        kind: 'fail',
        error: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BudgetError */ .Wp(`The time budget (timeout-seconds: ${budget.timeoutSeconds}) ran out before ${request.method} ${request.path} could be sent; raise 'timeout-seconds'.`)
    };
}
/** What to do after attempt `attempt` (0 = the first send) got `outcome`. */
function decide(request, outcome, attempt, budget) {
    const safe = isSafe(request.method);
    const what = `${request.method} ${request.path}`;
    if (outcome.kind === 'no-answer') {
        const error = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX(outcome.reason, request.method, request.path, outcome.detail);
        // A write that got no answer may have been applied: the caller checks (client.mutate).
        if (!safe)
            return { kind: 'fail', error };
        // Cut by the budget itself rather than the cap: say so, in the budget's sentence.
        if (outcome.reason === 'timeout' && budget.timeoutSeconds !== undefined && budget.leftMs <= 0) {
            return { kind: 'fail', error: budgetSpent(budget.timeoutSeconds, `an answer to ${what}`) };
        }
        return backOff(error, attempt, budget);
    }
    const { status } = outcome;
    if (status >= 200 && status < 300) {
        if (!safe || outcome.usable !== false)
            return { kind: 'deliver' };
        return backOff(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedResponseError */ .f7(what), attempt, budget);
    }
    const limited = rateLimitWait(outcome, budget.now);
    if (limited) {
        // GitHub refused to process it, so even a write may be resent.
        // The budget is the bound: a wait that fits is waited for, one that does not fails now.
        if (limited.seconds * budget.secondMs > budget.leftMs) {
            return { kind: 'fail', error: doesNotFit(limited.what, limited, budget) };
        }
        if (attempt >= MAX_RETRIES)
            return { kind: 'deliver' };
        return {
            kind: 'retry',
            waitSeconds: limited.seconds,
            warning: `${limited.what} (${what}); waiting ${limited.seconds} s before retry ${attempt + 1} of ${MAX_RETRIES}.`
        };
    }
    const retryAfter = headerSeconds(outcome.headers['retry-after'], outcome.headers, budget.now);
    if (status === 503 && retryAfter !== undefined && safe) {
        const wait = {
            what: `GitHub answered 503 to ${what} asking to wait (retry-after)`,
            seconds: retryAfter,
            until: budget.now + retryAfter * 1000
        };
        if (retryAfter * budget.secondMs > budget.leftMs) {
            return { kind: 'fail', error: doesNotFit(wait.what, wait, budget) };
        }
        if (attempt >= MAX_RETRIES)
            return { kind: 'deliver' };
        return {
            kind: 'retry',
            waitSeconds: retryAfter,
            warning: `GitHub answered 503 with retry-after ${retryAfter}s to ${what}; waiting ${retryAfter} s before retry ${attempt + 1} of ${MAX_RETRIES}.`
        };
    }
    // A server error on a read: GitHub may answer next time. On a write the caller checks.
    if (status >= 500 && safe) {
        const seconds = backoffSeconds(attempt);
        if (attempt >= MAX_RETRIES || seconds * budget.secondMs > budget.leftMs) {
            return { kind: 'deliver' };
        }
        return {
            kind: 'retry',
            waitSeconds: seconds,
            warning: `GitHub answered ${status} to ${what}. Trying again in ${seconds} s (retry ${attempt + 1} of ${MAX_RETRIES}).`
        };
    }
    // 304, 4xx (a rule, not a hiccup) and write errors: the caller reads them.
    return { kind: 'deliver' };
}
/**
 * After downloading a log from the storage host failed (it refused the signed link, or the
 * transfer broke off): once more with a fresh link from GitHub, at once — a signed link lives
 * about a minute, so a refusal is most often an expired one — while the budget has time left;
 * never a third time (then the host or the link, not a hiccup, is the problem).
 */
function decideLogDownload(download, attempt, budget) {
    if (attempt >= 1) {
        return {
            kind: 'fail',
            error: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`Downloading ${download.label} failed twice, even with a fresh link from GitHub: ${download.detail}.`)
        };
    }
    if (budget.leftMs <= 0 && budget.timeoutSeconds !== undefined) {
        return {
            kind: 'fail',
            error: budgetSpent(budget.timeoutSeconds, `${download.label} (${download.detail})`)
        };
    }
    return {
        kind: 'retry',
        waitSeconds: 0,
        warning: `Downloading ${download.label} failed (${download.detail}); asking GitHub for a fresh link.`
    };
}
/** Times a write is sent at most when its failure left it uncertain whether GitHub applied it. */
const WRITE_TRIES = 3;
/**
 * After a write failed (`client.mutate`): a write is never resent blindly. When the failure may
 * or may not have reached GitHub (temporary: a 5xx, a reset, a timeout; or rate-limited), the
 * decision is `retry`: pause (1, 4 s; never past the budget), ask whether it took effect, and
 * send it again only if not (then see mayResendWrite). Any other failure, or the last try, is
 * delivered as it is. `attempt` counts from 0 (the first send).
 */
function decideUncertainWrite(write, attempt, budget) {
    if (!write.checkable)
        return { kind: 'deliver' };
    if (write.failure !== 'temporary' && write.failure !== 'rate-limited')
        return { kind: 'deliver' };
    if (attempt + 1 >= WRITE_TRIES)
        return { kind: 'deliver' };
    const seconds = Math.max(0, Math.min(backoffSeconds(attempt), budget.leftMs / budget.secondMs));
    return {
        kind: 'retry',
        waitSeconds: seconds,
        warning: `${write.label} failed with a temporary error; checking whether it took effect. ${write.sentence}`
    };
}
/** After the check found the write not applied: sent again only while the budget lasts. */
function mayResendWrite(budget) {
    return budget.timeoutSeconds === undefined || budget.leftMs > 0;
}
/** A run's log archive can lag its completion by this much (on GitHub's clock). */
const ARCHIVE_LAG_MS = 60_000;
/** The pause before asking again for an archive that is not there yet. */
const ARCHIVE_RETRY_SECONDS = 5;
/** Times the archive is asked for, at most, while it may be lagging. */
const ARCHIVE_TRIES = 3;
/**
 * After GitHub answered the log archive request 404: right after a run completes, the archive
 * may not exist yet, so a run that completed less than ARCHIVE_LAG_MS ago (both times on
 * GitHub's clock: the caller measures with the server clock) is asked again after a pause, a
 * few times, while the budget has room for the pause. Anything else (410, an older run, tries
 * or time used up) is delivered: the archive is not there.
 */
function decideArchiveLag(answer, attempt, budget) {
    if (answer.status !== 404 || answer.sinceCompletedMs >= ARCHIVE_LAG_MS)
        return { kind: 'deliver' };
    if (attempt + 1 >= ARCHIVE_TRIES)
        return { kind: 'deliver' };
    if (budget.leftMs <= ARCHIVE_RETRY_SECONDS * 1000)
        return { kind: 'deliver' };
    return {
        kind: 'retry',
        waitSeconds: ARCHIVE_RETRY_SECONDS,
        warning: `${answer.label} is not there yet (GitHub answered 404 ${Math.round(answer.sinceCompletedMs / 1000)} s after the run completed); asking again in ${ARCHIVE_RETRY_SECONDS} s.`
    };
}
/** Retry with back-off while tries and time remain; else fail with what went wrong. */
function backOff(error, attempt, budget) {
    const seconds = backoffSeconds(attempt);
    if (attempt >= MAX_RETRIES || seconds * budget.secondMs > budget.leftMs) {
        return { kind: 'fail', error };
    }
    return {
        kind: 'retry',
        waitSeconds: seconds,
        warning: `${error.message} Trying again in ${seconds} s (retry ${attempt + 1} of ${MAX_RETRIES}).`
    };
}
/**
 * A 403/429 that is a rate limit (told by errors.ts's rateLimitOf, the one rule every caller
 * uses), and how long GitHub asks to wait. Primary: until the reset (+1 s), counted on GitHub's
 * clock (the answer's Date) so a skewed runner clock does not shorten or stretch it. Secondary:
 * retry-after, else a minute.
 */
function rateLimitWait(outcome, now) {
    const { headers } = outcome;
    const kind = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .rateLimitOf */ .tX)(outcome);
    if (kind === 'primary') {
        const untilReset = Number(headers['x-ratelimit-reset']) * 1000 - serverNow(headers, now);
        return {
            what: "GitHub's API rate limit is exhausted",
            // A second past the reset, as plugin-throttling did: the reset itself may be early.
            seconds: Math.max(0, Math.ceil(untilReset / 1000) + 1),
            until: now + untilReset
        };
    }
    if (kind === 'secondary') {
        const seconds = headerSeconds(headers['retry-after'], headers, now) ?? SECONDARY_FALLBACK_SECONDS;
        return {
            what: "GitHub's secondary rate limit asks to wait",
            seconds,
            until: now + seconds * 1000
        };
    }
    return undefined;
}
function doesNotFit(what, wait, budget) {
    const left = seconds(budget.leftMs);
    const timeout = budget.timeoutSeconds ?? 'unset';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BudgetError */ .Wp(`${what} until ${clockTime(wait.until)} (${Math.ceil(wait.seconds)} s from now), which does not fit in the ${left} s left of timeout-seconds (${timeout}); raise 'timeout-seconds' to wait for it.`);
}
/** The server's time, from its Date header; this machine's when it sent none. */
function serverNow(headers, now) {
    // Stryker disable next-line StringLiteral: any text that is not a date parses as NaN, as '' does (equivalent)
    const date = Date.parse(String(headers['date'] ?? ''));
    return Number.isNaN(date) ? now : date;
}
/** A retry-after value (seconds, or an HTTP date on the server's clock) in whole seconds. */
function headerSeconds(value, headers, now) {
    // Stryker disable next-line ConditionalExpression: String(undefined) is no number and no date, so it ends the same way below (equivalent); the early return says so plainly
    if (value === undefined)
        return undefined;
    const text = String(value).trim();
    if (/^\d+$/.test(text))
        return Number(text);
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, Math.ceil((date - serverNow(headers, now)) / 1000));
}
/** Time as people read it in a log: 2026-01-01T12:00:00Z. */
function clockTime(epochMs) {
    // Stryker disable next-line Regex: toISOString ends with its only "Z", so the "$" changes nothing (equivalent)
    return new Date(epochMs).toISOString().replace(/\.\d+Z$/, 'Z');
}
function seconds(ms) {
    // Stryker disable next-line EqualityOperator: at exactly 10,000 ms both forms print "10" (">" is equivalent); the other side is tested
    return ms >= 10_000 ? String(Math.round(ms / 1000)) : String(Math.round(ms / 100) / 10);
}


/***/ }),

/***/ 9125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ runMatchesFilter),
/* harmony export */   a: () => (/* binding */ createdRange)
/* harmony export */ });
function runMatchesFilter(run, filter) {
    if (filter.branch !== undefined && run.head_branch !== filter.branch)
        return false;
    if (filter.event !== undefined && run.event !== filter.event)
        return false;
    if (filter.headSha !== undefined && !run.head_sha.startsWith(filter.headSha.toLowerCase())) {
        return false;
    }
    if (filter.status !== undefined &&
        run.status !== filter.status &&
        run.conclusion !== filter.status) {
        return false;
    }
    const created = Date.parse(run.created_at);
    if (filter.createdAfter !== undefined && created < filter.createdAfter.getTime())
        return false;
    if (filter.created !== undefined) {
        const range = createdRange(filter.created);
        if (range && (created < range.from || created >= range.until))
            return false;
    }
    return true;
}
const DAY_MS = 24 * 60 * 60 * 1000;
/** [start, end) of a date (a whole UTC day) or of a date-time (one millisecond). */
function span(text) {
    const start = Date.parse(text);
    if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(start))
        return undefined;
    return { start, end: start + (/^\d{4}-\d{2}-\d{2}$/.test(text) ? DAY_MS : 1) };
}
/** The instants [from, until) a `created` qualifier admits; undefined when it does not parse. */
function createdRange(qualifier) {
    const text = qualifier.trim();
    if (text === '*')
        return { from: -Infinity, until: Infinity };
    const range = /^(.+?)\.\.(.+)$/.exec(text);
    if (range) {
        const [low = '', high = ''] = [range[1]?.trim(), range[2]?.trim()];
        const a = low === '*' ? { start: -Infinity, end: -Infinity } : span(low);
        const b = high === '*' ? { start: Infinity, end: Infinity } : span(high);
        return a && b ? { from: a.start, until: b.end } : undefined;
    }
    const compared = /^(>=|<=|>|<)?(.+)$/.exec(text);
    const date = compared ? span(compared[2] ?? '') : undefined;
    if (!compared || !date)
        return undefined;
    switch (compared[1]) {
        case '>=':
            return { from: date.start, until: Infinity };
        case '>':
            return { from: date.end, until: Infinity };
        case '<=':
            return { from: -Infinity, until: date.end };
        case '<':
            return { from: -Infinity, until: date.start };
        default:
            return { from: date.start, until: date.end };
    }
}


/***/ })

};
