// Entry point VS Code loads as `extensionTestsPath`: runs every *.test.js bundle beside it
// with mocha inside the extension host. The report goes through console.log, which the
// workbench forwards to the test driver; the promise rejects when a test fails.
import type MochaType from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

// Loaded from the project's node_modules at run time rather than bundled: mocha's
// parallel-mode files cannot be bundled and are not needed here.
const Mocha: typeof MochaType = createRequire(__filename)('mocha');

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec' });
  const only = process.env.TRANSCRIPT_LENS_E2E_GREP;
  if (only) mocha.grep(only);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  console.log('E2E-START');
  const counts = await new Promise<{ passed: number; failed: number; pending: number }>((resolve) => {
    let passed = 0;
    let failed = 0;
    let pending = 0;
    const runner = mocha.run(() => resolve({ passed, failed, pending }));
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
    runner.on('pending', () => pending++);
  });
  // One machine-readable line for scripts/e2e/run.mjs.
  console.log(`E2E-RESULT ${JSON.stringify({ ...counts, files })}`);
  if (counts.failed > 0) throw new Error(`${counts.failed} test(s) failed`);
  if (counts.passed === 0) throw new Error('no test ran');
}
