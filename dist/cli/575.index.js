export const id = 575;
export const ids = [575];
export const modules = {

/***/ 5873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aX: () => (/* binding */ prepareResults),
/* harmony export */   n1: () => (/* binding */ collectResults)
/* harmony export */ });
/* unused harmony export wantsArtifacts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6686);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7242);
/* harmony import */ var _conclusions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1035);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3116);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5601);
/* harmony import */ var _log_dir_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3991);
/* harmony import */ var _logs_download_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9434);
/* harmony import */ var _logs_extract_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2223);
/* harmony import */ var _logs_limits_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4247);
/* harmony import */ var _logs_safe_paths_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3851);
/* harmony import */ var _sentences_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3861);
/**
 * What a completed run produced, brought back to the step that waited for it: its artifacts
 * (download-artifacts), the JSON object of its outputs artifact (outputs-artifact → run-outputs),
 * and, when its conclusion was not allowed, its failed jobs' check-run annotations. Artifacts are
 * downloaded like logs (src/logs/download.ts: the signed storage link followed without the token,
 * within the one deadline) and extracted with the same checks (src/logs/extract.ts).
 */














const ARTIFACTS_DIR = { input: 'artifacts-dir', contents: 'artifacts' };
/** Whether any result beyond annotations was asked for. */
function wantsArtifacts(settings) {
    return (settings?.downloadArtifacts.length ?? 0) > 0 || settings?.outputsArtifact !== undefined;
}
/**
 * Before any waiting (and before a dispatch): an artifacts-dir that cannot hold the artifacts
 * fails now, in one sentence, not after an hour's wait.
 */
async function prepareResults(settings, deadline) {
    if (!settings || settings.downloadArtifacts.length === 0)
        return;
    await (0,_log_dir_js__WEBPACK_IMPORTED_MODULE_7__/* .prepareLogDir */ .$)(settings.artifactsDir, { deadline, input: 'artifacts-dir' });
}
/**
 * Reads the results of completed runs. A problem with an artifact ends the artifacts (one
 * sentence in `failure`); the annotations, read first, are kept whatever happens after.
 */
async function collectResults(client, runs, settings, context) {
    const annotated = runs.some(item => item.refused)
        ? await readAnnotations(client, runs.filter(item => item.refused))
        : undefined;
    if (!settings || !wantsArtifacts(settings))
        return { ...annotated };
    const downloaded = [];
    try {
        let runOutputs;
        const budget = new _logs_limits_js__WEBPACK_IMPORTED_MODULE_10__/* .ByteBudget */ .Gz(settings.maxArtifactBytes, `Stopped at max-artifact-bytes: the artifacts extract to more than ${settings.maxArtifactBytes} bytes; raise max-artifact-bytes or download fewer artifacts.`);
        // Every run's list first: a glob matching nothing fails (artifacts-required) before any download.
        const listed = [];
        for (const { run } of runs)
            listed.push({ run, artifacts: await listArtifacts(client, run.id) });
        const globs = settings.downloadArtifacts;
        const matched = new Set();
        const chosen = listed.map(({ run, artifacts }) => ({
            run,
            artifacts,
            picked: matching(artifacts, globs, run.id, matched)
        }));
        if (globs.length > 0) {
            checkUnmatched(settings, matched, runs, listed.flatMap(item => item.artifacts));
        }
        for (const { run, artifacts, picked } of chosen) {
            const root = context.folderPerRun
                ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(settings.artifactsDir, String(run.id))
                : settings.artifactsDir;
            for (const artifact of picked) {
                const files = await fetchArtifact(client, artifact, run.id, {
                    root,
                    settings,
                    budget,
                    deadline: context.deadline,
                    env: context.env
                });
                downloaded.push({
                    name: artifact.name,
                    id: artifact.id,
                    size: artifact.size_in_bytes,
                    path: node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, artifact.name),
                    files,
                    ...(context.folderPerRun ? { runId: run.id } : {})
                });
            }
            if (settings.outputsArtifact !== undefined) {
                runOutputs = await readRunOutputs(client, artifacts, settings.outputsArtifact, run.id, {
                    deadline: context.deadline,
                    env: context.env
                });
            }
        }
        return {
            ...annotated,
            ...(settings.downloadArtifacts.length > 0 ? { artifacts: downloaded } : {}),
            ...(runOutputs !== undefined ? { runOutputs } : {})
        };
    }
    catch (error) {
        if (!(error instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK))
            throw error;
        return {
            ...annotated,
            ...(settings.downloadArtifacts.length > 0 ? { artifacts: downloaded } : {}),
            failure: error.message
        };
    }
}
async function listArtifacts(client, runId) {
    try {
        return await client.listArtifacts(runId);
    }
    catch (error) {
        throw refused(client, error, `list the artifacts of run ${runId}`);
    }
}
/**
 * The one sentence for a refused artifacts request: a 403 (or the 404 GitHub gives a token that
 * cannot see the repository) names the permission, `actions: read` on the child's repository.
 */
