import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { EditPathWarmer } from '../../server/src/warm-up';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('nothing is typed before a document has been analysed', async () => {
  const warm = new EditPathWarmer(() => [], () => undefined, 5, 20);
  warm.note();
  await sleep(60);
  assert.equal(warm.typed, 0);
});

test('typing waits while requests come, then runs to the end once, then never again', async () => {
  let done = 0;
  const warm = new EditPathWarmer(() => [], () => done++, 60, 25);
  warm.documentAnalysed();
  for (let i = 0; i < 8; i++) {
    warm.note();
    await sleep(10);
  }
  assert.equal(warm.typed, 0, 'busy: nothing typed yet');
  for (let i = 0; i < 200 && done === 0; i++) await sleep(20);
  assert.equal(done, 1);
  // The first step opens the sample; every other one is a keystroke.
  assert.equal(warm.typed, 24);
  assert.equal(warm.current(), null, 'the sample is let go');
  warm.documentAnalysed();
  warm.note();
  await sleep(150);
  assert.equal(warm.typed, 24, 'once per process');
});

test('stopped, it types no more', async () => {
  const warm = new EditPathWarmer(() => [], () => undefined, 5, 1000);
  warm.documentAnalysed();
  await sleep(40);
  warm.stop();
  const typed = warm.typed;
  await sleep(40);
  assert.equal(warm.typed, typed);
});

test('every model of the sample while it is typed into is the one a fresh analysis gives', () => {
  const warm = new EditPathWarmer(() => [], () => undefined, 5, 1000);
  for (let i = 0; i < 120; i++) {
    warm.typeOne();
    const now = warm.current();
    assert.ok(now !== null);
    assert.deepStrictEqual(now.model, analyze(now.text), `keystroke ${i}`);
  }
  assert.equal(warm.typed, 119);
});
