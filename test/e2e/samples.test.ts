/// <reference types="mocha" />
// Every shipped sample opens as a transcript and gets an outline with at least one speaker or quote.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, activateExtension, documentSymbols, openFile, positionOf, waitFor, waitForHover, workspaceUri } from './helpers';

suite('Samples', () => {
  let files: string[] = [];

  suiteSetup(async () => {
    await activateExtension();
    const entries = await vscode.workspace.fs.readDirectory(workspaceUri());
    files = entries.map(([name]) => name).filter((n) => n.endsWith('.transcript')).sort();
  });

  test('every sample opens as a transcript with a non-empty outline', async () => {
    assert.ok(files.length >= 10, `the samples are in the workspace (found ${files.length})`);
    const empty: string[] = [];
    for (const name of files) {
      const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
      assert.equal(doc.languageId, LANGUAGE_ID, `${name} is a transcript`);
      const symbols = await waitFor(`symbols for ${name}`, () => documentSymbols(doc), 10000);
      if (symbols.length === 0) empty.push(name);
    }
    assert.deepEqual(empty, [], 'samples without any outline entry');
  });
});

suite('Unnamed sources', () => {
  test('hovering a quote from someone the text does not name shows how they are described, and the outline says so', async () => {
    await activateExtension();
    const doc = (await openFile('anonymous-sources.transcript')).document;
    const at = positionOf(doc, 'We are not there yet', 'We are'.length);
    const text = await waitForHover(doc, at, /not named in the text/);
    assert.match(text, /a senior administration official/);
    const symbols = await waitFor('document symbols', async () => {
      const s = await documentSymbols(doc);
      return s.length > 0 ? s : undefined;
    });
    const details = symbols.map((s) => s.detail);
    assert.ok(details.includes('one resident (not named)'), details.join(' | '));
  });
});
