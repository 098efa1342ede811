export const id = 914;
export const ids = [914];
export const modules = {

/***/ 3914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchLogs: () => (/* binding */ fetchLogs)
});

// EXTERNAL MODULE: ./src/step-log.ts
var step_log = __webpack_require__(6686);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/github/client.ts + 6 modules
var github_client = __webpack_require__(424);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/retry-policy.ts
var retry_policy = __webpack_require__(6256);
// EXTERNAL MODULE: ./src/logs/download.ts + 1 modules
var download = __webpack_require__(9434);
// EXTERNAL MODULE: ./src/log-dir.ts
var log_dir = __webpack_require__(3991);
// EXTERNAL MODULE: ./src/logs/extract.ts + 3 modules
var extract = __webpack_require__(2223);
// EXTERNAL MODULE: ./src/logs/limits.ts
var logs_limits = __webpack_require__(4247);
// EXTERNAL MODULE: ./src/logs/safe-paths.ts
var safe_paths = __webpack_require__(3851);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/logs/scan.ts


/** Longer lines are cut for display (the file on disk keeps them whole). */
const MAX_DISPLAY_LINE = 2000;
/** At most this many failing sections are kept per job log (the last ones). */
const MAX_ERROR_SECTIONS = 10;
/** The last `size` items pushed, in order, without shifting arrays on every push. */
class Tail {
    size;
    items = [];
    next = 0;
    constructor(size) {
        this.size = size;
    }
    push(item) {
        if (this.size === 0)
            return;
        if (this.items.length < this.size)
            this.items.push(item);
        else
            this.items[this.next] = item;
        this.next = (this.next + 1) % this.size;
    }
    toArray() {
        return this.items.length < this.size
            ? [...this.items]
            : [...this.items.slice(this.next), ...this.items.slice(0, this.next)];
    }
}
const MARKER = Buffer.from('##[');
const NEWLINE = 0x0a;
const TIMESTAMP = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/;
const GROUP = /^##\[group\](.*)$/;
const ERROR = /^##\[error\]/;
/** A log line as shown: no BOM, no runner timestamp, no trailing CR, bounded length. */
function displayLine(raw) {
    const line = raw
        .replace(/^\uFEFF/, '')
        .replace(TIMESTAMP, '')
        .replace(/\r$/, '');
    return line.length > MAX_DISPLAY_LINE ? `${line.slice(0, MAX_DISPLAY_LINE)}…` : line;
}
/**
 * Scans a log as it streams past, once, keeping only bounded state: the last `tailLines` lines
 * and the last lines of each failing "##[group]" section. Lines are kept raw and made
 * displayable only when shown, and only lines holding "##[" are looked at more closely, so a
 * 200 MB log costs one split per chunk, not three regular expressions per line. A single huge
 * line is cut while reading, so memory stays small whatever the log holds.
 */
