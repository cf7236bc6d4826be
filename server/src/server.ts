import {
  createConnection,
  DocumentSymbol,
  ProposedFeatures,
  SemanticTokensBuilder,
  type SemanticTokens,
  type SemanticTokensDelta,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PinnedActor, Span, TranscriptModel } from './analysis/model';
import { getHover } from './features/hover';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './features/legend';
import { adjacentQuote } from './features/lookup';
import { getOutline, type OutlineNode } from './features/symbols';
import { collectTokens } from './features/tokens';
import { ModelCache } from './model-cache';
import { parsePinnedActors } from './pinned';
import {
  ADJACENT_QUOTE_REQUEST,
  PINNED_ACTORS_NOTIFICATION,
  SERVER_INFO_REQUEST,
  STATS_REQUEST,
  type AdjacentQuoteParams,
  type AdjacentQuoteResult,
  type PinnedActorsParams,
  type StatsParams,
  type StatsResult,
} from './protocol';

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let pinned: PinnedActor[] = [];
const cache = new ModelCache(() => pinned);
const tokenBuilders = new Map<string, SemanticTokensBuilder>();
const DIAGNOSTIC_DELAY_MS = 200;
const diagnosticTimers = new Map<string, NodeJS.Timeout>();

/** Runs a handler; an internal error becomes the empty answer and a log line, never a dead server. */
function safely<T>(what: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const err = e as Error;
    connection.console.error(`${what} failed: ${err?.stack ?? String(e)}`);
    return fallback;
  }
}

function modelOf(uri: string): { doc: TextDocument; model: TranscriptModel } | undefined {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  return { doc, model: cache.get(doc) };
}

function rangeOf(doc: TextDocument, s: Span): Range {
  return { start: doc.positionAt(s.start), end: doc.positionAt(s.end) };
}

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    documentSymbolProvider: { label: 'Transcript Lens' },
    semanticTokensProvider: {
      legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
      full: { delta: true },
      range: true,
    },
  },
  serverInfo: { name: 'transcript-lens' },
}));

connection.onHover((params) =>
  safely('hover', null, () => {
    const found = modelOf(params.textDocument.uri);
    if (!found) return null;
    const answer = getHover(found.model, found.doc.offsetAt(params.position));
    if (!answer) return null;
    return { contents: { kind: 'markdown', value: answer.markdown }, range: rangeOf(found.doc, answer.span) };
  }),
);

connection.onDocumentSymbol((params) =>
  safely('documentSymbol', [] as DocumentSymbol[], () => {
    const found = modelOf(params.textDocument.uri);
    if (!found) return [];
    const convert = (n: OutlineNode): DocumentSymbol => ({
      name: n.name.trim() || '(unnamed)',
      detail: n.detail,
      kind: n.kind === 'turn' ? SymbolKind.Class : SymbolKind.String,
      range: rangeOf(found.doc, n.span),
      selectionRange: rangeOf(found.doc, n.selection),
      children: n.children.map(convert),
    });
    return getOutline(found.model).map(convert);
  }),
);

/** Encodes tokens, splitting any that run over a line break (editors want one line per token). */
function encodeTokens(doc: TextDocument, model: TranscriptModel, builder: SemanticTokensBuilder, range?: Span): void {
  const text = model.text;
  for (const t of collectTokens(model, range)) {
    const type = TOKEN_TYPES.indexOf(t.type);
    let mods = 0;
    for (const m of t.modifiers) mods |= 1 << TOKEN_MODIFIERS.indexOf(m);
    let start = t.start;
    const pos = doc.positionAt(start);
    let line = pos.line;
    let character = pos.character;
    while (start < t.end) {
      let end = start;
      while (end < t.end && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      if (end > start) builder.push(line, character, end - start, type, mods);
      if (end >= t.end) break;
      // Skip the line break (CRLF counts once) and continue on the next line.
      if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) end++;
      start = end + 1;
      line++;
      character = 0;
    }
  }
}

