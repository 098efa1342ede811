export const id = 59;
export const ids = [59,474];
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

/***/ 7059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   presentDispatch: () => (/* binding */ presentDispatch)
/* harmony export */ });
/* harmony import */ var _summary_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7125);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3064);
/* harmony import */ var _wait_for_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5474);



const IDENTIFIED = {
    'run-details': 'named by GitHub in the dispatch answer',
    correlation: 'matched by the marker in its run name (correlation-input)',
    'best-effort': 'best effort: the oldest run of the workflow on the ref dispatched after the request'
};
function presentDispatch(result) {
    const waited = result.wait ? (0,_wait_for_run_js__WEBPACK_IMPORTED_MODULE_2__.presentWaitForRun)(result.wait) : undefined;
    const inputs = Object.entries(result.inputs);
    const rows = [
        ['Workflow', `<code>${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(result.workflow)}</code>`],
        ['Ref', `<code>${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(result.ref)}</code>`],
        [
            'Inputs',
            inputs.length === 0
                ? '—'
                : inputs
                    .map(([name, value]) => `<code>${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(name)}</code> = ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(value)}`)
                    .join('<br>')
        ],
        [
            'Run',
            (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(`${(0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .runTitle */ .kh)(result.run)} #${result.run.run_number ?? result.run.id}`, result.run.html_url)
        ],
        ['Found', (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(IDENTIFIED[result.identifiedBy])]
    ];
    const summary = [
        `## 🚀 Dispatched ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(result.workflow)} on ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(result.ref)}`,
        (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .keyValueTable */ .z2)(rows),
        ...(waited ? [waited.summary] : [])
    ].join('\n\n');
    return {
        outputs: waited?.outputs ?? (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .runOutputs */ .MR)(result.run),
        summary,
        failure: waited?.failure
    };
}


/***/ }),

/***/ 8095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ resultsOutputs),
/* harmony export */   h: () => (/* binding */ resultsSummary)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _summary_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7125);


/** Outputs artifacts, run-outputs and annotations, each only when asked for or relevant. */
function resultsOutputs(results) {
    if (!results)
        return {};
    const outputs = {};
    if (results.artifacts) {
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Artifacts] = JSON.stringify(results.artifacts.map(artifact => ({
            name: artifact.name,
            id: artifact.id,
            size: artifact.size,
            path: artifact.path,
            files: artifact.files,
            ...(artifact.runId !== undefined ? { run_id: artifact.runId } : {})
        })));
    }
    if (results.runOutputs)
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.RunOutputs] = JSON.stringify(results.runOutputs);
    if (results.annotations) {
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Annotations] = JSON.stringify(results.annotations.map(annotation => ({
            run_id: annotation.runId,
            job_id: annotation.jobId,
            job: annotation.job,
            level: annotation.level,
            path: annotation.path,
            start_line: annotation.startLine ?? null,
            end_line: annotation.endLine ?? null,
            title: annotation.title,
            message: annotation.message
        })));
    }
    return outputs;
}
/** Where an annotation points: path:line or path:start-end. */
function location(annotation) {
    if (annotation.path === '')
        return '';
    const { startLine, endLine } = annotation;
    if (startLine === undefined)
        return annotation.path;
    const lines = endLine !== undefined && endLine !== startLine ? `${startLine}-${endLine}` : startLine;
    return `${annotation.path}:${lines}`;
}
/** A summary cell of bounded length (a message can be long). */
function cell(text, maxLength = 500) {
    return (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(text.length > maxLength ? `${text.slice(0, maxLength)}…` : text);
}
function bytes(size) {
    if (size >= 1024 * 1024)
        return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
    if (size >= 1024)
        return `${(size / 1024).toFixed(1)} KiB`;
    return `${size} B`;
}
/** The summary sections: why it failed, artifacts, run outputs, and a problem reading them. */
function resultsSummary(results) {
    if (!results)
        return [];
    const sections = [];
    if (results.annotations && results.annotations.length > 0) {
        sections.push('### Why it failed', (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Level', 'Job', 'Where', 'Title', 'Message'], results.annotations.map(annotation => [
            cell(annotation.level),
            cell(annotation.job),
            cell(location(annotation)),
            cell(annotation.title),
            cell(annotation.message)
        ])));
        if (results.moreAnnotations) {
            sections.push(`_Only the first ${results.annotations.length} annotations are shown._`);
        }
    }
    else if (results.annotations) {
        sections.push('### Why it failed', '_The failed jobs have no annotations._');
    }
    if (results.artifacts) {
        sections.push('### Artifacts', results.artifacts.length === 0
            ? '_No artifact downloaded._'
            : (0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Artifact', 'Size', 'Files', 'Folder'], results.artifacts.map(artifact => [
                cell(artifact.name),
                bytes(artifact.size),
                String(artifact.files.length),
                `<code>${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(artifact.path)}</code>`
            ])));
    }
    if (results.runOutputs) {
        const keys = Object.keys(results.runOutputs);
        sections.push('### Run outputs', keys.length === 0
            ? '_An empty object._'
            : `${keys.length} ${keys.length === 1 ? 'key' : 'keys'}: ${keys
                .slice(0, 20)
                .map(key => `<code>${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(key)}</code>`)
                .join(', ')}${keys.length > 20 ? ', …' : ''}`);
    }
    if (results.failure)
        sections.push(`⚠️ ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(results.failure)}`);
    return sections;
}


