export const id = 521;
export const ids = [521,856];
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

/***/ 8856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   READBACK_SECONDS: () => (/* binding */ READBACK_SECONDS),
/* harmony export */   rerunFailed: () => (/* binding */ rerunFailed),
/* harmony export */   selectJob: () => (/* binding */ selectJob)
/* harmony export */ });
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6686);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(424);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3116);
/* harmony import */ var _polling_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2692);
/* harmony import */ var _poll_loop_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3601);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1983);
/* harmony import */ var _read_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4192);
/* harmony import */ var _conclusions_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1035);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5601);









/** The new attempt can take a few seconds to show on GET run: read it back this long at most. */
const READBACK_SECONDS = 60;
const READBACK_INTERVAL_MS = 3000;
async function rerunFailed(client, settings, deps) {
    const { clock } = deps;
    const context = {
        client,
        settings,
        clock,
        // One budget for both waits: the run to complete, then the new attempt.
        deadline: (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .budgetOf */ .n)(deps, settings),
        intervalMs: settings.pollIntervalSeconds * 1000,
        started: clock.now()
    };
    let run = await (0,_read_run_js__WEBPACK_IMPORTED_MODULE_6__/* .readRun */ .cI)(client, settings.runId);
    if (reachedMaxAttempts(run, settings))
        return leftAlone(context, run, 'max-attempts');
    if (run.status !== 'completed') {
        if (!settings.wait)
            return leftAlone(context, run, 'not-completed');
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Run ${run.id} is ${run.status}; waiting for it to complete before re-running.`);
        const waited = await (0,_polling_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForRunCompletion */ .ev)(client, run.id, {
            deadline: context.deadline,
            intervalMs: context.intervalMs,
            clock
        });
        run = waited.run;
        if (waited.timedOut)
            return leftAlone(context, run, 'not-completed', true);
        // Someone may have re-run it while we waited.
        if (reachedMaxAttempts(run, settings))
            return leftAlone(context, run, 'max-attempts');
    }
    // A run that succeeded has nothing to retry, even if a continue-on-error job failed in it.
    if (run.conclusion === 'success')
        return leftAlone(context, run, 'nothing-failed');
    const failedJobs = (await listJobsIfListable(client, run, settings)).filter(_conclusions_js__WEBPACK_IMPORTED_MODULE_7__/* .isRerunnable */ .DP);
    if (failedJobs.length === 0 && !_conclusions_js__WEBPACK_IMPORTED_MODULE_7__/* .RERUNNABLE_CONCLUSIONS */ .sI.includes(run.conclusion ?? '')) {
        return leftAlone(context, run, 'nothing-failed');
    }
    const rerunJobs = settings.job === undefined ? failedJobs : [selectJob(run, failedJobs, settings.job)];
    return startRerun(context, run, rerunJobs);
}
async function startRerun(context, run, rerunJobs) {
    const { client, settings } = context;
    const previousAttempt = attemptOf(run);
    const sent = await sendRerun(context, run, rerunJobs);
    if (sent === 'nothing-failed')
        return leftAlone(context, run, 'nothing-failed');
    const readBack = await readNewAttempt(context, run, previousAttempt);
    const newAttempt = readBack.confirmed ? attemptOf(readBack.run) : previousAttempt + 1;
    if (readBack.confirmed) {
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Run ${run.id} is on attempt ${newAttempt}: ${run.html_url}`);
    }
    else {
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub accepted the re-run of run ${run.id}, but after ${readBack.seconds} seconds it still showed attempt ${previousAttempt}; the new attempt should be ${newAttempt}.`);
    }
    const result = {
        ...base(context, readBack.run, 'rerun'),
        previousAttempt,
        newAttempt,
        attemptConfirmed: readBack.confirmed,
        readBackSeconds: readBack.seconds,
        rerunJobs
    };
    // Waiting on an unconfirmed attempt would read the old, completed one and stop at once.
    if (!settings.wait || !readBack.confirmed)
        return result;
    const waited = await (0,_polling_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForRunCompletion */ .ev)(client, run.id, {
        deadline: context.deadline,
        intervalMs: context.intervalMs,
        clock: context.clock,
        trackJobs: true,
        // Only the failed jobs run again: the workflow's whole-run durations would mislead.
        predictEnd: false
    });
    return {
        ...result,
        run: waited.run,
        waitForNewAttempt: { timedOut: waited.timedOut, jobs: waited.jobs },
        waitedMs: context.clock.now() - context.started
    };
}
const RERUN_FAILED_JOBS = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs';
const RERUN_RUN = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun';
const RERUN_JOB = 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun';
/** The run's jobs; where the server cannot list them, none (the run's conclusion decides). */
async function listJobsIfListable(client, run, settings) {
    try {
        return await client.listJobs(run.id);
    }
    catch (error) {
        if (!(error instanceof _github_client_js__WEBPACK_IMPORTED_MODULE_1__.JobsUnavailableError))
            throw error;
        if (settings.job !== undefined) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`Input 'jobs' needs the run's jobs, but ${error.message.charAt(0).toLowerCase()}${error.message.slice(1, -1)}; leave 'jobs' empty to re-run the run.`);
        }
        client.note(error.message);
        return [];
    }
}
/** Where the server has no failed-jobs re-run, the whole run is re-run instead, and said so. */
function rerunWholeRunInstead(client, run) {
    client.note(`${client.capabilities.lacks(RERUN_FAILED_JOBS, 're-running only the failed jobs')} Re-ran the whole run ${run.id} instead (POST …/rerun), so its successful jobs run again too.`);
}
/** The POST, sent through `mutate`: after a temporary failure it is resent only if it did not take effect. */
async function sendRerun(context, run, rerunJobs) {
    const { client, settings } = context;
    const job = settings.job === undefined ? undefined : rerunJobs[0];
    const label = job === undefined
        ? `Re-running the failed jobs of run ${run.id}`
        : `Re-running job ${JSON.stringify(job.name)} of run ${run.id}`;
    if (job !== undefined && client.capabilities.has(RERUN_JOB) === false) {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`${client.capabilities.lacks(RERUN_JOB, 're-running one job')} Leave 'jobs' empty to re-run the failed jobs.`);
    }
    let wholeRun = job === undefined && client.capabilities.has(RERUN_FAILED_JOBS) === false;
    const endpoint = job !== undefined ? RERUN_JOB : wholeRun ? RERUN_RUN : RERUN_FAILED_JOBS;
    if (settings.enableDebugLogging && !client.accepts(endpoint, 'enable_debug_logging')) {
        client.note(`${capitalise(client.capabilities.server)} documents no enable_debug_logging for ${endpoint}, so the re-run was asked for without debug logging.`);
    }
    const send = () => job !== undefined
        ? client.rerunJob(job.id, settings.enableDebugLogging)
        : wholeRun
            ? client.rerunRun(run.id, settings.enableDebugLogging)
            : client.rerunFailedJobs(run.id, settings.enableDebugLogging);
    try {
        try {
            await client.mutate(label, send, () => rerunTookEffect(client, run));
        }
        catch (error) {
            // Probing a server older than every description: a 404 here is the endpoint (the run was
            // read a moment ago), and the whole-run re-run every server has is the fallback.
            if (job !== undefined ||
                wholeRun ||
                (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) !== 404 ||
                client.capabilities.has(RERUN_FAILED_JOBS) !== undefined) {
                throw error;
            }
            wholeRun = true;
            await client.mutate(label, send, () => rerunTookEffect(client, run));
        }
        if (wholeRun)
            rerunWholeRunInstead(client, run);
    }
    catch (error) {
        // GitHub found no failed job where the jobs list suggested one: nothing to do, as designed.
        if (job === undefined &&
            (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) === 403 &&
            /no failed jobs/i.test((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .apiMessage */ .SX)(error))) {
            return 'nothing-failed';
        }
        throw await explainRefusal(client, error, run, job);
    }
    _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(job === undefined
        ? `Asked GitHub to re-run ${rerunJobs.length} failed job(s) of run ${run.id}${debugNote(settings)}.`
        : `Asked GitHub to re-run job ${JSON.stringify(job.name)} of run ${run.id}${debugNote(settings)}.`);
    return 'sent';
}
function debugNote(settings) {
    return settings.enableDebugLogging ? ' with debug logging' : '';
}
/**
 * Whether a re-run POST that failed in transit reached GitHub. The run was completed before it,
 * so a new attempt number, or a status that is no longer completed (the attempt number can lag
 * behind the status), means a re-run started and must not be requested again.
 */
