export const id = 810;
export const ids = [810];
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

/***/ 9810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   presentWaitForChecks: () => (/* binding */ presentWaitForChecks)
/* harmony export */ });
/* harmony import */ var _conclusions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1035);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _summary_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7125);



function names(items) {
    return items.map(item => JSON.stringify(item.name)).join(', ');
}
function presentWaitForChecks(result) {
    const { checks } = result;
    const pending = checks.filter(check => !check.completed);
    const worst = pending.length > 0 ? undefined : (0,_conclusions_js__WEBPACK_IMPORTED_MODULE_0__/* .worstOf */ .hm)(checks);
    const outputs = {
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Conclusion]: worst?.conclusion ?? '',
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Checks]: JSON.stringify(checks.map(check => ({
            name: check.name,
            source: check.source,
            conclusion: check.conclusion,
            url: check.url
        }))),
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.DurationSeconds]: String(Math.round(result.waitedMs / 1000))
    };
    const refused = checks.filter(check => check.completed && !result.allowedConclusions.includes(check.conclusion ?? ''));
    const allowed = `allowed-conclusions (${result.allowedConclusions.join(', ')})`;
    let failure;
    if (refused.length > 0 && (result.endedEarly || !result.timedOut)) {
        failure = `${refused.length} of ${checks.length} checks on ${result.ref} concluded outside ${allowed}: ${refused.map(c => `${JSON.stringify(c.name)} (${c.source}) ${c.conclusion ?? ''} ${c.url}`.trim()).join('; ')}${result.endedEarly ? ' (fail-fast: the others were not waited for)' : ''}`;
    }
    else if ((result.missingRequired ?? []).length > 0) {
        const missing = result.missingRequired ?? [];
        failure = `${missing.length === 1 ? 'The required check' : 'The required checks'} ${missing.join(', ')} of branch ${JSON.stringify(result.requiredBranch ?? '')} never appeared on ${result.ref}${result.timedOut ? ` within ${result.timeoutSeconds} seconds` : `: every check suite of ${missing.length === 1 ? 'its app' : 'their apps'} completed without ${missing.length === 1 ? 'it' : 'them'}`} (checks seen: ${checks.length > 0 ? names(checks) : 'none'}).`;
    }
    else if (result.missing.length > 0) {
        failure = `No check named ${names(result.missing.map(name => ({ name })))} appeared on ${result.ref} within ${result.timeoutSeconds} seconds (checks seen: ${checks.length > 0 ? names(checks) : 'none'}).`;
    }
    else if (result.none) {
        failure =
            result.patterns.length > 0
                ? `No check run or status matching ${names(result.patterns.map(name => ({ name })))} appeared on ${result.ref} within ${result.timeoutSeconds} seconds.`
                : `No check run or status appeared on ${result.ref} within ${result.timeoutSeconds} seconds.`;
    }
    else if (result.timedOut) {
        const suites = result.suitesComing ?? 0;
        const what = [
            ...(pending.length > 0 ? [`${pending.length} of ${checks.length} checks`] : []),
            ...(suites > 0 ? [`${suites} check suite(s) still queued or in progress`] : [])
        ];
        failure = `Timed out after ${result.timeoutSeconds} seconds waiting for ${what.length > 0 ? what.join(' and ') : 'the settle window'} on ${result.ref}${pending.length > 0 ? `: ${names(pending)}` : ''}.${refused.length > 0 ? ` Already outside ${allowed}: ${names(refused)}.` : ''}`;
    }
    const heading = result.timedOut
        ? `## ⏱️ Timed out waiting for ${pending.length} of ${checks.length} checks`
        : `## ${(0,_conclusions_js__WEBPACK_IMPORTED_MODULE_0__/* .conclusionIcon */ .Bz)(worst?.conclusion)} ${checks.length} checks ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(worst?.conclusion ?? '')}`;
    const own = result.ownLeftOut > 0 ? ` ${result.ownLeftOut} check run(s) of this workflow run left out.` : '';
    const rows = checks.map(check => [
        (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(check.name, check.url),
        (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCell */ .kq)(check.source),
        `${(0,_conclusions_js__WEBPACK_IMPORTED_MODULE_0__/* .conclusionIcon */ .Bz)(check.conclusion)} ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCell */ .kq)(check.conclusion ?? 'in progress')}`,
        check.others > 0 ? String(check.others) : ''
    ]);
    const summary = [
        heading,
        `Checks on <code>${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(result.ref)}</code>. Waited ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(result.waitedMs)}.${own}`,
        checks.length > 0
            ? (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Check', 'Source', 'Conclusion', 'Older or sibling runs'], rows)
            : '_No checks._'
    ].join('\n\n');
    return { outputs, summary, failure };
}


/***/ })

};
