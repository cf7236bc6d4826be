import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze';
import { ModelCache } from '../../server/src/model-cache';
import { scanLines } from '../../server/src/analysis/text';
import { OutlineCache } from '../../server/src/features/symbols';
import { TokenEncoder } from '../../server/src/features/token-encoding';
import { applyEdit, madeUpTranscript, randomEdit, seededRandom } from '../../scripts/fuzz/gen';

/** Applies changes as the server does: each noted where it lies, then applied. */
function change(cache: ModelCache, doc: TextDocument, changes: TextDocumentContentChangeEvent[]): TextDocument {
  for (const c of changes) {
    if ('range' in c) cache.noteEdit(doc.uri, doc.offsetAt(c.range.start), doc.offsetAt(c.range.end), doc.getText().length);
    else cache.unknownEdit(doc.uri);
    doc = TextDocument.update(doc, [c], doc.version + 1);
  }
  return doc;
}

test('models after noted edits (several between analyses, some of the whole text) equal fresh analyses', () => {
  const rand = seededRandom(3);
  const cache = new ModelCache(() => []);
  let doc = TextDocument.create('file:///a.transcript', 'news-transcript', 1, madeUpTranscript(8000, 3));
  cache.analysed(doc);
  for (let i = 0; i < 60; i++) {
    const steps = 1 + Math.floor(rand() * 3);
    for (let s = 0; s < steps; s++) {
      const text = doc.getText();
      if (rand() < 0.05) {
        doc = change(cache, doc, [{ text: madeUpTranscript(6000, i) }]);
        continue;
      }
      const e = randomEdit(rand, text);
      doc = change(cache, doc, [{ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, text: e.text }]);
      assert.equal(doc.getText(), applyEdit(text, e));
    }
    assert.deepStrictEqual(cache.get(doc), analyze(doc.getText()), `edit ${i}`);
  }
});

test('a document opened again with other text is compared whole, whatever edits were noted before', () => {
  const cache = new ModelCache(() => []);
  const first = TextDocument.create('file:///b.transcript', 'news-transcript', 1, madeUpTranscript(8000, 1));
  cache.analysed(first);
  // An edit noted but not analysed, then the document opened again with another text.
  change(cache, first, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
  cache.unknownEdit(first.uri);
  const again = TextDocument.create(first.uri, 'news-transcript', 7, madeUpTranscript(9000, 2));
  assert.deepStrictEqual(cache.get(again), analyze(again.getText()));
});

test('edits rehearsed on a document leave its model, lines, tokens and outline as they were, and edits after them equal fresh analyses', () => {
  const rand = seededRandom(11);
  const cache = new ModelCache(() => []);
  let doc = TextDocument.create('file:///r.transcript', 'news-transcript', 1, madeUpTranscript(20_000, 5));
  const first = cache.analysed(doc);
  let keptTokens = first.tokens.encode(first.model, first.lines).data;
  let keptOutline = first.outline.get(first.model, first.lines);
  let typed = 0;
  for (let i = 0; i < 160; i++) {
    const r = rand();
    if (r < 0.6) {
      const text = doc.getText();
      const step = cache.rehearse(doc, Math.floor(rand() * (text.length + 1)), 'etaoin ,.'[Math.floor(rand() * 9)], rand() < 0.3);
      assert.notEqual(step, 'none');
      if (step === 'typed') typed++;
      continue;
    }
    if (r < 0.8) {
      // A request between two steps: answered from a model equal to the one kept, on the lines
      // of its text, with the same tokens and outline.
      const a = cache.analysed(doc);
      const text = doc.getText();
      assert.deepStrictEqual(a.model, analyze(text), `step ${i}: the model kept`);
      assert.deepStrictEqual(a.lines, scanLines(text), `step ${i}: its lines`);
      assert.deepStrictEqual(a.tokens.encode(a.model, a.lines).data, keptTokens, `step ${i}: the tokens kept`);
      assert.deepStrictEqual(a.outline.get(a.model, a.lines), keptOutline, `step ${i}: the outline kept`);
      continue;
    }
    const e = randomEdit(rand, doc.getText());
    doc = change(cache, doc, [{ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, text: e.text }]);
    const a = cache.analysed(doc);
    const text = doc.getText();
    const fresh = analyze(text);
    assert.deepStrictEqual(a.model, fresh, `step ${i}: the model after an edit`);
    assert.deepStrictEqual(a.tokens.encode(a.model, a.lines).data, new TokenEncoder().encode(fresh, scanLines(text)).data, `step ${i}: tokens`);
    assert.deepStrictEqual(a.outline.get(a.model, a.lines), new OutlineCache().get(fresh, scanLines(text)), `step ${i}: outline`);
    keptTokens = a.tokens.encode(a.model, a.lines).data;
    keptOutline = a.outline.get(a.model, a.lines);
  }
  assert.ok(typed > 40, `rehearsed ${typed} edits`);
});

test('no edit is rehearsed on a document whose edits are not analysed yet, nor on one never analysed', () => {
  const cache = new ModelCache(() => []);
  const doc = TextDocument.create('file:///s.transcript', 'news-transcript', 1, madeUpTranscript(5000, 2));
  assert.equal(cache.rehearse(doc, 10, 'e', false), 'none');
  cache.analysed(doc);
  const next = change(cache, doc, [{ range: { start: doc.positionAt(3), end: doc.positionAt(3) }, text: 'x' }]);
  assert.equal(cache.rehearse(next, 10, 'e', false), 'none');
  assert.deepStrictEqual(cache.get(next), analyze(next.getText()));
});

/** A made-up document opened in a new cache, with its first tokens and outline. */
function opened(chars: number, seed: number) {
  const cache = new ModelCache(() => []);
  const doc = TextDocument.create(`file:///${seed}.transcript`, 'news-transcript', 1, madeUpTranscript(chars, seed));
  const first = cache.analysed(doc);
  return { cache, doc, first, tokens: first.tokens.encode(first.model, first.lines), outline: first.outline.get(first.model, first.lines) };
}

test('a space rehearsed right before a speaker label, then taken out: the editor is answered as before', () => {
  const { cache, doc, first, tokens: { data: tokens }, outline } = opened(30_000, 9);
  const text = doc.getText();
  // The label moves (its turn with it, in place); taken out again, the turn is made anew.
  const starts = first.model.speakers.map((l) => l.start).slice(0, 60);
  assert.ok(starts.length > 40);
  const fresh = analyze(text);
  for (const at of starts) {
    assert.equal(cache.rehearse(doc, at, ' ', false), 'typed');
    const a = cache.analysed(doc);
    assert.deepStrictEqual(a.model, fresh, `after a space at ${at}: the model`);
    assert.deepStrictEqual(a.tokens.encode(a.model, a.lines).data, tokens, `after a space at ${at}: the tokens`);
    assert.deepStrictEqual(a.outline.get(a.model, a.lines), outline, `after a space at ${at}: the outline`);
  }
});

test('after a rehearsed edit is taken out, the tokens are the same result: no edits, the same result id', () => {
  const { cache, doc, tokens: { resultId }, outline } = opened(100_000, 3);
  for (const at of [1000, 40_000, 90_000]) {
    assert.equal(cache.rehearse(doc, at, 'e', false), 'typed');
    const a = cache.analysed(doc);
    assert.deepStrictEqual(a.tokens.edits(resultId, a.model, a.lines), { resultId, edits: [] }, `after a character at ${at}`);
    assert.equal(a.outline.get(a.model, a.lines), outline, `after a character at ${at}: the very outline`);
  }
});