class LogScanner {
    tailLines;
    fastPath;
    tail;
    failingSections = [];
    section;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    pending = '';
    /**
     * @param fastPath skip the lines a piece's last lines supersede (the default; tests compare
     *   the result with every line looked at).
     */
    constructor(tailLines, fastPath = true) {
        this.tailLines = tailLines;
        this.fastPath = fastPath;
        this.tail = new Tail(tailLines);
    }
    /** The next piece of the log; it is copied, so the caller may reuse its buffer. */
    write(chunk) {
        const bytes = Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const from = this.fastPath ? this.supersededUpTo(bytes) : 0;
        if (from > 0) {
            // Everything before `from` (and the unfinished line before this piece) is pushed out of
            // every tail by the piece's last lines, and holds no "##[" marker: never decoded.
            this.pending = '';
            this.decoder = new external_node_string_decoder_.StringDecoder('utf8');
        }
        const text = this.pending + this.decoder.write(from > 0 ? bytes.subarray(from) : bytes);
        const lines = text.split('\n');
        this.pending = lines.pop() ?? '';
        for (const line of lines)
            this.onLine(line);
        // Keep only what a display can use of an unfinished line.
        if (this.pending.length > MAX_DISPLAY_LINE * 2) {
            this.pending = this.pending.slice(0, MAX_DISPLAY_LINE + 1);
        }
    }
    /**
     * Where the lines that matter of this piece begin: after the newline that ends the line before
     * its last tailLines + 1 lines, when the piece has no "##[" (nor one across its start, nor in
     * the unfinished line before it); else 0 (every line is looked at). Native byte searches only:
     * a 200 MB log with no markers costs a few searches per piece, not a string per line.
     */
    supersededUpTo(bytes) {
        if (this.pending.includes('#') || bytes.indexOf(MARKER) >= 0)
            return 0;
        let at = bytes.length;
        for (let lines = 0; lines <= this.tailLines; lines++) {
            at = bytes.lastIndexOf(NEWLINE, at - 1);
            if (at <= 0)
                return 0;
        }
        return at + 1;
    }
    end() {
        this.pending += this.decoder.end();
        if (this.pending !== '')
            this.onLine(this.pending);
        this.pending = '';
        this.closeSection();
        return {
            tail: this.tail.toArray().map(displayLine),
            failingSections: this.failingSections.map(section => ({
                title: section.title,
                lines: section.lines.map(displayLine)
            }))
        };
    }
    onLine(raw) {
        if (raw.includes('##[')) {
            const line = displayLine(raw);
            const group = GROUP.exec(line);
            if (group) {
                this.closeSection();
                this.section = {
                    title: group[1].trim(),
                    lines: new Tail(this.tailLines),
                    failed: false
                };
            }
            if (this.section && ERROR.test(line))
                this.section.failed = true;
        }
        this.section?.lines.push(raw);
        this.tail.push(raw);
    }
    closeSection() {
        if (this.section?.failed) {
            this.failingSections.push({ title: this.section.title, lines: this.section.lines.toArray() });
            if (this.failingSections.length > MAX_ERROR_SECTIONS)
                this.failingSections.shift();
        }
        this.section = undefined;
    }
}
/** Scans a log file on disk (see LogScanner). */
async function scanLog(file, tailLines) {
    const scanner = new LogScanner(tailLines);
    for await (const chunk of external_node_fs_.createReadStream(file))
        scanner.write(chunk);
    return scanner.end();
}

// EXTERNAL MODULE: ./src/conclusions.ts
var conclusions = __webpack_require__(1035);
// EXTERNAL MODULE: ./src/glob.ts
var glob = __webpack_require__(5601);
;// CONCATENATED MODULE: ./src/logs/select-jobs.ts



function failedSteps(job) {
    return (job.steps ?? []).filter(conclusions/* isFailed */.Ix).sort((a, b) => a.number - b.number);
}
/**
 * The jobs whose logs are wanted: those matching `jobs` (all when empty), and of those only the
 * failed ones with failed-only. Skipped jobs never ran and have no logs. A pattern list that
 * matches no job at all is a mistake worth one sentence listing the names.
 */
function selectJobs(all, patterns, failedOnly, runId) {
    const ran = all.filter(job => job.conclusion !== 'skipped');
    let matching = ran;
    if (patterns.length > 0) {
        const regexps = patterns.map(glob/* globPattern */.h);
        matching = ran.filter(job => regexps.some(regexp => regexp.test(job.name)));
        if (matching.length === 0) {
            const names = ran.map(job => job.name);
            const shown = names.slice(0, 20).join(', ') + (names.length > 20 ? ', …' : '');
            throw new errors/* OperationError */.OK(`Input 'jobs' matched none of the jobs of run ${runId}${names.length > 0 ? ` (${shown})` : ''}.`);
        }
    }
    const jobs = failedOnly ? matching.filter(conclusions/* isFailed */.Ix) : matching;
    return { jobs, everything: patterns.length === 0 && !failedOnly };
}

;// CONCATENATED MODULE: ./src/logs/zip-layout.ts
/** GitHub's server truncates job names to 90 UTF-16 code units (cli/cli pkg/cmd/run/view/logs.go). */
const JOB_NAME_MAX_LENGTH = 90;
/**
 * The job name as the archive spells it: characters a file name cannot hold removed ("/" and
 * ":" for certain, as in "build / test"; the rest of Windows' invalid set to be safe), cut to 90
 * UTF-16 units and trimmed. JavaScript strings are UTF-16, like the server's C#, so slice()
 * cuts exactly where the server does. A guess that misses only costs a per-job download.
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_FILE_NAMES = /[/\\:*?"<>|\u0000-\u001f]/g;
function archiveJobName(jobName) {
    return jobName.replace(NOT_IN_FILE_NAMES, '').slice(0, JOB_NAME_MAX_LENGTH).trim();
}
const TOP_LEVEL_JOB_LOG = /^(-?)\d+_(.+)\.txt$/;
const STEP_LOG = /^([^/]+)\/(\d+)_[^/]*\.txt$/;
/**
 * Matches archive entries to jobs. A job whose archive name is shared with another job is left
 * out (its files cannot be told apart), as is a job without a top-level log: both fall back to the
 * per-job log endpoint. The archive layout is not documented and has changed before (cli/cli#11172).
 */
