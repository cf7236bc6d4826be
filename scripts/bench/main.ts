/**
 * `npm run bench` (add `--json` for machine-readable output, `--runs N` for the number of
 * runs each figure is the median of; default 5). `npm run bench -- --quick` runs the small
 * in-process driver of quick.ts instead (a few seconds, for iterating); `-- --keys-only` only
 * the two keystroke rows through the server (add `--json` for the first 20 keystrokes too);
 * `-- --server-keys [--briefings]` the server's keystroke path in process (server-keys.ts);
 * `-- --keys-only --ask-after MS`: tokens asked for MS after each edit, timed from the request;
 * `-- --startup-only`: the start-up rows alone.
 *
 * Measures, each speed also as a ratio against a baseline measured in the same run:
 *   - analysis MB/s on ~10 MB of corpus text vs one precompiled regex pass, and per step;
 *   - keystroke latency through the real server (1 MB file, 200 one-character edits), on the
 *     made-up transcript and on 1 MB of real press briefings; each row typed in 3 sessions
 *     (`--key-runs N`), each in a server started afresh, its p50, p95 and max the medians;
 *   - hover and documentSymbol latency on that file (unchanged, and just after an edit);
 *   - how a keystroke's cost grows with the text: the made-up transcript at 0.25 to 2 MB, in
 *     process (scaling.ts; `-- --scaling-only` alone), against the smallest, each size typed in
 *     `--key-runs` sessions;
 *   - start-up: spawn to the first semantic tokens of a 200 KB transcript, the visible lines'
 *     as the editor asks them first on opening a file, and the whole document's (the made-up one,
 *     dense with names and quotes, and 200 KB of real press briefings), started as the editor
 *     starts the server (with its code cache, primed by one start), and without the cache;
 *   - resident memory with 1 MB open (right after the edits, and settled once the server's
 *     idle collections ran) and with 50 MB open;
 *   - the packaged .vsix size;
 *   - pathological inputs per MB vs normal text per MB.
 * MB here is 2^20 UTF-16 code units (characters of the string).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { getOutline } from '../../server/src/features/symbols';
import { collectTokens } from '../../server/src/features/tokens';
import { decodeTokens, LspClient, RequestTimeout } from '../../test/support/lsp';
import { bigTranscript, PATHOLOGICAL_CASES } from '../../test/support/pathological';
import { madeUpTranscript, seededRandom } from '../fuzz/gen';
import { runQuick } from './quick';
import { keystrokeScaling, runScalingOne, TIMED_KEYS, WARM_KEYS } from './scaling';
import { runServerKeys } from './server-keys';
import { briefingText, corpusFiles, LETTERS, median, percentile, r2, timeSteps, type StepTimes } from './steps';

const MB = 1 << 20;
const json = process.argv.includes('--json');
/**
 * `--read-first MS`: the keystroke rows wait this long after the first tokens before typing, as
 * someone reads a file before editing it (the server then has idle time after the opening);
 * 0 (the default): typing starts as soon as the tokens are there.
 */
const readFirstMs = process.argv.includes('--read-first') ? Number(process.argv[process.argv.indexOf('--read-first') + 1]) : 0;
const readFirst = (): Promise<void> => (readFirstMs > 0 ? new Promise((r) => setTimeout(r, readFirstMs)) : Promise.resolve());
/**
 * `--ask-after MS` (a diagnostic beside the keystroke rows, not their figure): the client asks
 * for tokens MS after sending each edit, as an editor that waits a moment before asking does,
 * and each keystroke's figure is then the time from the request to the answer.
 */
const askAfterMs = process.argv.includes('--ask-after') ? Number(process.argv[process.argv.indexOf('--ask-after') + 1]) : 0;
const RUNS = (() => {
  const i = process.argv.indexOf('--runs');
  return i >= 0 ? Math.max(1, Number(process.argv[i + 1])) : 5;
})();

/**
 * Each keystroke row types its 200 keystrokes this many times, each in a server started afresh
 * (`--key-runs N`); its p50, p95 and max are the medians over those sessions, as every other
 * figure is a median of several runs.
 */
const KEY_RUNS = (() => {
  const i = process.argv.indexOf('--key-runs');
  return i >= 0 ? Math.max(1, Number(process.argv[i + 1])) : 3;
})();