function refused(client, error, what) {
    const status = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .httpStatus */ .nG)(error);
    if (status !== 403 && status !== 404)
        return error;
    const where = `${client.owner}/${client.repo}`;
    const endpoint = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts';
    if (status === 404 && client.capabilities.has(endpoint) === false) {
        return new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(client.capabilities.lacks(endpoint, 'the artifacts of a run'));
    }
    // GitHub names what the call accepted (X-Accepted-GitHub-Permissions); else say it ourselves.
    const lacking = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .missingPermission */ .Up)(error) ??
        (status === 403
            ? `the token needs actions: read on ${where}`
            : `it does not exist, or the token cannot see it (that needs actions: read on ${where})`);
    const said = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .apiMessage */ .SX)(error).replace(/\.$/, '');
    return new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(`GitHub refused to ${what} (${status}${said ? `: ${said}` : ''}): ${lacking}.`);
}
/**
 * The artifacts the globs pick (two of one name cannot share a folder: refused). Notes in
 * `matched` which globs matched anything.
 */
function matching(artifacts, globs, runId, matched) {
    for (const glob of globs) {
        if (artifacts.some(a => (0,_glob_js__WEBPACK_IMPORTED_MODULE_12__/* .globMatches */ .m)(glob, a.name)))
            matched.add(glob);
    }
    const chosen = artifacts.filter(a => globs.some(glob => (0,_glob_js__WEBPACK_IMPORTED_MODULE_12__/* .globMatches */ .m)(glob, a.name)));
    const names = new Set();
    for (const artifact of chosen) {
        if (names.has(artifact.name)) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(`Run ${runId} has two artifacts named ${JSON.stringify(artifact.name)}; both cannot be extracted into one folder of artifacts-dir.`);
        }
        names.add(artifact.name);
    }
    return chosen;
}
/** A glob that matched no artifact (of any run): one warning, or with artifacts-required the failure. */
function checkUnmatched(settings, matched, runs, seen) {
    const unmatched = settings.downloadArtifacts.filter(glob => !matched.has(glob));
    if (unmatched.length === 0)
        return;
    const quoted = unmatched.map(glob => JSON.stringify(glob)).join(', ');
    const names = [...new Set(seen.map(a => a.name))];
    const which = runs.length === 1 ? `run ${runs[0]?.run.id}` : `the ${runs.length} runs`;
    const available = names.length === 0
        ? `${runs.length === 1 ? 'it has' : 'they have'} no artifacts`
        : `found: ${names
            .slice(0, 10)
            .map(name => JSON.stringify(name))
            .join(', ')}${names.length > 10 ? ', …' : ''}`;
    const sentence = `No artifact of ${which} matches ${quoted} in input 'download-artifacts' (${available}).`;
    if (settings.artifactsRequired)
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(sentence);
    _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(sentence);
}
function expiredSentence(artifact, runId) {
    const when = artifact.expires_at ? ` on ${artifact.expires_at}` : '';
    return `Artifact ${JSON.stringify(artifact.name)} of run ${runId} expired${when} and can no longer be downloaded (GitHub keeps artifacts for the repository's retention period).`;
}
function limitsOf(settings) {
    return {
        maxBytes: settings.maxArtifactBytes,
        maxEntries: settings.maxArtifactEntries,
        maxRatio: settings.maxCompressionRatio
    };
}
/** A scratch folder under RUNNER_TEMP for one zip, removed afterwards. */
async function withScratch(env, use) {
    const base = env['RUNNER_TEMP'] || node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir();
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(base, { recursive: true });
    const scratch = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2__.join(base, 'runctl-artifact-'));
    try {
        return await use(scratch);
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(scratch, { recursive: true, force: true });
    }
}
/** Downloads an artifact's zip (at most `maxZipBytes`), explaining the API's refusals. */
async function downloadZip(client, artifact, runId, zipPath, options) {
    if (artifact.expired)
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(expiredSentence(artifact, runId));
    let received = 0;
    try {
        await (0,_logs_download_js__WEBPACK_IMPORTED_MODULE_8__/* .downloadLog */ .f)(client, { artifactId: artifact.id }, zipPath, {
            label: `artifact ${JSON.stringify(artifact.name)} of run ${runId}`,
            deadline: options.deadline,
            onBytes: bytes => {
                received += bytes;
                if (received > options.maxZipBytes)
                    throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(options.tooLarge);
            }
        });
    }
    catch (error) {
        // GitHub answers 410 Gone for an artifact that expired since it was listed.
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .httpStatus */ .nG)(error) === 410)
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(expiredSentence(artifact, runId));
        throw refused(client, error, `download artifact ${JSON.stringify(artifact.name)} of run ${runId}`);
    }
}
/** Downloads one artifact and extracts it into <root>/<name>/; returns the files written. */
async function fetchArtifact(client, artifact, runId, options) {
    const { root, settings, budget } = options;
    const label = `artifact ${JSON.stringify(artifact.name)} of run ${runId}`;
    // Artifact names are one path segment on GitHub; one from the API is checked all the same.
    const nameReason = artifact.name.includes('/') ? 'a "/" in it' : (0,_logs_safe_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .unsafeEntryReason */ .Xj)(artifact.name);
    const folder = nameReason === undefined ? (0,_logs_safe_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .resolveInside */ .LI)(root, artifact.name) : undefined;
    if (folder === undefined) {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(`Refused ${label}: its name cannot be a folder of artifacts-dir (${nameReason ?? 'outside artifacts-dir'}); nothing of it was written.`);
    }
    return withScratch(options.env, async (scratch) => {
        const zipPath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(scratch, 'artifact.zip');
        await downloadZip(client, artifact, runId, zipPath, {
            deadline: options.deadline,
            maxZipBytes: settings.maxArtifactBytes,
            tooLarge: `The zip of ${label} is larger than max-artifact-bytes (${settings.maxArtifactBytes} bytes); raise max-artifact-bytes to download it.`
        });
        const made = await makeFolderInside(settings.artifactsDir, folder);
        const before = budget.written;
        const { written } = await (0,_logs_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .extractArchive */ .Qh)(zipPath, {
            root: folder,
            limits: limitsOf(settings),
            budget,
            label,
            destination: ARTIFACTS_DIR,
            removeOnFailure: true,
            deadline: options.deadline,
            choose: listing => {
                const [first] = listing.refused;
                if (first !== undefined) {
                    // An artifact is used as a whole by the next step: one unsafe entry refuses all of it.
                    throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(`Refused ${label}: entry ${JSON.stringify(first.name)} is unsafe (${first.reason})${listing.refused.length > 1 ? `, and ${listing.refused.length - 1} more` : ''}; nothing of it was written.`);
                }
                const declared = listing.entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
                if (budget.written + declared > budget.maxBytes) {
                    throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(`${label.charAt(0).toUpperCase()}${label.slice(1)} would extract to ${declared} bytes, more than max-artifact-bytes allows (${budget.maxBytes} bytes, ${budget.written} already written); nothing of it was written.`);
                }
                return listing.entries;
            }
        }).catch(async (error) => {
            // Nothing of a refused artifact stays (the extractor removed what it wrote).
            if (made)
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(folder, { recursive: true, force: true });
            // Headers that understate the sizes pass the check above; the bytes counted stop them.
            if (!(error instanceof _logs_limits_js__WEBPACK_IMPORTED_MODULE_10__/* .BudgetExceeded */ .L$))
                throw error;
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(`${(0,_sentences_js__WEBPACK_IMPORTED_MODULE_13__/* .capitalise */ .s)(label)} extracts to more than max-artifact-bytes allows (${budget.maxBytes} bytes, ${before} already written by earlier artifacts); nothing of it was kept.`);
        });
        _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Extracted ${label} (${written.size} files) into ${folder}.`);
        return [...written.values()].map(file => node_path__WEBPACK_IMPORTED_MODULE_2__.relative(folder, file).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
    });
}
/**
 * mkdir -p of an artifact's folder, refused where a link already there (at the folder or at a
 * run's folder) would lead out of artifacts-dir: the extractor checks every path below the
 * folder, this checks the folder itself.
 */
async function makeFolderInside(artifactsDir, folder) {
    const made = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(folder, { recursive: true });
    const expected = node_path__WEBPACK_IMPORTED_MODULE_2__.join(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(artifactsDir), node_path__WEBPACK_IMPORTED_MODULE_2__.relative(artifactsDir, folder));
    if ((await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(folder)) !== expected) {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(`Refused to write artifacts through a link that leads outside artifacts-dir (${folder}).`);
    }
    return made !== undefined;
}
/**
 * The outputs artifact's one JSON file, parsed: an object of at most 1 MiB. The newest artifact
 * of that name counts (a re-run's upload replaces an earlier one).
 */
async function readRunOutputs(client, artifacts, name, runId, options) {
    const label = `the outputs artifact ${JSON.stringify(name)} of run ${runId}`;
    const artifact = artifacts.filter(a => a.name === name).sort((a, b) => b.id - a.id)[0];
    if (artifact === undefined) {
        throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(`Run ${runId} has no artifact named ${JSON.stringify(name)} (input 'outputs-artifact'): the child workflow must upload its outputs file under that name with actions/upload-artifact.`);
    }
    const max = _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ARTIFACT_LIMITS */ .Wo.maxOutputsBytes;
    const tooLarge = `${label.charAt(0).toUpperCase()}${label.slice(1)} holds more than ${max} bytes (1 MiB), the most run-outputs takes.`;
    return withScratch(options.env, async (scratch) => {
        const zipPath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(scratch, 'outputs.zip');
        // A zip of a 1 MiB file stored uncompressed is a little larger than the file.
        await downloadZip(client, artifact, runId, zipPath, {
            deadline: options.deadline,
            maxZipBytes: max + 64 * 1024,
            tooLarge
        });
        const into = node_path__WEBPACK_IMPORTED_MODULE_2__.join(scratch, 'outputs');
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(into);
        const { written } = await (0,_logs_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .extractArchive */ .Qh)(zipPath, {
            root: into,
            limits: {
                maxBytes: max,
                maxEntries: 16,
                maxRatio: _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ARTIFACT_LIMITS */ .Wo.maxCompressionRatio
            },
            budget: new _logs_limits_js__WEBPACK_IMPORTED_MODULE_10__/* .ByteBudget */ .Gz(max, tooLarge),
            label,
            destination: ARTIFACTS_DIR,
            deadline: options.deadline,
            choose: listing => {
                const files = listing.entries.filter(entry => !entry.isDirectory);
                if (listing.refused.length > 0 || files.length !== 1) {
                    const count = files.length + listing.refused.length;
                    throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(`${label.charAt(0).toUpperCase()}${label.slice(1)} must hold exactly one JSON file; it holds ${count} files.`);
                }
                if ((files[0]?.declaredSize ?? 0) > max)
                    throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(tooLarge);
                return files;
            }
        });
        const [file] = [...written.values()];
        const text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
        let parsed;
        try {
            parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
        }
        catch {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(`${label.charAt(0).toUpperCase()}${label.slice(1)} does not hold valid JSON; write it with, for example, echo '{"version": "1.2.3"}' > outputs.json.`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
            const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : typeof parsed;
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .OperationError */ .OK(`${label.charAt(0).toUpperCase()}${label.slice(1)} holds JSON ${kind}, not an object such as {"version": "1.2.3"}.`);
        }
        _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Read run-outputs from ${label}.`);
        return parsed;
    });
}
/**
 * The failed jobs' check-run annotations (a job's id is its check run's id), at most 50 in all.
 * Reading them is best effort: a refusal (they need 'checks: read') is one warning, never the
 * failure, which is the run's conclusion.
 */
