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
/* harmony import */ var _poll_loop_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3601);
/* harmony import */ var _sentences_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3861);






async function approveDeployment(client, settings, deps) {
    const { clock, env } = deps;
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
        // Known from the first answer: no waiting for a gate this server cannot review.
        if (client.capabilities.has(REVIEW_PROTECTION_RULE) === false) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(client.capabilities.lacks(REVIEW_PROTECTION_RULE, 'reviewing custom deployment protection rules'));
        }
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
const APPROVE_FORK_RUN = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve';
const REVIEW_PROTECTION_RULE = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule';
async function approveFork(client, run) {
    if (client.capabilities.has(APPROVE_FORK_RUN) === false) {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(client.capabilities.lacks(APPROVE_FORK_RUN, 'approving fork pull request runs'));
    }
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
            const lacking = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .missingPermission */ .Up)(error);
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(lacking
                ? `GitHub refused to approve fork pull request run ${run.id} (403: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error).replace(/\.$/, '')}): ${lacking}.`
                : `GitHub refused to approve fork pull request run ${run.id} (403: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error) || 'Forbidden'}): the token needs 'permissions: actions: write', and the run must be a fork pull request's run awaiting approval (it is ${describeRunState(run)}).`);
        }
        if (status === 422) {
            // What GitHub answers on a private repository: the endpoint approves runs from public forks.
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`GitHub refused to approve fork pull request run ${run.id} (422: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error).replace(/\.$/, '') || 'Unprocessable Entity'}): GitHub's API approves only runs from public forks, so if ${client.owner}/${client.repo} is private, a maintainer approves the run in the web UI (or its fork pull request workflow settings let it run).`);
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
 * The run's pending deployments: read once, or with wait-for-pending polled until every chosen
 * environment is pending, the run completes, or time runs out. One conditional request per poll
 * (a 304 is free): the pending list while the run is `waiting` at a gate, else the run itself,
 * whose status turns `waiting` when a job reaches a gate.
 */
