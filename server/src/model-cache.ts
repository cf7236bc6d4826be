import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './analysis/analyze';
import type { PinnedActor, TranscriptModel } from './analysis/model';

/** One analysed model per open document, kept while its version stays the same. */
export class ModelCache {
  private readonly entries = new Map<string, { version: number; model: TranscriptModel }>();

  constructor(private readonly pinned: () => readonly PinnedActor[]) {}

  get(doc: TextDocument): TranscriptModel {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.model;
    const model = analyze(doc.getText(), { pinned: this.pinned() });
    this.entries.set(doc.uri, { version: doc.version, model });
    return model;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
