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
/* harmony import */ var _github_run_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9125);
/* harmony import */ var _poll_loop_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3601);



function describeFilter(filter) {
    const parts = [
        filter.workflow !== undefined ? `workflow ${filter.workflow}` : 'any workflow',
        filter.branch !== undefined ? `branch ${filter.branch}` : undefined,
        filter.headSha !== undefined ? `commit ${filter.headSha}` : undefined,
        filter.event !== undefined ? `event ${filter.event}` : undefined,
        filter.actor !== undefined ? `by ${filter.actor}` : undefined,
        filter.createdAfter !== undefined
            ? `created at or after ${filter.createdAfter.toISOString()}`
            : undefined
    ];
    return parts.filter(part => part !== undefined).join(', ');
}
/**
 * Every filter, checked on each listed run: short SHAs and sub-second created-after the API
 * cannot filter, and a server may not know a filter (or ignore it) and answer a wider list.
 */
function matchesFilter(run, filter) {
    return (0,_github_run_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .runMatchesFilter */ .F)(run, filter);
}
/** The runs-list request for a filter: the workflow's list when it names one, else the repository's. */
function runListRequest(filter) {
    const params = {
        per_page: 100,
        ...(filter.branch !== undefined ? { branch: filter.branch } : {}),
        ...(filter.event !== undefined ? { event: filter.event } : {}),
        ...(filter.actor !== undefined ? { actor: filter.actor } : {}),
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
 * The newest run matching the filter; if none exists yet (a run just dispatched), keeps looking,
 * from 1 s apart and backing off, until one appears or the deadline passes. Reads only the first
 * page, conditionally: the list is newest first and a 304 costs nothing.
 */
async function findNewestRun(client, filter, options) {
    const { route, params: routeParams } = runListRequest(filter);
    let announced = false;
    const outcome = await (0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_1__/* .pollUntil */ .g3)(async () => {
        const list = async () => {
            const polled = await client.getConditional(route, routeParams);
            const runs = polled.data.workflow_runs;
            if (!Array.isArray(runs))
                throw new Error('The workflow runs list came back without workflow_runs.');
            options.listed?.splice(0, options.listed.length, ...runs);
            const matching = runs.filter(run => matchesFilter(run, filter));
            return { polled, found: options.pick ? options.pick(matching) : matching[0] };
        };
        const sentBefore = JSON.stringify(client.fitParams(route, routeParams));
        let { polled, found } = await list();
        // The first answer told which filters the server takes: ask again at once with them.
        if (!found && JSON.stringify(client.fitParams(route, routeParams)) !== sentBefore) {
            ;
            ({ polled, found } = await list());
        }
        if (found)
            return { done: true, value: found };
        if (!announced) {
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`No run matches ${describeFilter(filter)} yet; waiting for one to appear.`);
            announced = true;
        }
        return { done: false, changed: !polled.notModified };
    }, {
        clock: options.clock,
        deadline: options.deadline,
        schedule: new _poll_loop_js__WEBPACK_IMPORTED_MODULE_1__/* .PollSchedule */ .$x(options.intervalMs),
        label: 'Listing runs',
        onHeartbeat: async (silentForMs) => {
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Still no run matches ${describeFilter(filter)} after ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(silentForMs)}.`);
        }
    });
    return outcome.done ? outcome.value : undefined;
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







const FORCE_CANCEL = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel';
async function cancel(client, settings, deps) {
    const { clock } = deps;
    const deadline = (0,types/* budgetOf */.n)(deps, settings);
    const runs = settings.target.kind === 'id'
        ? [await (0,read_run/* readRun */.cI)(client, settings.target.runId)]
        : await supersededRuns(client, settings, settings.target.filter);
    // Decided from the server's description, learnt from the answers above.
    if (settings.force && client.capabilities.has(FORCE_CANCEL) === false) {
        throw new errors/* OperationError */.OK(`${client.capabilities.lacks(FORCE_CANCEL, 'force-cancel')} Use 'force: false'.`);
    }
    const outcomes = [];
    // One at a time, as GitHub asks of mutations.
    for (const run of runs)
        outcomes.push(await cancelOne(client, run, settings.force));
    const stillRunning = [];
    if (settings.wait) {
        for (const [index, outcome] of outcomes.entries()) {
            if (!outcome.cancelled)
                continue;
            let waited;
            try {
                waited = await (0,polling/* waitForRunCompletion */.ev)(client, outcome.run.id, {
                    deadline,
                    intervalMs: settings.pollIntervalSeconds * 1000,
                    clock,
                    // A cancelled run ends in seconds, whatever its workflow usually takes.
                    predictEnd: false
                });
            }
            catch (error) {
                // The cancel took effect: failing to watch it finish is not a failed cancel.
                const reason = `cancelled; could not follow it to completion: ${(0,errors/* describeError */.Uc)(error)}`;
                step_log/* warning */.$e(`Run ${outcome.run.id} was ${reason}`);
                outcomes[index] = { ...outcome, reason };
                continue;
            }
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
        // listRuns re-checks the status it asked for, so no completed run is here.
        for (const run of runs) {
            if (
            // Stryker disable next-line ConditionalExpression: the current run is never created before itself; a second guard that it is never cancelled.
            run.id !== current.id &&
                Date.parse(run.created_at) < before) {
                found.set(run.id, run);
            }
        }
    }
    const runs = [...found.values()].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
    step_log/* info */.pq(`${runs.length} superseded run(s) match ${(0,find_run/* describeFilter */.GT)(filter)}.`);
    return runs;
}
/** A run left alone, and why: said in the log as well as in the summary. */
function notCancelled(run, reason) {
    step_log/* info */.pq(`Did not cancel run ${run.id}: ${reason}. ${run.html_url}`);
    return { run, cancelled: false, reason };
}
async function cancelOne(client, run, force) {
    if (run.status === 'completed') {
        return notCancelled(run, `already completed (${run.conclusion ?? 'no conclusion'})`);
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
            return notCancelled(run, `already completed: ${(0,errors/* apiMessage */.SX)(error) || 'GitHub answered 409'}`);
        }
        if (status === 404 && force) {
            // We read this run a moment ago, so the 404 is the endpoint, not the run.
            throw new errors/* OperationError */.OK(`This server does not support force-cancel (older GitHub Enterprise Server versions lack it); use 'force: false'.`);
        }
        if (status === 403) {
            throw new errors/* OperationError */.OK(`GitHub refused to cancel run ${run.id} (403: ${(0,errors/* apiMessage */.SX)(error).replace(/\.$/, '')}): ${(0,errors/* missingPermission */.Up)(error) ?? "the token needs 'permissions: actions: write'"}.`);
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
 * names it, `inputs` the inputs that chose it; GitHub's answer (`error`) may name the permission
 * the token would need to see it.
 */
function notFound(client, what, inputs, error) {
    const where = `${client.owner}/${client.repo}`;
    // Stryker disable next-line ConditionalExpression: permissionGap(undefined) is undefined too
    const gap = error === undefined ? undefined : (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .permissionGap */ .aV)(error);
    if (gap?.certain) {
        return new _github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${what} was not found in ${where}: the token needs ${gap.needs}.`);
    }
    const access = gap
        ? `; if it exists, the token needs ${gap.needs}`
        : ', and that the token can read Actions there (permissions: actions: read)';
    return new _github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${what} was not found in ${where}: check ${inputs} and repository${access}.${apiUrlHint(client)}`);
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
function runNotFound(client, runId, error) {
    return notFound(client, `Run ${runId}`, 'run-id', error);
}
/** Reads a run; a 404 becomes one sentence. Later 404s on the same run then mean the endpoint. */
async function readRun(client, runId) {
    try {
        return await client.getRun(runId);
    }
    catch (error) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 404)
            throw runNotFound(client, runId, error);
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

/***/ 3601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ PollSchedule),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   g3: () => (/* binding */ pollUntil)
/* harmony export */ });
/* unused harmony exports FIRST_INTERVAL_MS, BACKOFF, DENSE_SPACING_MS, MAX_WINDOW_POLLS, OVERRUN_WIDENING, MIN_DELAY_MS, heartbeatAfterMinutes, Heartbeat */
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6686);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);


/** Without an estimate: the first interval (and after a change), growing by BACKOFF per silent poll. */
const FIRST_INTERVAL_MS = 1000;
const BACKOFF = 1.5;
/** Spacing of the polls between the earliest and latest plausible ends… */
const DENSE_SPACING_MS = 500;
/** …unless that window is so wide that it would take more polls than this. */
const MAX_WINDOW_POLLS = 30;
/** Past the latest plausible end, each second of overrun widens the spacing by this many seconds. */
const OVERRUN_WIDENING = 0.5;
/** Never two polls closer than this. */
const MIN_DELAY_MS = 100;
/**
 * How long to sleep before the next poll. With an end estimate: sparse (the upper bound alone)
 * until the earliest plausible end, dense until the latest, then backing off as the overrun
 * grows. Without one: 1 s, growing 1.5× per poll that finds nothing changed, and back to 1 s
 * after a change. The upper bound (poll-interval-seconds) always holds.
 */
class PollSchedule {
    maxIntervalMs;
    serverClock;
    estimate;
    silentPolls = 0;
    /**
     * `serverClock` converts the runner's time (what the poll loop measures) to the API's, in which
     * an estimate is made (GitHub's timestamps): without it the two clocks are taken to agree.
     */
    constructor(maxIntervalMs, serverClock) {
        this.maxIntervalMs = maxIntervalMs;
        this.serverClock = serverClock;
    }
    expectEnd(estimate) {
        this.estimate = estimate;
    }
    get expected() {
        return this.estimate;
    }
    /**
     * Called after each poll with the runner's time it was sent at, `changed` when it brought news
     * (which restarts the back-off).
     */
    nextDelayMs(now, changed) {
        this.silentPolls = changed ? 0 : this.silentPolls + 1;
        const wanted = this.estimate
            ? this.aroundTheEnd(this.serverClock ? this.serverClock.toServer(now) : now, this.estimate)
            : FIRST_INTERVAL_MS * BACKOFF ** this.silentPolls;
        return Math.max(Math.min(MIN_DELAY_MS, this.maxIntervalMs), Math.min(wanted, this.maxIntervalMs));
    }
    aroundTheEnd(now, { earliest, latest }) {
        if (now + MIN_DELAY_MS < earliest)
            return earliest - now;
        const spacing = Math.max(DENSE_SPACING_MS, (latest - earliest) / MAX_WINDOW_POLLS);
        return spacing + OVERRUN_WIDENING * Math.max(0, now - latest);
    }
}
/** Minutes of silence after which a heartbeat line is due: 1, 2, 5, 10, then every 10. */
function heartbeatAfterMinutes(beat) {
    const first = [1, 2, 5, 10];
    return first[beat] ?? 10 * (beat - first.length + 2);
}
/** Says when a heartbeat is due: after 1, 2, 5, 10, 20, 30… minutes in which nothing changed. */
class Heartbeat {
    since;
    beats = 0;
    constructor(now) {
        this.since = now;
    }
    /** Something changed: the silence starts again. */
    reset(now) {
        this.since = now;
        this.beats = 0;
    }
    silentForMs(now) {
        return now - this.since;
    }
    /** True once per due beat; beats missed by a long sleep collapse into one. */
    due(now) {
        let due = false;
        while (now - this.since >= heartbeatAfterMinutes(this.beats) * 60_000) {
            this.beats++;
            due = true;
        }
        return due;
    }
}
/**
 * Polls until `poll` says done or the deadline passes (`{ done: false }`). Temporary API failures
 * are reported and polled through; anything else is thrown. Sleeps follow the schedule and never
 * pass the deadline.
 */
async function pollUntil(poll, options) {
    const { clock, deadline, schedule } = options;
    const heartbeat = new Heartbeat(clock.now());
    let succeeded = false;
    for (;;) {
        let changed = false;
        // Spacing is measured from poll to poll: a slow answer does not stretch the schedule.
        const pollStarted = clock.now();
        try {
            const result = await poll();
            if (result.done)
                return result;
            changed = !succeeded || result.changed;
            succeeded = true;
        }
        catch (error) {
            if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error) || (options.firstPollMustSucceed && !succeeded))
                throw error;
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${options.label} failed for now (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}); will poll again.`);
        }
        const now = clock.now();
        if (changed)
            heartbeat.reset(now);
        else if (options.onHeartbeat && heartbeat.due(now)) {
            await options.onHeartbeat(heartbeat.silentForMs(now)).catch((error) => {
                if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error))
                    throw error;
            });
        }
        if (deadline.expired())
            return { done: false };
        const delay = schedule.nextDelayMs(pollStarted, changed) - (clock.now() - pollStarted);
        const sleepMs = Math.min(Math.max(MIN_DELAY_MS, delay), deadline.remainingMs());
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`${options.label}: next poll in ${(sleepMs / 1000).toFixed(1)} s.`);
        await clock.sleep(sleepMs);
    }
}
/** "1h 2m 3s", "2m 0s", "45s": for heartbeat lines. */
function formatDuration(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    if (h > 0)
        return `${h}h ${m}m ${s}s`;
    if (m > 0)
        return `${m}m ${s}s`;
    return `${s}s`;
}