async function pendingGate(client, settings, run, clock, deadline) {
    if (!settings.waitForPending) {
        return { run, pending: await client.getPendingDeployments(run.id) };
    }
    let latestRun = run;
    let pending = [];
    let readPending = true;
    let pendingSeen = false;
    let lastLogged;
    const outcome = await (0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g3)(async () => {
        let changed;
        if (readPending) {
            const polled = await client.pollPendingDeployments(run.id);
            pending = polled.data;
            if (missingEnvironments(settings.environments, pending).length === 0) {
                return { done: true, value: { run: latestRun, pending } };
            }
            changed = !polled.notModified;
            // Not all there, and the list moved since the last look: has the run moved on?
            readPending = latestRun.status === 'waiting' && !(changed && pendingSeen);
            pendingSeen = true;
        }
        else {
            const polled = await client.pollRun(run.id);
            changed = !polled.notModified && polled.data.updated_at !== latestRun.updated_at;
            latestRun = polled.data;
            readPending = latestRun.status === 'waiting';
        }
        const waitingFor = quoteList(missingEnvironments(settings.environments, pending));
        giveUpIfOver(settings, latestRun, deadline, `${waitingFor} (pending now: ${pendingNow(pending)})`);
        const progress = `Run ${run.id} is ${latestRun.status}; waiting for ${waitingFor} to be pending (pending now: ${pendingNow(pending)}).`;
        if (progress !== lastLogged)
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(progress);
        lastLogged = progress;
        return { done: false, changed };
    }, {
        clock,
        deadline,
        schedule: new _poll_loop_js__WEBPACK_IMPORTED_MODULE_4__/* .PollSchedule */ .$x(settings.pollIntervalSeconds * 1000),
        label: `Polling run ${run.id} for pending deployments`,
        onHeartbeat: async (silentForMs) => {
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Run ${run.id} is still ${latestRun.status} after ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(silentForMs)} without change; waiting for ${quoteList(missingEnvironments(settings.environments, pending))} to be pending.`);
        }
    });
    if (outcome.done)
        return outcome.value;
    throw timedOut(settings, latestRun, `${quoteList(missingEnvironments(settings.environments, pending))} (pending now: ${pendingNow(pending)})`);
}
/**
 * For protection-rule: whether the pending deployments list shows environments held only by a
 * custom rule is not certain (GitHub's reference says "waiting for protection rules", its review
 * page lists reviewer gates), so wait for what is certain: the run's status is `waiting` while a
 * job is held at an environment gate. Which environment is pending, the review's answer tells.
 */
async function waitForGate(client, settings, run, clock, deadline) {
    if (run.status === 'waiting')
        return run;
    const waitingFor = `a deployment gate for ${quoteList(settings.environments)}`;
    let latestRun = run;
    const progress = () => _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Run ${run.id} is ${latestRun.status}; waiting for it to reach ${waitingFor}.`);
    giveUpIfOver(settings, latestRun, deadline, waitingFor);
    progress();
    const outcome = await (0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g3)(async () => {
        const polled = await client.pollRun(run.id);
        const changed = !polled.notModified && polled.data.status !== latestRun.status;
        latestRun = polled.data;
        if (latestRun.status === 'waiting')
            return { done: true, value: latestRun };
        giveUpIfOver(settings, latestRun, deadline, waitingFor);
        if (changed)
            progress();
        return { done: false, changed };
    }, {
        clock,
        deadline,
        schedule: new _poll_loop_js__WEBPACK_IMPORTED_MODULE_4__/* .PollSchedule */ .$x(settings.pollIntervalSeconds * 1000),
        label: `Polling run ${run.id}`,
        onHeartbeat: async (silentForMs) => {
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Run ${run.id} is still ${latestRun.status} after ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(silentForMs)} without change; waiting for it to reach ${waitingFor}.`);
        }
    });
    if (outcome.done)
        return outcome.value;
    throw timedOut(settings, latestRun, waitingFor);
}
/** Ends a wait for the gate in one sentence: the run completed first, or time ran out. */
function giveUpIfOver(settings, latestRun, deadline, waitingFor) {
    if (latestRun.status === 'completed') {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`Run ${latestRun.id} completed (${latestRun.conclusion ?? 'no conclusion'}) before it reached ${waitingFor}, so there is nothing left to review: ${latestRun.html_url}`);
    }
    if (deadline.expired())
        throw timedOut(settings, latestRun, waitingFor);
}
function timedOut(settings, latestRun, waitingFor) {
    return new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`Timed out after ${settings.timeoutSeconds} seconds waiting for run ${latestRun.id} to reach ${waitingFor}; its status is ${latestRun.status}. ${latestRun.html_url}`);
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
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${(0,_sentences_js__WEBPACK_IMPORTED_MODULE_5__/* .capitalise */ .s)(PAST_TENSE[settings.decision])} ${names} on run ${run.id}.`);
    }
    catch (error) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 403) {
            // GITHUB_TOKEN is never a reviewer, so no hint about the job's permissions here.
            const lacking = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .missingPermission */ .Up)(error, { githubTokenHint: false });
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(lacking
                ? `GitHub refused to ${settings.decision} ${names} on run ${run.id} (403: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error).replace(/\.$/, '')}): ${lacking}, and must be a required reviewer's.`
                : `GitHub refused to ${settings.decision} ${names} on run ${run.id} (403: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error) || 'Forbidden'}): the token must be a required reviewer's, and an environment that prevents self-review refuses the person who triggered the run.`);
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
            await client.mutate(`Reviewing the protection rule of '${name}' on run ${run.id}`, () => client.reviewProtectionRule(run.id, name, state, settings.comment), 
            // GitHub keeps no record to check this review against: sent once, never again.
            undefined);
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${(0,_sentences_js__WEBPACK_IMPORTED_MODULE_5__/* .capitalise */ .s)(PAST_TENSE[settings.decision])} the protection rule of '${name}'.`);
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
        const lacking = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .missingPermission */ .Up)(error, { githubTokenHint: false });
        if (lacking) {
            return `GitHub refused to review the protection rule of '${name}' on run ${run.id} (403: ${detail.replace(/\.$/, '')}): ${lacking}; only the GitHub App that provides the rule can review it.`;
        }
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
 * names it, `inputs` the inputs that chose it; GitHub's answer (`error`) may name the permission
 * the token would need to see it.
 */
function notFound(client, what, inputs, error) {
    const where = `${client.owner}/${client.repo}`;
    // Stryker disable next-line ConditionalExpression: permissionGap(undefined) is undefined too
    const gap = error === undefined ? undefined : (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .permissionGap */ .aV)(error);
    if (gap?.certain) {
        return new _github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${what} was not found in ${where}: the token needs ${gap.needs}.`);
    }
    const access = gap
        ? `; if it exists, the token needs ${gap.needs}`
        : ', and that the token can read Actions there (permissions: actions: read)';
    return new _github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`${what} was not found in ${where}: check ${inputs} and repository${access}.${apiUrlHint(client)}`);
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
function runNotFound(client, runId, error) {
    return notFound(client, `Run ${runId}`, 'run-id', error);
}
/** Reads a run; a 404 becomes one sentence. Later 404s on the same run then mean the endpoint. */
async function readRun(client, runId) {
    try {
        return await client.getRun(runId);
    }
    catch (error) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 404)
            throw runNotFound(client, runId, error);
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

/***/ 3601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ PollSchedule),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   g3: () => (/* binding */ pollUntil)
/* harmony export */ });
/* unused harmony exports FIRST_INTERVAL_MS, BACKOFF, DENSE_SPACING_MS, MAX_WINDOW_POLLS, OVERRUN_WIDENING, MIN_DELAY_MS, heartbeatAfterMinutes, Heartbeat */
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6686);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);


