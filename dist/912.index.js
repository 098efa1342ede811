export const id = 912;
export const ids = [912];
export const modules = {

/***/ 8912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOperation: () => (/* binding */ runOperation)
/* harmony export */ });
/**
 * Runs the chosen operation and turns its typed result into outputs and a summary. Each
 * operation and its presenter are imported only when chosen (ncc emits them as separate chunks
 * of dist/), so a run loads the code of one operation, and a bad input loads none.
 */
async function runOperation(settings, client, deps) {
    switch (settings.operation) {
        case 'wait-for-run': {
            if (settings.allRuns) {
                const [{ waitForAllRuns }, { presentWaitForAllRuns }] = await Promise.all([
                    Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(441), __webpack_require__.e(774), __webpack_require__.e(178)]).then(__webpack_require__.bind(__webpack_require__, 178)),
                    __webpack_require__.e(/* import() */ 393).then(__webpack_require__.bind(__webpack_require__, 7393))
                ]);
                return presentWaitForAllRuns(await waitForAllRuns(client, settings, deps));
            }
            const [{ waitForRun }, { presentWaitForRun }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(441), __webpack_require__.e(774)]).then(__webpack_require__.bind(__webpack_require__, 6393)),
                __webpack_require__.e(/* import() */ 36).then(__webpack_require__.bind(__webpack_require__, 36))
            ]);
            return presentWaitForRun(await waitForRun(client, settings, deps));
        }
        case 'cancel': {
            const [{ cancel }, { presentCancel }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(441), __webpack_require__.e(681)]).then(__webpack_require__.bind(__webpack_require__, 4681)),
                __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 4849))
            ]);
            return presentCancel(await cancel(client, settings, deps));
        }
        case 'rerun-failed': {
            const [{ rerunFailed }, { presentRerunFailed }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(441), __webpack_require__.e(482)]).then(__webpack_require__.bind(__webpack_require__, 7482)),
                Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(441), __webpack_require__.e(811)]).then(__webpack_require__.bind(__webpack_require__, 7811))
            ]);
            return presentRerunFailed(await rerunFailed(client, settings, deps));
        }
        case 'fetch-logs': {
            const [{ fetchLogs }, { presentFetchLogs }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(695), __webpack_require__.e(441), __webpack_require__.e(45)]).then(__webpack_require__.bind(__webpack_require__, 5045)),
                __webpack_require__.e(/* import() */ 323).then(__webpack_require__.bind(__webpack_require__, 323))
            ]);
            return presentFetchLogs(await fetchLogs(client, settings, deps));
        }
        case 'approve-deployment': {
            const [{ approveDeployment }, { presentApproveDeployment }] = await Promise.all([
                __webpack_require__.e(/* import() */ 737).then(__webpack_require__.bind(__webpack_require__, 4737)),
                __webpack_require__.e(/* import() */ 88).then(__webpack_require__.bind(__webpack_require__, 3088))
            ]);
            return presentApproveDeployment(await approveDeployment(client, settings, deps));
        }
        case 'report-usage': {
            const [{ reportUsage }, { presentReportUsage }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(441), __webpack_require__.e(118)]).then(__webpack_require__.bind(__webpack_require__, 5737)),
                __webpack_require__.e(/* import() */ 503).then(__webpack_require__.bind(__webpack_require__, 8503))
            ]);
            return presentReportUsage(await reportUsage(client, settings, deps));
        }
        case 'dispatch': {
            const [{ dispatch }, { presentDispatch }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(441), __webpack_require__.e(774), __webpack_require__.e(752)]).then(__webpack_require__.bind(__webpack_require__, 3752)),
                __webpack_require__.e(/* import() */ 117).then(__webpack_require__.bind(__webpack_require__, 9117))
            ]);
            return presentDispatch(await dispatch(client, settings, deps));
        }
        case 'wait-for-checks': {
            const [{ waitForChecks }, { presentWaitForChecks }] = await Promise.all([
                __webpack_require__.e(/* import() */ 847).then(__webpack_require__.bind(__webpack_require__, 8847)),
                __webpack_require__.e(/* import() */ 112).then(__webpack_require__.bind(__webpack_require__, 4112))
            ]);
            return presentWaitForChecks(await waitForChecks(client, settings, deps));
        }
    }
}


/***/ })

};
