export const id = 769;
export const ids = [769];
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

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportUsage: () => (/* binding */ reportUsage),
  writeJsonFile: () => (/* binding */ writeJsonFile)
});

// EXTERNAL MODULE: ./src/step-log.ts
var step_log = __webpack_require__(6686);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/github/client.ts + 5 modules
var github_client = __webpack_require__(7860);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/conclusions.ts
var src_conclusions = __webpack_require__(1035);
;// CONCATENATED MODULE: ./src/usage/billable.ts


const TIMING = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing';
const BILLABLE_UNAVAILABLE = 'billable time not available from this server';
/** Statuses meaning "this server has no timing endpoint (any more)": GHES, and GitHub retiring it. */
const ENDPOINT_MISSING = [403, 404, 410];
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function finiteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/**
 * Reads GET …/timing defensively: `billable` maps an OS to `total_ms` and optionally `job_runs`
 * ({job_id, duration_ms}). An answer without `billable` is treated as "not available".
 */
function parseTiming(data) {
    const billable = isRecord(data) ? data['billable'] : undefined;
    if (!isRecord(billable)) {
        return { billable: { available: false, reason: BILLABLE_UNAVAILABLE }, perJob: new Map() };
    }
    const byOs = {};
    const perJob = new Map();
    for (const [os, entry] of Object.entries(billable)) {
        if (!isRecord(entry))
            continue;
        byOs[os] = finiteNumber(entry['total_ms']) ?? 0;
        const jobRuns = Array.isArray(entry['job_runs']) ? entry['job_runs'] : [];
        for (const jobRun of jobRuns) {
            const id = isRecord(jobRun) ? finiteNumber(jobRun['job_id']) : undefined;
            const ms = isRecord(jobRun) ? finiteNumber(jobRun['duration_ms']) : undefined;
            if (id !== undefined && ms !== undefined)
                perJob.set(id, (perJob.get(id) ?? 0) + ms);
        }
    }
    const totalMs = Object.values(byOs).reduce((total, ms) => total + ms, 0);
    return { billable: { available: true, totalMs, byOs }, perJob };
}
function unavailableReason(error) {
    if ((0,errors/* isRateLimited */.Jz)(error))
        return `${BILLABLE_UNAVAILABLE}: the API rate limit is exhausted`;
    if (ENDPOINT_MISSING.includes((0,errors/* httpStatus */.nG)(error) ?? 0))
        return BILLABLE_UNAVAILABLE;
    return `${BILLABLE_UNAVAILABLE}: ${(0,errors/* describeError */.Uc)(error)}`;
}
/**
 * Billable time, best effort: GitHub is retiring the timing endpoint and GitHub Enterprise
 * Server lacks it, so any failure here becomes a sentence in the report, never a failed step.
 */
async function fetchBillable(client, runId) {
    // Servers whose description lacks timing (GHES) are not asked: the report says so instead.
    if (client.capabilities.has(TIMING) === false) {
        step_log/* info */.pq(`Billable time: ${client.capabilities.lacks(TIMING, 'billable time')}`);
        return { billable: { available: false, reason: BILLABLE_UNAVAILABLE }, perJob: new Map() };
    }
    try {
        return parseTiming(await client.getTiming(runId));
    }
    catch (error) {
        const reason = unavailableReason(error);
        step_log/* info */.pq(`Billable time: ${reason}`);
        return { billable: { available: false, reason }, perJob: new Map() };
    }
}

;// CONCATENATED MODULE: ./src/usage/stats.ts
/**
 * Nearest-rank percentile: the smallest value with at least p% of the values at or below it.
 * Always one of the observed values, so a p95 never reports a duration no run actually had.
 */
function percentile(sortedAscending, p) {
    if (sortedAscending.length === 0)
        return null;
    const rank = Math.max(1, Math.ceil((p / 100) * sortedAscending.length));
    return sortedAscending[rank - 1] ?? null;
}
function percentiles(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), count: sorted.length };
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}
/** The `count` items with the largest key, largest first; items without a key are skipped. */
function largest(items, key, count) {
    return items
        .filter(item => key(item) !== null)
        .sort((a, b) => (key(b) ?? 0) - (key(a) ?? 0))
        .slice(0, count);
}
/** Average duration per job name across runs, slowest first (matrix legs count separately). */
function slowestOnAverage(samples, count) {
    const byName = new Map();
    for (const { name, ms } of samples) {
        const list = byName.get(name) ?? [];
        list.push(ms);
        byName.set(name, list);
    }
    const averages = [...byName].map(([name, values]) => ({
        name,
        runs: values.length,
        averageMs: Math.round(sum(values) / values.length),
        maxMs: Math.max(...values)
    }));
    return averages.sort((a, b) => b.averageMs - a.averageMs).slice(0, count);
}

