/**
 * Readies the edit path while the server has nothing to do. The first analysis of a document
 * runs the fresh path; the first edits after it then run the incremental one (blocks reused,
 * names merged again, attribution reused, the token delta) in code V8 has not compiled yet, and
 * on 1 MB the first twenty keystrokes took 2-5 times as long as the later ones.
 *
 * Once a document has been analysed and the server has been quiet for `quietMs`, a small
 * made-up transcript of its own is typed into, one keystroke at a time, each in its own turn
 * of the event loop, on a document and analyser of its own (nothing the editor sees). Any
 * activity (`note()`) pauses it until the next quiet spell, so a request that arrives while it
 * runs waits for one keystroke on 1.5 KB at most (about 1-2 ms; the first few, still cold,
 * up to ~7 ms; a young-generation collection falling into one adds its pause, as it would to
 * the request). It runs once per process: the sample opened, then 39 keystrokes. In process
 * on 1 MB, run before the benchmark's 200 keystrokes, these 40 steps took the main thread's
 * time for them from 888-897 to 726-822 ms (press briefings) and left the made-up text's as it
 * was (2947-3129 -> 2792-2879 ms); 200 steps gained no more on the briefings and made the
 * made-up text's keystrokes take half as many young-generation collections again (54 -> 83-87).
 *
 * A small sample leaves the loops over a large document's thousands of blocks, names and quotes
 * cold. So once the sample is typed, the first large document (64 KB or more) is rehearsed on:
 * its own analyser is typed into and the character taken out again, a step per turn of the
 * event loop, 12 times (`ModelCache.rehearse`; the model, tokens and outline the editor is
 * answered from are not touched, and a request between two steps takes the character out
 * first). Measured through the real server, typing after a second of reading, three alternated
 * runs each: the first keystroke on 1 MB took 63-85 -> 39-48 ms (made-up text) and 20-29 ->
 * 14-15 ms (press briefings); the later keystrokes' p95 stayed as it was.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PinnedActor, TranscriptModel } from './analysis/model';
import { ModelCache, openedDocument, type Rehearsed } from './model-cache';

/** A made-up transcript in the shapes the analysis reads: labels, questions, quotes, cues, names, bodies, places. */
const SAMPLE_PARTS = [
  'MS. KOWAL: Good afternoon, everyone. I have two things at the top, and then I will take your questions.\n\n',
  'First, the Secretary of State travels to Lisbon on Monday for talks with the Harbour Council. “We expect a full day,” she said on Friday, “and a statement after it.”\n\n',
  'Q    Thank you. On the talks: did Tomas Reyes say whether the Ministry of Transport will join them?\n\n',
  'MS. KOWAL: He did not. Mr. Reyes told reporters that “no decision has been taken,” and I will leave it there.\n\n',
  'Q    And the mayor? Mayor Ines Halloran said yesterday, “We were not asked.”\n\n',
  'MS. KOWAL: The mayor has our number. As the President put it last week, “Every city will have its say.”\n\n',
  '[00:01:20] UNIDENTIFIED MALE: Can you confirm the date?\n\n',
  'MS. KOWAL: Monday. Dr. Anton Brandt, the council’s chairman, will meet her at the airport, and Brandt will speak first.\n\n',
  '“It is a long road,” Halloran said. “But we will walk it.” She added that the Northern Rail Company had written to her.\n\n',
  'Speaker 2: One more, on the budget. The Treasury said on Tuesday that ‘the figures stand.’ Do they?\n\n',
  'MS. KOWAL: They do. Thank you all.\n\n',
];

/** Letters typed (and, one keystroke in five, a character taken out). */
const KEYS = 'etaoinshrdlu ,.';

/** A large open document whose own analyser is typed into and restored (`ModelCache.rehearse`). */
export interface RehearsalTarget {
  /** The document's length now; null once it is closed. */
  length(): number | null;
  /** One step: a character typed at `at` (or a letter there taken out), or the last one taken out again. */
  step(at: number, key: string, erase: boolean): Rehearsed;
}

/** Documents from this size on are rehearsed on: below it a cold keystroke costs little. */
export const REHEARSE_FROM_CHARS = 64 * 1024;

/** Edits rehearsed on a large document (each typed, then taken out): what made its keystrokes warm in process. */
export const REHEARSALS = 12;

export class EditPathWarmer {
  private timer: NodeJS.Timeout | null = null;
  /** Keystrokes still to type; 0 once done (or before a document was analysed). */
  private left = 0;
  private armed = false;
  private cache: ModelCache | null = null;
  private doc: TextDocument | null = null;
  private resultId = '';
  private seed = 12345;
  /** Keystrokes typed so far, the time they took and the longest of them (ms; for tests and the benchmark). */
  typed = 0;
  spentMs = 0;
  longestMs = 0;
  /** Edits rehearsed on a large document so far (typed and taken out again). */
  rehearsed = 0;
  /** The large document rehearsed on, while its rehearsal is due; rehearsals still to make. */
  private target: RehearsalTarget | null = null;
  private rehearsalsLeft: number;
  /** A rehearsed character is in the target's analyser. */
  private pending = false;

