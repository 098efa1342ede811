export const id = 679;
export const ids = [679];
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

/***/ 3991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ prepareLogDir)
/* harmony export */ });
/* unused harmony export LOG_DIR_CHECK_TIMEOUT_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _github_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6256);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8422);
/**
 * log-dir is checked by making it: before any API call, fetch-logs creates the directory and a
 * probe file in it, so a path that cannot hold the logs fails at once with one sentence naming
 * the input (never raw errno text). Kernel and device trees are refused outright: writing there
 * stores nothing and may change the system (log file names come from job names), and Node's
 * recursive mkdir spins forever under /proc (it retries on the ENOENT /proc answers). So the
 * directory is made one level at a time, never with mkdir -p, and the whole check is bounded.
 */





/** Where logs are never written (POSIX; the runner's Windows paths never start with these). */
const SYSTEM_TREES = ['/proc', '/sys', '/dev'];
/** Long enough for a slow disk; a check that takes longer means a hung (network) mount. */
const LOG_DIR_CHECK_TIMEOUT_MS = 10_000;
/** Creates log-dir if needed and checks a file can be written in it; throws an InputError. */
async function prepareLogDir(dir, options = {}) {
    const input = options.input ?? 'log-dir';
    const capMs = options.timeoutMs ?? LOG_DIR_CHECK_TIMEOUT_MS;
    const { deadline } = options;
    // The operation's budget ends the check too, when it has less left than the cap.
    const byBudget = deadline !== undefined && deadline.remainingMs() < capMs;
    const timeoutMs = byBudget ? deadline.remainingMs() : capMs;
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(byBudget
            ? (0,_github_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .budgetSpent */ .m2)(deadline.timeoutSeconds, `input '${input}' to be created and written`)
            : new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input '${input}' could not be created and written within ${capMs / 1000} s; give a directory on a local disk, such as one under $RUNNER_TEMP.`)), timeoutMs);
    });
    try {
        await Promise.race([makeWritable(dir, options.fileSystem ?? node_fs__WEBPACK_IMPORTED_MODULE_1__.promises, input), timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function makeWritable(dir, fs, input) {
    refuseSystemTree(dir, input);
    try {
        // The nearest existing ancestor, resolved: a symbolic link cannot lead into /proc unseen.
        const missing = [];
        let existing = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dir);
        while (!(await exists(fs, existing))) {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(existing);
            if (parent === existing)
                break;
            missing.unshift(node_path__WEBPACK_IMPORTED_MODULE_2__.basename(existing));
            existing = parent;
        }
        if (!(await fs.stat(existing)).isDirectory())
            throw codeError('ENOTDIR');
        let current = await fs.realpath(existing);
        refuseSystemTree(node_path__WEBPACK_IMPORTED_MODULE_2__.join(current, ...missing), input);
        for (const name of missing) {
            current = node_path__WEBPACK_IMPORTED_MODULE_2__.join(current, name);
            try {
                await fs.mkdir(current);
            }
            catch (error) {
                // Made meanwhile by someone else is fine; anything else in the way is not.
                if (errorCode(error) !== 'EEXIST' || !(await fs.stat(current)).isDirectory())
                    throw error;
            }
        }
        const probe = node_path__WEBPACK_IMPORTED_MODULE_2__.join(current, `.runctl-probe-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`);
        await fs.writeFile(probe, '', { flag: 'wx' });
        await fs.rm(probe);
    }
    catch (error) {
        if (error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
            throw error;
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(explain(error, input));
    }
}
function refuseSystemTree(dir, input) {
    if (node_path__WEBPACK_IMPORTED_MODULE_2__.sep !== '/')
        return;
    const tree = SYSTEM_TREES.find(root => dir === root || dir.startsWith(`${root}/`));
    if (tree) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input '${input}' is under ${tree}, a kernel or device file system that cannot keep ${input === 'log-dir' ? 'logs' : 'files'}; give a directory such as one under $RUNNER_TEMP.`);
    }
}
async function exists(fs, candidate) {
    try {
        await fs.stat(candidate);
        return true;
    }
    catch (error) {
        const code = errorCode(error);
        if (code === 'ENOENT')
            return false;
        throw error;
    }
}
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
function codeError(code) {
    return Object.assign(new Error(code), { code });
}
/** One sentence naming the input for what the file system said. */
function explain(error, input) {
    const code = errorCode(error);
    switch (code) {
        case 'ENOTDIR':
        case 'EEXIST':
            return `Input '${input}' cannot be created: a file is in the way where a directory of its path should be.`;
        case 'EACCES':
        case 'EPERM':
            return `Input '${input}' cannot be created or written: permission denied.`;
        case 'EROFS':
            return `Input '${input}' is on a read-only file system.`;
        case 'ENOSPC':
        case 'EDQUOT':
            return `Input '${input}' is on a file system with no space left.`;
        case 'ENAMETOOLONG':
            return `Input '${input}' is a path too long for the file system.`;
        case 'ELOOP':
            return `Input '${input}' goes through a loop of symbolic links.`;
        default:
            return `Input '${input}' cannot be created or written there (the file system answered ${code ?? 'with an unknown error'}).`;
    }
}


/***/ }),

/***/ 9434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ downloadLog)
});

// EXTERNAL MODULE: ./src/step-log.ts
var step_log = __webpack_require__(6686);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/retry-policy.ts
var retry_policy = __webpack_require__(6256);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/safe-file.ts
var safe_file = __webpack_require__(1809);
;// CONCATENATED MODULE: ./src/logs/http-get.ts




/**
 * Why a download went wrong, as a short code (never the URL: a signed URL is a credential):
 * the caller treats every one as worth one more try with a fresh link.
 */
class DirectGetError extends Error {
    detail;
    constructor(detail) {
        super(detail);
        this.detail = detail;
        this.name = 'DirectGetError';
    }
}
/** A redirect runctl will not follow (https → http, or not http(s) at all): never retried. */
class RefusedRedirectError extends Error {
    detail;
    constructor(detail) {
        super(detail);
        this.detail = detail;
        this.name = 'RefusedRedirectError';
    }
}
/**
 * Every socket read lands in this one buffer (the socket's `onread` option) and is written to
 * disk before the next read: the download allocates nothing per chunk. Node's http and fetch
 * give each read a fresh 64 KiB buffer, and V8 lets 64 MiB of dead ones pile up (more on Node 24)
 * before it collects, which is what made a log download cost 90–130 MiB.
 */
const READ_BUFFER_BYTES = 256 * 1024;
/** A response head larger than this is not a storage host's. */
const MAX_HEAD_BYTES = 64 * 1024;
const MAX_REDIRECTS = 5;
/** No byte for this long: the transfer is treated as broken (and tried once more). */
const IDLE_TIMEOUT_MS = 60_000;
/**
 * A plain HTTP/1.1 GET of a signed storage URL (no credentials) that writes the body to
 * `destination`. Redirects are followed by hand so every hop is checked: never from https to
 * http, and the proxy settings decided again for each target (through `fetchFor`'s fetch when a
 * proxy applies, else over a plain socket).
 */
