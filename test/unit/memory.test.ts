import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { madeUpTranscript, seededRandom } from '../../scripts/fuzz/gen';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMB = (): number => {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

test('typing keeps no earlier version of the text alive', () => {
  // Each version of a 300,000-character text takes 0.6 MB; a name or role cut from one and
  // kept (in a memo table, say) would keep all of it.
  let text = madeUpTranscript(300_000, 7);
  const analyzer = new IncrementalAnalyzer();
  analyzer.update(text);
  const rand = seededRandom(5);
  const type = (n: number) => {
    for (let i = 0; i < n; i++) {
      // Letters typed into capitalised words: names and roles the text never had.
      let at = Math.floor(rand() * text.length);
      while (at < text.length && !(text.charCodeAt(at) >= 65 && text.charCodeAt(at) <= 90)) at++;
      at = Math.min(text.length, at + 2);
      text = text.slice(0, at) + 'qz'[i & 1] + text.slice(at);
      analyzer.update(text, { from: at, tail: text.length - at - 1 });
    }
  };
  type(20);
  const before = heapMB();
  type(300);
  const grown = heapMB() - before;
  assert.ok(grown < 3, `the heap grew by ${grown.toFixed(1)} MB over 300 keystrokes`);
});
