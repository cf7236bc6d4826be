import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { cacheFileName, codeCacheDirFrom, packCache, unpackCache } from '../../server/src/code-cache';
import { serverArgs, serverExecArgv } from '../../server/src/launch';

test('a packed cache unpacks to the same bytes; any changed byte, cut or other header does not', () => {
  const data = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31) & 255));
  const packed = packCache(data);
  assert.deepEqual(unpackCache(packed), data);
  for (const at of [packed.indexOf(10) + 1, packed.length >> 1, packed.length - 1]) {
    const c = Buffer.from(packed);
    c[at] ^= 1;
    assert.equal(unpackCache(c), undefined, `byte ${at} changed`);
  }
  assert.equal(unpackCache(packed.subarray(0, packed.length - 1)), undefined);
  assert.equal(unpackCache(data), undefined);
  assert.equal(unpackCache(Buffer.alloc(0)), undefined);
  assert.equal(unpackCache(packCache(Buffer.alloc(0))), undefined);
});

test('the cache file name changes with the bundle, and the folder comes from the arguments', () => {
  const a = cacheFileName('/x/dist/server-core.js', 1000, 5);
  assert.notEqual(a, cacheFileName('/x/dist/server-core.js', 1001, 5));
  assert.notEqual(a, cacheFileName('/x/dist/server-core.js', 1000, 6));
  assert.notEqual(a, cacheFileName('/y/dist/server-core.js', 1000, 5));
  assert.match(a, /^[\w.-]+\.bin$/);
  assert.equal(codeCacheDirFrom(['node', 'server.js', '--stdio', ...serverArgs('/tmp/c c')]), '/tmp/c c');
  assert.equal(codeCacheDirFrom(['node', 'server.js', '--stdio', ...serverArgs(null)]), null);
  assert.equal(codeCacheDirFrom(['--code-cache=']), null);
});

test('the server leaves one core to its main thread, never more than 4 threads to V8, and has its collection from the start', () => {
  assert.deepEqual(serverExecArgv(1), ['--expose-gc', '--v8-pool-size=1']);
  assert.deepEqual(serverExecArgv(2), ['--expose-gc', '--v8-pool-size=1']);
  assert.deepEqual(serverExecArgv(4), ['--expose-gc', '--v8-pool-size=3']);
  assert.deepEqual(serverExecArgv(16), ['--expose-gc', '--v8-pool-size=4']);
});