async function readAnnotations(client, runs) {
    const max = _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ARTIFACT_LIMITS */ .Wo.maxAnnotations;
    const annotations = [];
    let more = false;
    for (const { run, jobs } of runs) {
        let known = jobs;
        if (known === undefined) {
            try {
                known = await client.listJobs(run.id);
            }
            catch (error) {
                _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`Could not list the jobs of run ${run.id} to show why it failed: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeError */ .Uc)(error)}`);
                continue;
            }
        }
        for (const job of known.filter(_conclusions_js__WEBPACK_IMPORTED_MODULE_5__/* .isFailed */ .Ix)) {
            if (annotations.length >= max) {
                more = true;
                break;
            }
            try {
                const found = await client.listAnnotations(job.id, max - annotations.length + 1);
                if (annotations.length + found.length > max)
                    more = true;
                for (const annotation of found.slice(0, max - annotations.length)) {
                    annotations.push({
                        runId: run.id,
                        jobId: job.id,
                        job: job.name,
                        level: text(annotation.annotation_level),
                        path: text(annotation.path),
                        ...(typeof annotation.start_line === 'number'
                            ? { startLine: annotation.start_line }
                            : {}),
                        ...(typeof annotation.end_line === 'number' ? { endLine: annotation.end_line } : {}),
                        title: text(annotation.title),
                        message: text(annotation.message)
                    });
                }
            }
            catch (error) {
                _step_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`Could not read the annotations of job ${JSON.stringify(job.name)} (${job.id}) of run ${run.id}: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeError */ .Uc)(error)}`);
            }
        }
    }
    return { annotations, ...(more ? { moreAnnotations: true } : {}) };
}
/** Untrusted text of bounded length (a message can be 64 KiB). */
function text(value, maxLength = 4000) {
    if (typeof value !== 'string')
        return '';
    return value.length > maxLength ? `${value.slice(0, maxLength)}…` : value;
}


