import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { madeUpTranscript } from '../../scripts/fuzz/gen';
import { ModelCache } from '../../server/src/model-cache';
import { EditPathWarmer, type RehearsalTarget } from '../../server/src/warm-up';

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

/** A large document in a cache of its own, rehearsed on as the server does; counts each kind of step. */
function rehearsalOn(text: string) {
  const cache = new ModelCache(() => []);
  const doc = TextDocument.create('file:///large.transcript', 'news-transcript', 1, text);
  const model = cache.analysed(doc).model;
  const steps = { typed: 0, restored: 0, open: true };
  const target: RehearsalTarget = {
    length: () => (steps.open ? doc.getText().length : null),
    step: (at, key, erase) => {
      const r = steps.open ? cache.rehearse(doc, at, key, erase) : 'none';
      if (r === 'typed') steps.typed++;
      if (r === 'restored') steps.restored++;
      return r;
    },
  };
  return { cache, doc, model, steps, target };
}

test('after the sample, edits are rehearsed on the first large document: as many as set, each taken out again, then no more', async () => {
  let done = 0;
  const warm = new EditPathWarmer(() => [], () => done++, 5, 6, 5);
  const r = rehearsalOn(madeUpTranscript(12_000, 4));
  assert.ok(warm.wantsRehearsal);
  warm.largeDocumentAnalysed(r.target);
  assert.ok(!warm.wantsRehearsal, 'one document at a time');
  for (let i = 0; i < 100 && warm.rehearsed < 5; i++) await sleep(20);
  assert.equal(warm.typed, 5, 'the sample first');
  assert.equal(warm.rehearsed, 5);
  assert.deepEqual([r.steps.typed, r.steps.restored], [5, 5], 'the last one taken out');
  // Answered from a model equal to the one before (the analyser's own, after the last take-out).
  assert.deepStrictEqual(r.cache.analysed(r.doc).model, analyze(r.doc.getText()), 'the model the editor is answered from');
  const other = rehearsalOn(madeUpTranscript(12_000, 5));
  warm.largeDocumentAnalysed(other.target);
  await sleep(60);
  assert.equal(other.steps.typed, 0, 'once per process');
  assert.ok(done >= 1);
});

test('a large document closed before its rehearsal ends gives way to the next one', async () => {
  const warm = new EditPathWarmer(() => [], () => undefined, 5, 2, 4);
  const first = rehearsalOn(madeUpTranscript(12_000, 6));
  first.steps.open = false;
  warm.largeDocumentAnalysed(first.target);
  for (let i = 0; i < 20 && !warm.wantsRehearsal; i++) await sleep(20);
  assert.ok(warm.wantsRehearsal, 'free again');
  const second = rehearsalOn(madeUpTranscript(12_000, 7));
  warm.largeDocumentAnalysed(second.target);
  for (let i = 0; i < 100 && warm.rehearsed < 4; i++) await sleep(20);
  assert.equal(warm.rehearsed, 4);
  assert.deepEqual([second.steps.typed, second.steps.restored], [4, 4]);
});

test('rehearsal waits while requests come', async () => {
  const warm = new EditPathWarmer(() => [], () => undefined, 60, 1, 3);
  const r = rehearsalOn(madeUpTranscript(12_000, 8));
  warm.largeDocumentAnalysed(r.target);
  for (let i = 0; i < 8; i++) {
    warm.note();
    await sleep(20);
  }
  assert.equal(r.steps.typed, 0, 'nothing while busy');
  for (let i = 0; i < 100 && warm.rehearsed < 3; i++) await sleep(20);
  assert.equal(warm.rehearsed, 3);
});
