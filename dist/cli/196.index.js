export const id = 196;
export const ids = [196];
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

/***/ 1196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TABLE_BUDGET_BYTES: () => (/* binding */ TABLE_BUDGET_BYTES),
  count: () => (/* binding */ count),
  fitRows: () => (/* binding */ fitRows),
  presentReportUsage: () => (/* binding */ presentReportUsage),
  rowBytes: () => (/* binding */ rowBytes)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/summary/escape.ts
var summary_escape = __webpack_require__(7125);
// EXTERNAL MODULE: ./src/summary/streamed.ts
var streamed = __webpack_require__(947);
// EXTERNAL MODULE: ./src/usage/compact.ts
var compact = __webpack_require__(5026);
// EXTERNAL MODULE: ./src/conclusions.ts
var conclusions = __webpack_require__(1035);
;// CONCATENATED MODULE: ./src/usage/gantt.ts

/** Mermaid refuses diagrams longer than this (its default maxTextSize). */
const MERMAID_TEXT_LIMIT = 50_000;
/** More bars than this are unreadable in a summary; the rest stay in the table and the file. */
const GANTT_MAX_JOBS = 50;
const LABEL_MAX_CHARS = 60;
/**
 * A job name as a gantt task label. Mermaid's gantt lexer ends a task name at `:`, `#` or `;`,
 * treats `%%` as a comment and a leading keyword (title, section, dateFormat, click …) as a
 * statement, so only letters, digits and plain punctuation are kept, and every label starts with
 * the job's conclusion icon, which no keyword does. Quotes, HTML and backticks (which could end
 * the markdown fence) become spaces.
 */
