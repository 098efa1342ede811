export const id = 459;
export const ids = [459];
export const modules = {

/***/ 5601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ globPattern),
/* harmony export */   m: () => (/* binding */ globMatches)
/* harmony export */ });
/**
 * Job names and globs, as the `jobs` input takes them: `*` is any run of characters (including
 * `/`, which reusable-workflow job names contain), `?` one character, everything else literal.
 */
function globPattern(pattern) {
    const source = [...pattern]
        .map(char => char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
        .join('');
    return new RegExp(`^${source}$`, 'su');
}
function globMatches(pattern, name) {
    return globPattern(pattern).test(name);
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

/***/ 2459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  countedChecks: () => (/* binding */ countedChecks),
  describeRequired: () => (/* binding */ describeRequired),
  durationsOf: () => (/* binding */ durationsOf),
  isOwnCheckRun: () => (/* binding */ isOwnCheckRun),
  isRequiredName: () => (/* binding */ isRequiredName),
  meetsRequirement: () => (/* binding */ meetsRequirement),
  outlook: () => (/* binding */ outlook),
  predictEnd: () => (/* binding */ predictEnd),
  statusConclusion: () => (/* binding */ statusConclusion),
  waitForChecks: () => (/* binding */ waitForChecks)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/checks-api.ts

const CHECK_SUITES = 'GET /repos/{owner}/{repo}/commits/{ref}/check-suites';
const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
const BRANCH_RULES = 'GET /repos/{owner}/{repo}/rules/branches/{branch}';
const PROTECTION_CHECKS = 'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks';
/** Every check suite of a commit, all pages, each page conditionally (a 304 is free). */
function pollCheckSuites(client, ref) {
    return client.pollAllPages(CHECK_SUITES, { ref }, 'check_suites');
}
/** Every check run of another commit (all pages): how long the same checks took there. */
async function checkRunsOf(client, sha) {
    return (await client.pollAllPages(CHECK_RUNS, { ref: sha, filter: 'all' }, 'check_runs')).data;
}
/**
 * The check suite of a workflow run (`check_suite_id`): every job of that run is a check run in
 * it. Undefined when the run cannot be read (no `actions: read`, another repository).
 */
async function suiteOfRun(client, runId) {
    try {
        const run = (await client.getRun(runId));
        return typeof run.check_suite_id === 'number' ? run.check_suite_id : undefined;
    }
    catch (error) {
        const status = (0,errors/* httpStatus */.nG)(error);
        if (status === 403 || status === 404)
            return undefined;
        throw error;
    }
}
/**
 * The checks `branch` requires: the `required_status_checks` rules of every active ruleset on it
 * (GET …/rules/branches/{branch}, readable with metadata: read) and classic branch protection
 * (GET …/branches/{branch}/protection/required_status_checks, which needs administration: read,
 * which GITHUB_TOKEN never has: then a note says so). A server without the rules API (GHES before
 * 3.11) is refused in one sentence rather than guessed at.
 */
async function requiredChecksOf(client, branch) {
    const capabilities = client.capabilities;
    const noRules = () => new errors/* OperationError */.OK(`${capabilities.lacks(BRANCH_RULES, 'branch rules')} required-checks cannot tell which checks the branch requires there; name them in 'checks' instead.`);
    if (capabilities.has(BRANCH_RULES) === false)
        throw noRules();
    let rules;
    try {
        rules = (await client.octokit.paginate(BRANCH_RULES, {
            owner: client.owner,
            repo: client.repo,
            branch,
            per_page: 100
        }));
    }
    catch (error) {
        // A server no description covers that lacks the endpoint answers 404 for any branch.
        if ((0,errors/* httpStatus */.nG)(error) === 404 && capabilities.has(BRANCH_RULES) === undefined)
            throw noRules();
        throw error;
    }
    const checks = [];
    const add = (context, appId) => {
        if (typeof context !== 'string' || context === '')
            return;
        const app = typeof appId === 'number' ? appId : undefined;
        if (!checks.some(known => known.context === context && known.appId === app)) {
            checks.push(app === undefined ? { context } : { context, appId: app });
        }
    };
    for (const rule of Array.isArray(rules) ? rules : []) {
        if (rule?.type !== 'required_status_checks')
            continue;
        for (const check of rule.parameters?.required_status_checks ?? []) {
            add(check?.context, check?.integration_id);
        }
    }
    const notes = [];
    try {
        const { data } = await client.octokit.request(PROTECTION_CHECKS, {
            owner: client.owner,
            repo: client.repo,
            branch
        });
        const protection = data;
        const detailed = Array.isArray(protection.checks) ? protection.checks : [];
        for (const check of detailed)
            add(check?.context, check?.app_id);
        for (const context of protection.contexts ?? []) {
            if (!detailed.some(check => check?.context === context))
                add(context, undefined);
        }
    }
    catch (error) {
        const status = (0,errors/* httpStatus */.nG)(error);
        const message = error instanceof Error ? error.message : '';
        // "Branch not protected" / "Required status checks not enabled": nothing required there.
        if (status === 404 && /not protected|not enabled/i.test(message))
            return { checks, notes };
        if (status !== 403 && status !== 404)
            throw error;
        notes.push(`The token cannot read the classic branch protection of ${JSON.stringify(branch)} (${status}: it needs administration: read, which GITHUB_TOKEN never has); only its rulesets were read.`);
    }
    return { checks, notes };
}

// EXTERNAL MODULE: ./src/glob.ts
var src_glob = __webpack_require__(5601);
// EXTERNAL MODULE: ./src/poll-loop.ts
var poll_loop = __webpack_require__(3601);
// EXTERNAL MODULE: ./src/step-log.ts
var step_log = __webpack_require__(6686);
// EXTERNAL MODULE: ./src/operations/types.ts
var types = __webpack_require__(1983);
;// CONCATENATED MODULE: ./src/operations/wait-for-checks.ts
/**
 * wait-for-checks: waits for the check runs (any GitHub App) and commit statuses of a commit.
 *
 * Each poll reads two lists, each over all its pages and each page conditionally (a 304 is
 * free): `GET …/commits/{ref}/check-runs?filter=all` and the combined status
 * `GET …/commits/{ref}/status`. `filter=all` because GitHub's default (`latest`) keeps one check
 * run per name *per check suite* only and hides siblings of the same name; which one counts is
 * decided here (see `countedChecks`).
 */







const GLOB_CHARACTERS = /[*?]/;
/** A pattern without glob characters names a check that must appear. */
function isRequiredName(pattern) {
    return !GLOB_CHARACTERS.test(pattern);
}
/**
 * Whether a check run belongs to the workflow run this step runs in. By id: a GitHub Actions job
 * is a check run in its run's check suite, so the run's `check_suite_id` names them all on any
 * server. Only when that is unknown (the run could not be read) or the check run does not say its
 * suite: by URL, `…/actions/runs/{run_id}/job/{job_id}`, which not every server gives.
 */
function isOwnCheckRun(check, own) {
    const suite = check.check_suite?.id;
    if (own.suiteId !== undefined && typeof suite === 'number')
        return suite === own.suiteId;
    if (own.runId === undefined || check.app?.slug !== 'github-actions')
        return false;
    const marker = `/actions/runs/${own.runId}/job/`;
    return [check.details_url, check.html_url].some(url => typeof url === 'string' && url.includes(marker));
}
function timeOf(text) {
    const time = Date.parse(text ?? '');
    return Number.isFinite(time) ? time : undefined;
}
function order(check, running) {
    const time = Date.parse((running ? check.started_at : check.completed_at) ?? '');
    return Number.isFinite(time) ? time : 0;
}
/** Status states as conclusions: failure and error fail; pending is still running. */
function statusConclusion(state) {
    if (state === 'success')
        return 'success';
    if (state === 'failure' || state === 'error')
        return 'failure';
    return null;
}
/** Whether a check is one the branch requires: its name, and its app when the rule names one. */
function meetsRequirement(check, required) {
    return (check.name === required.context &&
        (required.appId === undefined || required.appId === check.appId));
}
/**
 * The checks that count. Check runs: those of this workflow run left out; then, per name and
 * app, one: in progress while any check run of that name and app runs (a re-run in progress, or
 * a sibling a service reports under the same name), else the one that completed last (a re-run
 * replaces the failure it re-ran). Statuses: the newest per context. Then `ignore` globs out, and only
 * names matching `patterns` in (all when empty and nothing is required); required checks always in.
 */
function countedChecks(checkRuns, statuses, selection) {
    let ownLeftOut = 0;
    const groups = new Map();
    for (const check of checkRuns) {
        if (isOwnCheckRun(check, selection)) {
            ownLeftOut++;
            continue;
        }
        const source = check.app?.slug ?? String(check.app?.id ?? 'unknown app');
        const key = JSON.stringify([check.name, source]);
        groups.set(key, [...(groups.get(key) ?? []), check]);
    }
    const checks = [];
    for (const group of groups.values()) {
        const running = group.some(check => check.status !== 'completed');
        // All completed: the one that completed last (a re-run completes after what it re-ran; of
        // siblings, the last word, as GitHub's pull request page shows). Else the one started last.
        const newest = group.reduce((a, b) => order(b, running) > order(a, running) ||
            (order(b, running) === order(a, running) && b.id > a.id)
            ? b
            : a);
        checks.push({
            name: newest.name,
            source: newest.app?.slug ?? String(newest.app?.id ?? 'unknown app'),
            ...(typeof newest.app?.id === 'number' ? { appId: newest.app.id } : {}),
            completed: !running,
            conclusion: running ? null : newest.conclusion,
            url: newest.html_url || newest.details_url || '',
            others: group.length - 1,
            completedAt: running ? undefined : timeOf(newest.completed_at),
            startedAt: timeOf(newest.started_at),
            ...(typeof newest.check_suite?.id === 'number' ? { suiteId: newest.check_suite.id } : {})
        });
    }
    const contexts = new Map();
    for (const status of statuses) {
        const known = contexts.get(status.context);
        const newer = !known ||
            Date.parse(status.updated_at ?? '') > Date.parse(known.updated_at ?? '') ||
            (status.updated_at === known.updated_at && status.id > known.id);
        if (newer) {
            contexts.set(status.context, status);
        }
    }
    for (const status of contexts.values()) {
        const conclusion = statusConclusion(status.state);
        checks.push({
            name: status.context,
            source: 'status',
            completed: conclusion !== null,
            conclusion,
            url: status.target_url ?? '',
            others: 0,
            completedAt: conclusion === null ? undefined : timeOf(status.updated_at)
        });
    }
    const required = selection.required;
    const wanted = checks.filter(check => (required ?? []).some(requirement => meetsRequirement(check, requirement)) ||
        (!selection.ignore.some(glob => (0,src_glob/* globMatches */.m)(glob, check.name)) &&
            (selection.patterns.length === 0
                ? required === undefined
                : selection.patterns.some(pattern => (0,src_glob/* globMatches */.m)(pattern, check.name)))));
    wanted.sort((a, b) => a.name.localeCompare(b.name) || a.source.localeCompare(b.source));
    return { checks: wanted, ownLeftOut };
}
const ACTIONS_APP = 'github-actions';
function isActive(suite) {
    return suite.status !== 'completed';
}
/**
 * Decides what is still coming. A GitHub Actions suite that is queued or in progress has jobs
 * still to come, with or without check runs yet (a workflow held by `concurrency:`, a job waiting
 * on `needs:`); it is waited for when every check counts or globs may match what it brings, and
 * when a required check may come from it. Another app's suite counts only when a required check
 * is expected from that app (GitHub creates suites for apps that never report). This run's own
 * suite never counts. What no suite announces gets the settle window from its newest completion.
 */
function outlook(checks, suites, selection, settleMs) {
    const pending = checks.filter(check => !check.completed);
    const required = selection.required ?? [];
    const missingRequired = required.filter(requirement => !checks.some(check => meetsRequirement(check, requirement)));
    const everything = selection.required === undefined &&
        (selection.patterns.length === 0 || selection.patterns.some(p => !isRequiredName(p)));
    const coming = (suites ?? []).filter(suite => {
        if (!isActive(suite) || suite.id === selection.suiteId)
            return false;
        const actions = suite.app?.slug === ACTIONS_APP;
        if (actions && everything)
            return true;
        return missingRequired.some(requirement => requirement.appId === undefined
            ? actions || (suite.latest_check_runs_count ?? 0) > 0
            : requirement.appId === suite.app?.id);
    });
    const hopeless = missingRequired.filter(requirement => requirement.appId !== undefined &&
        (suites ?? []).some(suite => suite.app?.id === requirement.appId && !isActive(suite)) &&
        !coming.some(suite => suite.app?.id === requirement.appId));
    const listed = new Set((suites ?? []).map(suite => suite.id));
    let newest;
    for (const check of checks) {
        const announced = check.suiteId !== undefined && listed.has(check.suiteId);
        if (announced || !check.completed || check.completedAt === undefined)
            continue;
        newest = Math.max(newest ?? -Infinity, check.completedAt);
    }
    return {
        pending,
        coming,
        missingRequired,
        hopeless,
        ...(newest === undefined ? {} : { settledAt: newest + settleMs })
    };
}
/** Durations (ms) of completed check runs, by name and app: what the same check took before. */
function durationsOf(checkRuns) {
    const durations = new Map();
    for (const check of checkRuns) {
        const started = timeOf(check.started_at);
        const completed = timeOf(check.completed_at);
        if (check.status !== 'completed' || started === undefined || completed === undefined)
            continue;
        durations.set(JSON.stringify([check.name, check.app?.slug ?? '']), completed - started);
    }
    return durations;
}
/** Half-width of the window around a predicted end: a tenth of the duration, at least a second. */
const PREDICTION_MARGIN = 0.1;
const PREDICTION_MARGIN_MIN_MS = 1000;
/**
 * When the last pending check run should end, on GitHub's clock: each one's start plus what the
 * same check took on the earlier commit, else the longest that a completed check of the same app
 * took on this commit (when it has not run longer already). Undefined when any cannot be
 * predicted (then polling backs off from 1 s as usual).
 */
function predictEnd(checks, earlier, serverNow) {
    const pending = checks.filter(check => !check.completed && check.source !== 'status');
    if (pending.length === 0)
        return undefined;
    let earliest = -Infinity;
    let latest = -Infinity;
    for (const check of pending) {
        if (check.startedAt === undefined)
            return undefined;
        const elapsed = serverNow - check.startedAt;
        let duration = earlier.get(JSON.stringify([check.name, check.source]));
        if (duration === undefined) {
            const done = checks
                .filter(c => c.completed && c.source === check.source && c.startedAt !== undefined)
                .map(c => (c.completedAt ?? 0) - (c.startedAt ?? 0));
            const longest = Math.max(...done);
            if (done.length > 0 && longest > elapsed)
                duration = longest;
        }
        if (duration === undefined)
            return undefined;
        const margin = Math.max(PREDICTION_MARGIN_MIN_MS, duration * PREDICTION_MARGIN);
        earliest = Math.max(earliest, check.startedAt + duration - margin);
        latest = Math.max(latest, check.startedAt + duration + margin);
    }
    return { earliest, latest };
}
function stateOf(check) {
    return check.completed ? `completed (${check.conclusion ?? 'no conclusion'})` : 'in progress';
}
/** A list's 403 (not a rate limit) names the permission the token lacks. */
function permissionError(error, what, permission) {
    if ((0,errors/* httpStatus */.nG)(error) === 403 && !(0,errors/* isRateLimited */.Jz)(error)) {
        return new errors/* OperationError */.OK(`GitHub refused to list the ${what} (403): give the job 'permissions: ${permission}' (wait-for-checks needs checks: read and statuses: read).`);
    }
    if ((0,errors/* httpStatus */.nG)(error) === 422) {
        return new errors/* OperationError */.OK(`GitHub found no commit for the ref to wait on (422): give 'ref' as a commit SHA, branch or tag of the repository.`);
    }
    return error;
}
/** "CodeQL" or "CodeQL" (app 57789): how a required check is named in sentences. */
function describeRequired(required) {
    return `${JSON.stringify(required.context)}${required.appId === undefined ? '' : ` (app ${required.appId})`}`;
}
const NO_SHA = /^0{40}$/;
async function waitForChecks(client, settings, deps) {
    const { clock } = deps;
    const started = clock.now();
    const deadline = (0,types/* budgetOf */.n)(deps, settings);
    const intervalMs = settings.pollIntervalSeconds * 1000;
    const settleMs = Math.min(constants/* CHECKS_SETTLE_POLLS */.N3 * intervalMs, constants/* CHECKS_SETTLE_MAX_MS */.K_);
    const schedule = new poll_loop/* PollSchedule */.$x(intervalMs, client.serverClock);
    const sameRepository = settings.currentRepository === undefined ||
        settings.currentRepository.toLowerCase() === `${client.owner}/${client.repo}`.toLowerCase();
    const currentRunId = sameRepository ? settings.currentRunId : undefined;
    const suiteId = currentRunId === undefined ? undefined : await suiteOfRun(client, currentRunId);
    if (currentRunId !== undefined && suiteId === undefined) {
        step_log/* info */.pq(`This workflow run (${currentRunId}) could not be read (give the job 'actions: read'): its own check runs are recognised by their URLs only.`);
    }
    let selection = {
        patterns: settings.checks,
        ignore: settings.ignoreChecks,
        runId: currentRunId,
        suiteId
    };
    const requiredNames = settings.checks.filter(isRequiredName);
    const origin = settings.refOrigin === 'input' ? '' : ` (${settings.refOrigin})`;
    const branch = settings.requiredChecksBranch;
    const asked = [
        ...(branch ? [`the checks branch ${JSON.stringify(branch.name)} requires`] : []),
        ...(settings.checks.length > 0
            ? [`checks ${settings.checks.map(c => JSON.stringify(c)).join(', ')}`]
            : [])
    ];
    step_log/* info */.pq(`Waiting for ${asked.length > 0 ? asked.join(' and ') : 'every check run and status'} on ${settings.ref}${origin}${currentRunId !== undefined ? `, except this workflow run's own (${currentRunId})` : ''}.`);
    let checks = [];
    let ownLeftOut = 0;
    let lastShape = '';
    let endedEarly = false;
    let requirementsRead = false;
    let earlier;
    let current = { pending: [], coming: [], missingRequired: [], hopeless: [] };
    let comingLogged = -1;
    const states = new Map();
    const missingNow = () => requiredNames.filter(name => !checks.some(check => (0,src_glob/* globMatches */.m)(name, check.name)));
    const outcome = await (0,poll_loop/* pollUntil */.g3)(async () => {
        const [runs, statuses, suites] = await Promise.all([
            client.pollCheckRuns(settings.ref).catch((error) => {
                throw permissionError(error, `check runs of ${settings.ref}`, 'checks: read');
            }),
            client.pollCommitStatuses(settings.ref).catch((error) => {
                throw permissionError(error, `commit statuses of ${settings.ref}`, 'statuses: read');
            }),
            pollCheckSuites(client, settings.ref).catch((error) => {
                throw permissionError(error, `check suites of ${settings.ref}`, 'checks: read');
            })
        ]);
        if (branch && !requirementsRead) {
            // After the first answer, so the server (and whether it has the rules API) is known.
            const requirements = await requiredChecksOf(client, branch.name);
            for (const note of requirements.notes)
                client.note(note);
            selection = { ...selection, required: requirements.checks };
            requirementsRead = true;
            step_log/* info */.pq(requirements.checks.length > 0
                ? `Branch ${JSON.stringify(branch.name)} (${branch.origin}) requires ${requirements.checks.map(describeRequired).join(', ')}.`
                : `Branch ${JSON.stringify(branch.name)} (${branch.origin}) requires no checks.`);
        }
        const counted = countedChecks(runs.data, statuses.data, selection);
        checks = counted.checks;
        ownLeftOut = counted.ownLeftOut;
        for (const check of checks) {
            const key = `${check.source}\u0000${check.name}`;
            const state = stateOf(check);
            if (states.get(key) !== state) {
                step_log/* info */.pq(`  ${check.source === 'status' ? 'status' : 'check'} ${JSON.stringify(check.name)} (${check.source}): ${state}`);
                states.set(key, state);
            }
        }
        current = outlook(checks, suites.data, selection, settleMs);
        if (current.coming.length !== comingLogged) {
            if (current.coming.length > 0 || comingLogged > 0) {
                step_log/* info */.pq(`  ${current.coming.length} check suite(s) queued or in progress (checks still to come)`);
            }
            comingLogged = current.coming.length;
        }
        const { pending, coming } = current;
        // What speeds polling up again: a new check or suite, or everything done. One of many
        // checks completing does not: with 40 checks ending one by one that would poll every second.
        const shape = JSON.stringify([
            checks.map(c => [c.name, c.source]),
            coming.map(suite => suite.id),
            pending.length === 0
        ]);
        const news = shape !== lastShape;
        lastShape = shape;
        if (settings.failFast) {
            const failed = checks.find(check => check.completed && !settings.allowedConclusions.includes(check.conclusion ?? ''));
            if (failed) {
                endedEarly = true;
                return { done: true, value: true };
            }
        }
        const nothingAsked = selection.required !== undefined &&
            selection.required.length === 0 &&
            settings.checks.length === 0;
        if (nothingAsked)
            return { done: true, value: true };
        const waiting = pending.length > 0 ||
            coming.length > 0 ||
            missingNow().length > 0 ||
            current.missingRequired.length > current.hopeless.length ||
            (checks.length === 0 && (selection.required ?? []).length === 0);
        if (waiting) {
            if (pending.length > 0 && earlier === undefined) {
                // Once: how long the same checks took on the commit before (a check suite's `before`).
                earlier = new Map();
                const parent = suites.data
                    .map(suite => suite.before)
                    .find(sha => sha && !NO_SHA.test(sha));
                if (parent) {
                    earlier = durationsOf(await checkRunsOf(client, parent).catch((error) => {
                        step_log/* debug */.Yz(`The check runs of ${parent} could not be read: ${String(error)}`);
                        return [];
                    }));
                }
            }
            // A suite still to come with none of its check runs running (queued, or more jobs due
            // after `needs:`) has no end to predict; one whose jobs run ends with them.
            const unforeseen = coming.some(suite => !pending.some(check => check.suiteId === suite.id));
            schedule.expectEnd(unforeseen || missingNow().length > 0 || current.missingRequired.length > 0
                ? undefined
                : predictEnd(checks, earlier ?? new Map(), client.serverClock.now()));
            return { done: false, changed: news };
        }
        const serverNow = client.serverClock.now();
        if (current.settledAt === undefined || serverNow >= current.settledAt) {
            return { done: true, value: true };
        }
        // One poll when the settle window ends, not a back-off series through it.
        schedule.expectEnd({ earliest: current.settledAt, latest: current.settledAt });
        return { done: false, changed: news };
    }, {
        clock,
        deadline,
        schedule,
        label: `Listing the checks of ${settings.ref}`,
        onHeartbeat: async (silentForMs) => {
            const pending = checks.filter(check => !check.completed);
            const missing = [...missingNow(), ...current.missingRequired.map(r => r.context)];
            step_log/* info */.pq(`Still waiting after ${(0,poll_loop/* formatDuration */.a3)(silentForMs)} without a new check: ${pending.length} of ${checks.length} check(s) in progress${pending.length > 0 ? ` (${pending.map(c => JSON.stringify(c.name)).join(', ')})` : ''}${current.coming.length > 0 ? `; ${current.coming.length} check suite(s) queued or in progress` : ''}${missing.length > 0 ? `; not created yet: ${missing.map(m => JSON.stringify(m)).join(', ')}` : ''}.`);
        }
    });
    return {
        operation: 'wait-for-checks',
        ref: settings.ref,
        checks,
        missing: missingNow(),
        ...(branch
            ? {
                requiredBranch: branch.name,
                missingRequired: current.missingRequired.map(describeRequired)
            }
            : {}),
        suitesComing: current.coming.length,
        none: checks.length === 0 && (selection.required === undefined || settings.checks.length > 0),
        timedOut: !outcome.done,
        endedEarly,
        ownLeftOut,
        timeoutSeconds: settings.timeoutSeconds,
        waitedMs: clock.now() - started,
        allowedConclusions: settings.allowedConclusions,
        patterns: settings.checks
    };
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


/***/ })

};
