export const id = 329;
export const ids = [329];
export const modules = {

/***/ 5601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ globPattern),
/* harmony export */   m: () => (/* binding */ globMatches)
/* harmony export */ });
/**
 * Job names and globs, as the `jobs` input takes them: `*` is any run of characters (including
 * `/`, which reusable-workflow job names contain), `?` one character, everything else literal.
 */
function globPattern(pattern) {
    const source = [...pattern]
        .map(char => char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
        .join('');
    return new RegExp(`^${source}$`, 'su');
}
function globMatches(pattern, name) {
    return globPattern(pattern).test(name);
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

/***/ 6329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   countedChecks: () => (/* binding */ countedChecks),
/* harmony export */   isOwnCheckRun: () => (/* binding */ isOwnCheckRun),
/* harmony export */   isRequiredName: () => (/* binding */ isRequiredName),
/* harmony export */   statusConclusion: () => (/* binding */ statusConclusion),
/* harmony export */   waitForChecks: () => (/* binding */ waitForChecks)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5601);
/* harmony import */ var _poll_loop_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3601);
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6686);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1983);
/**
 * wait-for-checks: waits for the check runs (any GitHub App) and commit statuses of a commit.
 *
 * Each poll reads two lists, each over all its pages and each page conditionally (a 304 is
 * free): `GET …/commits/{ref}/check-runs?filter=all` and the combined status
 * `GET …/commits/{ref}/status`. `filter=all` because GitHub's default (`latest`) keeps one check
 * run per name *per check suite* only and hides siblings of the same name; which one counts is
 * decided here (see `countedChecks`).
 */






const GLOB_CHARACTERS = /[*?]/;
/** A pattern without glob characters names a check that must appear. */
function isRequiredName(pattern) {
    return !GLOB_CHARACTERS.test(pattern);
}
/**
 * Whether a check run belongs to the workflow run this step runs in: GitHub Actions jobs are
 * check runs of the `github-actions` app whose details and html URLs are
 * `…/actions/runs/{run_id}/job/{job_id}`.
 */
function isOwnCheckRun(check, currentRunId) {
    if (currentRunId === undefined || check.app?.slug !== 'github-actions')
        return false;
    const marker = `/actions/runs/${currentRunId}/job/`;
    return [check.details_url, check.html_url].some(url => typeof url === 'string' && url.includes(marker));
}
function timeOf(text) {
    const time = Date.parse(text ?? '');
    return Number.isFinite(time) ? time : undefined;
}
function order(check, running) {
    const time = Date.parse((running ? check.started_at : check.completed_at) ?? '');
    return Number.isFinite(time) ? time : 0;
}
/** Status states as conclusions: failure and error fail; pending is still running. */
function statusConclusion(state) {
    if (state === 'success')
        return 'success';
    if (state === 'failure' || state === 'error')
        return 'failure';
    return null;
}
/**
 * The checks that count. Check runs: those of this workflow run left out; then, per name and
 * app, one: in progress while any check run of that name and app runs (a re-run in progress, or
 * a sibling a service reports under the same name), else the one that completed last (a re-run
 * replaces the failure it re-ran). Statuses: the newest per context. Then `ignore` globs out, and only
 * names matching `patterns` in (all when empty).
 */
