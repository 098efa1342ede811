export const id = 846;
export const ids = [846,575];
export const modules = {

/***/ 1204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ describeFilter),
/* harmony export */   H$: () => (/* binding */ findNewestRun),
/* harmony export */   VR: () => (/* binding */ runListRequest),
/* harmony export */   yy: () => (/* binding */ matchesFilter)
/* harmony export */ });
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6686);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);


function describeFilter(filter) {
    const parts = [
        filter.workflow !== undefined ? `workflow ${filter.workflow}` : 'any workflow',
        filter.branch !== undefined ? `branch ${filter.branch}` : undefined,
        filter.headSha !== undefined ? `commit ${filter.headSha}` : undefined,
        filter.event !== undefined ? `event ${filter.event}` : undefined,
        filter.createdAfter !== undefined
            ? `created at or after ${filter.createdAfter.toISOString()}`
            : undefined
    ];
    return parts.filter(part => part !== undefined).join(', ');
}
/** What the API cannot filter: short SHAs and sub-second created-after. */
function matchesFilter(run, filter) {
    if (filter.headSha !== undefined && !run.head_sha.startsWith(filter.headSha.toLowerCase())) {
        return false;
    }
    if (filter.createdAfter !== undefined &&
        Date.parse(run.created_at) < filter.createdAfter.getTime()) {
        return false;
    }
    return true;
}
/** The runs-list request for a filter: the workflow's list when it names one, else the repository's. */
function runListRequest(filter) {
    const params = {
        per_page: 100,
        ...(filter.branch !== undefined ? { branch: filter.branch } : {}),
        ...(filter.event !== undefined ? { event: filter.event } : {}),
        // GitHub matches head_sha exactly; a short sha is matched client-side.
        ...(filter.headSha !== undefined && filter.headSha.length === 40
            ? { head_sha: filter.headSha }
            : {}),
        ...(filter.createdAfter !== undefined
            ? { created: `>=${filter.createdAfter.toISOString().replace(/\.\d{3}Z$/, 'Z')}` }
            : {})
    };
    const route = filter.workflow !== undefined
        ? 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
        : 'GET /repos/{owner}/{repo}/actions/runs';
    const routeParams = filter.workflow !== undefined
        ? {
            ...params,
            workflow_id: /^\d+$/.test(filter.workflow) ? Number(filter.workflow) : filter.workflow
        }
        : params;
    return { route, params: routeParams };
}
/**
 * The newest run matching the filter; if none exists yet (a run just dispatched), keeps looking
 * until one appears or the deadline passes. Reads only the first page, conditionally: the list
 * is newest first and a 304 costs nothing.
 */
