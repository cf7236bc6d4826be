// Real-editor tests: the packaged extension inside code-server (VS Code 1.139), driven by
// headless Debian Chromium through playwright-core.
//
//   1. The mocha suite (dist/test/e2e/suite.js) runs inside the extension host, loaded through
//      the workbench's test payload; its report arrives through codeAutomationLog.
//   2. A UI pass works the workbench like a person: opens a sample, waits for colours and
//      breadcrumbs, hovers a name, opens the Outline, and leaves screenshots in test-results/e2e/.
//
// Usage: node scripts/e2e/run.mjs [--vsix dist/transcript-lens.vsix] [--no-ui] [--keep]
//        TRANSCRIPT_LENS_E2E_GREP=pattern runs only the matching mocha tests.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { format } from 'node:util';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  ROOT, editorInstalled, installVsix, launchChromium, makeProfile, startCodeServer,
} from './code-server.mjs';
import { runUiPass } from './ui-pass.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const VSIX = resolve(ROOT, option('--vsix', 'dist/transcript-lens.vsix'));
const SUITE = join(ROOT, 'dist', 'test', 'e2e', 'suite.js');
const RESULTS = join(ROOT, 'test-results', 'e2e');
const SUITE_TIMEOUT_MS = 150_000;
const WATCHDOG_MS = 240_000;

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (msg) => console.log(`[e2e ${elapsed()}] ${msg}`);

function fail(msg) {
  console.error(`[e2e] ${msg}`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

if (!existsSync(VSIX)) fail(`${VSIX} is missing: run \`npm run package\` first`);
if (!existsSync(SUITE)) fail(`${SUITE} is missing: run \`node scripts/build.mjs\` first`);
if (!editorInstalled()) fail('code-server or Chromium is missing: run `bash scripts/install-editor.sh`');

const tmp = mkdtempSync(join(tmpdir(), 'transcript-lens-e2e-'));
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

// The packaged extension, unpacked: its extension/ folder is what the test window loads.
const unpacked = join(tmp, 'vsix');
execFileSync('unzip', ['-q', VSIX, '-d', unpacked]);
const extensionDir = join(unpacked, 'extension');

// A throw-away workspace: the samples, plus the fixtures the suite changes or retypes.
const workspace = join(tmp, 'workspace');
mkdirSync(workspace);
for (const f of readdirSync(join(ROOT, 'samples'))) {
  if (f.endsWith('.transcript')) cpSync(join(ROOT, 'samples', f), join(workspace, f));
}
cpSync(join(ROOT, 'test', 'e2e', 'fixtures'), join(workspace, 'fixtures'), { recursive: true });
// The UI pass gets its own copy, so no editors or settings of the suite's window show up.
const uiWorkspace = join(tmp, 'samples');
cpSync(join(ROOT, 'samples'), uiWorkspace, { recursive: true });

// TRANSCRIPT_LENS_E2E_TRACE=1 logs the protocol into the "Transcript Lens" output channel
// (kept under the temp folder's profile/user-data/logs).
const profile = makeProfile(join(tmp, 'profile'),
  process.env.TRANSCRIPT_LENS_E2E_TRACE ? { 'transcriptLens.trace.server': 'verbose' } : {});
installVsix(profile, VSIX);
say(`installed ${VSIX.slice(ROOT.length + 1)}; starting code-server`);

const server = await startCodeServer({
  profile,
  folder: workspace,
  smokeTestDriver: true,
  env: process.env.TRANSCRIPT_LENS_E2E_GREP ? { TRANSCRIPT_LENS_E2E_GREP: process.env.TRANSCRIPT_LENS_E2E_GREP } : {},
});
say(`code-server on ${server.origin} (process group ${server.pid})`);

const watchdog = setTimeout(async () => {
  console.error(`[e2e] the run took longer than ${WATCHDOG_MS / 1000} s; stopping`);
  await server.stop(1000);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}, WATCHDOG_MS);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await server.stop(1000);
    process.exit(130);
  });
}

let context;
let suiteResult = { passed: 0, failed: 1, note: 'the suite did not run' };
let uiChecks = [];
try {
  context = await launchChromium(join(tmp, 'chromium'));
  suiteResult = await runSuite(context);
  if (!flag('--no-ui')) uiChecks = await runUiPass(context, { origin: server.origin, workspace: uiWorkspace, results: RESULTS, say });
} catch (err) {
  console.error(`[e2e] ${err?.stack ?? err}`);
  uiChecks.push({ name: 'driver', ok: false, detail: String(err?.message ?? err) });
} finally {
  await context?.close().catch(() => {});
  await server.stop();
  clearTimeout(watchdog);
}

const uiPassed = uiChecks.filter((c) => c.ok).length;
const uiFailed = uiChecks.length - uiPassed;
if (uiChecks.length) {
  say(`UI pass: ${uiPassed} of ${uiChecks.length} checks passed; screenshots in ${RESULTS.slice(ROOT.length + 1)}/`);
  for (const c of uiChecks) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? `: ${c.detail}` : ''}`);
}
const failed = suiteResult.failed + uiFailed;
if (failed === 0 && !flag('--keep')) rmSync(tmp, { recursive: true, force: true });
else console.log(`[e2e] kept ${tmp} (code-server log: ${profile.logFile})`);
say(`mocha in the extension host: ${suiteResult.passed} passed, ${suiteResult.failed} failed${suiteResult.note ? ` (${suiteResult.note})` : ''}`);
console.log(`e2e: ${suiteResult.passed + uiPassed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** Loads the workbench with the test payload and collects mocha's report. */
async function runSuite(ctx) {
  const page = await ctx.newPage();
  const lines = [];
  const logFile = join(RESULTS, 'workbench-console.log');
  let inSuite = false;
  let finish;
  const exited = new Promise((r) => { finish = r; });
  await page.exposeFunction('codeAutomationLog', (_type, logArgs) => {
    // Everything the workbench and the extension host log goes to a file; mocha's report,
    // between the suite's start and result markers, also to the terminal.
    const text = formatLog(logArgs);
    lines.push(text);
    appendFileSync(logFile, `${text}\n`);
    if (text === 'E2E-START') inSuite = true;
    else if (text.startsWith('E2E-RESULT ')) inSuite = false;
    else if (inSuite) for (const line of text.split('\n')) console.log(`  | ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish({ code }));
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(SUITE)],
  ];
  const url = `${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  say('running the mocha suite inside the extension host');
  await page.goto(url);
  const outcome = await Promise.race([
    exited,
    new Promise((r) => setTimeout(() => r({ code: undefined }), SUITE_TIMEOUT_MS)),
  ]);
  await page.screenshot({ path: join(RESULTS, 'suite-window.png') }).catch(() => {});
  await page.close().catch(() => {});

  const summary = lines.map((l) => /^E2E-RESULT (\{.*\})/s.exec(l)).find(Boolean);
  if (outcome.code === undefined) {
    return { passed: 0, failed: 1, note: `no exit code within ${SUITE_TIMEOUT_MS / 1000} s` };
  }
  if (!summary) {
    return { passed: 0, failed: 1, note: `the suite exited with ${outcome.code} before reporting (see the log above)` };
  }
  const counts = JSON.parse(summary[1]);
  if (outcome.code !== 0 && counts.failed === 0) {
    return { passed: counts.passed, failed: 1, note: `exit code ${outcome.code}` };
  }
  return { passed: counts.passed, failed: counts.failed };
}

/** The console call's arguments, printf-style as console.log would print them. */
function formatLog(logArgs) {
  const parts = Array.isArray(logArgs) ? logArgs : [logArgs];
  return format(...parts).replace(/\n$/, '');
}
