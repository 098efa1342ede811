export const id = 235;
export const ids = [235];
export const modules = {

/***/ 6235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   presentCancel: () => (/* binding */ presentCancel)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _summary_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7125);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3064);



function presentCancel(result) {
    const cancelledIds = result.outcomes.filter(o => o.cancelled).map(o => o.run.id);
    const first = result.outcomes[0];
    const outputs = {
        ...(first ? (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .runOutputs */ .MR)(first.run) : {}),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.CancelledRunIds]: JSON.stringify(cancelledIds)
    };
    const verb = result.force ? 'Force-cancelled' : 'Cancelled';
    const lines = [`## 🚫 ${verb} ${cancelledIds.length} run(s)`];
    if (result.filter)
        lines.push(`Superseded runs matching ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(result.filter)}.`);
    if (result.outcomes.length === 0) {
        lines.push('No run needed cancelling.');
    }
    else {
        lines.push((0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Run', 'Branch', 'Cancelled', 'Status now', 'Note'], result.outcomes.map(o => [
            (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(`${(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .runTitle */ .kh)(o.run)} (${o.run.id})`, o.run.html_url),
            (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(o.run.head_branch ?? ''),
            o.cancelled ? 'yes' : 'no',
            (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(o.run.conclusion ? `${o.run.status} (${o.run.conclusion})` : (o.run.status ?? '')),
            (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(o.reason ?? '')
        ])));
    }
    const failure = result.stillRunning.length > 0
        ? `Cancelled run(s) ${result.stillRunning.join(', ')} had not completed when timeout-seconds ran out.`
        : undefined;
    return { outputs, summary: lines.join('\n\n'), failure };
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


/***/ })

};
