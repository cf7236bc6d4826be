/// <reference types="mocha" />
// The broadcast sample in a real editor: hover, outline and colours from the packaged server.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  LANGUAGE_ID,
  activateExtension,
  documentSymbols,
  openFile,
  positionOf,
  semanticTokens,
  waitFor,
  waitForHover,
} from './helpers';

const SPEAKERS = ['MERKEL', 'LAVROV', 'MACRON', 'VOGEL', 'HARPER'];

suite('Broadcast transcript', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    await activateExtension();
    doc = (await openFile('broadcast.transcript')).document;
  });

  test('opens in the News Transcript language', () => {
    assert.equal(doc.languageId, LANGUAGE_ID);
  });

  test('hover on a surname in prose names the person, the role and the quote', async () => {
    const at = positionOf(doc, 'Chancellor Merkel is in no position', 'Chancellor Me'.length);
    const text = await waitForHover(doc, at, /Angela Merkel/i);
    assert.match(text, /chancellor/i, 'the hover gives her role');
    assert.match(text, /solve every question/, 'the hover gives her quote');
  });

  test('hover on a name in the introduction resolves to the speaker', async () => {
    const at = positionOf(doc, 'Sergey Lavrov flies', 'Sergey La'.length);
    const text = await waitForHover(doc, at, /Lavrov/i);
    assert.match(text, /foreign minister/i);
    assert.match(text, /equal terms/, 'the hover gives his quote');
  });

  test('on a name, every form of the person’s name is highlighted, and references list her quote', async () => {
    const at = positionOf(doc, 'Chancellor Merkel is in no position', 'Chancellor Me'.length);
    const marks = await waitFor('document highlights', async () => {
      const h = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, at);
      return h && h.length > 1 ? h : undefined;
    });
    const written = marks.map((h) => doc.getText(h.range));
    assert.ok(written.includes('Merkel') && written.includes('ANGELA MERKEL'), `highlighted: ${written.join(' | ')}`);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    assert.ok(refs.some((r) => /solve every question/.test(doc.getText(r.range))), 'her quote is among the references');
  });

  test('outline has the five speaker turns, each with its quote', async () => {
    const symbols = await waitFor('document symbols', async () => {
      const s = await documentSymbols(doc);
      return s.length > 0 ? s : undefined;
    });
    const turns = symbols.filter((s) => s.children.length > 0);
    assert.deepEqual(
      turns.map((t) => SPEAKERS.find((name) => t.name.toUpperCase().includes(name)) ?? t.name),
      SPEAKERS,
      `turns: ${symbols.map((s) => s.name).join(' | ')}`,
    );
    for (const turn of turns) {
      const quote = turn.children[0];
      assert.ok(turn.range.contains(quote.range), `${turn.name}: its quote lies inside the turn`);
      assert.match(doc.getText(quote.range), /\w{3,}/, `${turn.name}: the quote has text`);
    }
    const merkelQuote = doc.getText(turns[0].children[0].range);
    assert.match(merkelQuote, /solve every question/);
  });

  test('semantic tokens mark speakers, quotes and people', async () => {
    const tokens = await waitFor('semantic tokens', async () => {
      const t = await semanticTokens(doc);
      return t.length > 0 ? t : undefined;
    });
    const types = new Set(tokens.map((t) => t.type));
    for (const type of ['speaker', 'quote', 'person']) {
      assert.ok(types.has(type), `a "${type}" token (types seen: ${[...types].join(', ')})`);
    }
    const merkel = positionOf(doc, 'Chancellor Merkel is', 'Chancellor Me'.length);
    const onMerkel = tokens.filter(
      (t) => t.line === merkel.line && t.character <= merkel.character && merkel.character < t.character + t.length,
    );
    assert.ok(
      onMerkel.some((t) => t.type === 'person'),
      `"Merkel" in prose is a person (tokens there: ${JSON.stringify(onMerkel)})`,
    );
    const speakerLine = positionOf(doc, 'SERGEY LAVROV RUSSIAN').line;
    assert.ok(
      tokens.some((t) => t.line === speakerLine && t.type === 'speaker' && /LAVROV/.test(t.text)),
      'the label SERGEY LAVROV is a speaker token',
    );
  });
});