function mapArchiveToJobs(entries, jobs) {
    const jobLogs = new Map();
    const stepLogs = new Map();
    for (const entry of entries) {
        if (entry.isDirectory)
            continue;
        const top = TOP_LEVEL_JOB_LOG.exec(entry.name);
        if (top && !entry.name.includes('/')) {
            const list = jobLogs.get(top[2]) ?? [];
            // Newer servers number files 0, 1, …; a negative prefix is the legacy service's copy.
            if (top[1] === '-')
                list.push(entry);
            else
                list.unshift(entry);
            jobLogs.set(top[2], list);
            continue;
        }
        const step = STEP_LOG.exec(entry.name);
        if (step) {
            const steps = stepLogs.get(step[1]) ?? new Map();
            steps.set(Number(step[2]), entry);
            stepLogs.set(step[1], steps);
        }
    }
    const nameCounts = new Map();
    for (const job of jobs) {
        const name = archiveJobName(job.name);
        nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
    }
    const mapped = new Map();
    for (const job of jobs) {
        const name = archiveJobName(job.name);
        if (nameCounts.get(name) !== 1)
            continue;
        const jobLog = jobLogs.get(name)?.[0];
        const steps = stepLogs.get(name) ?? new Map();
        // The job's own log is what every display falls back to; without it, use the endpoint.
        if (jobLog === undefined)
            continue;
        mapped.set(job.id, { jobLog, stepLogs: steps });
    }
    return mapped;
}
/** Every entry that belongs to a mapped job: its job log, its step logs and their folder. */
function entriesOf(files) {
    return [...(files.jobLog ? [files.jobLog] : []), ...files.stepLogs.values()];
}

// EXTERNAL MODULE: ./src/operations/types.ts
var types = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/sentences.ts
var sentences = __webpack_require__(3861);
// EXTERNAL MODULE: ./src/operations/read-run.ts
var read_run = __webpack_require__(4192);
;// CONCATENATED MODULE: ./src/operations/fetch-logs.ts



