async function getToFile(url, destination, options) {
    let target = new URL(url);
    options.signal?.throwIfAborted();
    // A fresh file renamed into place: nothing already at `destination` is written through.
    await (0,safe_file/* writeNewFile */.S0)(destination, async (file) => {
        // A redirect's body is never written, so every hop writes to the same (still empty) file.
        for (let redirects = 0;; redirects++) {
            options.signal?.throwIfAborted();
            const viaFetch = options.fetchFor?.(target);
            const outcome = viaFetch
                ? await fetchOnce(viaFetch, target, file, options)
                : await getOnce(target, file.fd, options);
            if (outcome.kind === 'done')
                return;
            if (redirects >= MAX_REDIRECTS)
                throw new DirectGetError('too many redirects');
            target = nextHop(target, outcome.location);
        }
    });
}
/** The redirect's target, if runctl may follow it. */
function nextHop(from, location) {
    let next;
    try {
        next = new URL(location, from);
    }
    catch {
        throw new DirectGetError('a redirect to an invalid link');
    }
    if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw new RefusedRedirectError('a redirect to a link that is not http(s)');
    }
    if (from.protocol === 'https:' && next.protocol === 'http:') {
        throw new RefusedRedirectError('a redirect from https to plain http');
    }
    return next;
}
/** Rejects with the signal's reason when it aborts; returns the way to stop listening. */
function onAbort(signal, abort) {
    if (!signal)
        return () => undefined;
    const listener = () => abort(signal.reason);
    signal.addEventListener('abort', listener, { once: true });
    return () => signal.removeEventListener('abort', listener);
}
function getOnce(url, fd, options) {
    const { onBytes, onData } = options;
    return new Promise((resolve, reject) => {
        const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
        const body = new BodyDecoder();
        let head = Buffer.alloc(0);
        let settled = false;
        const finish = (error, outcome) => {
            if (settled)
                return;
            settled = true;
            stopListening();
            socket.destroy();
            if (error === undefined)
                resolve(outcome);
            else
                reject(error);
        };
        /**
         * Handles one read before the callback returns: the pieces are written synchronously, so the
         * read buffer is free again when the socket fills it next. (An async write with the socket
         * "paused" is not enough: a TLS socket can deliver records it already decrypted into the same
         * buffer meanwhile, which corrupted downloads.) A write to the page cache takes microseconds;
         * curl writes the same way.
         */
        const consume = (data) => {
            if (head !== undefined) {
                head = Buffer.concat([head, data]);
                const end = head.indexOf('\r\n\r\n');
                if (end < 0) {
                    if (head.length > MAX_HEAD_BYTES)
                        throw new DirectGetError('a response head too large');
                    return;
                }
                if (end > MAX_HEAD_BYTES)
                    throw new DirectGetError('a response head too large');
                const response = parseHead(head.subarray(0, end).toString('latin1'));
                const rest = head.subarray(end + 4);
                head = undefined;
                if (response.status >= 300 && response.status < 400 && response.location) {
                    return finish(undefined, { kind: 'redirect', location: response.location });
                }
                if (response.status < 200 || response.status >= 300) {
                    throw new DirectGetError(`the storage host answered ${response.status}`);
                }
                if (!/^(identity)?$/i.test(response.headers.get('content-encoding') ?? '')) {
                    throw new DirectGetError('an encoded body');
                }
                body.start(response.headers);
                data = rest;
            }
            for (const piece of body.decode(data)) {
                onBytes(piece.length);
                onData?.(piece);
                for (let offset = 0; offset < piece.length;) {
                    offset += external_node_fs_.writeSync(fd, piece, offset, piece.length - offset);
                }
            }
            if (body.complete)
                finish(undefined, { kind: 'done' });
        };
        const onread = {
            buffer,
            callback: (length, into) => {
                if (settled)
                    return false;
                try {
                    consume(Buffer.from(into.buffer, into.byteOffset, length));
                }
                catch (error) {
                    finish(error);
                    return false;
                }
                return !settled;
            }
        };
        const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
        const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
        const socket = url.protocol === 'https:'
            ? external_node_tls_.connect({
                host,
                port,
                servername: external_node_net_.isIP(host) ? undefined : host,
                ALPNProtocols: ['http/1.1'],
                ...(options.ca !== undefined ? { ca: options.ca } : {}),
                onread
            })
            : external_node_net_.connect({ host, port, onread });
        const stopListening = onAbort(options.signal, reason => finish(reason));
        if (options.signal?.aborted)
            finish(options.signal.reason);
        socket.setTimeout(options.idleTimeoutMs ?? IDLE_TIMEOUT_MS, () => finish(new DirectGetError('no data for too long (idle timeout)')));
        socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
            socket.write(`GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n` +
                'User-Agent: runctl\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n');
        });
        socket.on('error', error => finish(new DirectGetError(errorCode(error))));
        socket.on('end', () => {
            if (body.endsWithConnection())
                finish(undefined, { kind: 'done' });
            else
                finish(new DirectGetError('the connection closed before the end of the body'));
        });
        socket.on('close', () => finish(new DirectGetError('the connection closed before the end of the body')));
    });
}
/**
 * One hop through a proxy (or a test's fetch), redirects not followed (the caller checks each):
 * the body written as it arrives, the next read only once the last piece is on disk.
 */
async function fetchOnce(fetch, url, file, options) {
    const idleMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
    // One controller for the hop: the deadline or an idle stretch aborts the request and its body.
    const controller = new AbortController();
    const stopListening = onAbort(options.signal, reason => controller.abort(reason));
    if (options.signal?.aborted)
        controller.abort(options.signal.reason);
    const idle = new DirectGetError('no data for too long (idle timeout)');
    let timer = setTimeout(() => controller.abort(idle), idleMs);
    const fresh = () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(idle), idleMs);
    };
    try {
        let response;
        try {
            // No Authorization: the URL carries its own signature, and storage hosts reject both.
            response = await fetch(url.href, { redirect: 'manual', signal: controller.signal });
        }
        catch (error) {
            throw controller.signal.aborted
                ? controller.signal.reason
                : new DirectGetError(`the storage host could not be reached (${errorCode(error)})`);
        }
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location) {
            await response.body?.cancel().catch(() => undefined);
            return { kind: 'redirect', location };
        }
        if (!response.ok || response.body === null) {
            await response.body?.cancel().catch(() => undefined);
            throw new DirectGetError(`the storage host answered ${response.status}`);
        }
        const reader = response.body.getReader();
        try {
            for (;;) {
                fresh();
                let chunk;
                try {
                    chunk = await reader.read();
                }
                catch (error) {
                    throw controller.signal.aborted
                        ? controller.signal.reason
                        : new DirectGetError(`the transfer broke off (${errorCode(error)})`);
                }
                if (chunk.done)
                    return { kind: 'done' };
                const value = chunk.value;
                options.onBytes(value.byteLength);
                options.onData?.(value);
                // Written synchronously, so the next read is asked for at once: undici 6 pauses its
                // parser until then, and a connection closed while it is paused crashes the process
                // from a socket handler (nodejs/undici#5360, fixed only in later majors).
                for (let offset = 0; offset < value.byteLength;) {
                    offset += external_node_fs_.writeSync(file.fd, value, offset, value.byteLength - offset);
                }
            }
        }
        catch (error) {
            await reader.cancel().catch(() => undefined);
            throw error;
        }
    }
    finally {
        clearTimeout(timer);
        stopListening();
    }
}
function parseHead(text) {
    const [statusLine = '', ...lines] = text.split('\r\n');
    const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
    if (!status)
        throw new DirectGetError('a response that is not HTTP/1.1');
    const headers = new Map();
    for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0)
            headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    return { status: Number(status[1]), location: headers.get('location'), headers };
}
/**
 * The body as HTTP/1.1 frames it: Content-Length bytes, chunked (sizes in hex, then a trailer),
 * or everything until the connection closes. Pieces returned are views into the read buffer.
 */
