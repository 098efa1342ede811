export const id = 885;
export const ids = [885];
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

/***/ 8885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchLogs: () => (/* binding */ fetchLogs)
});

// EXTERNAL MODULE: ./src/step-log.ts
var step_log = __webpack_require__(6686);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/github/client.ts + 5 modules
var github_client = __webpack_require__(7860);
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
        throw new errors/* OperationError */.OK('GitHub answered the log request with a link that is not http(s).');
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/log-dir.ts
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
    const capMs = options.timeoutMs ?? LOG_DIR_CHECK_TIMEOUT_MS;
    const { deadline } = options;
    // The operation's budget ends the check too, when it has less left than the cap.
    const byBudget = deadline !== undefined && deadline.remainingMs() < capMs;
    const timeoutMs = byBudget ? deadline.remainingMs() : capMs;
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(byBudget
            ? (0,retry_policy/* budgetSpent */.m2)(deadline.timeoutSeconds, `input 'log-dir' to be created and written`)
            : new inputs/* InputError */.dz(`Input 'log-dir' could not be created and written within ${capMs / 1000} s; give a directory on a local disk, such as one under $RUNNER_TEMP.`)), timeoutMs);
    });
    try {
        await Promise.race([makeWritable(dir, options.fileSystem ?? external_node_fs_.promises), timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function makeWritable(dir, fs) {
    refuseSystemTree(dir);
    try {
        // The nearest existing ancestor, resolved: a symbolic link cannot lead into /proc unseen.
        const missing = [];
        let existing = external_node_path_.resolve(dir);
        while (!(await exists(fs, existing))) {
            const parent = external_node_path_.dirname(existing);
            if (parent === existing)
                break;
            missing.unshift(external_node_path_.basename(existing));
            existing = parent;
        }
        if (!(await fs.stat(existing)).isDirectory())
            throw codeError('ENOTDIR');
        let current = await fs.realpath(existing);
        refuseSystemTree(external_node_path_.join(current, ...missing));
        for (const name of missing) {
            current = external_node_path_.join(current, name);
            try {
                await fs.mkdir(current);
            }
            catch (error) {
                // Made meanwhile by someone else is fine; anything else in the way is not.
                if (log_dir_errorCode(error) !== 'EEXIST' || !(await fs.stat(current)).isDirectory())
                    throw error;
            }
        }
        const probe = external_node_path_.join(current, `.runctl-probe-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
        await fs.writeFile(probe, '', { flag: 'wx' });
        await fs.rm(probe);
    }
    catch (error) {
        if (error instanceof inputs/* InputError */.dz)
            throw error;
        throw new inputs/* InputError */.dz(explain(error));
    }
}
function refuseSystemTree(dir) {
    if (external_node_path_.sep !== '/')
        return;
    const tree = SYSTEM_TREES.find(root => dir === root || dir.startsWith(`${root}/`));
    if (tree) {
        throw new inputs/* InputError */.dz(`Input 'log-dir' is under ${tree}, a kernel or device file system that cannot keep logs; give a directory such as one under $RUNNER_TEMP.`);
    }
}
async function exists(fs, candidate) {
    try {
        await fs.stat(candidate);
        return true;
    }
    catch (error) {
        const code = log_dir_errorCode(error);
        if (code === 'ENOENT')
            return false;
        throw error;
    }
}
function log_dir_errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
function codeError(code) {
    return Object.assign(new Error(code), { code });
}
/** One sentence naming the input for what the file system said. */
function explain(error) {
    const code = log_dir_errorCode(error);
    switch (code) {
        case 'ENOTDIR':
        case 'EEXIST':
            return `Input 'log-dir' cannot be created: a file is in the way where a directory of its path should be.`;
        case 'EACCES':
        case 'EPERM':
            return `Input 'log-dir' cannot be created or written: permission denied.`;
        case 'EROFS':
            return `Input 'log-dir' is on a read-only file system.`;
        case 'ENOSPC':
        case 'EDQUOT':
            return `Input 'log-dir' is on a file system with no space left.`;
        case 'ENAMETOOLONG':
            return `Input 'log-dir' is a path too long for the file system.`;
        case 'ELOOP':
            return `Input 'log-dir' goes through a loop of symbolic links.`;
        default:
            return `Input 'log-dir' cannot be created or written there (the file system answered ${code ?? 'with an unknown error'}).`;
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var node_modules_yauzl = __webpack_require__(663);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/logs/limits.ts


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
            throw new errors/* OperationError */.OK(this.exceededSentence);
    }
}
/**
 * A pass-through that shows every chunk to `onBytes` and calls `onEnd` after the last one; a
 * throw from either aborts the pipeline.
 */
function countingStream(onBytes, onEnd = () => undefined) {
    return new external_node_stream_.Transform({
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

;// CONCATENATED MODULE: ./src/logs/safe-paths.ts


/** Windows device names: a file called CON or nul.txt is a device there, not a file. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/**
 * Why an archive entry name must not be written, or undefined when it is a plain relative path.
 * Entry names come from job and step names, which anyone who controls a matrix value can shape.
 */
function unsafeEntryReason(name) {
    // yauzl's own check: backslashes, "/" or "C:" at the start, ".." segments.
    const yauzlReason = node_modules_yauzl.validateFileName(name);
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
    const target = external_node_path_.resolve(root, ...relative.split('/'));
    const rel = external_node_path_.relative(root, target);
    if (rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(rel)) {
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

// EXTERNAL MODULE: ./src/sentences.ts
var sentences = __webpack_require__(3861);
;// CONCATENATED MODULE: ./src/logs/extract.ts










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
/** The entry's name as text; backslashes kept (strict) so they are refused, not reinterpreted. */
function decodeName(entry) {
    return node_modules_yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
}
/** Unix file type from the external attributes: anything but a file or directory is refused. */
function fileTypeReason(entry) {
    const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
    if (type === 0 || type === S_IFREG || type === S_IFDIR)
        return undefined;
    return type === S_IFLNK ? 'symbolic link' : 'special file';
}
function refusalReason(entry, name) {
    return (unsafeEntryReason(name) ??
        fileTypeReason(entry) ??
        (entry.canDecodeFileData() ? undefined : 'encrypted or unsupported compression'));
}
/**
 * Opens the archive once: its central directory is listed and checked (no data is inflated, and
 * the entry-count cap applies before anything is written), `choose` picks among the entries that
 * passed, and those are extracted from the same open file. Returns the listing and the file
 * written for each extracted entry's index, in archive order.
 */
async function extractArchive(zipPath, options) {
    const { root, limits, budget, label } = options;
    const zip = await node_modules_yauzl.openPromise(zipPath, OPEN_OPTIONS);
    try {
        const { listing, raw } = await list(zip, limits, label);
        const chosen = options.choose(listing);
        const realRoot = await external_node_fs_.promises.realpath(root);
        const written = new Map();
        const reader = new EntryReader(zipPath);
        try {
            for (const planned of [...chosen].sort((a, b) => a.index - b.index)) {
                const target = resolveInside(root, planned.name);
                if (target === undefined)
                    continue;
                if (planned.isDirectory) {
                    await makeDirectoryInside(realRoot, target);
                    continue;
                }
                const entry = raw[planned.index];
                const context = { realRoot, target, limits, budget, label, reader };
                await extractFile(zip, entry, planned, context);
                written.set(planned.index, target);
            }
        }
        finally {
            await reader.close();
        }
        return { listing, written, largestInMemory: reader.largestInMemory };
    }
    finally {
        zip.close();
    }
}
/** Lists and checks every entry of an archive (see extractArchive); extracts nothing. */
async function listArchive(zipPath, limits, label) {
    const zip = await yauzl.openPromise(zipPath, OPEN_OPTIONS);
    try {
        return (await list(zip, limits, label)).listing;
    }
    finally {
        zip.close();
    }
}
async function list(zip, limits, label) {
    if (zip.entryCount > limits.maxEntries) {
        throw new errors/* OperationError */.OK(`${(0,sentences/* capitalise */.s)(label)} has ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed; nothing was extracted.`);
    }
    const raw = [];
    const named = [];
    for await (const entry of zip.eachEntry()) {
        raw.push(entry);
        named.push({ entry, name: decodeName(entry) });
    }
    const entries = [];
    const refused = [];
    const folders = folderPaths(named.map(item => item.name));
    const files = new Set();
    named.forEach(({ entry, name }, index) => {
        const path = name.replace(/\/$/, '');
        const isDirectory = name.endsWith('/');
        const reason = refusalReason(entry, name) ??
            (isDirectory ? undefined : collisionReason(path, folders, files));
        if (reason !== undefined) {
            refused.push({ name, reason });
            return;
        }
        if (!isDirectory)
            files.add(path);
        entries.push({
            index,
            name: path,
            isDirectory,
            compressedSize: entry.compressedSize,
            declaredSize: entry.uncompressedSize
        });
    });
    return { listing: { entries, refused }, raw };
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
/** mkdir -p, then check no existing link took the path outside the root. */
async function makeDirectoryInside(realRoot, directory) {
    await external_node_fs_.promises.mkdir(directory, { recursive: true });
    const real = await external_node_fs_.promises.realpath(directory);
    if (real !== realRoot && !real.startsWith(realRoot + external_node_path_.sep)) {
        throw new errors/* OperationError */.OK(`Refused to write logs through a link that leads outside log-dir (${directory}).`);
    }
}
/** O_NOFOLLOW: a link already sitting at the target is an error, never followed. */
const WRITE_FLAGS = external_node_fs_.constants.O_WRONLY |
    external_node_fs_.constants.O_CREAT |
    external_node_fs_.constants.O_TRUNC |
    (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/**
 * Bytes per read from the archive and per inflated piece. Every entry, of any size, moves
 * through the same few buffers of this size, so what one entry holds in memory is bounded here
 * whatever its headers claim (a bomb of small entries included).
 */
const INFLATE_CHUNK_BYTES = 1024 * 1024;
/**
 * Reads entries' data from the archive through buffers reused for every entry: nothing is
 * allocated per chunk, so extracting gigabytes leaves no garbage for the collector. Inflated
 * pieces alternate between two output buffers, so one is written to disk (on libuv's threads)
 * while the next is inflated.
 */
class EntryReader {
    zipPath;
    input = Buffer.allocUnsafe(INFLATE_CHUNK_BYTES);
    outputs = [
        Buffer.allocUnsafe(INFLATE_CHUNK_BYTES),
        Buffer.allocUnsafe(INFLATE_CHUNK_BYTES)
    ];
    archive;
    inflater;
    /** The most inflated bytes one piece held (see ExtractedArchive). */
    largestInMemory = 0;
    constructor(zipPath) {
        this.zipPath = zipPath;
    }
    async open() {
        this.archive ??= await external_node_fs_.promises.open(this.zipPath, 'r');
        return this.archive;
    }
    async read(start, length) {
        const { bytesRead } = await (await this.open()).read(this.input, 0, length, start);
        if (bytesRead === 0)
            throw new DamagedEntry('ends before its data does');
        return bytesRead;
    }
    /** Copies a stored entry's bytes to `sink`. */
    async copy(start, length, sink) {
        for (let done = 0; done < length;) {
            const got = await this.read(start + done, Math.min(this.input.length, length - done));
            done += got;
            await sink.write(this.input.subarray(0, got));
            await sink.settle();
        }
    }
    /** Inflates a deflated entry's data into `sink`, piece by piece. */
    async inflate(start, length, sink) {
        const inflater = (this.inflater ??= new RawInflater());
        inflater.reset();
        let read = 0;
        let offset = 0;
        let left = 0;
        let which = 0;
        for (;;) {
            if (left === 0 && read < length) {
                left = await this.read(start + read, Math.min(this.input.length, length - read));
                offset = 0;
                read += left;
            }
            const output = this.outputs[which];
            // The other buffer's write must be done before it is inflated into again.
            const last = read >= length;
            const { produced, consumed } = inflater.inflate(this.input, offset, left, output, last);
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
    async close() {
        this.inflater?.close();
        await this.archive?.close();
    }
}
/**
 * Takes an entry's pieces in order: each is checked (caps, CRC) at once and written to the file
 * in the background; `write` returns once the piece before it is on disk, so at most two pieces
 * are in flight and the caller may reuse the buffer of the one before.
 */
class PieceSink {
    file;
    take;
    previous = Promise.resolve();
    constructor(file, take) {
        this.file = file;
        this.take = take;
    }
    async write(piece) {
        this.take(piece);
        const before = this.previous;
        const current = before.then(() => writeAll(this.file, piece, piece.length));
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
async function writeAll(file, buffer, length) {
    for (let offset = 0; offset < length;) {
        offset += (await file.write(buffer, offset, length - offset)).bytesWritten;
    }
}
const STORED = 0;
/** Whether this Node's zlib can inflate into reused buffers (see RawInflater); else streams. */
const REUSED_BUFFERS = RawInflater.available();
async function extractFile(zip, entry, planned, { realRoot, target, limits, budget, label, reader }) {
    await makeDirectoryInside(realRoot, external_node_path_.dirname(target));
    let file;
    try {
        file = await external_node_fs_.promises.open(target, WRITE_FLAGS, 0o644);
    }
    catch (error) {
        if (error.code === 'ELOOP') {
            throw new errors/* OperationError */.OK(`Refused to write ${JSON.stringify(planned.name)} in log-dir: a link is already there, and links are never followed.`);
        }
        throw error;
    }
    let inflated = 0;
    let crc = 0;
    /** Every byte about to be written: counted against the caps and into the CRC. */
    const take = (bytes) => {
        inflated += bytes.length;
        if (inflated > RATIO_GRACE_BYTES && inflated > planned.compressedSize * limits.maxRatio) {
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
    const sink = new PieceSink(file, take);
    try {
        if (entry.compressionMethod === STORED || REUSED_BUFFERS) {
            const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
            if (entry.compressionMethod === STORED) {
                await reader.copy(fileDataStart, entry.compressedSize, sink);
            }
            else {
                await reader.inflate(fileDataStart, entry.compressedSize, sink);
            }
            verify();
            await file.close();
        }
        else {
            const source = await zip.openReadStreamPromise(entry);
            await (0,promises_.pipeline)(source, countingStream(take, verify), file.createWriteStream());
        }
    }
    catch (error) {
        await sink.settle().catch(() => undefined);
        await file.close().catch(() => undefined);
        // Leave no half-written file behind a cap or a damaged entry.
        await external_node_fs_.promises.rm(target, { force: true });
        throw damagedSentence(error, label, planned.name) ?? error;
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

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/logs/scan.ts


/** Longer lines are cut for display (the file on disk keeps them whole). */
const MAX_DISPLAY_LINE = 2000;
/** At most this many failing sections are kept per job log (the last ones). */
const MAX_ERROR_SECTIONS = 10;
/** The last `size` items pushed, in order, without shifting arrays on every push. */
class Tail {
    size;
    items = [];
    next = 0;
    constructor(size) {
        this.size = size;
    }
    push(item) {
        if (this.size === 0)
            return;
        if (this.items.length < this.size)
            this.items.push(item);
        else
            this.items[this.next] = item;
        this.next = (this.next + 1) % this.size;
    }
    toArray() {
        return this.items.length < this.size
            ? [...this.items]
            : [...this.items.slice(this.next), ...this.items.slice(0, this.next)];
    }
}
const MARKER = Buffer.from('##[');
const NEWLINE = 0x0a;
const TIMESTAMP = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/;
const GROUP = /^##\[group\](.*)$/;
const ERROR = /^##\[error\]/;
/** A log line as shown: no BOM, no runner timestamp, no trailing CR, bounded length. */
function displayLine(raw) {
    const line = raw
        .replace(/^\uFEFF/, '')
        .replace(TIMESTAMP, '')
        .replace(/\r$/, '');
    return line.length > MAX_DISPLAY_LINE ? `${line.slice(0, MAX_DISPLAY_LINE)}…` : line;
}
/**
 * Scans a log as it streams past, once, keeping only bounded state: the last `tailLines` lines
 * and the last lines of each failing "##[group]" section. Lines are kept raw and made
 * displayable only when shown, and only lines holding "##[" are looked at more closely, so a
 * 200 MB log costs one split per chunk, not three regular expressions per line. A single huge
 * line is cut while reading, so memory stays small whatever the log holds.
 */
class LogScanner {
    tailLines;
    fastPath;
    tail;
    failingSections = [];
    section;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    pending = '';
    /**
     * @param fastPath skip the lines a piece's last lines supersede (the default; tests compare
     *   the result with every line looked at).
     */
    constructor(tailLines, fastPath = true) {
        this.tailLines = tailLines;
        this.fastPath = fastPath;
        this.tail = new Tail(tailLines);
    }
    /** The next piece of the log; it is copied, so the caller may reuse its buffer. */
    write(chunk) {
        const bytes = Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const from = this.fastPath ? this.supersededUpTo(bytes) : 0;
        if (from > 0) {
            // Everything before `from` (and the unfinished line before this piece) is pushed out of
            // every tail by the piece's last lines, and holds no "##[" marker: never decoded.
            this.pending = '';
            this.decoder = new external_node_string_decoder_.StringDecoder('utf8');
        }
        const text = this.pending + this.decoder.write(from > 0 ? bytes.subarray(from) : bytes);
        const lines = text.split('\n');
        this.pending = lines.pop() ?? '';
        for (const line of lines)
            this.onLine(line);
        // Keep only what a display can use of an unfinished line.
        if (this.pending.length > MAX_DISPLAY_LINE * 2) {
            this.pending = this.pending.slice(0, MAX_DISPLAY_LINE + 1);
        }
    }
    /**
     * Where the lines that matter of this piece begin: after the newline that ends the line before
     * its last tailLines + 1 lines, when the piece has no "##[" (nor one across its start, nor in
     * the unfinished line before it); else 0 (every line is looked at). Native byte searches only:
     * a 200 MB log with no markers costs a few searches per piece, not a string per line.
     */
    supersededUpTo(bytes) {
        if (this.pending.includes('#') || bytes.indexOf(MARKER) >= 0)
            return 0;
        let at = bytes.length;
        for (let lines = 0; lines <= this.tailLines; lines++) {
            at = bytes.lastIndexOf(NEWLINE, at - 1);
            if (at <= 0)
                return 0;
        }
        return at + 1;
    }
    end() {
        this.pending += this.decoder.end();
        if (this.pending !== '')
            this.onLine(this.pending);
        this.pending = '';
        this.closeSection();
        return {
            tail: this.tail.toArray().map(displayLine),
            failingSections: this.failingSections.map(section => ({
                title: section.title,
                lines: section.lines.map(displayLine)
            }))
        };
    }
    onLine(raw) {
        if (raw.includes('##[')) {
            const line = displayLine(raw);
            const group = GROUP.exec(line);
            if (group) {
                this.closeSection();
                this.section = {
                    title: group[1].trim(),
                    lines: new Tail(this.tailLines),
                    failed: false
                };
            }
            if (this.section && ERROR.test(line))
                this.section.failed = true;
        }
        this.section?.lines.push(raw);
        this.tail.push(raw);
    }
    closeSection() {
        if (this.section?.failed) {
            this.failingSections.push({ title: this.section.title, lines: this.section.lines.toArray() });
            if (this.failingSections.length > MAX_ERROR_SECTIONS)
                this.failingSections.shift();
        }
        this.section = undefined;
    }
}
/** Scans a log file on disk (see LogScanner). */
async function scanLog(file, tailLines) {
    const scanner = new LogScanner(tailLines);
    for await (const chunk of external_node_fs_.createReadStream(file))
        scanner.write(chunk);
    return scanner.end();
}

// EXTERNAL MODULE: ./src/conclusions.ts
var conclusions = __webpack_require__(1035);
// EXTERNAL MODULE: ./src/glob.ts
var glob = __webpack_require__(5601);
;// CONCATENATED MODULE: ./src/logs/select-jobs.ts



function failedSteps(job) {
    return (job.steps ?? []).filter(conclusions/* isFailed */.Ix).sort((a, b) => a.number - b.number);
}
/**
 * The jobs whose logs are wanted: those matching `jobs` (all when empty), and of those only the
 * failed ones with failed-only. Skipped jobs never ran and have no logs. A pattern list that
 * matches no job at all is a mistake worth one sentence listing the names.
 */
function selectJobs(all, patterns, failedOnly, runId) {
    const ran = all.filter(job => job.conclusion !== 'skipped');
    let matching = ran;
    if (patterns.length > 0) {
        const regexps = patterns.map(glob/* globPattern */.h);
        matching = ran.filter(job => regexps.some(regexp => regexp.test(job.name)));
        if (matching.length === 0) {
            const names = ran.map(job => job.name);
            const shown = names.slice(0, 20).join(', ') + (names.length > 20 ? ', …' : '');
            throw new errors/* OperationError */.OK(`Input 'jobs' matched none of the jobs of run ${runId}${names.length > 0 ? ` (${shown})` : ''}.`);
        }
    }
    const jobs = failedOnly ? matching.filter(conclusions/* isFailed */.Ix) : matching;
    return { jobs, everything: patterns.length === 0 && !failedOnly };
}

;// CONCATENATED MODULE: ./src/logs/zip-layout.ts
/** GitHub's server truncates job names to 90 UTF-16 code units (cli/cli pkg/cmd/run/view/logs.go). */
const JOB_NAME_MAX_LENGTH = 90;
/**
 * The job name as the archive spells it: characters a file name cannot hold removed ("/" and
 * ":" for certain, as in "build / test"; the rest of Windows' invalid set to be safe), cut to 90
 * UTF-16 units and trimmed. JavaScript strings are UTF-16, like the server's C#, so slice()
 * cuts exactly where the server does. A guess that misses only costs a per-job download.
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_FILE_NAMES = /[/\\:*?"<>|\u0000-\u001f]/g;
function archiveJobName(jobName) {
    return jobName.replace(NOT_IN_FILE_NAMES, '').slice(0, JOB_NAME_MAX_LENGTH).trim();
}
const TOP_LEVEL_JOB_LOG = /^(-?)\d+_(.+)\.txt$/;
const STEP_LOG = /^([^/]+)\/(\d+)_[^/]*\.txt$/;
/**
 * Matches archive entries to jobs. A job whose archive name is shared with another job is left
 * out (its files cannot be told apart), as is a job without a top-level log: both fall back to the
 * per-job log endpoint. The archive layout is not documented and has changed before (cli/cli#11172).
 */
function mapArchiveToJobs(entries, jobs) {
    const jobLogs = new Map();
    const stepLogs = new Map();
    for (const entry of entries) {
        if (entry.isDirectory)
            continue;
        const top = TOP_LEVEL_JOB_LOG.exec(entry.name);
        if (top && !entry.name.includes('/')) {
            const list = jobLogs.get(top[2]) ?? [];
            // Newer servers number files 0, 1, …; a negative prefix is the legacy service's copy.
            if (top[1] === '-')
                list.push(entry);
            else
                list.unshift(entry);
            jobLogs.set(top[2], list);
            continue;
        }
        const step = STEP_LOG.exec(entry.name);
        if (step) {
            const steps = stepLogs.get(step[1]) ?? new Map();
            steps.set(Number(step[2]), entry);
            stepLogs.set(step[1], steps);
        }
    }
    const nameCounts = new Map();
    for (const job of jobs) {
        const name = archiveJobName(job.name);
        nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
    }
    const mapped = new Map();
    for (const job of jobs) {
        const name = archiveJobName(job.name);
        if (nameCounts.get(name) !== 1)
            continue;
        const jobLog = jobLogs.get(name)?.[0];
        const steps = stepLogs.get(name) ?? new Map();
        // The job's own log is what every display falls back to; without it, use the endpoint.
        if (jobLog === undefined)
            continue;
        mapped.set(job.id, { jobLog, stepLogs: steps });
    }
    return mapped;
}
/** Every entry that belongs to a mapped job: its job log, its step logs and their folder. */
function entriesOf(files) {
    return [...(files.jobLog ? [files.jobLog] : []), ...files.stepLogs.values()];
}

// EXTERNAL MODULE: ./src/operations/types.ts
var types = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/operations/read-run.ts
var read_run = __webpack_require__(4192);
;// CONCATENATED MODULE: ./src/operations/fetch-logs.ts



















async function fetchLogs(client, settings, deps) {
    const { runId, attempt } = settings;
    // Every log body ends with the operation's one budget, like every API answer.
    const deadline = (0,types/* budgetOf */.n)(deps, settings);
    // Before any API call: a log-dir that cannot hold the logs fails now, in one sentence.
    await prepareLogDir(settings.logDir, { deadline: (0,types/* budgetOf */.n)(deps, settings) });
    const run = await getRunOrExplain(client, runId, attempt);
    const listed = await listJobsIfListable(client, settings);
    const allJobs = listed ?? [];
    // Without a jobs list, the whole archive is the only way to the logs.
    const selection = listed
        ? selectJobs(allJobs, settings.jobs, settings.failedOnly, runId)
        : { jobs: [], everything: true };
    const base = {
        operation: 'fetch-logs',
        run,
        attempt,
        logDir: settings.logDir,
        selectedJobs: selection.jobs.length,
        failOnMissing: settings.failOnMissing,
        ifNoLogsFound: settings.ifNoLogsFound,
        tailLines: settings.tailLines
    };
    if (selection.jobs.length === 0 && listed) {
        const among = settings.jobs.length > 0 ? ' among the jobs matching the jobs input' : '';
        const note = run.status === 'completed'
            ? `Run ${runId} has no failed jobs${among}, so there were no logs to fetch.`
            : `Run ${runId} is still ${run.status ?? 'running'} and none of its jobs${among} has failed so far, so there were no logs to fetch.`;
        step_log/* info */.pq(note);
        return { ...base, files: [], failedJobs: [], missing: [], note };
    }
    const limits = {
        maxBytes: settings.maxLogBytes,
        maxEntries: settings.maxLogEntries,
        maxRatio: settings.maxCompressionRatio
    };
    const what = attempt !== undefined ? `run ${runId} attempt ${attempt}` : `run ${runId}`;
    const budget = new ByteBudget(limits.maxBytes, `Stopped at max-log-bytes: the logs of ${what} inflate to more than ${limits.maxBytes} bytes; raise max-log-bytes or select fewer jobs.`);
    const files = [];
    let missing = [];
    /** What GitHub answered for logs it does not have (404/410), and for which. */
    const notFound = { statuses: new Set(), archive: false, jobs: 0 };
    const jobFiles = new Map();
    let perJob = selection.jobs;
    if (run.status !== 'completed' && !listed) {
        missing.push(`Run ${runId} is still ${run.status ?? 'running'}, and without a jobs list only its archive has logs; fetch them after it completes.`);
    }
    else if (run.status !== 'completed') {
        // Run archives exist only once the run completes; a completed job's own log already does.
        perJob = selection.jobs.filter(job => job.status === 'completed');
        const waiting = selection.jobs.length - perJob.length;
        if (perJob.length > 0 && waiting > 0) {
            step_log/* info */.pq(`Run ${runId} is still ${run.status ?? 'running'}: fetching the logs of its ${perJob.length} completed selected jobs; the other ${waiting} have logs once they complete.`);
        }
        if (perJob.length === 0) {
            missing.push(`Run ${runId} is still ${run.status ?? 'running'}, so its logs are not available yet; fetch them after it completes.`);
        }
    }
    else {
        const fromArchive = await fetchArchive(client, settings, deps, deadline, {
            what,
            limits,
            budget,
            selection,
            allJobs,
            run
        });
        if (fromArchive.missing !== undefined) {
            missing.push(fromArchive.missing);
            notFound.archive = true;
            notFound.statuses.add(fromArchive.status);
            // GitHub answers 404 for an expired or deleted archive and for a token that cannot see
            // it; each job's own log may still be there, so those are tried before giving up.
            perJob = selection.jobs;
        }
        else {
            files.push(...fromArchive.files);
            for (const [jobId, found] of fromArchive.jobFiles)
                jobFiles.set(jobId, found);
            // The archive does not always map to jobs (cli/cli#11172): those use the job endpoint.
            perJob = selection.jobs.filter(job => !jobFiles.has(job.id));
        }
    }
    for (const job of perJob) {
        const file = external_node_path_.join(settings.logDir, `job-${job.id}-${safeFileName(job.name)}.txt`);
        // A failed job's log is scanned for its excerpts in the same pass as it is written.
        let scanner;
        const scan = (0,conclusions/* isFailed */.Ix)(job) && settings.tailLines > 0;
        try {
            await downloadLog(client, { jobId: job.id }, file, {
                onBytes: bytes => budget.take(bytes),
                deadline,
                label: `the log of job ${JSON.stringify(job.name)} (${job.id})`,
                reader: scan
                    ? () => {
                        const fresh = new LogScanner(settings.tailLines);
                        scanner = fresh;
                        return piece => fresh.write(piece);
                    }
                    : undefined
            });
            files.push(file);
            jobFiles.set(job.id, { jobLog: file, stepLogs: new Map(), scan: scanner?.end() });
        }
        catch (error) {
            const status = (0,errors/* httpStatus */.nG)(error);
            if (status !== 404 && status !== 410)
                throw error;
            notFound.statuses.add(status);
            notFound.jobs++;
            missing.push(`The log of job ${JSON.stringify(job.name)} (${job.id}) is not available (GitHub answered ${status}); job logs expire after the repository's retention period.`);
        }
    }
    let noLogs;
    if (files.length === 0 && notFound.statuses.size > 0) {
        noLogs = noLogsSentence(what, notFound);
        missing = [noLogs];
        if (settings.ifNoLogsFound === 'warn')
            step_log/* warning */.$e(noLogs);
        else if (settings.ifNoLogsFound === 'ignore')
            step_log/* info */.pq(noLogs);
    }
    else if (!settings.failOnMissing) {
        for (const sentence of missing)
            step_log/* warning */.$e(sentence);
    }
    const failedJobs = [];
    for (const job of selection.jobs.filter(conclusions/* isFailed */.Ix)) {
        const found = jobFiles.get(job.id);
        const excerpts = found ? await excerptsFor(job, found, settings.tailLines) : [];
        for (const excerpt of excerpts) {
            step_log/* echoVerbatim */.kG(`❌ ${job.name} › ${excerpt.label} (last ${excerpt.lines.length} lines)`, excerpt.lines);
        }
        failedJobs.push({ job, failedSteps: failedSteps(job).map(step => step.name), excerpts });
    }
    step_log/* info */.pq(`Wrote ${files.length} log files to ${settings.logDir}.`);
    return { ...base, files, failedJobs, missing, ...(noLogs !== undefined ? { noLogs } : {}) };
}
/** Why not one log could be had, and what to do: one sentence naming every likely cause. */
function noLogsSentence(what, notFound) {
    const asked = [
        ...(notFound.archive ? ['its log archive'] : []),
        ...(notFound.jobs > 0
            ? [
                notFound.jobs === 1
                    ? "its selected job's log"
                    : `the logs of its ${notFound.jobs} selected jobs`
            ]
            : [])
    ].join(' and ');
    const statuses = [...notFound.statuses].sort().join(' and ');
    return `No logs of ${what} could be fetched (GitHub answered ${statuses} for ${asked}): they expired after the repository's retention period, were deleted, or the token cannot read them (GitHub answers 404 for all three; the token needs 'actions: read' on this repository); set 'if-no-logs-found: warn' to only warn.`;
}
/** The run's (or attempt's) jobs; undefined, said once, where the server cannot list them. */
async function listJobsIfListable(client, settings) {
    const { runId, attempt } = settings;
    try {
        return await client.listJobs(runId, attempt !== undefined ? { attempt } : {});
    }
    catch (error) {
        if (!(error instanceof github_client.JobsUnavailableError))
            throw error;
        if (settings.jobs.length > 0 || settings.failedOnly) {
            throw new errors/* OperationError */.OK(`${error.message.slice(0, -1)}; fetch-logs cannot pick jobs here, so set 'jobs' empty and 'failed-only: false' to fetch the run's whole log archive.`);
        }
        client.note(`${error.message.slice(0, -1)}; fetched the run's whole log archive instead.`);
        return undefined;
    }
}
async function getRunOrExplain(client, runId, attempt) {
    try {
        return attempt !== undefined
            ? await client.getRunAttempt(runId, attempt)
            : await client.getRun(runId);
    }
    catch (error) {
        if ((0,errors/* httpStatus */.nG)(error) === 404) {
            const which = attempt !== undefined ? `Attempt ${attempt} of run ${runId}` : `Run ${runId}`;
            throw (0,read_run/* notFound */.mX)(client, which, 'run-id, attempt', error);
        }
        throw error;
    }
}
/**
 * Downloads the run's (or attempt's) log archive to a temporary file, checks every entry, and
 * extracts those of the selected jobs (or all of them) into log-dir. The archive is deleted
 * afterwards; only the extracted logs stay.
 */
async function fetchArchive(client, settings, deps, deadline, context) {
    const { what, limits, budget, selection, allJobs, run } = context;
    const label = `the log archive of ${what}`;
    const base = deps.env['RUNNER_TEMP'] || external_node_os_.tmpdir();
    // The runner creates RUNNER_TEMP, but a self-hosted setup or a local run may not have.
    await external_node_fs_.promises.mkdir(base, { recursive: true });
    const scratch = await external_node_fs_.promises.mkdtemp(external_node_path_.join(base, 'runctl-archive-'));
    try {
        const zipPath = external_node_path_.join(scratch, 'logs.zip');
        const gone = await downloadArchive(client, settings, deps, deadline, run, zipPath, label);
        if (gone !== undefined) {
            return {
                files: [],
                jobFiles: new Map(),
                status: gone,
                missing: `The logs of ${what} are not available (GitHub answered ${gone}); logs expire after the repository's retention period or may have been deleted.`
            };
        }
        let mapping = new Map();
        const { written } = await extractArchive(zipPath, {
            root: settings.logDir,
            limits,
            budget,
            label,
            choose: listing => {
                if (listing.refused.length > 0)
                    warnRefused(listing.refused, label);
                // All jobs, not just the selected ones: a name two jobs share maps to neither.
                mapping = mapArchiveToJobs(listing.entries, allJobs);
                const chosen = selection.everything
                    ? listing.entries
                    : selection.jobs.flatMap(job => {
                        const found = mapping.get(job.id);
                        return found ? entriesOf(found) : [];
                    });
                const declared = chosen.reduce((sum, entry) => sum + entry.declaredSize, 0);
                if (declared > limits.maxBytes) {
                    throw new errors/* OperationError */.OK(`The logs of ${what} would inflate to ${declared} bytes, more than max-log-bytes (${limits.maxBytes} bytes); nothing was extracted.`);
                }
                return chosen;
            }
        });
        const jobFiles = new Map();
        for (const [jobId, found] of mapping) {
            const jobLog = found.jobLog && written.get(found.jobLog.index);
            if (jobLog === undefined)
                continue;
            const stepLogs = new Map();
            for (const [number, entry] of found.stepLogs) {
                const file = written.get(entry.index);
                if (file !== undefined)
                    stepLogs.set(number, file);
            }
            jobFiles.set(jobId, { jobLog, stepLogs });
        }
        return { files: [...written.values()], jobFiles };
    }
    finally {
        await external_node_fs_.promises.rm(scratch, { recursive: true, force: true });
    }
}
/**
 * Downloads the archive, or returns the status (404/410) when the API says there is none. Right
 * after a run completes its archive can lag a little, so a fresh run is asked again.
 */
async function downloadArchive(client, settings, deps, deadline, run, zipPath, label) {
    // How long ago the run completed when runctl first asked, on GitHub's clock as updated_at is.
    const sinceCompletedMs = client.serverClock.toServer(deps.clock.now()) - Date.parse(run.updated_at);
    for (let attempt = 0;; attempt++) {
        let archiveBytes = 0;
        try {
            await downloadLog(client, { runId: settings.runId, attempt: settings.attempt }, zipPath, {
                label,
                deadline,
                onBytes: bytes => {
                    archiveBytes += bytes;
                    if (archiveBytes > settings.maxLogBytes) {
                        throw new errors/* OperationError */.OK(`${(0,sentences/* capitalise */.s)(label)} is larger than max-log-bytes (${settings.maxLogBytes} bytes); raise max-log-bytes to fetch it.`);
                    }
                }
            });
            return undefined;
        }
        catch (error) {
            const status = (0,errors/* httpStatus */.nG)(error);
            if (status !== 404 && status !== 410)
                throw error;
            // A just-completed run's archive can lag: asking again is the retry policy's to say.
            const decision = (0,retry_policy/* decideArchiveLag */.tJ)({ status, sinceCompletedMs, label: (0,sentences/* capitalise */.s)(label) }, attempt, {
                leftMs: deadline.remainingMs()
            });
            if (decision.kind !== 'retry')
                return status;
            step_log/* debug */.Yz(decision.warning);
            await deps.clock.sleep(decision.waitSeconds * 1000);
        }
    }
}
/** One warning for all refused entries: how many, why, and one name (quoted, escaped). */
function warnRefused(refused, label) {
    const reasons = [...new Set(refused.map(entry => entry.reason))].join(', ');
    const first = JSON.stringify(refused[0].name);
    const count = refused.length === 1 ? '1 unsafe entry' : `${refused.length} unsafe entries`;
    step_log/* warning */.$e(`Refused ${count} in ${label} (${reasons}), for example ${first}; nothing was written for them.`);
}
/**
 * What to show of a failed job: the last lines of each failed step's own log where the archive
 * has one; else of each "##[group]" section of the job log that holds an "##[error]"; else the
 * end of the job log.
 */
async function excerptsFor(job, found, tailLines) {
    if (tailLines === 0)
        return [];
    const steps = failedSteps(job);
    const fromSteps = [];
    for (const step of steps) {
        const file = found.stepLogs.get(step.number);
        if (file === undefined)
            continue;
        fromSteps.push({ label: step.name, kind: 'step', lines: (await scanLog(file, tailLines)).tail });
    }
    if (fromSteps.length > 0 || found.jobLog === undefined)
        return fromSteps;
    const scan = found.scan ?? (await scanLog(found.jobLog, tailLines));
    if (scan.failingSections.length > 0) {
        const onlyStep = steps.length === 1 && scan.failingSections.length === 1 ? steps[0] : undefined;
        return scan.failingSections.map(section => ({
            label: onlyStep?.name ?? (section.title || 'log section'),
            kind: 'section',
            lines: section.lines
        }));
    }
    return [{ label: 'end of the job log', kind: 'tail', lines: scan.tail }];
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
/* harmony export */   S0: () => (/* binding */ writeNewFile)
/* harmony export */ });
/* unused harmony exports CREATE_NEW_FLAGS, PARTIAL_PREFIX */
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