/** One session's keystroke figures. */
interface KeyFigures {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

function keyFigures(ms: readonly number[]): KeyFigures {
  return { p50: r2(percentile(ms, 50)), p95: r2(percentile(ms, 95)), max: r2(Math.max(...ms)) };
}

/** The medians of the sessions' p50, p95 and max, and each session's figures. */
function keyMedians(runs: readonly KeyFigures[]): KeyFigures & { runs: readonly KeyFigures[] } {
  return { p50: r2(median(runs.map((r) => r.p50))), p95: r2(median(runs.map((r) => r.p95))), max: r2(median(runs.map((r) => r.max))), runs };
}

/** A keystroke row's sessions as one line: each session's p95 and max. */
function sessions(runs: readonly KeyFigures[]): string {
  return `median of ${runs.length} sessions; each session's p95/max: ${runs.map((r) => `${r.p95}/${r.max}`).join(', ')}`;
}

/** A keystroke row from its first session (`session`, typed beside the row's other figures) and `KEY_RUNS - 1` more. */
async function keyRow<T extends { session: KeyFigures }>(first: T, uri: string, text: string): Promise<Omit<T, 'session'> & KeyFigures & { runs: readonly KeyFigures[] }> {
  const { session, ...rest } = first;
  return { ...(rest as Omit<T, 'session'>), ...keyMedians([session, ...(await moreKeySessions(KEY_RUNS - 1, uri, text))]) };
}

/** `n` more sessions of the 200 keystrokes on `text`, each in a server started afresh. */
async function moreKeySessions(n: number, uri: string, text: string): Promise<KeyFigures[]> {
  const out: KeyFigures[] = [];
  for (let i = 0; i < n; i++) out.push(keyFigures((await withServer((lsp) => openAndType(lsp, uri, text))).ms));
  return out;
}

function say(line: string): void {
  if (!json) console.log(line);
}
function progress(line: string): void {
  if (!json) process.stderr.write(`  ... ${line}\n`);
}

/** Median wall time in ms of `runs` calls. */
function timeMedian(runs: number, fn: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

// ------------------------------------------------------------------ inputs

/** ~10 MB from the corpus (briefings, hearings, GUM texts, novel excerpts), repeated to size. */
function corpusText(chars: number): { text: string; source: string } {
  const files = corpusFiles();
  if (files.length === 0) return { text: bigTranscript(chars), source: 'made-up transcript (corpus not found at ../shared/corpus)' };
  const once = files.map((f) => readFileSync(f, 'utf8')).join('\n\n');
  const text = once.repeat(Math.ceil(chars / once.length)).slice(0, chars);
  return { text, source: `${files.length} corpus files (${(once.length / MB).toFixed(1)} MB), repeated` };
}

// ------------------------------------------------------------------ 1. analysis throughput

function benchAnalysis() {
  progress('analysis on ~10 MB of corpus text');
  const { text, source } = corpusText(10 * MB);
  const mb = text.length / MB;
  const re = /[A-Z][a-z]+(?: [A-Z][a-z]+)+/g;
  let matches = 0;
  const regexMs = timeMedian(RUNS, () => {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(text) !== null) n++;
    matches = n;
  });
  analyze(text.slice(0, MB)); // warm up
  let reduced = false;
  let counts = '';
  const analyzeMs = timeMedian(RUNS, () => {
    const m = analyze(text);
    reduced = m.reduced;
    counts = `${m.speakers.length} labels, ${m.quotes.length} quotes, ${m.actors.length} actors, ${m.mentions.length} mentions`;
  });
  const stepRuns: StepTimes[] = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) stepRuns.push(timeSteps(text).times);
  const steps: StepTimes = {};
  for (const k of Object.keys(stepRuns[0])) steps[k] = r2(median(stepRuns.map((r) => r[k])));
  return {
    source,
    mb: r2(mb),
    counts,
    reduced,
    regexMatches: matches,
    regexMs: r2(regexMs),
    regexMBps: r2(mb / (regexMs / 1000)),
    analyzeMs: r2(analyzeMs),
    analyzeMBps: r2(mb / (analyzeMs / 1000)),
    ratioToRegex: r2(regexMs / analyzeMs),
    stepsMs: steps,
  };
}

// ------------------------------------------------------------------ 2-5. through the server

async function withServer<T>(fn: (lsp: LspClient) => Promise<T>, timeoutMs = 120_000): Promise<T> {
  const lsp = await LspClient.start({ requestTimeoutMs: timeoutMs });
  try {
    return await fn(lsp);
  } finally {
    await lsp.stop();
  }
}

/** How long the memory figure waits after the last edit: the server's last idle collection runs 9 s after it, and gives memory back within a second. */
const SETTLE_MS = 11000;

/**
 * 200 one-character edits at random places of the open document, each followed by the
 * semantic-tokens request the editor would send (a delta when the server offers them):
 * edit-to-answer times in ms.
 */