class BodyDecoder {
    mode = 'close';
    remaining = 0;
    state = 'size';
    line = '';
    complete = false;
    start(headers) {
        if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) {
            this.mode = 'chunked';
        }
        else if (headers.has('content-length')) {
            const length = Number(headers.get('content-length'));
            if (!Number.isSafeInteger(length) || length < 0) {
                throw new DirectGetError('an invalid Content-Length');
            }
            this.mode = 'length';
            this.remaining = length;
            this.complete = length === 0;
        }
    }
    /** A body framed by the connection's end is complete when the connection ends. */
    endsWithConnection() {
        return this.mode === 'close' || this.complete;
    }
    decode(data) {
        if (this.mode === 'close')
            return data.length > 0 ? [data] : [];
        if (this.mode === 'length') {
            const piece = data.subarray(0, this.remaining);
            this.remaining -= piece.length;
            this.complete = this.remaining === 0;
            return piece.length > 0 ? [piece] : [];
        }
        const pieces = [];
        let at = 0;
        while (at < data.length && this.state !== 'done') {
            if (this.state === 'data') {
                const piece = data.subarray(at, at + this.remaining);
                pieces.push(piece);
                at += piece.length;
                this.remaining -= piece.length;
                if (this.remaining === 0)
                    this.state = 'data-end';
                continue;
            }
            const newline = data.indexOf(10, at);
            const end = newline < 0 ? data.length : newline + 1;
            this.line += data.subarray(at, end).toString('latin1');
            at = end;
            if (this.line.length > 1024)
                throw new DirectGetError('a malformed chunked body');
            if (newline < 0)
                break;
            const line = this.line.replace(/\r?\n$/, '');
            this.line = '';
            if (this.state === 'data-end') {
                if (line !== '')
                    throw new DirectGetError('a malformed chunked body');
                this.state = 'size';
            }
            else if (this.state === 'size') {
                const size = /^([0-9a-f]+)(;.*)?$/i.exec(line);
                if (!size)
                    throw new DirectGetError('a malformed chunked body');
                this.remaining = parseInt(size[1], 16);
                this.state = this.remaining === 0 ? 'trailer' : 'data';
            }
            else if (line === '') {
                this.state = 'done';
            }
        }
        this.complete = this.state === 'done';
        return pieces;
    }
}
/** Never the message: a network error's message can quote the signed URL. */
function errorCode(error) {
    // Not instanceof Error: errors from another realm (a vm context, a test runner) count too.
    if (typeof error !== 'object' || error === null)
        return 'unknown error';
    const { code, cause, name } = error;
    const found = code ?? cause?.code;
    if (typeof found === 'string')
        return found;
    return typeof name === 'string' ? name : 'unknown error';
}

;// CONCATENATED MODULE: ./src/logs/download.ts





/** The deadline passed while a body was still arriving. */
class DeadlineReached extends Error {
    constructor() {
        super('the time budget ran out');
        this.name = 'DeadlineReached';
    }
}
/**
 * Downloads a log to `destination`, streaming, never holding it in memory. The API answers with a
 * signed storage URL that expires in about a minute, so it is used at once, without the
 * Authorization header, and if the storage host refuses it (403/404 once expired) or the
 * transfer breaks, GitHub is asked once for a fresh URL. Errors from the API itself (404/410
 * when logs are gone) are thrown unchanged for the caller to explain.
 */
async function downloadLog(client, source, destination, options) {
    for (let attempt = 0;; attempt++) {
        const location = await client.getLogLocation(source);
        try {
            await streamToFile(client, location, destination, options);
            return;
        }
        catch (error) {
            if (!(error instanceof DirectGetError))
                throw error;
            // Whether to try again is the retry policy's to say (src/github/retry-policy.ts).
            const decision = (0,retry_policy/* decideLogDownload */.tq)({ label: options.label, detail: error.detail }, attempt, {
                leftMs: options.deadline?.remainingMs() ?? Infinity,
                timeoutSeconds: options.deadline?.timeoutSeconds
            });
            if (decision.kind === 'fail')
                throw decision.error;
            if (decision.kind === 'retry')
                step_log/* info */.pq(decision.warning);
        }
    }
}
/** An AbortSignal that aborts when the deadline passes (none without a deadline). */
function untilDeadline(deadline) {
    if (!deadline)
        return { stop: () => undefined };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DeadlineReached()), Math.max(1, deadline.remainingMs()));
    return { signal: controller.signal, stop: () => clearTimeout(timer) };
}
async function streamToFile(client, location, destination, options) {
    const onData = options.reader?.();
    if (!/^https?:\/\//i.test(location)) {
        throw new errors/* OperationError */.OK(`GitHub answered the request for ${options.label} with a link that is not http(s).`);
    }
    let received = 0;
    const onBytes = (bytes) => {
        received += bytes;
        options.onBytes(bytes);
    };
    const deadline = untilDeadline(options.deadline);
    try {
        await getToFile(location, destination, {
            onBytes,
            onData,
            signal: deadline.signal,
            idleTimeoutMs: options.idleTimeoutMs,
            fetchFor: url => client.fetchFor(url)
        });
    }
    catch (error) {
        await external_node_fs_.promises.rm(destination, { force: true });
        if (error instanceof DeadlineReached && options.deadline) {
            const progress = received > 0
                ? `the storage host had sent ${received} bytes`
                : 'the storage host had sent nothing';
            throw (0,retry_policy/* budgetSpent */.m2)(options.deadline.timeoutSeconds, `${options.label} (${progress})`);
        }
        if (error instanceof RefusedRedirectError) {
            throw new errors/* OperationError */.OK(`Refused to download ${options.label}: the storage host answered with ${error.detail}.`);
        }
        // A cap (OperationError) stops for good; a broken transfer is worth one fresh link.
        if (error instanceof errors/* OperationError */.OK || error instanceof DirectGetError)
            throw error;
        throw new DirectGetError(`the transfer broke off (${errorName(error)})`);
    }
    finally {
        deadline.stop();
    }
}
/** Never the message: a network error's message can quote the signed URL. */
function errorName(error) {
    if (error instanceof Error) {
        const code = error.code ?? error.cause?.code;
        return typeof code === 'string' ? code : error.name;
    }
    return 'unknown error';
}


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qh: () => (/* binding */ extractArchive)
});

// UNUSED EXPORTS: INFLATE_CHUNK_BYTES, listArchive

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/logs/central-directory.ts
/**
 * An archive's central directory, read in one pass through the archive's reused window: what
 * extraction needs of each record kept in typed arrays, and its name as one string. yauzl (which
 * still finds the directory: end record, zip64) builds an Entry, two buffers, three views, an
 * array of extra fields and a chain of promises per record; for 5,000 entries that was tens of
 * MiB of short-lived objects, enough to double V8's young generation (see docs/performance.md).
 * The record layout and checks are yauzl's (3.4), so the same archives are read the same way.
 */

const RECORD_BYTES = 46;
const RECORD_SIGNATURE = 0x02014b50;
const ZIP64_FIELD = 0x0001;
const UNICODE_PATH_FIELD = 0x7075;
const STRONG_ENCRYPTION = 0x40;
const NO_EXTRA_FIELDS = [];
/** The central directory's records, by index; numbers in typed arrays, one string per name. */
class CentralDirectory {
    count;
    localHeaderOffset;
    compressedSize;
    /** What the headers claim (only ever used for an early refusal, never trusted). */
    uncompressedSize;
    crc32;
    compressionMethod;
    generalPurposeBitFlag;
    externalFileAttributes;
    names = [];
    constructor(count) {
        this.count = count;
        this.localHeaderOffset = new Float64Array(count);
        this.compressedSize = new Float64Array(count);
        this.uncompressedSize = new Float64Array(count);
        this.crc32 = new Uint32Array(count);
        this.compressionMethod = new Uint16Array(count);
        this.generalPurposeBitFlag = new Uint16Array(count);
        this.externalFileAttributes = new Uint32Array(count);
    }
    /** Not encrypted, stored or deflated (yauzl's canDecodeFileData). */
    canDecode(index) {
        const method = this.compressionMethod[index];
        return ((this.generalPurposeBitFlag[index] & 1) === 0 && (method === 0 || method === 8));
    }
}
/** A directory that cannot be read as one: its message names what is wrong, never an entry. */
class BadDirectory extends Error {
    constructor(message) {
        super(message);
        this.name = 'BadDirectory';
    }
}
/**
 * Reads `count` records from `start` (the directory's offset, from the end record). Names are
 * decoded as yauzl decodes them with strict names (backslashes kept, so they are refused later):
 * the Info-ZIP Unicode Path field when valid, else UTF-8 or CP437 by the header's flag.
 */
