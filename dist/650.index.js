export const id = 650;
export const ids = [650];
export const modules = {

/***/ 6650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   presentApproveDeployment: () => (/* binding */ presentApproveDeployment)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _summary_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7125);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3064);



const TARGET_WORDS = {
    environments: 'environments with required reviewers',
    'fork-pr': 'a fork pull request run',
    'protection-rule': 'custom deployment protection rules'
};
function presentApproveDeployment(result) {
    const outputs = {
        ...(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .runOutputs */ .MR)(result.run),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ReviewedEnvironments]: JSON.stringify(result.reviewed.map(({ id, name, decision }) => ({ id, name, decision }))),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Decision]: result.decision
    };
    const sections = [heading(result), (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .runHeader */ .jy)(result.run), decisionTable(result)];
    // The fork approve endpoint takes no comment, so none was recorded for fork-pr.
    if (result.target !== 'fork-pr')
        sections.push(`Comment: ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(result.comment)}`);
    const summary = sections.join('\n\n');
    return { outputs, summary, failure: result.failure };
}
function heading(result) {
    const icon = result.decision === 'approve' ? '✅' : '🛑';
    const verb = result.decision === 'approve' ? 'Approved' : 'Rejected';
    if (result.target === 'fork-pr') {
        return `## ${icon} ${verb} fork pull request run ${result.run.id}`;
    }
    const count = result.reviewed.length;
    return `## ${icon} ${verb} ${count} deployment${count === 1 ? '' : 's'} of run ${result.run.id}`;
}
/** Who decided what on which environments, in one table. */
function decisionTable(result) {
    const rows = [
        ['Reviewer', 'the owner of the token given in <code>token</code>, as GitHub records it'],
        ['Sent from', senderText(result.decidedBy)],
        ['Decision', (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(result.decision)],
        ['Target', (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(TARGET_WORDS[result.target])]
    ];
    if (result.target !== 'fork-pr') {
        const names = result.reviewed.map(env => `<code>${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(env.name)}</code>`);
        rows.push(['Environments', names.length > 0 ? names.join(', ') : '—']);
    }
    return (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValueTable */ .z2)(rows);
}
/** The workflow run that sent the review, and who started it. */
function senderText(decidedBy) {
    const run = decidedBy.runUrl ? (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)('this workflow run', decidedBy.runUrl) : 'runctl';
    const actor = decidedBy.actor ? ` (started by @${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(decidedBy.actor)})` : '';
    return `${run}${actor}`;
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
