export const id = 115;
export const ids = [115];
export const modules = {

/***/ 8115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubClient: () => (/* binding */ GitHubClient),
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(3340);
// EXTERNAL MODULE: ./src/step-log.ts
var step_log = __webpack_require__(6686);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 20 modules
var github = __webpack_require__(2270);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js
var lib = __webpack_require__(2779);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/octokit.ts









/**
 * A fetch that goes through HTTPS_PROXY / NO_PROXY exactly as @actions/github does, but decided
 * for the URL we really call (its own default is decided from GITHUB_API_URL at import time).
 */
function proxyFetchFor(url) {
    const dispatcher = new lib/* HttpClient */.Qq().getAgentDispatcher(url);
    return (target, init) => (0,undici/* fetch */.hd)(target, { ...(init ?? {}), dispatcher });
}
const RETRY_AFTER_STATUSES = [403, 429, 503];
const SAFE_METHODS = ['GET', 'HEAD'];
/**
 * Innermost plugin: a fresh timeout per attempt, and `retry-after` honoured on any 429/403/503
 * that carries it (plugin-throttling only reads it on "secondary rate" messages, plugin-retry
 * never does). A POST is resent only when the server said it was not processed (429/403).
 */
function resilience(options) {
    const timeoutMs = options.requestTimeoutMs ?? 60_000;
    const maxRetryAfter = options.maxRetryAfterSeconds ?? 900;
    const retries = options.rateLimitRetries ?? 3;
    return (octokit) => {
        octokit.hook.wrap('request', async (request, requestOptions) => {
            for (let attempt = 0;; attempt++) {
                // Mutated in place: the hooks below us (token auth) read the original options object.
                // Octokit has no option for default headers, so the version is set here.
                requestOptions.headers = {
                    ...requestOptions.headers,
                    'x-github-api-version': options.apiVersion
                };
                requestOptions.request = {
                    ...requestOptions.request,
                    signal: AbortSignal.timeout(requestTimeoutMs(timeoutMs, options.deadline))
                };
                // Counted here, innermost, so retries by the plugins above are counted too.
                if (options.stats)
                    options.stats.requests++;
                try {
                    return await request(requestOptions);
                }
                catch (error) {
                    const status = error.status ?? 0;
                    if (status === 304 && options.stats)
                        options.stats.notModified++;
                    const header = (0,errors/* responseHeader */.Rd)(error, 'retry-after');
                    const wait = header !== undefined ? retryAfterSeconds(header) : undefined;
                    const resendable = SAFE_METHODS.includes(requestOptions.method) || status === 429 || status === 403;
                    if (wait === undefined ||
                        !RETRY_AFTER_STATUSES.includes(status) ||
                        !resendable ||
                        attempt >= retries ||
                        wait > maxRetryAfter) {
                        throw error;
                    }
                    step_log/* warning */.$e(`GitHub answered ${status} with retry-after ${wait}s to ${requestOptions.method} ${filledPath(requestOptions)}; waiting ${wait}s before retry ${attempt + 1} of ${retries}.`);
                    await options.sleep(wait * 1000);
                }
            }
        });
        return {};
    };
}
/**
 * The timeout of one request: the per-request cap, or less when the budget has less left. A
 * request sent after the budget ran out (a final read, cancel-on-timeout) still gets a short
 * grace so it can be answered, which keeps every fault within timeout-seconds + GRACE.
 */
function requestTimeoutMs(capMs, deadline) {
    if (!deadline)
        return capMs;
    return Math.max(1, Math.min(capMs, Math.max(deadline.remainingMs(), deadline.graceLeftMs())));
}
function retryAfterSeconds(header) {
    if (/^\d+$/.test(header.trim()))
        return Number(header.trim());
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
/** The request's path with its parameters filled in, for log lines (never the query). */
/** The request's path with its {placeholders} filled in. */
function filledPath(options) {
    const filled = options.url.replace(/\{(\w+)\}/g, (whole, name) => {
        const value = options[name];
        return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
    });
    return (0,errors/* pathOf */.XM)(filled);
}
/** The one Octokit every operation uses: retry + throttling + retry-after + timeouts + proxy. */
function createOctokit(options) {
    const sleep = options.sleep ?? clock/* systemClock */.ml.sleep;
    const fetch = options.fetch ?? proxyFetchFor(options.baseUrl);
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl,
        userAgent: constants/* USER_AGENT */._O,
        // Merged, not replaced: `request` replaces octokit's whole request default.
        request: { fetch, agent: new lib/* HttpClient */.Qq().getAgent(options.baseUrl) },
        retry: {
            // 429 belongs to throttling; the others would fail the same way again.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
            retryAfterBaseValue: options.retryBaseMs ?? 1000
        },
        throttle: {
            enabled: options.throttle ?? true,
            retryAfterBaseValue: options.throttleBaseMs ?? 1000,
            onRateLimit: (retryAfter, request, _o, retryCount) => {
                step_log/* warning */.$e(`Primary rate limit exhausted on ${request.method} ${filledPath(request)}; waiting ${retryAfter}s for the reset (retry ${retryCount + 1}).`);
                return retryCount < 2;
            },
            onSecondaryRateLimit: (retryAfter, request, _o, retryCount) => {
                step_log/* warning */.$e(`Secondary rate limit on ${request.method} ${filledPath(request)}; waiting ${retryAfter}s (retry ${retryCount + 1}).`);
                return retryCount < 2;
            }
        }
    }, resilience({ ...options, sleep }), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __webpack_require__(9783);
;// CONCATENATED MODULE: ./src/github/client.ts






function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Old GHES documents no body for re-runs: send the flag only when it is wanted. */
function debugLogging(enabled) {
    return enabled ? { enable_debug_logging: true } : {};
}
function expectRun(data, what) {
    if (!isObject(data) || typeof data.id !== 'number' || typeof data.html_url !== 'string') {
        throw new errors/* MalformedResponseError */.f7(what);
    }
    return data;
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
    etags = new Map();
    fetchOverride;
    sleep;
    constructor(options) {
        this.owner = options.owner;
        this.repo = options.repo;
        this.fetchOverride = options.fetch;
        this.sleep = options.sleep ?? clock/* systemClock */.ml.sleep;
        this.octokit = createOctokit({ ...options, stats: this.stats });
    }
    get repoParams() {
        return { owner: this.owner, repo: this.repo };
    }
    /**
     * Whether a signed log URL can be downloaded over a plain socket (src/logs/http-get.ts): no
     * proxy applies to it and no fetch was injected (tests intercept fetch).
     */
    canGetDirectly(url) {
        return this.fetchOverride === undefined && !(0,proxy/* getProxyUrl */.s)(new URL(url))?.hostname;
    }
    /** Fetch for a URL outside the API host (signed log blobs): no Authorization, proxy-aware. */
    fetchExternal(url, init) {
        const fetch = this.fetchOverride ?? proxyFetchFor(url);
        return fetch(url, init);
    }
    /**
     * A GET that remembers its ETag and sends If-None-Match next time; a 304 returns the cached
     * body with notModified = true (and costs nothing on the primary rate limit).
     */
    async getConditional(route, params) {
        const key = `${route} ${JSON.stringify(params)}`;
        const cached = this.etags.get(key);
        try {
            const response = await this.octokit.request(route, {
                ...this.repoParams,
                ...params,
                headers: cached ? { 'if-none-match': cached.etag } : {}
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
            run_id: runId
        });
        return expectRun(data, `GET run ${runId}`);
    }
    /** The run, conditionally: cheap to call every poll interval. */
    async pollRun(runId) {
        const polled = await this.getConditional('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { run_id: runId });
        return { data: expectRun(polled.data, `GET run ${runId}`), notModified: polled.notModified };
    }
    async getRunAttempt(runId, attempt) {
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}', { ...this.repoParams, run_id: runId, attempt_number: attempt });
        return expectRun(data, `GET run ${runId} attempt ${attempt}`);
    }
    /** Every job of a run (latest attempt, or all attempts), or of one attempt; all pages. */
    async listJobs(runId, options = {}) {
        const jobs = options.attempt !== undefined
            ? await this.octokit.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', { ...this.repoParams, run_id: runId, attempt_number: options.attempt, per_page: 100 })
            : await this.octokit.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
                ...this.repoParams,
                run_id: runId,
                filter: options.filter ?? 'latest',
                per_page: 100
            });
        if (!Array.isArray(jobs))
            throw new errors/* MalformedResponseError */.f7(`the jobs list of run ${runId}`);
        return jobs;
    }
    /**
     * The latest attempt's jobs, conditionally: every page is asked with its own ETag, so a poll
     * that finds nothing changed costs only 304s (free on the primary rate limit).
     */
    async pollJobs(runId) {
        const jobs = [];
        let notModified = true;
        for (let page = 1;; page++) {
            const polled = await this.getConditional('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { run_id: runId, filter: 'latest', per_page: 100, page });
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
    async getJob(jobId) {
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}', {
            ...this.repoParams,
            job_id: jobId
        });
        return data;
    }
    /**
     * Runs matching a filter, newest first, across pages, stopping once `limit` are found or
     * `stopWhen` says the rest are older than needed (runs come newest first).
     */
    async listRuns(filter, options = {}) {
        const query = {
            ...this.repoParams,
            per_page: 100,
            ...(filter.branch !== undefined ? { branch: filter.branch } : {}),
            ...(filter.event !== undefined ? { event: filter.event } : {}),
            ...(filter.headSha !== undefined ? { head_sha: filter.headSha } : {}),
            ...(filter.status !== undefined ? { status: filter.status } : {}),
            ...(filter.created !== undefined ? { created: filter.created } : {})
        };
        const limit = options.limit ?? Infinity;
        const found = [];
        const collect = (response, done) => {
            const runs = response.data;
            if (!Array.isArray(runs))
                throw new errors/* MalformedResponseError */.f7('the workflow runs list');
            for (const run of runs) {
                if (options.stopWhen?.(run)) {
                    done();
                    break;
                }
                found.push(run);
                if (found.length >= limit) {
                    done();
                    break;
                }
            }
            return [];
        };
        if (filter.workflow !== undefined) {
            const workflowId = /^\d+$/.test(filter.workflow) ? Number(filter.workflow) : filter.workflow;
            await this.octokit.paginate('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { ...query, workflow_id: workflowId }, collect);
        }
        else {
            await this.octokit.paginate('GET /repos/{owner}/{repo}/actions/runs', query, collect);
        }
        return found;
    }
    /**
     * Sends a mutation once, with no automatic retry. If it fails in a way that may or may not
     * have reached GitHub (5xx, reset, timeout), asks `applied` whether it took effect before
     * sending it again, so a cancel or re-run is never done twice.
     */
    async mutate(label, send, applied, attempts = 3) {
        for (let attempt = 1;; attempt++) {
            try {
                await send();
                return;
            }
            catch (error) {
                if (!(0,errors/* isTransient */.dg)(error) || attempt >= attempts)
                    throw error;
                step_log/* warning */.$e(`${label} failed with a temporary error; checking whether it took effect.`);
                await this.sleep(attempt * attempt * 1000);
                if (await applied())
                    return;
            }
        }
    }
    post(route, params) {
        // No plugin-retry on mutations: `mutate` decides whether resending is safe.
        return this.octokit.request(route, { ...this.repoParams, ...params, request: { retries: 0 } });
    }
    cancelRun(runId, force) {
        const route = force
            ? 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel'
            : 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel';
        return this.post(route, { run_id: runId });
    }
    rerunFailedJobs(runId, enableDebugLogging) {
        return this.post('POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs', {
            run_id: runId,
            ...debugLogging(enableDebugLogging)
        });
    }
    rerunRun(runId, enableDebugLogging) {
        return this.post('POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun', {
            run_id: runId,
            ...debugLogging(enableDebugLogging)
        });
    }
    rerunJob(jobId, enableDebugLogging) {
        return this.post('POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun', {
            job_id: jobId,
            ...debugLogging(enableDebugLogging)
        });
    }
    /**
     * Dispatches a workflow, sent exactly once (no retry: a dispatch is not idempotent). Returns
     * the status (200 with the run's id where run details are returned, else 204), the body, and
     * the server's Date header (the earliest the new run can have been created).
     */
    async dispatchWorkflow(workflow, body) {
        const response = await this.post('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { workflow_id: /^\d+$/.test(workflow) ? Number(workflow) : workflow, ...body });
        return { status: response.status, data: response.data, serverDate: response.headers.date };
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
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments', { ...this.repoParams, run_id: runId });
        if (!Array.isArray(data))
            throw new errors/* MalformedResponseError */.f7(`pending deployments of run ${runId}`);
        return data;
    }
    /** Conditional variant for polling until a run reaches its environment gate. */
    async pollPendingDeployments(runId) {
        const polled = await this.getConditional('GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments', { run_id: runId });
        if (!Array.isArray(polled.data)) {
            throw new errors/* MalformedResponseError */.f7(`pending deployments of run ${runId}`);
        }
        return { data: polled.data, notModified: polled.notModified };
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
     * Where a log can be downloaded: the API answers 302 with a short-lived signed URL. Asked with
     * redirects not followed so the Authorization header never reaches the blob host.
     */
    async getLogLocation(which) {
        const [route, params] = 'jobId' in which
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
        core/* setSecret */.Pq(location);
        return location;
    }
    async getTiming(runId) {
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing', { ...this.repoParams, run_id: runId });
        if (!isObject(data))
            throw new errors/* MalformedResponseError */.f7(`timing of run ${runId}`);
        return data;
    }
}
/** The one factory every operation's client comes from. */
function createGitHubClient(options) {
    return new GitHubClient(options);
}


/***/ })

};
