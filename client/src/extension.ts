import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  ADJACENT_QUOTE_REQUEST,
  SERVER_INFO_REQUEST,
  type AdjacentQuoteParams,
  type AdjacentQuoteResult,
  type ServerInfoResult,
} from '../../server/src/protocol';
import { serverArgs, serverExecArgv } from '../../server/src/launch';
import { watchPinnedActors } from './pinned-actors';
import { applyFilePatterns } from './file-patterns';
import { StatusItem } from './status';

export const LANGUAGE_ID = 'news-transcript';
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** What the extension offers other code (and its own tests). */
export interface TranscriptLensApi {
  /** Resolves once the language server is running. */
  ready(): Promise<void>;
  /** The server process id, when it runs. */
  serverPid(): Promise<number | undefined>;
  /** How often the server was restarted after it stopped unexpectedly. */
  restartCount(): number;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<TranscriptLensApi> {
  const output = vscode.window.createOutputChannel('Transcript Lens');
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server keeps V8's code cache in the extension's global storage (never next to its files).
  const codeCacheDir = context.globalStorageUri.scheme === 'file' ? path.join(context.globalStorageUri.fsPath, 'code-cache') : null;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, args: serverArgs(codeCacheDir), options: { execArgv: serverExecArgv() } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };

  const crashes: number[] = [];
  let restarts = 0;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel: output,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const now = Date.now();
        crashes.push(now);
        while (crashes.length && now - crashes[0] > RESTART_WINDOW_MS) crashes.shift();
        if (crashes.length > MAX_RESTARTS) {
          return {
            action: CloseAction.DoNotRestart,
            message: `The Transcript Lens server stopped ${MAX_RESTARTS + 1} times in 3 minutes and will not be restarted. Run "Transcript Lens: Restart Server" to try again.`,
          };
        }
        restarts++;
        output.appendLine(`The server stopped unexpectedly; restarting (${crashes.length}/${MAX_RESTARTS}).`);
        void vscode.window.setStatusBarMessage('Transcript Lens: server stopped, restarting…', 5000);
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };

  const lc = new LanguageClient('transcriptLens', 'Transcript Lens', serverOptions, clientOptions);
  client = lc;
  const status = new StatusItem(lc, LANGUAGE_ID);
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand('transcriptLens.treatAsTranscript', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage('Open a file first, then treat it as a transcript.');
        return;
      }
      await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
    }),
    vscode.commands.registerCommand('transcriptLens.nextQuote', () => jumpToQuote(lc, 1)),
    vscode.commands.registerCommand('transcriptLens.previousQuote', () => jumpToQuote(lc, -1)),
    vscode.commands.registerCommand('transcriptLens.restartServer', async () => {
      crashes.length = 0;
      output.appendLine('Restarting the server.');
      await lc.restart();
    }),
    vscode.commands.registerCommand('transcriptLens.showOutput', () => output.show(true)),
  );

  applyFilePatterns(context, LANGUAGE_ID);
  const started = lc.start().then(
    () => {
      output.appendLine('Transcript Lens server started.');
      watchPinnedActors(context, lc, output);
    },
    (e) => {
      output.appendLine(`The server could not start: ${e}`);
      void vscode.window.showErrorMessage(`Transcript Lens: the language server could not start (${e}).`);
    },
  );

  return {
    ready: async () => {
      await started;
      if (lc.state === State.Running) return;
      await new Promise<void>((resolve) => {
        const sub = lc.onDidChangeState((e) => {
          if (e.newState === State.Running) {
            sub.dispose();
            resolve();
          }
        });
      });
    },
    serverPid: async () => {
      if (lc.state !== State.Running) return undefined;
      const info = await lc.sendRequest<ServerInfoResult>(SERVER_INFO_REQUEST);
      return info?.pid;
    },
    restartCount: () => restarts,
  };
}

async function jumpToQuote(lc: LanguageClient, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
  const params: AdjacentQuoteParams = {
    uri: editor.document.uri.toString(),
    position: editor.selection.active,
    direction,
  };
  const range = await lc.sendRequest<AdjacentQuoteResult>(ADJACENT_QUOTE_REQUEST, params);
  if (!range) {
    void vscode.window.setStatusBarMessage(direction === 1 ? 'No quote after this point' : 'No quote before this point', 3000);
    return;
  }
  const start = new vscode.Position(range.start.line, range.start.character);
  editor.selection = new vscode.Selection(start, start);
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