async function readCentralDirectory(source, start, count, fileSize) {
    // Every record takes 46 bytes or more: a count the rest of the file cannot hold is refused
    // before anything is sized by it.
    if (count > (fileSize - start) / RECORD_BYTES) {
        throw new BadDirectory('the end record counts more entries than the central directory can hold');
    }
    const directory = new CentralDirectory(count);
    let cursor = start;
    for (let index = 0; index < count; index++) {
        await holdAtLeast(source, cursor, RECORD_BYTES);
        let at = source.offsetOf(cursor);
        const window = source.window;
        const signature = window.readUInt32LE(at);
        if (signature !== RECORD_SIGNATURE) {
            throw new BadDirectory(`invalid central directory file header signature: 0x${signature.toString(16)}`);
        }
        const flags = window.readUInt16LE(at + 8);
        if (flags & STRONG_ENCRYPTION)
            throw new BadDirectory('strong encryption is not supported');
        let compressedSize = window.readUInt32LE(at + 20);
        let uncompressedSize = window.readUInt32LE(at + 24);
        const nameLength = window.readUInt16LE(at + 28);
        const extraLength = window.readUInt16LE(at + 30);
        const commentLength = window.readUInt16LE(at + 32);
        let localHeaderOffset = window.readUInt32LE(at + 42);
        directory.generalPurposeBitFlag[index] = flags;
        directory.compressionMethod[index] = window.readUInt16LE(at + 10);
        directory.crc32[index] = window.readUInt32LE(at + 16);
        directory.externalFileAttributes[index] = window.readUInt32LE(at + 38);
        const variable = nameLength + extraLength + commentLength;
        await holdAtLeast(source, cursor, RECORD_BYTES + variable);
        at = source.offsetOf(cursor);
        const nameStart = at + RECORD_BYTES;
        const extraFields = 
        // Stryker disable next-line ConditionalExpression: parsing no extra bytes gives no fields too (equivalent); the shortcut saves an array per record
        extraLength === 0
            ? NO_EXTRA_FIELDS
            : parseExtraFields(source.window, nameStart + nameLength, extraLength);
        directory.names.push(yauzl.getFileNameLowLevel(flags, source.window.subarray(nameStart, nameStart + nameLength), extraFields, true));
        // The Zip64 Extended Information field: the 64-bit values of the fields that say 0xffffffff.
        const zip64 = extraFields.find(field => field.id === ZIP64_FIELD);
        if (zip64 !== undefined) {
            let read = 0;
            const next = (what) => {
                if (read + 8 > zip64.data.length) {
                    throw new BadDirectory(`zip64 extended information extra field does not include ${what}`);
                }
                const value = zip64.data.readUInt32LE(read) + zip64.data.readUInt32LE(read + 4) * 2 ** 32;
                read += 8;
                return value;
            };
            if (uncompressedSize === 0xffffffff)
                uncompressedSize = next('uncompressed size');
            if (compressedSize === 0xffffffff)
                compressedSize = next('compressed size');
            if (localHeaderOffset === 0xffffffff)
                localHeaderOffset = next('relative header offset');
        }
        directory.compressedSize[index] = compressedSize;
        directory.uncompressedSize[index] = uncompressedSize;
        directory.localHeaderOffset[index] = localHeaderOffset;
        cursor += RECORD_BYTES + variable;
    }
    return directory;
}
/** The window made to hold `length` bytes at `position`; a directory cut short is refused. */
async function holdAtLeast(source, position, length) {
    if (source.available(position) < length)
        await source.hold(position, length);
    if (source.available(position) < length) {
        throw new BadDirectory('unexpected EOF in the central directory');
    }
}
/** The extra fields of one record (only when it has any), as yauzl's parseExtraFields. */
function parseExtraFields(window, start, length) {
    // Stryker disable next-line ArrayDeclaration: callers only look fields up by id, which a stray item never has (equivalent)
    const fields = [];
    let at = 0;
    while (at < length - 3) {
        const id = window.readUInt16LE(start + at);
        const size = window.readUInt16LE(start + at + 2);
        const dataEnd = at + 4 + size;
        if (dataEnd > length) {
            throw new BadDirectory('extra field length exceeds extra field buffer size');
        }
        // Only the two fields read here are kept: views of the window, used before it moves.
        if (id === ZIP64_FIELD || id === UNICODE_PATH_FIELD) {
            fields.push({ id, data: window.subarray(start + at + 4, start + dataEnd) });
        }
        at = dataEnd;
    }
    return fields;
}

// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/logs/crc32.ts

/**
 * Eight lookup tables for "slicing by 8": table k maps a byte to its CRC contribution k bytes
 * further back, so eight bytes cost eight lookups and no per-bit loop.
 */
function sliceTables() {
    const tables = Array.from({ length: 8 }, () => new Int32Array(256));
    const first = tables[0];
    for (let byte = 0; byte < 256; byte++) {
        let crc = byte;
        for (let bit = 0; bit < 8; bit++)
            crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
        first[byte] = crc;
    }
    for (let k = 1; k < 8; k++) {
        const previous = tables[k - 1];
        const table = tables[k];
        for (let byte = 0; byte < 256; byte++) {
            const crc = previous[byte];
            table[byte] = (crc >>> 8) ^ first[crc & 0xff];
        }
    }
    return tables;
}
const [T0, T1, T2, T3, T4, T5, T6, T7] = sliceTables();
/**
 * Table-driven CRC-32 for Node before 22.2 (no zlib.crc32), where the tests run: slicing by 8,
 * eight bytes per step instead of one (about 200 MiB/s on the 2-core bench machine at load 18).
 * The action runs on Node 24, which has zlib's own.
 */
function crc32Tables(data, value = 0) {
    let crc = ~value;
    const end = data.length;
    let at = 0;
    for (const whole = end - (end % 8); at < whole; at += 8) {
        const low = crc ^
            (data[at] |
                (data[at + 1] << 8) |
                (data[at + 2] << 16) |
                (data[at + 3] << 24));
        crc =
            T7[low & 0xff] ^
                T6[(low >>> 8) & 0xff] ^
                T5[(low >>> 16) & 0xff] ^
                T4[low >>> 24] ^
                T3[data[at + 4]] ^
                T2[data[at + 5]] ^
                T1[data[at + 6]] ^
                T0[data[at + 7]];
    }
    for (; at < end; at++)
        crc = T0[(crc ^ data[at]) & 0xff] ^ (crc >>> 8);
    return ~crc >>> 0;
}
/** zlib's own (Node ≥ 22.2, the runtime action.yml names is 24), else the tables above. */
const crc32_native = external_node_zlib_.crc32;
const crc32 = crc32_native ? (data, value = 0) => crc32_native(data, value) : crc32Tables;

// EXTERNAL MODULE: ./src/safe-file.ts
var safe_file = __webpack_require__(1809);
;// CONCATENATED MODULE: ./src/logs/inflate.ts

/** A zlib error as Node reports it (code Z_DATA_ERROR, Z_BUF_ERROR, …). */
class InflateError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'InflateError';
    }
}
/**
 * Inflates raw deflate data into buffers the caller owns and reuses, synchronously.
 *
 * Why not zlib.createInflateRaw() piped to a file: its stream allocates a fresh output buffer
 * per chunk, and that garbage (an archive's whole inflated size) is only collected once V8's
 * external-memory limit is reached. Measured on Node 24 extracting a GitHub-shaped 256 MiB
 * archive (600 entries, 1.2 GB inflated, load 16): the stream with 16 KiB chunks took 40 s at a
 * 160 MiB peak, with 1 MiB chunks 25 s at 500 MiB; this, the same native zlib call Node's
 * inflateRawSync makes, into one reused 1 MiB buffer, took 14.5 s at 70 MiB (idle node: 42).
 * It uses the handle's `writeSync` and `_writeState`, which Node's own zlib module uses
 * (Node 20 and 24 alike); `available()` says when a Node lacks them, and the caller then
 * streams instead.
 */