;// CONCATENATED MODULE: ./src/usage/compute.ts

/** How many jobs and steps the "slowest" lists keep. */
const SLOWEST_COUNT = 10;
function timeOf(iso) {
    if (!iso)
        return undefined;
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : ms;
}
/**
 * end − start, never negative: servers report cancelled and skipped jobs with a completion a
 * moment before their start, and a negative duration would subtract from totals.
 */
function span(start, end) {
    if (start === undefined || end === undefined)
        return null;
    return Math.max(0, end - start);
}
function stateOf(status, startedAt, completedAt) {
    if (status === 'completed' || completedAt !== undefined)
        return 'completed';
    return startedAt !== undefined && status === 'in_progress' ? 'running' : 'queued';
}
function stepUsage(step, now) {
    const started = timeOf(step.started_at);
    const completed = timeOf(step.completed_at);
    const state = stateOf(step.status, started, completed);
    return {
        number: step.number,
        name: step.name,
        status: step.status,
        conclusion: step.conclusion,
        state,
        startedAt: step.started_at ?? null,
        completedAt: step.completed_at ?? null,
        durationMs: span(started, state === 'running' ? now : completed)
    };
}
/**
 * One job's figures. A job not finished yet (the job running this report, for one) counts its
 * time so far: queued jobs up to now in queue time, running jobs up to now in run time.
 */
function jobUsage(job, now, billableMs) {
    const created = timeOf(job.created_at);
    const started = timeOf(job.started_at);
    const completed = timeOf(job.completed_at);
    const state = stateOf(job.status, started, completed);
    return {
        id: job.id,
        name: job.name,
        attempt: job.run_attempt ?? 1,
        url: job.html_url,
        status: job.status,
        conclusion: job.conclusion,
        state,
        createdAt: job.created_at ?? null,
        startedAt: job.started_at ?? null,
        completedAt: job.completed_at ?? null,
        queueMs: span(created, state === 'queued' ? now : started),
        runMs: state === 'queued' ? null : span(started, state === 'running' ? now : completed),
        labels: Array.isArray(job.labels) ? job.labels : [],
        runnerName: job.runner_name || null,
        runnerGroup: job.runner_group_name || null,
        billableMs: billableMs ?? null,
        steps: (job.steps ?? []).map(step => stepUsage(step, now))
    };
}
function runInfo(run) {
    return {
        id: run.id,
        name: run.name ?? null,
        title: run.display_title ?? null,
        number: run.run_number ?? null,
        url: run.html_url,
        attempt: run.run_attempt ?? 1,
        status: run.status,
        conclusion: run.conclusion,
        event: run.event,
        branch: run.head_branch,
        headSha: run.head_sha,
        createdAt: run.created_at,
        startedAt: run.run_started_at ?? null,
        updatedAt: run.updated_at
    };
}
/**
 * Wall time of what is reported on: from the run's start (its creation for all attempts, the
 * attempt's start for one) to the last job's completion, or to now while anything is unfinished.
 * Earlier job timestamps win over the run's, so odd server data cannot give a negative time.
 */
function wallTimeMs(run, jobs, allAttempts, now) {
    const runStart = allAttempts
        ? timeOf(run.created_at)
        : (timeOf(run.run_started_at) ?? timeOf(run.created_at));
    const jobStarts = jobs
        .map(job => timeOf(job.createdAt) ?? timeOf(job.startedAt))
        .filter((ms) => ms !== undefined);
    const starts = [...jobStarts, ...(runStart !== undefined ? [runStart] : [])];
    if (starts.length === 0)
        return null;
    const unfinished = run.status !== 'completed' || jobs.some(job => job.state !== 'completed');
    const jobEnds = jobs
        .map(job => timeOf(job.completedAt))
        .filter((ms) => ms !== undefined);
    const end = unfinished ? now : jobEnds.length > 0 ? Math.max(...jobEnds) : timeOf(run.updated_at);
    return span(Math.min(...starts), end);
}
function runTotals(run, jobs, allAttempts, now) {
    const count = (state) => jobs.filter(job => job.state === state).length;
    return {
        wallMs: wallTimeMs(run, jobs, allAttempts, now),
        totalJobMs: sum(jobs.map(job => job.runMs ?? 0)),
        jobs: jobs.length,
        completedJobs: count('completed'),
        runningJobs: count('running'),
        queuedJobs: count('queued'),
        steps: sum(jobs.map(job => job.steps.length)),
        inProgress: run.status !== 'completed' || count('completed') < jobs.length
    };
}
function jobRef(job) {
    return {
        id: job.id,
        name: job.name,
        attempt: job.attempt,
        url: job.url,
        state: job.state,
        conclusion: job.conclusion,
        runMs: job.runMs,
        queueMs: job.queueMs
    };
}
function slowestJobs(jobs, count = SLOWEST_COUNT) {
    return largest(jobs, job => job.runMs, count).map(jobRef);
}
function slowestSteps(jobs, count = SLOWEST_COUNT) {
    const steps = jobs.flatMap(job => job.steps.map(step => ({ job, step, durationMs: step.durationMs })));
    return largest(steps, entry => entry.durationMs, count).map(({ job, step }) => ({
        jobId: job.id,
        jobName: job.name,
        attempt: job.attempt,
        number: step.number,
        name: step.name,
        state: step.state,
        conclusion: step.conclusion,
        durationMs: step.durationMs ?? 0
    }));
}

