/**
 * A small language client for tests and the benchmark: spawns `node dist/server.js --stdio`
 * and speaks JSON-RPC over its standard streams. Keeps its own copy of each open document
 * so edits can be given as offsets and sent as incremental changes.
 *
 * ```
 * const lsp = await LspClient.start();
 * lsp.open('file:///a.transcript', 'MS. KOWAL: Good afternoon.');
 * const tokens = await lsp.semanticTokensFull('file:///a.transcript');
 * await lsp.stop();
 * ```
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  DocumentHighlight,
  DocumentSymbol,
  Hover,
  Location,
  InitializeResult,
  Position,
  Range,
  SemanticTokens,
  SemanticTokensDelta,
  ServerCapabilities,
  SymbolInformation,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { serverArgs, serverExecArgv } from '../../server/src/launch';

export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface StartOptions {
  /** Path of the bundled server; default `dist/server.js` under the working directory (or $TRANSCRIPT_LENS_SERVER). */
  readonly serverPath?: string;
  /** Time allowed for each request before it counts as unanswered. */
  readonly requestTimeoutMs?: number;
  /** The server's code cache folder, as the editor passes its own; default a folder under the system's temporary one, null for none. */
  readonly codeCacheDir?: string | null;
}

/** The code cache folder tests give the server at `path` (the editor gives one in its global storage): one per checkout. */
export function testCodeCacheDir(path: string): string {
  return join(tmpdir(), `transcript-lens-code-cache-${createHash('sha1').update(path).digest('hex').slice(0, 12)}`);
}

export class RequestTimeout extends Error {}

/** Where the bundled server is: $TRANSCRIPT_LENS_SERVER, else dist/server.js under the working directory. */
export function serverPath(): string {
  return resolve(process.env.TRANSCRIPT_LENS_SERVER ?? join(process.cwd(), 'dist', 'server.js'));
}