/** Opens `text`, waits for its first tokens (and the reading time of `--read-first`), types the 200 keystrokes; the server's main-thread ms for them. */
async function openAndType(lsp: LspClient, uri: string, text: string) {
  lsp.open(uri, text);
  const first = await lsp.semanticTokensFull(uri);
  await readFirst();
  // What the server's idle warm-up did before the first keystroke (warm-up.ts).
  const warmUp = readFirstMs > 0 ? ((await lsp.connection.sendRequest('transcriptLens/serverInfo')) as { warmUpKeystrokes?: number; rehearsedEdits?: number }) : null;
  const cpu0 = mainThreadMs(lsp.pid);
  const { ms, clientMs, copyMs } = await typeKeys(lsp, uri, first?.resultId, seededRandom(99));
  const cpu1 = mainThreadMs(lsp.pid);
  return {
    ms,
    clientMs,
    copyMs,
    serverCpuMs: cpu0 === null || cpu1 === null ? null : r2(cpu1 - cpu0),
    warmUp: warmUp === null ? null : { sampleKeystrokes: warmUp.warmUpKeystrokes ?? 0, rehearsedEdits: warmUp.rehearsedEdits ?? 0 },
  };
}

async function typeKeys(lsp: LspClient, uri: string, resultId: string | undefined, rand: () => number) {
  const delta = lsp.offersTokenDelta;
  const ms: number[] = [];
  /** Of each, the client's own part inside the timed stretch: the edit's positions worked out and the edit sent. */
  const clientMs: number[] = [];
  const copies = lsp.copyMs.length;
  for (let i = 0; i < 200; i++) {
    // Reading the client's copy brings it up to date with the edit before (outside the clock).
    const at = Math.floor(rand() * (lsp.text(uri).length + 1));
    const ch = LETTERS[Math.floor(rand() * LETTERS.length)];
    let t = performance.now();
    lsp.change(uri, [{ start: at, end: at, text: ch }]);
    clientMs.push(performance.now() - t);
    if (askAfterMs > 0) {
      await new Promise((r) => setTimeout(r, askAfterMs));
      t = performance.now();
    }
    if (delta && resultId) {
      const d = await lsp.semanticTokensDelta(uri, resultId);
      resultId = d?.resultId;
    } else {
      const f = await lsp.semanticTokensFull(uri);
      resultId = f?.resultId;
    }
    ms.push(performance.now() - t);
  }
  lsp.text(uri);
  return { ms, resultId, clientMs, copyMs: lsp.copyMs.slice(copies) };
}

/** Keystrokes on 1 MB of real press briefings (less dense with names and quotes than the made-up text), or null without the corpus. */
async function benchBriefingKeys() {
  const text = briefingText(MB);
  if (text === null) return null;
  progress(`keystrokes on 1 MB of press briefings (${KEY_RUNS} sessions)`);
  const uri = 'file:///bench-briefings.transcript';
  const first = await withServer(async (lsp) => {
    const { ms, clientMs, copyMs, serverCpuMs, warmUp } = await openAndType(lsp, uri, text);
    return {
      textMB: r2(text.length / MB),
      serverCpuMs,
      warmUp,
      session: keyFigures(ms),
      client: { p50: r2(percentile(clientMs, 50)), p95: r2(percentile(clientMs, 95)) },
      clientCopy: { p50: r2(percentile(copyMs, 50)), p95: r2(percentile(copyMs, 95)) },
      ...(process.argv.includes('--keys-only') ? keyDetail(ms, clientMs) : {}),
    };
  });
  return keyRow(first, uri, text);
}

