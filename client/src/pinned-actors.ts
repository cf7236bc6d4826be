import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PINNED_ACTORS_NOTIFICATION, type PinnedActorsParams } from '../../server/src/protocol';

const ALIAS_FILE = '.transcript-lens/actors.json';

/**
 * Reads `.transcript-lens/actors.json` from every workspace folder (through the workspace
 * file system, so virtual workspaces work too) and sends the pinned actors to the server,
 * again whenever a file changes. The file is data: nothing in it is executed.
 */
export function watchPinnedActors(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.OutputChannel): void {
  const send = async () => {
    const actors: unknown[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, ALIAS_FILE);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        continue;
      }
      try {
        const json = JSON.parse(new TextDecoder().decode(bytes)) as { actors?: unknown };
        if (Array.isArray(json?.actors)) actors.push(...json.actors);
        else output.appendLine(`${uri.toString()}: expected an object with an "actors" array.`);
      } catch (e) {
        output.appendLine(`${uri.toString()}: not valid JSON (${(e as Error).message}); ignored.`);
      }
    }
    const params: PinnedActorsParams = { actors };
    await client.sendNotification(PINNED_ACTORS_NOTIFICATION, params);
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/' + ALIAS_FILE);
  context.subscriptions.push(
    watcher,
    watcher.onDidChange(send),
    watcher.onDidCreate(send),
    watcher.onDidDelete(send),
    vscode.workspace.onDidChangeWorkspaceFolders(send),
    client.onDidChangeState(() => void send().catch(() => undefined)),
  );
  void send().catch((e) => output.appendLine(`Could not read ${ALIAS_FILE}: ${e}`));
}