/***/ }),

/***/ 1204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ describeFilter),
/* harmony export */   H$: () => (/* binding */ findNewestRun),
/* harmony export */   VR: () => (/* binding */ runListRequest),
/* harmony export */   yy: () => (/* binding */ matchesFilter)
/* harmony export */ });
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6686);
/* harmony import */ var _github_run_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9125);
/* harmony import */ var _poll_loop_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3601);



function describeFilter(filter) {
    const parts = [
        filter.workflow !== undefined ? `workflow ${filter.workflow}` : 'any workflow',
        filter.branch !== undefined ? `branch ${filter.branch}` : undefined,
        filter.headSha !== undefined ? `commit ${filter.headSha}` : undefined,
        filter.event !== undefined ? `event ${filter.event}` : undefined,
        filter.actor !== undefined ? `by ${filter.actor}` : undefined,
        filter.createdAfter !== undefined
            ? `created at or after ${filter.createdAfter.toISOString()}`
            : undefined
    ];
    return parts.filter(part => part !== undefined).join(', ');
}
/**
 * Every filter, checked on each listed run: short SHAs and sub-second created-after the API
 * cannot filter, and a server may not know a filter (or ignore it) and answer a wider list.
 */
function matchesFilter(run, filter) {
    return (0,_github_run_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .runMatchesFilter */ .F)(run, filter);
}
/** The runs-list request for a filter: the workflow's list when it names one, else the repository's. */
function runListRequest(filter) {
    const params = {
        per_page: 100,
        ...(filter.branch !== undefined ? { branch: filter.branch } : {}),
        ...(filter.event !== undefined ? { event: filter.event } : {}),
        ...(filter.actor !== undefined ? { actor: filter.actor } : {}),
        // GitHub matches head_sha exactly; a short sha is matched client-side.
        ...(filter.headSha !== undefined && filter.headSha.length === 40
            ? { head_sha: filter.headSha }
            : {}),
        ...(filter.createdAfter !== undefined
            ? { created: `>=${filter.createdAfter.toISOString().replace(/\.\d{3}Z$/, 'Z')}` }
            : {})
    };
    const route = filter.workflow !== undefined
        ? 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
        : 'GET /repos/{owner}/{repo}/actions/runs';
    const routeParams = filter.workflow !== undefined
        ? {
            ...params,
            workflow_id: /^\d+$/.test(filter.workflow) ? Number(filter.workflow) : filter.workflow
        }
        : params;
    return { route, params: routeParams };
}
/**
 * The newest run matching the filter; if none exists yet (a run just dispatched), keeps looking,
 * from 1 s apart and backing off, until one appears or the deadline passes. Reads only the first
 * page, conditionally: the list is newest first and a 304 costs nothing.
 */
