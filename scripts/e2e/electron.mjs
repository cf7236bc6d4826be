// `npm run test:electron`: the same mocha suite (dist/test/e2e/suite.js) in desktop VS Code,
// through @vscode/test-electron. It downloads VS Code, so it needs internet access to
// update.code.visualstudio.com; machines without it use `npm run test:e2e` (code-server).
//
// The packaged .vsix is unpacked and its extension/ folder is the development path, so the
// code under test is what ships. Set VSCODE_EXECUTABLE to use an installed VS Code instead
// of a download.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VSIX = join(ROOT, 'dist', 'transcript-lens.vsix');
const SUITE = join(ROOT, 'dist', 'test', 'e2e', 'suite.js');

for (const [file, hint] of [[VSIX, 'npm run package'], [SUITE, 'node scripts/build.mjs']]) {
  if (!existsSync(file)) {
    console.error(`[electron] ${file} is missing: run \`${hint}\` first`);
    process.exit(1);
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'transcript-lens-electron-'));
execFileSync('unzip', ['-q', VSIX, '-d', join(tmp, 'vsix')]);
const workspace = join(tmp, 'workspace');
mkdirSync(workspace);
for (const f of readdirSync(join(ROOT, 'samples'))) {
  if (f.endsWith('.transcript')) cpSync(join(ROOT, 'samples', f), join(workspace, f));
}
cpSync(join(ROOT, 'test', 'e2e', 'fixtures'), join(workspace, 'fixtures'), { recursive: true });

const { runTests } = await import('@vscode/test-electron');
const started = Date.now();
let code = 0;
try {
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: join(tmp, 'vsix', 'extension'),
    extensionTestsPath: SUITE,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', join(tmp, 'user-data'),
      '--extensions-dir', join(tmp, 'extensions'),
    ],
  });
  console.log('[electron] the suite passed in desktop VS Code');
} catch (err) {
  const msg = String(err?.message ?? err);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|socket hang up/i.test(msg)) {
    console.error(
      `[electron] could not download VS Code (${msg.split('\n')[0]}) after ${Date.now() - started} ms.\n` +
        '[electron] This machine has no access to update.code.visualstudio.com. Run the same suite in a real\n' +
        '[electron] VS Code served by code-server instead: `npm run test:e2e`. Or point VSCODE_EXECUTABLE at an\n' +
        '[electron] installed desktop VS Code.',
    );
    code = 2;
  } else {
    console.error(`[electron] the suite failed: ${msg}`);
    code = 1;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
