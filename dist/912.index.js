export const id = 912;
export const ids = [912,575];
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

/***/ 4912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   waitForAllRuns: () => (/* binding */ waitForAllRuns)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _find_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1204);
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6686);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3116);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1983);
/* harmony import */ var _wait_for_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4575);






function runState(run) {
    return run.status === 'completed'
        ? `completed (${run.conclusion ?? 'no conclusion'})`
        : String(run.status);
}
/**
 * Waits until every run matching the filter has completed: the current run excluded, runs that
 * appear while waiting included. Done once all runs seen have been complete for a settle window
 * of ALL_RUNS_SETTLE_POLLS poll intervals with no new run appearing. One conditional list
 * request per poll, never one per run.
 */
async function waitForAllRuns(client, settings, deps) {
    if (settings.target.kind !== 'filter')
        throw new Error('all-runs needs a filter');
    const filter = settings.target.filter;
    const { clock } = deps;
    const started = clock.now();
    const deadline = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .budgetOf */ .n)(deps, settings);
    const intervalMs = settings.pollIntervalSeconds * 1000;
    const settleMs = _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_RUNS_SETTLE_POLLS */ .QQ * intervalMs;
    const request = (0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runListRequest */ .VR)(filter);
    const sameRepository = settings.currentRepository === undefined ||
        settings.currentRepository.toLowerCase() === `${client.owner}/${client.repo}`.toLowerCase();
    const excluded = sameRepository ? settings.currentRunId : undefined;
    const seen = new Map();
    const states = new Map();
    let allCompleteSince;
    let announced = false;
    _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Waiting for every run matching ${(0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFilter */ .GT)(filter)}${excluded !== undefined ? ` except this one (${excluded})` : ''}.`);
    for (;;) {
        try {
            const runs = await listMatching(client, request, filter);
            for (const run of runs) {
                if (run.id === excluded)
                    continue;
                if (!seen.has(run.id)) {
                    _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Found run ${run.id} (${JSON.stringify(run.name ?? run.path ?? '')}): ${run.html_url}`);
                }
                seen.set(run.id, run);
                const state = runState(run);
                if (states.get(run.id) !== state) {
                    _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`  run ${run.id}: ${state}`);
                    states.set(run.id, state);
                    if (run.status !== 'completed')
                        allCompleteSince = undefined;
                }
            }
        }
        catch (error) {
            if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTransient */ .dg)(error))
                throw error;
            _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`Listing runs failed for now (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}); will try again.`);
        }
        const pending = [...seen.values()].filter(run => run.status !== 'completed');
        if (seen.size > 0 && pending.length === 0) {
            allCompleteSince ??= clock.now();
            if (clock.now() - allCompleteSince >= settleMs)
                break;
        }
        else {
            allCompleteSince = undefined;
            if (seen.size === 0 && !announced) {
                _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`No run matches ${(0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFilter */ .GT)(filter)} yet; waiting for one to appear.`);
                announced = true;
            }
        }
        if (deadline.expired()) {
            if (seen.size === 0) {
                throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationError */ .OK(`No run matching ${(0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFilter */ .GT)(filter)} appeared within ${settings.timeoutSeconds} seconds.`);
            }
            if (pending.length === 0)
                break;
            return result(true, await cancelPending(pending));
        }
        await clock.sleep(Math.min(intervalMs, deadline.remainingMs()));
    }
    return result(false, undefined);
    function result(timedOut, cancelled) {
        return {
            operation: 'wait-for-run',
            filter,
            runs: [...seen.values()].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id),
            timedOut,
            timeoutSeconds: settings.timeoutSeconds,
            waitedMs: clock.now() - started,
            allowedConclusions: settings.allowedConclusions,
            cancelOnTimeout: cancelled
        };
    }
    async function cancelPending(pending) {
        if (!settings.cancelOnTimeout)
            return undefined;
        const outcomes = [];
        for (const run of pending)
            outcomes.push({ runId: run.id, ...(await (0,_wait_for_run_js__WEBPACK_IMPORTED_MODULE_5__.cancelAfterTimeout)(client, run.id)) });
        return outcomes;
    }
}
/**
 * The matching runs: the first page conditionally (a 304 is free), and, only when more than one
 * page matches, the rest unconditionally.
 */
async function listMatching(client, request, filter) {
    const polled = await client.getConditional(request.route, request.params);
    const firstPage = polled.data.workflow_runs;
    if (!Array.isArray(firstPage))
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MalformedResponseError */ .f7('the workflow runs list');
    const runs = (polled.data.total_count ?? 0) > firstPage.length
        ? await client.listRuns({
            workflow: filter.workflow,
            branch: filter.branch,
            event: filter.event,
            headSha: filter.headSha?.length === 40 ? filter.headSha : undefined,
            created: request.params['created']
        })
        : firstPage;
    return runs.filter(run => (0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesFilter */ .yy)(run, filter));
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