class RawInflater {
    stream = external_node_zlib_.createInflateRaw();
    handle;
    /** [output bytes left, input bytes left] after each writeSync, written by zlib. */
    state;
    failure;
    static available() {
        const probe = external_node_zlib_.createInflateRaw();
        const usable = typeof probe._handle?.writeSync === 'function' &&
            // Not instanceof: under a test runner's vm context, Node's Uint32Array is another realm's.
            Object.prototype.toString.call(probe._writeState) === '[object Uint32Array]';
        probe.close();
        return usable;
    }
    constructor() {
        const internals = this.stream;
        this.handle = internals._handle;
        this.state = internals._writeState;
        // Called by zlib during writeSync; the stream's own handler would only emit it later.
        this.handle.onerror = (message, _errno, code) => {
            this.failure = new InflateError(message, code);
        };
    }
    /** Ready for the next entry (zlib's inflateReset): nothing is allocated per entry. */
    reset() {
        this.failure = undefined;
        this.stream.reset();
    }
    /**
     * Inflates from `input` into `output` as far as either allows. `last` says this input ends
     * the entry's data: a deflate stream that has not ended by then is an error
     * ("unexpected end of file"). Returns the bytes produced and consumed.
     */
    inflate(input, inputOffset, inputLength, output, last) {
        this.handle.writeSync(last ? external_node_zlib_.constants.Z_FINISH : external_node_zlib_.constants.Z_NO_FLUSH, input, inputOffset, inputLength, output, 0, output.length);
        if (this.failure)
            throw this.failure;
        return {
            produced: output.length - this.state[0],
            consumed: inputLength - this.state[1]
        };
    }
    close() {
        this.stream.close();
    }
}

// EXTERNAL MODULE: ./src/logs/limits.ts
var logs_limits = __webpack_require__(4247);
// EXTERNAL MODULE: ./src/logs/safe-paths.ts
var safe_paths = __webpack_require__(3851);
// EXTERNAL MODULE: ./src/sentences.ts
var sentences = __webpack_require__(3861);
;// CONCATENATED MODULE: ./src/logs/extract.ts













/** An entry's record, read from the directory as it is extracted (not kept). */
function recordOf(directory, index) {
    return {
        localHeaderOffset: directory.localHeaderOffset[index],
        compressedSize: directory.compressedSize[index],
        compressionMethod: directory.compressionMethod[index],
        crc32: directory.crc32[index]
    };
}
const LOG_DIR = { input: 'log-dir', contents: 'logs' };
const OPEN_OPTIONS = {
    lazyEntries: true,
    autoClose: false,
    // Names are decoded and checked by us, so one bad entry is refused instead of ending the read.
    decodeStrings: false,
    // Sizes are counted as they inflate (ByteBudget, ratio), not compared with the headers' claims.
    validateEntrySizes: false
};
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/** Unix file type from the external attributes: anything but a file or directory is refused. */
function fileTypeReason(externalFileAttributes) {
    const type = (externalFileAttributes >>> 16) & S_IFMT;
    if (type === 0 || type === S_IFREG || type === S_IFDIR)
        return undefined;
    return type === S_IFLNK ? 'symbolic link' : 'special file';
}
function refusalReason(directory, index, name) {
    return ((0,safe_paths/* unsafeEntryReason */.Xj)(name) ??
        fileTypeReason(directory.externalFileAttributes[index]) ??
        (directory.canDecode(index) ? undefined : 'encrypted or unsupported compression'));
}
/**
 * Opens the archive once: its central directory is listed and checked (no data is inflated, and
 * the entry-count cap applies before anything is written), `choose` picks among the entries that
 * passed, and those are extracted from the same open file. Returns the listing and the file
 * written for each extracted entry's index, in archive order.
 */