/** Without an estimate: the first interval (and after a change), growing by BACKOFF per silent poll. */
const FIRST_INTERVAL_MS = 1000;
const BACKOFF = 1.5;
/** Spacing of the polls between the earliest and latest plausible ends… */
const DENSE_SPACING_MS = 500;
/** …unless that window is so wide that it would take more polls than this. */
const MAX_WINDOW_POLLS = 30;
/** Past the latest plausible end, each second of overrun widens the spacing by this many seconds. */
const OVERRUN_WIDENING = 0.5;
/** Never two polls closer than this. */
const MIN_DELAY_MS = 100;
/**
 * How long to sleep before the next poll. With an end estimate: sparse (the upper bound alone)
 * until the earliest plausible end, dense until the latest, then backing off as the overrun
 * grows. Without one: 1 s, growing 1.5× per poll that finds nothing changed, and back to 1 s
 * after a change. The upper bound (poll-interval-seconds) always holds.
 */
class PollSchedule {
    maxIntervalMs;
    serverClock;
    estimate;
    silentPolls = 0;
    /**
     * `serverClock` converts the runner's time (what the poll loop measures) to the API's, in which
     * an estimate is made (GitHub's timestamps): without it the two clocks are taken to agree.
     */
    constructor(maxIntervalMs, serverClock) {
        this.maxIntervalMs = maxIntervalMs;
        this.serverClock = serverClock;
    }
    expectEnd(estimate) {
        this.estimate = estimate;
    }
    get expected() {
        return this.estimate;
    }
    /**
     * Called after each poll with the runner's time it was sent at, `changed` when it brought news
     * (which restarts the back-off).
     */
    nextDelayMs(now, changed) {
        this.silentPolls = changed ? 0 : this.silentPolls + 1;
        const wanted = this.estimate
            ? this.aroundTheEnd(this.serverClock ? this.serverClock.toServer(now) : now, this.estimate)
            : FIRST_INTERVAL_MS * BACKOFF ** this.silentPolls;
        return Math.max(Math.min(MIN_DELAY_MS, this.maxIntervalMs), Math.min(wanted, this.maxIntervalMs));
    }
    aroundTheEnd(now, { earliest, latest }) {
        if (now + MIN_DELAY_MS < earliest)
            return earliest - now;
        const spacing = Math.max(DENSE_SPACING_MS, (latest - earliest) / MAX_WINDOW_POLLS);
        return spacing + OVERRUN_WIDENING * Math.max(0, now - latest);
    }
}
/** Minutes of silence after which a heartbeat line is due: 1, 2, 5, 10, then every 10. */
function heartbeatAfterMinutes(beat) {
    const first = [1, 2, 5, 10];
    return first[beat] ?? 10 * (beat - first.length + 2);
}
/** Says when a heartbeat is due: after 1, 2, 5, 10, 20, 30… minutes in which nothing changed. */
class Heartbeat {
    since;
    beats = 0;
    constructor(now) {
        this.since = now;
    }
    /** Something changed: the silence starts again. */
    reset(now) {
        this.since = now;
        this.beats = 0;
    }
    silentForMs(now) {
        return now - this.since;
    }
    /** True once per due beat; beats missed by a long sleep collapse into one. */
    due(now) {
        let due = false;
        while (now - this.since >= heartbeatAfterMinutes(this.beats) * 60_000) {
            this.beats++;
            due = true;
        }
        return due;
    }
}
/**
 * Polls until `poll` says done or the deadline passes (`{ done: false }`). Temporary API failures
 * are reported and polled through; anything else is thrown. Sleeps follow the schedule and never
 * pass the deadline.
 */
async function pollUntil(poll, options) {
    const { clock, deadline, schedule } = options;
    const heartbeat = new Heartbeat(clock.now());
    let succeeded = false;
    for (;;) {
        let changed = false;
        // Spacing is measured from poll to poll: a slow answer does not stretch the schedule.
        const pollStarted = clock.now();
        try {
            const result = await poll();
            if (result.done)
                return result;
            changed = !succeeded || result.changed;
            succeeded = true;
        }
        catch (error) {
            if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error) || (options.firstPollMustSucceed && !succeeded))
                throw error;
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${options.label} failed for now (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}); will poll again.`);
        }
        const now = clock.now();
        if (changed)
            heartbeat.reset(now);
        else if (options.onHeartbeat && heartbeat.due(now)) {
            await options.onHeartbeat(heartbeat.silentForMs(now)).catch((error) => {
                if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error))
                    throw error;
            });
        }
        if (deadline.expired())
            return { done: false };
        const delay = schedule.nextDelayMs(pollStarted, changed) - (clock.now() - pollStarted);
        const sleepMs = Math.min(Math.max(MIN_DELAY_MS, delay), deadline.remainingMs());
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`${options.label}: next poll in ${(sleepMs / 1000).toFixed(1)} s.`);
        await clock.sleep(sleepMs);
    }
}
/** "1h 2m 3s", "2m 0s", "45s": for heartbeat lines. */
function formatDuration(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    if (h > 0)
        return `${h}h ${m}m ${s}s`;
    if (m > 0)
        return `${m}m ${s}s`;
    return `${s}s`;
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
