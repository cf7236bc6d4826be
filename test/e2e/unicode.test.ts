/// <reference types="mocha" />
// Positions survive the trip through the real editor: CRLF line ends and characters outside
// the Basic Multilingual Plane (two UTF-16 units) before the names.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openFile, positionOf, semanticTokens, waitFor, waitForHover } from './helpers';

suite('CRLF and emoji', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    await activateExtension();
    doc = (await openFile('fixtures', 'emoji-crlf.transcript')).document;
  });

  test('the fixture really has CRLF line ends and astral characters', () => {
    assert.equal(doc.eol, vscode.EndOfLine.CRLF);
    assert.match(doc.getText(), /\u{1F4FA}/u);
  });

  test('hover on a name after an emoji finds the speaker', async () => {
    const at = positionOf(doc, 'Nuñez spoke', 2);
    const text = await waitForHover(doc, at, /Clara Nu[ñÑ]ez/i);
    assert.match(text, /foreign minister/i);
  });

  test('semantic tokens cover exactly the names, after emoji and CRLF', async () => {
    const tokens = await waitFor('semantic tokens', async () => {
      const t = await semanticTokens(doc);
      return t.length > 0 ? t : undefined;
    });
    const line = positionOf(doc, 'Nuñez spoke').line;
    const onLine = tokens.filter((t) => t.line === line);
    assert.ok(
      onLine.some((t) => t.type === 'person' && /^(Foreign Minister )?(Clara )?Nuñez$/.test(t.text)),
      `a person token spelling the name (got ${JSON.stringify(onLine.map((t) => [t.type, t.text]))})`,
    );
    for (const t of tokens) assert.ok(!/[\r\n]/.test(t.text), `token ${JSON.stringify(t.text)} stays on its line`);
  });
});