function mermaidLabel(name, icon) {
    const kept = name
        .replace(/[^\p{L}\p{N} _.,()[\]/+=@-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const short = [...kept].length > LABEL_MAX_CHARS
        ? `${[...kept].slice(0, LABEL_MAX_CHARS - 1).join('')}…`
        : kept;
    return `${icon} ${short || 'job'}`;
}
/** UTC wall-clock time as the chart's dateFormat (YYYY-MM-DD HH:mm:ss) expects it. */
function chartTime(ms) {
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}
function tagsOf(job) {
    if (job.state === 'running')
        return 'active';
    const failed = ['failure', 'timed_out', 'startup_failure'].includes(job.conclusion ?? '');
    return failed ? 'crit, done' : 'done';
}
function iconOf(job) {
    return job.state === 'completed' ? (0,conclusions/* conclusionIcon */.Bz)(job.conclusion) : '⏳';
}
function taskLine(job, index, now) {
    if (job.startedAt === null || job.runMs === null)
        return undefined;
    const start = Date.parse(job.startedAt);
    if (Number.isNaN(start))
        return undefined;
    const end = job.state === 'running' ? now : start + job.runMs;
    return `    ${mermaidLabel(job.name, iconOf(job))} :${tagsOf(job)}, j${index}, ${chartTime(start)}, ${chartTime(end)}`;
}
function render(title, jobs, now) {
    const attempts = [...new Set(jobs.map(job => job.attempt))].sort((a, b) => a - b);
    const lines = [
        'gantt',
        `    title ${title}`,
        '    dateFormat YYYY-MM-DD HH:mm:ss',
        '    axisFormat %H:%M',
        '    todayMarker off'
    ];
    let index = 0;
    for (const attempt of attempts) {
        if (attempts.length > 1)
            lines.push(`    section Attempt ${attempt}`);
        const inAttempt = jobs
            .filter(job => job.attempt === attempt)
            .sort((a, b) => Date.parse(a.startedAt ?? '') - Date.parse(b.startedAt ?? ''));
        for (const job of inAttempt) {
            const line = taskLine(job, ++index, now);
            if (line !== undefined)
                lines.push(line);
        }
    }
    return lines.join('\n');
}
/**
 * A mermaid gantt of the jobs that started, in start order per attempt. On big runs only the
 * slowest GANTT_MAX_JOBS are charted, fewer if needed to stay under mermaid's text limit.
 * Bars show run time only: the jobs API has no dependency graph, so nothing here implies one.
 */
function jobsGantt(title, jobs, now) {
    const chartable = jobs.filter(job => job.startedAt !== null && job.runMs !== null);
    const slowestFirst = [...chartable].sort((a, b) => (b.runMs ?? 0) - (a.runMs ?? 0));
    let keep = Math.min(GANTT_MAX_JOBS, slowestFirst.length);
    let text = render(title, slowestFirst.slice(0, keep), now);
    while (text.length > MERMAID_TEXT_LIMIT && keep > 0) {
        keep = Math.floor(keep / 2);
        text = render(title, slowestFirst.slice(0, keep), now);
    }
    return { text, charted: keep, chartable: chartable.length };
}

// EXTERNAL MODULE: ./src/presenters/common.ts
var presenters_common = __webpack_require__(3064);
;// CONCATENATED MODULE: ./src/presenters/report-usage.ts







/**
 * Budget for the big tables: the step summary is capped at 1 MiB, and the gantt, headers and
 * small tables need far less than the remaining quarter.
 */
const TABLE_BUDGET_BYTES = 640 * 1024;
/** Longest job or step name shown in the summary (a `run:` step is named after its script). */
const NAME_MAX_CHARS = 120;
/** A name cut to NAME_MAX_CHARS; the usage file keeps it whole. */
function clip(name) {
    // A name of at most NAME_MAX_CHARS UTF-16 units has at most that many characters: most names
    // are short, and splitting each into an array of characters, twice per row, cost a tenth of
    // what a 5,000-job summary allocated.
    if (name.length <= NAME_MAX_CHARS)
        return name;
    const chars = [...name];
    return chars.length > NAME_MAX_CHARS ? `${chars.slice(0, NAME_MAX_CHARS - 1).join('')}…` : name;
}
function presentReportUsage(result) {
    const common = {
        [constants/* Outputs */.tY.UsageFile]: result.usageFile,
        [constants/* Outputs */.tY.Usage]: (0,compact/* usageOutput */.n)(result.report, undefined, result.mode === 'runs' && result.jobsOverOutputLimit)
    };
    if (result.mode === 'run') {
        const { report } = result;
        return {
            outputs: {
                ...(0,presenters_common/* runOutputs */.MR)(result.run),
                ...common,
                [constants/* Outputs */.tY.RunDurationMs]: msOutput(report.totals.wallMs),
                [constants/* Outputs */.tY.TotalJobMs]: String(report.totals.totalJobMs),
                [constants/* Outputs */.tY.BillableMs]: report.billable.available ? String(report.billable.totalMs) : ''
            },
            summary: runSummary(result.run, report, result.now)
        };
    }
    const { report } = result;
    return {
        outputs: {
            ...common,
            // Runs mode has no single run: the median duration is the representative figure.
            [constants/* Outputs */.tY.RunDurationMs]: msOutput(report.durationMs.p50),
            [constants/* Outputs */.tY.TotalJobMs]: String(report.totals.totalJobMs),
            // Not fetched per run: it would cost a request per run on an endpoint being retired.
            [constants/* Outputs */.tY.BillableMs]: ''
        },
        summary: runsSummary(report)
    };
}
function msOutput(ms) {
    return ms === null ? '' : String(ms);
}
/**
 * 5000 → "5,000". Not toLocaleString: the first Intl call pages in ICU data, about 6 MiB of
 * resident memory on Node 24, for a comma.
 */
function count(n) {
    const [whole = '', fraction] = String(n).split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
function billableText(billable) {
    if (!billable.available)
        return (0,summary_escape/* escapeMarkdown */.FV)(billable.reason);
    const perOs = Object.entries(billable.byOs)
        .map(([os, ms]) => `${(0,summary_escape/* escapeMarkdown */.FV)(os)} ${(0,summary_escape/* formatDuration */.a3)(ms)}`)
        .join(', ');
    return `${(0,summary_escape/* formatDuration */.a3)(billable.totalMs)}${perOs ? ` (${perOs})` : ''}`;
}
function queueText(job) {
    if (job.queueMs === null)
        return 'n/a';
    return job.state === 'queued'
        ? `${(0,summary_escape/* formatDuration */.a3)(job.queueMs)} so far`
        : (0,summary_escape/* formatDuration */.a3)(job.queueMs);
}
function durationText(job) {
    if (job.state === 'queued')
        return 'not started';
    return job.state === 'running'
        ? `${(0,summary_escape/* formatDuration */.a3)(job.runMs ?? undefined)} so far`
        : (0,summary_escape/* formatDuration */.a3)(job.runMs ?? undefined);
}
function conclusionText(job) {
    if (job.state === 'running')
        return '⏳ running';
    if (job.state === 'queued')
        return '⏳ queued';
    return `${(0,conclusions/* conclusionIcon */.Bz)(job.conclusion)} ${(0,summary_escape/* escapeCell */.kq)(job.conclusion ?? 'completed')}`;
}
function runnerText(job) {
    const parts = [job.labels.join(', '), job.runnerName ?? ''].filter(part => part !== '');
    return parts.length > 0 ? (0,summary_escape/* escapeCell */.kq)(parts.join(' · ')) : '—';
}
/** The bytes of `| a | b |` and its newline, counted without building that line. */
function rowBytes(cells) {
    let bytes = 5 + 3 * Math.max(0, cells.length - 1);
    for (const cell of cells)
        bytes += Buffer.byteLength(cell);
    return bytes;
}
/**
 * The items whose rows fit in a byte budget. When all do not, the slowest that fit are kept, in
 * their original order, and the caller says how many were left out. Rows are measured slowest
 * first and only until the budget is spent (all of them only when all fit); each is rendered
 * here only to measure it, and again when the table is written (tablePieces), so the rows of a
 * 5,000-job run are never all held at once.
 */
function fitRows(items, row, slowness, budgetBytes = TABLE_BUDGET_BYTES) {
    const slow = Float64Array.from(items, slowness);
    // Indices, not an object per item; the sort is stable, so equal ones keep their order.
    const slowestFirst = Array.from(items, (_, index) => index).sort((a, b) => slow[b] - slow[a]);
    const kept = new Uint8Array(items.length);
    let used = 0;
    let keptCount = 0;
    for (const index of slowestFirst) {
        const size = rowBytes(row(items[index]));
        // The first row that does not fit ends the table: the rows kept are the slowest.
        if (used + size > budgetBytes)
            break;
        used += size;
        kept[index] = 1;
        keptCount++;
    }
    if (keptCount === items.length)
        return { kept: items, omitted: 0 };
    const keptItems = items.filter((_, index) => kept[index] === 1);
    return { kept: keptItems, omitted: items.length - keptItems.length };
}
function* jobsSection(report) {
    if (report.jobs.length === 0) {
        yield '_No jobs._';
        return;
    }
    const showAttempt = new Set(report.jobs.map(job => job.attempt)).size > 1;
    const header = [
        'Job',
        ...(showAttempt ? ['Attempt'] : []),
        'Queue',
        'Duration',
        'Conclusion',
        'Runner'
    ];
    const row = (job) => [
        (0,summary_escape/* link */.nf)(clip(job.name), job.url),
        ...(showAttempt ? [String(job.attempt)] : []),
        queueText(job),
        durationText(job),
        conclusionText(job),
        runnerText(job)
    ];
    const { kept, omitted } = fitRows(report.jobs, row, job => job.runMs ?? 0);
    yield* (0,summary_escape/* tablePieces */.yA)(header, kept, row);
    if (omitted > 0) {
        yield `\n\nShowing the ${count(kept.length)} slowest of ${count(report.jobs.length)} jobs to stay within GitHub's summary size limit; ${count(omitted)} left out here are in the usage file.`;
    }
}
/** Steps under a second say nothing about where the time went, so they are left out. */
const NOTABLE_STEP_MS = 1000;
function stepsSection(allSteps) {
    const steps = allSteps.filter(step => (step.durationMs ?? 0) >= NOTABLE_STEP_MS);
    if (allSteps.length === 0)
        return '_No step timings reported._';
    if (steps.length === 0)
        return '_No step took a second or more._';
    return (0,summary_escape/* table */.tp)(['Step', 'Job', 'Duration', 'Conclusion'], steps.map(step => [
        (0,summary_escape/* escapeCell */.kq)(clip(step.name)),
        (0,summary_escape/* escapeCell */.kq)(clip(step.jobName)),
        step.state === 'running'
            ? `${(0,summary_escape/* formatDuration */.a3)(step.durationMs)} so far`
            : (0,summary_escape/* formatDuration */.a3)(step.durationMs),
        conclusionText(step)
    ]));
}
function ganttSection(report, now) {
    const gantt = jobsGantt(`Jobs of run ${report.run.id} (UTC)`, report.jobs, now);
    if (gantt.chartable === 0)
        return '_No job has started yet._';
    const fence = `\`\`\`mermaid\n${gantt.text}\n\`\`\``;
    const left = gantt.chartable - gantt.charted;
    if (left === 0)
        return fence;
    return `${fence}\n\nCharted the ${count(gantt.charted)} slowest of ${count(gantt.chartable)} started jobs; ${count(left)} left out of the chart are in the table and the usage file.`;
}
function slowestJobsSection(report) {
    if (report.slowestJobs.length === 0)
        return '_No job has started yet._';
    return (0,summary_escape/* table */.tp)(['Job', 'Duration', 'Queue', 'Conclusion'], report.slowestJobs.map(job => [
        (0,summary_escape/* link */.nf)(clip(job.name), job.url),
        job.state === 'running'
            ? `${(0,summary_escape/* formatDuration */.a3)(job.runMs ?? undefined)} so far`
            : (0,summary_escape/* formatDuration */.a3)(job.runMs ?? undefined),
        (0,summary_escape/* formatDuration */.a3)(job.queueMs ?? undefined),
        conclusionText(job)
    ]));
}
function runSummary(run, report, now) {
    const { totals } = report;
    const scope = report.attempt === null ? 'all attempts' : `attempt ${report.attempt}`;
    const states = [
        totals.runningJobs > 0 ? `${count(totals.runningJobs)} running` : '',
        totals.queuedJobs > 0 ? `${count(totals.queuedJobs)} queued` : ''
    ].filter(text => text !== '');
    const figures = (0,summary_escape/* keyValueTable */.z2)([
        [
            'Wall time',
            `${(0,summary_escape/* formatDuration */.a3)(totals.wallMs ?? undefined)}${totals.inProgress ? ' so far' : ''}`
        ],
        ['Total job time', (0,summary_escape/* formatDuration */.a3)(totals.totalJobMs)],
        ['Billable time', billableText(report.billable)],
        ['Jobs', `${count(totals.jobs)}${states.length > 0 ? ` (${states.join(', ')})` : ''}`]
    ]);
    const parts = [`## 📊 Usage of run ${run.id} (${scope})`, (0,presenters_common/* runHeader */.jy)(run), figures];
    if (totals.inProgress) {
        parts.push('The run is still in progress: unfinished jobs show their time so far.');
    }
    parts.push('### Slowest jobs', slowestJobsSection(report), '### Slowest steps', stepsSection(report.slowestSteps), '### Timeline', ganttSection(report, now), '### Jobs');
    const head = parts.join('\n\n');
    return new streamed/* StreamedSummary */.C(function* () {
        yield `${head}\n\n`;
        yield* jobsSection(report);
        yield `\n\n_${count(report.requests)} API requests._`;
    });
}
function percentText(rate) {
    return rate === null ? 'n/a' : `${(rate * 100).toFixed(1).replace(/\.0$/, '')}%`;
}
function* runsTable(runs) {
    const row = (run) => [
        (0,summary_escape/* link */.nf)(clip(`#${run.number ?? run.id} ${run.title ?? run.name ?? ''}`.trim()), run.url),
        (0,summary_escape/* escapeCell */.kq)(run.branch ?? ''),
        (0,summary_escape/* escapeCell */.kq)(run.event),
        run.status === 'completed'
            ? `${(0,conclusions/* conclusionIcon */.Bz)(run.conclusion)} ${(0,summary_escape/* escapeCell */.kq)(run.conclusion ?? '')}`
            : `⏳ ${(0,summary_escape/* escapeCell */.kq)(run.status ?? '')}`,
        (0,summary_escape/* formatDuration */.a3)(run.durationMs ?? undefined),
        count(run.jobCount)
    ];
    const { kept, omitted } = fitRows(runs, row, run => run.durationMs ?? 0);
    yield* (0,summary_escape/* tablePieces */.yA)(['Run', 'Branch', 'Event', 'Conclusion', 'Duration', 'Jobs'], kept, row);
    if (omitted > 0) {
        yield `\n\nShowing the ${count(kept.length)} slowest of ${count(runs.length)} runs to stay within GitHub's summary size limit; the rest are in the usage file.`;
    }
}
function runsSummary(report) {
    const { totals, filter } = report;
    const selection = [
        `workflow ${(0,summary_escape/* escapeMarkdown */.FV)(filter.workflow)}`,
        filter.branch !== null ? `branch ${(0,summary_escape/* escapeMarkdown */.FV)(filter.branch)}` : '',
        filter.created !== null ? `created ${(0,summary_escape/* escapeMarkdown */.FV)(filter.created)}` : ''
    ]
        .filter(text => text !== '')
        .join(', ');
    const p = (ms) => (0,summary_escape/* formatDuration */.a3)(ms ?? undefined);
    const figures = (0,summary_escape/* keyValueTable */.z2)([
        [
            'Runs',
            `${count(totals.runs)} (${count(totals.completedRuns)} completed, ${count(totals.inProgressRuns)} in progress)`
        ],
        [
            'Failure rate',
            `${percentText(totals.failureRate)} (${count(totals.failedRuns)} of ${count(totals.completedRuns)} completed runs failed)`
        ],
        ['Duration p50 / p95', `${p(report.durationMs.p50)} / ${p(report.durationMs.p95)}`],
        [
            'Job queue time p50 / p95',
            `${p(report.queueMs.p50)} / ${p(report.queueMs.p95)} (${count(report.queueMs.count)} jobs)`
        ],
        ['Total job time', (0,summary_escape/* formatDuration */.a3)(totals.totalJobMs)],
        ['Billable time', 'not fetched across runs (one request per run on a retiring endpoint)']
    ]);
    const slowest = report.slowestJobsOnAverage.length === 0
        ? '_No finished jobs._'
        : (0,summary_escape/* table */.tp)(['Job', 'Runs', 'Average', 'Longest'], report.slowestJobsOnAverage.map(job => [
            (0,summary_escape/* escapeCell */.kq)(clip(job.name)),
            count(job.runs),
            (0,summary_escape/* formatDuration */.a3)(job.averageMs),
            (0,summary_escape/* formatDuration */.a3)(job.maxMs)
        ]));
    const head = [
        `## 📊 Usage across the last ${count(totals.runs)} runs of ${selection}`,
        figures,
        '### Slowest jobs on average',
        slowest,
        '### Runs'
    ].join('\n\n');
    return new streamed/* StreamedSummary */.C(function* () {
        yield `${head}\n\n`;
        if (totals.runs === 0)
            yield '_No runs matched._';
        else
            yield* runsTable(report.runs);
        yield `\n\n_${count(report.requests)} API requests._`;
    });
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
