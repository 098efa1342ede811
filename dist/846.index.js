export const id = 846;
export const ids = [846];
export const modules = {

/***/ 9846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   asksForRunDetails: () => (/* binding */ asksForRunDetails),
/* harmony export */   dispatch: () => (/* binding */ dispatch)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _find_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1204);
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6686);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3116);
/* harmony import */ var _read_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4192);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1983);
/* harmony import */ var _wait_for_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4575);
/* harmony import */ var _artifacts_results_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5873);








/**
 * After a failed dispatch whose fate is unknown, how long to look for its marker before
 * saying it may still start. GitHub usually lists a dispatched run within seconds.
 */
const UNKNOWN_OUTCOME_SEARCH_SECONDS = 60;
/** How long runs may appear without the marker before the log suggests checking run-name. */
const MISSING_MARKER_HINT_MS = 30_000;
/** Allowance for the runner's clock when no answer has carried a Date header. */
const CLOCK_SKEW_MS = 10_000;
const DISPATCH_ENDPOINT = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';
/** GitHub Enterprise Server serves its REST API under /api/v3; github.com and GHE.com never do. */
function isEnterpriseServerUrl(apiUrl) {
    return /\/api\/v3$/.test(new URL(apiUrl).pathname.replace(/\/+$/, ''));
}
/**
 * Whether to ask for the run in the dispatch answer (`return_run_details`, 2022-11-28 only:
 * 2026-03-10 always answers with it and drops the parameter). Only where the server's
 * description documents it (github.com and GHE.com; no GHES description does): never on a GHES
 * URL, and not once an answer has named the server as one without it. The answer decides in the
 * end: a 204 means the run has to be found by listing.
 */
function asksForRunDetails(client, settings) {
    if (settings.apiVersion !== '2022-11-28' || isEnterpriseServerUrl(settings.apiUrl))
        return false;
    return !client.identified || client.accepts(DISPATCH_ENDPOINT, 'return_run_details');
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
/**
 * Picks the run whose name carries the marker. When runs keep appearing without it, says once
 * what is most likely wrong: the target workflow's run-name does not show the input.
 */
function carrying(marker, hint) {
    let unmarkedSince;
    let warned = false;
    return (runs) => {
        const found = runs.find(run => (run.display_title ?? '').includes(marker) || (run.name ?? '').includes(marker));
        if (found || !hint || runs.length === 0)
            return found;
        unmarkedSince ??= hint.clock.now();
        if (!warned && hint.clock.now() - unmarkedSince >= MISSING_MARKER_HINT_MS) {
            warned = true;
            _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`${runs.length} run(s) of this workflow appeared after the dispatch, none with runctl's marker in its name: check that the workflow's run-name shows \${{ inputs.${hint.input} }}.`);
        }
        return undefined;
    };
}
async function dispatch(client, settings, deps) {
    const { clock } = deps;
    const started = clock.now();
    const deadline = (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .budgetOf */ .n)(deps, settings);
    const intervalMs = settings.pollIntervalSeconds * 1000;
    const marker = settings.correlationInput ? `runctl-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}` : undefined;
    const inputs = 
    // Stryker disable next-line LogicalOperator: marker is set exactly when correlationInput is
    settings.correlationInput && marker
        ? { ...settings.inputs, [settings.correlationInput]: marker }
        : { ...settings.inputs };
    // Before the dispatch (a write): an artifacts-dir that cannot hold the artifacts fails first.
    if (settings.wait)
        await (0,_artifacts_results_js__WEBPACK_IMPORTED_MODULE_7__/* .prepareResults */ .aX)(settings.results, deadline);
    const askForRun = asksForRunDetails(client, settings);
    const where = `${client.owner}/${client.repo}`;
    const filter = {
        workflow: settings.workflow,
        branch: refName(settings.ref),
        event: 'workflow_dispatch'
    };
    _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Dispatching ${settings.workflow} on ${settings.ref} in ${where}.`);
    let answer;
    const sentAt = clock.now();
    try {
        answer = await client.dispatchWorkflow(settings.workflow, {
            ref: settings.ref,
            inputs,
            ...(askForRun ? { return_run_details: true } : {})
        });
    }
    catch (error) {
        const status = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .httpStatus */ .nG)(error);
        if (status === 404) {
            const gap = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .permissionGap */ .aV)(error);
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationError */ .OK(gap
                ? `Workflow ${settings.workflow} was not found in ${where}: check workflow and repository; if it exists, the token needs ${gap.needs}.`
                : `Workflow ${settings.workflow} does not exist in ${where} (or the token cannot see it).`);
        }
        const lacking = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .missingPermission */ .Up)(error);
        if (lacking !== undefined) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationError */ .OK(`GitHub refused to dispatch ${settings.workflow} on ${settings.ref} (${status}: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .apiMessage */ .SX)(error).replace(/\.$/, '')}): ${lacking}.`);
        }
        if (status === 422) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationError */ .OK(`GitHub refused to dispatch ${settings.workflow} on ${settings.ref}: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .apiMessage */ .SX)(error)
                .replace(/^Invalid request\.\s*/, '')
                .replace(/\.$/, '')}.`);
        }
        if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTransient */ .dg)(error))
            throw error;
        // The request may have reached GitHub: never send it again; find out if a marker allows.
        const run = marker
            ? await findAfterUnknownOutcome(client, filter, marker, sentAt, {
                deadline,
                clock,
                intervalMs
            })
            : undefined;
        if (run) {
            _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`Dispatching ${settings.workflow} failed with a temporary error (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error).replace(/\.$/, '')}), but the workflow was dispatched: run ${run.id} carries this dispatch's marker in input ${settings.correlationInput}.`);
        }
        if (!run) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationError */ .OK(`Dispatching ${settings.workflow} failed with a temporary error (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error).replace(/\.$/, '')}) and the run may have started anyway: check the Actions tab before dispatching again${marker ? '' : ' (correlation-input lets runctl check this itself)'}.`);
        }
        return finish(client, settings, { inputs, run, identifiedBy: 'correlation' }, deadline, deps, started);
    }
    const runId = runIdFrom(answer.data);
    if (answer.status === 200 && runId !== undefined) {
        _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`GitHub answered with the run it started: ${runId}.`);
        const run = await (0,_read_run_js__WEBPACK_IMPORTED_MODULE_4__/* .readRun */ .cI)(client, runId);
        return finish(client, settings, { inputs, run, identifiedBy: 'run-details' }, deadline, deps, started);
    }
    // 204: the run is created asynchronously and must be found in the runs list.
    const since = createdNoEarlierThan(client, sentAt) ?? sentAt - CLOCK_SKEW_MS;
    // Runs dispatched by others are left out where the token's login is known (not GITHUB_TOKEN).
    const actor = await client.authenticatedLogin();
    if (actor === undefined) {
        _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq('The token does not say which login it acts as (GITHUB_TOKEN or an app): runs by every actor are considered.');
    }
    const listed = { ...filter, actor, createdAfter: new Date(since) };
    let run;
    if (answer.status === 200) {
        // A 200 whose body could not be read (cut off): the dispatch was applied all the same.
        _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e('GitHub accepted the dispatch but its answer could not be read.');
    }
    if (marker) {
        _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`The server did not say which run it started; looking for the run whose name carries the marker in input ${settings.correlationInput}.`);
        run = await (0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .findNewestRun */ .H$)(client, listed, {
            deadline,
            intervalMs,
            clock,
            // Stryker disable next-line StringLiteral: with a marker, correlationInput is set
            pick: carrying(marker, { clock, input: settings.correlationInput ?? '' })
        });
    }
    else {
        _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`The server did not say which run it started, so runctl takes the oldest ${settings.workflow} run on ${refName(settings.ref)} dispatched after this request: a best effort that a dispatch by someone else at the same moment can defeat. Set correlation-input for an exact match.`);
        run = await (0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .findNewestRun */ .H$)(client, listed, { deadline, intervalMs, clock, pick: oldest });
    }
    if (!run) {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationError */ .OK(`Dispatched ${settings.workflow} on ${settings.ref}, but no run of it ${marker ? `carrying the marker of input ${settings.correlationInput} ` : ''}appeared within ${settings.timeoutSeconds} seconds${marker ? ': check that the workflow shows that input in its run-name' : ''}.`);
    }
    return finish(client, settings, { inputs, run, identifiedBy: marker ? 'correlation' : 'best-effort' }, deadline, deps, started);
}
/**
 * The earliest created_at the dispatched run can have, in GitHub's time: what GitHub's clock can
 * at the earliest have read when the dispatch was sent (bounded by the Date headers, the
 * dispatch's own answer included), to the whole second as created_at is. Undefined while no
 * answer has carried a Date header.
 */
