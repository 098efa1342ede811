import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5121:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ actionsReporter)
/* harmony export */ });
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6686);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6812);


const actionsReporter = {
    info: text => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(text),
    debug: text => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(text),
    annotate: (level, text, properties) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .annotate */ .fz(level, text, properties),
    startGroup: title => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .startGroup */ .Oh(title),
    endGroup: () => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .endGroup */ .N4(),
    /**
     * Prints fetched lines verbatim so they read exactly as they were, yet the runner executes
     * none: between "::stop-commands::<token>" and "::<token>::" it ignores every command in both
     * forms. The token is fresh and random each time and does not occur in the text (see
     * stopToken), so the text cannot end the pause itself; a "::stop-commands::" line inside it is
     * just ignored.
     */
    verbatim: (title, text) => {
        const token = (0,_step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .stopToken */ .WH)(text);
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .startGroup */ .Oh(title);
        try {
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`::stop-commands::${token}`);
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(text);
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`::${token}::`);
        }
        finally {
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .endGroup */ .N4();
        }
    },
    secret: value => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(value),
    fail: text => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(text)
};


/***/ }),

/***/ 6812:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   bj: () => (/* binding */ summaryFile),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The part of @actions/core 3 the action uses — inputs, masks, outputs, the step log's workflow
 * commands, the job summary's append — writing the same bytes as @actions/core (the tests run
 * both and compare). @actions/core itself is not imported: its OIDC helper imports
 * @actions/http-client, which loads undici and Node's http, https and http2 at start-up, and the
 * action never asks for an OIDC token. Measured on Node 24: a bundle that only imports
 * @actions/core starts at 66 MiB RSS against an idle Node's 43 (docs/performance.md,
 * "Start-up without undici").
 */