async function fetchLogs(client, settings, deps) {
    const { runId, attempt } = settings;
    // Every log body ends with the operation's one budget, like every API answer.
    const deadline = (0,types/* budgetOf */.n)(deps, settings);
    // Before any API call: a log-dir that cannot hold the logs fails now, in one sentence.
    await (0,log_dir/* prepareLogDir */.$)(settings.logDir, { deadline: (0,types/* budgetOf */.n)(deps, settings) });
    const run = await getRunOrExplain(client, runId, attempt);
    const listed = await listJobsIfListable(client, settings);
    const allJobs = listed ?? [];
    // Without a jobs list, the whole archive is the only way to the logs.
    const selection = listed
        ? selectJobs(allJobs, settings.jobs, settings.failedOnly, runId)
        : { jobs: [], everything: true };
    const base = {
        operation: 'fetch-logs',
        run,
        attempt,
        logDir: settings.logDir,
        selectedJobs: selection.jobs.length,
        failOnMissing: settings.failOnMissing,
        ifNoLogsFound: settings.ifNoLogsFound,
        tailLines: settings.tailLines
    };
    if (selection.jobs.length === 0 && listed) {
        const among = settings.jobs.length > 0 ? ' among the jobs matching the jobs input' : '';
        const note = run.status === 'completed'
            ? `Run ${runId} has no failed jobs${among}, so there were no logs to fetch.`
            : `Run ${runId} is still ${run.status ?? 'running'} and none of its jobs${among} has failed so far, so there were no logs to fetch.`;
        step_log/* info */.pq(note);
        return { ...base, files: [], failedJobs: [], missing: [], note };
    }
    const limits = {
        maxBytes: settings.maxLogBytes,
        maxEntries: settings.maxLogEntries,
        maxRatio: settings.maxCompressionRatio
    };
    const what = attempt !== undefined ? `run ${runId} attempt ${attempt}` : `run ${runId}`;
    const budget = new logs_limits/* ByteBudget */.Gz(limits.maxBytes, `Stopped at max-log-bytes: the logs of ${what} inflate to more than ${limits.maxBytes} bytes; raise max-log-bytes or select fewer jobs.`);
    const files = [];
    let missing = [];
    /** What GitHub answered for logs it does not have (404/410), and for which. */
    const notFound = { statuses: new Set(), archive: false, jobs: 0 };
    const jobFiles = new Map();
    let perJob = selection.jobs;
    if (run.status !== 'completed' && !listed) {
        missing.push(`Run ${runId} is still ${run.status ?? 'running'}, and without a jobs list only its archive has logs; fetch them after it completes.`);
    }
    else if (run.status !== 'completed') {
        // Run archives exist only once the run completes; a completed job's own log already does.
        perJob = selection.jobs.filter(job => job.status === 'completed');
        const waiting = selection.jobs.length - perJob.length;
        if (perJob.length > 0 && waiting > 0) {
            step_log/* info */.pq(`Run ${runId} is still ${run.status ?? 'running'}: fetching the logs of its ${perJob.length} completed selected jobs; the other ${waiting} have logs once they complete.`);
        }
        if (perJob.length === 0) {
            missing.push(`Run ${runId} is still ${run.status ?? 'running'}, so its logs are not available yet; fetch them after it completes.`);
        }
    }
    else {
        const fromArchive = await fetchArchive(client, settings, deps, deadline, {
            what,
            limits,
            budget,
            selection,
            allJobs,
            run
        });
        if (fromArchive.missing !== undefined) {
            missing.push(fromArchive.missing);
            notFound.archive = true;
            notFound.statuses.add(fromArchive.status);
            // GitHub answers 404 for an expired or deleted archive and for a token that cannot see
            // it; each job's own log may still be there, so those are tried before giving up.
            perJob = selection.jobs;
        }
        else {
            files.push(...fromArchive.files);
            for (const [jobId, found] of fromArchive.jobFiles)
                jobFiles.set(jobId, found);
            // The archive does not always map to jobs (cli/cli#11172): those use the job endpoint.
            perJob = selection.jobs.filter(job => !jobFiles.has(job.id));
        }
    }
    for (const job of perJob) {
        const file = external_node_path_.join(settings.logDir, `job-${job.id}-${(0,safe_paths/* safeFileName */.Tx)(job.name)}.txt`);
        // A failed job's log is scanned for its excerpts in the same pass as it is written.
        let scanner;
        const scan = (0,conclusions/* isFailed */.Ix)(job) && settings.tailLines > 0;
        try {
            await (0,download/* downloadLog */.f)(client, { jobId: job.id }, file, {
                onBytes: bytes => budget.take(bytes),
                deadline,
                label: `the log of job ${JSON.stringify(job.name)} (${job.id})`,
                reader: scan
                    ? () => {
                        const fresh = new LogScanner(settings.tailLines);
                        scanner = fresh;
                        return piece => fresh.write(piece);
                    }
                    : undefined
            });
            files.push(file);
            jobFiles.set(job.id, { jobLog: file, stepLogs: new Map(), scan: scanner?.end() });
        }
        catch (error) {
            const status = (0,errors/* httpStatus */.nG)(error);
            if (status !== 404 && status !== 410)
                throw error;
            notFound.statuses.add(status);
            notFound.jobs++;
            missing.push(`The log of job ${JSON.stringify(job.name)} (${job.id}) is not available (GitHub answered ${status}); job logs expire after the repository's retention period.`);
        }
    }
    let noLogs;
    if (files.length === 0 && notFound.statuses.size > 0) {
        noLogs = noLogsSentence(what, notFound);
        missing = [noLogs];
        if (settings.ifNoLogsFound === 'warn')
            step_log/* warning */.$e(noLogs);
        else if (settings.ifNoLogsFound === 'ignore')
            step_log/* info */.pq(noLogs);
    }
    else if (!settings.failOnMissing) {
        for (const sentence of missing)
            step_log/* warning */.$e(sentence);
    }
    const failedJobs = [];
    for (const job of selection.jobs.filter(conclusions/* isFailed */.Ix)) {
        const found = jobFiles.get(job.id);
        const excerpts = found ? await excerptsFor(job, found, settings.tailLines) : [];
        for (const excerpt of excerpts) {
            step_log/* echoVerbatim */.kG(`❌ ${job.name} › ${excerpt.label} (last ${excerpt.lines.length} lines)`, excerpt.lines);
        }
        failedJobs.push({ job, failedSteps: failedSteps(job).map(step => step.name), excerpts });
    }
    step_log/* info */.pq(`Wrote ${files.length} log files to ${settings.logDir}.`);
    return { ...base, files, failedJobs, missing, ...(noLogs !== undefined ? { noLogs } : {}) };
}
/** Why not one log could be had, and what to do: one sentence naming every likely cause. */
function noLogsSentence(what, notFound) {
    const asked = [
        ...(notFound.archive ? ['its log archive'] : []),
        ...(notFound.jobs > 0
            ? [
                notFound.jobs === 1
                    ? "its selected job's log"
                    : `the logs of its ${notFound.jobs} selected jobs`
            ]
            : [])
    ].join(' and ');
    const statuses = [...notFound.statuses].sort().join(' and ');
    return `No logs of ${what} could be fetched (GitHub answered ${statuses} for ${asked}): they expired after the repository's retention period, were deleted, or the token cannot read them (GitHub answers 404 for all three; the token needs 'actions: read' on this repository); set 'if-no-logs-found: warn' to only warn.`;
}
/** The run's (or attempt's) jobs; undefined, said once, where the server cannot list them. */
async function listJobsIfListable(client, settings) {
    const { runId, attempt } = settings;
    try {
        return await client.listJobs(runId, attempt !== undefined ? { attempt } : {});
    }
    catch (error) {
        if (!(error instanceof github_client.JobsUnavailableError))
            throw error;
        if (settings.jobs.length > 0 || settings.failedOnly) {
            throw new errors/* OperationError */.OK(`${error.message.slice(0, -1)}; fetch-logs cannot pick jobs here, so set 'jobs' empty and 'failed-only: false' to fetch the run's whole log archive.`);
        }
        client.note(`${error.message.slice(0, -1)}; fetched the run's whole log archive instead.`);
        return undefined;
    }
}
async function getRunOrExplain(client, runId, attempt) {
    try {
        return attempt !== undefined
            ? await client.getRunAttempt(runId, attempt)
            : await client.getRun(runId);
    }
    catch (error) {
        if ((0,errors/* httpStatus */.nG)(error) === 404) {
            const which = attempt !== undefined ? `Attempt ${attempt} of run ${runId}` : `Run ${runId}`;
            throw (0,read_run/* notFound */.mX)(client, which, 'run-id, attempt', error);
        }
        throw error;
    }
}
/**
 * Downloads the run's (or attempt's) log archive to a temporary file, checks every entry, and
 * extracts those of the selected jobs (or all of them) into log-dir. The archive is deleted
 * afterwards; only the extracted logs stay.
 */
