export const id = 467;
export const ids = [467];
export const modules = {

/***/ 3467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   approveDeployment: () => (/* binding */ approveDeployment)
/* harmony export */ });
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6686);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1983);
/* harmony import */ var _read_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4192);
/* harmony import */ var _sentences_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3861);





async function approveDeployment(client, settings, deps) {
    const { clock, env } = deps;
    // An input combination, refused before any request (inputs.ts accepts it for every target).
    if (settings.target === 'fork-pr' && settings.waitForPending) {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`Input 'wait-for-pending' does not apply to target fork-pr: a fork pull request's run waits for approval before any job starts, so there is no gate to wait for.`);
    }
    const run = await (0,_read_run_js__WEBPACK_IMPORTED_MODULE_3__/* .readRun */ .cI)(client, settings.runId);
    const base = {
        operation: 'approve-deployment',
        target: settings.target,
        decision: settings.decision,
        comment: settings.comment,
        decidedBy: decider(env)
    };
    if (settings.target === 'fork-pr') {
        await approveFork(client, run);
        return { ...base, run: await rereadRun(client, run), reviewed: [] };
    }
    if (settings.target === 'protection-rule') {
        const atGate = settings.waitForPending
            ? await waitForGate(client, settings, run, clock, (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .budgetOf */ .n)(deps, settings))
            : run;
        const outcome = await reviewProtectionRules(client, settings, atGate);
        return { ...base, run: await rereadRun(client, atGate), ...outcome };
    }
    const gate = await pendingGate(client, settings, run, clock, (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .budgetOf */ .n)(deps, settings));
    const chosen = chooseEnvironments(settings, gate.run, gate.pending);
    refuseUnlessReviewer(settings, gate.run, chosen);
    await reviewEnvironments(client, settings, gate.run, chosen);
    const reviewed = chosen.map(pending => reviewedEnvironment(pending, settings.decision));
    return { ...base, run: await rereadRun(client, gate.run), reviewed };
}
/**
 * The run after the decision, so the status output says "queued" rather than the "waiting" we
 * read before. Best effort: the decision is made; a failed read must not fail the step.
 */
async function rereadRun(client, run) {
    try {
        return await client.getRun(run.id);
    }
    catch (error) {
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not re-read run ${run.id} after the decision: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
        return run;
    }
}
function decider(env) {
    const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
    const repository = env['GITHUB_REPOSITORY'];
    const runId = env['GITHUB_RUN_ID'];
    return {
        runUrl: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
        actor: env['GITHUB_ACTOR'] || undefined
    };
}
const PAST_TENSE = { approve: 'approved', reject: 'rejected' };
// ---------------------------------------------------------------------------------------------
// Fork pull request runs
// ---------------------------------------------------------------------------------------------
/**
 * A run awaiting approval for a fork pull request shows as completed with conclusion
 * action_required (some servers report the status itself as action_required); once approved it
 * is queued again. Inferred from observed runs, not documented.
 */
function awaitsForkApproval(run) {
    return run.conclusion === 'action_required' || run.status === 'action_required';
}
async function approveFork(client, run) {
    try {
        await client.mutate(`Approving fork pull request run ${run.id}`, () => client.approveForkRun(run.id), async () => !awaitsForkApproval(await client.getRun(run.id)));
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Approved fork pull request run ${run.id}: ${run.html_url}`);
    }
    catch (error) {
        const status = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
        if (status === 404) {
            // We read this run a moment ago, so the 404 is the endpoint, not the run.
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`This server does not offer approving fork pull request runs (POST /repos/${client.owner}/${client.repo}/actions/runs/${run.id}/approve answered 404 although run ${run.id} exists; GitHub Enterprise Server lacks it).`);
        }
        if (status === 403) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`GitHub refused to approve fork pull request run ${run.id} (403: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error) || 'Forbidden'}): the token needs 'permissions: actions: write', and the run must be a fork pull request's run awaiting approval (it is ${describeRunState(run)}).`);
        }
        throw error;
    }
}
function describeRunState(run) {
    return run.conclusion ? `${run.status} (${run.conclusion})` : `${run.status}`;
}
// ---------------------------------------------------------------------------------------------
// Finding the environments at the gate
// ---------------------------------------------------------------------------------------------
/** GitHub treats environment names case-insensitively (PRODUCTION and production are one). */
function sameName(a, b) {
    return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}