/** An input as the runner passes it (INPUT_<NAME>), trimmed; '' when not set. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** Workflow-command data: %, CR and LF escaped. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A workflow-command property value: also ':' and ','. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,…::message` on a line of its own; properties without a value are left out. */
function issue(name, message = '', properties = {}) {
    const given = Object.entries(properties).filter(([, value]) => value);
    const props = given.map(([key, value]) => `${key}=${escapeProperty(commandValue(value))}`);
    const head = props.length > 0 ? `::${name} ${props.join(',')}` : `::${name}`;
    process.stdout.write(`${head}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function setSecret(secret) {
    issue('add-mask', secret);
}
/**
 * A step output: through the GITHUB_OUTPUT file as a heredoc with a fresh random delimiter, or,
 * without that file (an old runner), the deprecated set-output command.
 */
function setOutput(name, value) {
    const file = process.env['GITHUB_OUTPUT'] || '';
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
        issue('set-output', value, { name });
        return;
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (value.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, {
        encoding: 'utf8'
    });
}
function info(text) {
    process.stdout.write(text + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
}
function debug(text) {
    issue('debug', text);
}
/** An annotation, its location given as the runner names the properties. */
function annotate(level, text, properties = {}) {
    const located = Object.keys(properties).length === 0
        ? {}
        : {
            title: properties.title,
            file: properties.file,
            line: properties.startLine,
            endLine: properties.endLine,
            col: properties.startColumn,
            endColumn: properties.endColumn
        };
    issue(level, text, located);
}
function startGroup(title) {
    issue('group', title);
}
function endGroup() {
    issue('endgroup');
}
/** An error annotation, and the step fails when the process ends. */
function setFailed(text) {
    process.exitCode = 1;
    annotate('error', text);
}
/**
 * Whether the job summary file can be written, with @actions/core's sentences when it cannot
 * (no GITHUB_STEP_SUMMARY, or a file that is not readable and writable).
 */
async function summaryFile() {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    return file;
}
/** Appends text and a newline to the job summary (`core.summary.addRaw(text, true).write()`). */
async function appendSummary(text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(await summaryFile(), text + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL, { encoding: 'utf8' });
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ API_VERSIONS),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   K_: () => (/* binding */ CHECKS_SETTLE_MAX_MS),
/* harmony export */   N3: () => (/* binding */ CHECKS_SETTLE_POLLS),
/* harmony export */   QQ: () => (/* binding */ ALL_RUNS_SETTLE_POLLS),
/* harmony export */   ST: () => (/* binding */ LOG_LIMITS),
/* harmony export */   WJ: () => (/* binding */ INPUT_DEFAULTS),
/* harmony export */   Wo: () => (/* binding */ ARTIFACT_LIMITS),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   gE: () => (/* binding */ OPERATION_INPUTS),
/* harmony export */   s7: () => (/* binding */ COMMON_INPUTS),
/* harmony export */   tY: () => (/* binding */ Outputs),
/* harmony export */   xb: () => (/* binding */ OPERATIONS)
/* harmony export */ });
/* unused harmony export RESULTS_INPUTS */
/** Input and output names, as action.yml spells them (one place, like actions/cache's constants). */
const Inputs = {
    Operation: 'operation',
    Token: 'token',
    Repository: 'repository',
    GithubApiUrl: 'github-api-url',
    ApiVersion: 'api-version',
    Summary: 'summary',
    RunId: 'run-id',
    Workflow: 'workflow',
    Branch: 'branch',
    HeadSha: 'head-sha',
    Event: 'event',
    CreatedAfter: 'created-after',
    Created: 'created',
    MaxRuns: 'max-runs',
    TimeoutSeconds: 'timeout-seconds',
    PollIntervalSeconds: 'poll-interval-seconds',
    AllowedConclusions: 'allowed-conclusions',
    CancelOnTimeout: 'cancel-on-timeout',
    Force: 'force',
    Wait: 'wait',
    Jobs: 'jobs',
    EnableDebugLogging: 'enable-debug-logging',
    MaxAttempts: 'max-attempts',
    Attempt: 'attempt',
    FailedOnly: 'failed-only',
    LogDir: 'log-dir',
    MaxLogBytes: 'max-log-bytes',
    TailLines: 'tail-lines',
    FailOnMissing: 'fail-on-missing',
    IfNoLogsFound: 'if-no-logs-found',
    Environments: 'environments',
    Decision: 'decision',
    Comment: 'comment',
    WaitForPending: 'wait-for-pending',
    Target: 'target',
    Ref: 'ref',
    DispatchInputs: 'inputs',
    CorrelationInput: 'correlation-input',
    AllRuns: 'all-runs',
    Checks: 'checks',
    IgnoreChecks: 'ignore-checks',
    FailFast: 'fail-fast',
    DownloadArtifacts: 'download-artifacts',
    ArtifactsDir: 'artifacts-dir',
    MaxArtifactBytes: 'max-artifact-bytes',
    ArtifactsRequired: 'artifacts-required',
    OutputsArtifact: 'outputs-artifact',
    RequiredChecks: 'required-checks'
};
const Outputs = {
    RunId: 'run-id',
    RunUrl: 'run-url',
    Status: 'status',
    Conclusion: 'conclusion',
    Attempt: 'attempt',
    DurationSeconds: 'duration-seconds',
    CancelledRunIds: 'cancelled-run-ids',
    Rerun: 'rerun',
    RerunJobIds: 'rerun-job-ids',
    LogDir: 'log-dir',
    Files: 'files',
    FailedJobs: 'failed-jobs',
    ReviewedEnvironments: 'reviewed-environments',
    Decision: 'decision',
    UsageFile: 'usage-file',
    Usage: 'usage',
    RunDurationMs: 'run-duration-ms',
    TotalJobMs: 'total-job-ms',
    BillableMs: 'billable-ms',
    Runs: 'runs',
    Checks: 'checks',
    Jobs: 'jobs',
    Artifacts: 'artifacts',
    RunOutputs: 'run-outputs',
    Annotations: 'annotations'
};
const OPERATIONS = [
    'wait-for-run',
    'rerun-failed',
    'cancel',
    'fetch-logs',
    'approve-deployment',
    'report-usage',
    'dispatch',
    'wait-for-checks'
];
const API_VERSIONS = ['2022-11-28', '2026-03-10'];
/** Inputs every operation reads; the only ones with a default in action.yml. */
const COMMON_INPUTS = [
    Inputs.Operation,
    Inputs.Token,
    Inputs.Repository,
    Inputs.GithubApiUrl,
    Inputs.ApiVersion,
    Inputs.Summary,
    Inputs.TimeoutSeconds
];
/** What the run produced, read once it completes: wait-for-run, and dispatch with wait. */
const RESULTS_INPUTS = [
    Inputs.DownloadArtifacts,
    Inputs.ArtifactsDir,
    Inputs.MaxArtifactBytes,
    Inputs.ArtifactsRequired,
    Inputs.OutputsArtifact
];
/** Which operation-specific inputs each operation reads; any other given input is ignored with a warning. */
const OPERATION_INPUTS = {
    'wait-for-run': [
        Inputs.RunId,
        Inputs.Workflow,
        Inputs.Branch,
        Inputs.HeadSha,
        Inputs.Event,
        Inputs.CreatedAfter,
        Inputs.PollIntervalSeconds,
        Inputs.AllowedConclusions,
        Inputs.CancelOnTimeout,
        Inputs.AllRuns,
        Inputs.Jobs,
        ...RESULTS_INPUTS
    ],
    cancel: [
        Inputs.RunId,
        Inputs.Workflow,
        Inputs.Branch,
        Inputs.HeadSha,
        Inputs.Event,
        Inputs.Force,
        Inputs.Wait,
        Inputs.PollIntervalSeconds
    ],
    'rerun-failed': [
        Inputs.RunId,
        Inputs.Jobs,
        Inputs.EnableDebugLogging,
        Inputs.MaxAttempts,
        Inputs.Wait,
        Inputs.AllowedConclusions,
        Inputs.PollIntervalSeconds
    ],
    'fetch-logs': [
        Inputs.RunId,
        Inputs.Attempt,
        Inputs.Jobs,
        Inputs.FailedOnly,
        Inputs.LogDir,
        Inputs.MaxLogBytes,
        Inputs.TailLines,
        Inputs.FailOnMissing,
        Inputs.IfNoLogsFound
    ],
    'approve-deployment': [
        Inputs.RunId,
        Inputs.Environments,
        Inputs.Decision,
        Inputs.Comment,
        Inputs.WaitForPending,
        Inputs.Target,
        Inputs.PollIntervalSeconds
    ],
    'report-usage': [
        Inputs.RunId,
        Inputs.Attempt,
        Inputs.Workflow,
        Inputs.Branch,
        Inputs.Created,
        Inputs.MaxRuns
    ],
    dispatch: [
        Inputs.Workflow,
        Inputs.Ref,
        Inputs.DispatchInputs,
        Inputs.CorrelationInput,
        Inputs.Wait,
        Inputs.AllowedConclusions,
        Inputs.PollIntervalSeconds,
        Inputs.CancelOnTimeout,
        ...RESULTS_INPUTS
    ],
    'wait-for-checks': [
        Inputs.Ref,
        Inputs.Checks,
        Inputs.IgnoreChecks,
        Inputs.RequiredChecks,
        Inputs.Branch,
        Inputs.AllowedConclusions,
        Inputs.PollIntervalSeconds,
        Inputs.FailFast
    ]
};
/**
 * Defaults applied by the code when an input is empty, as the text a user would have typed, so
 * they are parsed exactly like given values. The README's inputs table shows these; a test keeps
 * action.yml, this table and the README in agreement.
 */
const INPUT_DEFAULTS = {
    'api-version': '2022-11-28',
    summary: 'true',
    'timeout-seconds': '3600',
    'poll-interval-seconds': '30',
    'allowed-conclusions': 'success',
    'cancel-on-timeout': 'false',
    force: 'false',
    wait: 'false',
    'enable-debug-logging': 'false',
    'max-attempts': '3',
    'failed-only': 'true',
    'max-log-bytes': '1073741824',
    'tail-lines': '50',
    'fail-on-missing': 'false',
    'if-no-logs-found': 'error',
    'wait-for-pending': 'false',
    target: 'environments',
    'max-runs': '50',
    'all-runs': 'false',
    'fail-fast': 'false',
    'max-artifact-bytes': '2147483648',
    'artifacts-required': 'false'
};
/**
 * wait-for-run with all-runs: after every matching run has completed, keep polling this many
 * intervals for runs that appear late (other workflows of the same commit start a little apart).
 */
const ALL_RUNS_SETTLE_POLLS = 3;
/**
 * wait-for-checks: once every check seen has completed, look again after a settle window of this
 * many poll intervals, at most CHECKS_SETTLE_MAX_MS, for checks created late (a job's dependent
 * queued a moment after it ends, an app reporting after CI). A check that appears or changes
 * restarts the window.
 */
const CHECKS_SETTLE_POLLS = 3;
const CHECKS_SETTLE_MAX_MS = 10_000;
/** Caps that are not inputs (documented in docs/operations.md under fetch-logs). */
const LOG_LIMITS = {
    maxEntries: 10_000,
    maxCompressionRatio: 200
};
/** Caps on downloaded artifacts that are not inputs (documented in docs/operations.md). */
const ARTIFACT_LIMITS = {
    /** Entries in one artifact's zip: an artifact of thousands of small files is normal. */
    maxEntries: 100_000,
    maxCompressionRatio: 200,
    /** The outputs-artifact's JSON file. */
    maxOutputsBytes: 1024 * 1024,
    /** Check-run annotations shown (summary and output) for a run whose conclusion failed. */
    maxAnnotations: 50
};
const USER_AGENT = 'runctl/1.0.0';


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   OK: () => (/* binding */ OperationError),
/* harmony export */   SX: () => (/* binding */ apiMessage),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Up: () => (/* binding */ missingPermission),
/* harmony export */   Wp: () => (/* binding */ BudgetError),
/* harmony export */   XM: () => (/* binding */ pathOf),
/* harmony export */   aV: () => (/* binding */ permissionGap),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   f7: () => (/* binding */ MalformedResponseError),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   qK: () => (/* binding */ isProgrammingError),
/* harmony export */   tX: () => (/* binding */ rateLimitOf),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/* unused harmony exports responseHeader, isNetworkFailure, internalErrorSentence, acceptedPermissions */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7242);
/** Telling API failures apart, and turning any thrown value into one readable sentence. */

/** An error whose message is already the one sentence the user should read. */
class OperationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OperationError';
    }
}
/** A 2xx answer whose body was not what the endpoint returns (truncated or not JSON). */
class MalformedResponseError extends Error {
    constructor(what) {
        super(`GitHub answered ${what} with a body that is not valid JSON of the expected shape.`);
        this.name = 'MalformedResponseError';
    }
}
/**
 * No HTTP answer at all: the request timed out or the connection failed. Worded as what
 * happened, never as a status GitHub did not send (octokit reports both as "500").
 */
class TransportError extends Error {
    kind;
    method;
    constructor(kind, method, path, detail) {
        super(kind === 'timeout'
            ? `GitHub did not answer ${method} ${path} within ${detail} s.`
            : `The connection to GitHub failed on ${method} ${path} (${detail}).`);
        this.kind = kind;
        this.method = method;
        this.name = 'TransportError';
    }
}
/**
 * A wait (rate limit, retry) that cannot fit in the time budget: the step fails at once with
 * when the wait would end and how to allow it, instead of sleeping past timeout-seconds.
 */
class BudgetError extends OperationError {
    constructor(message) {
        super(message);
        this.name = 'BudgetError';
    }
}
function asHttpLike(error) {
    return typeof error === 'object' && error !== null ? error : undefined;
}
function httpStatus(error) {
    const status = asHttpLike(error)?.status;
    return typeof status === 'number' ? status : undefined;
}
function responseHeader(error, name) {
    return asHttpLike(error)?.response?.headers?.[name.toLowerCase()];
}
/** GitHub's own message from an error body, e.g. "Cannot cancel a workflow run that is completed." */
function apiMessage(error) {
    const data = asHttpLike(error)?.response?.data;
    if (typeof data === 'object' && data !== null && 'message' in data) {
        const message = data.message;
        if (typeof message === 'string')
            return message;
    }
    const message = asHttpLike(error)?.message;
    return typeof message === 'string' ? message : '';
}
/**
 * Whether an answer is a rate limit, and which: `primary` (the hourly quota is spent: wait for
 * x-ratelimit-reset) or `secondary` (too much too fast: wait retry-after, else a minute).
 * GitHub answers both with 403 or 429 (docs: rate-limits-for-the-rest-api): a 429 always, a
 * 403 when x-ratelimit-remaining is 0, when it sends retry-after, or when its message says
 * "rate limit" (a proxy may drop the headers, never the body).
 */
function rateLimitOf(answer) {
    const { status, headers } = answer;
    if (status !== 403 && status !== 429)
        return undefined;
    const message = answer.message ?? '';
    const secondary = /\bsecondary rate\b/i.test(message);
    const exhausted = String(headers['x-ratelimit-remaining']) === '0';
    const reset = Number(headers['x-ratelimit-reset']);
    if (exhausted && !secondary && Number.isFinite(reset) && reset > 0)
        return 'primary';
    if (status === 429 ||
        exhausted ||
        secondary ||
        headers['retry-after'] !== undefined ||
        /rate limit/i.test(message)) {
        return 'secondary';
    }
    return undefined;
}
function classify(error) {
    if (error instanceof MalformedResponseError || error instanceof TransportError)
        return 'temporary';
    const status = httpStatus(error);
    if (status !== undefined) {
        if (isRateLimited(error))
            return 'rate-limited';
        if (status >= 500)
            return 'temporary';
        if (status === 401 || permissionGap(error) !== undefined)
            return 'permission';
        return status >= 400 ? 'refused' : 'other';
    }
    if (isNetworkFailure(error))
        return 'temporary';
    if (isProgrammingError(error))
        return 'internal';
    return 'other';
}
/** Worth trying again later: server errors, rate limits, network failures, timeouts, truncated bodies. */
function isTransient(error) {
    const found = classify(error);
    return found === 'temporary' || found === 'rate-limited';
}
function isRateLimited(error) {
    const status = httpStatus(error);
    if (status === undefined)
        return false;
    const headers = asHttpLike(error)?.response?.headers ?? {};
    return rateLimitOf({ status, headers, message: apiMessage(error) }) !== undefined;
}
/** The classes of JavaScript's own errors: a bug in runctl, never something to retry. */
const PROGRAMMING_ERRORS = new Set([
    'TypeError',
    'RangeError',
    'ReferenceError',
    'SyntaxError',
    'EvalError',
    'URIError'
]);
/**
 * No answer: a timeout or abort, or a failure of the connection. fetch (undici) reports the
 * latter as `TypeError: fetch failed` with the reason in `cause` (a code such as ECONNRESET, or
 * undici's own error), so it is told by its cause, never by its class.
 */
function isNetworkFailure(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const { name, code, cause } = error;
    if (name === 'AbortError' || name === 'TimeoutError')
        return true;
    if (typeof code === 'string' && NETWORK_CODE.test(code))
        return true;
    if (typeof cause !== 'object' || cause === null)
        return false;
    const inner = cause;
    if (typeof inner.code === 'string' && NETWORK_CODE.test(inner.code))
        return true;
    return inner.name === 'AbortError' || inner.name === 'TimeoutError';
}
/** Error codes of a connection that failed or broke (Node's and undici's). */
const NETWORK_CODE = /^(E(CONN(RESET|REFUSED|ABORTED)|TIMEDOUT|PIPE|NOTFOUND|AI_AGAIN|HOSTUNREACH|NETUNREACH|NETDOWN|PROTO)|UND_ERR_\w+)$/;
/** A TypeError, RangeError, ReferenceError… that is not a network failure: a bug in runctl. */
function isProgrammingError(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    // By name, not instanceof: errors from another realm (a vm context, a test runner) count too.
    const name = error.name;
    return typeof name === 'string' && PROGRAMMING_ERRORS.has(name) && !isNetworkFailure(error);
}
/** The step's one sentence for a bug in runctl; the stack goes to the debug log (main.ts). */
function internalErrorSentence(error) {
    const { name, message } = error;
    const what = typeof message === 'string' && message ? `${String(name)}: ${message}` : String(name);
    return `runctl hit an internal error (${what.split('\n')[0]}), please report it with the step's debug log (the stack is there).`;
}
// ---------------------------------------------------------------------------------------------
// Permissions: what GitHub says a refused call needed
// ---------------------------------------------------------------------------------------------
/**
 * GitHub sends X-Accepted-GitHub-Permissions to GitHub Apps (GITHUB_TOKEN included) and
 * fine-grained tokens, on every answer: sets separated by ";" (any one set suffices), the
 * permissions of a set by "," (all of them needed), each as name=level ("actions=write").
 * "actions=write" reads "actions: write"; "a=read,b=read; c=write" reads
 * "a: read and b: read, or c: write".
 */
function acceptedPermissions(header) {
    const sets = (header ?? '')
        .split(';')
        .map(set => set
        .split(',')
        .map(pair => pair.trim().split('='))
        .filter((pair) => pair.length === 2 && !!pair[0] && !!pair[1])
        .map(([name, level]) => `${name.trim().replace(/_/g, ' ')}: ${level.trim()}`))
        .filter(set => set.length > 0)
        .map(set => joinWords(set, 'and'));
    return sets.length > 0 ? joinWords(sets, 'or') : undefined;
}
function joinWords(words, conjunction) {
    if (words.length <= 1)
        return words[0] ?? '';
    return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
const GITHUB_TOKEN_HINT = " (for GITHUB_TOKEN, in the job's permissions:)";
/** The scopes of a comma-separated X-OAuth-Scopes / X-Accepted-OAuth-Scopes header. */
function scopes(header) {
    return (header ?? '')
        .split(',')
        .map(scope => scope.trim())
        .filter(scope => scope.length > 0);
}
/** owner/repo of a /repos/{owner}/{repo}/… request, as the messages name it. */
function repositoryOf(error) {
    const url = asHttpLike(error)?.request?.url;
    if (typeof url !== 'string')
        return undefined;
    const match = /\/repos\/([^/?#]+)\/([^/?#]+)/.exec(pathOf(url));
    return match
        ? `${decodeURIComponent(match[1] ?? '')}/${decodeURIComponent(match[2] ?? '')}`
        : undefined;
}
/**
 * What the token lacks, when GitHub's answer says so. GitHub names what a call accepts on every
 * answer (X-Accepted-GitHub-Permissions for apps, GITHUB_TOKEN and fine-grained tokens;
 * X-Accepted-OAuth-Scopes for classic ones, which also get their own scopes in X-OAuth-Scopes),
 * so the headers alone do not mean a permission is missing:
 * - a classic token whose scopes include none of the accepted ones certainly lacks one;
 * - a 403 "Resource not accessible by integration / personal access token" means the token
 *   lacks the named permission;
 * - a 404 is also what a token that cannot see a private repository gets: maybe.
 * Other 403s (not a reviewer, a run still going) are not a missing permission: undefined.
 */
function permissionGap(error, options = {}) {
    const status = httpStatus(error);
    if ((status !== 403 && status !== 404) || isRateLimited(error))
        return undefined;
    const repository = repositoryOf(error);
    const on = repository ? ` on ${repository}` : '';
    const tokenScopes = responseHeader(error, 'x-oauth-scopes');
    if (tokenScopes !== undefined) {
        const accepted = scopes(responseHeader(error, 'x-accepted-oauth-scopes'));
        const has = scopes(tokenScopes);
        if (accepted.length === 0 || accepted.some(scope => has.includes(scope)))
            return undefined;
        const scope = accepted.length === 1
            ? `the ${accepted[0]} scope`
            : `one of the scopes ${joinWords(accepted, 'or')}`;
        return {
            needs: `${scope}${on} (it has ${has.length > 0 ? has.join(', ') : 'no scope'})`,
            certain: true
        };
    }
    const permissions = acceptedPermissions(responseHeader(error, 'x-accepted-github-permissions'));
    if (permissions === undefined)
        return undefined;
    if (status === 403 && !/not accessible by/i.test(apiMessage(error)))
        return undefined;
    return status === 403
        ? {
            needs: `${permissions}${on}${options.githubTokenHint === false ? '' : GITHUB_TOKEN_HINT}`,
            certain: true
        }
        : { needs: `${permissions}${on}`, certain: false };
}
/**
 * The gap as the end of a sentence: "the token needs actions: write on o/r (…)", or for a 404
 * "it does not exist, or the token lacks actions: read on o/r"; undefined when GitHub named none.
 */
function missingPermission(error, options = {}) {
    const gap = permissionGap(error, options);
    if (gap === undefined)
        return undefined;
    return gap.certain
        ? `the token needs ${gap.needs}`
        : `it does not exist, or the token cannot see it (that needs ${gap.needs})`;
}
/** Any thrown value as one line, never a stack trace. */
function describeError(error) {
    if (error instanceof OperationError)
        return error.message;
    const status = httpStatus(error);
    const version = status === 400 ? unsupportedApiVersion(error) : undefined;
    if (version !== undefined)
        return version;
    if (status !== undefined && asHttpLike(error)?.request) {
        const request = asHttpLike(error)?.request;
        const where = request?.method && request.url ? ` to ${request.method} ${pathOf(request.url)}` : '';
        const detail = apiMessage(error);
        const lacking = missingPermission(error);
        if (lacking !== undefined) {
            return `GitHub answered ${status}${where}${detail ? ` (${detail.replace(/\.$/, '')})` : ''}: ${lacking}.`;
        }
        const hint = statusHint(status, error, request?.method);
        return `GitHub answered ${status}${where}${detail ? `: ${detail.replace(/\.$/, '')}` : ''}.${hint ? ` ${hint}` : ''}`;
    }
    if (isProgrammingError(error))
        return internalErrorSentence(error);
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === 'string')
        return error;
    try {
        return `Unexpected failure: ${JSON.stringify(error)}`;
    }
    catch {
        return 'Unexpected failure.';
    }
}
/**
 * A server that does not know the X-GitHub-Api-Version sent answers every request 400, naming
 * the versions it supports: one sentence naming the input and those versions.
 */
function unsupportedApiVersion(error) {
    const message = apiMessage(error);
    if (!/X-GitHub-Api-Version/i.test(message))
        return undefined;
    const supported = [...(message.split(/supported:/i)[1] ?? '').matchAll(/\d{4}-\d{2}-\d{2}/g)].map(found => found[0]);
    const accepts = supported.length > 0
        ? `it accepts ${supported.join(', ')}`
        : 'see its REST API documentation for the versions it accepts';
    return `The server does not accept the REST API version set in input '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.ApiVersion}' (GitHub answered 400); ${accepts}, so set '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.ApiVersion}' to one of those.`;
}
/** The path of a request URL, without host and query: what messages name. */
function pathOf(url) {
    try {
        const parsed = new URL(url);
        return parsed.pathname;
    }
    catch {
        return url.split('?')[0] ?? url;
    }
}
function statusHint(status, error, method) {
    if (status === 401)
        return 'The token is missing, invalid or expired.';
    if (status === 403 && isRateLimited(error))
        return 'The API rate limit is exhausted; try later.';
    if (status === 403 && /not accessible by integration/i.test(apiMessage(error))) {
        return "The token lacks a permission: give the job 'permissions: actions: write' (or 'actions: read' to only read).";
    }
    if (status === 404) {
        return 'Check the repository and id, and that the token can read that repository.';
    }
    if (status >= 500) {
        return method === 'GET'
            ? 'GitHub had a server error; the request was retried and still failed.'
            : 'GitHub had a server error; writes are not resent blindly, so check the run before trying again.';
    }
    return '';
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_reporter_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5121);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3837);
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6686);



// The bundle's entry reads no environment of its own: no test-only knob ships in dist/.
(0,_step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .setReporter */ .ah)(_action_reporter_js__WEBPACK_IMPORTED_MODULE_0__/* .actionsReporter */ .t);
(0,_step_log_js__WEBPACK_IMPORTED_MODULE_2__/* .failOnStrayErrors */ .q5)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .I);
await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   mt: () => (/* binding */ getSettings)
/* harmony export */ });
/* unused harmony exports actionInputReader, sendsTokenInClear */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6686);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7242);