async function extractArchive(zipPath, options) {
    const { root, limits, budget, label } = options;
    const destination = options.destination ?? LOG_DIR;
    return withArchive(zipPath, label, async (zip, archive) => {
        const { listing, directory } = await list(zip, archive, limits, label);
        const chosen = options.choose(listing);
        const folders = new Folders(await external_node_fs_.promises.realpath(root), destination);
        const written = new Map();
        const pieces = new Pieces(archive);
        try {
            let since = performance.now();
            for (const planned of [...chosen].sort((a, b) => a.index - b.index)) {
                if (options.deadline?.expired()) {
                    throw new errors/* OperationError */.OK(`Timed out after ${options.deadline.timeoutSeconds} seconds extracting ${label}${options.removeOnFailure ? '; nothing of it was kept' : ''}.`);
                }
                const target = (0,safe_paths/* resolveInside */.LI)(root, planned.name);
                if (target === undefined)
                    continue;
                if (planned.isDirectory) {
                    await folders.make(target);
                    continue;
                }
                const record = recordOf(directory, planned.index);
                const context = { folders, target, limits, budget, label, pieces };
                await extractFile(record, planned, context);
                written.set(planned.index, target);
                // Small entries are written synchronously (see writeWhole): let timers and I/O run.
                if (performance.now() - since > YIELD_EVERY_MS) {
                    await new Promise(resolve => setImmediate(resolve));
                    since = performance.now();
                }
            }
        }
        catch (error) {
            if (options.removeOnFailure)
                await folders.removeMade([...written.values()]);
            throw error;
        }
        finally {
            pieces.close();
        }
        return { listing, written, largestInMemory: pieces.largestInMemory };
    });
}
/** Lists and checks every entry of an archive (see extractArchive); extracts nothing. */
async function listArchive(zipPath, limits, label) {
    return withArchive(zipPath, label, async (zip, archive) => (await list(zip, archive, limits, label)).listing);
}
/** The archive open for yauzl through one ArchiveFile, closed afterwards whatever happens. */
async function withArchive(zipPath, label, use) {
    const handle = await external_node_fs_.promises.open(zipPath, 'r');
    try {
        const archive = new ArchiveFile(handle, (await handle.stat()).size);
        const zip = await openZip(archive, label);
        try {
            return await use(zip, archive);
        }
        finally {
            zip.close();
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * yauzl's open, its errors made one sentence: an archive whose end is missing (a download cut
 * short by a server that delimits the body by closing the connection) or that is not a zip at
 * all. Only yauzl's first sentence is kept; the rest can quote entry names.
 */
async function openZip(archive, label) {
    try {
        return await yauzl.fromRandomAccessReaderPromise(archive, archive.size, OPEN_OPTIONS);
    }
    catch (error) {
        const reason = error instanceof Error ? (error.message.split(/[.:]/)[0] ?? '') : '';
        throw new errors/* OperationError */.OK(`${(0,sentences/* capitalise */.s)(label)} is not a complete zip archive (${reason.trim() || 'unreadable'}); it may have been cut short in transfer. Nothing was extracted.`);
    }
}
async function list(zip, archive, limits, label) {
    if (zip.entryCount > limits.maxEntries) {
        throw new errors/* OperationError */.OK(`${(0,sentences/* capitalise */.s)(label)} has ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed; nothing was extracted.`);
    }
    // yauzl found the directory (the end record, zip64); its records are read here, compactly.
    const start = zip.readEntryCursor;
    if (typeof start !== 'number' || start < 0 || start > archive.size) {
        throw new errors/* OperationError */.OK(`${(0,sentences/* capitalise */.s)(label)} is not a complete zip archive (no central directory where its end says); nothing was extracted.`);
    }
    let directory;
    try {
        directory = await readCentralDirectory(archive, start, zip.entryCount, archive.size);
    }
    catch (error) {
        if (!(error instanceof BadDirectory))
            throw error;
        throw new errors/* OperationError */.OK(`${(0,sentences/* capitalise */.s)(label)} is not a complete zip archive (${error.message}); it may have been cut short in transfer. Nothing was extracted.`);
    }
    const { names } = directory;
    const entries = [];
    const refused = [];
    const folders = folderPaths(names);
    const files = new Set();
    for (let index = 0; index < directory.count; index++) {
        const name = names[index];
        const path = name.replace(/\/$/, '');
        const isDirectory = name.endsWith('/');
        const reason = refusalReason(directory, index, name) ??
            (isDirectory ? undefined : collisionReason(path, folders, files));
        if (reason !== undefined) {
            refused.push({ name, reason });
            continue;
        }
        if (!isDirectory)
            files.add(path);
        entries.push({
            index,
            name: path,
            isDirectory,
            compressedSize: directory.compressedSize[index],
            declaredSize: directory.uncompressedSize[index]
        });
    }
    return { listing: { entries, refused }, directory };
}
/** Every folder the archive implies: directory entries and every parent of any entry. */
function folderPaths(names) {
    const folders = new Set();
    for (const name of names) {
        const segments = name.replace(/\/$/, '').split('/');
        const last = name.endsWith('/') ? segments.length : segments.length - 1;
        for (let end = 1; end <= last; end++)
            folders.add(segments.slice(0, end).join('/'));
    }
    return folders;
}
/**
 * A file whose path is also a folder of the archive, or a second file of the same path, cannot
 * be written as the archive says: refused like any other hostile entry, never a raw EEXIST.
 */
function collisionReason(path, folders, files) {
    if (folders.has(path))
        return 'a file and a folder of the same name';
    if (files.has(path))
        return 'two files of the same name';
    return undefined;
}
/**
 * The folders of one extraction: each is made (mkdir -p) and checked once (no existing link took
 * it outside the root), then remembered, so 5,000 files in 50 folders cost 50 checks, not 5,000.
 * Remembering is safe: nothing extracted can turn a checked folder into a link (links are
 * refused, files are created O_EXCL|O_NOFOLLOW, and a file never takes a folder's name).
 */
class Folders {
    realRoot;
    destination;
    made = new Set();
    /** The topmost folder each mkdir created (everything below it was made here too). */
    created = [];
    constructor(realRoot, destination) {
        this.realRoot = realRoot;
        this.destination = destination;
    }
    async make(directory) {
        if (this.made.has(directory))
            return;
        const first = await external_node_fs_.promises.mkdir(directory, { recursive: true });
        const real = await external_node_fs_.promises.realpath(directory);
        if (real !== this.realRoot && !real.startsWith(this.realRoot + external_node_path_.sep)) {
            throw new errors/* OperationError */.OK(`Refused to write ${this.destination.contents} through a link that leads outside ${this.destination.input} (${directory}).`);
        }
        this.made.add(directory);
        // Only once checked: a folder made through a link is never removed through it.
        if (first !== undefined)
            this.created.push(first);
    }
    /** Removes `files` and every folder this extraction created, with what is in it. */
    async removeMade(files) {
        for (const file of files)
            await external_node_fs_.promises.rm(file, { force: true });
        for (const folder of this.created)
            await external_node_fs_.promises.rm(folder, { recursive: true, force: true });
    }
}
/**
 * A fresh file only (O_CREAT | O_EXCL | O_NOFOLLOW, from safe-file.ts): whatever already sits at
 * the target is never opened, so neither a symbolic nor a hard link is written through.
 */
const WRITE_FLAGS = safe_file/* CREATE_NEW_FLAGS */.QB;
/** Synchronous work between two turns of the event loop (timers, I/O), at most about this long. */
const YIELD_EVERY_MS = 20;
/**
 * Bytes per read from the archive and per inflated piece. Every entry, of any size, moves
 * through the same few buffers of this size, so what one entry holds in memory is bounded here
 * whatever its headers claim (a bomb of small entries included).
 */
const INFLATE_CHUNK_BYTES = 1024 * 1024;
/**
 * The archive file, read through one reused window of INFLATE_CHUNK_BYTES, and yauzl's reader
 * of it. yauzl's own file reader makes two reads per central-directory record and one per local
 * header (10,000+ round trips to libuv's threads for 5,000 entries); through the window, the
 * records, the local headers and small entries' data that follow one another in the file come
 * from one read per window. Nothing is allocated per read.
 */
class ArchiveFile extends yauzl.RandomAccessReader {
    handle;
    size;
    window = Buffer.allocUnsafe(INFLATE_CHUNK_BYTES);
    windowStart = 0;
    windowLength = 0;
    constructor(handle, size) {
        super();
        this.handle = handle;
        this.size = size;
    }
    /**
     * Up to `length` bytes at `start`, from the window (refilled from `start` when it does not
     * hold them all); shorter only at the end of the file or of the window. Valid until the next
     * call.
     */
    async at(start, length) {
        const offset = start - this.windowStart;
        if (offset < 0 || offset + Math.min(length, this.window.length) > this.windowLength) {
            await this.fill(start);
            return this.window.subarray(0, Math.min(length, this.windowLength));
        }
        return this.window.subarray(offset, offset + Math.min(length, this.windowLength - offset));
    }
    /** DirectorySource: the window refilled from `start` (a record fits it whole). */
    async hold(start) {
        await this.fill(start);
    }
    offsetOf(start) {
        return start - this.windowStart;
    }
    available(start) {
        const offset = start - this.windowStart;
        return offset < 0 || offset > this.windowLength ? 0 : this.windowLength - offset;
    }
    async fill(start) {
        this.windowStart = start;
        this.windowLength = 0;
        while (this.windowLength < this.window.length) {
            const { bytesRead } = await this.handle.read(this.window, this.windowLength, this.window.length - this.windowLength, start + this.windowLength);
            if (bytesRead === 0)
                break;
            this.windowLength += bytesRead;
        }
    }
    /** yauzl's reads (central directory, local headers), like fs.read. */
    read(buffer, offset, length, position, callback) {
        this.readInto(buffer, offset, length, position).then(bytesRead => callback(null, bytesRead), (error) => callback(error));
    }
    async readInto(buffer, offset, length, position) {
        let done = 0;
        while (done < length) {
            const got = await this.at(position + done, length - done);
            if (got.length === 0)
                break;
            got.copy(buffer, offset + done);
            done += got.length;
        }
        return done;
    }
    /** Only for streaming entries on a Node without reused-buffer inflation (see REUSED_BUFFERS). */
    _readStreamForRange(start, end) {
        return this.handle.createReadStream({ start, end: end - 1, autoClose: false });
    }
}
/**
 * Reads entries' data from the archive and inflates it through buffers reused for every entry:
 * nothing is allocated per chunk, so extracting gigabytes leaves no garbage for the collector.
 * Inflated pieces alternate between two output buffers, so one is written to disk (on libuv's
 * threads) while the next is inflated.
 */
class Pieces {
    archive;
    outputs = [
        Buffer.allocUnsafe(INFLATE_CHUNK_BYTES),
        Buffer.allocUnsafe(INFLATE_CHUNK_BYTES)
    ];
    inflater;
    /** The most inflated bytes one piece held (see ExtractedArchive). */
    largestInMemory = 0;
    constructor(archive) {
        this.archive = archive;
    }
    /**
     * Where an entry's data starts, from its local header (30 bytes, then a name and an extra
     * field whose lengths may differ from the central directory's), checked to lie in the file.
     */
    async dataStart(entry) {
        const header = await this.archive.at(entry.localHeaderOffset, LOCAL_HEADER_BYTES);
        if (header.length < LOCAL_HEADER_BYTES || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
            throw new DamagedEntry('has no local header where the central directory says');
        }
        const start = entry.localHeaderOffset +
            LOCAL_HEADER_BYTES +
            header.readUInt16LE(26) +
            header.readUInt16LE(28);
        if (start + entry.compressedSize > this.archive.size) {
            throw new DamagedEntry('ends before its data does');
        }
        return start;
    }
    /** A deflated entry's data as a stream (only where RawInflater is not available). */
    stream(start, length) {
        return this.archive.createReadStream({ start, end: start + length });
    }
    async read(start, length) {
        const got = await this.archive.at(start, length);
        if (got.length === 0)
            throw new DamagedEntry('ends before its data does');
        return got;
    }
    /**
     * An entry's whole content in one piece, when it fits one: a stored entry's bytes, or a
     * deflated entry inflated in one call. Undefined when it inflates to a full buffer or more
     * (then it goes piece by piece). Valid until the next call.
     */
    async whole(start, length, stored) {
        const data = length === 0 ? Buffer.alloc(0) : await this.read(start, length);
        if (data.length < length)
            return undefined; // more than a window: piece by piece
        if (stored)
            return data;
        const inflater = this.freshInflater();
        const output = this.outputs[0];
        const { produced } = inflater.inflate(data, 0, data.length, output, true);
        if (produced === output.length)
            return undefined;
        this.largestInMemory = Math.max(this.largestInMemory, produced);
        return output.subarray(0, produced);
    }
    freshInflater() {
        const inflater = (this.inflater ??= new RawInflater());
        inflater.reset();
        return inflater;
    }
    /** Copies a stored entry's bytes to `sink`. */
    async copy(start, length, sink) {
        for (let done = 0; done < length;) {
            const got = await this.read(start + done, Math.min(INFLATE_CHUNK_BYTES, length - done));
            done += got.length;
            await sink.write(got);
            // The window is reused by the next read: this piece must be on disk first.
            await sink.settle();
        }
    }
    /** Inflates a deflated entry's data into `sink`, piece by piece. */
    async inflate(start, length, sink) {
        const inflater = this.freshInflater();
        let input = Buffer.alloc(0);
        let read = 0;
        let offset = 0;
        let left = 0;
        let which = 0;
        for (;;) {
            if (left === 0 && read < length) {
                input = await this.read(start + read, length - read);
                offset = 0;
                left = input.length;
                read += left;
            }
            const output = this.outputs[which];
            // The other buffer's write must be done before it is inflated into again.
            const last = read >= length;
            const { produced, consumed } = inflater.inflate(input, offset, left, output, last);
            offset += consumed;
            left -= consumed;
            if (produced > 0) {
                this.largestInMemory = Math.max(this.largestInMemory, produced);
                await sink.write(output.subarray(0, produced));
                which = 1 - which;
            }
            // A full output buffer may leave more to inflate; otherwise zlib took all it could.
            if (produced === output.length)
                continue;
            if (left > 0 && produced === 0 && consumed === 0)
                break; // the stream ended before its data
            if (left === 0 && last)
                break;
        }
        await sink.settle();
    }
    close() {
        this.inflater?.close();
    }
}
/**
 * Takes an entry's pieces in order: each is checked (caps, CRC) at once and written to the file
 * in the background; `write` returns once the piece before it is on disk, so at most two pieces
 * are in flight and the caller may reuse the buffer of the one before.
 */
class PieceSink {
    fd;
    take;
    previous = Promise.resolve();
    constructor(fd, take) {
        this.fd = fd;
        this.take = take;
    }
    async write(piece) {
        this.take(piece);
        const before = this.previous;
        const current = before.then(() => writeAll(this.fd, piece));
        // Awaited below or in settle(); never an unhandled rejection meanwhile.
        current.catch(() => undefined);
        this.previous = current;
        await before;
    }
    /** Every piece written (or the first write error). */
    async settle() {
        await this.previous;
    }
}
async function writeAll(fd, piece) {
    for (let offset = 0; offset < piece.length;) {
        offset += await new Promise((resolve, reject) => external_node_fs_.write(fd, piece, offset, piece.length - offset, null, (error, written) => error ? reject(error) : resolve(written)));
    }
}
const STORED = 0;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
/** Whether this Node's zlib can inflate into reused buffers (see RawInflater); else streams. */
const REUSED_BUFFERS = RawInflater.available();
/**
 * Creates `target` as a new file and returns its descriptor. A symbolic link there is refused
 * in one sentence; anything else already there (a file from an earlier fetch, a hard link to a
 * file elsewhere, a FIFO) is unlinked first, so its other names keep their contents.
 * Synchronous: one open(2) of a local file, like the write of a small entry (see writeWhole).
 */
function openFresh(target, name, input) {
    const refused = () => new errors/* OperationError */.OK(`Refused to write ${JSON.stringify(name)} in ${input}: a link is already there, and links are never followed.`);
    try {
        return external_node_fs_.openSync(target, WRITE_FLAGS, 0o644);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            throw refused();
        if (code !== 'EEXIST')
            throw error;
    }
    if (external_node_fs_.lstatSync(target).isSymbolicLink())
        throw refused();
    external_node_fs_.unlinkSync(target);
    return external_node_fs_.openSync(target, WRITE_FLAGS, 0o644);
}
/**
 * Writes a small entry's whole, checked content as a new file with one open, write and close,
 * synchronously. For thousands of small files, the round trips of asynchronous calls through
 * libuv's threads cost more than the calls (measured: 5,000 files of 100 bytes on Node 24, at
 * load 6: async one at a time 3.6 s, 16 at a time 2.4 s, synchronous 1.8-2.2 s, unzip 2.2 s).
 */
function writeWhole(target, name, input, content) {
    const fd = openFresh(target, name, input);
    try {
        for (let offset = 0; offset < content.length;) {
            offset += external_node_fs_.writeSync(fd, content, offset, content.length - offset);
        }
    }
    catch (error) {
        closeQuietly(fd);
        // No half-written file (a full disk): only what this call created is removed.
        external_node_fs_.rmSync(target, { force: true });
        throw error;
    }
    external_node_fs_.closeSync(fd);
}
/** After a failure that is reported anyway: the descriptor is released, its error not. */
function closeQuietly(fd) {
    try {
        external_node_fs_.closeSync(fd);
    }
    catch {
        // The failure already being reported says more.
    }
}
async function extractFile(entry, planned, { folders, target, limits, budget, label, pieces }) {
    await folders.make(external_node_path_.dirname(target));
    const { input } = folders.destination;
    let inflated = 0;
    let crc = 0;
    /** Every byte about to be written: counted against the caps and into the CRC. */
    const take = (bytes) => {
        inflated += bytes.length;
        if (inflated > logs_limits/* RATIO_GRACE_BYTES */.P8 && inflated > planned.compressedSize * limits.maxRatio) {
            throw new errors/* OperationError */.OK(`Stopped extracting ${label}: entry ${JSON.stringify(planned.name)} inflates to more than ${limits.maxRatio} times its compressed size, which looks like a zip bomb.`);
        }
        budget.take(bytes.length);
        crc = crc32(bytes, crc);
    };
    /** After the last byte: what was written must be what was zipped. */
    const verify = () => {
        if (crc !== entry.crc32)
            throw new DamagedEntry('does not match its CRC-32 checksum');
    };
    const stored = entry.compressionMethod === STORED;
    try {
        if (stored || REUSED_BUFFERS) {
            const fileDataStart = await pieces.dataStart(entry);
            // A small entry (most of an artifact of many files): checked whole, then written at once.
            // The declared size only picks the way; a header that understates it costs one piece.
            const content = stored || planned.declaredSize < INFLATE_CHUNK_BYTES
                ? await pieces.whole(fileDataStart, entry.compressedSize, stored)
                : undefined;
            if (content !== undefined) {
                take(content);
                verify();
                writeWhole(target, planned.name, input, content);
                return;
            }
            await writeNew(target, planned.name, input, async (fd) => {
                const sink = new PieceSink(fd, take);
                try {
                    if (stored)
                        await pieces.copy(fileDataStart, entry.compressedSize, sink);
                    else
                        await pieces.inflate(fileDataStart, entry.compressedSize, sink);
                }
                finally {
                    await sink.settle().catch(() => undefined);
                }
                verify();
            });
        }
        else {
            const start = await pieces.dataStart(entry);
            const source = pieces.stream(start, entry.compressedSize);
            await writeNew(target, planned.name, input, fd => (0,promises_.pipeline)(source, external_node_zlib_.createInflateRaw(), (0,logs_limits/* countingStream */.Yl)(take, verify), external_node_fs_.createWriteStream(target, { fd, autoClose: false })));
        }
    }
    catch (error) {
        throw damagedSentence(error, label, planned.name) ?? error;
    }
}
/**
 * Creates `target` (openFresh) and lets `write` fill it piece by piece. On any failure (a cap,
 * a damaged entry, a full disk) the half-written file is removed; what was at `target` before,
 * a link refused included, is left alone when the file was never created.
 */
async function writeNew(target, name, input, write) {
    const fd = openFresh(target, name, input);
    try {
        await write(fd);
    }
    catch (error) {
        closeQuietly(fd);
        await external_node_fs_.promises.rm(target, { force: true });
        throw error;
    }
    try {
        external_node_fs_.closeSync(fd);
    }
    catch (error) {
        await external_node_fs_.promises.rm(target, { force: true });
        throw error;
    }
}
/** What is wrong with an entry's data, as the end of a sentence ("… entry "x" <detail>"). */
class DamagedEntry extends Error {
    detail;
    constructor(detail) {
        super(detail);
        this.detail = detail;
        this.name = 'DamagedEntry';
    }
}
/**
 * A damaged entry (CRC mismatch, data that does not inflate, data cut short) as one sentence
 * naming it; undefined for anything else (a cap, a full disk), which keeps its own words.
 */
function damagedSentence(error, label, name) {
    const code = error.code;
    const detail = error instanceof DamagedEntry
        ? error.detail
        : typeof code === 'string' && code.startsWith('Z_')
            ? `does not inflate (${error.message})`
            : undefined;
    if (detail === undefined)
        return undefined;
    return new errors/* OperationError */.OK(`${(0,sentences/* capitalise */.s)(label)} is damaged: entry ${JSON.stringify(name)} ${detail}, so nothing of it was kept.`);
}


/***/ }),

