export const id = 683;
export const ids = [683];
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

/***/ 2683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportUsage: () => (/* binding */ reportUsage)
});

// EXTERNAL MODULE: ./src/step-log.ts
var step_log = __webpack_require__(6686);
// EXTERNAL MODULE: ./src/github/client.ts + 6 modules
var github_client = __webpack_require__(424);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/conclusions.ts
var conclusions = __webpack_require__(1035);
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
/**
 * The `count` items with the largest key, largest first, equal keys in the order they were
 * added; items without a key are skipped. Holds only `count` items however many are added:
 * the same as sorting them all (a stable sort) and keeping the first `count`.
 */
class Largest {
    count;
    keyOf;
    kept = [];
    constructor(count, keyOf) {
        this.count = count;
        this.keyOf = keyOf;
    }
    add(item) {
        const key = this.keyOf(item);
        if (key === null)
            return;
        // After every kept item with an equal or larger key.
        let at = this.kept.length;
        while (at > 0 && (this.kept[at - 1]?.key ?? 0) < key)
            at--;
        if (at >= this.count)
            return;
        this.kept.splice(at, 0, { item, key });
        if (this.kept.length > this.count)
            this.kept.pop();
    }
    items() {
        return this.kept.map(entry => entry.item);
    }
}
/** The `count` items with the largest key, largest first; items without a key are skipped. */
function largest(items, key, count) {
    const top = new Largest(count, key);
    for (const item of items)
        top.add(item);
    return top.items();
}
/**
 * Average duration per job name, added one sample at a time: per name only its count, sum and
 * maximum are kept.
 */