/***/ }),

/***/ 2692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ev: () => (/* binding */ waitForRunCompletion)
/* harmony export */ });
/* unused harmony exports HISTORY_RUNS, END_MARGIN_MS, END_MARGIN_SHARE, estimateEnd, inLastSteps, heartbeatLine */
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6686);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(424);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3116);
/* harmony import */ var _poll_loop_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3601);




/** How many recent successful runs the prediction asks for (one page, one request). */
const HISTORY_RUNS = 20;
/** The window of plausible ends is widened by this much, plus this share of the median. */
const END_MARGIN_MS = 200;
const END_MARGIN_SHARE = 0.01;
/** When the jobs say the end is near but nothing predicted it: poll densely this long. */
const IMMINENT_WINDOW_MS = 30_000;
/** Successful runs of the workflow in an earlier listing that are enough to predict from. */
const ENOUGH_KNOWN_RUNS = 3;
function jobState(job) {
    return job.status === 'completed'
        ? `completed (${job.conclusion ?? 'no conclusion'})`
        : job.status;
}
function durationMs(run) {
    return Date.parse(run.updated_at) - Date.parse(run.run_started_at ?? run.created_at);
}
/** The value at fraction q of the sorted list (0: the first, 1: the last). */
function quantile(sorted, q) {
    return sorted[Math.round(q * (sorted.length - 1))] ?? 0;
}
/**
 * When `run` should end, from how long the workflow's recent successful runs took (a completed
 * run's updated_at is its end): between the shortest and the longest of them (the outer tenths
 * left out once there are ten), widened by a margin for clock skew and jitter. Undefined without
 * usable history.
 */
