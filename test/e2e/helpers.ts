// Shared helpers for the suites that run inside a real VS Code extension host.
// Bundled into each *.test.js by scripts/build.mjs; `vscode` stays external.
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';

export const EXTENSION_ID = 'transcript-lens.transcript-lens';
export const LANGUAGE_ID = 'news-transcript';

/** What the extension's activate() returns. */
export interface TranscriptLensApi {
  ready(): Promise<void>;
  serverPid(): Promise<number | undefined>;
  restartCount(): number;
}

/** Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as T;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Activates the extension and waits until its language client is running. */
export async function activateExtension(): Promise<TranscriptLensApi> {
  const ext = await waitFor('the extension to be registered', () => vscode.extensions.getExtension(EXTENSION_ID));
  const api = (await ext.activate()) as TranscriptLensApi | undefined;
  assert.ok(api && typeof api.ready === 'function', 'activate() returns the Transcript Lens API');
  await withTimeout(api.ready(), 30000, 'api.ready()');
  return api;
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Opens a file of the workspace in an editor and returns the editor. */
export async function openFile(...segments: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The position of `needle` in the document; `at` picks a character inside the match. */
export function positionOf(doc: vscode.TextDocument, needle: string, at = 0, occurrence = 1): vscode.Position {
  const text = doc.getText();
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" occurs ${occurrence} time(s) in ${doc.uri.path}`);
  }
  return doc.positionAt(index + at);
}

/** Text of every hover the editor would show at `position`, joined. */
export async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    doc.uri,
    position,
  )) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Polls the hover at `position` until it matches `pattern`. */
export function waitForHover(doc: vscode.TextDocument, position: vscode.Position, pattern: RegExp, timeoutMs = 15000) {
  return waitFor(`a hover matching ${pattern}`, async () => {
    const text = await hoverText(doc, position);
    return pattern.test(text) ? text : undefined;
  }, timeoutMs, 200);
}

export async function documentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
    'vscode.executeDocumentSymbolProvider',
    doc.uri,
  )) ?? [];
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

/** Asks for the document's semantic tokens and decodes them with the legend. */
export async function semanticTokens(doc: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
    'vscode.provideDocumentSemanticTokensLegend',
    doc.uri,
  );
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>(
    'vscode.provideDocumentSemanticTokens',
    doc.uri,
  );
  if (!legend || !tokens) return [];
  const out: DecodedToken[] = [];
  const data = tokens.data;
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const length = data[i + 2];
    const type = legend.tokenTypes[data[i + 3]] ?? `#${data[i + 3]}`;
    const modifiers = legend.tokenModifiers.filter((_, bit) => (data[i + 4] >> bit) & 1);
    const text = doc.getText(new vscode.Range(line, character, line, character + length));
    out.push({ line, character, length, type, modifiers, text });
  }
  return out;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