/***/ }),

/***/ 5474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   presentWaitForRun: () => (/* binding */ presentWaitForRun)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _conclusions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1035);
/* harmony import */ var _summary_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7125);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3064);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8095);





function presentWaitForRun(result) {
    if (result.jobPatterns)
        return presentWaitForJobs(result, result.jobPatterns);
    const { run } = result;
    const outputs = {
        ...(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .runOutputs */ .MR)(run),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.DurationSeconds]: String(Math.round(result.waitedMs / 1000)),
        ...(0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .resultsOutputs */ .H)(result.results)
    };
    let failure;
    if (result.timedOut) {
        failure = `Timed out after ${result.timeoutSeconds} seconds waiting for run ${run.id}, whose last status was ${run.status}.${cancelledSentence(result)} ${run.html_url}`;
    }
    else if (!result.allowedConclusions.includes(run.conclusion ?? '')) {
        failure = `Run ${run.id} concluded ${run.conclusion ?? 'without a conclusion'}, which is not in allowed-conclusions (${result.allowedConclusions.join(', ')}): ${run.html_url}`;
    }
    // The run's own failure comes first; a problem with its results is then in the summary.
    failure ??= result.results?.failure;
    const heading = result.timedOut
        ? `## ⏱️ Timed out waiting for run ${run.id}`
        : `## ${(0,_conclusions_js__WEBPACK_IMPORTED_MODULE_1__/* .conclusionIcon */ .Bz)(run.conclusion)} Run ${run.id} ${run.conclusion ?? run.status}`;
    const summary = [
        heading,
        (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .runHeader */ .jy)(run),
        `Waited ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(result.waitedMs)}.`,
        '### Jobs',
        (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .jobsTable */ .xf)(result.jobs),
        ...(0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .resultsSummary */ .h)(result.results)
    ].join('\n\n');
    return { outputs, summary, failure };
}
function cancelledSentence(result) {
    if (!result.cancelOnTimeout)
        return '';
    return result.cancelOnTimeout.cancelled
        ? ' It was cancelled (cancel-on-timeout).'
        : ` Cancelling it failed: ${result.cancelOnTimeout.detail}.`;
}
/** wait-for-run with `jobs`: the conclusion is the worst of the matching jobs'. */
function presentWaitForJobs(result, patterns) {
    const { run, jobs } = result;
    const going = jobs.filter(job => job.status !== 'completed');
    const unmatched = result.unmatched ?? [];
    const worst = going.length > 0 || unmatched.length > 0 ? undefined : (0,_conclusions_js__WEBPACK_IMPORTED_MODULE_1__/* .worstOf */ .hm)(jobs);
    const outputs = {
        ...(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .runOutputs */ .MR)(run),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Conclusion]: worst?.conclusion ?? '',
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.DurationSeconds]: String(Math.round(result.waitedMs / 1000)),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Jobs]: JSON.stringify(jobs.map(job => ({
            id: job.id,
            name: job.name,
            conclusion: job.conclusion,
            url: job.html_url
        }))),
        ...(0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .resultsOutputs */ .H)(result.results)
    };
    const quoted = (items) => items.map(item => JSON.stringify(item)).join(', ');
    const refused = jobs.filter(job => job.status === 'completed' && !result.allowedConclusions.includes(job.conclusion ?? ''));
    let failure;
    if (unmatched.length > 0 && !result.timedOut) {
        failure = `No job of run ${run.id} matches ${quoted(unmatched)} in input 'jobs', and the run has completed: ${run.html_url}`;
    }
    else if (result.timedOut) {
        const waitingFor = going.length > 0
            ? `jobs ${quoted(going.map(job => job.name))}`
            : `a job matching ${quoted(unmatched)}`;
        failure = `Timed out after ${result.timeoutSeconds} seconds waiting for ${waitingFor} of run ${run.id}.${cancelledSentence(result)} ${run.html_url}`;
    }
    else if (refused.length > 0) {
        failure = `${refused.length} of ${jobs.length} matching jobs of run ${run.id} concluded outside allowed-conclusions (${result.allowedConclusions.join(', ')}): ${refused.map(job => `${JSON.stringify(job.name)} ${job.conclusion ?? ''} ${job.html_url ?? ''}`.trim()).join('; ')}`;
    }
    const heading = result.timedOut
        ? `## ⏱️ Timed out waiting for jobs of run ${run.id}`
        : `## ${(0,_conclusions_js__WEBPACK_IMPORTED_MODULE_1__/* .conclusionIcon */ .Bz)(worst?.conclusion)} ${jobs.length} jobs of run ${run.id} ${worst?.conclusion ?? ''}`;
    const summary = [
        heading.trimEnd(),
        (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .runHeader */ .jy)(run),
        `Jobs matching ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(quoted(patterns))}. Waited ${(0,_summary_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(result.waitedMs)}.`,
        '### Jobs',
        (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .jobsTable */ .xf)(jobs),
        ...(0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .resultsSummary */ .h)(result.results)
    ].join('\n\n');
    failure ??= result.results?.failure;
    return { outputs, summary, failure };
}


/***/ })

};
