import {
  createConnection,
  DocumentHighlight,
  DocumentHighlightKind,
  DocumentSymbol,
  Location,
  LSPErrorCodes,
  ResponseError,
  ProposedFeatures,
  type SemanticTokens,
  type SemanticTokensDelta,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { PinnedActor, Span, TranscriptModel } from './analysis/model';
import { getHover } from './features/hover';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './features/legend';
import { adjacentQuote } from './features/lookup';
import { actorNamedAt, introduction, referencesOf } from './features/references';
import { encodeRange } from './features/token-encoding';
import { viewportTokens } from './features/viewport';
import { requestCodeCacheSave } from './code-cache';
import { IdleCollector } from './idle-gc';
import { ModelCache, type Analysed } from './model-cache';
import { parsePinnedActors } from './pinned';
import { EditPathWarmer, REHEARSE_FROM_CHARS } from './warm-up';
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
let pinned: PinnedActor[] = [];
const cache = new ModelCache(() => pinned);
/** Open documents; each edit is noted (where it lies) before it is applied, for the next analysis. */
const documents = new TextDocuments({
  // Line offsets are made once the first answer has gone (`readyForEdits`), not before it.
  create: TextDocument.create,
  update(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    for (const change of changes) {
      if ('range' in change) cache.noteEdit(doc.uri, doc.offsetAt(change.range.start), doc.offsetAt(change.range.end), doc.getText().length);
      else cache.unknownEdit(doc.uri);
      doc = TextDocument.update(doc, [change], version);
    }
    return doc;
  },
});
const DIAGNOSTIC_DELAY_MS = 200;
const diagnosticTimers = new Map<string, NodeJS.Timeout>();
/** One full garbage collection once edits stop: old texts and models go back to the system. */
const idle = new IdleCollector();
/** Once a document is analysed and nothing happens for a moment: the edit path made ready (warm-up.ts). */
const warm = new EditPathWarmer(() => pinned, () => idle.note());

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
  const model = cache.get(doc);
  scheduleCodeCacheSave();
  warm.documentAnalysed();
  if (warm.wantsRehearsal) offerRehearsal(doc);
  busy();
  readyForEdits(doc);
  return { doc, model };
}

function analysedOf(uri: string): (Analysed & { doc: TextDocument }) | undefined {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const analysed = cache.analysed(doc);
  scheduleCodeCacheSave();
  warm.documentAnalysed();
  if (warm.wantsRehearsal) offerRehearsal(doc);
  busy();
  readyForEdits(doc);
  return { doc, ...analysed };
}

/** A large document just analysed: the warm-up rehearses edits on its analyser (warm-up.ts). */
function offerRehearsal(doc: TextDocument): void {
  if (doc.getText().length < REHEARSE_FROM_CHARS) return;
  const uri = doc.uri;
  warm.largeDocumentAnalysed({
    length: () => documents.get(uri)?.getText().length ?? null,
    step: (at, key, erase) => {
      const d = documents.get(uri);
      return d === undefined ? 'none' : cache.rehearse(d, at, key, erase);
    },
  });
}

/** Documents whose line offsets have been made. */
const offsetsMade = new WeakSet<TextDocument>();

/**
 * Right after the first answer on a document has gone: its line offsets, which the first edit
 * would otherwise wait for (6-9 ms on 1 MB), and which the first answer did not need.
 */
function readyForEdits(doc: TextDocument): void {
  if (offsetsMade.has(doc)) return;
  offsetsMade.add(doc);
  setImmediate(() => safely('lineOffsets', undefined, () => void documents.get(doc.uri)?.positionAt(0)));
}

/** The answer to a request cancelled before it ran (a newer edit made it stale). */
function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}

function rangeOf(doc: TextDocument, s: Span): Range {
  return { start: doc.positionAt(s.start), end: doc.positionAt(s.end) };
}

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    documentHighlightProvider: true,
    referencesProvider: true,
    definitionProvider: true,
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

// On a name or label: every form of that actor's name in the document.
connection.onDocumentHighlight((params, token) => {
  if (token.isCancellationRequested) return cancelled();
  return safely('documentHighlight', [] as DocumentHighlight[], () => {
    const found = modelOf(params.textDocument.uri);
    if (!found) return [];
    const actor = actorNamedAt(found.model, found.doc.offsetAt(params.position), false);
    return actor === null ? [] : actor.mentions.map((m) => DocumentHighlight.create(rangeOf(found.doc, m), DocumentHighlightKind.Text));
  });
});

// Find All References on a name, a label or a quote: where the actor is named and every quote it said.
connection.onReferences((params, token) => {
  if (token.isCancellationRequested) return cancelled();
  return safely('references', [] as Location[], () => {
    const found = modelOf(params.textDocument.uri);
    if (!found) return [];
    const actor = actorNamedAt(found.model, found.doc.offsetAt(params.position), true);
    return actor === null ? [] : referencesOf(found.model, actor).map((s) => Location.create(params.textDocument.uri, rangeOf(found.doc, s)));
  });
});