async function rerunTookEffect(client, before) {
    let now;
    try {
        now = await client.getRun(before.id);
    }
    catch (error) {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`The re-run request for run ${before.id} failed with a temporary error, and whether it took effect could not be checked (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}); look at ${before.html_url} before trying again.`);
    }
    return attemptOf(now) > attemptOf(before) || now.status !== 'completed';
}
/**
 * Reads the run until its attempt number has moved past the one re-run, for at most
 * READBACK_SECONDS: the POST answers 201 with no body, and GET run can lag behind it.
 */
async function readNewAttempt(context, run, previousAttempt) {
    const { client, clock } = context;
    // At most READBACK_SECONDS, and never past the operation's budget.
    const window = context.deadline.within(READBACK_SECONDS);
    const seconds = Math.round(window.remainingMs() / 1000);
    let latest = run;
    const outcome = await (0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g3)(async () => {
        const polled = await client.pollRun(run.id);
        latest = polled.data;
        if (attemptOf(latest) > previousAttempt)
            return { done: true, value: latest };
        return { done: false, changed: false };
    }, {
        clock,
        deadline: window,
        schedule: new _poll_loop_js__WEBPACK_IMPORTED_MODULE_4__/* .PollSchedule */ .$x(Math.min(READBACK_INTERVAL_MS, context.intervalMs)),
        label: `Reading run ${run.id} back`
    });
    return outcome.done
        ? { run: outcome.value, confirmed: true, seconds }
        : { run: latest, confirmed: false, seconds };
}
/** One job among the failed ones: an exact name first, else a glob that must match exactly one. */
function selectJob(run, failedJobs, pattern) {
    const exact = failedJobs.filter(job => job.name === pattern);
    const matches = exact.length > 0 ? exact : failedJobs.filter(job => (0,_glob_js__WEBPACK_IMPORTED_MODULE_8__/* .globMatches */ .m)(pattern, job.name));
    const [only] = matches;
    if (only !== undefined && matches.length === 1)
        return only;
    if (matches.length > 1) {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`Input 'jobs' (${JSON.stringify(pattern)}) matches ${matches.length} failed jobs of run ${run.id} (${quoteNames(matches)}), but GitHub re-runs one job per request and refuses another while the new attempt runs; name one of them, or leave 'jobs' empty to re-run all failed jobs.`);
    }
    if (failedJobs.length === 0) {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`Input 'jobs' (${JSON.stringify(pattern)}) matches no failed job of run ${run.id}: it concluded ${run.conclusion ?? 'without a conclusion'} but lists no failed job; leave 'jobs' empty to re-run the failed jobs.`);
    }
    throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`Input 'jobs' (${JSON.stringify(pattern)}) matches no failed job of run ${run.id}; its failed jobs are: ${quoteNames(failedJobs)}.`);
}
function quoteNames(jobs) {
    return jobs.map(job => JSON.stringify(job.name)).join(', ');
}
/**
 * GitHub's wordings of a 403 that may mean the run is going again: "This workflow is already
 * running", "…cannot be retried", and the wording gh prints for a 403, "…workflow file may be broken".
 */