function countedChecks(checkRuns, statuses, selection) {
    let ownLeftOut = 0;
    const groups = new Map();
    for (const check of checkRuns) {
        if (isOwnCheckRun(check, selection.currentRunId)) {
            ownLeftOut++;
            continue;
        }
        const source = check.app?.slug ?? String(check.app?.id ?? 'unknown app');
        const key = JSON.stringify([check.name, source]);
        groups.set(key, [...(groups.get(key) ?? []), check]);
    }
    const checks = [];
    for (const group of groups.values()) {
        const running = group.some(check => check.status !== 'completed');
        // All completed: the one that completed last (a re-run completes after what it re-ran; of
        // siblings, the last word, as GitHub's pull request page shows). Else the one started last.
        const newest = group.reduce((a, b) => order(b, running) > order(a, running) ||
            (order(b, running) === order(a, running) && b.id > a.id)
            ? b
            : a);
        checks.push({
            name: newest.name,
            source: newest.app?.slug ?? String(newest.app?.id ?? 'unknown app'),
            completed: !running,
            conclusion: running ? null : newest.conclusion,
            url: newest.html_url || newest.details_url || '',
            others: group.length - 1,
            completedAt: running ? undefined : timeOf(newest.completed_at)
        });
    }
    const contexts = new Map();
    for (const status of statuses) {
        const known = contexts.get(status.context);
        const newer = !known ||
            Date.parse(status.updated_at ?? '') > Date.parse(known.updated_at ?? '') ||
            (status.updated_at === known.updated_at && status.id > known.id);
        if (newer) {
            contexts.set(status.context, status);
        }
    }
    for (const status of contexts.values()) {
        const conclusion = statusConclusion(status.state);
        checks.push({
            name: status.context,
            source: 'status',
            completed: conclusion !== null,
            conclusion,
            url: status.target_url ?? '',
            others: 0,
            completedAt: conclusion === null ? undefined : timeOf(status.updated_at)
        });
    }
    const wanted = checks.filter(check => !selection.ignore.some(glob => (0,_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .globMatches */ .m)(glob, check.name)) &&
        (selection.patterns.length === 0 ||
            selection.patterns.some(pattern => (0,_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .globMatches */ .m)(pattern, check.name))));
    wanted.sort((a, b) => a.name.localeCompare(b.name) || a.source.localeCompare(b.source));
    return { checks: wanted, ownLeftOut };
}
function stateOf(check) {
    return check.completed ? `completed (${check.conclusion ?? 'no conclusion'})` : 'in progress';
}
/** A list's 403 (not a rate limit) names the permission the token lacks. */
function permissionError(error, what, permission) {
    if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 403 && !(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isRateLimited */ .Jz)(error)) {
        return new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`GitHub refused to list the ${what} (403): give the job 'permissions: ${permission}' (wait-for-checks needs checks: read and statuses: read).`);
    }
    if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 422) {
        return new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`GitHub found no commit for the ref to wait on (422): give 'ref' as a commit SHA, branch or tag of the repository.`);
    }
    return error;
}
async function waitForChecks(client, settings, deps) {
    const { clock } = deps;
    const started = clock.now();
    const deadline = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .budgetOf */ .n)(deps, settings);
    const intervalMs = settings.pollIntervalSeconds * 1000;
    const settleMs = Math.min(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECKS_SETTLE_POLLS */ .N3 * intervalMs, _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECKS_SETTLE_MAX_MS */ .K_);
    const schedule = new _poll_loop_js__WEBPACK_IMPORTED_MODULE_2__/* .PollSchedule */ .$x(intervalMs);
    const sameRepository = settings.currentRepository === undefined ||
        settings.currentRepository.toLowerCase() === `${client.owner}/${client.repo}`.toLowerCase();
    const selection = {
        patterns: settings.checks,
        ignore: settings.ignoreChecks,
        currentRunId: sameRepository ? settings.currentRunId : undefined
    };
    const required = settings.checks.filter(isRequiredName);
    const origin = settings.refOrigin === 'input' ? '' : ` (${settings.refOrigin})`;
    _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Waiting for ${settings.checks.length > 0 ? `checks ${settings.checks.map(c => JSON.stringify(c)).join(', ')}` : 'every check run and status'} on ${settings.ref}${origin}${selection.currentRunId !== undefined ? `, except this workflow run's own (${selection.currentRunId})` : ''}.`);
    let checks = [];
    let ownLeftOut = 0;
    let fingerprint = '';
    let settledSince;
    let lastShape = '';
    let endedEarly = false;
    const states = new Map();
    const missingNow = () => required.filter(name => !checks.some(check => (0,_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .globMatches */ .m)(name, check.name)));
    const outcome = await (0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g3)(async () => {
        const [runs, statuses] = await Promise.all([
            client.pollCheckRuns(settings.ref).catch((error) => {
                throw permissionError(error, `check runs of ${settings.ref}`, 'checks: read');
            }),
            client.pollCommitStatuses(settings.ref).catch((error) => {
                throw permissionError(error, `commit statuses of ${settings.ref}`, 'statuses: read');
            })
        ]);
        const counted = countedChecks(runs.data, statuses.data, selection);
        checks = counted.checks;
        ownLeftOut = counted.ownLeftOut;
        for (const check of checks) {
            const key = `${check.source}\u0000${check.name}`;
            const state = stateOf(check);
            if (states.get(key) !== state) {
                _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`  ${check.source === 'status' ? 'status' : 'check'} ${JSON.stringify(check.name)} (${check.source}): ${state}`);
                states.set(key, state);
            }
        }
        // Anything new or changed restarts the settle window.
        const now = JSON.stringify(checks.map(c => [c.name, c.source, c.conclusion, c.others]));
        const changed = now !== fingerprint;
        fingerprint = now;
        const pending = checks.filter(check => !check.completed);
        // What speeds polling up again: a new check, or everything done. One of many checks
        // completing does not: with 40 checks ending one by one that would poll every second.
        const shape = JSON.stringify([checks.map(c => [c.name, c.source]), pending.length === 0]);
        const news = shape !== lastShape;
        lastShape = shape;
        if (settings.failFast) {
            const failed = checks.find(check => check.completed && !settings.allowedConclusions.includes(check.conclusion ?? ''));
            if (failed) {
                endedEarly = true;
                return { done: true, value: true };
            }
        }
        if (checks.length === 0 || pending.length > 0 || missingNow().length > 0) {
            settledSince = undefined;
            schedule.expectEnd(undefined);
        }
        else {
            if (changed || settledSince === undefined)
                settledSince = clock.now();
            if (clock.now() - settledSince >= settleMs)
                return { done: true, value: true };
            // One poll when the settle window ends, not a back-off series through it.
            const end = settledSince + settleMs;
            schedule.expectEnd({ earliest: end, latest: end });
        }
        return { done: false, changed: news };
    }, {
        clock,
        deadline,
        schedule,
        label: `Listing the checks of ${settings.ref}`,
        onHeartbeat: async (silentForMs) => {
            const pending = checks.filter(check => !check.completed);
            const missing = missingNow();
            _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Still waiting after ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(silentForMs)} without a new check: ${pending.length} of ${checks.length} check(s) in progress${pending.length > 0 ? ` (${pending.map(c => JSON.stringify(c.name)).join(', ')})` : ''}${missing.length > 0 ? `; not created yet: ${missing.map(m => JSON.stringify(m)).join(', ')}` : ''}.`);
        }
    });
    return {
        operation: 'wait-for-checks',
        ref: settings.ref,
        checks,
        missing: missingNow(),
        none: checks.length === 0,
        timedOut: !outcome.done,
        endedEarly,
        ownLeftOut,
        timeoutSeconds: settings.timeoutSeconds,
        waitedMs: clock.now() - started,
        allowedConclusions: settings.allowedConclusions,
        patterns: settings.checks
    };
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


/***/ })

};