async function findNewestRun(client, filter, options) {
    const { route, params: routeParams } = runListRequest(filter);
    let announced = false;
    const outcome = await (0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_1__/* .pollUntil */ .g3)(async () => {
        const list = async () => {
            const polled = await client.getConditional(route, routeParams);
            const runs = polled.data.workflow_runs;
            if (!Array.isArray(runs))
                throw new Error('The workflow runs list came back without workflow_runs.');
            options.listed?.splice(0, options.listed.length, ...runs);
            const matching = runs.filter(run => matchesFilter(run, filter));
            return { polled, found: options.pick ? options.pick(matching) : matching[0] };
        };
        const sentBefore = JSON.stringify(client.fitParams(route, routeParams));
        let { polled, found } = await list();
        // The first answer told which filters the server takes: ask again at once with them.
        if (!found && JSON.stringify(client.fitParams(route, routeParams)) !== sentBefore) {
            ;
            ({ polled, found } = await list());
        }
        if (found)
            return { done: true, value: found };
        if (!announced) {
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`No run matches ${describeFilter(filter)} yet; waiting for one to appear.`);
            announced = true;
        }
        return { done: false, changed: !polled.notModified };
    }, {
        clock: options.clock,
        deadline: options.deadline,
        schedule: new _poll_loop_js__WEBPACK_IMPORTED_MODULE_1__/* .PollSchedule */ .$x(options.intervalMs),
        label: 'Listing runs',
        onHeartbeat: async (silentForMs) => {
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Still no run matches ${describeFilter(filter)} after ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(silentForMs)}.`);
        }
    });
    return outcome.done ? outcome.value : undefined;
}


/***/ }),

/***/ 4575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cancelAfterTimeout: () => (/* binding */ cancelAfterTimeout),
/* harmony export */   resultsOf: () => (/* binding */ resultsOf),
/* harmony export */   waitForJobsOfRun: () => (/* binding */ waitForJobsOfRun),
/* harmony export */   waitForRun: () => (/* binding */ waitForRun),
/* harmony export */   waitForRunId: () => (/* binding */ waitForRunId)
/* harmony export */ });
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6686);
/* harmony import */ var _find_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1204);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3116);
/* harmony import */ var _polling_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2692);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(424);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5601);
/* harmony import */ var _poll_loop_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3601);
/* harmony import */ var _read_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4192);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1983);
/* harmony import */ var _artifacts_results_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5873);










async function waitForRun(client, settings, deps) {
    const { clock } = deps;
    const started = clock.now();
    const deadline = (0,_types_js__WEBPACK_IMPORTED_MODULE_7__/* .budgetOf */ .n)(deps, settings);
    const intervalMs = settings.pollIntervalSeconds * 1000;
    await (0,_artifacts_results_js__WEBPACK_IMPORTED_MODULE_8__/* .prepareResults */ .aX)(settings.results, deadline);
    let runId;
    // The listing the run was found in: its other runs can predict when this one ends.
    const listed = [];
    if (settings.target.kind === 'id') {
        runId = settings.target.runId;
    }
    else {
        const found = await (0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .findNewestRun */ .H$)(client, settings.target.filter, {
            deadline,
            intervalMs,
            clock,
            listed
        });
        if (!found) {
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`No run matching ${(0,_find_run_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFilter */ .GT)(settings.target.filter)} appeared within ${settings.timeoutSeconds} seconds.`);
        }
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Found run ${found.id}: ${found.html_url}`);
        runId = found.id;
    }
    if (settings.jobs.length > 0) {
        const waitedJobs = await waitForJobsOfRun(client, runId, settings.jobs, {
            deadline,
            intervalMs,
            clock
        });
        let cancelOnTimeout;
        if (waitedJobs.timedOut && settings.cancelOnTimeout && waitedJobs.run.status !== 'completed') {
            cancelOnTimeout = await cancelAfterTimeout(client, runId);
        }
        const refusedJobs = waitedJobs.jobs.filter(job => job.status === 'completed' && !settings.allowedConclusions.includes(job.conclusion ?? ''));
        const results = waitedJobs.timedOut
            ? undefined
            : await resultsOf(client, waitedJobs.run, waitedJobs.jobs, refusedJobs.length > 0, settings, {
                deadline,
                env: deps.env
            });
        return {
            operation: 'wait-for-run',
            ...waitedJobs,
            ...(results ? { results } : {}),
            cancelOnTimeout,
            jobPatterns: settings.jobs,
            timeoutSeconds: settings.timeoutSeconds,
            waitedMs: clock.now() - started,
            allowedConclusions: settings.allowedConclusions
        };
    }
    const waited = await waitForRunId(client, runId, {
        deadline,
        intervalMs,
        clock,
        cancelOnTimeout: settings.cancelOnTimeout,
        knownRuns: listed
    });
    const results = waited.timedOut
        ? undefined
        : await resultsOf(client, waited.run, waited.jobs, !settings.allowedConclusions.includes(waited.run.conclusion ?? ''), settings, { deadline, env: deps.env });
    return {
        operation: 'wait-for-run',
        ...waited,
        ...(results ? { results } : {}),
        timeoutSeconds: settings.timeoutSeconds,
        waitedMs: clock.now() - started,
        allowedConclusions: settings.allowedConclusions
    };
}
/**
 * The results of a run whose wait ended in time (wait-for-run and dispatch's wait): artifacts and
 * run-outputs as asked, and, when its conclusion was refused, why it failed.
 */
