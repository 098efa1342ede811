export const id = 942;
export const ids = [942];
export const modules = {

/***/ 3942:
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
                    Promise.all(/* import() */[__webpack_require__.e(86), __webpack_require__.e(663), __webpack_require__.e(424), __webpack_require__.e(679), __webpack_require__.e(575), __webpack_require__.e(912)]).then(__webpack_require__.bind(__webpack_require__, 4912)),
                    __webpack_require__.e(/* import() */ 943).then(__webpack_require__.bind(__webpack_require__, 8943))
                ]);
                return presentWaitForAllRuns(await waitForAllRuns(client, settings, deps));
            }
            const [{ waitForRun }, { presentWaitForRun }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(86), __webpack_require__.e(663), __webpack_require__.e(424), __webpack_require__.e(679), __webpack_require__.e(575)]).then(__webpack_require__.bind(__webpack_require__, 4575)),
                __webpack_require__.e(/* import() */ 474).then(__webpack_require__.bind(__webpack_require__, 5474))
            ]);
            return presentWaitForRun(await waitForRun(client, settings, deps));
        }
        case 'cancel': {
            const [{ cancel }, { presentCancel }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(86), __webpack_require__.e(424), __webpack_require__.e(967)]).then(__webpack_require__.bind(__webpack_require__, 8967)),
                __webpack_require__.e(/* import() */ 235).then(__webpack_require__.bind(__webpack_require__, 6235))
            ]);
            return presentCancel(await cancel(client, settings, deps));
        }
        case 'rerun-failed': {
            const [{ rerunFailed }, { presentRerunFailed }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(86), __webpack_require__.e(424), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 8856)),
                Promise.all(/* import() */[__webpack_require__.e(86), __webpack_require__.e(424), __webpack_require__.e(521)]).then(__webpack_require__.bind(__webpack_require__, 2521))
            ]);
            return presentRerunFailed(await rerunFailed(client, settings, deps));
        }
        case 'fetch-logs': {
            const [{ fetchLogs }, { presentFetchLogs }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(86), __webpack_require__.e(663), __webpack_require__.e(424), __webpack_require__.e(679), __webpack_require__.e(914)]).then(__webpack_require__.bind(__webpack_require__, 3914)),
                __webpack_require__.e(/* import() */ 701).then(__webpack_require__.bind(__webpack_require__, 8701))
            ]);
            return presentFetchLogs(await fetchLogs(client, settings, deps));
        }
        case 'approve-deployment': {
            const [{ approveDeployment }, { presentApproveDeployment }] = await Promise.all([
                __webpack_require__.e(/* import() */ 467).then(__webpack_require__.bind(__webpack_require__, 3467)),
                __webpack_require__.e(/* import() */ 650).then(__webpack_require__.bind(__webpack_require__, 6650))
            ]);
            return presentApproveDeployment(await approveDeployment(client, settings, deps));
        }
        case 'report-usage': {
            const [{ reportUsage }, { presentReportUsage }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(86), __webpack_require__.e(424), __webpack_require__.e(683)]).then(__webpack_require__.bind(__webpack_require__, 2683)),
                __webpack_require__.e(/* import() */ 196).then(__webpack_require__.bind(__webpack_require__, 1196))
            ]);
            return presentReportUsage(await reportUsage(client, settings, deps));
        }
        case 'dispatch': {
            const [{ dispatch }, { presentDispatch }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(86), __webpack_require__.e(663), __webpack_require__.e(424), __webpack_require__.e(679), __webpack_require__.e(575), __webpack_require__.e(846)]).then(__webpack_require__.bind(__webpack_require__, 9846)),
                __webpack_require__.e(/* import() */ 59).then(__webpack_require__.bind(__webpack_require__, 7059))
            ]);
            return presentDispatch(await dispatch(client, settings, deps));
        }
        case 'wait-for-checks': {
            const [{ waitForChecks }, { presentWaitForChecks }] = await Promise.all([
                __webpack_require__.e(/* import() */ 459).then(__webpack_require__.bind(__webpack_require__, 2459)),
                __webpack_require__.e(/* import() */ 810).then(__webpack_require__.bind(__webpack_require__, 9810))
            ]);
            return presentWaitForChecks(await waitForChecks(client, settings, deps));
        }
    }
}


/***/ })

};