async function benchEditor() {
  progress(`keystrokes (${KEY_RUNS} sessions), hover and outline on a 1 MB transcript`);
  const uri = 'file:///bench-1mb.transcript';
  const text = madeUpTranscript(MB, 21);
  return withServer(async (lsp) => {
    const idleRss = lsp.residentBytes();
    lsp.open(uri, text);
    let t = performance.now();
    const first = await lsp.semanticTokensFull(uri);
    const openToTokensMs = performance.now() - t;
    const rand = seededRandom(99);
    const delta = lsp.offersTokenDelta;
    const typed = await typeKeys(lsp, uri, first?.resultId, rand);
    const keystrokes = typed.ms;
    let resultId = typed.resultId;
    const rss1mb = lsp.residentBytes();

    // Hover at random names (from the tokens), documentSymbol repeatedly, on the unchanged model.
    const full = await lsp.semanticTokensFull(uri);
    const legend = lsp.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
    const named = new Set(['person', 'organization', 'place', 'speaker'].map((x) => legend.indexOf(x)));
    const tokens = decodeTokens(full?.data ?? []);
    const targets = tokens.filter((x) => named.has(x.type));
    const pool = targets.length > 0 ? targets : tokens;
    const hovers: number[] = [];
    let answered = 0;
    for (let i = 0; i < 200; i++) {
      const tok = pool.length > 0 ? pool[Math.floor(rand() * pool.length)] : null;
      const offset = tok ? lsp.doc(uri).offsetAt({ line: tok.line, character: tok.character }) : Math.floor(rand() * text.length);
      t = performance.now();
      const h = await lsp.hover(uri, offset);
      hovers.push(performance.now() - t);
      if (h) answered++;
    }
    const symbols: number[] = [];
    let symbolCount = 0;
    for (let i = 0; i < 30; i++) {
      t = performance.now();
      const s = await lsp.documentSymbol(uri);
      symbols.push(performance.now() - t);
      symbolCount = s?.length ?? 0;
    }
    // documentSymbol as the editor asks it while typing: after each one-character edit (whose
    // tokens were asked first, so the model is there), the outline of the new text.
    const symbolsAfterEdit: number[] = [];
    for (let i = 0; i < 30; i++) {
      const at = Math.floor(rand() * (lsp.text(uri).length + 1));
      lsp.change(uri, [{ start: at, end: at, text: LETTERS[Math.floor(rand() * LETTERS.length)] }]);
      const d = resultId ? await lsp.semanticTokensDelta(uri, resultId) : await lsp.semanticTokensFull(uri);
      resultId = d?.resultId;
      t = performance.now();
      await lsp.documentSymbol(uri);
      symbolsAfterEdit.push(performance.now() - t);
    }
    const rssAfterEdits = lsp.residentBytes();
    // Settled: the server collects garbage once edits stop (idle-gc.ts); wait that out.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const rssSettled = lsp.residentBytes();
    return {
      textMB: r2(text.length / MB),
      openToFirstTokensMs: r2(openToTokensMs),
      tokenRequest: delta ? 'delta' : 'full',
      tokens: tokens.length,
      keystroke: keyMedians([keyFigures(keystrokes), ...(await moreKeySessions(KEY_RUNS - 1, uri, text))]),
      /** Of each keystroke, the test client's own part (the edit's positions worked out, the edit sent). */
      keystrokeClient: { p50: r2(percentile(typed.clientMs, 50)), p95: r2(percentile(typed.clientMs, 95)) },
      /** The test client's own copy of the text brought up to date after each answer (outside the figure). */
      keystrokeClientCopy: { p50: r2(percentile(typed.copyMs, 50)), p95: r2(percentile(typed.copyMs, 95)) },
      hover: { p50: r2(percentile(hovers, 50)), p95: r2(percentile(hovers, 95)), answered, asked: hovers.length, atNames: targets.length > 0 },
      documentSymbol: { p50: r2(percentile(symbols, 50)), p95: r2(percentile(symbols, 95)), topLevel: symbolCount },
      documentSymbolAfterEdit: { p50: r2(percentile(symbolsAfterEdit, 50)), p95: r2(percentile(symbolsAfterEdit, 95)) },
      inProcess: keystrokeBreakdown(text),
      idleRssMB: idleRss === null ? null : r2(idleRss / MB),
      rssOverIdlePerTextSize: rss1mb === null || idleRss === null ? null : r2((rss1mb - idleRss) / text.length),
      rss1mbMB: rss1mb === null ? null : r2(rss1mb / MB),
      rssPerTextSize: rss1mb === null ? null : r2(rss1mb / (text.length * 1)),
      rssAfterEditsMB: rssAfterEdits === null ? null : r2(rssAfterEdits / MB),
      rssSettledMB: rssSettled === null ? null : r2(rssSettled / MB),
      rssSettledPerTextSize: rssSettled === null ? null : r2(rssSettled / text.length),
      rssSettledOverIdlePerTextSize: rssSettled === null || idleRss === null ? null : r2((rssSettled - idleRss) / text.length),
    };
  });
}

/** Where a keystroke's time goes, in process: analysis of the whole text, then the token list. */
function keystrokeBreakdown(text: string) {
  const model = analyze(text);
  const analyzeMs = timeMedian(RUNS, () => analyze(text));
  const tokensMs = timeMedian(RUNS, () => collectTokens(model));
  const outlineMs = timeMedian(RUNS, () => getOutline(model));
  return { analyzeMs: r2(analyzeMs), collectTokensMs: r2(tokensMs), getOutlineMs: r2(outlineMs) };
}