class Averages {
    byName = new Map();
    add(name, ms) {
        const seen = this.byName.get(name);
        if (seen === undefined) {
            this.byName.set(name, { runs: 1, totalMs: ms, maxMs: ms });
            return;
        }
        seen.runs++;
        seen.totalMs += ms;
        seen.maxMs = Math.max(seen.maxMs, ms);
    }
    /** Slowest first; equal averages in the order their names were first added. */
    slowest(count) {
        const averages = [...this.byName].map(([name, { runs, totalMs, maxMs }]) => ({
            name,
            runs,
            averageMs: Math.round(totalMs / runs),
            maxMs
        }));
        return averages.sort((a, b) => b.averageMs - a.averageMs).slice(0, count);
    }
}
/** Average duration per job name across runs, slowest first (matrix legs count separately). */
function slowestOnAverage(samples, count) {
    const averages = new Averages();
    for (const { name, ms } of samples)
        averages.add(name, ms);
    return averages.slowest(count);
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
function runTotals(run, jobs, steps, allAttempts, now) {
    const count = (state) => jobs.filter(job => job.state === state).length;
    return {
        wallMs: wallTimeMs(run, jobs, allAttempts, now),
        totalJobMs: sum(jobs.map(job => job.runMs ?? 0)),
        jobs: jobs.length,
        completedJobs: count('completed'),
        runningJobs: count('running'),
        queuedJobs: count('queued'),
        steps,
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
/** A step among the slowest, with its job. */
function stepRef({ job, step }) {
    return {
        jobId: job.id,
        jobName: job.name,
        attempt: job.attempt,
        number: step.number,
        name: step.name,
        state: step.state,
        conclusion: step.conclusion,
        durationMs: step.durationMs ?? 0
    };
}
function slowestSteps(jobs, count = SLOWEST_COUNT) {
    const digest = new JobsDigest(count);
    for (const job of jobs)
        digest.add(job);
    return digest.slowestSteps();
}
/**
 * One run's jobs, added as their pages arrive: each job is kept without its steps (the usage
 * file has them); of the steps, only their count and the slowest.
 */
class JobsDigest {
    rows = [];
    steps = 0;
    slowest;
    constructor(count = SLOWEST_COUNT) {
        this.slowest = new Largest(count, entry => entry.step.durationMs);
    }
    add(job) {
        const { steps, ...row } = job;
        this.rows.push(row);
        this.steps += steps.length;
        for (const step of steps)
            this.slowest.add({ job: row, step });
    }
    slowestSteps() {
        return this.slowest.items().map(stepRef);
    }
}

;// CONCATENATED MODULE: ./src/usage/across-runs.ts



/**
 * The cross-run figures, added one run at a time as its jobs are read: only completed runs count
 * towards durations and the failure rate. What is kept: each run's figures, every job's queue
 * time (for the percentiles), per job name its count, total and longest time, and the jobs
 * without steps only while their JSON fits in `outputLimitBytes` (the `usage` output, which
 * cannot hold more; the usage file has everything).
 */
class RunsDigest {
    outputLimitBytes;
    runs = [];
    completedRuns = 0;
    failedRuns = 0;
    conclusions = {};
    jobs = 0;
    totalJobMs = 0;
    durations = [];
    queueTimes = [];
    averages = new Averages();
    outputBytes = 0;
    /** True once the runs' jobs, without steps, were found too many for the `usage` output. */
    jobsOverOutputLimit = false;
    constructor(outputLimitBytes) {
        this.outputLimitBytes = outputLimitBytes;
    }
    add(run, jobs) {
        const completed = run.status === 'completed';
        if (completed) {
            this.completedRuns++;
            if ((0,conclusions/* isFailed */.Ix)(run))
                this.failedRuns++;
            const key = run.conclusion ?? 'none';
            this.conclusions[key] = (this.conclusions[key] ?? 0) + 1;
            if (run.durationMs !== null)
                this.durations.push(run.durationMs);
        }
        this.jobs += jobs.length;
        this.totalJobMs += run.totalJobMs;
        for (const job of jobs) {
            if (job.state !== 'queued' && job.queueMs !== null)
                this.queueTimes.push(job.queueMs);
            const finished = completed && job.state === 'completed';
            if (finished && job.runMs !== null && job.conclusion !== 'skipped') {
                this.averages.add(job.name, job.runMs);
            }
        }
        this.runs.push({ ...run, jobs: this.keptForOutput(jobs) });
    }
    /** The jobs without steps while all of them (a lower bound of the output's size) fit. */
    keptForOutput(jobs) {
        if (this.jobsOverOutputLimit)
            return [];
        const rows = jobs.map(({ steps: _steps, ...row }) => row);
        for (const row of rows)
            this.outputBytes += Buffer.byteLength(JSON.stringify(row));
        if (this.outputBytes <= this.outputLimitBytes)
            return rows;
        this.jobsOverOutputLimit = true;
        for (const [index, kept] of this.runs.entries())
            this.runs[index] = { ...kept, jobs: [] };
        return [];
    }
    figures() {
        const { runs, completedRuns, failedRuns } = this;
        return {
            totals: {
                runs: runs.length,
                completedRuns,
                inProgressRuns: runs.length - completedRuns,
                failedRuns,
                failureRate: completedRuns > 0 ? failedRuns / completedRuns : null,
                conclusions: this.conclusions,
                jobs: this.jobs,
                totalJobMs: this.totalJobMs
            },
            durationMs: percentiles(this.durations),
            queueMs: percentiles(this.queueTimes),
            slowestJobsOnAverage: this.averages.slowest(SLOWEST_COUNT),
            runs
        };
    }
}

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

// EXTERNAL MODULE: ./src/usage/compact.ts
var compact = __webpack_require__(5026);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/safe-file.ts
var safe_file = __webpack_require__(1809);
;// CONCATENATED MODULE: ./src/usage/usage-file.ts
/**
 * The usage file, written as the jobs arrive. Its layout is `JSON.stringify(report, null, 2)`
 * and a newline, byte for byte, but the report's totals come before its jobs and are known only
 * once every job has been read. So each job (or run) is written, as it arrives, to a scratch file
 * beside the usage file; at the end the usage file is created through the safe-file writer
 * (O_EXCL | O_NOFOLLOW at a fresh name, then renamed) from the report's figures and the scratch
 * file's bytes, and the scratch file is removed. Nothing holds every job in memory, as a report
 * object or as one string.
 */






/** The safe writer's flags (never an existing file, never a link), read and write: it is read back. */
const SCRATCH_FLAGS = (safe_file/* CREATE_NEW_FLAGS */.QB & ~external_node_fs_.constants.O_WRONLY) | external_node_fs_.constants.O_RDWR;
/** Text gathered before each write: a few writes per 100-job page. */
const WRITE_CHUNK_CHARS = 64 * 1024;
/**
 * `JSON.stringify(item, null, 2)` as it appears nested at `indent` (two or four spaces), from one
 * stringify: nested in arrays to that depth, it comes out already indented, and the slice shares
 * that string's characters (a replace of every newline would copy it again, once per job).
 */
function nested(item, indent) {
    const shallow = indent.length === 2;
    const text = JSON.stringify(shallow ? [item] : [[item]], null, 2);
    // Before the item "[\n  " or "[\n  [\n    ", after it "\n]" or "\n  ]\n]".
    const [before, after] = shallow ? [4, 2] : [10, 6];
    return text.slice(before, text.length - after);
}
/** Elements of one top-level array already written to a scratch file, as an array's body. */
class Spooled {
    handle;
    bytes;
    count;
    constructor(handle, bytes, count) {
        this.handle = handle;
        this.bytes = bytes;
        this.count = count;
    }
}
class UsageFile {
    file;
    dir;
    scratchPath;
    scratch;
    pending = '';
    count = 0;
    written = 0;
    constructor(
    /** Where the usage file will be. */
    file, dir, scratchPath, scratch) {
        this.file = file;
        this.dir = dir;
        this.scratchPath = scratchPath;
        this.scratch = scratch;
    }
    /**
     * A fresh directory under RUNNER_TEMP (a second report in the same job never overwrites the
     * first one's file) and the scratch file in it.
     */
    static async create(env, label) {
        const base = env['RUNNER_TEMP'] || external_node_os_.tmpdir();
        // The runner creates RUNNER_TEMP, but a self-hosted setup or a local run may not have.
        await (0,promises_.mkdir)(base, { recursive: true });
        const dir = await (0,promises_.mkdtemp)(external_node_path_.join(base, 'runctl-usage-'));
        const file = external_node_path_.join(dir, `usage-${label.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`);
        const scratchName = external_node_path_.join(dir, `${safe_file/* PARTIAL_PREFIX */.Zj}${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
        try {
            return new UsageFile(file, dir, scratchName, await (0,promises_.open)(scratchName, SCRATCH_FLAGS, 0o600));
        }
        catch (error) {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            throw error;
        }
    }
    /** Appends one element of the report's last array (a job, or a run with its jobs). */
    async add(element) {
        this.pending += `${this.count > 0 ? ',\n' : ''}    ${nested(element, '    ')}`;
        this.count++;
        if (this.pending.length >= WRITE_CHUNK_CHARS)
            await this.flush();
    }
    async flush() {
        if (this.pending === '')
            return;
        // writeFile writes all of it, at the handle's position (after what is there).
        await this.scratch.writeFile(this.pending);
        this.written += Buffer.byteLength(this.pending);
        this.pending = '';
    }
    /**
     * Writes the usage file: `report` as JSON, with the elements added so far as the value of
     * `key` (the report's own value there is not written). Returns the file's path.
     */
    async finish(report, key) {
        await this.flush();
        const value = {
            ...report,
            [key]: new Spooled(this.scratch, this.written, this.count)
        };
        await writeJsonFile(this.file, value);
        await this.scratch.close();
        await (0,promises_.rm)(this.scratchPath, { force: true });
        return this.file;
    }
    /** After a failure: the scratch file and the directory go; no usage file is left. */
    async discard() {
        await this.scratch.close().catch(() => undefined);
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
    }
}
/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, byte for byte, through the safe-file
 * writer, without building that string: top-level arrays are written an element at a time, and
 * a spooled array is copied from its scratch file.
 */
async function writeJsonFile(file, value) {
    await (0,safe_file/* writeNewFile */.S0)(file, handle => writeJson(handle, value));
}
async function writeJson(handle, value) {
    let pending = '';
    const put = async (text) => {
        pending += text;
        if (pending.length >= WRITE_CHUNK_CHARS) {
            await handle.write(pending);
            pending = '';
        }
    };
    const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function');
    if (entries.length === 0) {
        await handle.write('{}\n');
        return;
    }
    await put('{\n');
    for (const [index, [key, item]] of entries.entries()) {
        await put(`  ${JSON.stringify(key)}: `);
        if (item instanceof Spooled) {
            if (item.count === 0) {
                await put('[]');
            }
            else {
                await put('[\n');
                await handle.write(pending);
                pending = '';
                await copy(item, handle);
                await put('\n  ]');
            }
        }
        else if (Array.isArray(item) && item.length > 0) {
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
/** The scratch file's bytes into the usage file, through one reused buffer. */
async function copy(spooled, into) {
    const buffer = Buffer.allocUnsafe(256 * 1024);
    for (let position = 0; position < spooled.bytes;) {
        const { bytesRead } = await spooled.handle.read(buffer, 0, Math.min(buffer.length, spooled.bytes - position), position);
        if (bytesRead === 0)
            throw new Error("The usage report's scratch file ended early.");
        for (let done = 0; done < bytesRead;) {
            done += (await into.write(buffer, done, bytesRead - done)).bytesWritten;
        }
        position += bytesRead;
    }
}

// EXTERNAL MODULE: ./src/operations/read-run.ts
var read_run = __webpack_require__(4192);
;// CONCATENATED MODULE: ./src/operations/report-usage.ts










/**
 * Each jobs page is reduced as it arrives: every job goes to the usage file (which is written as
 * they come, see UsageFile) and only what the summary and outputs print stays in memory.
 */
async function reportUsage(client, settings, deps) {
    const requestsBefore = client.stats.requests;
    const requests = () => client.stats.requests - requestsBefore;
    const { scope } = settings;
    const label = scope.kind === 'run' ? `run-${scope.runId}` : `runs-${scope.workflow}`;
    const file = await UsageFile.create(deps.env, label);
    try {
        if (scope.kind === 'run') {
            const { run, report, now } = await reportOnRun(client, scope, deps, requests, file);
            const usageFile = await file.finish(report, 'jobs');
            step_log/* info */.pq(`Wrote the usage report to ${usageFile}.`);
            return { operation: 'report-usage', mode: 'run', run, report, usageFile, now };
        }
        const { report, jobsOverOutputLimit, now } = await reportOnRuns(client, scope, deps, requests, file);
        const usageFile = await file.finish(report, 'runs');
        step_log/* info */.pq(`Wrote the usage report to ${usageFile}.`);
        return { operation: 'report-usage', mode: 'runs', report, jobsOverOutputLimit, usageFile, now };
    }
    catch (error) {
        await file.discard();
        throw error;
    }
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
 * 1 + 1 + ceil(jobs / 100) requests. Timing never fails the report.
 */
async function reportOnRun(client, scope, { clock }, requests, file) {
    const run = await fetchRun(client, scope);
    // Billing first, so each job is reduced to its usage as its page arrives.
    const billing = await fetchBillable(client, run.id);
    // GitHub's time: "so far" figures measure from GitHub's timestamps (generatedAt is on it too).
    const now = client.serverClock.toServer(clock.now());
    const jobs = new JobsDigest();
    await jobsOrNone(client, async () => {
        const pages = client.jobPages(run.id, { filter: 'all', attempt: scope.attempt });
        for await (const page of pages) {
            for (const job of page) {
                const usage = jobUsage(job, now, billing.perJob.get(job.id));
                jobs.add(usage);
                await file.add(usage);
            }
        }
    });
    const allAttempts = scope.attempt === undefined;
    step_log/* info */.pq(`Read ${jobs.rows.length} jobs of run ${run.id} in ${requests()} API requests.`);
    const report = {
        schemaVersion: 1,
        mode: 'run',
        generatedAt: new Date(now).toISOString(),
        repository: `${client.owner}/${client.repo}`,
        requests: requests(),
        run: runInfo(run),
        attempt: scope.attempt ?? null,
        totals: runTotals(run, jobs.rows, jobs.steps, allAttempts, now),
        billable: billing.billable,
        slowestJobs: slowestJobs(jobs.rows),
        slowestSteps: jobs.slowestSteps(),
        jobs: jobs.rows
    };
    return { run, report, now };
}
/** Reads jobs, or none where the server cannot list them: the report keeps the run figures. */
async function jobsOrNone(client, read) {
    try {
        await read();
    }
    catch (error) {
        if (!(error instanceof github_client.JobsUnavailableError))
            throw error;
        client.note(`${error.message.slice(0, -1)}: the report has run-level figures only.`);
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
async function latestJobsOf(client, runId, now) {
    const jobs = [];
    try {
        await jobsOrNone(client, async () => {
            // Stryker disable next-line ObjectLiteral: jobPages' filter is 'latest' when none is given
            for await (const page of client.jobPages(runId, { filter: 'latest' })) {
                for (const job of page)
                    jobs.push(jobUsage(job, now));
            }
        });
        return jobs;
    }
    catch (error) {
        if ((0,errors/* httpStatus */.nG)(error) !== 404 && (0,errors/* httpStatus */.nG)(error) !== 410)
            throw error;
        step_log/* warning */.$e(`Run ${runId} disappeared while being reported on; it is left out.`);
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
/** What the report keeps of a listed run; the API's run objects are not kept. */
function runSummary(run) {
    return { ...runInfo(run), durationMs: runDurationMs(run) };
}
/**
 * Several runs of one workflow: one page per 100 runs, then each run's jobs (latest attempt),
 * each run written to the usage file once its jobs are read.
 * Requests go one at a time, as GitHub asks of integrations; the count is reported.
 */
async function reportOnRuns(client, scope, { clock }, requests, file) {
    const listed = (await listRunsOf(client, scope)).map(runSummary);
    // GitHub's time: "so far" figures measure from GitHub's timestamps (generatedAt is on it too).
    const now = client.serverClock.toServer(clock.now());
    const runs = new RunsDigest(compact/* USAGE_OUTPUT_LIMIT_BYTES */.o);
    let read = 0;
    for (const listedRun of listed) {
        const jobs = await latestJobsOf(client, listedRun.id, now);
        if (jobs === undefined)
            continue;
        read++;
        const run = {
            ...listedRun,
            totalJobMs: sum(jobs.map(job => job.runMs ?? 0)),
            jobCount: jobs.length
        };
        runs.add(run, jobs);
        await file.add({ ...run, jobs });
    }
    step_log/* info */.pq(`Read ${read} runs of ${scope.workflow} in ${requests()} API requests.`);
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
        ...runs.figures()
    };
    return { report, jobsOverOutputLimit: runs.jobsOverOutputLimit, now };
}


/***/ }),

/***/ 1809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ CREATE_NEW_FLAGS),
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   Zj: () => (/* binding */ PARTIAL_PREFIX)
/* harmony export */ });
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


/***/ }),

/***/ 5026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ usageOutput),
/* harmony export */   o: () => (/* binding */ USAGE_OUTPUT_LIMIT_BYTES)
/* harmony export */ });
/**
 * Largest `usage` output kept whole (without steps): well under GitHub's 1 MB output limit, and
 * under Linux's 128 KiB cap on one environment variable (MAX_ARG_STRLEN, name included), so
 * `env: USAGE: ${{ steps.usage.outputs.usage }}` still starts the next step's shell.
 */
const USAGE_OUTPUT_LIMIT_BYTES = 120 * 1024;
/** The job without its steps (JSON.stringify drops an undefined property). */
function withoutSteps(job) {
    return { ...job, steps: undefined };
}
/** The report with every job but no steps. */
function stepless(report) {
    if (report.mode === 'run') {
        return { ...report, truncated: false, jobs: report.jobs.map(withoutSteps) };
    }
    return {
        ...report,
        truncated: false,
        runs: report.runs.map(run => ({ ...run, jobs: run.jobs.map(withoutSteps) }))
    };
}
/** Totals and the slowest jobs only: the per-job (run mode) or per-run (runs mode) list goes. */
function totalsOnly(report) {
    // undefined properties are dropped by JSON.stringify.
    if (report.mode === 'run')
        return { ...report, truncated: true, jobs: undefined };
    return { ...report, truncated: true, runs: undefined };
}
/**
 * Whether the jobs alone, without steps, are over the limit: then the whole report is, and
 * it is not built as one string only to be thrown away (5,000 jobs make about 3 MB of it).
 */
function jobsOverLimit(report, limitBytes) {
    const jobs = report.mode === 'run' ? report.jobs : report.runs.flatMap(run => run.jobs);
    let bytes = 0;
    for (const job of jobs) {
        bytes += Buffer.byteLength(JSON.stringify(withoutSteps(job)));
        if (bytes > limitBytes)
            return true;
    }
    return false;
}
/**
 * The `usage` output: the report without steps when that is comfortably small, else totals and
 * the slowest jobs flagged `truncated: true` (the usage file always has everything).
 * `knownTooLarge`: the caller already found the jobs too many (and dropped them).
 */
function usageOutput(report, limitBytes = USAGE_OUTPUT_LIMIT_BYTES, knownTooLarge = false) {
    if (!knownTooLarge && !jobsOverLimit(report, limitBytes)) {
        const full = JSON.stringify(stepless(report));
        if (Buffer.byteLength(full) <= limitBytes)
            return full;
    }
    return JSON.stringify(totalsOnly(report));
}


/***/ })

};
