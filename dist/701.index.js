export const id = 701;
export const ids = [701];
export const modules = {

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

/***/ 8701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   presentFetchLogs: () => (/* binding */ presentFetchLogs)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _summary_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7125);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3064);



/** One block's text is cut to its last this-many characters, so many failures fit in 1 MiB. */
const MAX_BLOCK_CHARS = 64 * 1024;
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
function presentFetchLogs(result) {
    const outputs = {
        ...(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .runOutputs */ .MR)(result.run),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.LogDir]: result.logDir,
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Files]: JSON.stringify(result.files),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.FailedJobs]: JSON.stringify(result.failedJobs.map(({ job, failedSteps }) => ({
            id: job.id,
            name: job.name,
            url: job.html_url,
            failed_steps: failedSteps
        })))
    };
    const failure = result.noLogs !== undefined && result.ifNoLogsFound === 'error'
        ? result.noLogs
        : result.failOnMissing && result.missing.length > 0
            ? result.missing.join(' ')
            : undefined;
    return { outputs, summary: summaryOf(result), failure };
}
function summaryOf(result) {
    const { run } = result;
    const which = result.attempt !== undefined ? `run ${run.id} attempt ${result.attempt}` : `run ${run.id}`;
    const count = result.failedJobs.length;
    const heading = count > 0
        ? `## ❌ Logs of ${which}: ${count} failed ${count === 1 ? 'job' : 'jobs'}`
        : result.missing.length > 0
            ? `## ⚠️ Logs of ${which} not available`
            : `## 📄 Logs of ${which}`;
    const notes = [...result.missing, ...(result.note ? [result.note] : [])].map(sentence => `> ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(sentence)}`);
    const written = result.files.length > 0
        ? `Wrote ${result.files.length} log ${result.files.length === 1 ? 'file' : 'files'} to <code>${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(result.logDir)}</code>; the runner deletes it after the job, so upload it with actions/upload-artifact to keep it.`
        : '';
    return [heading, (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .runHeader */ .jy)(run), ...notes, written, ...result.failedJobs.map(jobSection)]
        .filter(part => part !== '')
        .join('\n\n');
}
function jobSection({ job, failedSteps, excerpts }) {
    const parts = [`### ❌ ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(job.name, job.html_url)}`];
    if (failedSteps.length > 0) {
        parts.push(`Failed ${failedSteps.length === 1 ? 'step' : 'steps'}: ${failedSteps.map(_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV).join(', ')}`);
    }
    if (excerpts.length === 0)
        parts.push('_No log lines to show._');
    parts.push(...excerpts.map(excerptBlock));
    return parts.join('\n\n');
}
/**
 * A collapsible block of log text. The blank lines around the fence matter: they end the HTML
 * block that <details> opens, so the fence is parsed as a code block and everything inside it,
 * "</details>" and backtick runs included, is literal text that cannot close the block.
 */
function excerptBlock(excerpt) {
    // A lone CR is a line break to markdown; colour codes are noise outside a terminal.
    let text = excerpt.lines.join('\n').replace(ANSI_ESCAPE, '').replace(/\r/g, '');
    if (text.length > MAX_BLOCK_CHARS)
        text = `…${text.slice(-MAX_BLOCK_CHARS)}`;
    return [
        `<details><summary>${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(excerpt.label)}: last ${excerpt.lines.length} lines</summary>`,
        '',
        (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(text),
        '',
        '</details>'
    ].join('\n');
}


/***/ })

};