const STILL_GOING_WORDING = /already running|may be broken|cannot be retried/i;
/** GitHub's 403 messages for re-runs (as observed), and what to tell the user. */
const KNOWN_REFUSALS = [
    [
        /month ago|too old|retention/i,
        'a run can be re-run only within 30 days of its creation and while its logs are kept'
    ],
    [
        /already running/i,
        'another re-run of it has started since it was read; wait for that attempt instead'
    ],
    [/maximum number of attempts/i, 'GitHub allows at most 50 attempts of a run'],
    [/not accessible by integration|permission/i, "give the job 'permissions: actions: write'"]
];
/** A refused re-run as one sentence that says why and what to do. */
async function explainRefusal(client, error, run, job) {
    const status = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error);
    const what = job === undefined
        ? `the failed jobs of run ${run.id}`
        : `job ${JSON.stringify(job.name)} of run ${run.id}`;
    const message = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .apiMessage */ .SX)(error).replace(/\.$/, '');
    if (status === 404) {
        // The run was read a moment ago, so the 404 is the endpoint.
        return new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`GitHub answered 404 to re-running ${what}: this server lacks the ${job === undefined ? 'rerun-failed-jobs' : 'job re-run'} endpoint (older GitHub Enterprise Server versions do).`);
    }
    // Anything else (rate limits included) already reads well through describeError.
    if (status !== 403 || (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isRateLimited */ .Jz)(error))
        return error;
    const said = `GitHub refused to re-run ${what} (403${message ? `: ${message}` : ''})`;
    const lacking = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .missingPermission */ .Up)(error);
    if (lacking !== undefined)
        return new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`${said}: ${lacking}.`);
    // GitHub re-runs only a completed run, and its 403 for one that is going again (an attempt
    // started after runctl read it) does not say so plainly: read the run again to tell.
    const now = STILL_GOING_WORDING.test(message)
        ? await client.getRun(run.id).catch(() => undefined)
        : undefined;
    if (now !== undefined && now.status !== 'completed') {
        return new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`${said}: run ${run.id} is ${now.status ?? 'not completed'} again (attempt ${attemptOf(now)}), because another re-run started after runctl read it, and GitHub re-runs only a completed run; wait for that attempt to finish ('wait: true' waits for a run still going before re-running).`);
    }
    const known = KNOWN_REFUSALS.find(([pattern]) => pattern.test(message));
    if (known)
        return new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`${said}: ${known[1]}.`);
    if (job !== undefined) {
        const caller = reusableWorkflowCaller(job);
        const which = caller
            ? ` (this one runs in the workflow called by job ${JSON.stringify(caller)})`
            : '';
        return new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`${said}: GitHub does not re-run a job that calls a reusable workflow, or runs inside one, on its own${which}; leave 'jobs' empty to re-run all failed jobs of the run.`);
    }
    return new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`${said}: the token needs 'permissions: actions: write', and the run must be at most 30 days old with fewer than 50 attempts.`);
}
/** Jobs of a called reusable workflow are named "<caller job> / <job>". */
function reusableWorkflowCaller(job) {
    const separator = job.name.indexOf(' / ');
    return separator > 0 ? job.name.slice(0, separator) : undefined;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function attemptOf(run) {
    return run.run_attempt ?? 1;
}
function reachedMaxAttempts(run, settings) {
    return attemptOf(run) >= settings.maxAttempts;
}
function base(context, run, outcome) {
    const { settings } = context;
    return {
        operation: 'rerun-failed',
        outcome,
        run,
        jobPattern: settings.job,
        maxAttempts: settings.maxAttempts,
        enableDebugLogging: settings.enableDebugLogging,
        waitRequested: settings.wait,
        timedOutBeforeRerun: false,
        timeoutSeconds: settings.timeoutSeconds,
        allowedConclusions: settings.allowedConclusions,
        waitedMs: context.clock.now() - context.started
    };
}
/** The run was not re-run: the result says why (the presenter decides whether that fails). */
function leftAlone(context, run, outcome, timedOutBeforeRerun = false) {
    const sentence = {
        'max-attempts': `Run ${run.id} is on attempt ${attemptOf(run)}, which has reached max-attempts (${context.settings.maxAttempts}); not re-running it.`,
        'nothing-failed': `No job of run ${run.id} failed (it concluded ${run.conclusion ?? 'without a conclusion'}); nothing to re-run.`,
        'not-completed': `Run ${run.id} is ${run.status ?? 'not completed'}; not re-running it.`
    }[outcome];
    _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(sentence);
    return {
        ...base(context, run, outcome),
        previousAttempt: attemptOf(run),
        attemptConfirmed: false,
        rerunJobs: [],
        timedOutBeforeRerun
    };
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

/***/ 2521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   presentRerunFailed: () => (/* binding */ presentRerunFailed)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _operations_rerun_failed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8856);
/* harmony import */ var _summary_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7125);
/* harmony import */ var _conclusions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1035);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3064);





