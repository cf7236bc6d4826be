/// <reference types="mocha" />
// Every shipped sample opens as a transcript and gets an outline with at least one speaker or quote.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, activateExtension, documentSymbols, waitFor, workspaceUri } from './helpers';

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
