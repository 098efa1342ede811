export const id = 493;
export const ids = [493];
export const modules = {

/***/ 5493:
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
                    Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(539), __webpack_require__.e(923), __webpack_require__.e(729), __webpack_require__.e(168), __webpack_require__.e(437)]).then(__webpack_require__.bind(__webpack_require__, 3437)),
                    __webpack_require__.e(/* import() */ 434).then(__webpack_require__.bind(__webpack_require__, 9434))
                ]);
                return presentWaitForAllRuns(await waitForAllRuns(client, settings, deps));
            }
            const [{ waitForRun }, { presentWaitForRun }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(539), __webpack_require__.e(923), __webpack_require__.e(729), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 5168)),
                __webpack_require__.e(/* import() */ 953).then(__webpack_require__.bind(__webpack_require__, 5953))
            ]);
            return presentWaitForRun(await waitForRun(client, settings, deps));
        }
        case 'cancel': {
            const [{ cancel }, { presentCancel }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(923), __webpack_require__.e(601)]).then(__webpack_require__.bind(__webpack_require__, 9601)),
                __webpack_require__.e(/* import() */ 852).then(__webpack_require__.bind(__webpack_require__, 3852))
            ]);
            return presentCancel(await cancel(client, settings, deps));
        }
        case 'rerun-failed': {
            const [{ rerunFailed }, { presentRerunFailed }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(923), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 31)),
                Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(923), __webpack_require__.e(450)]).then(__webpack_require__.bind(__webpack_require__, 4450))
            ]);
            return presentRerunFailed(await rerunFailed(client, settings, deps));
        }
        case 'fetch-logs': {
            const [{ fetchLogs }, { presentFetchLogs }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(539), __webpack_require__.e(923), __webpack_require__.e(729), __webpack_require__.e(92)]).then(__webpack_require__.bind(__webpack_require__, 8092)),
                __webpack_require__.e(/* import() */ 26).then(__webpack_require__.bind(__webpack_require__, 26))
            ]);
            return presentFetchLogs(await fetchLogs(client, settings, deps));
        }
        case 'approve-deployment': {
            const [{ approveDeployment }, { presentApproveDeployment }] = await Promise.all([
                __webpack_require__.e(/* import() */ 612).then(__webpack_require__.bind(__webpack_require__, 1612)),
                __webpack_require__.e(/* import() */ 137).then(__webpack_require__.bind(__webpack_require__, 6137))
            ]);
            return presentApproveDeployment(await approveDeployment(client, settings, deps));
        }
        case 'report-usage': {
            const [{ reportUsage }, { presentReportUsage }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(923), __webpack_require__.e(151)]).then(__webpack_require__.bind(__webpack_require__, 8151)),
                __webpack_require__.e(/* import() */ 957).then(__webpack_require__.bind(__webpack_require__, 7957))
            ]);
            return presentReportUsage(await reportUsage(client, settings, deps));
        }
        case 'dispatch': {
            const [{ dispatch }, { presentDispatch }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(539), __webpack_require__.e(923), __webpack_require__.e(729), __webpack_require__.e(168), __webpack_require__.e(49)]).then(__webpack_require__.bind(__webpack_require__, 9049)),
                __webpack_require__.e(/* import() */ 960).then(__webpack_require__.bind(__webpack_require__, 2960))
            ]);
            return presentDispatch(await dispatch(client, settings, deps));
        }
        case 'wait-for-checks': {
            const [{ waitForChecks }, { presentWaitForChecks }] = await Promise.all([
                __webpack_require__.e(/* import() */ 230).then(__webpack_require__.bind(__webpack_require__, 5230)),
                __webpack_require__.e(/* import() */ 863).then(__webpack_require__.bind(__webpack_require__, 9863))
            ]);
            return presentWaitForChecks(await waitForChecks(client, settings, deps));
        }
    }
}


/***/ })

};