async function findNewestRun(client, filter, options) {
    const { route, params: routeParams } = runListRequest(filter);
    let announced = false;
    for (;;) {
        try {
            const polled = await client.getConditional(route, routeParams);
            const runs = polled.data.workflow_runs;
            if (!Array.isArray(runs))
                throw new Error('The workflow runs list came back without workflow_runs.');
            const matching = runs.filter(run => matchesFilter(run, filter));
            const found = options.pick ? options.pick(matching) : matching[0];
            if (found)
                return found;
        }
        catch (error) {
            if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error))
                throw error;
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Listing runs failed for now (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}); will try again.`);
        }
        if (!announced) {
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`No run matches ${describeFilter(filter)} yet; waiting for one to appear.`);
            announced = true;
        }
        if (options.deadline.expired())
            return undefined;
        await options.clock.sleep(Math.min(options.intervalMs, options.deadline.remainingMs()));
    }
}


/***/ }),

/***/ 9846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   asksForRunDetails: () => (/* binding */ asksForRunDetails),
/* harmony export */   dispatch: () => (/* binding */ dispatch)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9373);
/* harmony import */ var _find_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1204);
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6686);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3116);
/* harmony import */ var _read_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4192);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1983);
/* harmony import */ var _wait_for_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4575);








/**
 * After a failed dispatch whose fate is unknown, how long to look for its marker before
 * saying it may still start. GitHub usually lists a dispatched run within seconds.
 */
const UNKNOWN_OUTCOME_SEARCH_SECONDS = 60;
/** Allowance for the runner's clock when the server's Date header is missing. */
const CLOCK_SKEW_MS = 10_000;
/**
 * Whether to ask for the run in the dispatch answer (`return_run_details`, 2022-11-28 only:
 * 2026-03-10 always answers with it and drops the parameter). github.com and GHE.com document
 * it; GitHub Enterprise Server (…/api/v3) 3.19 does not. The answer decides in the end: a 204
 * means the run has to be found by listing.
 */
function asksForRunDetails(settings) {
    if (settings.apiVersion !== '2022-11-28')
        return false;
    return !/\/api\/v3$/.test(new URL(settings.apiUrl).pathname.replace(/\/+$/, ''));
}
/** The branch or tag name runs show as head_branch. */
function refName(ref) {
    return ref.replace(/^refs\/(heads|tags)\//, '');
}
function runIdFrom(data) {
    if (typeof data !== 'object' || data === null)
        return undefined;
    const id = data.workflow_run_id;
    return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
/** The oldest run created after the dispatch: a dispatch a moment later by anyone is newer. */
function oldest(runs) {
    return [...runs].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id)[0];
}
function carrying(marker) {
    return (runs) => runs.find(run => (run.display_title ?? '').includes(marker) || (run.name ?? '').includes(marker));
}
async function dispatch(client, settings, deps) {
    const { clock } = deps;
    const started = clock.now();
    const deadline = (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .budgetOf */ .n)(deps, settings);
    const intervalMs = settings.pollIntervalSeconds * 1000;
    const marker = settings.correlationInput ? `runctl-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}` : undefined;
    const inputs = settings.correlationInput && marker
        ? { ...settings.inputs, [settings.correlationInput]: marker }
        : { ...settings.inputs };
    const askForRun = asksForRunDetails(settings);
    const where = `${client.owner}/${client.repo}`;
    const filter = {
        workflow: settings.workflow,
        branch: refName(settings.ref),
        event: 'workflow_dispatch'
    };
    _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Dispatching ${settings.workflow} on ${settings.ref} in ${where}.`);
    let answer;
    try {
        answer = await client.dispatchWorkflow(settings.workflow, {
            ref: settings.ref,
            inputs,
            ...(askForRun ? { return_run_details: true } : {})
        });
    }
    catch (error) {
        const status = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .nG)(error);
        if (status === 404) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`Workflow ${settings.workflow} does not exist in ${where} (or the token cannot see it).`);
        }
        if (status === 422) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`GitHub refused to dispatch ${settings.workflow} on ${settings.ref}: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .apiMessage */ .SX)(error)
                .replace(/^Invalid request\.\s*/, '')
                .replace(/\.$/, '')}.`);
        }
        if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isTransient */ .dg)(error))
            throw error;
        // The request may have reached GitHub: never send it again; find out if a marker allows.
        const run = marker
            ? await findAfterUnknownOutcome(client, filter, marker, started, {
                deadline,
                clock,
                intervalMs
            })
            : undefined;
        if (!run) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`Dispatching ${settings.workflow} failed with a temporary error (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error).replace(/\.$/, '')}) and the run may have started anyway: check the Actions tab before dispatching again${marker ? '' : ' (correlation-input lets runctl check this itself)'}.`);
        }
        return finish(client, settings, { inputs, run, identifiedBy: 'correlation' }, deadline, clock, started);
    }
    const runId = runIdFrom(answer.data);
    if (answer.status === 200 && runId !== undefined) {
        _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`GitHub answered with the run it started: ${runId}.`);
        const run = await (0,_read_run_js__WEBPACK_IMPORTED_MODULE_5__/* .readRun */ .cI)(client, runId);
        return finish(client, settings, { inputs, run, identifiedBy: 'run-details' }, deadline, clock, started);
    }
    // 204: the run is created asynchronously and must be found in the runs list.
    const serverTime = answer.serverDate ? Date.parse(answer.serverDate) : NaN;
    const since = Number.isFinite(serverTime) ? serverTime : started - CLOCK_SKEW_MS;
    const listed = { ...filter, createdAfter: new Date(since) };
    let run;
    if (answer.status === 200) {
        // A 200 whose body could not be read (cut off): the dispatch was applied all the same.
        _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e('GitHub accepted the dispatch but its answer could not be read.');
    }
    if (marker) {
        _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`The server did not say which run it started; looking for the run whose name carries the marker in input ${settings.correlationInput}.`);
        run = await (0,_find_run_js__WEBPACK_IMPORTED_MODULE_2__/* .findNewestRun */ .H$)(client, listed, {
            deadline,
            intervalMs,
            clock,
            pick: carrying(marker)
        });
    }
    else {
        _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`The server did not say which run it started, so runctl takes the oldest ${settings.workflow} run on ${refName(settings.ref)} dispatched after this request: a best effort that a dispatch by someone else at the same moment can defeat. Set correlation-input for an exact match.`);
        run = await (0,_find_run_js__WEBPACK_IMPORTED_MODULE_2__/* .findNewestRun */ .H$)(client, listed, { deadline, intervalMs, clock, pick: oldest });
    }
    if (!run) {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`Dispatched ${settings.workflow} on ${settings.ref}, but no run of it ${marker ? `carrying the marker of input ${settings.correlationInput} ` : ''}appeared within ${settings.timeoutSeconds} seconds${marker ? ': check that the workflow shows that input in its run-name' : ''}.`);
    }
    return finish(client, settings, { inputs, run, identifiedBy: marker ? 'correlation' : 'best-effort' }, deadline, clock, started);
}
async function findAfterUnknownOutcome(client, filter, marker, started, options) {
    _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e('The dispatch failed with a temporary error; checking whether its run started.');
    const window = new _clock_js__WEBPACK_IMPORTED_MODULE_1__/* .Deadline */ .B2(options.clock, Math.min(UNKNOWN_OUTCOME_SEARCH_SECONDS, options.deadline.remainingMs() / 1000));
    return (0,_find_run_js__WEBPACK_IMPORTED_MODULE_2__/* .findNewestRun */ .H$)(client, { ...filter, createdAfter: new Date(started - CLOCK_SKEW_MS) }, {
        deadline: window,
        intervalMs: options.intervalMs,
        clock: options.clock,
        pick: carrying(marker)
    });
}
async function finish(client, settings, found, deadline, clock, started) {
    _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Dispatched run ${found.run.id}: ${found.run.html_url}`);
    const result = {
        operation: 'dispatch',
        workflow: settings.workflow,
        ref: settings.ref,
        ...found
    };
    if (!settings.wait)
        return result;
    const waited = await (0,_wait_for_run_js__WEBPACK_IMPORTED_MODULE_7__.waitForRunId)(client, found.run.id, {
        deadline,
        intervalMs: settings.pollIntervalSeconds * 1000,
        clock,
        cancelOnTimeout: settings.cancelOnTimeout
    });
    return {
        ...result,
        run: waited.run,
        wait: {
            operation: 'wait-for-run',
            ...waited,
            timeoutSeconds: settings.timeoutSeconds,
            waitedMs: clock.now() - started,
            allowedConclusions: settings.allowedConclusions
        }
    };
}


/***/ }),

/***/ 4192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b3: () => (/* binding */ runNotFound),
/* harmony export */   cI: () => (/* binding */ readRun),
/* harmony export */   mX: () => (/* binding */ notFound)
/* harmony export */ });
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);

/**
 * The one sentence for something the API says does not exist (or the token cannot see): `what`
 * names it, `inputs` the inputs that chose it.
 */
function notFound(client, what, inputs) {
    return new _github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${what} was not found in ${client.owner}/${client.repo}: check ${inputs} and repository, and that the token can read Actions there (permissions: actions: read).${apiUrlHint(client)}`);
}
/**
 * GitHub Enterprise Server serves the API under /api/v3; without it the server answers 404 for
 * everything, which would read as "run not found". The URL itself is not echoed.
 */