// EXTERNAL MODULE: ./src/safe-file.ts
var safe_file = __webpack_require__(1809);
// EXTERNAL MODULE: ./src/operations/read-run.ts
var read_run = __webpack_require__(4192);
;// CONCATENATED MODULE: ./src/operations/report-usage.ts












async function reportUsage(client, settings, deps) {
    const requestsBefore = client.stats.requests;
    const requests = () => client.stats.requests - requestsBefore;
    if (settings.scope.kind === 'run') {
        const { run, report, now } = await reportOnRun(client, settings.scope, deps, requests);
        const usageFile = await writeUsageFile(report, deps.env, `run-${run.id}`);
        return { operation: 'report-usage', mode: 'run', run, report, usageFile, now };
    }
    const { report, now } = await reportOnRuns(client, settings.scope, deps, requests);
    const usageFile = await writeUsageFile(report, deps.env, `runs-${settings.scope.workflow}`);
    return { operation: 'report-usage', mode: 'runs', report, usageFile, now };
}
/** The run, or the run as of one attempt; a 404 becomes one sentence naming what was missing. */
async function fetchRun(client, scope) {
    try {
        return scope.attempt !== undefined
            ? await client.getRunAttempt(scope.runId, scope.attempt)
            : await client.getRun(scope.runId);
    }
    catch (error) {
        if ((0,errors/* httpStatus */.nG)(error) !== 404)
            throw error;
        const what = scope.attempt !== undefined
            ? `Attempt ${scope.attempt} of run ${scope.runId}`
            : `Run ${scope.runId}`;
        throw (0,read_run/* notFound */.mX)(client, what, 'the inputs', error);
    }
}
/**
 * One run: the run, the billable time and every job (all attempts, or one; 100 per page) — so
 * 1 + 1 + ceil(jobs / 100) requests, the job pages after the first up to three at a time.
 * Timing never fails the report.
 */
async function reportOnRun(client, scope, { clock }, requests) {
    const run = await fetchRun(client, scope);
    // Billing first, so each job is reduced to its usage as its page arrives: only what the
    // report needs is kept, never every page of raw jobs.
    const billing = await fetchBillable(client, run.id);
    // GitHub's time: "so far" figures measure from GitHub's timestamps (generatedAt is on it too).
    const now = client.serverClock.toServer(clock.now());
    const jobs = await jobsOrNone(client, () => client.mapJobs(run.id, { filter: 'all', attempt: scope.attempt }, job => jobUsage(job, now, billing.perJob.get(job.id)), JOB_PAGE_CONCURRENCY));
    const allAttempts = scope.attempt === undefined;
    step_log/* info */.pq(`Read ${jobs.length} jobs of run ${run.id} in ${requests()} API requests.`);
    const report = {
        schemaVersion: 1,
        mode: 'run',
        generatedAt: new Date(now).toISOString(),
        repository: `${client.owner}/${client.repo}`,
        requests: requests(),
        run: runInfo(run),
        attempt: scope.attempt ?? null,
        totals: runTotals(run, jobs, allAttempts, now),
        billable: billing.billable,
        slowestJobs: slowestJobs(jobs),
        slowestSteps: slowestSteps(jobs),
        jobs
    };
    return { run, report, now };
}
/**
 * Pages of one run's jobs asked at once, after the first page gave the total: the same requests
 * one at a time would leave the client waiting on each answer in turn. Three reads in flight is
 * far below GitHub's concurrency limit for a token (100) and costs no extra request.
 */