function pendingName(pending) {
    return pending.environment.name ?? `environment ${pending.environment.id ?? '?'}`;
}
function missingEnvironments(wanted, pending) {
    return wanted.filter(name => !pending.some(p => sameName(pendingName(p), name)));
}
function quoteList(names) {
    return names.map(name => `'${name}'`).join(', ');
}
function pendingNow(pending) {
    return pending.length > 0 ? quoteList(pending.map(pendingName)) : 'none';
}
/**
 * The run's pending deployments: read once, or with wait-for-pending polled (conditionally, a
 * 304 is free) until every chosen environment is pending, the run completes, or time runs out.
 */
async function pendingGate(client, settings, run, clock, deadline) {
    if (!settings.waitForPending) {
        return { run, pending: await client.getPendingDeployments(run.id) };
    }
    const intervalMs = settings.pollIntervalSeconds * 1000;
    let latestRun = run;
    let pending = [];
    let lastLogged;
    for (;;) {
        try {
            pending = (await client.pollPendingDeployments(run.id)).data;
            if (missingEnvironments(settings.environments, pending).length === 0) {
                return { run: latestRun, pending };
            }
            latestRun = (await client.pollRun(run.id)).data;
        }
        catch (error) {
            if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error))
                throw error;
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Polling run ${run.id} for pending deployments failed for now (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}); will poll again.`);
        }
        const waitingFor = quoteList(missingEnvironments(settings.environments, pending));
        giveUpIfOver(settings, latestRun, deadline, `${waitingFor} (pending now: ${pendingNow(pending)})`);
        const progress = `Run ${run.id} is ${latestRun.status}; waiting for ${waitingFor} to be pending (pending now: ${pendingNow(pending)}).`;
        if (progress !== lastLogged)
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(progress);
        lastLogged = progress;
        await clock.sleep(Math.min(intervalMs, deadline.remainingMs()));
    }
}
/**
 * For protection-rule: whether the pending deployments list shows environments held only by a
 * custom rule is not certain (GitHub's reference says "waiting for protection rules", its review
 * page lists reviewer gates), so wait for what is certain: the run's status is `waiting` while a
 * job is held at an environment gate. Which environment is pending, the review's answer tells.
 */
async function waitForGate(client, settings, run, clock, deadline) {
    const intervalMs = settings.pollIntervalSeconds * 1000;
    const waitingFor = quoteList(settings.environments);
    let latestRun = run;
    let lastStatus = null;
    for (;;) {
        if (latestRun.status === 'waiting')
            return latestRun;
        giveUpIfOver(settings, latestRun, deadline, `a deployment gate for ${waitingFor}`);
        if (latestRun.status !== lastStatus) {
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Run ${run.id} is ${latestRun.status}; waiting for it to reach ${waitingFor}.`);
            lastStatus = latestRun.status;
        }
        await clock.sleep(Math.min(intervalMs, deadline.remainingMs()));
        try {
            latestRun = (await client.pollRun(run.id)).data;
        }
        catch (error) {
            if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error))
                throw error;
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Polling run ${run.id} failed for now (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}); will poll again.`);
        }
    }
}
/** Ends a wait for the gate in one sentence: the run completed first, or time ran out. */
function giveUpIfOver(settings, latestRun, deadline, waitingFor) {
    if (latestRun.status === 'completed') {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`Run ${latestRun.id} completed (${latestRun.conclusion ?? 'no conclusion'}) before it reached ${waitingFor}, so there is nothing left to review: ${latestRun.html_url}`);
    }
    if (deadline.expired()) {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`Timed out after ${settings.timeoutSeconds} seconds waiting for run ${latestRun.id} to reach ${waitingFor}; its status is ${latestRun.status}: ${latestRun.html_url}`);
    }
}
/** The pending deployments named in `environments`, each once; fails naming any not pending. */
function chooseEnvironments(settings, run, pending) {
    const missing = missingEnvironments(settings.environments, pending);
    if (missing.length > 0) {
        const subject = missing.length === 1
            ? `Environment ${quoteList(missing)} is`
            : `Environments ${quoteList(missing)} are`;
        const hint = settings.waitForPending
            ? ''
            : `; set 'wait-for-pending: true' if the run has not reached it yet`;
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`${subject} not pending on run ${run.id} (pending now: ${pendingNow(pending)}; run status: ${describeRunState(run)}), so nothing was reviewed${hint}.`);
    }
    return pending.filter(p => settings.environments.some(name => sameName(pendingName(p), name)));
}
function reviewedEnvironment(pending, decision) {
    return { id: pending.environment.id ?? null, name: pendingName(pending), decision };
}
// ---------------------------------------------------------------------------------------------
// Environments with required reviewers
// ---------------------------------------------------------------------------------------------
/**
 * Checked before anything is sent: reviewing some environments and then failing on another
 * would leave a half-made decision. GitHub computes current_user_can_approve for this token.
 */
function refuseUnlessReviewer(settings, run, chosen) {
    const refused = chosen.filter(pending => pending.current_user_can_approve !== true);
    if (refused.length === 0)
        return;
    const verb = settings.decision;
    const gerund = verb === 'approve' ? 'approving' : 'rejecting';
    throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`The token cannot ${verb} ${quoteList(refused.map(pendingName))} on run ${run.id} (GitHub reports current_user_can_approve false), so nothing was reviewed: ${gerund} needs the token of a required reviewer of the environment, and GITHUB_TOKEN is not a reviewer.`);
}
function environmentIds(chosen, run) {
    return chosen.map(pending => {
        const id = pending.environment.id;
        if (typeof id !== 'number') {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedResponseError */ .f7(`pending deployments of run ${run.id} (an environment without an id)`);
        }
        return id;
    });
}
/** One POST for every chosen environment, so they are decided together or not at all. */
async function reviewEnvironments(client, settings, run, chosen) {
    const ids = environmentIds(chosen, run);
    const names = quoteList(chosen.map(pendingName));
    const state = settings.decision === 'approve' ? 'approved' : 'rejected';
    try {
        await client.mutate(`Reviewing ${names} on run ${run.id}`, () => client.reviewPendingDeployments(run.id, ids, state, settings.comment), 
        // Applied when none of them is pending any more.
        async () => {
            const still = await client.getPendingDeployments(run.id);
            return !still.some(p => p.environment.id !== undefined && ids.includes(p.environment.id));
        });
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${(0,_sentences_js__WEBPACK_IMPORTED_MODULE_4__/* .capitalise */ .s)(PAST_TENSE[settings.decision])} ${names} on run ${run.id}.`);
    }
    catch (error) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 403) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`GitHub refused to ${settings.decision} ${names} on run ${run.id} (403: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error) || 'Forbidden'}): the token must be a required reviewer's, and an environment that prevents self-review refuses the person who triggered the run.`);
        }
        throw error;
    }
}
// ---------------------------------------------------------------------------------------------
// Custom deployment protection rules (GitHub Apps)
// ---------------------------------------------------------------------------------------------
/**
 * One POST per environment (the endpoint takes one name), by the name given: a rule's pending
 * state cannot be read beforehand (see waitForGate), so GitHub's answer says whether it was
 * pending. Not resent after a temporary error: whether a rule's review took effect cannot be
 * read back.
 */
