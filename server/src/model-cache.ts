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
  /** A rehearsed edit the analyser holds (`rehearse`): where it was, to take it out; null when none. */
  rehearsal: { from: number; tail: number } | null;
}

/** What `rehearse` did: typed a character into the analyser, took it out, or nothing (no current model). */
export type Rehearsed = 'typed' | 'restored' | 'none';

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
      entry = { version: doc.version, model: null, bound: null, boundLost: false, analyzer: new IncrementalAnalyzer({ pinned: this.pinned() }), tokens: new TokenEncoder(), outline: new OutlineCache(), rehearsal: null };
      this.entries.set(doc.uri, entry);
    }
    if (entry.rehearsal !== null) restore(entry);
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

  /**
   * Rehearses an edit on the analyser of an open document, to ready the edit path for the text
   * it will really get (warm-up.ts): each call either types one character at `at` (a lower-case
   * letter there is taken out instead when `erase`), or takes the last one out again. The
   * editor is answered as if nothing happened: any analysis of the document first takes a
   * rehearsed character out, so the analyser is back at the model's text, and answers from the
   * model it gives then (equal to the one kept, as after any edit and its undo).
   */
  rehearse(doc: TextDocument, at: number, key: string, erase: boolean): Rehearsed {
    const entry = this.entries.get(doc.uri);
    if (entry === undefined || entry.model === null) return 'none';
    if (entry.rehearsal !== null) {
      restore(entry);
      return 'restored';
    }
    if (entry.version !== doc.version || entry.bound !== null || entry.boundLost) return 'none';
    const text = entry.model.text;
    const p = Math.max(0, Math.min(at, text.length));
    const c = p < text.length ? text.charCodeAt(p) : 0;
    const out = erase && c >= 0x61 && c <= 0x7a;
    const edited = out ? text.slice(0, p) + text.slice(p + 1) : text.slice(0, p) + key + text.slice(p);
    entry.rehearsal = { from: p, tail: text.length - p - (out ? 1 : 0) };
    try {
      entry.analyzer.update(edited, entry.rehearsal);
    } catch (e) {
      forget(entry);
      throw e;
    }
    return 'typed';
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
 * Takes a rehearsed edit out of an entry's analyser: it is back at the text of the model kept.
 * The model it gives then (equal to the one kept, whose mentions and labels the rehearsal may
 * have moved in place, see `ListPositions`) is the one answered from: the same tokens and
 * outline, nothing changed.
 */
function restore(entry: Entry): void {
  const r = entry.rehearsal!;
  entry.rehearsal = null;
  try {
    const kept = entry.model!;
    const model = entry.analyzer.update(kept.text, r);
    if (model === kept) return;
    rememberLines(model, entry.analyzer.lines);
    entry.tokens.replaced(kept, model);
    entry.outline.replaced(kept, model);
    entry.model = model;
  } catch {
    forget(entry);
  }
}

/** After an analysis failed midway (its analyser starts afresh): the next one reads the document whole. */
function forget(entry: Entry): void {
  entry.rehearsal = null;
  entry.model = null;
  entry.bound = null;
  entry.boundLost = false;
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