async function resultsOf(client, run, jobs, refused, settings, context) {
    if (!settings.results)
        return undefined;
    return (0,_artifacts_results_js__WEBPACK_IMPORTED_MODULE_8__/* .collectResults */ .n1)(client, [{ run, jobs, refused }], settings.results, {
        ...context,
        folderPerRun: false
    });
}
/**
 * Waits for one run by id until it completes or the deadline passes, following its jobs; on a
 * timeout with cancelOnTimeout, cancels it. Shared by wait-for-run and dispatch's wait.
 */
async function waitForRunId(client, runId, options) {
    let outcome;
    try {
        outcome = await (0,_polling_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForRunCompletion */ .ev)(client, runId, {
            deadline: options.deadline,
            intervalMs: options.intervalMs,
            clock: options.clock,
            trackJobs: true,
            knownRuns: options.knownRuns
        });
    }
    catch (error) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) === 404)
            throw (0,_read_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runNotFound */ .b3)(client, runId, error);
        throw error;
    }
    let cancelOnTimeout;
    if (outcome.timedOut && options.cancelOnTimeout) {
        cancelOnTimeout = await cancelAfterTimeout(client, runId);
    }
    return { run: outcome.run, jobs: outcome.jobs, timedOut: outcome.timedOut, cancelOnTimeout };
}
async function cancelAfterTimeout(client, runId) {
    try {
        await client.mutate(`Cancelling run ${runId}`, () => client.cancelRun(runId, false), async () => (await client.getRun(runId)).status === 'completed');
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Cancelled run ${runId} because the wait timed out.`);
        return { cancelled: true, detail: 'cancelled because the wait timed out' };
    }
    catch (error) {
        const detail = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) === 409 ? 'it completed just before the cancel' : (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error);
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not cancel run ${runId} after the timeout: ${detail}`);
        return { cancelled: false, detail };
    }
}
/**
 * wait-for-run with `jobs`: polls the run and its jobs (both conditionally) until every pattern
 * has matched a job and every matching job has completed; the rest of the run may still be
 * going. Ends too when the run completes (a pattern still unmatched is then reported).
 */