function createdNoEarlierThan(client, sentAt) {
    const earliest = client.serverClock.earliestServerTime(sentAt);
    return earliest === undefined ? undefined : Math.floor(earliest / 1000) * 1000;
}
async function findAfterUnknownOutcome(client, filter, marker, sentAt, options) {
    _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq('The dispatch failed with a temporary error and may have been dispatched all the same; looking for the run carrying its marker instead of dispatching again.');
    const window = options.deadline.within(UNKNOWN_OUTCOME_SEARCH_SECONDS);
    // The marker identifies the run; the time bound only shortens the list. Without GitHub's time
    // (no answer had a Date header) a bound on the runner's clock could leave the run out: none.
    const since = createdNoEarlierThan(client, sentAt);
    return (0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .findNewestRun */ .H$)(client, { ...filter, ...(since !== undefined ? { createdAfter: new Date(since) } : {}) }, {
        deadline: window,
        intervalMs: options.intervalMs,
        clock: options.clock,
        pick: carrying(marker)
    });
}
async function finish(client, settings, found, deadline, deps, started) {
    const { clock, env } = deps;
    _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Dispatched run ${found.run.id}: ${found.run.html_url}`);
    const result = {
        operation: 'dispatch',
        workflow: settings.workflow,
        ref: settings.ref,
        ...found
    };
    if (!settings.wait)
        return result;
    const waited = await (0,_wait_for_run_js__WEBPACK_IMPORTED_MODULE_6__.waitForRunId)(client, found.run.id, {
        deadline,
        intervalMs: settings.pollIntervalSeconds * 1000,
        clock,
        cancelOnTimeout: settings.cancelOnTimeout
    });
    const results = waited.timedOut
        ? undefined
        : await (0,_wait_for_run_js__WEBPACK_IMPORTED_MODULE_6__.resultsOf)(client, waited.run, waited.jobs, !settings.allowedConclusions.includes(waited.run.conclusion ?? ''), settings, { deadline, env });
    return {
        ...result,
        run: waited.run,
        wait: {
            operation: 'wait-for-run',
            ...waited,
            ...(results ? { results } : {}),
            timeoutSeconds: settings.timeoutSeconds,
            waitedMs: clock.now() - started,
            allowedConclusions: settings.allowedConclusions
        }
    };
}


/***/ })

};