/** CPU time the process's main thread has run, in ms (Linux), or null: steadier than wall time on a busy machine. */
function mainThreadMs(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/** Lines the editor shows on opening a file (its first viewport). */
const VIEWPORT_LINES = 60;

/**
 * One start: spawn, initialize, open `text`, then the two requests the editor sends on opening
 * a file: the visible lines' tokens and the whole document's. Wall ms to the first answer
 * (the visible lines: the first colours on screen) and to the whole document's, and the
 * server's main-thread ms by then.
 */
async function startOnce(text: string, codeCacheDir: string | null): Promise<{ ms: number; fullMs: number; cpuMs: number | null }> {
  const t = performance.now();
  const lsp = await LspClient.start({ codeCacheDir });
  lsp.open('file:///start.transcript', text);
  let ms = 0;
  const visible = lsp.semanticTokensRange('file:///start.transcript', 0, VIEWPORT_LINES).then(() => {
    ms = performance.now() - t;
  });
  await lsp.semanticTokensFull('file:///start.transcript');
  const fullMs = performance.now() - t;
  await visible;
  const cpuMs = mainThreadMs(lsp.pid);
  await lsp.stop();
  return { ms, fullMs, cpuMs };
}

/**
 * Starts as the editor starts the server once its code cache exists (the cache folder is
 * primed by one start first), alternated with starts without a cache (the first start
 * after an install or update).
 */
async function startupOn(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'transcript-lens-bench-cache-'));
  try {
    await startOnce(text, dir);
    const cached: { ms: number; fullMs: number; cpuMs: number | null }[] = [];
    const uncached: { ms: number; fullMs: number; cpuMs: number | null }[] = [];
    for (let i = 0; i < RUNS; i++) {
      cached.push(await startOnce(text, dir));
      uncached.push(await startOnce(text, null));
    }
    const cpu = (xs: typeof cached) => (xs.every((x) => x.cpuMs !== null) ? r2(median(xs.map((x) => x.cpuMs!))) : null);
    return {
      textKB: Math.round(text.length / 1024),
      ms: r2(median(cached.map((x) => x.ms))),
      runs: cached.map((x) => r2(x.ms)),
      fullMs: r2(median(cached.map((x) => x.fullMs))),
      mainThreadMs: cpu(cached),
      noCacheMs: r2(median(uncached.map((x) => x.ms))),
      noCacheFullMs: r2(median(uncached.map((x) => x.fullMs))),
      noCacheMainThreadMs: cpu(uncached),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Spawn to the first semantic tokens: the made-up transcript (dense with names and quotes), and press briefings. */
async function benchStartup() {
  progress('start-up to first tokens (200 KB)');
  const madeUp = await startupOn(madeUpTranscript(200 * 1024, 31));
  const real = briefingText(200 * 1024);
  return { ...madeUp, briefings: real === null ? null : await startupOn(real) };
}

async function benchBigFile() {
  progress('50 MB file through the server');
  const text = bigTranscript(50 * MB);
  return withServer(async (lsp) => {
    const uri = 'file:///bench-50mb.transcript';
    const t = performance.now();
    lsp.open(uri, text);
    let answered = false;
    let error: string | null = null;
    let tokens = 0;
    try {
      const r = await lsp.semanticTokensFull(uri);
      tokens = (r?.data.length ?? 0) / 5;
      answered = true;
    } catch (e) {
      error = e instanceof RequestTimeout ? 'no answer in 120 s' : (e as Error).message;
    }
    const ms = performance.now() - t;
    const rss = lsp.residentBytes();
    return {
      textMB: r2(text.length / MB),
      answered,
      error,
      tokens,
      openToTokensMs: r2(ms),
      alive: lsp.alive,
      rssMB: rss === null ? null : r2(rss / MB),
      rssPerTextSize: rss === null ? null : r2(rss / text.length),
    };
  }, 120_000);
}

// ------------------------------------------------------------------ 6. package

function benchVsix() {
  const p = join(process.cwd(), 'dist', 'transcript-lens.vsix');
  if (!existsSync(p)) return { built: false, bytes: null as number | null, KB: null as number | null };
  const bytes = statSync(p).size;
  return { built: true, bytes, KB: r2(bytes / 1024) };
}

// ------------------------------------------------------------------ 7. pathological inputs

function benchPathological() {
  progress('pathological inputs');
  const normal = madeUpTranscript(MB, 41);
  analyze(normal);
  const normalMsPerMB = timeMedian(RUNS, () => analyze(normal)) / (normal.length / MB);
  const cases: { name: string; MB: number; msPerMB: number; ratio: number; slowestStep: string }[] = [];
  const all = [...PATHOLOGICAL_CASES, { name: '50 MB made-up transcript', build: () => bigTranscript(50 * MB) }];
  for (const c of all) {
    const text = c.build();
    const mb = text.length / MB;
    const runs = mb > 20 ? Math.min(RUNS, 3) : RUNS;
    const ms = timeMedian(runs, () => analyze(text));
    const perMB = ms / mb;
    const steps = Object.entries(timeSteps(text).times).sort((a, b) => b[1] - a[1]);
    const slowestStep = `${steps[0][0]} ${Math.round((100 * steps[0][1]) / steps.reduce((a, b) => a + b[1], 0))}%`;
    cases.push({ name: c.name, MB: r2(mb), msPerMB: r2(perMB), ratio: r2(perMB / normalMsPerMB), slowestStep });
  }
  return { normalMsPerMB: r2(normalMsPerMB), cases };
}

// ------------------------------------------------------------------ report

interface Target {
  readonly what: string;
  readonly target: string;
  readonly measured: string;
  readonly ok: boolean | null;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const serverThere = existsSync(join(process.cwd(), 'dist', 'server.js'));
  const analysis = benchAnalysis();
  const editor = serverThere ? await benchEditor() : null;
  const briefingKeys = serverThere ? await benchBriefingKeys() : null;
  progress(`keystrokes on the made-up transcript from 0.25 to 2 MB, in process (${KEY_RUNS} sessions each)`);
  const scaling = keystrokeScaling(KEY_RUNS);
  const startup = serverThere ? await benchStartup() : null;
  const big = serverThere ? await benchBigFile() : null;
  const vsix = benchVsix();
  const pathological = benchPathological();

  const targets: Target[] = [
    { what: 'analysis speed vs one regex pass', target: '>= 0.25x', measured: `${analysis.ratioToRegex}x`, ok: analysis.ratioToRegex >= 0.25 },
  ];
  if (editor) {
    targets.push(
      { what: `keystroke p95 (${editor.tokenRequest} tokens, 1 MB)`, target: '<= 10 ms', measured: `${editor.keystroke.p95} ms`, ok: editor.keystroke.p95 <= 10 },
      { what: 'keystroke max', target: '<= 50 ms', measured: `${editor.keystroke.max} ms`, ok: editor.keystroke.max <= 50 },
      ...(briefingKeys
        ? [
            { what: `keystroke p95 (${briefingKeys.textMB} MB press briefings)`, target: '<= 10 ms', measured: `${briefingKeys.p95} ms`, ok: briefingKeys.p95 <= 10 },
            { what: 'keystroke max (press briefings)', target: '<= 50 ms', measured: `${briefingKeys.max} ms`, ok: briefingKeys.max <= 50 },
          ]
        : []),
      { what: 'hover p95', target: '<= 2 ms', measured: `${editor.hover.p95} ms`, ok: editor.hover.p95 <= 2 },
    );
  }
  targets.push({
    what: `keystroke cost at ${scaling.sizeRatio}x the text (made-up, in process)`,
    target: '~1x (grows with the edit)',
    measured: `${scaling.ratioLargestToSmallest}x`,
    ok: scaling.ratioLargestToSmallest <= 1.5,
  });
  if (startup) {
    targets.push({ what: 'start to first tokens (200 KB made-up; visible lines)', target: '<= 150 ms', measured: `${startup.ms} ms (whole document ${startup.fullMs} ms)`, ok: startup.ms <= 150 });
    if (startup.briefings) targets.push({ what: 'start to first tokens (200 KB briefings; visible lines)', target: '<= 150 ms', measured: `${startup.briefings.ms} ms (whole document ${startup.briefings.fullMs} ms)`, ok: startup.briefings.ms <= 150 });
  }
  targets.push({ what: '.vsix size', target: '<= 1 MB', measured: vsix.built ? `${vsix.KB} KB` : 'not built', ok: vsix.built ? vsix.bytes! <= MB : null });
  if (editor && editor.rssSettledPerTextSize !== null) {
    targets.push({ what: 'server RSS with 1 MB open, settled', target: '<= 10x text', measured: `${editor.rssSettledMB} MB (${editor.rssSettledPerTextSize}x; ${editor.rssSettledOverIdlePerTextSize}x above idle)`, ok: editor.rssSettledPerTextSize <= 10 });
  }
  const worst = pathological.cases.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  targets.push({ what: `pathological per MB, worst (${worst.name})`, target: '<= 2x normal', measured: `${worst.ratio}x`, ok: worst.ratio <= 2 });

  const seconds = r2((performance.now() - t0) / 1000);
  if (json) {
    console.log(JSON.stringify({ runs: RUNS, analysis, editor, briefingKeys, scaling, startup, bigFile: big, vsix, pathological, targets, seconds }, null, 2));
  } else {
    say(`\nTranscript Lens benchmark (each figure the median of ${RUNS} runs; MB = 2^20 characters; node ${process.version})`);
    say(`\nAnalysis of ${analysis.mb} MB: ${analysis.source}`);
    say(`  found: ${analysis.counts}${analysis.reduced ? ' (REDUCED analysis)' : ''}`);
    say(table([
      ['', 'ms', 'MB/s'],
      ['regex pass /[A-Z][a-z]+(?: [A-Z][a-z]+)+/g', String(analysis.regexMs), String(analysis.regexMBps)],
      ['analyze()', String(analysis.analyzeMs), String(analysis.analyzeMBps)],
      ['ratio analyze / regex (speed)', `${analysis.ratioToRegex}x`, ''],
    ]));
    say('\n  per step (ms):');
    const total = Object.values(analysis.stepsMs).reduce((a, b) => a + b, 0);
    say(table(Object.entries(analysis.stepsMs).map(([k, v]) => [k, String(v), `${Math.round((100 * v) / Math.max(total, 1e-9))}%`])));
    if (editor) {
      say(`\nEditor, ${editor.textMB} MB transcript through the server (${editor.tokens} tokens; open to first tokens ${editor.openToFirstTokensMs} ms)`);
      say(table([
        ['', 'p50 ms', 'p95 ms', 'max ms'],
        [`keystroke -> ${editor.tokenRequest} tokens (200)`, String(editor.keystroke.p50), String(editor.keystroke.p95), String(editor.keystroke.max)],
        [`hover (200, ${editor.hover.answered} answered)`, String(editor.hover.p50), String(editor.hover.p95), ''],
        [`documentSymbol (30, ${editor.documentSymbol.topLevel} top level)`, String(editor.documentSymbol.p50), String(editor.documentSymbol.p95), ''],
        ['documentSymbol after an edit (30)', String(editor.documentSymbolAfterEdit.p50), String(editor.documentSymbolAfterEdit.p95), ''],
      ]));
      say(`  keystrokes: ${sessions(editor.keystroke.runs)}`);
      if (briefingKeys) say(`  keystroke -> tokens on ${briefingKeys.textMB} MB of real press briefings (200): p50 ${briefingKeys.p50}, p95 ${briefingKeys.p95}, max ${briefingKeys.max} ms (${sessions(briefingKeys.runs)})`);
      // The test client keeps the document as the protocol library does, one string made again
      // (copied whole) at each edit: it does so after the answer, outside the timed stretch, as an
      // editor keeps its own copy in a process of its own.
      say(`  of a keystroke, the test client sending the edit (inside the figure): p50 ${editor.keystrokeClient.p50}, p95 ${editor.keystrokeClient.p95} ms made-up${briefingKeys ? `; p50 ${briefingKeys.client.p50}, p95 ${briefingKeys.client.p95} ms briefings` : ''}`);
      say(`  after it, the test client's own copy of the text updated (outside the figure): p50 ${editor.keystrokeClientCopy.p50}, p95 ${editor.keystrokeClientCopy.p95} ms made-up${briefingKeys ? `; p50 ${briefingKeys.clientCopy.p50}, p95 ${briefingKeys.clientCopy.p95} ms briefings` : ''}`);
      const ip = editor.inProcess;
      say(`  in process, same text: analyze ${ip.analyzeMs} ms, collectTokens ${ip.collectTokensMs} ms, getOutline ${ip.getOutlineMs} ms`);
    } else say('\nEditor figures: dist/server.js not built');
    say(`\n${scalingLine(scaling)}`);
    if (startup) {
      const cpu = (x: { mainThreadMs: number | null; noCacheMainThreadMs: number | null }, cached: boolean) => {
        const v = cached ? x.mainThreadMs : x.noCacheMainThreadMs;
        return v === null ? '' : `; server main thread ${v} ms`;
      };
      say(`\nStart-up: spawn to first tokens (the ${VIEWPORT_LINES} visible lines, asked first as the editor asks) of ${startup.textKB} KB made-up transcript: ${startup.ms} ms (runs ${startup.runs.join(', ')}${cpu(startup, true)}); the whole document's ${startup.fullMs} ms`);
      if (startup.briefings) say(`  and of ${startup.briefings.textKB} KB of press briefings: ${startup.briefings.ms} ms (runs ${startup.briefings.runs.join(', ')}${cpu(startup.briefings, true)}); the whole document's ${startup.briefings.fullMs} ms`);
      say(`  first start, before the code cache exists: made-up ${startup.noCacheMs} ms (whole ${startup.noCacheFullMs} ms)${cpu(startup, false)}${startup.briefings ? `, briefings ${startup.briefings.noCacheMs} ms (whole ${startup.briefings.noCacheFullMs} ms)${cpu(startup.briefings, false)}` : ''}`);
    }
    if (editor || big) {
      say('\nMemory (server VmRSS)');
      const rows = [['', 'RSS MB', 'x text']];
      if (editor) {
        rows.push(
          ['idle, nothing open', String(editor.idleRssMB), ''],
          [`${editor.textMB} MB open, right after 200 edits`, String(editor.rss1mbMB), String(editor.rssPerTextSize)],
          [`${editor.textMB} MB open, after hovers, outlines and 30 more edits`, String(editor.rssAfterEditsMB), ''],
          [`${editor.textMB} MB open, settled (${SETTLE_MS / 1000} s after the last edit)`, String(editor.rssSettledMB), String(editor.rssSettledPerTextSize)],
          ['  of which above idle', r2((editor.rssSettledMB ?? 0) - (editor.idleRssMB ?? 0)).toString(), String(editor.rssSettledOverIdlePerTextSize)],
        );
      }
      if (big) rows.push([`${big.textMB} MB open (${big.answered ? `answered in ${big.openToTokensMs} ms, ${big.tokens} tokens` : `NOT answered: ${big.error}`})`, String(big.rssMB), String(big.rssPerTextSize)]);
      say(table(rows));
    }
    say(`\nPackage: dist/transcript-lens.vsix ${vsix.built ? `${vsix.KB} KB` : 'not built'}`);
    say(`\nPathological inputs (normal made-up text: ${pathological.normalMsPerMB} ms per MB)`);
    say(table([['', 'MB', 'ms/MB', 'x normal', 'slowest step'], ...pathological.cases.map((c) => [c.name, String(c.MB), String(c.msPerMB), `${c.ratio}x`, c.slowestStep])]));
    say('\nTargets');
    say(table([['', 'target', 'measured', ''], ...targets.map((t) => [t.what, t.target, t.measured, t.ok === null ? '-' : t.ok ? 'ok' : 'MISSED'])]));
    say(`\n(${seconds} s)`);
  }
}

function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ')).join('\n');
}

/** The first 20 keystrokes, the p95 of the others, and the client's own part (p50/p95/max). */
function keyDetail(ms: number[], clientMs: number[]) {
  return {
    first20: ms.slice(0, 20).map(Math.round),
    lateP95: r2(percentile(ms.slice(20), 95)),
    client: { p50: r2(percentile(clientMs, 50)), p95: r2(percentile(clientMs, 95)), max: r2(Math.max(...clientMs)) },
  };
}

/**
 * `npm run bench -- --keys-only`: the two keystroke rows alone (made-up and press briefings,
 * each as the full benchmark types them), for comparing builds quickly.
 */
async function keysOnly(): Promise<void> {
  const uri = 'file:///bench-1mb.transcript';
  const text = madeUpTranscript(MB, 21);
  const first = await withServer(async (lsp) => {
    const { ms, clientMs, copyMs, serverCpuMs, warmUp } = await openAndType(lsp, uri, text);
    return { session: keyFigures(ms), serverCpuMs, warmUp, ...keyDetail(ms, clientMs), clientCopy: { p50: r2(percentile(copyMs, 50)), p95: r2(percentile(copyMs, 95)) } };
  });
  const madeUp = await keyRow(first, uri, text);
  const briefings = await benchBriefingKeys();
  if (json) console.log(JSON.stringify({ madeUp, briefings }));
  else {
    const warmed = (w: { sampleKeystrokes: number; rehearsedEdits: number } | null | undefined) => (w ? ` (before typing the server warmed up: ${w.sampleKeystrokes} sample keystrokes, ${w.rehearsedEdits} edits rehearsed)` : '');
    say(`keystroke -> tokens on 1 MB made-up (200): p50 ${madeUp.p50}, p95 ${madeUp.p95}, max ${madeUp.max} ms${warmed(madeUp.warmUp)} (${sessions(madeUp.runs)})`);
    if (briefings) say(`keystroke -> tokens on ${briefings.textMB} MB of real press briefings (200): p50 ${briefings.p50}, p95 ${briefings.p95}, max ${briefings.max} ms${warmed(briefings.warmUp)} (${sessions(briefings.runs)})`);
  }
}

/** `npm run bench -- --startup-only`: the start-up rows alone (with `--json`, as the full benchmark writes them). */
async function startupOnly(): Promise<void> {
  const startup = await benchStartup();
  if (json) console.log(JSON.stringify(startup));
  else {
    say(`start to first tokens (visible lines) of 200 KB made-up: ${startup.ms} ms, whole document ${startup.fullMs} ms; no code cache ${startup.noCacheMs} / ${startup.noCacheFullMs} ms`);
    if (startup.briefings) say(`  of 200 KB press briefings: ${startup.briefings.ms} ms, whole document ${startup.briefings.fullMs} ms; no code cache ${startup.briefings.noCacheMs} / ${startup.briefings.noCacheFullMs} ms`);
  }
}

/** The keystroke cost at each size of the text, and against the smallest. */
function scalingLine(s: ReturnType<typeof keystrokeScaling>): string {
  const each = s.sizes.map((x) => `${x.mb} MB p50 ${x.p50} ms (${x.ratio}x), p95 ${x.p95}`).join('; ');
  return `Keystroke -> token delta in process, by size of the made-up transcript (${TIMED_KEYS} keystrokes after ${WARM_KEYS}; medians of ${KEY_RUNS} sessions): ${each}`;
}

if (process.argv.includes('--quick')) runQuick();
else if (process.argv.includes('--scaling-one')) runScalingOne(Number(process.argv[process.argv.indexOf('--scaling-one') + 1]));
else if (process.argv.includes('--scaling-only')) {
  const s = keystrokeScaling(KEY_RUNS);
  console.log(json ? JSON.stringify(s) : scalingLine(s));
}
else if (process.argv.includes('--server-keys')) runServerKeys();
else if (process.argv.includes('--startup-only'))
  startupOnly().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
else if (process.argv.includes('--keys-only'))
  keysOnly().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
else
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
