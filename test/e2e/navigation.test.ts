/// <reference types="mocha" />
// Next Quote / Previous Quote move the cursor from quote to quote.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openFile, positionOf, waitFor } from './helpers';

suite('Quote navigation', () => {
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    await activateExtension();
    editor = await openFile('broadcast.transcript');
  });

  async function runAndWaitForMove(command: string): Promise<vscode.Position> {
    const before = editor.selection.active;
    await vscode.commands.executeCommand(command);
    return waitFor(`${command} to move the cursor`, () => {
      const now = editor.selection.active;
      return now.isEqual(before) ? undefined : now;
    }, 10000);
  }

  test('Next Quote goes to the first quote, then the second; Previous Quote goes back', async () => {
    const doc = editor.document;
    const merkelLine = positionOf(doc, 'ANGELA MERKEL GERMAN CHANCELLOR').line;
    const lavrovLine = positionOf(doc, 'SERGEY LAVROV RUSSIAN FOREIGN MINISTER').line;
    await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 0, 0, 0);

    const first = await runAndWaitForMove('transcriptLens.nextQuote');
    assert.equal(first.line, merkelLine, 'the first quote is on the Merkel line');
    assert.ok(first.character >= doc.lineAt(merkelLine).text.indexOf('"'), 'the cursor is at the quote, not the label');

    const second = await runAndWaitForMove('transcriptLens.nextQuote');
    assert.equal(second.line, lavrovLine, 'the next quote is on the Lavrov line');

    const back = await runAndWaitForMove('transcriptLens.previousQuote');
    assert.equal(back.line, merkelLine, 'Previous Quote returns to the Merkel quote');
  });
});