  constructor(
    private readonly pinned: () => readonly PinnedActor[],
    private readonly onDone: () => void = () => undefined,
    private readonly quietMs = 300,
    /** Steps: the sample opened, then a keystroke each. */
    private readonly keystrokes = 40,
    rehearsals = REHEARSALS,
  ) {
    this.rehearsalsLeft = rehearsals;
  }

  /** A document has been analysed: type once things are quiet (only the first time). */
  documentAnalysed(): void {
    if (this.armed) return;
    this.armed = true;
    this.left = this.keystrokes;
    this.wait();
  }

  /** True while a large document would still be rehearsed on (`largeDocumentAnalysed`). */
  get wantsRehearsal(): boolean {
    return this.target === null && this.rehearsalsLeft > 0;
  }

  /**
   * A large document has been analysed: once the sample is typed and things are quiet, edits are
   * rehearsed on its own analyser (only the first such document, while it stays open).
   */
  largeDocumentAnalysed(target: RehearsalTarget): void {
    if (!this.wantsRehearsal) return;
    this.documentAnalysed();
    this.target = target;
    this.pending = false;
    if (this.left <= 0 && this.timer === null) this.wait();
  }

  /** Steps still to take: the sample's keystrokes, then the rehearsals (two steps each). */
  private get due(): boolean {
    return this.left > 0 || (this.target !== null && this.rehearsalsLeft > 0);
  }

  /** Something happened: wait for the next quiet spell. */
  note(): void {
    if (this.due) this.wait();
  }

  /** Stops for good (the server shuts down). */
  stop(): void {
    this.left = 0;
    this.target = null;
    this.rehearsalsLeft = 0;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.cache = null;
    this.doc = null;
  }

  private wait(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.step(), this.quietMs);
    this.timer.unref();
  }

  private step(): void {
    this.timer = null;
    if (!this.due) return;
    const t = performance.now();
    const sample = this.left > 0;
    try {
      if (sample) this.typeOne();
      else this.rehearseOne();
      const ms = performance.now() - t;
      this.spentMs += ms;
      if (ms > this.longestMs) this.longestMs = ms;
    } catch {
      // Readying is never worth an error: stop.
      if (sample) this.left = 1;
      else this.target = null;
    }
    if (sample && --this.left <= 0) {
      this.cache = null;
      this.doc = null;
    }
    if (this.due) {
      // The next step in a later turn of the event loop, after any message that came meanwhile.
      this.timer = setTimeout(() => this.step(), 0);
      this.timer.unref();
    } else this.onDone();
  }

  /**
   * One step of the rehearsal on the large document: a character typed into its analyser, or
   * the last one taken out (a request in between takes it out first; the count is of pairs).
   */
  private rehearseOne(): void {
    const target = this.target!;
    const length = target.length();
    const r = length === null ? 'none' : target.step(this.random(length + 1), KEYS[this.random(KEYS.length)], this.random(5) === 0);
    if (r === 'none') {
      // Closed, or edits not analysed yet: another large document may be rehearsed on later.
      this.target = null;
    } else if (r === 'typed') this.pending = true;
    else if (this.pending) {
      this.pending = false;
      this.rehearsed++;
      if (--this.rehearsalsLeft <= 0) this.target = null;
    }
  }

  /** The sample as it is now and its model (null before the first keystroke and once done). */
  current(): { text: string; model: TranscriptModel } | null {
    return this.cache === null || this.doc === null ? null : { text: this.doc.getText(), model: this.cache.get(this.doc) };
  }

  /**
   * One keystroke on the sample, as the server handles an edit and the token request after it
   * (the first one opens the sample).
   */
  typeOne(): void {
    if (this.cache === null || this.doc === null) {
      this.cache = new ModelCache(this.pinned);
      this.doc = openedDocument('warm-up:sample', 'news-transcript', 1, SAMPLE_PARTS.join(''));
      const a = this.cache.analysed(this.doc);
      this.resultId = a.tokens.encode(a.model, a.lines).resultId;
      return;
    }
    const doc = this.doc;
    const length = doc.getText().length;
    const at = this.random(length);
    const erase = this.random(5) === 0 && at < length;
    const text = erase ? '' : KEYS[this.random(KEYS.length)];
    const end = erase ? at + 1 : at;
    const range = { start: doc.positionAt(at), end: doc.positionAt(end) };
    this.cache.noteEdit(doc.uri, at, end, length);
    this.doc = TextDocument.update(doc, [{ range, text }], doc.version + 1);
    const a = this.cache.analysed(this.doc);
    this.resultId = a.tokens.edits(this.resultId, a.model, a.lines).resultId;
    this.typed++;
  }

  /** A number in `[0, n)` from a small fixed-seed generator (the same keystrokes every time). */
  private random(n: number): number {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0;
    return Math.floor(((this.seed >>> 8) / (1 << 24)) * n);
  }
}