/** A problem with what the user gave: one sentence naming the input and what is allowed. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
/** The runner's way, for callers that pass no reader: INPUT_<NAME>, trimmed. */
function actionInputReader(env) {
    return name => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** The reader of the getSettings call in progress (getSettings is synchronous). */
let readInput = actionInputReader(process.env);
/** Reads one input; an empty or blank value means "not given". */
function optional(name) {
    const value = readInput(name);
    return value === '' ? undefined : value;
}
/**
 * A control character (C0, DEL, C1), newline included. Inputs that name one thing (a token, a
 * URL, a branch, a path) cannot contain one, and an echoed newline could start a workflow command.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
/** The input, or the code's documented default for it when it was not given. */
function withDefault(name) {
    return optional(name) ?? _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_DEFAULTS */ .WJ[name];
}
function positiveInteger(name, value) {
    if (value === undefined)
        return undefined;
    if (!/^[0-9]+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
        throw new InputError(`Input '${name}' must be a positive integer.`);
    }
    return Number(value);
}
function seconds(name, allowZero) {
    const value = withDefault(name) ?? '0';
    const parsed = /^[0-9]+(\.[0-9]+)?$/.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(parsed) || (!allowZero && parsed === 0)) {
        const kind = allowZero ? 'a non-negative' : 'a positive';
        throw new InputError(`Input '${name}' must be ${kind} number of seconds (fractions like 0.5 are allowed).`);
    }
    return parsed;
}
function bool(name) {
    const value = withDefault(name) ?? 'false';
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(`Input '${name}' must be true or false.`);
}
/** Newline-separated (matrix job names contain commas); commas too where names cannot. */
function list(name, commasToo) {
    return splitList(optional(name) ?? '', commasToo);
}
function splitList(value, commasToo) {
    const separator = commasToo ? /[\n,]/ : /\n/;
    return value
        .split(separator)
        .map(item => item.trim())
        .filter(item => item !== '');
}
function oneOf(name, allowed) {
    const value = withDefault(name);
    if (value !== undefined && allowed.includes(value))
        return value;
    const verb = value === undefined ? 'is required and must' : 'must';
    throw new InputError(`Input '${name}' ${verb} be one of: ${allowed.join(', ')}.`);
}
function common(env) {
    const token = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Token);
    if (token === undefined) {
        throw new InputError(`Input 'token' is required: pass \${{ github.token }} or a token with access to the repository.`);
    }
    // It becomes an HTTP header: one line, no spaces (never echoed, not even in part).
    if (/\s/.test(token) || CONTROL_CHARACTER.test(token)) {
        throw new InputError(`Input 'token' must be one token, without spaces, newlines or control characters.`);
    }
    const repository = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Repository) ?? env['GITHUB_REPOSITORY'] ?? '';
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!match)
        throw new InputError(`Input 'repository' must be in the form owner/name.`);
    const apiUrl = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.GithubApiUrl) ?? env['GITHUB_API_URL'] ?? 'https://api.github.com';
    if (!isHttpUrl(apiUrl)) {
        throw new InputError(`Input 'github-api-url' must be an http(s) URL such as https://api.github.com, https://api.SUBDOMAIN.ghe.com or https://HOST/api/v3.`);
    }
    if (sendsTokenInClear(apiUrl)) {
        _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`Input 'github-api-url' is a plain http URL to another machine, so the token crosses the network unencrypted; use an https URL.`);
    }
    const currentRunId = /^[0-9]+$/.test(env['GITHUB_RUN_ID'] ?? '')
        ? Number(env['GITHUB_RUN_ID'])
        : undefined;
    return {
        token,
        owner: match[1],
        repo: match[2],
        apiUrl: apiUrl.replace(/\/+$/, ''),
        apiVersion: oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.ApiVersion, _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .API_VERSIONS */ .Bo),
        summary: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Summary),
        timeoutSeconds: seconds(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.TimeoutSeconds, true),
        currentRunId,
        currentRepository: env['GITHUB_REPOSITORY'] || undefined
    };
}
/** Plain http to anything but this machine (127.0.0.0/8, ::1, localhost): the token in clear. */
function sendsTokenInClear(apiUrl) {
    const url = new URL(apiUrl);
    if (url.protocol !== 'http:')
        return false;
    const host = url.hostname.toLowerCase();
    const loopback = host === 'localhost' ||
        host.endsWith('.localhost') ||
        host === '[::1]' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
    return !loopback;
}
function isHttpUrl(value) {
    // The URL parser silently drops tabs and newlines; the raw text would still be used.
    if (/\s/.test(value) || CONTROL_CHARACTER.test(value))
        return false;
    try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
    }
    catch {
        return false;
    }
}
function polling() {
    return {
        pollIntervalSeconds: seconds(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.PollIntervalSeconds, false)
    };
}
function runFilter() {
    const createdAfterText = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.CreatedAfter);
    let createdAfter;
    if (createdAfterText !== undefined) {
        createdAfter = new Date(createdAfterText);
        if (!/^\d{4}-\d{2}-\d{2}/.test(createdAfterText) || Number.isNaN(createdAfter.getTime())) {
            throw new InputError(`Input 'created-after' must be an ISO 8601 time such as 2026-01-31T12:00:00Z.`);
        }
    }
    return {
        workflow: workflowInput(),
        branch: branchInput(),
        headSha: headShaInput(),
        event: eventInput(),
        createdAfter
    };
}
function workflowInput() {
    const workflow = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Workflow);
    if (workflow !== undefined && !/^([0-9]+|[A-Za-z0-9_.-]+\.ya?ml)$/.test(workflow)) {
        throw new InputError(`Input 'workflow' must be a workflow file name such as ci.yml or a numeric workflow id.`);
    }
    return workflow;
}
/** A branch name as git allows it (git check-ref-format): no newline can get through. */
function branchInput() {
    const branch = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Branch);
    if (branch !== undefined && !isGitBranchName(branch)) {
        throw new InputError(`Input 'branch' must be a git branch name: no spaces, control characters, '..', '@{' or any of ~ ^ : ? * [ \\, and not HEAD or starting with '-'.`);
    }
    return branch;
}
/**
 * The rules of `git check-ref-format --branch` (refs/heads/<name> is a valid ref, and the name
 * neither starts with '-' nor is HEAD), plus one of ours: no C1 control character either (git
 * allows U+0080–U+009F; the runner reads U+0085 as a line break). Checked against git itself by
 * a property test (__tests__/inputs-hostile.test.ts).
 */
