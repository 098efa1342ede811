export const id = 943;
export const ids = [943];
export const modules = {

/***/ 1035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ conclusionIcon),
/* harmony export */   DP: () => (/* binding */ isRerunnable),
/* harmony export */   Ix: () => (/* binding */ isFailed),
/* harmony export */   hm: () => (/* binding */ worstOf),
/* harmony export */   sI: () => (/* binding */ RERUNNABLE_CONCLUSIONS)
/* harmony export */ });
/* unused harmony exports FAILED_CONCLUSIONS, CONCLUSIONS_WORST_FIRST */
const FAILED_CONCLUSIONS = ['failure', 'timed_out', 'startup_failure'];
const RERUNNABLE_CONCLUSIONS = [...FAILED_CONCLUSIONS, 'cancelled'];
/** A run, job or step that failed (cancelled is not failed). */
function isFailed(item) {
    return FAILED_CONCLUSIONS.includes(item.conclusion ?? '');
}
/** A completed job that GitHub's "Re-run failed jobs" would re-run. */
function isRerunnable(job) {
    return job.status === 'completed' && RERUNNABLE_CONCLUSIONS.includes(job.conclusion ?? '');
}
/** One icon per conclusion, for summaries and the timeline; ⏳ while not concluded. */
function conclusionIcon(conclusion) {
    if (conclusion === null || conclusion === undefined)
        return '⏳';
    if (FAILED_CONCLUSIONS.includes(conclusion))
        return '❌';
    switch (conclusion) {
        case 'success':
            return '✅';
        case 'cancelled':
            return '🚫';
        case 'skipped':
            return '⏭️';
        default:
            return '▫️';
    }
}
/**
 * The run conclusions GitHub reports, worst first: the order that decides which of several runs
 * speaks for all of them (wait-for-run with all-runs).
 */
const CONCLUSIONS_WORST_FIRST = [
    'failure',
    'startup_failure',
    'timed_out',
    'cancelled',
    'action_required',
    'stale',
    'neutral',
    'skipped',
    'success'
];
function rank(conclusion) {
    const index = CONCLUSIONS_WORST_FIRST.indexOf(conclusion ?? '');
    // An unknown conclusion ranks just after the known failures: never mistaken for success.
    return index === -1 ? 2.5 : index;
}
/** The item whose conclusion is worst (the first of equals), or undefined for none. */
function worstOf(items) {
    return items.reduce((worst, item) => worst === undefined || rank(item.conclusion) < rank(worst.conclusion) ? item : worst, undefined);
}


/***/ }),

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

/***/ 3064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MR: () => (/* binding */ runOutputs),
/* harmony export */   jy: () => (/* binding */ runHeader),
/* harmony export */   kh: () => (/* binding */ runTitle),
/* harmony export */   xf: () => (/* binding */ jobsTable)
/* harmony export */ });
/* unused harmony export jobDurationMs */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _summary_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7125);