/***/ 4247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ ByteBudget),
/* harmony export */   L$: () => (/* binding */ BudgetExceeded),
/* harmony export */   P8: () => (/* binding */ RATIO_GRACE_BYTES),
/* harmony export */   Yl: () => (/* binding */ countingStream)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);


/**
 * Below this many inflated bytes an entry is never called a bomb: a short, repetitive log (a
 * progress bar, a thousand identical lines) can legitimately compress far past any ratio.
 */
const RATIO_GRACE_BYTES = 1024 * 1024;
/**
 * Bytes really written into log-dir, counted as they stream (never taken from an archive's
 * headers, which a zip bomb understates). Shared by the archive and the per-job logs.
 */
class ByteBudget {
    maxBytes;
    exceededSentence;
    used = 0;
    constructor(maxBytes, exceededSentence) {
        this.maxBytes = maxBytes;
        this.exceededSentence = exceededSentence;
    }
    get written() {
        return this.used;
    }
    take(bytes) {
        this.used += bytes;
        if (this.used > this.maxBytes)
            throw new BudgetExceeded(this.exceededSentence);
    }
}
/** The cap of a ByteBudget was reached (a caller may say it in its own words). */
class BudgetExceeded extends _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK {
}
/**
 * A pass-through that shows every chunk to `onBytes` and calls `onEnd` after the last one; a
 * throw from either aborts the pipeline.
 */