function isGitBranchName(name) {
    if (name === '' || name === 'HEAD' || name.startsWith('-'))
        return false;
    if (name.startsWith('/') || name.endsWith('/') || name.endsWith('.'))
        return false;
    if (name.includes('..') || name.includes('@{') || name.includes('//'))
        return false;
    if (/[ ~^:?*[\\]/.test(name) || CONTROL_CHARACTER.test(name))
        return false;
    return name.split('/').every(part => !part.startsWith('.') && !part.endsWith('.lock'));
}
/** A webhook event name such as push or pull_request_target. */
function eventInput() {
    const event = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Event);
    if (event !== undefined && !/^[a-z_]+$/.test(event)) {
        throw new InputError(`Input 'event' must be a GitHub event name such as push, pull_request or workflow_dispatch.`);
    }
    return event;
}
/** GitHub's date query syntax: >=2026-01-01, 2026-01-01..2026-01-31, *..2026-01-31 … */
function createdInput() {
    const created = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Created);
    const date = String.raw `\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?`;
    const query = new RegExp(String.raw `^((>=|<=|>|<)?${date}|(${date}|\*)\.\.(${date}|\*))$`);
    if (created !== undefined && !query.test(created)) {
        throw new InputError(`Input 'created' must be a date filter as GitHub accepts it, such as >=2026-01-01 or 2026-01-01..2026-01-31.`);
    }
    return created;
}
/** A path on this machine; where it may be depends on the file system (see log-dir.ts). */
function logDirInput(env, runId) {
    return directoryInput(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.LogDir, defaultLogDir(env, runId));
}
function directoryInput(name, fallback) {
    const given = optional(name);
    if (given !== undefined && CONTROL_CHARACTER.test(given)) {
        throw new InputError(`Input '${name}' must be a directory path on one line, without control characters.`);
    }
    return node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(given ?? fallback);
}
function headShaInput() {
    const sha = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.HeadSha);
    if (sha !== undefined && !/^[0-9a-fA-F]{7,64}$/.test(sha)) {
        throw new InputError(`Input 'head-sha' must be a commit SHA (hexadecimal).`);
    }
    return sha;
}
/** A run id, or a filter that needs at least a workflow or a branch (or, for all-runs, a commit). */
function runTarget(operation, allRuns = false) {
    const runId = positiveInteger(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.RunId, optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.RunId));
    const filter = runFilter();
    if (runId !== undefined) {
        const extra = ['workflow', 'branch', 'head-sha', 'event', 'created-after'].find(name => optional(name) !== undefined);
        if (extra) {
            throw new InputError(`Input '${extra}' cannot be combined with 'run-id': give a run id, or a filter to find runs.`);
        }
        if (allRuns) {
            throw new InputError(`Input 'all-runs' waits for every run a filter finds: give 'head-sha', 'branch' or 'workflow' instead of 'run-id'.`);
        }
        return { kind: 'id', runId };
    }
    if (allRuns && filter.workflow === undefined && filter.branch === undefined) {
        if (filter.headSha === undefined) {
            throw new InputError(`Input 'all-runs' needs a filter: give 'head-sha', 'branch' or 'workflow' (or several).`);
        }
        return { kind: 'filter', filter };
    }
    if (filter.workflow === undefined && filter.branch === undefined) {
        throw new InputError(`Input 'run-id' is required for ${operation} unless 'workflow' or 'branch' is given to find runs.`);
    }
    return { kind: 'filter', filter };
}
function requiredRunId(operation) {
    const runId = positiveInteger(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.RunId, optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.RunId));
    if (runId === undefined) {
        throw new InputError(`Input 'run-id' is required for ${operation}: the id of a workflow run.`);
    }
    return runId;
}
function allowedConclusions() {
    const given = list(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.AllowedConclusions, true);
    const conclusions = given.length > 0 ? given : splitList(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_DEFAULTS */ .WJ[_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.AllowedConclusions] ?? '', true);
    const known = [
        'success',
        'failure',
        'cancelled',
        'skipped',
        'neutral',
        'timed_out',
        'action_required',
        'stale',
        'startup_failure'
    ];
    if (conclusions.some(conclusion => !known.includes(conclusion))) {
        throw new InputError(`Input 'allowed-conclusions' may list only: ${known.join(', ')}.`);
    }
    return conclusions;
}
/**
 * An input of another operation is ignored with a one-line warning naming it, as the runner
 * itself does for inputs an action does not declare: one workflow can then pass the same inputs
 * to whichever operation a user picks. Its value is not read, so it is never echoed.
 */