function presentRerunFailed(result) {
    const { run } = result;
    const rerun = result.outcome === 'rerun';
    const outputs = {
        ...(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .runOutputs */ .MR)(run),
        // The read-back can lag; the attempt GitHub will show is still the right output.
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Attempt]: String(result.newAttempt ?? result.previousAttempt),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Rerun]: String(rerun),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.RerunJobIds]: JSON.stringify(result.rerunJobs.map(job => job.id))
    };
    const sections = [heading(result), (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(explanation(result)), (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .runHeader */ .jy)(run)];
    if (result.rerunJobs.length > 0) {
        sections.push(`### Re-run jobs (as they were in attempt ${result.previousAttempt})`, (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .jobsTable */ .xf)(result.rerunJobs));
    }
    if (result.waitForNewAttempt) {
        sections.push(`### Jobs of attempt ${result.newAttempt}`, `Waited ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(result.waitedMs)}.`, (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .jobsTable */ .xf)(result.waitForNewAttempt.jobs));
    }
    return { outputs, summary: sections.join('\n\n'), failure: failure(result) };
}
function heading(result) {
    const { run } = result;
    switch (result.outcome) {
        case 'rerun':
            if (result.waitForNewAttempt?.timedOut) {
                return `## ⏱️ Timed out waiting for attempt ${result.newAttempt} of run ${run.id}`;
            }
            if (result.waitForNewAttempt) {
                return `## ${(0,_conclusions_js__WEBPACK_IMPORTED_MODULE_3__/* .conclusionIcon */ .Bz)(run.conclusion)} Attempt ${result.newAttempt} of run ${run.id} ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(run.conclusion ?? run.status ?? '')}`;
            }
            return `## 🔁 Re-ran run ${run.id} as attempt ${result.newAttempt}`;
        case 'not-completed':
            return `## ⏳ Run ${run.id} was not re-run: it has not completed`;
        default:
            return `## ⏭️ Run ${run.id} was not re-run`;
    }
}
/** One plain sentence (escaped by the caller): what was done, or why nothing was. */
function explanation(result) {
    const { run } = result;
    const conclusion = run.conclusion ?? 'without a conclusion';
    switch (result.outcome) {
        case 'rerun': {
            const what = result.jobPattern !== undefined
                ? `job ${JSON.stringify(result.rerunJobs[0]?.name ?? result.jobPattern)} and its dependents`
                : `${result.rerunJobs.length} failed job(s) and their dependents`;
            const debug = result.enableDebugLogging ? ' with debug logging' : '';
            const lag = result.attemptConfirmed
                ? ''
                : ` GitHub had not shown attempt ${result.newAttempt} after ${_operations_rerun_failed_js__WEBPACK_IMPORTED_MODULE_1__.READBACK_SECONDS} seconds, so its number is inferred.`;
            return `Re-ran ${what}${debug}: attempt ${result.previousAttempt} → ${result.newAttempt} (max-attempts ${result.maxAttempts}).${lag}`;
        }
        case 'max-attempts':
            return `Run ${run.id} is on attempt ${result.previousAttempt}, which has reached max-attempts (${result.maxAttempts}), so it was left as it is (${run.status === 'completed' ? conclusion : (run.status ?? '')}).`;
        case 'nothing-failed':
            return `No job of run ${run.id} failed (it concluded ${conclusion}), so there was nothing to re-run.`;
        case 'not-completed':
            return result.timedOutBeforeRerun
                ? `Run ${run.id} was still ${run.status} when timeout-seconds (${result.timeoutSeconds}) ran out.`
                : `Run ${run.id} is ${run.status}; only a completed run can be re-run.`;
    }
}
/** Why the step fails, in one sentence; undefined when it succeeds. */
function failure(result) {
    const { run } = result;
    if (result.outcome === 'not-completed') {
        return result.timedOutBeforeRerun
            ? `Timed out after ${result.timeoutSeconds} seconds waiting for run ${run.id} to complete before re-running it; its last status was ${run.status}. ${run.html_url}`
            : `Run ${run.id} is still ${run.status}, and only a completed run can be re-run; set 'wait: true' to wait for it to complete first: ${run.html_url}`;
    }
    if (result.outcome !== 'rerun' || !result.waitRequested)
        return undefined;
    if (!result.attemptConfirmed) {
        return `GitHub accepted the re-run of run ${run.id}, but after ${result.readBackSeconds ?? _operations_rerun_failed_js__WEBPACK_IMPORTED_MODULE_1__.READBACK_SECONDS} seconds the run still showed attempt ${result.previousAttempt}, so there was no new attempt to wait for: ${run.html_url}`;
    }
    if (result.waitForNewAttempt?.timedOut) {
        return `Timed out after ${result.timeoutSeconds} seconds waiting for attempt ${result.newAttempt} of run ${run.id}, whose last status was ${run.status}. ${run.html_url}`;
    }
    if (!result.allowedConclusions.includes(run.conclusion ?? '')) {
        return `Attempt ${result.newAttempt} of run ${run.id} concluded ${run.conclusion ?? 'without a conclusion'}, which is not in allowed-conclusions (${result.allowedConclusions.join(', ')}): ${run.html_url}`;
    }
    return undefined;
}


/***/ })

};