async function waitForJobsOfRun(client, runId, patterns, options) {
    let run;
    let matching = [];
    let unmatched = [...patterns];
    let previous = '';
    const states = new Map();
    _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Waiting for the jobs of run ${runId} matching ${patterns.map(p => JSON.stringify(p)).join(', ')}.`);
    const poll = async () => {
        const polledRun = await client.pollRun(runId);
        run = polledRun.data;
        let jobs;
        try {
            jobs = (await client.pollJobs(runId)).data;
        }
        catch (error) {
            if (!(error instanceof _github_client_js__WEBPACK_IMPORTED_MODULE_4__.JobsUnavailableError))
                throw error;
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(
            // Stryker disable next-line Regex: JobsUnavailableError's sentence ends with it, so "$" changes nothing
            `${error.message.replace(/, so job details are left out\.$/, '')}: input 'jobs' cannot be used there; wait for the whole run instead.`);
        }
        matching = jobs.filter(job => patterns.some(pattern => (0,_glob_js__WEBPACK_IMPORTED_MODULE_9__/* .globMatches */ .m)(pattern, job.name)));
        unmatched = patterns.filter(pattern => !jobs.some(job => (0,_glob_js__WEBPACK_IMPORTED_MODULE_9__/* .globMatches */ .m)(pattern, job.name)));
        for (const job of matching) {
            const state = job.status === 'completed' ? `completed (${job.conclusion ?? 'no conclusion'})` : job.status;
            if (states.get(job.id) !== state) {
                _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  job ${JSON.stringify(job.name)}: ${state}`);
                states.set(job.id, state);
            }
        }
        const now = JSON.stringify([run.status, matching.map(job => [job.id, job.status])]);
        const changed = now !== previous;
        previous = now;
        const jobsDone = unmatched.length === 0 && matching.every(job => job.status === 'completed');
        return jobsDone || run.status === 'completed'
            ? { done: true, value: true }
            : { done: false, changed };
    };
    let outcome;
    try {
        outcome = await (0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_5__/* .pollUntil */ .g3)(poll, {
            clock: options.clock,
            deadline: options.deadline,
            schedule: new _poll_loop_js__WEBPACK_IMPORTED_MODULE_5__/* .PollSchedule */ .$x(options.intervalMs),
            label: `Polling the jobs of run ${runId}`,
            firstPollMustSucceed: true,
            onHeartbeat: async (silentForMs) => {
                const going = matching.filter(job => job.status !== 'completed');
                _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Still waiting after ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(silentForMs)} without change: ${going.length} matching job(s) not completed${going.length > 0 ? ` (${going.map(job => JSON.stringify(job.name)).join(', ')})` : ''}${unmatched.length > 0 ? `; no job matches ${unmatched.map(p => JSON.stringify(p)).join(', ')} yet` : ''}.`);
            }
        });
    }
    catch (error) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) === 404)
            throw (0,_read_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runNotFound */ .b3)(client, runId);
        throw error;
    }
    if (!run)
        throw new Error(`Run ${runId} was never read.`);
    return { run, jobs: matching, timedOut: !outcome.done, unmatched };
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

/***/ 2692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ev: () => (/* binding */ waitForRunCompletion)
/* harmony export */ });
/* unused harmony exports HISTORY_RUNS, END_MARGIN_MS, END_MARGIN_SHARE, estimateEnd, inLastSteps, heartbeatLine */
/* harmony import */ var _step_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6686);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(424);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3116);
/* harmony import */ var _poll_loop_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3601);




/** How many recent successful runs the prediction asks for (one page, one request). */
const HISTORY_RUNS = 20;
/** The window of plausible ends is widened by this much, plus this share of the median. */
const END_MARGIN_MS = 200;
const END_MARGIN_SHARE = 0.01;
/** When the jobs say the end is near but nothing predicted it: poll densely this long. */
const IMMINENT_WINDOW_MS = 30_000;
/** Successful runs of the workflow in an earlier listing that are enough to predict from. */
const ENOUGH_KNOWN_RUNS = 3;
function jobState(job) {
    return job.status === 'completed'
        ? `completed (${job.conclusion ?? 'no conclusion'})`
        : job.status;
}
function durationMs(run) {
    return Date.parse(run.updated_at) - Date.parse(run.run_started_at ?? run.created_at);
}
/** The value at fraction q of the sorted list (0: the first, 1: the last). */
function quantile(sorted, q) {
    return sorted[Math.round(q * (sorted.length - 1))] ?? 0;
}
/**
 * When `run` should end, from how long the workflow's recent successful runs took (a completed
 * run's updated_at is its end): between the shortest and the longest of them (the outer tenths
 * left out once there are ten), widened by a margin for clock skew and jitter. Undefined without
 * usable history.
 */
function estimateEnd(run, history) {
    const durations = history
        .filter(past => past.id !== run.id && past.workflow_id === run.workflow_id && past.conclusion === 'success')
        .map(durationMs)
        .filter(ms => Number.isFinite(ms) && ms > 0)
        .sort((a, b) => a - b);
    const start = Date.parse(run.run_started_at ?? run.created_at);
    if (durations.length === 0 || !Number.isFinite(start))
        return undefined;
    const median = quantile(durations, 0.5);
    const margin = END_MARGIN_MS + END_MARGIN_SHARE * median;
    return {
        likely: start + median,
        earliest: start + quantile(durations, 0.1) - margin,
        latest: start + quantile(durations, 0.9) + margin,
        runs: durations.length
    };
}
/** The estimate from runs already at hand, or else from one (conditional) history request. */
async function predictEnd(client, run, knownRuns) {
    const known = knownRuns.filter(past => past.workflow_id === run.workflow_id && past.conclusion === 'success');
    if (known.length >= ENOUGH_KNOWN_RUNS)
        return estimateEnd(run, known);
    try {
        const history = await client.pollSuccessfulRuns(run.workflow_id, HISTORY_RUNS);
        return estimateEnd(run, history.data);
    }
    catch (error) {
        // Polling without a prediction still works: it backs off from 1 s instead.
        _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`No end estimate for run ${run.id}: ${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}`);
        return undefined;
    }
}
/** Every unfinished job is in its last step (GitHub's last step, "Complete job", is short). */
function inLastSteps(jobs) {
    const unfinished = jobs.filter(job => job.status !== 'completed');
    return (unfinished.length > 0 &&
        unfinished.every(job => job.status === 'in_progress' &&
            (job.steps?.length ?? 0) > 0 &&
            (job.steps ?? []).slice(0, -1).every(step => step.status === 'completed')));
}
/**
 * The heartbeat: the run's status, how long it has been going (`now` is GitHub's time, as the
 * run's start is), the jobs in progress.
 */
function heartbeatLine(run, jobs, now, waitedMs) {
    const started = Date.parse(run.run_started_at ?? run.created_at);
    const age = Number.isFinite(started) ? ` after ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(now - started)}` : '';
    const running = jobs.filter(job => job.status !== 'completed' && job.status !== 'queued');
    const list = running.length > 0
        ? `jobs in progress: ${running.map(job => JSON.stringify(job.name)).join(', ')}`
        : 'no job in progress';
    return `Run ${run.id} is still ${run.status}${age} (waited ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(waitedMs)}); ${list}.`;
}
/**
 * Polls a run until it completes or the deadline passes. Each poll is a conditional GET (a 304
 * is free on the primary rate limit) on the schedule of `PollSchedule`: sparse while the end is
 * far, dense around the end the workflow's recent runs predict. Jobs are listed (conditionally)
 * at heartbeats and when the wait ends. Temporary API failures are logged and polled through.
 */
async function waitForRunCompletion(client, runId, options) {
    const { clock } = options;
    const started = clock.now();
    // The predicted end is in GitHub's time (its timestamps): the schedule compares it with GitHub's clock.
    const schedule = new _poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .PollSchedule */ .$x(options.intervalMs, client.serverClock);
    const jobStates = new Map();
    let run;
    let jobs = [];
    let polls = 0;
    let predicted = !(options.predictEnd ?? true);
    let jobsListable = true;
    const listJobs = async () => {
        if (!jobsListable)
            return;
        let polled;
        try {
            polled = await client.pollJobs(runId);
        }
        catch (error) {
            if (!(error instanceof _github_client_js__WEBPACK_IMPORTED_MODULE_1__.JobsUnavailableError))
                throw error;
            // A server without jobs endpoints: wait on the run alone, and say so once.
            client.note(error.message);
            jobsListable = false;
            return;
        }
        if (polled.notModified)
            return;
        jobs = polled.data;
        for (const job of jobs) {
            const state = jobState(job);
            if (jobStates.get(job.id) !== state) {
                _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  job ${JSON.stringify(job.name)}: ${state}`);
                jobStates.set(job.id, state);
            }
        }
    };
    const outcome = await (0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g3)(async () => {
        polls++;
        const polled = await client.pollRun(runId);
        const previous = run;
        run = polled.data;
        const changed = previous === undefined || run.updated_at !== previous.updated_at;
        if (changed && run.status !== previous?.status) {
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Run ${run.id} is ${run.status}${run.conclusion ? ` (${run.conclusion})` : ''}.`);
        }
        if (run.status === 'completed')
            return { done: true, value: run };
        if (!predicted) {
            predicted = true;
            const estimate = await predictEnd(client, run, options.knownRuns ?? []);
            schedule.expectEnd(estimate);
            if (estimate) {
                const start = Date.parse(run.run_started_at ?? run.created_at);
                _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Recent successful runs of this workflow took ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(estimate.likely - start)} (median of ${estimate.runs}); polling densely from ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(estimate.earliest - start)} to ${(0,_poll_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(estimate.latest - start)} into the run.`);
            }
        }
        return { done: false, changed };
    }, {
        clock,
        deadline: options.deadline,
        schedule,
        label: `Polling run ${runId}`,
        firstPollMustSucceed: true,
        onHeartbeat: async () => {
            if (!run)
                return;
            await listJobs();
            const now = clock.now();
            const serverNow = client.serverClock.toServer(now);
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(heartbeatLine(run, jobs, serverNow, now - started));
            // Nothing predicted the end, but the jobs say it is near: poll densely from now on.
            if (!schedule.expected && inLastSteps(jobs)) {
                schedule.expectEnd({ earliest: serverNow, latest: serverNow + IMMINENT_WINDOW_MS });
            }
        }
    });
    if (outcome.done)
        run = outcome.value;
    if (!run)
        throw new Error(`Run ${runId} was never read.`);
    if (options.trackJobs) {
        try {
            await listJobs();
        }
        catch (error) {
            if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransient */ .dg)(error))
                throw error;
            _step_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Listing the jobs of run ${runId} failed (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}).`);
        }
    }
    return { run, jobs, timedOut: !outcome.done, polls };
}


/***/ })

};
