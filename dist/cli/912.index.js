export const id = 912;
export const ids = [912];
export const modules = {

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
/* harmony import */ var _poll_loop_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3601);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1983);
/* harmony import */ var _wait_for_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4575);
/* harmony import */ var _artifacts_results_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5873);








function runState(run) {
    return run.status === 'completed'
        ? `completed (${run.conclusion ?? 'no conclusion'})`
        : String(run.status);
}
/**
 * Waits until every run matching the filter has completed: the current run excluded, runs that
 * appear while waiting included. Done once all runs seen have been complete for a settle window
 * of ALL_RUNS_SETTLE_POLLS poll intervals (from the last completion, on GitHub's clock) with no
 * new run appearing. One conditional list
 * request per poll, never one per run.
 */
async function waitForAllRuns(client, settings, deps) {
    if (settings.target.kind !== 'filter')
        throw new Error('all-runs needs a filter');
    const filter = settings.target.filter;
    const { clock } = deps;
    const started = clock.now();
    const deadline = (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .budgetOf */ .n)(deps, settings);
    const intervalMs = settings.pollIntervalSeconds * 1000;
    // Polls are adaptive now; the settle window stays what it was at the old 10 s default.
    const settleMs = _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_RUNS_SETTLE_POLLS */ .QQ * Math.min(intervalMs, 10_000);
    await (0,_artifacts_results_js__WEBPACK_IMPORTED_MODULE_7__/* .prepareResults */ .aX)(settings.results, deadline);
    const request = (0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runListRequest */ .VR)(filter);
    const sameRepository = settings.currentRepository === undefined ||
        settings.currentRepository.toLowerCase() === `${client.owner}/${client.repo}`.toLowerCase();
    const excluded = sameRepository ? settings.currentRunId : undefined;
    const seen = new Map();
    const states = new Map();
    let allCompleteSince;
    let announced = false;
    _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Waiting for every run matching ${(0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFilter */ .GT)(filter)}${excluded !== undefined ? ` except this one (${excluded})` : ''}.`);
    const outcome = await (0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g3)(async () => {
        let changed = false;
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
                changed = true;
                if (run.status !== 'completed')
                    allCompleteSince = undefined;
            }
        }
        const pending = [...seen.values()].filter(run => run.status !== 'completed');
        if (seen.size > 0 && pending.length === 0) {
            // On GitHub's clock: the window runs from the last completion (GitHub's timestamps).
            const now = client.serverClock.toServer(clock.now());
            allCompleteSince ??= now;
            if (now - settleStart(seen.values(), allCompleteSince) >= settleMs) {
                return { done: true, value: true };
            }
        }
        else {
            allCompleteSince = undefined;
            if (seen.size === 0 && !announced) {
                _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`No run matches ${(0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFilter */ .GT)(filter)} yet; waiting for one to appear.`);
                announced = true;
            }
        }
        return { done: false, changed };
    }, {
        clock,
        deadline,
        schedule: new _poll_loop_js__WEBPACK_IMPORTED_MODULE_4__/* .PollSchedule */ .$x(intervalMs),
        label: 'Listing runs',
        onHeartbeat: async (silentForMs) => {
            const going = [...seen.values()].filter(run => run.status !== 'completed');
            _step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Still waiting after ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(silentForMs)} without change: ${going.length} of ${seen.size} run(s) not completed${going.length > 0 ? ` (${going.map(run => run.id).join(', ')})` : ''}.`);
        }
    });
    if (!outcome.done) {
        if (seen.size === 0) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationError */ .OK(`No run matching ${(0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFilter */ .GT)(filter)} appeared within ${settings.timeoutSeconds} seconds.`);
        }
        const pending = [...seen.values()].filter(run => run.status !== 'completed');
        if (pending.length > 0)
            return result(true, await cancelPending(pending));
    }
    const done = result(false, undefined);
    if (!settings.results)
        return done;
    const results = await (0,_artifacts_results_js__WEBPACK_IMPORTED_MODULE_7__/* .collectResults */ .n1)(client, done.runs.map(run => ({
        run,
        refused: !settings.allowedConclusions.includes(run.conclusion ?? '')
    })), settings.results, { deadline, env: deps.env, folderPerRun: true });
    return { ...done, results };
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
            outcomes.push({ runId: run.id, ...(await (0,_wait_for_run_js__WEBPACK_IMPORTED_MODULE_6__.cancelAfterTimeout)(client, run.id)) });
        return outcomes;
    }
}
/**
 * Where the settle window starts, in GitHub's time: at the last completion among the runs (a
 * completed run's updated_at), so runs that ended long ago need no further wait; where no
 * timestamp can be read, when this wait first saw them all complete.
 */
function settleStart(runs, allCompleteSince) {
    const ends = [...runs].map(run => Date.parse(run.updated_at)).filter(Number.isFinite);
    return ends.length > 0 ? Math.max(...ends) : allCompleteSince;
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


/***/ })

};
