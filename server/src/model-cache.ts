import type { TextDocument } from 'vscode-languageserver-textdocument';
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
      entry = { version: doc.version, model: null, analyzer: new IncrementalAnalyzer({ pinned: this.pinned() }), tokens: new TokenEncoder(), outline: new OutlineCache() };
      this.entries.set(doc.uri, entry);
    }
    if (entry.model === null || entry.version !== doc.version) {
      const before = entry.model;
      const model = entry.analyzer.update(doc.getText());
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
