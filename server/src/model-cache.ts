import { TextDocument } from 'vscode-languageserver-textdocument';
import { IncrementalAnalyzer } from './analysis/incremental';
import type { PinnedActor, TranscriptModel } from './analysis/model';
import type { LineIndex } from './analysis/text';
import { rememberLines } from './features/lookup';
import { OutlineCache } from './features/symbols';
import { TokenEncoder } from './features/token-encoding';

/** What the server keeps for one open document. */
export interface Analysed {
  readonly model: TranscriptModel;
  /** The lines of the model's text. */
  readonly lines: LineIndex;
  /** Its semantic tokens, re-encoded only where an edit changed the model. */
  readonly tokens: TokenEncoder;
  /** Its outline symbols, made again only where an edit changed them. */
  readonly outline: OutlineCache;
}

interface Entry {
  version: number;
  model: TranscriptModel | null;
  /** What the edits since the model left the same at either end of the text (null: none noted yet). */
  bound: { from: number; tail: number } | null;
  /** Some edit since the model was not noted: the texts are compared whole. */
  boundLost: boolean;
  readonly analyzer: IncrementalAnalyzer;
  readonly tokens: TokenEncoder;
  readonly outline: OutlineCache;
}

/**
 * One analyser per open document: the model is kept while the document's version stays the
 * same, and a new version is analysed incrementally from the previous one (only the blocks
 * an edit touched are read again).
 */
export class ModelCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly pinned: () => readonly PinnedActor[]) {}

  get(doc: TextDocument): TranscriptModel {
    return this.analysed(doc).model;
  }

  analysed(doc: TextDocument): Analysed {
    let entry = this.entries.get(doc.uri);
    if (!entry) {
      entry = { version: doc.version, model: null, bound: null, boundLost: false, analyzer: new IncrementalAnalyzer({ pinned: this.pinned() }), tokens: new TokenEncoder(), outline: new OutlineCache() };
      this.entries.set(doc.uri, entry);
    }
    if (entry.model === null || entry.version !== doc.version) {
      const before = entry.model;
      const model = entry.analyzer.update(doc.getText(), entry.boundLost || entry.bound === null ? undefined : entry.bound);
      entry.bound = null;
      entry.boundLost = false;
      rememberLines(model, entry.analyzer.lines);
      if (model !== before) {
        entry.tokens.noteChange(before, model, entry.analyzer.lastChange, entry.analyzer.lastEdit);
        entry.outline.noteChange(before, model, entry.analyzer.lastEdit);
      }
      entry.version = doc.version;
      entry.model = model;
    }
    return { model: entry.model, lines: entry.analyzer.lines, tokens: entry.tokens, outline: entry.outline };
  }

  /**
   * Notes an edit of an open document before it is applied: `[start, end)` of the text of
   * `length` characters is replaced. The next analysis then compares only the stretch the
   * edits since the last one touched.
   */
  noteEdit(uri: string, start: number, end: number, length: number): void {
    const entry = this.entries.get(uri);
    if (!entry || entry.model === null || entry.boundLost) return;
    if (entry.bound === null) {
      // The first edit since the model: the text is the model's.
      if (length !== entry.model.text.length) entry.boundLost = true;
      else entry.bound = { from: start, tail: length - end };
    } else {
      entry.bound.from = Math.min(entry.bound.from, start);
      entry.bound.tail = Math.min(entry.bound.tail, length - end);
    }
  }

  /** Forgets what the edits since the last analysis left the same (an edit was not noted). */
  unknownEdit(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry) entry.boundLost = true;
  }

  /** True when some version of the document has been analysed (its first analysis is behind it). */
  analysedOnce(uri: string): boolean {
    const entry = this.entries.get(uri);
    return entry !== undefined && entry.model !== null;
  }

  /** True when the document's current version has been analysed. */
  has(doc: TextDocument): boolean {
    const entry = this.entries.get(doc.uri);
    return entry !== undefined && entry.version === doc.version && entry.model !== null;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** Forgets every model (after the pinned actors changed: every analyser starts afresh). */
  clear(): void {
    this.entries.clear();
  }
}

/**
 * An opened document, its line offsets made now, with the text read whole anyway, rather than
 * at the first edit (on 1 MB a scan of some 6-9 ms that the first keystroke would wait for).
 */
export function openedDocument(uri: string, languageId: string, version: number, content: string): TextDocument {
  const doc = TextDocument.create(uri, languageId, version, content);
  doc.positionAt(0);
  return doc;
}
