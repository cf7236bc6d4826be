/// <reference types="mocha" />
// Typing in the editor: the server follows incremental edits, in an unsaved (untitled) document.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, activateExtension, documentSymbols, waitFor, workspaceUri } from './helpers';

const NEW_TURN = 'ANNALENA BAERBOCK GERMAN FOREIGN MINISTER "We will judge the talks by what changes on the ground."\n';

suite('Edits', () => {
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    await activateExtension();
    const text = Buffer.from(await vscode.workspace.fs.readFile(workspaceUri('broadcast.transcript'))).toString('utf8');
    doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
    editor = await vscode.window.showTextDocument(doc);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  function turnsAfterEdit(count: number) {
    return waitFor(`${count} speaker turns`, async () => {
      const turns = (await documentSymbols(doc)).filter((s) => s.children.length > 0);
      return turns.length === count ? turns : undefined;
    });
  }

  test('an unsaved document gets an outline', async () => {
    assert.equal(doc.uri.scheme, 'untitled');
    await turnsAfterEdit(5);
  });

  test('typing a new speaker line adds a turn; deleting it removes the turn', async () => {
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const ok = await editor.edit((b) => b.insert(end, end.character === 0 ? NEW_TURN : `\n${NEW_TURN}`));
    assert.ok(ok, 'the edit applied');
    const turns = await turnsAfterEdit(6);
    assert.match(turns[5].name, /baerbock/i);

    const line = positionOfLine(doc, 'ANNALENA BAERBOCK');
    await editor.edit((b) => b.delete(doc.lineAt(line).rangeIncludingLineBreak));
    await turnsAfterEdit(5);
  });

  test('an edit inside a label renames the turn', async () => {
    const line = positionOfLine(doc, 'EMMANUEL MACRON FRENCH PRESIDENT');
    const start = new vscode.Position(line, 0);
    await editor.edit((b) => b.replace(new vscode.Range(start, start.translate(0, 'EMMANUEL MACRON'.length)), 'JEAN CASTEX'));
    const turns = await waitFor('the renamed turn', async () => {
      const t = (await documentSymbols(doc)).filter((s) => s.children.length > 0);
      return t.some((s) => /castex/i.test(s.name)) ? t : undefined;
    });
    assert.ok(!turns.some((s) => /macron/i.test(s.name)), 'the old name is gone');
  });
});

function positionOfLine(doc: vscode.TextDocument, needle: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(needle)) return i;
  throw new Error(`no line with ${needle}`);
}
