/// <reference types="mocha" />
// The language server comes back after it dies or is restarted, and answers again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { TranscriptLensApi, activateExtension, openFile, positionOf, waitFor, waitForHover } from './helpers';

suite('Server lifecycle', () => {
  let api: TranscriptLensApi;
  let doc: vscode.TextDocument;
  let merkel: vscode.Position;

  suiteSetup(async () => {
    api = await activateExtension();
    doc = (await openFile('broadcast.transcript')).document;
    merkel = positionOf(doc, 'Chancellor Merkel is', 'Chancellor Me'.length);
    await waitForHover(doc, merkel, /Angela Merkel/i);
  });

  async function nextPid(previous: number): Promise<number> {
    return waitFor('a new server process', async () => {
      const pid = await api.serverPid();
      return pid !== undefined && pid !== previous ? pid : undefined;
    }, 30000, 200);
  }

  test('a killed server is started again and hovers work', async () => {
    const pid = await api.serverPid();
    assert.ok(typeof pid === 'number' && pid > 0, `serverPid() gives the process (got ${pid})`);
    const crashes = api.restartCount();
    process.kill(pid, 'SIGKILL');
    const replacement = await nextPid(pid);
    assert.notEqual(replacement, pid);
    assert.equal(api.restartCount(), crashes + 1, 'restartCount() counts the crash');
    await waitForHover(doc, merkel, /Angela Merkel/i, 30000);
  });

  test('the Restart Server command starts a new process that answers hovers', async () => {
    const pid = await api.serverPid();
    assert.ok(typeof pid === 'number');
    const crashes = api.restartCount();
    await vscode.commands.executeCommand('transcriptLens.restartServer');
    await nextPid(pid);
    assert.equal(api.restartCount(), crashes, 'a requested restart is not counted as a crash');
    await waitForHover(doc, merkel, /Angela Merkel/i, 30000);
  });
});