export class LspClient {
  readonly docs = new Map<string, TextDocument>();
  /**
   * A one-edit change already sent whose edit the client's own copy has not taken yet: it is
   * taken the next time the copy is read (`doc`), so that a keystroke's timed stretch holds the
   * edit going out and the server's answer, not this client's copy of the text made again.
   */
  private readonly unapplied = new Map<string, { change: { range: Range; text: string }; version: number }>();
  /** How long each deferred update of the client's copy took (ms), for the benchmark to report apart. */
  readonly copyMs: number[] = [];
  /** Lines the server wrote to stderr and log messages it sent, newest last (capped). */
  readonly log: string[] = [];
  capabilities: ServerCapabilities = {};
  exitCode: number | null = null;
  exitSignal: NodeJS.Signals | null = null;
  private exited: Promise<void>;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    private readonly timeoutMs: number,
  ) {
    this.exited = new Promise((done) =>
      process.once('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        done();
      }),
    );
  }

  /** Spawns the server, sends `initialize` and `initialized`. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const path = options.serverPath ?? serverPath();
    if (!existsSync(path)) throw new Error(`no server at ${path}: run \`node scripts/build.mjs\` first`);
    // Started as the extension starts it (server/src/launch.ts), over stdio instead of IPC.
    const cacheDir = options.codeCacheDir === undefined ? testCodeCacheDir(path) : options.codeCacheDir;
    const child = spawn(process.execPath, [...serverExecArgv(), path, '--stdio', ...serverArgs(cacheDir)], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options.requestTimeoutMs ?? 30_000);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (s: string) => client.remember(`stderr: ${s}`));
    connection.onNotification('window/logMessage', (p: { message: string }) => client.remember(`log: ${p.message}`));
    connection.onNotification('textDocument/publishDiagnostics', () => undefined);
    // Server-to-client requests (refresh, registrations, progress): answer so the server never waits.
    connection.onRequest(() => null);
    connection.onError(() => undefined);
    connection.listen();
    const init = await client.request<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          semanticTokens: {
            requests: { full: { delta: true }, range: true },
            tokenTypes: [],
            tokenModifiers: [],
            formats: ['relative'],
          },
        },
        workspace: { semanticTokens: { refreshSupport: true } },
      },
      workspaceFolders: null,
    });
    client.capabilities = init.capabilities;
    await connection.sendNotification('initialized', {});
    return client;
  }

  get pid(): number {
    return this.process.pid ?? -1;
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.exitCode === null && this.exitSignal === null;
  }

  /** The server's resident memory in bytes (VmRSS of /proc/<pid>/status), or null where unreadable. */
  residentBytes(): number | null {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const m = /^VmRSS:\s+(\d+) kB/m.exec(status);
      return m ? Number(m[1]) * 1024 : null;
    } catch {
      return null;
    }
  }

  /** True when the server offers `textDocument/semanticTokens/full/delta`. */
  get offersTokenDelta(): boolean {
    const p = this.capabilities.semanticTokensProvider;
    return !!p && typeof p.full === 'object' && !!p.full.delta;
  }

  private remember(line: string): void {
    this.log.push(line);
    if (this.log.length > 200) this.log.splice(0, this.log.length - 200);
  }

  /** A request that rejects with RequestTimeout when unanswered in time, or at once when the server is gone. */
  async request<T>(method: string, params: unknown, timeoutMs = this.timeoutMs): Promise<T> {
    if (!this.alive) throw new Error(`server exited (code ${this.exitCode}, signal ${this.exitSignal}) before ${method}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RequestTimeout(`${method}: no answer in ${timeoutMs} ms`)), timeoutMs);
    });
    const died = this.exited.then(() => {
      throw new Error(`server exited (code ${this.exitCode}, signal ${this.exitSignal}) during ${method}`);
    });
    try {
      return await Promise.race([this.connection.sendRequest<T>(method, params), timeout, died]);
    } finally {
      clearTimeout(timer);
    }
  }

  open(uri: string, text: string, languageId = 'news-transcript'): void {
    this.unapplied.delete(uri);
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  close(uri: string): void {
    this.docs.delete(uri);
    this.unapplied.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Applies edits (offsets into the text as each previous edit left it) and sends them as one incremental change. */
  change(uri: string, edits: readonly OffsetEdit[]): void {
    let doc = this.doc(uri);
    if (edits.length === 1) {
      // The edit goes out at once; the client's own copy of the text (on 1 MB, a string of
      // 1-2 MB copied, about 1 ms) takes it when next read, as an editor's copy is kept in a
      // process of its own (and, in VS Code, as lines, not one string made again).
      const e = edits[0];
      const change = { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, text: e.text };
      const version = doc.version + 1;
      void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      this.unapplied.set(uri, { change, version });
      return;
    }
    const contentChanges = [];
    for (const e of edits) {
      const change = { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, text: e.text };
      doc = TextDocument.update(doc, [change], doc.version);
      contentChanges.push(change);
    }
    const version = doc.version + 1;
    doc = TextDocument.update(doc, [], version);
    this.docs.set(uri, doc);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  doc(uri: string): TextDocument {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    const u = this.unapplied.get(uri);
    if (u !== undefined) {
      this.unapplied.delete(uri);
      const t = performance.now();
      TextDocument.update(doc, [u.change], u.version).getText().charCodeAt(0);
      this.copyMs.push(performance.now() - t);
    }
    return doc;
  }

  /** The client's copy of the text. */
  text(uri: string): string {
    return this.doc(uri).getText();
  }

  positionAt(uri: string, offset: number): Position {
    return this.doc(uri).positionAt(offset);
  }

  offsetAt(uri: string, position: Position): number {
    return this.doc(uri).offsetAt(position);
  }

  hover(uri: string, offset: number): Promise<Hover | null> {
    return this.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: this.positionAt(uri, offset) });
  }

  documentHighlight(uri: string, offset: number): Promise<DocumentHighlight[] | null> {
    return this.request('textDocument/documentHighlight', { textDocument: { uri }, position: this.positionAt(uri, offset) });
  }

  references(uri: string, offset: number): Promise<Location[] | null> {
    return this.request('textDocument/references', { textDocument: { uri }, position: this.positionAt(uri, offset), context: { includeDeclaration: true } });
  }

  definition(uri: string, offset: number): Promise<Location | null> {
    return this.request('textDocument/definition', { textDocument: { uri }, position: this.positionAt(uri, offset) });
  }

  documentSymbol(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.request('textDocument/documentSymbol', { textDocument: { uri } });
  }

  semanticTokensFull(uri: string): Promise<SemanticTokens | null> {
    return this.request('textDocument/semanticTokens/full', { textDocument: { uri } });
  }

  /** The tokens of lines `fromLine` up to `toLine` (exclusive), as the editor asks for the visible lines. */
  semanticTokensRange(uri: string, fromLine: number, toLine: number): Promise<SemanticTokens | null> {
    return this.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: fromLine, character: 0 }, end: { line: toLine, character: 0 } } });
  }

  semanticTokensDelta(uri: string, previousResultId: string): Promise<SemanticTokens | SemanticTokensDelta | null> {
    return this.request('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId });
  }

  /** `shutdown` then `exit`; kills the process if it has not left after `graceMs`. */
  async stop(graceMs = 3000): Promise<void> {
    if (this.alive) {
      try {
        await this.request('shutdown', null, graceMs);
        await this.connection.sendNotification('exit');
      } catch {
        // An unanswered shutdown still ends in a kill below.
      }
      const timer = setTimeout(() => this.process.kill('SIGKILL'), graceMs);
      await this.exited;
      clearTimeout(timer);
    }
    this.connection.dispose();
  }
}

/** Applies a semantic tokens delta to the previous data, as an editor does. */
export function applyTokenDelta(previous: readonly number[], delta: SemanticTokensDelta): number[] {
  // Edits refer to the previous data and do not overlap; copy around them in order
  // (no spread: the data of a large file exceeds the argument limit).
  const edits = [...delta.edits].sort((a, b) => a.start - b.start);
  const out: number[] = [];
  let at = 0;
  for (const e of edits) {
    for (let i = at; i < e.start; i++) out.push(previous[i]);
    for (const x of e.data ?? []) out.push(x);
    at = e.start + e.deleteCount;
  }
  for (let i = at; i < previous.length; i++) out.push(previous[i]);
  return out;
}

/** A decoded semantic token: absolute line and character. */
export interface DecodedToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: number;
  readonly modifiers: number;
}

/** Decodes LSP's relative token encoding. */
export function decodeTokens(data: readonly number[]): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 5 <= data.length; i += 5) {
    const dl = data[i];
    line += dl;
    character = dl === 0 ? character + data[i + 1] : data[i + 1];
    out.push({ line, character, length: data[i + 2], type: data[i + 3], modifiers: data[i + 4] });
  }
  return out;
}