const JOB_PAGE_CONCURRENCY = 3;
/** Jobs, or none where the server cannot list them: the report keeps the run-level figures. */
async function jobsOrNone(client, list) {
    try {
        return await list();
    }
    catch (error) {
        if (!(error instanceof github_client.JobsUnavailableError))
            throw error;
        client.note(`${error.message.slice(0, -1)}: the report has run-level figures only.`);
        return [];
    }
}
async function listRunsOf(client, scope) {
    try {
        return await client.listRuns({ workflow: scope.workflow, branch: scope.branch, created: scope.created }, { limit: scope.maxRuns });
    }
    catch (error) {
        if ((0,errors/* httpStatus */.nG)(error) === 404)
            throw (0,read_run/* notFound */.mX)(client, `Workflow ${scope.workflow}`, 'the inputs', error);
        throw error;
    }
}
/**
 * A run's latest-attempt jobs, each reduced to its usage as its page arrives (raw jobs are never
 * kept); a run deleted since it was listed is skipped, not fatal.
 */
async function latestJobsOf(client, run, now) {
    try {
        return await jobsOrNone(client, () => client.mapJobs(run.id, { filter: 'latest' }, job => jobUsage(job, now)));
    }
    catch (error) {
        if ((0,errors/* httpStatus */.nG)(error) !== 404 && (0,errors/* httpStatus */.nG)(error) !== 410)
            throw error;
        step_log/* warning */.$e(`Run ${run.id} disappeared while being reported on; it is left out.`);
        return undefined;
    }
}
function runDurationMs(run) {
    if (run.status !== 'completed')
        return null;
    const start = Date.parse(run.run_started_at ?? run.created_at);
    const end = Date.parse(run.updated_at);
    return Number.isNaN(start) || Number.isNaN(end) ? null : Math.max(0, end - start);
}
function runWithJobs(run, jobs) {
    return {
        ...runInfo(run),
        durationMs: runDurationMs(run),
        totalJobMs: sum(jobs.map(job => job.runMs ?? 0)),
        jobCount: jobs.length,
        jobs
    };
}
/**
 * Several runs of one workflow: one page per 100 runs, then each run's jobs (latest attempt).
 * Requests go one at a time, as GitHub asks of integrations; the count is reported.
 */
async function reportOnRuns(client, scope, { clock }, requests) {
    const listed = await listRunsOf(client, scope);
    // GitHub's time: "so far" figures measure from GitHub's timestamps (generatedAt is on it too).
    const now = client.serverClock.toServer(clock.now());
    const runs = [];
    for (const run of listed) {
        const jobs = await latestJobsOf(client, run, now);
        if (jobs !== undefined)
            runs.push(runWithJobs(run, jobs));
    }
    step_log/* info */.pq(`Read ${runs.length} runs of ${scope.workflow} in ${requests()} API requests.`);
    const report = {
        schemaVersion: 1,
        mode: 'runs',
        generatedAt: new Date(now).toISOString(),
        repository: `${client.owner}/${client.repo}`,
        requests: requests(),
        filter: {
            workflow: scope.workflow,
            branch: scope.branch ?? null,
            created: scope.created ?? null,
            maxRuns: scope.maxRuns
        },
        ...acrossRuns(runs)
    };
    return { report, now };
}
/** The cross-run figures: only completed runs count towards durations and the failure rate. */
function acrossRuns(runs) {
    const completed = runs.filter(run => run.status === 'completed');
    const failed = completed.filter(src_conclusions/* isFailed */.Ix);
    const conclusions = {};
    for (const run of completed) {
        const key = run.conclusion ?? 'none';
        conclusions[key] = (conclusions[key] ?? 0) + 1;
    }
    const jobs = runs.flatMap(run => run.jobs);
    const finishedJobs = completed.flatMap(run => run.jobs).filter(job => job.state === 'completed');
    return {
        totals: {
            runs: runs.length,
            completedRuns: completed.length,
            inProgressRuns: runs.length - completed.length,
            failedRuns: failed.length,
            failureRate: completed.length > 0 ? failed.length / completed.length : null,
            conclusions,
            jobs: jobs.length,
            totalJobMs: sum(runs.map(run => run.totalJobMs))
        },
        durationMs: percentiles(completed.map(run => run.durationMs).filter((ms) => ms !== null)),
        queueMs: percentiles(jobs
            .filter(job => job.state !== 'queued')
            .map(job => job.queueMs)
            .filter((ms) => ms !== null)),
        slowestJobsOnAverage: slowestOnAverage(finishedJobs
            .filter(job => job.runMs !== null && job.conclusion !== 'skipped')
            .map(job => ({ name: job.name, ms: job.runMs ?? 0 })), SLOWEST_COUNT),
        runs
    };
}
/**
 * Writes the whole report (every job and step) as JSON under RUNNER_TEMP, in a fresh directory
 * so a second report in the same job never overwrites the first one's file.
 */