/** The outputs every operation sets from the run it acted on. */
function runOutputs(run) {
    return {
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.RunId]: String(run.id),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.RunUrl]: run.html_url,
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Status]: run.status ?? '',
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Conclusion]: run.conclusion ?? '',
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Attempt]: String(run.run_attempt ?? 1)
    };
}
function runTitle(run) {
    return run.display_title || run.name || `Run ${run.id}`;
}
/** A short table describing a run: name, branch, commit, event, attempt, state, link. */
function runHeader(run) {
    const rows = [
        ['Run', (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(`${runTitle(run)} #${run.run_number ?? run.id}`, run.html_url)],
        ['Workflow', (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(run.name ?? run.path ?? String(run.workflow_id))],
        ['Branch', (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(run.head_branch ?? '')],
        ['Commit', `<code>${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(run.head_sha.slice(0, 12))}</code>`],
        ['Event', (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(run.event)],
        ['Attempt', String(run.run_attempt ?? 1)],
        ['Status', (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(run.status ?? '')],
        ['Conclusion', (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(run.conclusion ?? '—')]
    ];
    return (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValueTable */ .z2)(rows);
}
function jobDurationMs(job) {
    if (!job.started_at || !job.completed_at)
        return undefined;
    return Date.parse(job.completed_at) - Date.parse(job.started_at);
}
function jobsTable(jobs) {
    if (jobs.length === 0)
        return '_No jobs._';
    return (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Job', 'Conclusion', 'Duration'], jobs.map(job => [
        (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(job.name, job.html_url),
        (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(job.conclusion ?? job.status),
        (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(jobDurationMs(job))
    ]));
}


/***/ }),

/***/ 8095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ resultsOutputs),
/* harmony export */   h: () => (/* binding */ resultsSummary)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _summary_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7125);


/** Outputs artifacts, run-outputs and annotations, each only when asked for or relevant. */
function resultsOutputs(results) {
    if (!results)
        return {};
    const outputs = {};
    if (results.artifacts) {
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Artifacts] = JSON.stringify(results.artifacts.map(artifact => ({
            name: artifact.name,
            id: artifact.id,
            size: artifact.size,
            path: artifact.path,
            files: artifact.files,
            ...(artifact.runId !== undefined ? { run_id: artifact.runId } : {})
        })));
    }
    if (results.runOutputs)
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.RunOutputs] = JSON.stringify(results.runOutputs);
    if (results.annotations) {
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Annotations] = JSON.stringify(results.annotations.map(annotation => ({
            run_id: annotation.runId,
            job_id: annotation.jobId,
            job: annotation.job,
            level: annotation.level,
            path: annotation.path,
            start_line: annotation.startLine ?? null,
            end_line: annotation.endLine ?? null,
            title: annotation.title,
            message: annotation.message
        })));
    }
    return outputs;
}
/** Where an annotation points: path:line or path:start-end. */
function location(annotation) {
    if (annotation.path === '')
        return '';
    const { startLine, endLine } = annotation;
    if (startLine === undefined)
        return annotation.path;
    const lines = endLine !== undefined && endLine !== startLine ? `${startLine}-${endLine}` : startLine;
    return `${annotation.path}:${lines}`;
}
/** A summary cell of bounded length (a message can be long). */
function cell(text, maxLength = 500) {
    return (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(text.length > maxLength ? `${text.slice(0, maxLength)}…` : text);
}
function bytes(size) {
    if (size >= 1024 * 1024)
        return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
    if (size >= 1024)
        return `${(size / 1024).toFixed(1)} KiB`;
    return `${size} B`;
}
/** The summary sections: why it failed, artifacts, run outputs, and a problem reading them. */
function resultsSummary(results) {
    if (!results)
        return [];
    const sections = [];
    if (results.annotations && results.annotations.length > 0) {
        sections.push('### Why it failed', (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Level', 'Job', 'Where', 'Title', 'Message'], results.annotations.map(annotation => [
            cell(annotation.level),
            cell(annotation.job),
            cell(location(annotation)),
            cell(annotation.title),
            cell(annotation.message)
        ])));
        if (results.moreAnnotations) {
            sections.push(`_Only the first ${results.annotations.length} annotations are shown._`);
        }
    }
    else if (results.annotations) {
        sections.push('### Why it failed', '_The failed jobs have no annotations._');
    }
    if (results.artifacts) {
        sections.push('### Artifacts', results.artifacts.length === 0
            ? '_No artifact downloaded._'
            : (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Artifact', 'Size', 'Files', 'Folder'], results.artifacts.map(artifact => [
                cell(artifact.name),
                bytes(artifact.size),
                String(artifact.files.length),
                `<code>${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(artifact.path)}</code>`
            ])));
    }
    if (results.runOutputs) {
        const keys = Object.keys(results.runOutputs);
        sections.push('### Run outputs', keys.length === 0
            ? '_An empty object._'
            : `${keys.length} ${keys.length === 1 ? 'key' : 'keys'}: ${keys
                .slice(0, 20)
                .map(key => `<code>${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(key)}</code>`)
                .join(', ')}${keys.length > 20 ? ', …' : ''}`);
    }
    if (results.failure)
        sections.push(`⚠️ ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(results.failure)}`);
    return sections;
}