function countingStream(onBytes, onEnd = () => undefined) {
    return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _encoding, callback) {
            try {
                onBytes(chunk);
                callback(null, chunk);
            }
            catch (error) {
                callback(error);
            }
        },
        flush(callback) {
            try {
                onEnd();
                callback();
            }
            catch (error) {
                callback(error);
            }
        }
    });
}


/***/ }),

/***/ 3851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   Tx: () => (/* binding */ safeFileName),
/* harmony export */   Xj: () => (/* binding */ unsafeEntryReason)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(663);


/** Windows device names: a file called CON or nul.txt is a device there, not a file. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/**
 * Why an archive entry name must not be written, or undefined when it is a plain relative path.
 * Entry names come from job and step names, which anyone who controls a matrix value can shape.
 */
function unsafeEntryReason(name) {
    // yauzl's own check: backslashes, "/" or "C:" at the start, ".." segments.
    const yauzlReason = yauzl__WEBPACK_IMPORTED_MODULE_1__.validateFileName(name);
    // Stryker disable next-line Regex: with the s flag, ".*" already runs to the end, so "$" changes nothing
    if (yauzlReason !== null)
        return yauzlReason.replace(/:.*$/s, '');
    // ("/" is an absolute path to yauzl.)
    if (name === '')
        return 'empty path';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'control characters in path';
    // A colon names an NTFS alternate data stream, or a drive further in.
    if (name.includes(':'))
        return 'colon in path';
    const segments = name.replace(/\/$/, '').split('/');
    if (segments.some(segment => segment === '' || segment === '.'))
        return 'empty or "." segment';
    if (segments.some(segment => WINDOWS_DEVICE.test(segment)))
        return 'Windows device name';
    return undefined;
}
/**
 * The absolute path of `relative` inside `root`, or undefined if it would land anywhere else
 * (a second line of defence behind unsafeEntryReason, in case path semantics differ by platform).
 */
function resolveInside(root, relative) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root, ...relative.split('/'));
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, target);
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel)) {
        return undefined;
    }
    return target;
}
/** A file name made from untrusted text: letters, digits, dot, dash, underscore; bounded length. */
function safeFileName(text, maxLength = 80) {
    const cleaned = text
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '')
        .slice(0, maxLength);
    return cleaned === '' ? 'job' : cleaned;
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

/***/ 1809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ CREATE_NEW_FLAGS),
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   Zj: () => (/* binding */ PARTIAL_PREFIX)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The one way runctl creates a file: under a fresh random name beside the destination, opened
 * with O_CREAT | O_EXCL | O_NOFOLLOW, then renamed onto the destination once complete.
 *
 * Why not open the destination itself with O_NOFOLLOW: that refuses only a symbolic link. A hard
 * link there (same inode as a file elsewhere) would still be truncated and written through, and a
 * FIFO or device would block or be written to. rename() replaces the directory entry itself,
 * whatever it is (link, hard link, FIFO), and never writes to what it pointed at; O_EXCL on a
 * fresh random name means nothing can be waiting there. It also means a failed write leaves no
 * half-written file under the destination's name, and fetching into the same log-dir again
 * replaces the earlier file as before. Costs one rename per file.
 */



/** Never follows a link, never opens an existing file (O_NOFOLLOW is 0 on Windows). */
// Stryker disable next-line all: defence in depth; the name is 64 random bits, so no test can place a link there first.
const CREATE_NEW_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY |
    node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT |
    node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL |
    (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0);
/** The prefix of the fresh names; a file left by a killed process is recognisable by it. */
const PARTIAL_PREFIX = '.runctl-partial-';
/**
 * Creates `destination` with what `write` writes to the handle. Whatever is already at that
 * name (a file from an earlier fetch, a symbolic or hard link, a FIFO) is replaced, never
 * written through. On a throw, the partial file is removed and the destination left as it was.
 * `write` may close the handle itself (a write stream over it does).
 */
async function writeNewFile(destination, write, mode = 0o644) {
    const partial = node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(destination), `${PARTIAL_PREFIX}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`);
    const file = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(partial, CREATE_NEW_FLAGS, mode);
    try {
        await write(file);
        // Closing can report a failed write (NFS, a full disk); a handle already closed resolves.
        await file.close();
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(partial, destination);
    }
    catch (error) {
        await file.close().catch(() => undefined);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(partial, { force: true });
        throw error;
    }
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