function warnAboutForeignInputs(operation) {
    const applicable = new Set([..._constants_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMON_INPUTS */ .s7, ..._constants_js__WEBPACK_IMPORTED_MODULE_4__/* .OPERATION_INPUTS */ .gE[operation]]);
    for (const name of Object.values(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0)) {
        if (!applicable.has(name) && optional(name) !== undefined) {
            const users = Object.entries(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .OPERATION_INPUTS */ .gE)
                .filter(([, names]) => names.includes(name))
                .map(([op]) => op);
            _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`Input '${name}' is ignored: it does not apply to operation ${operation} (it is used by ${users.join(', ')}).`);
        }
    }
}
function defaultLogDir(env, runId) {
    const base = env['RUNNER_TEMP'] || node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir();
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join(base, 'runctl-logs', String(runId));
}
/**
 * Reads and validates every input once, into the settings of the chosen operation. `read` gives
 * the values: the runner's INPUT_* variables of the process by default, the flags in the CLI.
 */
function getSettings(env = process.env, read = actionInputReader(process.env)) {
    readInput = read;
    return settingsOf(env);
}
function settingsOf(env) {
    const operation = oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Operation, _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .OPERATIONS */ .xb);
    warnAboutForeignInputs(operation);
    const base = common(env);
    switch (operation) {
        case 'wait-for-run': {
            const allRuns = bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.AllRuns);
            const jobs = nameList(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Jobs);
            if (allRuns && jobs.length > 0) {
                throw new InputError(`Input 'jobs' waits for jobs of one run: it cannot be combined with 'all-runs'.`);
            }
            return {
                ...base,
                ...polling(),
                operation,
                target: runTarget(operation, allRuns),
                allowedConclusions: allowedConclusions(),
                cancelOnTimeout: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.CancelOnTimeout),
                allRuns,
                jobs,
                results: resultsSettings(env, { allRuns })
            };
        }
        case 'wait-for-checks':
            return {
                ...base,
                ...polling(),
                ...checksRef(env),
                operation,
                checks: nameList(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Checks),
                ignoreChecks: nameList(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.IgnoreChecks),
                allowedConclusions: allowedConclusions(),
                failFast: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.FailFast),
                requiredChecksBranch: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.RequiredChecks) ? requiredChecksBranch(env) : undefined
            };
        case 'dispatch':
            return { ...base, ...polling(), ...dispatchSettings(env), operation };
        case 'cancel':
            return {
                ...base,
                ...polling(),
                operation,
                target: runTarget(operation),
                force: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Force),
                wait: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Wait)
            };
        case 'rerun-failed': {
            const jobs = list(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Jobs, false);
            if (jobs.length > 1) {
                throw new InputError(`Input 'jobs' takes one job name or glob for rerun-failed: the API re-runs one job at a time.`);
            }
            return {
                ...base,
                ...polling(),
                operation,
                runId: requiredRunId(operation),
                job: jobs[0],
                enableDebugLogging: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.EnableDebugLogging),
                maxAttempts: positiveInteger(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.MaxAttempts, withDefault(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.MaxAttempts)) ?? 1,
                wait: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Wait),
                allowedConclusions: allowedConclusions()
            };
        }
        case 'fetch-logs': {
            const runId = requiredRunId(operation);
            return {
                ...base,
                operation,
                runId,
                attempt: positiveInteger(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Attempt, optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Attempt)),
                jobs: list(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Jobs, false),
                failedOnly: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.FailedOnly),
                logDir: logDirInput(env, runId),
                maxLogBytes: positiveInteger(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.MaxLogBytes, withDefault(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.MaxLogBytes)) ?? 1,
                maxLogEntries: _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .LOG_LIMITS */ .ST.maxEntries,
                maxCompressionRatio: _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .LOG_LIMITS */ .ST.maxCompressionRatio,
                tailLines: nonNegativeInteger(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.TailLines),
                failOnMissing: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.FailOnMissing),
                ifNoLogsFound: oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.IfNoLogsFound, ['error', 'warn', 'ignore'])
            };
        }
        case 'approve-deployment':
            return { ...base, ...polling(), ...approval(env), operation };
        case 'report-usage':
            return { ...base, operation, scope: usageScope(base) };
    }
}
/**
 * Names or globs, one per line; on a single line, comma-separated too (a name with a comma, such
 * as a matrix job's `test (ubuntu, 22)`, goes on its own line). No control characters.
 */