function apiUrlHint(client) {
    const { baseUrl } = client.octokit.request.endpoint.DEFAULTS;
    let url;
    try {
        url = new URL(baseUrl);
    }
    catch {
        return '';
    }
    // github.com and GHE.com serve the API from a host of its own: api.github.com, api.X.ghe.com.
    if (url.hostname.startsWith('api.') || url.pathname.replace(/\/+$/, '') !== '')
        return '';
    return ' If this is GitHub Enterprise Server, github-api-url must end in /api/v3 (https://HOST/api/v3).';
}
function runNotFound(client, runId) {
    return notFound(client, `Run ${runId}`, 'run-id');
}
/** Reads a run; a 404 becomes one sentence. Later 404s on the same run then mean the endpoint. */
async function readRun(client, runId) {
    try {
        return await client.getRun(runId);
    }
    catch (error) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 404)
            throw runNotFound(client, runId);
        throw error;
    }
}


/***/ }),

/***/ 1983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ budgetOf)
/* harmony export */ });
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9373);

/** The operation's time budget: the one main.ts created, or (in unit tests) one on deps.clock. */
function budgetOf(deps, settings) {
    return deps.deadline ?? new _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .Deadline */ .B2(deps.clock, settings.timeoutSeconds);
}


/***/ }),

/***/ 4575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cancelAfterTimeout: () => (/* binding */ cancelAfterTimeout),
/* harmony export */   waitForRun: () => (/* binding */ waitForRun),
/* harmony export */   waitForRunId: () => (/* binding */ waitForRunId)
/* harmony export */ });
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6686);
/* harmony import */ var _find_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1204);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3116);
/* harmony import */ var _polling_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2692);
/* harmony import */ var _read_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4192);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1983);