async function fetchArchive(client, settings, deps, deadline, context) {
    const { what, limits, budget, selection, allJobs, run } = context;
    const label = `the log archive of ${what}`;
    const base = deps.env['RUNNER_TEMP'] || external_node_os_.tmpdir();
    // The runner creates RUNNER_TEMP, but a self-hosted setup or a local run may not have.
    await external_node_fs_.promises.mkdir(base, { recursive: true });
    const scratch = await external_node_fs_.promises.mkdtemp(external_node_path_.join(base, 'runctl-archive-'));
    try {
        const zipPath = external_node_path_.join(scratch, 'logs.zip');
        const gone = await downloadArchive(client, settings, deps, deadline, run, zipPath, label);
        if (gone !== undefined) {
            return {
                files: [],
                jobFiles: new Map(),
                status: gone,
                missing: `The logs of ${what} are not available (GitHub answered ${gone}); logs expire after the repository's retention period or may have been deleted.`
            };
        }
        let mapping = new Map();
        const { written } = await (0,extract/* extractArchive */.Qh)(zipPath, {
            root: settings.logDir,
            limits,
            budget,
            label,
            deadline,
            choose: listing => {
                if (listing.refused.length > 0)
                    warnRefused(listing.refused, label);
                // All jobs, not just the selected ones: a name two jobs share maps to neither.
                mapping = mapArchiveToJobs(listing.entries, allJobs);
                const chosen = selection.everything
                    ? listing.entries
                    : selection.jobs.flatMap(job => {
                        const found = mapping.get(job.id);
                        return found ? entriesOf(found) : [];
                    });
                const declared = chosen.reduce((sum, entry) => sum + entry.declaredSize, 0);
                if (declared > limits.maxBytes) {
                    throw new errors/* OperationError */.OK(`The logs of ${what} would inflate to ${declared} bytes, more than max-log-bytes (${limits.maxBytes} bytes); nothing was extracted.`);
                }
                return chosen;
            }
        });
        const jobFiles = new Map();
        for (const [jobId, found] of mapping) {
            const jobLog = found.jobLog && written.get(found.jobLog.index);
            if (jobLog === undefined)
                continue;
            const stepLogs = new Map();
            for (const [number, entry] of found.stepLogs) {
                const file = written.get(entry.index);
                if (file !== undefined)
                    stepLogs.set(number, file);
            }
            jobFiles.set(jobId, { jobLog, stepLogs });
        }
        return { files: [...written.values()], jobFiles };
    }
    finally {
        await external_node_fs_.promises.rm(scratch, { recursive: true, force: true });
    }
}
/**
 * Downloads the archive, or returns the status (404/410) when the API says there is none. Right
 * after a run completes its archive can lag a little, so a fresh run is asked again.
 */
