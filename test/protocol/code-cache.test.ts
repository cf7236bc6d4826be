/**
 * The server's code cache through the real server: written after the first tokens, taken
 * on the next start (and then left as it is), and a damaged or foreign file is ignored: the
 * server starts, answers the same tokens and writes a good cache again.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { serverExecArgv, serverArgs } from '../../server/src/launch';
import { LspClient, serverPath } from '../support/lsp';

const URI = 'file:///work/cache.transcript';
const TEXT = 'MS. KOWAL: Good afternoon. “We will,” she said.\nJOHN SMITH, Reuters: Thank you.\n';
const dir = mkdtempSync(join(tmpdir(), 'tl-code-cache-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function tokensOnce(): Promise<number[]> {
  const lsp = await LspClient.start({ codeCacheDir: dir });
  try {
    lsp.open(URI, TEXT);
    const tokens = await lsp.semanticTokensFull(URI);
    assert.ok(tokens && tokens.data.length > 0, 'tokens');
    return tokens.data;
  } finally {
    await lsp.stop();
    assert.equal(lsp.exitCode, 0, `server exit code (${lsp.log.join(' | ')})`);
  }
}

function cacheFiles(): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.bin'));
}

test('the cache is written once, then taken as it is; an older one is removed', async () => {
  writeFileSync(join(dir, 'server-00000000-v0-x64-1-1.bin'), 'the cache of a bundle replaced since');
  writeFileSync(join(dir, 'notes.txt'), 'not a cache');
  const first = await tokensOnce();
  assert.ok(readdirSync(dir).includes('notes.txt'), 'other files stay');
  const files = cacheFiles();
  assert.equal(files.length, 1, `one cache file: ${readdirSync(dir).join(', ')}`);
  const file = join(dir, files[0]);
  const written = statSync(file).mtimeMs;
  assert.deepEqual(await tokensOnce(), first);
  assert.equal(statSync(file).mtimeMs, written, 'a cache that was taken is not written again');
  assert.deepEqual(cacheFiles(), files);
});

for (const [what, damage] of [
  ['bytes changed in the middle', (b: Buffer) => {
    const c = Buffer.from(b);
    for (let i = c.length >> 2; i < (c.length >> 2) + 4000 && i < c.length; i += 7) c[i] ^= 0x5a;
    return c;
  }],
  ['cut in half', (b: Buffer) => b.subarray(0, b.length >> 1)],
  ['V8 data without the header', (b: Buffer) => b.subarray(b.indexOf(10) + 1)],
  ['empty', () => Buffer.alloc(0)],
] as const) {
  test(`a cache file ${what} is ignored and written again`, async () => {
    const expected = await tokensOnce();
    const file = join(dir, cacheFiles()[0]);
    const good = readFileSync(file);
    writeFileSync(file, damage(good));
    assert.deepEqual(await tokensOnce(), expected);
    const again = readFileSync(file);
    assert.ok(again.length > 1000, 'a new cache');
    assert.deepEqual(await tokensOnce(), expected);
  });
}

test('the cache is written after any analysis, not only after tokens', async () => {
  const own = mkdtempSync(join(tmpdir(), 'tl-code-cache-outline-'));
  try {
    const lsp = await LspClient.start({ codeCacheDir: own });
    lsp.open(URI, TEXT);
    assert.ok(await lsp.documentSymbol(URI));
    await lsp.stop();
    assert.equal(readdirSync(own).filter((f) => f.endsWith('.bin')).length, 1);
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
});

test('without a cache folder nothing is written and the server works', async () => {
  const lsp = await LspClient.start({ codeCacheDir: null });
  lsp.open(URI, TEXT);
  assert.ok((await lsp.semanticTokensFull(URI))!.data.length > 0);
  await lsp.stop();
  assert.equal(lsp.exitCode, 0);
});

test('an unwritable cache folder only means no cache', async () => {
  const blocked = join(dir, 'not-a-folder');
  writeFileSync(blocked, 'x');
  const lsp = await LspClient.start({ codeCacheDir: join(blocked, 'sub') });
  lsp.open(URI, TEXT);
  assert.ok((await lsp.semanticTokensFull(URI))!.data.length > 0);
  await lsp.stop();
  assert.equal(lsp.exitCode, 0);
});

/** The Node modules among `names` a server start loaded: started as the extension starts it (`serverExecArgv`), until its input ends. */
function modulesAtStart(execArgv: readonly string[], names: readonly string[]): string[] {
  const preload = join(dir, 'report-modules.js');
  writeFileSync(preload, `process.on('exit', () => process.stderr.write('MODULES ' + JSON.stringify(process.moduleLoadList)));`);
  const r = spawnSync(process.execPath, [...execArgv, '-r', preload, serverPath(), '--stdio', ...serverArgs(dir)], { input: '', timeout: 30_000 });
  const line = String(r.stderr).split('MODULES ')[1];
  assert.ok(line !== undefined, `the server reported its modules (${String(r.stderr).slice(0, 300)})`);
  const loaded = JSON.parse(line) as string[];
  return names.filter((n) => loaded.includes(`NativeModule ${n}`));
}

test('started as the extension starts it, the server does not load node:v8 on its way up; started bare, it turns the flag on itself', () => {
  // `--expose-gc` on the command line (launch.ts): the code cache and the idle collection need nothing more.
  assert.deepEqual(modulesAtStart(serverExecArgv(), ['v8']), []);
  // Without it the loader turns the flag on itself, so the cache is made under the same flags.
  assert.deepEqual(modulesAtStart([], ['v8']), ['v8']);
});