async function waitForRun(client, settings, deps) {
    const { clock } = deps;
    const started = clock.now();
    const deadline = (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .budgetOf */ .n)(deps, settings);
    const intervalMs = settings.pollIntervalSeconds * 1000;
    let runId;
    if (settings.target.kind === 'id') {
        runId = settings.target.runId;
    }
    else {
        const found = await (0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .findNewestRun */ .H$)(client, settings.target.filter, {
            deadline,
            intervalMs,
            clock
        });
        if (!found) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`No run matching ${(0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFilter */ .GT)(settings.target.filter)} appeared within ${settings.timeoutSeconds} seconds.`);
        }
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Found run ${found.id}: ${found.html_url}`);
        runId = found.id;
    }
    const waited = await waitForRunId(client, runId, {
        deadline,
        intervalMs,
        clock,
        cancelOnTimeout: settings.cancelOnTimeout
    });
    return {
        operation: 'wait-for-run',
        ...waited,
        timeoutSeconds: settings.timeoutSeconds,
        waitedMs: clock.now() - started,
        allowedConclusions: settings.allowedConclusions
    };
}
/**
 * Waits for one run by id until it completes or the deadline passes, following its jobs; on a
 * timeout with cancelOnTimeout, cancels it. Shared by wait-for-run and dispatch's wait.
 */
async function waitForRunId(client, runId, options) {
    let outcome;
    try {
        outcome = await (0,_polling_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForRunCompletion */ .e)(client, runId, {
            deadline: options.deadline,
            intervalMs: options.intervalMs,
            clock: options.clock,
            trackJobs: true
        });
    }
    catch (error) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) === 404)
            throw (0,_read_run_js__WEBPACK_IMPORTED_MODULE_4__/* .runNotFound */ .b3)(client, runId);
        throw error;
    }
    let cancelOnTimeout;
    if (outcome.timedOut && options.cancelOnTimeout) {
        cancelOnTimeout = await cancelAfterTimeout(client, runId);
    }
    return { run: outcome.run, jobs: outcome.jobs, timedOut: outcome.timedOut, cancelOnTimeout };
}
async function cancelAfterTimeout(client, runId) {
    try {
        await client.mutate(`Cancelling run ${runId}`, () => client.cancelRun(runId, false), async () => (await client.getRun(runId)).status === 'completed');
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Cancelled run ${runId} because the wait timed out.`);
        return { cancelled: true, detail: 'cancelled because the wait timed out' };
    }
    catch (error) {
        const detail = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) === 409 ? 'it completed just before the cancel' : (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error);
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not cancel run ${runId} after the timeout: ${detail}`);
        return { cancelled: false, detail };
    }
}


/***/ }),

/***/ 2692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ waitForRunCompletion)
/* harmony export */ });
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6686);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);


function jobState(job) {
    return job.status === 'completed'
        ? `completed (${job.conclusion ?? 'no conclusion'})`
        : job.status;
}
/**
 * Polls a run until it completes or the deadline passes. Each poll is a conditional GET (a 304
 * is free on the rate limit); jobs are listed only when the run's updated_at moved. Progress is
 * logged on changes, not on every poll. Temporary API failures are logged and polled through.
 */
async function waitForRunCompletion(client, runId, options) {
    let run;
    let jobs = [];
    let lastUpdatedAt;
    let lastStatus;
    const jobStates = new Map();
    for (let polls = 1;; polls++) {
        try {
            const polled = await client.pollRun(runId);
            run = polled.data;
            if (!polled.notModified && run.updated_at !== lastUpdatedAt) {
                lastUpdatedAt = run.updated_at;
                if (run.status !== lastStatus) {
                    _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Run ${run.id} is ${run.status}${run.conclusion ? ` (${run.conclusion})` : ''}.`);
                    lastStatus = run.status ?? undefined;
                }
                if (options.trackJobs) {
                    jobs = await client.listJobs(runId);
                    for (const job of jobs) {
                        const state = jobState(job);
                        if (jobStates.get(job.id) !== state) {
                            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  job ${JSON.stringify(job.name)}: ${state}`);
                            jobStates.set(job.id, state);
                        }
                    }
                }
            }
        }
        catch (error) {
            if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error) || run === undefined)
                throw error;
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Polling run ${runId} failed for now (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}); will poll again.`);
        }
        if (run?.status === 'completed')
            return { run, jobs, timedOut: false, polls };
        if (options.deadline.expired() && run)
            return { run, jobs, timedOut: true, polls };
        await options.clock.sleep(Math.min(options.intervalMs, options.deadline.remainingMs()));
    }
}


/***/ })

};