async function reviewProtectionRules(client, settings, run) {
    const state = settings.decision === 'approve' ? 'approved' : 'rejected';
    const reviewed = [];
    for (const name of distinctNames(settings.environments)) {
        try {
            await client.mutate(`Reviewing the protection rule of '${name}' on run ${run.id}`, () => client.reviewProtectionRule(run.id, name, state, settings.comment), async () => false, 1);
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${(0,_sentences_js__WEBPACK_IMPORTED_MODULE_4__/* .capitalise */ .s)(PAST_TENSE[settings.decision])} the protection rule of '${name}'.`);
            // The endpoint answers 204 with no body: GitHub gives no environment id here.
            reviewed.push({ id: null, name, decision: settings.decision });
        }
        catch (error) {
            const reason = explainProtectionRuleError(client, settings, run, name, error);
            if (reviewed.length === 0)
                throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(reason);
            const done = quoteList(reviewed.map(r => r.name));
            return {
                reviewed,
                failure: `After ${done} ${reviewed.length === 1 ? 'was' : 'were'} ${PAST_TENSE[settings.decision]}, ${continueSentence(reason)}`
            };
        }
    }
    return { reviewed };
}
/** Each name once, as first given (GitHub names are case-insensitive). */
function distinctNames(names) {
    return names.filter((name, index) => names.findIndex(other => sameName(other, name)) === index);
}
/** A sentence joined onto another: its first letter lower-cased, unless that is a name. */
function continueSentence(text) {
    return /^GitHub\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
function explainProtectionRuleError(client, settings, run, name, error) {
    const status = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
    const detail = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error);
    if (status === 404) {
        // We read this run a moment ago: the endpoint is what is missing.
        return `This server does not offer reviewing custom deployment protection rules (POST /repos/${client.owner}/${client.repo}/actions/runs/${run.id}/deployment_protection_rule answered 404 although run ${run.id} exists; older GitHub Enterprise Server versions lack it).`;
    }
    if (status === 422) {
        const hint = settings.waitForPending
            ? ''
            : `; set 'wait-for-pending: true' if the run has not reached it yet`;
        return `Environment '${name}' has no custom deployment protection rule pending on run ${run.id} (422: ${detail || 'Unprocessable Entity'})${hint}.`;
    }
    if (status === 403) {
        return `GitHub refused to review the protection rule of '${name}' on run ${run.id} (403: ${detail || 'Forbidden'}): only the GitHub App that provides the environment's custom protection rule can review it, with its own installation token (Deployments: write).`;
    }
    if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error)) {
        return `Reviewing the protection rule of '${name}' on run ${run.id} failed with a temporary error and was not resent, because whether it took effect cannot be read back: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`;
    }
    return (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error);
}