function nameList(name) {
    const value = optional(name) ?? '';
    const names = splitList(value, !value.includes('\n'));
    if (names.some(item => CONTROL_CHARACTER.test(item))) {
        throw new InputError(`Input '${name}' must list names or globs, one per line, without control characters.`);
    }
    return names;
}
/**
 * The commit wait-for-checks reads: the input, else on pull_request / pull_request_target the
 * pull request's head SHA from the event payload (GITHUB_SHA is the merge commit there, which has
 * no checks), else GITHUB_SHA.
 */
function checksRef(env) {
    const given = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Ref);
    if (given !== undefined) {
        if (!/^[0-9a-fA-F]{40}$/.test(given) && !isGitBranchName(given)) {
            throw new InputError(`Input 'ref' must be a commit SHA, a branch or a tag: no spaces, control characters, '..', '@{' or any of ~ ^ : ? * [ \\.`);
        }
        return { ref: given, refOrigin: 'input' };
    }
    const event = env['GITHUB_EVENT_NAME'];
    if (event === 'pull_request' || event === 'pull_request_target') {
        const sha = pullRequestHeadSha(env['GITHUB_EVENT_PATH']);
        if (sha === undefined) {
            throw new InputError(`Input 'ref' is required here: on ${event} the checks are on the pull request's head commit, and its SHA could not be read from the event payload (GITHUB_EVENT_PATH).`);
        }
        return { ref: sha, refOrigin: 'pull request head' };
    }
    const sha = env['GITHUB_SHA'];
    if (sha === undefined || !/^[0-9a-fA-F]{40}$/.test(sha)) {
        throw new InputError(`Input 'ref' is required outside a workflow run (GITHUB_SHA is not set): give a commit SHA, branch or tag.`);
    }
    return { ref: sha, refOrigin: 'GITHUB_SHA' };
}
/**
 * required-checks: the branch whose rules count: input 'branch', else the pull request's base on
 * pull_request / pull_request_target, else 'ref' when it names a branch (not a SHA, not
 * refs/tags/…), else the branch this run was pushed to (GITHUB_REF refs/heads/…) when it waits
 * on this run's commit.
 */
function requiredChecksBranch(env) {
    const given = branchInput();
    if (given !== undefined)
        return { name: given, origin: "input 'branch'" };
    const event = env['GITHUB_EVENT_NAME'];
    if (event === 'pull_request' || event === 'pull_request_target') {
        const base = pullRequestBase(env['GITHUB_EVENT_PATH']);
        if (base !== undefined)
            return { name: base, origin: 'the pull request base' };
    }
    const ref = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Ref);
    if (ref !== undefined) {
        if (!/^[0-9a-fA-F]{40}$/.test(ref) && !ref.startsWith('refs/tags/')) {
            return { name: ref.replace(/^refs\/heads\//, ''), origin: "input 'ref'" };
        }
    }
    else {
        const pushed = /^refs\/heads\/(.+)$/.exec(env['GITHUB_REF'] ?? '')?.[1];
        if (pushed !== undefined && isGitBranchName(pushed))
            return { name: pushed, origin: 'GITHUB_REF' };
    }
    throw new InputError(`Input 'required-checks' needs a branch whose rules to read: give 'branch', run on pull_request or pull_request_target, or give a branch as 'ref'.`);
}
/** The base branch of the pull request in the event payload, when it is a valid branch name. */
function pullRequestBase(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(eventPath, 'utf8'));
        const ref = payload.pull_request?.base?.ref;
        return typeof ref === 'string' && isGitBranchName(ref) ? ref : undefined;
    }
    catch {
        return undefined;
    }
}
function pullRequestHeadSha(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(eventPath, 'utf8'));
        const sha = payload.pull_request?.head?.sha;
        return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
/** What dispatch sends: the workflow, the ref (default: the ref this run is on) and the inputs. */
function dispatchSettings(env) {
    const workflow = workflowInput();
    if (workflow === undefined) {
        throw new InputError(`Input 'workflow' is required for dispatch: the workflow file name (deploy.yml) or numeric id.`);
    }
    // On a pull request GITHUB_REF is refs/pull/N/merge, which cannot be dispatched; its branch can.
    const ref = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Ref) ?? (env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'] || undefined);
    if (ref === undefined) {
        throw new InputError(`Input 'ref' is required outside a workflow run (GITHUB_REF_NAME is not set): give a branch or tag.`);
    }
    if (!isGitBranchName(ref)) {
        throw new InputError(`Input 'ref' must be a git branch or tag name: no spaces, control characters, '..', '@{' or any of ~ ^ : ? * [ \\.`);
    }
    const inputs = dispatchInputs();
    const correlationInput = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.CorrelationInput);
    if (correlationInput !== undefined) {
        if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(correlationInput)) {
            throw new InputError(`Input 'correlation-input' must be the name of a workflow_dispatch input of the target workflow (letters, digits, - and _).`);
        }
        if (correlationInput in inputs) {
            throw new InputError(`Input 'correlation-input' names an input that 'inputs' also sets: runctl fills that input with its marker, so leave it out of 'inputs'.`);
        }
    }
    const wait = bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Wait);
    const cancelOnTimeout = bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.CancelOnTimeout);
    if (cancelOnTimeout && !wait) {
        throw new InputError(`Input 'cancel-on-timeout' applies to dispatch only with 'wait: true'.`);
    }
    const results = resultsSettings(env, { allRuns: false });
    const needsWait = [_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.DownloadArtifacts, _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.OutputsArtifact].find(name => optional(name) !== undefined);
    if (needsWait !== undefined && !wait) {
        throw new InputError(`Input '${needsWait}' applies to dispatch only with 'wait: true': the run's results exist once it completes.`);
    }
    return {
        workflow,
        ref,
        inputs,
        correlationInput,
        wait,
        allowedConclusions: allowedConclusions(),
        cancelOnTimeout,
        results
    };
}
/**
 * What to bring back once the run completes: artifacts by name or glob, the outputs artifact.
 * Artifact names are one path segment on GitHub (no / \\ : * ? " < > |), so commas cannot be
 * part of one and separate globs on any line.
 */
function resultsSettings(env, options) {
    const downloadArtifacts = list(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.DownloadArtifacts, true);
    if (downloadArtifacts.some(glob => CONTROL_CHARACTER.test(glob))) {
        throw new InputError(`Input 'download-artifacts' must list artifact names or globs, one per line or comma-separated, without control characters.`);
    }
    const outputsArtifact = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.OutputsArtifact)?.trim();
    if (outputsArtifact !== undefined &&
        (/[/\\:*?"<>|]/.test(outputsArtifact) || CONTROL_CHARACTER.test(outputsArtifact))) {
        throw new InputError(`Input 'outputs-artifact' must be one artifact name, without / \\ : * ? " < > | or control characters.`);
    }
    if (outputsArtifact !== undefined && options.allRuns) {
        throw new InputError(`Input 'outputs-artifact' reads the outputs of one run: it cannot be combined with 'all-runs'.`);
    }
    const artifactsRequired = bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.ArtifactsRequired);
    if (artifactsRequired && downloadArtifacts.length === 0) {
        throw new InputError(`Input 'artifacts-required' applies only with 'download-artifacts': name the artifacts that must be there.`);
    }
    return {
        downloadArtifacts,
        artifactsDir: directoryInput(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.ArtifactsDir, node_path__WEBPACK_IMPORTED_MODULE_0__.join(env['RUNNER_TEMP'] || node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'runctl-artifacts')),
        maxArtifactBytes: positiveInteger(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.MaxArtifactBytes, withDefault(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.MaxArtifactBytes)) ?? 1,
        maxArtifactEntries: _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ARTIFACT_LIMITS */ .Wo.maxEntries,
        maxCompressionRatio: _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ARTIFACT_LIMITS */ .Wo.maxCompressionRatio,
        artifactsRequired,
        ...(outputsArtifact !== undefined ? { outputsArtifact } : {})
    };
}
/**
 * The `inputs` JSON object. GitHub passes every workflow_dispatch input as a string, so numbers
 * and booleans are converted (true → "true", 3 → "3"); anything else is refused. Values are
 * never echoed: they may be secret.
 */