function estimateEnd(run, history) {
    const durations = history
        .filter(past => past.id !== run.id && past.workflow_id === run.workflow_id && past.conclusion === 'success')
        .map(durationMs)
        .filter(ms => Number.isFinite(ms) && ms > 0)
        .sort((a, b) => a - b);
    const start = Date.parse(run.run_started_at ?? run.created_at);
    if (durations.length === 0 || !Number.isFinite(start))
        return undefined;
    const median = quantile(durations, 0.5);
    const margin = END_MARGIN_MS + END_MARGIN_SHARE * median;
    return {
        likely: start + median,
        earliest: start + quantile(durations, 0.1) - margin,
        latest: start + quantile(durations, 0.9) + margin,
        runs: durations.length
    };
}
/** The estimate from runs already at hand, or else from one (conditional) history request. */
async function predictEnd(client, run, knownRuns) {
    const known = knownRuns.filter(past => past.workflow_id === run.workflow_id && past.conclusion === 'success');
    if (known.length >= ENOUGH_KNOWN_RUNS)
        return estimateEnd(run, known);
    try {
        const history = await client.pollSuccessfulRuns(run.workflow_id, HISTORY_RUNS);
        return estimateEnd(run, history.data);
    }
    catch (error) {
        // Polling without a prediction still works: it backs off from 1 s instead.
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`No end estimate for run ${run.id}: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}`);
        return undefined;
    }
}
/** Every unfinished job is in its last step (GitHub's last step, "Complete job", is short). */
function inLastSteps(jobs) {
    const unfinished = jobs.filter(job => job.status !== 'completed');
    return (unfinished.length > 0 &&
        unfinished.every(job => job.status === 'in_progress' &&
            (job.steps?.length ?? 0) > 0 &&
            (job.steps ?? []).slice(0, -1).every(step => step.status === 'completed')));
}
/**
 * The heartbeat: the run's status, how long it has been going (`now` is GitHub's time, as the
 * run's start is), the jobs in progress.
 */