function builderFor(uri: string): SemanticTokensBuilder {
  let b = tokenBuilders.get(uri);
  if (!b) tokenBuilders.set(uri, (b = new SemanticTokensBuilder()));
  return b;
}

connection.languages.semanticTokens.on((params) =>
  safely('semanticTokens', { data: [] }, () => {
    const found = modelOf(params.textDocument.uri);
    if (!found) return { data: [] };
    const builder = builderFor(params.textDocument.uri);
    builder.previousResult(''); // a full answer starts from nothing
    encodeTokens(found.doc, found.model, builder);
    return builder.build();
  }),
);

connection.languages.semanticTokens.onDelta((params) =>
  safely<SemanticTokens | SemanticTokensDelta>('semanticTokens/delta', { edits: [] }, () => {
    const found = modelOf(params.textDocument.uri);
    if (!found) return { edits: [] };
    const builder = builderFor(params.textDocument.uri);
    builder.previousResult(params.previousResultId);
    encodeTokens(found.doc, found.model, builder);
    return builder.buildEdits();
  }),
);

connection.languages.semanticTokens.onRange((params) =>
  safely('semanticTokens/range', { data: [] }, () => {
    const found = modelOf(params.textDocument.uri);
    if (!found) return { data: [] };
    const builder = new SemanticTokensBuilder();
    const span = { start: found.doc.offsetAt(params.range.start), end: found.doc.offsetAt(params.range.end) };
    encodeTokens(found.doc, found.model, builder, span);
    return builder.build();
  }),
);

connection.onRequest(STATS_REQUEST, (params: StatsParams): StatsResult | null =>
  safely('stats', null, () => {
    const found = modelOf(params.uri);
    if (!found) return null;
    const m = found.model;
    return { speakers: m.speakers.length, quotes: m.quotes.length, actors: m.actors.length, reduced: m.reduced };
  }),
);

connection.onRequest(ADJACENT_QUOTE_REQUEST, (params: AdjacentQuoteParams): AdjacentQuoteResult =>
  safely('adjacentQuote', null, () => {
    const found = modelOf(params.uri);
    if (!found) return null;
    const q = adjacentQuote(found.model, found.doc.offsetAt(params.position), params.direction);
    return q ? rangeOf(found.doc, q) : null;
  }),
);

connection.onRequest(SERVER_INFO_REQUEST, () => ({ pid: process.pid }));

connection.onNotification(PINNED_ACTORS_NOTIFICATION, (params: PinnedActorsParams) =>
  safely('pinnedActors', undefined, () => {
    pinned = parsePinnedActors(params?.actors);
    cache.clear();
    for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
    void connection.languages.semanticTokens.refresh();
  }),
);

function scheduleDiagnostics(uri: string): void {
  clearTimeout(diagnosticTimers.get(uri));
  diagnosticTimers.set(
    uri,
    setTimeout(() => {
      diagnosticTimers.delete(uri);
      safely('diagnostics', undefined, () => {
        const found = modelOf(uri);
        if (!found) return;
        const diagnostics = found.model.diagnostics.slice(0, 1000).map((d) => ({
          range: rangeOf(found.doc, d),
          severity: ({ error: 1, warning: 2, information: 3, hint: 4 } as const)[d.severity],
          code: d.code,
          source: 'transcript-lens',
          message: d.message,
        }));
        void connection.sendDiagnostics({ uri, version: found.doc.version, diagnostics });
      });
    }, DIAGNOSTIC_DELAY_MS),
  );
}

documents.onDidChangeContent((e) => scheduleDiagnostics(e.document.uri));
documents.onDidClose((e) => {
  cache.delete(e.document.uri);
  tokenBuilders.delete(e.document.uri);
  clearTimeout(diagnosticTimers.get(e.document.uri));
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e?.stack ?? e}`));

documents.listen(connection);
connection.listen();