function dispatchInputs() {
    const text = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.DispatchInputs);
    if (text === undefined)
        return {};
    const shape = `a JSON object of workflow input names to values, such as {"environment": "staging", "dry-run": true}`;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new InputError(`Input 'inputs' must be ${shape}; it is not valid JSON.`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new InputError(`Input 'inputs' must be ${shape}.`);
    }
    const inputs = {};
    for (const [name, value] of Object.entries(parsed)) {
        if (typeof value === 'string')
            inputs[name] = value;
        else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
            inputs[name] = String(value);
        }
        else {
            const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
            throw new InputError(`Input 'inputs' may hold only strings, numbers and booleans (GitHub passes workflow inputs as strings); one value is ${kind}.`);
        }
    }
    return inputs;
}
function nonNegativeInteger(name) {
    const value = withDefault(name) ?? '0';
    if (!/^[0-9]+$/.test(value))
        throw new InputError(`Input '${name}' must be a whole number.`);
    return Number(value);
}
function approval(env) {
    const runId = requiredRunId('approve-deployment');
    const target = oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Target, [
        'environments',
        'fork-pr',
        'protection-rule'
    ]);
    const environments = list(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Environments, true);
    let decision;
    if (target === 'fork-pr') {
        decision =
            optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Decision) === undefined
                ? 'approve'
                : oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Decision, ['approve']);
        if (environments.length > 0) {
            throw new InputError(`Input 'environments' does not apply to target fork-pr.`);
        }
        if (optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.WaitForPending) !== undefined) {
            throw new InputError(`Input 'wait-for-pending' does not apply to target fork-pr: a fork pull request's run waits for approval before any job starts, so there is no gate to wait for.`);
        }
    }
    else {
        decision = oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Decision, ['approve', 'reject']);
        if (environments.length === 0) {
            throw new InputError(`Input 'environments' is required for approve-deployment: name the environments to review, one per line or comma-separated.`);
        }
    }
    const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
    const thisRun = env['GITHUB_REPOSITORY'] && env['GITHUB_RUN_ID']
        ? `${server}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
        : undefined;
    const verb = decision === 'approve' ? 'Approved' : 'Rejected';
    const comment = optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Comment) ??
        (thisRun
            ? `${verb} by runctl in workflow run ${thisRun}`
            : `${verb} by runctl (no workflow run context).`);
    return {
        runId,
        target,
        environments,
        decision,
        comment,
        waitForPending: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.WaitForPending)
    };
}
function usageScope(base) {
    const runId = positiveInteger(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.RunId, optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.RunId));
    const workflow = workflowInput();
    const attempt = positiveInteger(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Attempt, optional(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Attempt));
    const runsOnly = ['branch', 'created', 'max-runs'].find(name => optional(name) !== undefined);
    if (runId === undefined && workflow !== undefined) {
        if (attempt !== undefined) {
            throw new InputError(`Input 'attempt' applies to one run: give 'run-id' with it.`);
        }
        const maxRuns = positiveInteger(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.MaxRuns, withDefault(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.MaxRuns)) ?? 1;
        if (maxRuns > 1000) {
            throw new InputError(`Input 'max-runs' must be at most 1000 (GitHub lists no more).`);
        }
        return {
            kind: 'runs',
            workflow,
            branch: branchInput(),
            created: createdInput(),
            maxRuns
        };
    }
    if (workflow !== undefined || runsOnly !== undefined) {
        throw new InputError(`Input '${runsOnly ?? 'workflow'}' selects runs mode, which takes 'workflow' without 'run-id'.`);
    }
    const id = runId ?? base.currentRunId;
    if (id === undefined) {
        throw new InputError(`Input 'run-id' is required for report-usage outside a workflow run (GITHUB_RUN_ID is not set).`);
    }
    return { kind: 'run', runId: id, attempt };
}


/***/ }),

/***/ 3837:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I: () => (/* binding */ describeFailure),
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/step-log.ts
var step_log = __nccwpck_require__(6686);
// EXTERNAL MODULE: ./src/action/reporter.ts
var reporter = __nccwpck_require__(5121);
// EXTERNAL MODULE: ./src/action/workflow-commands.ts
var workflow_commands = __nccwpck_require__(6812);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __nccwpck_require__(3116);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __nccwpck_require__(8422);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/report.ts



/** GitHub refuses a step summary over 1 MiB; stay well inside it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
const TRUNCATED_NOTE = '\n\n_Summary truncated to fit GitHub’s 1 MiB limit._\n';
/** Bytes of a streamed summary gathered before each write. */
const WRITE_CHUNK_BYTES = 64 * 1024;
/** The one place outputs and the job summary are written. */
async function writePresentation(presentation, options) {
    for (const [name, value] of Object.entries(presentation.outputs)) {
        if (value !== undefined)
            workflow_commands/* setOutput */.uH(name, value);
    }
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (options.summary && file) {
        if (typeof presentation.summary !== 'string') {
            await appendStreamed(file, presentation.summary);
            return;
        }
        let text = presentation.summary;
        if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES) {
            text = Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES).toString('utf8') + TRUNCATED_NOTE;
        }
        await workflow_commands/* appendSummary */.fe(text);
    }
}
/**
 * What `core.appendSummary(text)` (@actions/core's `summary.addRaw(text, true).write()`) appends for the pieces' whole text, cut as
 * above past the limit, without building that text: the pieces go through one reused buffer.
 */
async function appendStreamed(file, summary) {
    // The check and the sentence @actions/core gives for a summary file it cannot write.
    await workflow_commands/* summaryFile */.bj();
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'a');
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    try {
        const chunk = Buffer.allocUnsafe(WRITE_CHUNK_BYTES);
        let used = 0;
        const put = async (text, bytes = Buffer.byteLength(text)) => {
            if (used + bytes > chunk.length) {
                await writeAll(handle, chunk.subarray(0, used));
                used = 0;
            }
            if (bytes > chunk.length)
                await writeAll(handle, Buffer.from(text));
            else
                used += chunk.write(text, used);
        };
        let total = 0;
        for (const piece of summary) {
            const bytes = Buffer.byteLength(piece);
            if (total + bytes > SUMMARY_LIMIT_BYTES) {
                // The whole text's first SUMMARY_LIMIT_BYTES bytes: what came before, and this piece's
                // start (a character cut there decodes as U+FFFD, as when the whole text is cut).
                const start = Buffer.from(piece)
                    .subarray(0, SUMMARY_LIMIT_BYTES - total)
                    .toString('utf8');
                await put(start + TRUNCATED_NOTE);
                break;
            }
            total += bytes;
            await put(piece, bytes);
        }
        await put(external_node_os_.EOL);
        await writeAll(handle, chunk.subarray(0, used));
    }
    finally {
        await handle.close();
    }
}
async function writeAll(handle, bytes) {
    for (let done = 0; done < bytes.length;) {
        done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
    }
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
;// CONCATENATED MODULE: ./src/main.ts







/**
 * The action: read inputs once, run the operation, write outputs and summary. The only place
 * that catches and fails the step; whatever was thrown, the user reads one sentence.
 */
async function run(deps = {}) {
    // The step log: workflow commands (src/action/workflow-commands.ts).
    step_log/* setReporter */.ah(reporter/* actionsReporter */.t);
    try {
        // Masked before anything could print it.
        const token = workflow_commands/* getInput */.V4(constants/* Inputs */.G0.Token);
        if (token)
            workflow_commands/* setSecret */.Pq(token);
        const settings = (0,inputs/* getSettings */.mt)(deps.env ?? process.env, name => workflow_commands/* getInput */.V4(name));
        // Loaded only now: a bad input fails the step without loading the client or any operation.
        const { runEngine } = await __nccwpck_require__.e(/* import() */ 446).then(__nccwpck_require__.bind(__nccwpck_require__, 446));
        const { presentation, stats } = await runEngine(settings, {
            clock: deps.clock,
            env: deps.env ?? process.env,
            deadline: deps.deadline
        });
        await writePresentation(presentation, { summary: settings.summary });
        step_log/* debug */.Yz(`API requests: ${stats.requests} (${stats.notModified} answered 304).`);
        if (presentation.failure)
            step_log/* setFailed */.C1(presentation.failure);
    }
    catch (error) {
        step_log/* setFailed */.C1(describeFailure(error));
    }
}
/**
 * The step's one sentence for whatever ended it. A bug in runctl (a TypeError and the like)
 * reads "runctl hit an internal error …, please report it", and its stack goes to the debug
 * log, where a report can quote it (never to the step's visible log).
 */
function describeFailure(error) {
    if ((0,errors/* isProgrammingError */.qK)(error)) {
        step_log/* debug */.Yz(`The internal error's stack: ${String(error.stack)}`);
    }
    return (0,errors/* describeError */.Uc)(error);
}