async function writeUsageFile(report, env, label) {
    const base = env['RUNNER_TEMP'] || external_node_os_.tmpdir();
    // The runner creates RUNNER_TEMP, but a self-hosted setup or a local run may not have.
    await (0,promises_.mkdir)(base, { recursive: true });
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(base, 'runctl-usage-'));
    const file = external_node_path_.join(dir, `usage-${label.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`);
    await writeJsonFile(file, report);
    step_log/* info */.pq(`Wrote the usage report to ${file}.`);
    return file;
}
/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, byte for byte, without building that
 * string: the top-level arrays (every job of a 5,000-job run) are written an element at a time,
 * so the file never exists twice in memory (as the report and as one 8 MB string).
 */
async function writeJsonFile(file, value) {
    await (0,safe_file/* writeNewFile */.S0)(file, handle => writeJson(handle, value));
}
async function writeJson(handle, value) {
    let pending = '';
    const put = async (text) => {
        pending += text;
        if (pending.length >= 64 * 1024) {
            await handle.write(pending);
            pending = '';
        }
    };
    const nested = (item, indent) => (JSON.stringify(item, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
    const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function');
    if (entries.length === 0) {
        await handle.write('{}\n');
        return;
    }
    await put('{\n');
    for (const [index, [key, item]] of entries.entries()) {
        await put(`  ${JSON.stringify(key)}: `);
        if (Array.isArray(item) && item.length > 0) {
            await put('[\n');
            for (const [at, element] of item.entries()) {
                await put(`    ${nested(element, '    ')}${at < item.length - 1 ? ',' : ''}\n`);
            }
            await put('  ]');
        }
        else {
            await put(nested(item, '  '));
        }
        await put(index < entries.length - 1 ? ',\n' : '\n');
    }
    await put('}\n');
    await handle.write(pending);
}


/***/ }),

/***/ 1809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ CREATE_NEW_FLAGS),
/* harmony export */   S0: () => (/* binding */ writeNewFile)
/* harmony export */ });
/* unused harmony export PARTIAL_PREFIX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The one way runctl creates a file: under a fresh random name beside the destination, opened
 * with O_CREAT | O_EXCL | O_NOFOLLOW, then renamed onto the destination once complete.
 *
 * Why not open the destination itself with O_NOFOLLOW: that refuses only a symbolic link. A hard
 * link there (same inode as a file elsewhere) would still be truncated and written through, and a
 * FIFO or device would block or be written to. rename() replaces the directory entry itself,
 * whatever it is (link, hard link, FIFO), and never writes to what it pointed at; O_EXCL on a
 * fresh random name means nothing can be waiting there. It also means a failed write leaves no
 * half-written file under the destination's name, and fetching into the same log-dir again
 * replaces the earlier file as before. Costs one rename per file.
 */



/** Never follows a link, never opens an existing file (O_NOFOLLOW is 0 on Windows). */
// Stryker disable next-line all: defence in depth; the name is 64 random bits, so no test can place a link there first.
const CREATE_NEW_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY |
    node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT |
    node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL |
    (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0);
/** The prefix of the fresh names; a file left by a killed process is recognisable by it. */
const PARTIAL_PREFIX = '.runctl-partial-';
/**
 * Creates `destination` with what `write` writes to the handle. Whatever is already at that
 * name (a file from an earlier fetch, a symbolic or hard link, a FIFO) is replaced, never
 * written through. On a throw, the partial file is removed and the destination left as it was.
 * `write` may close the handle itself (a write stream over it does).
 */
async function writeNewFile(destination, write, mode = 0o644) {
    const partial = node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(destination), `${PARTIAL_PREFIX}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`);
    const file = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(partial, CREATE_NEW_FLAGS, mode);
    try {
        await write(file);
        // Closing can report a failed write (NFS, a full disk); a handle already closed resolves.
        await file.close();
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(partial, destination);
    }
    catch (error) {
        await file.close().catch(() => undefined);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(partial, { force: true });
        throw error;
    }
}


/***/ })

};
