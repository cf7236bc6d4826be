/// <reference types="mocha" />
// Turning other files into transcripts: the command and the filePatterns setting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, activateExtension, documentSymbols, openFile, waitFor, workspaceUri } from './helpers';

function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

suite('Transcripts in other files', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('Treat as Transcript switches a .txt file to the transcript language', async () => {
    const editor = await openFile('fixtures', 'desk-notes.txt');
    const uri = editor.document.uri;
    assert.notEqual(editor.document.languageId, LANGUAGE_ID, 'a plain .txt file starts as something else');
    await vscode.commands.executeCommand('transcriptLens.treatAsTranscript');
    await waitFor('the language to change', () => languageOf(uri) === LANGUAGE_ID);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    const symbols = await waitFor('symbols for the converted file', async () => {
      const s = await documentSymbols(doc);
      return s.length > 0 ? s : undefined;
    });
    assert.ok(
      symbols.some((s) => /OKAFOR/i.test(s.name)),
      `the outline names the speaker (got ${symbols.map((s) => s.name).join(' | ')})`,
    );
  });

  test('transcriptLens.filePatterns makes matching files open as transcripts', async () => {
    const config = vscode.workspace.getConfiguration('transcriptLens');
    const before = config.get<string[]>('filePatterns') ?? [];
    await config.update('filePatterns', [...before, '**/*.minutes'], vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the setting to apply', () =>
        (vscode.workspace.getConfiguration('transcriptLens').get<string[]>('filePatterns') ?? []).includes('**/*.minutes'),
      );
      const editor = await openFile('fixtures', 'council.minutes');
      const uri = editor.document.uri;
      await waitFor('council.minutes to become a transcript', () => languageOf(uri) === LANGUAGE_ID, 10000);
    } finally {
      await config.update('filePatterns', undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.ok(workspaceUri('fixtures', 'council.minutes'));
  });
});
