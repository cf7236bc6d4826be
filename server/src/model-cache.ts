import type { TextDocument } from 'vscode-languageserver-textdocument';
import { IncrementalAnalyzer } from './analysis/incremental';
import type { PinnedActor, TranscriptModel } from './analysis/model';

/**
 * One analyser per open document: the model is kept while the document's version stays the
 * same, and a new version is analysed incrementally from the previous one (only the blocks
 * an edit touched are read again).
 */
export class ModelCache {
  private readonly entries = new Map<string, { version: number; model: TranscriptModel | null; analyzer: IncrementalAnalyzer }>();

  constructor(private readonly pinned: () => readonly PinnedActor[]) {}

  get(doc: TextDocument): TranscriptModel {
    let entry = this.entries.get(doc.uri);
    if (entry && entry.version === doc.version && entry.model) return entry.model;
    if (!entry) {
      entry = { version: doc.version, model: null, analyzer: new IncrementalAnalyzer({ pinned: this.pinned() }) };
      this.entries.set(doc.uri, entry);
    }
    const model = entry.analyzer.update(doc.getText());
    entry.version = doc.version;
    entry.model = model;
    return model;
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
