import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze';
import { ModelCache } from '../../server/src/model-cache';
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
