/** The base of the name finder: the state of the line it scans, which words the line writes in lower case or capitalises, and the role words before a connector. */
import type { ActorKind, Span } from './model';
import { ROLE_CONNECTORS, H_TITLES } from './name-kinds';
import { F_CAP, F_LOWER, F_ALLCAPS, F_DIGIT, F_SENT, G_NONE, HashMarks, Tokens, M_PROSE } from './name-tokens';
import { type LabelName } from './name-roles';

// ---------------------------------------------------------------------------------------
// Candidates.

export interface Draft {
  start: number;
  end: number;
  kind: ActorKind | null;
  role: string | null;
  roleSpan: Span | null;
  label: number;
  /** A form of address written before the name and no role (`Mrs.` in `Mrs. Pell`). */
  honorific?: string;
}

interface Pending {
  start: number;
  end: number;
  after: number;
  /**
   * The draft of the role read as a mention of its own. When a name takes the role, it stays
   * a mention only after a determiner (`our President, Dana Whitlock`, `its Chair, ...`), not
   * as a title before a name (`U.S. Secretary of State, Dana Whitlock`).
   */
  draft: Draft | null;
  determined: boolean;
}

/** Token buffers and label readings shared by every call (the finder runs to the end of a call). */
const TOKENS = new Tokens();
const LABEL_MEMO = new Map<string, LabelName | null>();
const LOWER_SEEN = new HashMarks();
const CAP_SEEN = new HashMarks();

export class NameScan {
  readonly tokens = TOKENS;
  /** Words of the current line written in lower case, and capitalised mid-sentence. */
  readonly lowerSeen = LOWER_SEEN;
  readonly capSeen = CAP_SEEN;
  seenReady = false;
  lineMode = M_PROSE;
  readonly drafts: Draft[] = [];
  /** Index of the first draft of the current line. */
  lineDrafts = 0;
  /** End of the last role read after a name (`Tomas Novak, | the Czech Foreign Minister`). */
  appositiveEnd = -1;
  /** Spans of the roles read after names in the current line, as start, end pairs. */
  readonly appositives: number[] = [];
  /** Set by `guessKind` when the person it gave rests on the shape of the words alone. */
  weakKind = false;
  pending: Pending | null = null;
  /** The current line has lower-case words: capitals in it stand out. */
  mixedLine = false;
  /** Last token of a person listed after a plural title (`Senators MORAN, ...`); -1 none. */
  listEnd = -1;
  /** Last token of a name written surname first (`Varga, Ilse`); -1 none. */
  invertedEnd = -1;

  constructor(readonly text: string) {}

  // -- which words of the line appear in lower case, which capitalised mid-sentence -------
  observe(mode: number): void {
    this.lineMode = mode;
    this.seenReady = false;
    this.lineDrafts = this.drafts.length;
  }

  /** The sets of the line, made on the first question (most lines ask none). */
  private seen(): void {
    const t = this.tokens;
    this.lowerSeen.clear();
    this.capSeen.clear();
    const prose = this.lineMode === M_PROSE;
    for (let i = 0; i < t.n; i++) {
      const f = t.flags[i];
      if (f & F_LOWER) this.lowerSeen.add(t.hash[i]);
      else if (prose && (f & (F_CAP | F_SENT | F_ALLCAPS | F_DIGIT)) === F_CAP) this.capSeen.add(t.hash[i]);
    }
    this.seenReady = true;
  }

  /** The line writes the word of hash `h` in lower case. */
  protected lower(h: number): boolean {
    const t = this.tokens;
    if (t.n <= SHORT_LINE) {
      for (let i = 0; i < t.n; i++) if (t.hash[i] === h && t.flags[i] & F_LOWER) return true;
      return false;
    }
    if (!this.seenReady) this.seen();
    return this.lowerSeen.has(h);
  }

  /** The line writes the word of hash `h` capitalised mid-sentence. */
  protected capital(h: number): boolean {
    const t = this.tokens;
    if (t.n <= SHORT_LINE) {
      if (this.lineMode !== M_PROSE) return false;
      for (let i = 0; i < t.n; i++) if (t.hash[i] === h && (t.flags[i] & (F_LOWER | F_CAP | F_SENT | F_ALLCAPS | F_DIGIT)) === F_CAP) return true;
      return false;
    }
    if (!this.seenReady) this.seen();
    return this.capSeen.has(h);
  }

  /** A title ends the capitalised words and connectors (`Secretary for Health and`) before token `c`, a connector. */
  protected roleBefore(c: number): boolean {
    const t = this.tokens;
    const k = t.key(c);
    if (k !== 'and' && k !== 'for' && k !== 'of') return false;
    for (let i = c - 1; i >= 0 && i >= c - 8; i--) {
      if (t.isCap(i)) {
        if (t.in(H_TITLES, i)) return true;
      } else if (!t.has(i, F_LOWER) || !ROLE_CONNECTORS.has(t.key(i))) return false;
      if (t.gap[i] !== G_NONE) return false;
    }
    return false;
  }

  readonly labelMemo = LABEL_MEMO;
}

/** Lines of at most this many words answer `lower` and `capital` by a scan, with no sets. */
const SHORT_LINE = 48;