/***/ }),

/***/ 6686:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   WH: () => (/* binding */ stopToken),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   ah: () => (/* binding */ setReporter),
/* harmony export */   kG: () => (/* binding */ echoVerbatim),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   q5: () => (/* binding */ failOnStrayErrors),
/* harmony export */   rJ: () => (/* binding */ secret)
/* harmony export */ });
/* unused harmony exports processStreams, inert, inertLine, notice, error, startGroup, endGroup */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one way runctl writes to the step log. Every line may carry text from the API (job, step,
 * environment, workflow and branch names, titles, GitHub's error messages, log lines) or from
 * inputs, and the runner (actions/runner ActionCommandManager) scans every line of stdout for
 * workflow commands in two forms:
 *   - "::name props::data" when the line, after leading whitespace, starts with "::";
 *   - the legacy "##[name props]data" found ANYWHERE in the line.
 * One executed "::stop-commands::TOKEN" would also silence every later "::error::" of ours.
 * So nothing leaves this module unneutralised: plain lines get both forms broken (visibly, with a
 * backslash), line breaks and control characters cannot start a new line, and verbatim log
 * excerpts are printed only inside a "::stop-commands::<random>" block. Annotations
 * (error/warning/notice) and group titles are commands themselves: @actions/core escapes CR, LF
 * and % in them, so they stay one line that the runner parses as that command (the legacy form
 * is tried only when the "::" form fails); the same neutralisation is applied to their text too.
 *
 * Everything else in src/ must print through here (eslint's no-restricted-syntax and
 * __tests__/step-log-guard.test.ts enforce it). What the neutralised text then becomes is the
 * reporter's business (src/reporter.ts): the front end installs one with setReporter — the
 * action's workflow commands through @actions/core (src/action/reporter.ts), or the CLI's plain
 * text (src/cli/reporter.ts). This module imports nothing from @actions/*.
 */

/**
 * Until a front end installs its reporter: plain lines on stderr, no workflow command (what a
 * library user of the engine gets). Both front ends install theirs before anything prints.
 */
const fallbackReporter = {
    info: text => process.stderr.write(`${text}\n`),
    debug: () => undefined,
    annotate: (level, text) => process.stderr.write(`${level}: ${text}\n`),
    startGroup: title => process.stderr.write(`${title}\n`),
    endGroup: () => undefined,
    verbatim: (title, text) => process.stderr.write(`${title}\n${inert(text)}\n`),
    secret: () => undefined,
    fail: text => {
        process.stderr.write(`error: ${text}\n`);
        process.exitCode = 1;
    }
};
let reporter = fallbackReporter;
/** Installs the front end's reporter; returns the one it replaces (tests put it back). */
function setReporter(next) {
    const previous = reporter;
    reporter = next;
    return previous;
}
/** The process's own streams, for a front end's reporter (the one place src/ touches them). */
function processStreams() {
    return { stdout: process.stdout, stderr: process.stderr };
}
/**
 * What the runner may skip while matching a command: whitespace (TrimStart), and characters a
 * culture-aware .NET comparison ignores (controls, zero-width and other format characters).
 * Matching more than the runner does only means escaping a little more.
 */
const SKIPPABLE = String.raw `[\s\u0085\p{Cc}\p{Cf}]*`;
const LEGACY_COMMAND = new RegExp(String.raw `#${SKIPPABLE}#${SKIPPABLE}\[`, 'gu');
const LINE_START_COMMAND = new RegExp(String.raw `^(${SKIPPABLE}):(${SKIPPABLE}):`, 'u');
/** .NET's StreamReader.ReadLine ends a line at \r, \n or \r\n. */
const LINE_BREAK = /\r\n|\r|\n/;
/** Controls (ANSI escapes, NUL, C1) other than tab; line breaks are handled before. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** One line the runner executes nothing from; text is kept readable ("##\[", "\::"). */
function neutraliseLine(line) {
    return line
        .replace(CONTROL, '\ufffd')
        .replace(LEGACY_COMMAND, match => `${match.slice(0, -1)}\\[`)
        .replace(LINE_START_COMMAND, '$1\\:$2:');
}
/** Text of any number of lines, each neutralised; line breaks normalised to \n. */
function inert(text) {
    return text.split(LINE_BREAK).map(neutraliseLine).join('\n');
}
/** Text that must stay on one line (names, titles): line breaks shown as a visible ⏎. */
function inertLine(text) {
    return neutraliseLine(text.replace(/\r\n|\r|\n/g, '⏎'));
}
function info(text) {
    reporter.info(inert(text));
}
function debug(text) {
    reporter.debug(inert(text));
}
function annotationProperties(properties) {
    if (properties?.title === undefined)
        return properties;
    return { ...properties, title: inertLine(properties.title) };
}
function notice(text, properties) {
    reporter.annotate('notice', inert(text), annotationProperties(properties));
}
function warning(text, properties) {
    reporter.annotate('warning', inert(text), annotationProperties(properties));
}
function error(text, properties) {
    reporter.annotate('error', inert(text), annotationProperties(properties));
}
/** Fails the operation with one sentence (in Actions: an error annotation and exit code 1). */
function setFailed(text) {
    reporter.fail(inert(text));
}
function startGroup(title) {
    reporter.startGroup(inertLine(title));
}
function endGroup() {
    reporter.endGroup();
}
/** A value that must never be shown (a signed log URL): masked by the reporter. */
function secret(value) {
    reporter.secret(value);
}
/**
 * A fresh token for "::stop-commands::" that the text does not contain in any casing (the
 * runner compares it case-insensitively), so the text cannot resume commands itself.
 */
function stopToken(text, random = () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')) {
    const folded = text.toLowerCase();
    let token = random();
    while (folded.includes(token))
        token = random();
    return token;
}
/**
 * Fetched lines as they were, in a group of that title; the reporter keeps whatever reads the
 * output from acting on them (in Actions: the stop-commands pause, see stopToken).
 */
function echoVerbatim(title, lines) {
    reporter.verbatim(inertLine(title), lines.join('\n'));
}
/**
 * Whatever escapes run() (a stray rejection or exception) still ends as one neutralised sentence
 * and a failed step, instead of Node printing the raw error (whose message may quote the API) to
 * stderr, which the runner scans for commands too.
 *
 * An output that closed early (its reader gone: EPIPE, or a write after that) cannot carry any
 * sentence, and reporting that error would write to it again, which fails again: a loop that
 * spun forever. So any error of stdout or stderr, or a stray error raised while one is being
 * reported, ends the process at once with exit code 1 and writes nothing.
 */
function failOnStrayErrors(describe, proc = process) {
    const endNow = () => proc.exit(1);
    proc.stdout.on('error', endNow);
    proc.stderr.on('error', endNow);
    let reporting = false;
    const fail = (error) => {
        if (reporting || closedOutput(error))
            return endNow();
        reporting = true;
        try {
            setFailed(describe(error));
            proc.exitCode = 1;
        }
        catch {
            endNow();
        }
        finally {
            reporting = false;
        }
    };
    proc.on('uncaughtException', fail);
    proc.on('unhandledRejection', fail);
}
/** The errors a write to a closed pipe or a destroyed stream raises. */
function closedOutput(error) {
    const code = error?.code;
    return (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