// Go to Definition on a name or label: where the actor is introduced by full name.
connection.onDefinition((params, token) => {
  if (token.isCancellationRequested) return cancelled();
  return safely('definition', null as Location | null, () => {
    const found = modelOf(params.textDocument.uri);
    if (!found) return null;
    const actor = actorNamedAt(found.model, found.doc.offsetAt(params.position), false);
    const at = actor === null ? null : introduction(actor);
    return at === null ? null : Location.create(params.textDocument.uri, rangeOf(found.doc, at));
  });
});

connection.onDocumentSymbol((params, token) => {
  if (token.isCancellationRequested) return cancelled();
  return safely('documentSymbol', [] as DocumentSymbol[], () => {
    const found = analysedOf(params.textDocument.uri);
    if (!found) return [];
    return found.outline.get(found.model, found.lines);
  });
});

connection.languages.semanticTokens.on((params, token) => {
  if (token.isCancellationRequested) return cancelled();
  return safely('semanticTokens', { data: [] }, () => {
    const found = analysedOf(params.textDocument.uri);
    if (!found) return { data: [] };
    return found.tokens.encode(found.model, found.lines);
  });
});

connection.languages.semanticTokens.onDelta((params, token) => {
  if (token.isCancellationRequested) return cancelled();
  return safely<SemanticTokens | SemanticTokensDelta>('semanticTokens/delta', { edits: [] }, () => {
    const found = analysedOf(params.textDocument.uri);
    if (!found) return { edits: [] };
    return found.tokens.edits(params.previousResultId, found.model, found.lines);
  });
});

connection.languages.semanticTokens.onRange((params, token) => {
  if (token.isCancellationRequested) return cancelled();
  return safely('semanticTokens/range', { data: [] }, () => {
    // A large file just opened: its visible lines from the text up to them (viewport.ts); the
    // whole document is analysed for the request that follows.
    const doc = documents.get(params.textDocument.uri);
    if (doc && !cache.analysedOnce(doc.uri)) {
      const first = viewportTokens(doc.getText(), params.range.start, params.range.end, { pinned });
      if (first !== null) {
        busy();
        return { data: first };
      }
    }
    const found = analysedOf(params.textDocument.uri);
    if (!found) return { data: [] };
    const span = { start: found.doc.offsetAt(params.range.start), end: found.doc.offsetAt(params.range.end) };
    return { data: encodeRange(found.model, found.lines, span) };
  });
});

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

/** The process id; besides, for tests, how many keystrokes the idle warm-up has typed and how many edits it rehearsed on a large document. */
connection.onRequest(SERVER_INFO_REQUEST, () => ({ pid: process.pid, warmUpKeystrokes: warm.typed, rehearsedEdits: warm.rehearsed }));

/**
 * Two seconds after the first analysis, at the first moment nothing has happened for a while
 * (writing it takes some 15-25 ms, which a keystroke would wait for), or at shutdown if sooner:
 * the code cache for the next start.
 */
const CODE_CACHE_DELAY_MS = 2000;
const CODE_CACHE_QUIET_MS = 300;
let codeCacheTimer: NodeJS.Timeout | null = null;
let lastActivity = 0;
function scheduleCodeCacheSave(): void {
  if (codeCacheTimer !== null) return;
  armCodeCacheSave(CODE_CACHE_DELAY_MS);
}
function armCodeCacheSave(ms: number): void {
  codeCacheTimer = setTimeout(() => {
    const quietFor = performance.now() - lastActivity;
    if (quietFor < CODE_CACHE_QUIET_MS) armCodeCacheSave(CODE_CACHE_QUIET_MS - quietFor);
    else safely('codeCache', undefined, requestCodeCacheSave);
  }, ms);
  codeCacheTimer.unref();
}
/** A message came (an edit, a request): the idle work waits. */
function busy(): void {
  lastActivity = performance.now();
  warm.note();
}
connection.onShutdown(() => {
  warm.stop();
  if (codeCacheTimer !== null) {
    clearTimeout(codeCacheTimer);
    safely('codeCache', undefined, requestCodeCacheSave);
  }
});

connection.onNotification(PINNED_ACTORS_NOTIFICATION, (params: PinnedActorsParams) =>
  safely('pinnedActors', undefined, () => {
    pinned = parsePinnedActors(params?.actors);
    cache.clear();
    idle.note();
    busy();
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
      // After what is already queued (the answer to a request that has just been analysed for),
      // so that answer is written first.
      setImmediate(() => publishDiagnostics(uri));
    }, DIAGNOSTIC_DELAY_MS),
  );
}

function publishDiagnostics(uri: string): void {
  if (diagnosticTimers.has(uri)) return;
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
}

documents.onDidChangeContent((e) => {
  scheduleDiagnostics(e.document.uri);
  idle.note();
  busy();
});
// Opened again without a close: the text is new, not an edit of the one analysed.
documents.onDidOpen((e) => cache.unknownEdit(e.document.uri));
documents.onDidClose((e) => {
  cache.delete(e.document.uri);
  idle.note();
  busy();
  clearTimeout(diagnosticTimers.get(e.document.uri));
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e?.stack ?? e}`));

documents.listen(connection);
connection.listen();