function heartbeatLine(run, jobs, now, waitedMs) {
    const started = Date.parse(run.run_started_at ?? run.created_at);
    const age = Number.isFinite(started) ? ` after ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(now - started)}` : '';
    const running = jobs.filter(job => job.status !== 'completed' && job.status !== 'queued');
    const list = running.length > 0
        ? `jobs in progress: ${running.map(job => JSON.stringify(job.name)).join(', ')}`
        : 'no job in progress';
    return `Run ${run.id} is still ${run.status}${age} (waited ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(waitedMs)}); ${list}.`;
}
/**
 * Polls a run until it completes or the deadline passes. Each poll is a conditional GET (a 304
 * is free on the primary rate limit) on the schedule of `PollSchedule`: sparse while the end is
 * far, dense around the end the workflow's recent runs predict. Jobs are listed (conditionally)
 * at heartbeats and when the wait ends. Temporary API failures are logged and polled through.
 */
async function waitForRunCompletion(client, runId, options) {
    const { clock } = options;
    const started = clock.now();
    // The predicted end is in GitHub's time (its timestamps): the schedule compares it with GitHub's clock.
    const schedule = new _poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .PollSchedule */ .$x(options.intervalMs, client.serverClock);
    const jobStates = new Map();
    let run;
    let jobs = [];
    let polls = 0;
    let predicted = !(options.predictEnd ?? true);
    let jobsListable = true;
    const listJobs = async () => {
        if (!jobsListable)
            return;
        let polled;
        try {
            polled = await client.pollJobs(runId);
        }
        catch (error) {
            if (!(error instanceof _github_client_js__WEBPACK_IMPORTED_MODULE_1__.JobsUnavailableError))
                throw error;
            // A server without jobs endpoints: wait on the run alone, and say so once.
            client.note(error.message);
            jobsListable = false;
            return;
        }
        if (polled.notModified)
            return;
        jobs = polled.data;
        for (const job of jobs) {
            const state = jobState(job);
            if (jobStates.get(job.id) !== state) {
                _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  job ${JSON.stringify(job.name)}: ${state}`);
                jobStates.set(job.id, state);
            }
        }
    };
    const outcome = await (0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g3)(async () => {
        polls++;
        const polled = await client.pollRun(runId);
        const previous = run;
        run = polled.data;
        const changed = previous === undefined || run.updated_at !== previous.updated_at;
        if (changed && run.status !== previous?.status) {
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Run ${run.id} is ${run.status}${run.conclusion ? ` (${run.conclusion})` : ''}.`);
        }
        if (run.status === 'completed')
            return { done: true, value: run };
        if (!predicted) {
            predicted = true;
            const estimate = await predictEnd(client, run, options.knownRuns ?? []);
            schedule.expectEnd(estimate);
            if (estimate) {
                const start = Date.parse(run.run_started_at ?? run.created_at);
                _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Recent successful runs of this workflow took ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(estimate.likely - start)} (median of ${estimate.runs}); polling densely from ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(estimate.earliest - start)} to ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(estimate.latest - start)} into the run.`);
            }
        }
        return { done: false, changed };
    }, {
        clock,
        deadline: options.deadline,
        schedule,
        label: `Polling run ${runId}`,
        firstPollMustSucceed: true,
        onHeartbeat: async () => {
            if (!run)
                return;
            await listJobs();
            const now = clock.now();
            const serverNow = client.serverClock.toServer(now);
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(heartbeatLine(run, jobs, serverNow, now - started));
            // Nothing predicted the end, but the jobs say it is near: poll densely from now on.
            if (!schedule.expected && inLastSteps(jobs)) {
                schedule.expectEnd({ earliest: serverNow, latest: serverNow + IMMINENT_WINDOW_MS });
            }
        }
    });
    if (outcome.done)
        run = outcome.value;
    if (!run)
        throw new Error(`Run ${runId} was never read.`);
    if (options.trackJobs) {
        try {
            await listJobs();
        }
        catch (error) {
            if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransient */ .dg)(error))
                throw error;
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Listing the jobs of run ${runId} failed (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}).`);
        }
    }
    return { run, jobs, timedOut: !outcome.done, polls };
}


/***/ })

};
