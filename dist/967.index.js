export const id = 967;
export const ids = [967];
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

/***/ 8967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cancel: () => (/* binding */ cancel)
});

// EXTERNAL MODULE: ./src/step-log.ts
var step_log = __webpack_require__(6686);
// EXTERNAL MODULE: ./src/find-run.ts
var find_run = __webpack_require__(1204);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/types.ts
const ACTIVE_STATUSES = ['requested', 'queued', 'pending', 'waiting', 'in_progress'];

// EXTERNAL MODULE: ./src/polling.ts
var polling = __webpack_require__(2692);
// EXTERNAL MODULE: ./src/operations/types.ts
var types = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/operations/read-run.ts
var read_run = __webpack_require__(4192);
;// CONCATENATED MODULE: ./src/operations/cancel.ts







async function cancel(client, settings, deps) {
    const { clock } = deps;
    const deadline = (0,types/* budgetOf */.n)(deps, settings);
    const runs = settings.target.kind === 'id'
        ? [await (0,read_run/* readRun */.cI)(client, settings.target.runId)]
        : await supersededRuns(client, settings, settings.target.filter);
    const outcomes = [];
    // One at a time, as GitHub asks of mutations.
    for (const run of runs)
        outcomes.push(await cancelOne(client, run, settings.force));
    const stillRunning = [];
    if (settings.wait) {
        for (const [index, outcome] of outcomes.entries()) {
            if (!outcome.cancelled)
                continue;
            const waited = await (0,polling/* waitForRunCompletion */.e)(client, outcome.run.id, {
                deadline,
                intervalMs: settings.pollIntervalSeconds * 1000,
                clock
            });
            if (waited.timedOut)
                stillRunning.push(outcome.run.id);
            outcomes[index] = { ...outcome, run: waited.run };
        }
    }
    return {
        operation: 'cancel',
        force: settings.force,
        outcomes,
        filter: settings.target.kind === 'filter' ? (0,find_run/* describeFilter */.GT)(settings.target.filter) : undefined,
        waited: settings.wait,
        stillRunning
    };
}
/** Runs matching the filter, not completed, created before the current run; never the current run. */
async function supersededRuns(client, settings, filter) {
    const here = `${settings.owner}/${settings.repo}`;
    if (settings.currentRepository !== undefined && settings.currentRepository !== here) {
        throw new errors/* OperationError */.OK(`Cancelling by filter works only in the current repository (${settings.currentRepository}); give 'run-id' to cancel a run in ${here}.`);
    }
    if (settings.currentRunId === undefined) {
        throw new errors/* OperationError */.OK(`Cancelling by filter needs GITHUB_RUN_ID (it cancels runs created before the current one); outside a workflow run, give 'run-id'.`);
    }
    const current = await (0,read_run/* readRun */.cI)(client, settings.currentRunId);
    const before = Date.parse(current.created_at);
    const found = new Map();
    // One query per active status: far fewer pages than a repository's whole history.
    for (const status of ACTIVE_STATUSES) {
        const runs = await client.listRuns({
            workflow: filter.workflow,
            branch: filter.branch,
            event: filter.event,
            headSha: filter.headSha,
            status
        });
        for (const run of runs) {
            if (run.id !== current.id &&
                run.status !== 'completed' &&
                Date.parse(run.created_at) < before) {
                found.set(run.id, run);
            }
        }
    }
    const runs = [...found.values()].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
    step_log/* info */.pq(`${runs.length} superseded run(s) match ${(0,find_run/* describeFilter */.GT)(filter)}.`);
    return runs;
}
async function cancelOne(client, run, force) {
    if (run.status === 'completed') {
        return {
            run,
            cancelled: false,
            reason: `already completed (${run.conclusion ?? 'no conclusion'})`
        };
    }
    const verb = force ? 'Force-cancelling' : 'Cancelling';
    try {
        await client.mutate(`${verb} run ${run.id}`, () => client.cancelRun(run.id, force), async () => (await client.getRun(run.id)).status === 'completed');
        step_log/* info */.pq(`${verb.replace('ling', 'led')} run ${run.id}: ${run.html_url}`);
        return { run, cancelled: true };
    }
    catch (error) {
        const status = (0,errors/* httpStatus */.nG)(error);
        if (status === 409) {
            return {
                run,
                cancelled: false,
                reason: `already completed: ${(0,errors/* apiMessage */.SX)(error) || 'GitHub answered 409'}`
            };
        }
        if (status === 404 && force) {
            // We read this run a moment ago, so the 404 is the endpoint, not the run.
            throw new errors/* OperationError */.OK(`This server does not support force-cancel (older GitHub Enterprise Server versions lack it); use 'force: false'.`);
        }
        if (status === 403) {
            throw new errors/* OperationError */.OK(`GitHub refused to cancel run ${run.id} (403: ${(0,errors/* apiMessage */.SX)(error)}); the token needs 'permissions: actions: write'.`);
        }
        throw error;
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