async function downloadArchive(client, settings, deps, deadline, run, zipPath, label) {
    // How long ago the run completed when runctl first asked, on GitHub's clock as updated_at is.
    const sinceCompletedMs = client.serverClock.toServer(deps.clock.now()) - Date.parse(run.updated_at);
    for (let attempt = 0;; attempt++) {
        let archiveBytes = 0;
        try {
            await (0,download/* downloadLog */.f)(client, { runId: settings.runId, attempt: settings.attempt }, zipPath, {
                label,
                deadline,
                onBytes: bytes => {
                    archiveBytes += bytes;
                    if (archiveBytes > settings.maxLogBytes) {
                        throw new errors/* OperationError */.OK(`${(0,sentences/* capitalise */.s)(label)} is larger than max-log-bytes (${settings.maxLogBytes} bytes); raise max-log-bytes to fetch it.`);
                    }
                }
            });
            return undefined;
        }
        catch (error) {
            const status = (0,errors/* httpStatus */.nG)(error);
            if (status !== 404 && status !== 410)
                throw error;
            // A just-completed run's archive can lag: asking again is the retry policy's to say.
            const decision = (0,retry_policy/* decideArchiveLag */.tJ)({ status, sinceCompletedMs, label: (0,sentences/* capitalise */.s)(label) }, attempt, {
                leftMs: deadline.remainingMs()
            });
            if (decision.kind !== 'retry')
                return status;
            step_log/* debug */.Yz(decision.warning);
            await deps.clock.sleep(decision.waitSeconds * 1000);
        }
    }
}
/** One warning for all refused entries: how many, why, and one name (quoted, escaped). */
function warnRefused(refused, label) {
    const reasons = [...new Set(refused.map(entry => entry.reason))].join(', ');
    const first = JSON.stringify(refused[0].name);
    const count = refused.length === 1 ? '1 unsafe entry' : `${refused.length} unsafe entries`;
    step_log/* warning */.$e(`Refused ${count} in ${label} (${reasons}), for example ${first}; nothing was written for them.`);
}
/**
 * What to show of a failed job: the last lines of each failed step's own log where the archive
 * has one; else of each "##[group]" section of the job log that holds an "##[error]"; else the
 * end of the job log.
 */
async function excerptsFor(job, found, tailLines) {
    if (tailLines === 0)
        return [];
    const steps = failedSteps(job);
    const fromSteps = [];
    for (const step of steps) {
        const file = found.stepLogs.get(step.number);
        if (file === undefined)
            continue;
        fromSteps.push({ label: step.name, kind: 'step', lines: (await scanLog(file, tailLines)).tail });
    }
    if (fromSteps.length > 0 || found.jobLog === undefined)
        return fromSteps;
    const scan = found.scan ?? (await scanLog(found.jobLog, tailLines));
    if (scan.failingSections.length > 0) {
        const onlyStep = steps.length === 1 && scan.failingSections.length === 1 ? steps[0] : undefined;
        return scan.failingSections.map(section => ({
            label: onlyStep?.name ?? (section.title || 'log section'),
            kind: 'section',
            lines: section.lines
        }));
    }
    return [{ label: 'end of the job log', kind: 'tail', lines: scan.tail }];
}


/***/ })

};