/***/ }),

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   presentWaitForAllRuns: () => (/* binding */ presentWaitForAllRuns)
/* harmony export */ });
/* harmony import */ var _conclusions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1035);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _find_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1204);
/* harmony import */ var _summary_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7125);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3064);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8095);






function presentWaitForAllRuns(result) {
    const { runs } = result;
    const pending = runs.filter(run => run.status !== 'completed');
    // The run that speaks for all: the one still going, else the worst conclusion.
    const decisive = pending[0] ?? (0,_conclusions_js__WEBPACK_IMPORTED_MODULE_0__/* .worstOf */ .hm)(runs);
    const outputs = {
        ...(decisive ? (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .runOutputs */ .MR)(decisive) : {}),
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Conclusion]: pending.length > 0 ? '' : (decisive?.conclusion ?? ''),
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.DurationSeconds]: String(Math.round(result.waitedMs / 1000)),
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Runs]: JSON.stringify(runs.map(run => ({
            id: run.id,
            workflow: run.name ?? run.path ?? String(run.workflow_id),
            conclusion: run.conclusion,
            url: run.html_url
        }))),
        ...(0,_results_js__WEBPACK_IMPORTED_MODULE_5__/* .resultsOutputs */ .H)(result.results)
    };
    const refused = runs.filter(run => run.status === 'completed' && !result.allowedConclusions.includes(run.conclusion ?? ''));
    let failure;
    if (result.timedOut) {
        const cancelled = result.cancelOnTimeout
            ? ` Cancelled (cancel-on-timeout): ${result.cancelOnTimeout
                .filter(c => c.cancelled)
                .map(c => c.runId)
                .join(', ') || 'none'}.`
            : '';
        failure = `Timed out after ${result.timeoutSeconds} seconds waiting for ${pending.length} of ${runs.length} runs matching ${(0,_find_run_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFilter */ .GT)(result.filter)}: ${pending.map(run => run.id).join(', ')}.${cancelled}`;
    }
    else if (refused.length > 0) {
        failure = `${refused.length} of ${runs.length} runs concluded outside allowed-conclusions (${result.allowedConclusions.join(', ')}): ${refused.map(run => `${run.id} ${run.conclusion ?? 'without a conclusion'} ${run.html_url}`).join('; ')}`;
    }
    const heading = result.timedOut
        ? `## ⏱️ Timed out waiting for ${pending.length} of ${runs.length} runs`
        : `## ${(0,_conclusions_js__WEBPACK_IMPORTED_MODULE_0__/* .conclusionIcon */ .Bz)(outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Conclusion])} ${runs.length} runs ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(outputs[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Conclusion] ?? '')}`;
    const summary = [
        heading,
        `Every run matching ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)((0,_find_run_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFilter */ .GT)(result.filter))}. Waited ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(result.waitedMs)}.`,
        (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Run', 'Workflow', 'Branch', 'Conclusion'], runs.map(run => [
            (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)(`${(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .runTitle */ .kh)(run)} #${run.run_number ?? run.id}`, run.html_url),
            (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(run.name ?? run.path ?? String(run.workflow_id)),
            (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(run.head_branch ?? ''),
            `${(0,_conclusions_js__WEBPACK_IMPORTED_MODULE_0__/* .conclusionIcon */ .Bz)(run.conclusion)} ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(run.conclusion ?? String(run.status))}`
        ])),
        ...(0,_results_js__WEBPACK_IMPORTED_MODULE_5__/* .resultsSummary */ .h)(result.results)
    ].join('\n\n');
    failure ??= result.results?.failure;
    return { outputs, summary, failure };
}


/***/ })

};