/***/ }),

/***/ 4192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b3: () => (/* binding */ runNotFound),
/* harmony export */   cI: () => (/* binding */ readRun),
/* harmony export */   mX: () => (/* binding */ notFound)
/* harmony export */ });
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);

/**
 * The one sentence for something the API says does not exist (or the token cannot see): `what`
 * names it, `inputs` the inputs that chose it.
 */
function notFound(client, what, inputs) {
    return new _github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${what} was not found in ${client.owner}/${client.repo}: check ${inputs} and repository, and that the token can read Actions there (permissions: actions: read).${apiUrlHint(client)}`);
}
/**
 * GitHub Enterprise Server serves the API under /api/v3; without it the server answers 404 for
 * everything, which would read as "run not found". The URL itself is not echoed.
 */
function apiUrlHint(client) {
    const { baseUrl } = client.octokit.request.endpoint.DEFAULTS;
    let url;
    try {
        url = new URL(baseUrl);
    }
    catch {
        return '';
    }
    // github.com and GHE.com serve the API from a host of its own: api.github.com, api.X.ghe.com.
    if (url.hostname.startsWith('api.') || url.pathname.replace(/\/+$/, '') !== '')
        return '';
    return ' If this is GitHub Enterprise Server, github-api-url must end in /api/v3 (https://HOST/api/v3).';
}
function runNotFound(client, runId) {
    return notFound(client, `Run ${runId}`, 'run-id');
}
/** Reads a run; a 404 becomes one sentence. Later 404s on the same run then mean the endpoint. */
async function readRun(client, runId) {
    try {
        return await client.getRun(runId);
    }
    catch (error) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 404)
            throw runNotFound(client, runId);
        throw error;
    }
}


/***/ }),

/***/ 1983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ budgetOf)
/* harmony export */ });
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9373);

/** The operation's time budget: the one main.ts created, or (in unit tests) one on deps.clock. */
function budgetOf(deps, settings) {
    return deps.deadline ?? new _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .Deadline */ .B2(deps.clock, settings.timeoutSeconds);
}


/***/ }),

/***/ 3861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ capitalise)
/* harmony export */ });
/** Small helpers for the sentences runctl prints and throws. */
/** "approved" → "Approved": for a sentence that starts with a variable word. */
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ })

};
