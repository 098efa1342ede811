export const id = 446;
export const ids = [446];
export const modules = {

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export GRACE_MS */
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
};
/** How long requests may still run after the budget is spent (so a fault ends by then). */
const GRACE_MS = 4000;
/** A budget shared by every wait in one operation (timeout-seconds). */
class Deadline {
    clock;
    at;
    /** timeout-seconds as the user gave it (what sentences name), also in a narrowed window. */
    timeoutSeconds;
    constructor(clock, seconds, timeoutSeconds = seconds) {
        this.clock = clock;
        this.at = clock.now() + seconds * 1000;
        this.timeoutSeconds = timeoutSeconds;
    }
    remainingMs() {
        return Math.max(0, this.at - this.clock.now());
    }
    expired() {
        return this.remainingMs() <= 0;
    }
    /**
     * Time left in the short grace after the budget (GRACE_MS): only for the last requests of an
     * operation whose wait ran out (the final read, cancel-on-timeout), never for waiting.
     */
    graceLeftMs() {
        return Math.max(0, this.at + GRACE_MS - this.clock.now());
    }
    /**
     * A shorter wait inside this budget: ends after `seconds` or with this budget, whichever is
     * first (a read-back window never outlasts timeout-seconds).
     */
    within(seconds) {
        return new Deadline(this.clock, Math.min(seconds, this.remainingMs() / 1000), this.timeoutSeconds);
    }
}


/***/ }),

/***/ 446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEngine: () => (/* binding */ runEngine)
});

// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/summary/escape.ts
var summary_escape = __webpack_require__(7125);
// EXTERNAL MODULE: ./src/summary/streamed.ts
var streamed = __webpack_require__(947);
;// CONCATENATED MODULE: ./src/presenters/server-notes.ts


/** What the server lacked and what was done instead, as a section at the end of the summary. */
function withServerNotes(presentation, notes) {
    if (notes.length === 0)
        return presentation;
    const section = ['### This server', ...notes.map(note => `- ${(0,summary_escape/* escapeMarkdown */.FV)(note)}`)].join('\n');
    return { ...presentation, summary: (0,streamed/* withSection */.i)(presentation.summary, section) };
}

;// CONCATENATED MODULE: ./src/engine.ts
/**
 * The engine's one entry, shared by both front ends (the action's src/main.ts and the CLI's
 * src/cli/main.ts): typed settings in, a typed presentation out (outputs, summary, failure).
 * What is printed on the way goes through src/step-log.ts to whichever reporter the front end
 * installed; nothing here knows about Actions.
 */


async function runEngine(settings, options) {
    const clock = options.clock ?? src_clock/* systemClock */.ml;
    // The one time budget: the client fits every request, retry and rate-limit wait in it, and
    // the operation's own waits share it.
    const deadline = options.deadline ?? new src_clock/* Deadline */.B2(clock, settings.timeoutSeconds);
    // Loaded only now: a bad input fails without loading the client or any operation.
    const [{ createGitHubClient }, { runOperation }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(86), __webpack_require__.e(424)]).then(__webpack_require__.bind(__webpack_require__, 424)),
        __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 3942))
    ]);
    const client = createGitHubClient({
        token: settings.token,
        baseUrl: settings.apiUrl,
        apiVersion: settings.apiVersion,
        owner: settings.owner,
        repo: settings.repo,
        sleep: clock.sleep,
        now: clock.now,
        deadline,
        timeScale: options.timeScale
    });
    const presentation = withServerNotes(await runOperation(settings, client, { clock, env: options.env, deadline }), client.notes);
    return { presentation, stats: client.stats };
}


/***/ }),

/***/ 7125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   yA: () => (/* binding */ tablePieces),
/* harmony export */   z2: () => (/* binding */ keyValueTable)
/* harmony export */ });
/* unused harmony export escapeHtml */
/**
 * Everything the API returns is untrusted text (branch names, job names, commit messages, logs):
 * these make it inert in a job summary, which GitHub renders as markdown with HTML.
 */
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, char => HTML_ENTITIES[char] ?? char);
}
/**
 * Inline text in markdown: HTML-escaped, markdown punctuation neutralised, one line. One pass, so
 * an entity it writes is never escaped again; any line break (CR alone too) becomes a space.
 */
function escapeMarkdown(text) {
    return text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[&<>"'\\`*_{}[\]()#+!|~]/g, char => HTML_ENTITIES[char] ?? `&#${char.charCodeAt(0)};`);
}
/** A table cell: like escapeMarkdown (pipes must not split the cell). */
const escapeCell = escapeMarkdown;
/** A link whose text is untrusted and whose URL must be http(s). */
function link(text, url) {
    const safeText = escapeMarkdown(text);
    // Only a web address on one line; anything else (javascript:, whitespace) is left as text.
    if (!url || !/^https?:\/\/[^\s]*$/.test(url))
        return safeText;
    return `<a href="${escapeHtml(url)}">${safeText}</a>`;
}
/**
 * A fenced code block that the text cannot close: the fence is longer than any backtick run in
 * it. Inside a fence nothing is rendered, so HTML like </details> stays text.
 */
function codeBlock(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(match => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text}\n${fence}`;
}
const tableLine = (cells) => `| ${cells.join(' | ')} |`;
/** A markdown table; cells must already be escaped (use escapeCell / link). */
function table(header, rows) {
    return [tableLine(header), tableLine(header.map(() => '---')), ...rows.map(tableLine)].join('\n');
}
/**
 * The same table as pieces (for a StreamedSummary): the header, then one piece per row, each
 * row rendered only when its piece is taken.
 */
function* tablePieces(header, items, row) {
    yield `${tableLine(header)}\n${tableLine(header.map(() => '---'))}`;
    for (const item of items)
        yield `\n${tableLine(row(item))}`;
}
/**
 * Labels and their values (already escaped). A markdown table needs a header row, and an empty
 * one renders as a blank bar, so the first pair is the header.
 */
function keyValueTable(rows) {
    const [first, ...rest] = rows;
    if (first === undefined)
        return '';
    return table([...first], rest.map(row => [...row]));
}
function formatDuration(ms) {
    if (ms === undefined || !Number.isFinite(ms))
        return 'n/a';
    const totalSeconds = Math.round(ms / 1000);
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    const seconds = totalSeconds % 60;
    if (hours > 0)
        return `${hours}h ${minutes}m ${seconds}s`;
    if (minutes > 0)
        return `${minutes}m ${seconds}s`;
    return `${seconds}s`;
}


/***/ }),

/***/ 947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ StreamedSummary),
/* harmony export */   i: () => (/* binding */ withSection)
/* harmony export */ });
/**
 * A job summary written piece by piece: each piece is rendered only when it is written, so a
 * table of thousands of rows is never held whole (its rows, its lines and their joined text at
 * once). On a 5,000-job report, building that table as one string grew V8's young generation
 * at the very end (docs/performance.md, "Where report-usage's memory goes").
 * A piece must not split a character (a surrogate pair): each is measured on its own.
 */
class StreamedSummary {
    render;
    constructor(render) {
        this.render = render;
    }
    [Symbol.iterator]() {
        return this.render()[Symbol.iterator]();
    }
    /** The whole text (for a terminal, or a test): the step summary is written without it. */
    toString() {
        let text = '';
        for (const piece of this)
            text += piece;
        return text;
    }
}
/** `summary`, then a blank line and `section`, streamed still if it was. */
function withSection(summary, section) {
    if (typeof summary === 'string')
        return `${summary}\n\n${section}`;
    return new StreamedSummary(function* () {
        yield* summary;
        yield `\n\n${section}`;
    });
}


/***/ })

};
