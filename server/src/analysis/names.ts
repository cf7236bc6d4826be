/**
 * Capitalised names in prose, headlines and speaker labels, with the roles written next to
 * them and a first guess of their kind.
 *
 * ```
 * Russian President Vladimir Putin heads to Berlin.     -> `Vladimir Putin` (role `Russian President`), `Berlin`
 * “...,” said Sergey Lavrov, Russia’s Foreign Minister. -> `Sergey Lavrov` (role `Russia’s Foreign Minister`)
 * ```
 *
 * Each line is read on its own, so that a line gives the same names wherever the text is
 * cut into blocks (the incremental analysis reads again only the blocks an edit touched).
 * The line becomes word tokens in a char-code loop (into reused typed arrays); the words it
 * writes in lower case and capitalises mid-sentence tell a capital that only opens a
 * sentence (`Despite`) from a name. What only other lines could tell is left to the actors
 * step: such a name gets no kind (`null`) and becomes a mention only when it matches a
 * person, place or organisation named elsewhere (a word opening a sentence, the words of a
 * title-case headline, capitalised words with no given name and no context). Besides names:
 * roles used as names (`Madam Speaker`, `the President`), people described by an occupation
 * (`the director of Stardust`), groups (`Americans`), and a form of address passed as a role
 * without a span (`Mrs.` of `Mrs. Bennet`).
 * Linear in the length of the text; no regular expression runs over the text.
 */
import type { ActorKind, SpeakerLabel, Span } from './model';
import type { NameCandidate } from './pipeline-types';
import { detach, type LineIndex } from './text';
import { CALENDAR, INTERJECTIONS, NAME_PARTICLES, NON_NAMES, STOPWORDS } from './lexicon-words';
import { GROUP_NOUNS, GROUP_PEOPLE, HONORIFICS, LOWER_ROLE_MODIFIERS, ROLE_MODIFIERS, TITLE_COMPLEMENTS, TITLES, VERB_LIKE_TITLES } from './lexicon-titles';
import { PLACE_NOUNS } from './lexicon-places';
import { NON_ACTOR_HEADS, ORG_HEADS, ORG_NOUNS, PLACE_AFTER_NOUNS } from './lexicon-orgs';
import { FIRST_NAMES } from './lexicon-names';
import { DETERMINERS, ROLE_CONNECTORS, LEX_PLACES, LEX_DEMONYMS, LEX_PLACE_HEADS, LEX_PLACE_PREFIXES, LEX_NON_ACRONYMS, lexiconKind, SPEECH_VERBS, INVERTED_CUES, COMMON_NOUN_ENDING, ADJECTIVE_ENDING, SURNAME_ENDING, LEADER_NOUNS, KIN_NOUNS, POSSESSIVE_DETERMINERS, VERBS_AFTER_PERSON, LEX_FIRST_WORDS, H_TITLES, H_FIRST_NAMES, H_ORG_HEADS, hasOfBefore, isInstitutionWord, isPluralPossessive, isInitialLike, isNounLike, isShout, isConnectorWord, isDroppable, isAdjectiveOnly, isGroupWord, lexiconKindFor, lexiconKindAt, leadingLexicon, headKind } from './name-kinds';
import { K_UPPER, kindOf, hashWord, hashSet, F_CAP, F_LOWER, F_ALLCAPS, F_DIGIT, F_INITIAL, F_ABBR, F_POSS, F_SENT, F_HYPHEN, F_AMP, F_PREFIXED, F_DOTTED, F_HASLOWER, F_APOS, F_CUT, G_NONE, G_COMMA, G_SENT, HashMarks, Tokens, tokenize, M_PROSE, M_HEADLINE, lineMode } from './name-tokens';
import { softWrap } from './name-wraps';
import { type LabelName, readLabelName, lowerRoleBefore, appositiveRole, titleCase, peelRole, isLadyTitle } from './name-roles';

export { titleCase } from './name-roles';

// ---------------------------------------------------------------------------------------
// Candidates.

interface Draft {
  start: number;
  end: number;
  kind: ActorKind | null;
  role: string | null;
  roleSpan: Span | null;
  label: number;
  /** A form of address written before the name and no role (`Mrs.` in `Mrs. Bennet`). */
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

class Finder {
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
  private lower(h: number): boolean {
    const t = this.tokens;
    if (t.n <= SHORT_LINE) {
      for (let i = 0; i < t.n; i++) if (t.hash[i] === h && t.flags[i] & F_LOWER) return true;
      return false;
    }
    if (!this.seenReady) this.seen();
    return this.lowerSeen.has(h);
  }

  /** The line writes the word of hash `h` capitalised mid-sentence. */
  private capital(h: number): boolean {
    const t = this.tokens;
    if (t.n <= SHORT_LINE) {
      if (this.lineMode !== M_PROSE) return false;
      for (let i = 0; i < t.n; i++) if (t.hash[i] === h && (t.flags[i] & (F_LOWER | F_CAP | F_SENT | F_ALLCAPS | F_DIGIT)) === F_CAP) return true;
      return false;
    }
    if (!this.seenReady) this.seen();
    return this.capSeen.has(h);
  }

  // -- prose lines ------------------------------------------------------------------
  prose(): void {
    const t = this.tokens;
    this.pending = null;
    this.appositives.length = 0;
    this.listEnd = -1;
    this.invertedEnd = -1;
    let lower = 0;
    for (let i = 0; i < t.n && lower < 3; i++) if (t.has(i, F_LOWER)) lower++;
    this.mixedLine = lower >= 3;
    let j = 0;
    while (j < t.n) {
      if (!t.isCap(j)) {
        j++;
        continue;
      }
      const a = j;
      let b = j;
      for (;;) {
        const nx = b + 1;
        if (nx >= t.n || t.gap[nx] !== G_NONE || t.has(b, F_POSS)) break;
        if (t.isCap(nx)) {
          b = nx;
          continue;
        }
        const skip = this.connectorLength(a, b, nx);
        if (skip > 0) {
          b = nx + skip;
          continue;
        }
        break;
      }
      // `the Bipartisan Infrastru- — Infrastructure Law`, `the Department of Educa- — of
      // Transportation`: words that run into a word cut off are a false start, said again
      // after the dash.
      if (this.beforeCut(b)) {
        j = b + 1;
        continue;
      }
      const inv = a === b ? this.invertedName(a) : -1;
      if (inv > 0) {
        this.drafts.push({ start: t.start[a], end: t.end[inv], kind: 'person', role: null, roleSpan: null, label: -1 });
        this.invertedEnd = inv;
        j = inv + 1;
        continue;
      }
      this.splitShouting(a, b);
      j = b + 1;
    }
    this.describedPeople();
  }

  /** Tokens a..m-1 hold a title, a form of address or a given name. */
  private personWords(a: number, m: number): boolean {
    const t = this.tokens;
    for (let i = a; i < m; i++) if (t.in(H_TITLES, i) || t.in(H_FIRST_NAMES, i) || t.in(H_HONORIFICS, i)) return true;
    return false;
  }

  /** A title ends the capitalised words and connectors (`Secretary for Health and`) before token `c`, a connector. */
  private roleBefore(c: number): boolean {
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

  /**
   * A capitalised word cut off before a dash follows token `b`, right after it or after `of`
   * (`the`); not a lower-case one (`the President en- — practically`).
   */
  private beforeCut(b: number): boolean {
    const t = this.tokens;
    let c = b + 1;
    if (c < t.n && t.gap[c] === G_NONE && t.has(c, F_LOWER) && t.is(c, H_OF, 'of')) {
      c++;
      if (c < t.n && t.gap[c] === G_NONE && t.has(c, F_LOWER) && t.is(c, H_THE, 'the')) c++;
    }
    return c < t.n && t.gap[c] === G_NONE && t.has(c, F_CUT) && t.has(c, F_CAP);
  }

  /**
   * A name written surname first, as catalogues list authors: `Dickens, Charles.`, `Varga,
   * Ilse and Holt, Ann.` The surname opens the sentence (or follows `and` after
   * another such name), a given name follows the comma, and the sentence ends after the
   * given names. Returns the last token of the given names, or -1.
   */
  private invertedName(a: number): number {
    const t = this.tokens;
    const listed = this.invertedEnd === a - 2 && t.key(a - 1) === 'and' && t.gap[a] === G_NONE;
    if (!t.has(a, F_SENT) && !listed) return -1;
    const g = a + 1;
    if (g >= t.n || t.gap[g] !== G_COMMA || !t.isCap(g) || t.has(a, F_ALLCAPS | F_POSS | F_ABBR) || t.in(H_FIRST_NAMES, a)) return -1;
    // The given name is a known one, or the second of a list (`..., Ilse and Holt, Ann.`).
    if (!t.in(H_FIRST_NAMES, g) && !listed) return -1;
    if (t.in(H_TITLES, a) || STOPWORDS.has(t.key(a))) return -1;
    // `Welcome, Joe.`, `Exactly, Maria.`: a greeting or an answer, and a name called.
    if (t.in(H_INTERJECTIONS, a) || this.lower(t.hash[a]) || t.has(a, F_HYPHEN)) return -1;
    let e = g;
    while (e + 1 < t.n && t.gap[e + 1] === G_NONE && t.isCap(e + 1) && !t.has(e, F_POSS)) e++;
    if (e + 1 >= t.n) return e;
    if (t.gap[e + 1] === G_SENT) return e;
    // `Varga, Ilse and Holt, Ann.`
    if (t.gap[e + 1] === G_NONE && t.key(e + 1) === 'and' && e + 2 < t.n && t.gap[e + 2] === G_NONE && t.isCap(e + 2) && e + 3 < t.n && t.gap[e + 3] === G_COMMA) return e;
    return -1;
  }

  /**
   * People described by an occupation and a name, with no name of their own: `the director
   * of Stardust`, `the head of NATO`, `New York bar owner`, `wikiHow founder`. The title word
   * becomes a mention of whoever holds that role; not where the title is the role of a name
   * (`biologist Nick Bos`, `Ned Price, White House spokesman`).
   */
  private describedPeople(): void {
    const t = this.tokens;
    for (let i = 1; i < t.n; i++) {
      if (!t.has(i, F_LOWER) || t.gap[i] !== G_NONE) continue;
      // `the people of India`, `families in the South Pacific`, `the team at NASA`: people
      // named as a group by the place or body they belong to.
      // One probe for the words of either list below (most words are in neither).
      if (!H_DESCRIBED_OR_GROUP.has(t.hash[i])) continue;
      if (H_GROUP_PEOPLE.has(t.hash[i])) {
        const e = this.groupOfName(i);
        if (e > 0) {
          this.drafts.push({ start: t.start[i], end: t.end[i], kind: 'person', role: this.text.slice(t.start[i], t.end[e]), roleSpan: null, label: -1 });
          continue;
        }
        if (H_FOLLOWER_NOUNS.has(t.hash[i])) {
          // `a Mets fan`, `wikiHow volunteers`, `Ivy League elites`: named by what they follow.
          const s = this.followedNameBefore(i);
          if (s >= 0) {
            this.drafts.push({ start: t.start[i], end: t.end[i], kind: 'person', role: this.text.slice(t.start[s], t.end[i]), roleSpan: null, label: -1 });
            continue;
          }
        }
        // A title too (`lawmakers`, `volunteers`): read on as one.
      }
      // Most words are no title nor any word below: the hash tells without making the word.
      if (!H_DESCRIBED.has(t.hash[i])) continue;
      const member = t.in(H_MEMBER_FORMS, i);
      if (!H_TITLE_FORMS.has(t.hash[i]) && !member) {
        // `the gentlewoman from Texas`: how a legislature names a member.
        if (t.in(H_MEMBER_NOUNS, i) && t.gap[i] === G_NONE && t.key(i - 1) === 'the' && i + 2 < t.n && t.key(i + 1) === 'from' && t.gap[i + 1] === G_NONE && t.gap[i + 2] === G_NONE && t.isCap(i + 2)) {
          let e = i + 2;
          while (e + 1 < t.n && t.gap[e + 1] === G_NONE && t.isCap(e + 1)) e++;
          this.drafts.push({ start: t.start[i], end: t.end[i], kind: 'person', role: this.text.slice(t.start[i], t.end[e]), roleSpan: null, label: -1 });
        }
        continue;
      }
      const k = t.key(i);
      const sing = singularOf(k);
      if (!TITLES.has(k) && !TITLES.has(sing) && !member) continue;
      if (t.has(i, F_ABBR | F_DOTTED)) continue;
      // `the head of the alliance`: a title that is also a verb names a person only after a
      // determiner and before `of` and a name.
      const verbLike = VERB_LIKE_TITLES.has(sing);
      if (verbLike && !(t.gap[i] === G_NONE && t.has(i - 1, F_LOWER) && DETERMINERS.has(t.key(i - 1)))) continue;
      if (this.inAppositive(t.start[i])) continue;
      let roleEnd = -1;
      let roleStart = i;
      // `director of | Stardust`, `a writer for | The Onion`
      const nx = t.key(i + 1 < t.n ? i + 1 : i);
      if (i + 2 < t.n && t.gap[i + 1] === G_NONE && t.gap[i + 2] === G_NONE && t.has(i + 1, F_LOWER) && (nx === 'of' || (!verbLike && (nx === 'for' || nx === 'at')))) {
        let c = i + 2;
        // `of the | Harbour Council`, `of a | Port Arden bar`, `of this new | Council majority`
        if ((t.key(c) === 'the' || (t.has(c, F_LOWER) && (DETERMINERS.has(t.key(c)) || t.key(c) === 'this'))) && c + 1 < t.n && t.gap[c + 1] === G_NONE) {
          c++;
          if (t.has(c, F_LOWER) && !ROLE_CONNECTORS.has(t.key(c)) && !DETERMINERS.has(t.key(c)) && c + 1 < t.n && t.gap[c + 1] === G_NONE && t.isCap(c + 1)) c++;
        }
        if (t.isCap(c) && (!isDroppable(t, c) || leadingLexicon(t, c, t.n - 1) > 0)) {
          // The whole name: `owners of a Port Arden | bar`.
          roleEnd = c;
          while (roleEnd + 1 < t.n && t.gap[roleEnd + 1] === G_NONE && t.isCap(roleEnd + 1) && !t.has(roleEnd, F_POSS)) roleEnd++;
        }
      }
      // `the whip, Anna Holt`: a role after a determiner, set off before a name.
      if (roleEnd < 0 && i + 1 < t.n && t.gap[i + 1] === G_COMMA && t.in(H_FIRST_NAMES, i + 1) && t.isCap(i + 1) && t.gap[i] === G_NONE && DETERMINERS.has(t.key(i - 1))) roleEnd = i;
      // `New York bar | owner`, `wikiHow | founder`: a name right before, no name after.
      // Not `NATO member`, `WTO members`: bodies have countries for members.
      if (roleEnd < 0 && !verbLike && !member) {
        let p = i - 1;
        if (p > 0 && t.has(p, F_LOWER) && t.gap[p] === G_NONE && isModifierNoun(t.key(p))) p--;
        const nameBefore =
          (t.isCap(p) || (t.has(p, F_PREFIXED | F_HASLOWER) && !t.has(p, F_LOWER))) &&
          !isDroppable(t, p) &&
          !isAdjectiveOnly(t, p) &&
          !t.has(p, F_POSS) &&
          !t.has(p, F_SENT) &&
          (p === i - 1 || t.gap[p + 1] === G_NONE);
        // `mathematician and writer Aner Shalev`: the role of the name after it.
        let q = i + 1;
        while (q < t.n && t.gap[q] === G_NONE && t.has(q, F_LOWER) && (t.key(q) === 'and' || TITLES.has(t.key(q)))) q++;
        const nameAfter = q < t.n && t.gap[q] === G_NONE && t.isCap(q);
        if (nameBefore && !nameAfter && !t.has(i, F_POSS)) {
          roleEnd = i;
          roleStart = p;
        }
      }
      if (roleEnd < 0) continue;
      this.drafts.push({
        start: t.start[i],
        end: t.end[i],
        kind: 'person',
        role: this.text.slice(t.start[roleStart], t.end[roleEnd]),
        roleSpan: null,
        label: -1,
      });
    }
  }

  /**
   * The last token of the place or body after a group noun at `i` (`people | of India`,
   * `families | in the South Pacific`, `team | at NASA`), over a determiner and one
   * modifier; -1 when no such name follows. Not a person's name (`the children of Abraham`
   * holds a name of its own), nor after one (`Ann Vale's daughter in Arkansas`).
   */
  private groupOfName(i: number): number {
    const t = this.tokens;
    if (i + 2 >= t.n || t.gap[i + 1] !== G_NONE || t.gap[i + 2] !== G_NONE || !t.has(i + 1, F_LOWER)) return -1;
    // `Hunter Vale's daughter in Arkansas`: kin or staff of a person named before.
    if (t.gap[i] === G_NONE && t.has(i - 1, F_POSS) && t.isCap(i - 1)) return -1;
    const p = t.key(i + 1);
    if (p !== 'of' && p !== 'in' && p !== 'at' && p !== 'from' && p !== 'across') return -1;
    let c = i + 2;
    // `colleagues from across | the White House`
    if (p === 'from' && t.key(c) === 'across' && c + 1 < t.n && t.gap[c + 1] === G_NONE) c++;
    if (t.has(c, F_LOWER) && (DETERMINERS.has(t.key(c)) || t.key(c) === 'this' || t.key(c) === 'both') && c + 1 < t.n && t.gap[c + 1] === G_NONE) c++;
    if (!t.isCap(c) || t.has(c, F_SENT) || t.in(H_FIRST_NAMES, c) || t.in(H_TITLES, c) || t.in(H_HONORIFICS, c)) return -1;
    if (isDroppable(t, c) && leadingLexicon(t, c, t.n - 1) === 0) return -1;
    // The whole name, over its connectors (`of the | Department of Homeland Security`).
    let e = c;
    while (e + 1 < t.n && t.gap[e + 1] === G_NONE && !t.has(e, F_POSS)) {
      if (t.isCap(e + 1)) e++;
      else {
        const skip = this.connectorLength(c, e, e + 1);
        if (skip === 0) break;
        e = e + 1 + skip;
      }
    }
    return e;
  }

  /**
   * The first token of the name right before a follower noun at `i` (`Mets | fan`, `wikiHow |
   * volunteers`), -1 when none: not a sentence's first word, a function word, an adjective,
   * a party or people (`Republican supporters`), a person's name or a title.
   */
  private followedNameBefore(i: number): number {
    const t = this.tokens;
    const p = i - 1;
    if (p < 0 || t.gap[i] !== G_NONE || t.has(i, F_POSS)) return -1;
    if (!(t.isCap(p) || (t.has(p, F_PREFIXED | F_HASLOWER) && !t.has(p, F_LOWER)))) return -1;
    if (isDroppable(t, p) || isAdjectiveOnly(t, p) || isGroupWord(t, p) || t.has(p, F_POSS | F_ALLCAPS)) return -1;
    if (t.in(H_FIRST_NAMES, p) || t.in(H_TITLES, p) || t.in(H_HONORIFICS, p) || GROUP_NOUNS.has(t.key(p)) || LEX_DEMONYMS.has(t.key(p)) || ADJECTIVE_ENDING.test(t.key(p))) return -1;
    let s = p;
    while (s > 0 && t.gap[s] === G_NONE && t.isCap(s - 1) && !t.has(s - 1, F_POSS) && !isDroppable(t, s - 1)) s--;
    if (t.has(s, F_SENT)) return -1;
    return s;
  }

  /** A capitalised plural of a title (`Senators`, `Ministers`). */
  private pluralTitle(i: number): boolean {
    const t = this.tokens;
    if (!(t.in(H_TITLE_FORMS, i) || t.in(H_MEMBER_FORMS, i)) || t.has(i, F_ALLCAPS | F_POSS)) return false;
    const k = t.key(i);
    if (k === 'members') return true;
    const sing = singularOf(k);
    if (k.length < 5 || sing === k || TITLES.has(k)) return false;
    return TITLES.has(sing) && !VERB_LIKE_TITLES.has(sing);
  }

  /** The run at `a` goes on a list of people begun after a plural title (`, HALE`, `, and Ortíz`). */
  private listed(a: number): boolean {
    const e = this.listEnd;
    if (e < 0) return false;
    const t = this.tokens;
    if (e === a - 1) return t.gap[a] === G_COMMA;
    return e === a - 2 && t.key(a - 1) === 'and' && t.gap[a] === G_NONE && t.gap[a - 1] <= G_COMMA;
  }

  private inAppositive(at: number): boolean {
    const a = this.appositives;
    for (let x = 0; x < a.length; x += 2) if (at >= a[x] && at < a[x + 1]) return true;
    return false;
  }

  /**
   * Length of the words after `nx` that a connector at `nx` joins to the run a..b:
   * a particle (`van`), `of`/`for`/`on` after a title or head word, `and`/`&` inside an
   * organisation name. 0 when `nx` does not continue the run.
   */
  private connectorLength(a: number, b: number, nx: number): number {
    const t = this.tokens;
    let p = nx;
    // Most lower-case words after a name are none of these: the hash tells without the word.
    const w = t.has(nx, F_AMP) ? '&' : t.has(nx, F_LOWER) && H_CONNECTORS.has(t.hash[nx]) ? t.key(nx) : '';
    if (w === '') return 0;
    if (NAME_PARTICLES.has(w)) {
      // `Ludwig van Beethoven`, `Rio de Janeiro`: only between capitalised words
      if (p + 1 < t.n && t.gap[p + 1] === G_NONE && t.isCap(p + 1)) return 1;
      if (w === 'van' || w === 'von' || w === 'de' || w === 'di' || w === 'da' || w === 'la' || w === 'le' || w === 'du' || w === 'del') {
        // `van der Berg`
        if (p + 2 < t.n && t.gap[p + 1] === G_NONE && t.gap[p + 2] === G_NONE && NAME_PARTICLES.has(t.key(p + 1)) && t.isCap(p + 2)) return 2;
      }
      return 0;
    }
    if (w !== 'of' && w !== 'for' && w !== 'on' && w !== '&' && w !== 'and') return 0;
    let head = false;
    let orgHead = false;
    let title = false;
    for (let i = a; i <= b; i++) {
      const k = t.key(i);
      if (ORG_HEADS.has(k)) orgHead = head = true;
      else if (LEX_PLACE_HEADS.has(k)) head = true;
      if (TITLES.has(k)) title = true;
    }
    const lastKey = t.key(b);
    const headLast = ORG_HEADS.has(lastKey) || LEX_PLACE_HEADS.has(lastKey);
    let ok = false;
    if (w === 'of') ok = head || title;
    else if (w === 'for' || w === 'on') ok = head && headLast;
    else if (w === '&') ok = true;
    // `Office of Science and Technology Policy`, `Republic Windows and Doors`; never `Kerry and Lavrov`
    // (`the Hewlett Foundation and Creative Commons` are two: a head word ends a name)
    else if (w === 'and') ok = orgHead && !headLast && hasOfBefore(t, a, b) && !LEX_FIRST_WORDS.has(t.hash[nx + 1]);
    if (!ok) return 0;
    // `of the Congo`
    if (w === 'of' && p + 1 < t.n && t.gap[p + 1] === G_NONE && t.key(p + 1) === 'the' && t.has(p + 1, F_LOWER)) p++;
    if (p + 1 < t.n && t.gap[p + 1] === G_NONE && t.isCap(p + 1)) return p - nx + 1;
    return 0;
  }

  /**
   * Runs of two or more words in capitals are shouting or labels, never names; except a
   * given name and a surname in capitals inside mixed-case prose (`KAMALA HARRIS was sworn
   * in`), as records of legislatures write them.
   */
  private splitShouting(a: number, b: number): void {
    const t = this.tokens;
    let s = a;
    let i = a;
    while (i <= b) {
      if (isShout(t, i) && i + 1 <= b && (isShout(t, i + 1) || this.numeral(i + 1))) {
        if (i > s) this.run(s, i - 1);
        const from = i;
        // `VOLUME I CHAPTER I Emma Woodhouse`: a heading's numeral `I` goes with its capitals.
        while (i <= b && (isShout(t, i) || (i > from && this.numeral(i)))) i++;
        const len = i - from;
        if ((len === 2 || len === 3) && t.in(H_FIRST_NAMES, from) && !t.in(H_TITLES, i - 1) && this.mixedLine) this.emitRun(from, i - 1, false, true, null, false);
        s = i;
        continue;
      }
      i++;
    }
    if (s <= b) this.run(s, b);
  }

  /** A numeral of one letter after a word in capitals (`VOLUME I`, `PART V`). */
  private numeral(i: number): boolean {
    const t = this.tokens;
    if (t.end[i] - t.start[i] !== 1 || t.has(i, F_ABBR)) return false;
    const c = this.text.charCodeAt(t.start[i]);
    return (c === 73 || c === 86 || c === 88) && i > 0 && isShout(t, i - 1);
  }

  /** One run of capitalised words a..b: strip, peel roles, guess the kind, emit. */
  private run(a0: number, b0: number): void {
    const t = this.tokens;
    let a = a0;
    let b = b0;
    const pending = this.pending;
    this.pending = null;
    let hasThe = a > 0 && t.gap[a] === G_NONE && t.is(a - 1, H_THE, 'the');
    let initial = t.has(a, F_SENT);
    // Leading function words (`The Kremlin`, `Despite Moscow`) and edge calendar words.
    while (a <= b && isDroppable(t, a) && !(a < b && LEX_PLACE_PREFIXES.has(t.key(a)) && leadingLexicon(t, a, b) > 0)) {
      if (t.is(a, H_THE, 'the')) hasThe = true;
      a++;
      initial = false;
    }
    while (b >= a && (isDroppable(t, b) || isConnectorWord(t, b))) b--;
    if (a > b) return;
    // `H. R. 4321`: initials before a number name a bill, no one.
    if (b + 1 < t.n && t.gap[b + 1] === G_NONE && t.has(b + 1, F_DIGIT) && t.has(b, F_INITIAL) && t.has(a, F_INITIAL)) return;
    // `USS Dwight D. Eisenhower`, `HMS Victory`: a ship, named after a person or not, is no actor.
    if (a < b && t.in(H_SHIP_PREFIXES, a) && t.has(a, F_ALLCAPS)) return;
    // `Hurricane Beryl`, `Tropical Storm Alma`: a storm named like a person is an event.
    if (a < b && t.in(H_STORM_WORDS, a)) return;
    // `an Oscar for Supporting Actress`, `Best Director`: an award's category, no one.
    if (a < b && t.in(H_AWARD_WORDS, a) && t.in(H_TITLES, b)) return;
    // `the Fourth of July`, `the Ides of March`: a word before `of` and a month is a date;
    // not before a day (`the Kevin Ames of January 6th`, the person as he was then).
    if (b + 2 < t.n && t.gap[b + 1] === G_NONE && t.gap[b + 2] === G_NONE && t.is(b + 1, H_OF, 'of') && t.has(b + 1, F_LOWER) && t.isCap(b + 2) && CALENDAR.has(t.key(b + 2)) && !(b + 3 < t.n && t.gap[b + 3] === G_NONE && t.has(b + 3, F_DIGIT))) return;
    // `Image: Varnek.`: the one word of a picture credit is its author.
    if (a === b && a > 0 && t.gap[a] === G_SENT && t.in(H_CREDIT_WORDS, a - 1) && (b + 1 >= t.n || t.gap[b + 1] === G_SENT) && lexiconKindFor(t, a, a, t.key(a)) === null && !isDroppable(t, a)) {
      this.emitRun(a, a, false, true, null, false);
      return;
    }
    // A single word that opens a sentence is a name only with evidence from elsewhere.
    let unsure = false;
    // `Good-evening, doctor.`, `Welcome Joe Biden`: a greeting opening the sentence.
    if (initial && t.in(H_INTERJECTIONS, a)) {
      if (a === b) return;
      a++;
      initial = false;
    }
    if (initial) {
      if (a === b) {
        const ev = this.evidence(a);
        if (ev < 0) return;
        unsure = ev > 0;
      } else if (this.commonWord(a) && !t.in(H_TITLES, a + 1)) {
        a++;
        initial = false;
        if (isConnectorWord(t, a)) return this.run(a + 1, b);
      }
    }
    // `George Floyd Justice in Policing Act`: a title that goes on into the name of a thing
    // ends the person's name before it.
    if (b > a && t.in(H_TITLES, b) && b + 2 < t.n && t.gap[b + 1] === G_NONE && t.gap[b + 2] === G_NONE && t.has(b + 1, F_LOWER) && t.isCap(b + 2)) {
      const k = t.key(b + 1);
      // Not before a place (`Regional Director in Geneva`).
      if ((k === 'in' || k === 'for' || k === 'on') && leadingLexicon(t, b + 2, t.n - 1) === 0) b--;
    }
    // `Vice President Ames During Tour of the Plant`, `Press Secretary Ann Holt En Route
    // Boston`: the words of a title-case heading after a person's name are no part of it.
    for (let m = a + 1; m < b; m++) {
      if (!t.in(H_HEADING_WORDS, m) || t.has(m, F_ALLCAPS) || !this.personWords(a, m)) continue;
      const k = t.key(m);
      if (k === 'en' && t.key(m + 1) !== 'route') continue;
      this.run(a, m - 1);
      this.run(k === 'en' ? m + 2 : m + 1, b);
      return;
    }
    // `Assistant Secretary for Preparedness and Response Dawn Okafor`: the last word of a
    // role, a common noun joined to it by `and`/`for`/`of`, glued to a given name and surname.
    if (b > a + 1 && b <= a + 3 && a >= 2 && t.in(H_ROLE_COMPLEMENTS, a) && t.gap[a] === G_NONE && t.gap[a - 1] === G_NONE && t.has(a - 1, F_LOWER) && this.roleBefore(a - 1)) {
      this.run(a + 1, b);
      return;
    }
    // `Washington State University Simon Ličen`: an organisation's head word followed by a
    // given name ends the organisation's name.
    for (let i = a; i < b; i++) {
      if (t.in(H_ORG_HEADS, i) && t.in(H_FIRST_NAMES, i + 1) && i + 1 < b) {
        this.run(a, i);
        this.run(i + 1, b);
        return;
      }
    }
    // `Senators MORAN, HALE, and Ortíz`: names listed after a plural title are
    // people, the title their role; the title alone is a group (`these two Senators`).
    if (this.listed(a0)) {
      this.listEnd = b;
      this.emitRun(a, b, false, true, null, false);
      return;
    }
    if (this.pluralTitle(a) && !initial) {
      if (a === b) {
        // `these two Senators`, `two new Members`, `Members of Parliament`
        const det = a > 0 && t.gap[a] === G_NONE && (t.in(H_GROUP_DETERMINERS, a - 1) || (a > 1 && t.gap[a - 1] === G_NONE && t.has(a - 1, F_LOWER) && t.in(H_GROUP_DETERMINERS, a - 2)));
        const of = a + 2 < t.n && t.gap[a + 1] === G_NONE && t.gap[a + 2] === G_NONE && t.key(a + 1) === 'of' && t.isCap(a + 2);
        // `The Congressmen from this city`: a determined group with its field.
        const from = a > 0 && t.gap[a] === G_NONE && t.key(a - 1) === 'the' && a + 2 < t.n && t.gap[a + 1] === G_NONE && t.has(a + 1, F_LOWER) && t.key(a + 1) === 'from';
        if (det || of || from) this.emitRun(a, a, false, true, null, false);
      } else {
        this.listEnd = b;
        this.emitRun(a + 1, b, false, true, { start: t.start[a], end: t.end[a] }, false);
      }
      return;
    }
    // Whole run known (`Russian Federation`, `Islamic State`, `White House`).
    const lex = lexiconKindAt(t, a, b);
    if (lex === null && a === b) {
      // `Americans`, `Democrats`, `a Libertarian`: people named by a proper noun, a group.
      if (isGroupWord(t, a)) {
        this.emitRun(a, a, false, true, null, false);
        return;
      }
      if (isAdjectiveOnly(t, a)) return;
    }
    // Role before the name inside the run.
    let nameA = a;
    let role: Span | null = null;
    let person = false;
    let honorific: string | null = null;
    if (lex === null) {
      const peel = peelRole(this.tokens, a, b);
      // Places and organisations named inside the role (`U.S. Secretary of State`,
      // `Pennsylvania Senator`, `President of the United States`) are mentions too.
      this.emitKnownInside(a, peel.roleOnly ? (peel.restFrom >= 0 ? peel.roleEnd : b) : peel.nameStart - 1);
      if (peel.roleOnly) {
        if (peel.restFrom >= 0) {
          // `Chair of | the National Space Council`: the role, then the name after `of`.
          this.emitRole(a, peel.roleStart, peel.roleEnd);
          this.run(peel.restFrom, b);
          return;
        }
        const rs = peel.roleStart;
        const determined = rs > 0 && t.gap[rs] === G_NONE && DETERMINERS.has(t.key(rs - 1));
        this.pending = { start: t.start[rs], end: t.end[peel.roleEnd], after: b, draft: this.emitRole(a, rs, peel.roleEnd), determined };
        return;
      }
      nameA = peel.nameStart;
      role = peel.role;
      person = peel.person;
      if (role === null && person && nameA > a && nameA <= b) honorific = this.text.slice(t.start[nameA - 1], t.end[nameA - 1]);
      // `the first Senator Georgia has elected`: a title before a known place names no one.
      if (nameA <= b && nameA > a && leadingLexicon(t, nameA, b) === b - nameA + 1) {
        // After a determiner the title is a role used as a name (`the first | Senator`).
        if (role !== null && this.determinedBefore(a)) this.emitRole(a, a, nameA - 1);
        this.emitRun(nameA, b, false, false, null, true);
        return;
      }
    }
    if (nameA > b) return;
    // A known place or organisation leading other words (`UN Resolution`): emit it apart.
    if (lex === null && role === null && !person && nameA < b) {
      const lead = leadingLexicon(t, nameA, b);
      if (lead > 0 && !headKind(t, nameA, b)) {
        this.emitRun(nameA, nameA + lead - 1, hasThe, false, null, false);
        this.run(nameA + lead, b);
        return;
      }
    }
    // Before the run: a lower-case occupation (`biologist Nick Bos`), or modifiers of a
    // role peeled off the run (`former Senator`).
    if (role === null && lex === null) {
      const before = lowerRoleBefore(t, a);
      if (before !== null) {
        role = before;
        person = true;
      }
    } else if (role !== null) {
      let s = a;
      // `First | Lady Jill Biden`: `first` opens no run, but it opens this title.
      if (role.start === t.start[a] && isLadyTitle(t, a)) s = a - 1;
      while (s > 0 && t.gap[s] === G_NONE && t.has(s - 1, F_LOWER) && LOWER_ROLE_MODIFIERS.has(t.key(s - 1))) s--;
      if (s < a) role = { start: t.start[s], end: role.end };
    }
    // A role written first and set off by commas: `U.S. Secretary of State, Rex Tillerson,`.
    if (role === null && pending !== null && pending.after + 1 === a0 && t.gap[a0] === G_COMMA && (b + 1 >= t.n || t.gap[b + 1] >= G_COMMA)) {
      role = { start: pending.start, end: pending.end };
      if (pending.draft !== null && !pending.determined) pending.draft.end = pending.draft.start;
      person = true;
    }
    // `President Zelenskyy of Ukraine`: a person's name after a title ends before `of` and a
    // known place, a mention of its own.
    if (role !== null && lex === null && nameA < b) {
      for (let o = nameA + 1; o < b; o++) {
        if (!t.has(o, F_LOWER) || t.key(o) !== 'of') continue;
        let p = o + 1;
        if (t.key(p) === 'the' && t.has(p, F_LOWER) && p < b) p++;
        if (leadingLexicon(t, p, b) !== b - p + 1 || lexiconKind(t.joined(p, b)) !== 'place') {
          // `Prime Minister Boris Johnson of the United\` (the place cut off): a person's name
          // holds no `of the`; what follows is a name of its own only with a head word.
          if (p === o + 1 || !person) break;
          this.emitRun(nameA, o - 1, false, person, role, false, unsure);
          if (headKind(t, p, b) !== null) this.emitRun(p, b, true, false, null, false);
          return;
        }
        this.emitRun(nameA, o - 1, false, person, role, false, unsure);
        this.emitRun(p, b, p > o + 1, false, null, true);
        return;
      }
    }
    this.emitRun(nameA, b, hasThe && nameA === a, person, role, lex !== null, unsure);
    const last = this.drafts[this.drafts.length - 1];
    if (honorific !== null && last !== undefined && last.start === t.start[nameA] && last.role === null) last.honorific = honorific;
  }

  /** A determiner opens the phrase of token `a`, over lower-case modifiers (`the first African-American | Senator`). */
  private determinedBefore(a: number): boolean {
    const t = this.tokens;
    for (let p = a - 1, n = 0; p >= 0 && n < 4 && t.gap[p + 1] === G_NONE && t.has(p, F_LOWER); p--, n++) {
      const k = t.key(p);
      if (DETERMINERS.has(k)) return true;
      if (STOPWORDS.has(k) && !ORDINALS.has(k)) return false;
    }
    return false;
  }

  /**
   * A role used as a name (`the President said`, `Madam Speaker`, `Mr. Chairman`): a mention
   * of whoever holds it. The mention runs from an honorific before the role to the title,
   * short of `of` and what follows (`President | of the United States`, a place of its own)
   * and of a place before it (`U.S. | Secretary of State`). Returns the draft, or null.
   */
  private emitRole(a: number, rs: number, re: number): Draft | null {
    const t = this.tokens;
    // The role of the name before it, set off by a comma: no one else; but a title after
    // `of` in it is someone else's (`Deputy Envoy of the Secretary-General`).
    if (t.start[rs] < this.appositiveEnd) {
      const p = a > 0 && t.key(a - 1) === 'the' ? a - 2 : a - 1;
      if (p < 0 || t.key(p) !== 'of' || !t.has(p, F_LOWER)) return null;
    }
    let s = rs;
    while (s <= re && leadingLexicon(t, s, re) > 0) s += leadingLexicon(t, s, re);
    if (s > re) return null;
    let e = s;
    while (e < re && !t.has(e + 1, F_LOWER)) e++;
    // An honorific right before: `Madam Speaker`, `Mr. President`.
    let from = s;
    if (s === rs) while (from > a && HONORIFICS.has(t.key(from - 1))) from--;
    if (!t.in(H_TITLES, e) || t.has(e, F_ALLCAPS)) return null;
    const draft: Draft = {
      start: t.start[from],
      end: t.has(e, F_ABBR) && !t.has(e, F_DOTTED) ? t.end[e] - 1 : t.end[e],
      kind: 'person',
      role: this.text.slice(t.start[rs], t.end[re]),
      roleSpan: { start: t.start[rs], end: t.end[re] },
      label: -1,
    };
    this.drafts.push(draft);
    return draft;
  }

  /** Emits the lexicon places and organisations among tokens a..b. */
  private emitKnownInside(a: number, b: number): void {
    const t = this.tokens;
    for (let i = a; i <= b; ) {
      const len = t.isCap(i) && !TITLES.has(t.key(i)) && !ROLE_MODIFIERS.has(t.key(i)) ? leadingLexicon(t, i, b) : 0;
      if (len > 0) {
        const hasThe = i > 0 && t.gap[i] === G_NONE && t.key(i - 1) === 'the';
        this.emitRun(i, i + len - 1, hasThe, false, null, true);
        i += len;
      } else i++;
    }
  }

  /**
   * Whether the sentence-initial word at `i` is a name: -1 no, 0 yes (known, or capitalised
   * elsewhere in the line), 1 when only other lines can tell: then it is given no kind, and
   * the actors step joins it to a person or place the text names elsewhere, or drops it.
   */
  private evidence(i: number): number {
    const t = this.tokens;
    const k = t.key(i);
    if (STOPWORDS.has(k) || CALENDAR.has(k) || NON_NAMES.has(k)) return -1;
    if (t.end[i] - t.start[i] < 2) return -1;
    if (lexiconKind(k) !== null) return 0;
    if (t.has(i, F_ALLCAPS)) return LEX_NON_ACRONYMS.has(k) ? -1 : 0;
    if (this.capital(t.hash[i])) return 0;
    if (this.lower(t.hash[i])) return 1;
    if (FIRST_NAMES.has(k)) return 0;
    // `Tillerson said` at the start of a line: a speech verb right after makes it a person.
    if (i + 1 < t.n && t.gap[i + 1] === G_NONE && SPEECH_VERBS.has(t.key(i + 1))) return 0;
    return 1;
  }

  /** A sentence-initial word the text otherwise writes in lower case, and never capitalised. */
  private commonWord(i: number): boolean {
    const t = this.tokens;
    const k = t.key(i);
    if (TITLES.has(k) || HONORIFICS.has(k) || FIRST_NAMES.has(k) || lexiconKind(k) !== null || LEX_DEMONYMS.has(k)) return false;
    return this.lower(t.hash[i]) && !this.capital(t.hash[i]);
  }


  private emitRun(a: number, b: number, hasThe: boolean, person: boolean, role: Span | null, lexical: boolean, unsure = false): void {
    const t = this.tokens;
    if (a > b) return;
    // Trailing words the text otherwise writes in lower case (`Obama Putin Meeting`).
    if (!lexical && !person) {
      while (b > a && this.commonWordAnywhere(b) && headKind(t, a, b) === null) b--;
    }
    if (a === b) {
      const k = t.key(a);
      if (t.end[a] - t.start[a] < 2 || t.has(a, F_INITIAL)) return;
      if (STOPWORDS.has(k) || CALENDAR.has(k) || NON_NAMES.has(k)) return;
      if (t.has(a, F_ALLCAPS) && LEX_NON_ACRONYMS.has(k) && !person) return;
      if (!person && isAdjectiveOnly(t, a)) return;
    }
    this.weakKind = false;
    const guessed = person ? 'person' : this.guessKind(a, b, hasThe);
    // Capitalised words with nothing else for them (`Card Tricks`, a sentence start) get no
    // kind: they become a mention only when the actors step finds them named elsewhere.
    const kind = (unsure && guessed !== 'person') || this.weakKind ? null : guessed;
    let roleAfter: Span | null = null;
    // `the Safer Streets Act, the Department of Justice ...`: a law holds no role.
    if (role === null && kind !== 'place' && kind !== 'organization' && !NON_ACTOR_HEADS.has(t.key(b))) roleAfter = appositiveRole(t, b);
    const finalRole = role ?? roleAfter;
    if (roleAfter !== null) {
      this.appositiveEnd = roleAfter.end;
      this.appositives.push(roleAfter.start, roleAfter.end);
    }
    const draft: Draft = {
      start: t.start[a],
      end: t.has(b, F_ABBR) && !t.has(b, F_DOTTED) && !t.has(b, F_INITIAL) ? t.end[b] - 1 : t.end[b],
      kind: finalRole !== null ? 'person' : kind,
      role: finalRole !== null ? this.text.slice(finalRole.start, finalRole.end) : null,
      roleSpan: finalRole,
      label: -1,
    };
    this.drafts.push(draft);
    if (roleAfter !== null) this.appositiveMention(b, roleAfter, draft.role!);
  }

  /**
   * The title of a role set off after a name names the person again when the role holds a
   * name (`Tom Berg, president of the Harbour Council`, `Ann Holt, Kremlin
   * spokeswoman`): a mention of its own, the title and the words of the title before it. A
   * role of common words only (`Ann Holt, secretary of state`) is no mention.
   */
  private appositiveMention(b: number, role: Span, text: string): void {
    const t = this.tokens;
    let named = false;
    let head = -1;
    let i = b + 1;
    while (i < t.n && t.start[i] < role.start) i++;
    for (; i < t.n && t.end[i] <= role.end; i++) {
      const k = t.key(i);
      // `Okafor’s national security advisor`: someone else's role.
      if (t.has(i, F_POSS) && lexiconKind(k) === null) return;
      if (t.isCap(i) && !TITLES.has(k) && !ROLE_MODIFIERS.has(k)) named = true;
      if (!TITLES.has(k) || t.has(i, F_POSS)) continue;
      // Two titles apart (`nominee for Governor of Veldmark`): the role names two people.
      if (head >= 0 && head !== i - 1) return;
      head = i;
    }
    if (!named || head < 0 || t.has(head, F_ALLCAPS)) return;
    // A capitalised title without `of` reads as the name's title (`Tomas Novak, the Czech
    // Foreign Minister`), no mention apart.
    if (!t.has(head, F_LOWER) && !(head + 1 < t.n && t.key(head + 1) === 'of' && t.gap[head + 1] === G_NONE)) return;
    let from = head;
    while (from - 1 > b && t.start[from - 1] >= role.start && t.gap[from] === G_NONE && t.isCap(from) && t.isCap(from - 1) && (TITLES.has(t.key(from - 1)) || ROLE_MODIFIERS.has(t.key(from - 1)))) from--;
    this.drafts.push({ start: t.start[from], end: t.end[head], kind: 'person', role: text, roleSpan: role, label: -1 });
  }

  private commonWordAnywhere(i: number): boolean {
    const t = this.tokens;
    const k = t.key(i);
    if (TITLES.has(k) || FIRST_NAMES.has(k) || lexiconKind(k) !== null || t.has(i, F_ALLCAPS) || t.has(i, F_PREFIXED)) return false;
    return this.lower(t.hash[i]) && !this.capital(t.hash[i]);
  }

  /** Kind from the words and their context; null when nothing tells. */
  private guessKind(a: number, b: number, hasThe: boolean): ActorKind | null {
    const t = this.tokens;
    const lex = lexiconKindAt(t, a, b);
    if (lex !== null) return lex;
    // `the West`, `the Gulf`
    if (hasThe) {
      const theWhole = 'the ' + t.joined(a, b);
      if (lexiconKind(theWhole) !== null) return lexiconKind(theWhole);
    }
    // `they used to call him The Birdman`: a name given to a person.
    if (this.afterNamingVerb(a, hasThe)) return 'person';
    // `Envoy for Hostage Affairs, who ...`: the field of a role is no one.
    if (b > a && a >= 2 && t.in(H_ROLE_COMPLEMENTS, b) && !ORG_HEADS.has(t.key(b)) && t.gap[a] === G_NONE && t.has(a - 1, F_LOWER) && this.roleBefore(a - 1)) return null;
    // `Herald et al.`: an author, whatever the word means otherwise.
    if (b + 2 < t.n && t.gap[b + 1] === G_NONE && t.gap[b + 2] === G_NONE && t.key(b + 1) === 'et' && t.key(b + 2) === 'al') return 'person';
    // `Policing Act`, `the Charter`, `World Cup`: laws, events and works are no actors.
    if (NON_ACTOR_HEADS.has(t.key(b))) return null;
    // `the town of Khan Sheikhoun`, `the Black Sea resort of Sochi`
    if (a >= 2 && t.gap[a] === G_NONE && t.gap[a - 1] === G_NONE && t.key(a - 1) === 'of' && PLACE_NOUNS.has(t.key(a - 2))) return 'place';
    const head = headKind(t, a, b);
    if (head !== null) return head;
    // `the Islamic State group`, `the Crimea region`
    if (b + 1 < t.n && t.gap[b + 1] === G_NONE && t.has(b + 1, F_LOWER) && !t.has(b, F_POSS)) {
      const nk = t.key(b + 1);
      if (ORG_NOUNS.has(nk)) return 'organization';
      if (PLACE_AFTER_NOUNS.has(nk)) return 'place';
    }
    // `Marta Silva, Vienna` is a sign-off, not a place: a given name first makes a person.
    if (b > a && FIRST_NAMES.has(t.key(a)) && !this.lower(t.hash[a])) return 'person';
    // `Hangzhou, China`
    if (b + 1 < t.n && t.gap[b + 1] === G_COMMA && t.isCap(b + 1)) {
      const nk = t.key(b + 1);
      if (LEX_PLACES.has(nk) && (b + 2 >= t.n || t.gap[b + 2] !== G_NONE || !t.isCap(b + 2))) return 'place';
    }
    if (a === b && t.has(a, F_ALLCAPS) && !t.has(a, F_DOTTED)) return this.acronymKind(a, hasThe);
    const firstKey = t.key(a);
    if (b > a && FIRST_NAMES.has(firstKey)) return 'person';
    for (let i = a; i < b; i++) if (isInitialLike(t, i)) return 'person';
    // `the Kremlin said`, `The Onion`; not `the Santorum cocktail`, where the name only
    // qualifies a noun, nor `the Constitution`, `the Nation`, a common noun with a capital.
    // `the Government`, `Cabinet`, `Navy`: an organisation's head word alone, capitalised mid-sentence.
    if (a === b && t.in(H_ORG_HEADS, a) && !t.has(a, F_SENT) && !t.has(a, F_ALLCAPS)) return 'organization';
    if (hasThe && a === b && !isPluralPossessive(this.text, t, a) && !(b + 1 < t.n && t.gap[b + 1] === G_NONE && t.has(b + 1, F_LOWER) && !t.has(b, F_POSS) && isNounLike(t, b + 1))) {
      const k = t.key(a);
      if (!this.lower(t.hash[a]) && !COMMON_NOUN_ENDING.test(k) && !EMPHASIS_NOUNS.has(k) && (ORG_HEADS.has(k) || !isInstitutionWord(k))) return 'organization';
    }
    // Not after `a`/`an` or a number: `an Oscar`, `four Oscar wins`, things named like people.
    if (a === b && FIRST_NAMES.has(firstKey) && !this.lower(t.hash[a]) && !(a > 0 && t.gap[a] === G_NONE && H_COUNTING_WORDS.has(t.hash[a - 1]))) return 'person';
    if (b + 1 < t.n && t.gap[b + 1] === G_NONE && SPEECH_VERBS.has(t.key(b + 1))) return 'person';
    // `said Nora Lindqvist`, `replied Kitty`: the subject after an inverted verb of saying.
    if (a > 0 && t.gap[a] === G_NONE && t.has(a - 1, F_LOWER) && INVERTED_CUES.has(t.key(a - 1)) && (b + 1 >= t.n || !t.has(b + 1, F_POSS))) return 'person';
    if (b + 1 < t.n && t.gap[b + 1] === G_COMMA && t.key(b + 1) === 'who') return 'person';
    // `in Hangzhou`, `near Idlib`; not a possessive, whose noun is what is there (`a drop in
    // Okafor’s revenue`).
    if (a > 0 && t.gap[a] === G_NONE && t.has(a - 1, F_LOWER) && !t.has(b, F_POSS)) {
      const pk = t.key(a - 1);
      if (pk === 'in' || pk === 'near' || pk === 'across' || pk === 'throughout' || pk === 'outside') return 'place';
    }
    if (a === b) return this.singleWordKind(a);
    // Two to four capitalised words, none of them a word the text also writes in lower
    // case (`Mathias Krumbholz`, not `Open Educational Resources`), read as a person.
    if (b > a && b - a <= 3 && !hasThe) {
      for (let i = a; i <= b; i++) {
        if (this.lower(t.hash[i]) || (t.has(i, F_ALLCAPS) && !t.has(i, F_DOTTED))) return null;
        if (isInstitutionWord(t.key(i)) || lexiconKind(t.key(i)) !== null) return null;
      }
      // `Tarek Olsen, he said`, `Ilse Varga and her colleagues`, a name listed after a
      // person's (`Maria Lopez, Tarek Olsen`): the context makes it a person.
      if (!this.personContext(a, b)) this.weakKind = true;
      return 'person';
    }
    return null;
  }

  /**
   * The words around the run a..b tell a person: a personal pronoun after it (`, he`, `and
   * his`), or a person's name right before it in a list (`,` or a dash between them).
   */
  private personContext(a: number, b: number): boolean {
    const t = this.tokens;
    // `Professor of Maritime Law and his staff`: the complement of a title.
    if (a > 0 && t.gap[a] === G_NONE && t.key(a - 1) === 'of') return false;
    const n = b + 1;
    if (n < t.n && t.has(n, F_LOWER)) {
      const k = t.key(n);
      if (t.gap[n] === G_COMMA && (k === 'he' || k === 'she')) return true;
      if (t.gap[n] === G_NONE && k === 'and' && n + 1 < t.n && t.gap[n + 1] === G_NONE && (t.key(n + 1) === 'his' || t.key(n + 1) === 'her')) return true;
    }
    if (a > 0 && t.gap[a] !== G_NONE && this.drafts.length > this.lineDrafts) {
      const prev = this.drafts[this.drafts.length - 1];
      if ((prev.kind === 'person' || this.namedPersonBefore(prev)) && prev.roleSpan === null && prev.role === null && t.end[a - 1] >= prev.end && t.end[a - 1] - prev.end <= 1 && t.start[a - 1] >= prev.start) {
        const between = this.text.slice(t.end[a - 1], t.start[a]).trim();
        if (between === ',' || between === '\u2013' || between === '\u2014') return true;
      }
    }
    return false;
  }

  /**
   * A name of no kind yet that an earlier draft of the line reads as a person with the
   * same words (`Breonna Taylor–... , Breonna Taylor–Ahmaud Arbery`).
   */
  private namedPersonBefore(d: Draft): boolean {
    if (d.kind !== null) return false;
    const text = this.text;
    const len = d.end - d.start;
    // Drafts of this line only: a line gives the same names wherever the text is cut.
    for (let x = this.drafts.length - 2, seen = 0; x >= this.lineDrafts && seen < 64; x--, seen++) {
      const o = this.drafts[x];
      if (o.kind === 'person' && o.end - o.start === len && text.startsWith(text.slice(d.start, d.end), o.start)) return true;
    }
    return false;
  }

  /**
   * An acronym the lexicon does not know: an organisation when written `the TAOM` or
   * `NASA’s`, or when it abbreviates an organisation's name right before it
   * (`Office for Democratic Institutions and Human Rights (ODIHR)`); otherwise unknown
   * (`ICT`, `OER`, `ROS` are terms, not actors).
   */
  private acronymKind(i: number, hasThe: boolean): ActorKind | null {
    const t = this.tokens;
    if (t.has(i, F_HASLOWER)) return null;
    if (hasThe || t.has(i, F_POSS)) return 'organization';
    const start = t.start[i];
    if (start >= 2 && this.text.charCodeAt(start - 1) === 40) {
      // The name it abbreviates starts with its first letter and ends shortly before.
      const initial = this.text.charCodeAt(start);
      for (let d = this.drafts.length - 1; d >= this.lineDrafts && d >= this.drafts.length - 4; d--) {
        const prev = this.drafts[d];
        if (prev.end < start - 80) break;
        if (this.text.charCodeAt(prev.start) === initial) return prev.kind === 'person' ? null : prev.kind;
      }
    }
    return null;
  }

  /**
   * A single capitalised word mid-sentence that nothing else explains. Most such words in
   * news are people (`Gorbachev`, `Scarne`); they are not when the text also writes the word
   * (or its singular) in lower case, when it has the shape of a common noun (`Impeachment`,
   * `Biology`), of a product (`GitHub`) or of a compound (`DNA-suitable`).
   */
  /**
   * The run at `a` follows a verb of naming and a person as its object (`call him | The
   * Birdman`, `nicknamed her | Bunny`), with `the` between when `hasThe`.
   */
  private afterNamingVerb(a: number, hasThe: boolean): boolean {
    const t = this.tokens;
    let p = a - 1;
    if (hasThe && p >= 0 && t.key(p) === 'the') p--;
    if (p < 1 || t.gap[p + 1] !== G_NONE || t.gap[p] !== G_NONE || !t.has(p, F_LOWER) || !t.has(p - 1, F_LOWER)) return false;
    return H_OBJECT_PRONOUNS.has(t.hash[p]) && H_NAMING_VERBS.has(t.hash[p - 1]);
  }

  private singleWordKind(i: number): ActorKind | null {
    const t = this.tokens;
    const k = t.key(i);
    if (this.lower(t.hash[i])) return null;
    if (k.length > 3 && k.endsWith('s') && this.lower(hashWord(k.slice(0, -1)))) return null;
    if (t.has(i, F_HYPHEN) || t.has(i, F_DOTTED) || t.has(i, F_APOS)) return null;
    if (COMMON_NOUN_ENDING.test(k)) return null;
    if (isInstitutionWord(k)) return null;
    // `GitHub`, `LibriVox`: a capital inside the word marks a product or organisation
    // (`McDonnell`, `MacArthur` are names).
    const text = this.text;
    const from = k.startsWith('mc') ? 3 : k.startsWith('mac') ? 4 : 1;
    for (let c = t.start[i] + from; c < t.end[i]; c++) if (kindOf(text.charCodeAt(c)) === K_UPPER) return 'organization';
    // Positive evidence for a person: a surname ending (`Gorbachev`, `Dostoyevsky`), a
    // leader's possessions (`the Bush administration`, `Obama’s adviser`, `Trump’s wife`).
    if (SURNAME_ENDING.test(k)) return 'person';
    // `Philonise, his brother,` / `his daughter, Gianna,`: kin set off by commas.
    if (i + 2 < t.n && t.gap[i + 1] === G_COMMA && t.gap[i + 2] === G_NONE && POSSESSIVE_DETERMINERS.has(t.key(i + 1)) && (KIN_NOUNS.has(t.key(i + 2)) || TITLES.has(t.key(i + 2)))) return 'person';
    if (i >= 2 && t.gap[i] === G_COMMA && t.gap[i - 1] === G_NONE && POSSESSIVE_DETERMINERS.has(t.key(i - 2)) && KIN_NOUNS.has(t.key(i - 1))) return 'person';
    if (i + 1 < t.n && t.gap[i + 1] === G_NONE && t.has(i + 1, F_LOWER)) {
      const nk = t.key(i + 1);
      if (LEADER_NOUNS.has(nk) || (t.has(i, F_POSS) && (TITLES.has(nk) || KIN_NOUNS.has(nk)))) return 'person';
      if (VERBS_AFTER_PERSON.has(nk)) return 'person';
      // `Daly et al.`: an author.
      if (nk === 'et' && i + 2 < t.n && t.key(i + 2) === 'al') return 'person';
      // `Obama’s national security advisor`: a title after a possessive and its modifiers.
      if (t.has(i, F_POSS)) {
        for (let j = i + 1; j < t.n && j <= i + 3 && t.gap[j] === G_NONE && t.has(j, F_LOWER); j++) {
          const w = t.key(j);
          if (TITLES.has(w) && !VERB_LIKE_TITLES.has(w)) return 'person';
          if (STOPWORDS.has(w)) break;
        }
      }
    }
    // `Daddy changed the world`: a family word used as a name.
    if (FAMILY_NAMES.has(k)) return 'person';
    // `call him The Birdman -- Birdie -- and`: another name of the person, set off by dashes.
    if (this.dashedAfterPerson(i)) return 'person';
    // `signals to Ravel and all of the other people`: one of a kind of people.
    // Not an adjective (`Congressional and other leaders`).
    if (!ADJECTIVE_ENDING.test(k) && this.beforeOtherPeople(i)) return 'person';
    return null;
  }

  /**
   * `and` and other people follow the word at `i` (`Ravel and the other leaders`, `Ravel and
   * all of the other people`, `Ravel and others`).
   */
  private beforeOtherPeople(i: number): boolean {
    const t = this.tokens;
    let j = i + 1;
    if (j + 1 >= t.n || t.gap[j] !== G_NONE || t.key(j) !== 'and') return false;
    j++;
    if (t.key(j) === 'others') return t.gap[j] === G_NONE;
    if (t.key(j) === 'all' && t.key(j + 1) === 'of') j += 2;
    if (t.key(j) === 'the') j++;
    if (j + 1 >= t.n || t.key(j) !== 'other') return false;
    for (let x = i + 2; x <= j + 1; x++) if (t.gap[x] !== G_NONE || !t.has(x, F_LOWER)) return false;
    const k = t.key(j + 1);
    return k === 'people' || k === 'leaders' || GROUP_PEOPLE.has(k) || TITLES.has(singularOf(k));
  }

  /** The word at `i` stands between dashes right after a person's name (`The Birdman -- | Birdie | --`). */
  private dashedAfterPerson(i: number): boolean {
    const t = this.tokens;
    if (i === 0 || this.drafts.length <= this.lineDrafts) return false;
    const prev = this.drafts[this.drafts.length - 1];
    if (prev.kind !== 'person' || prev.end > t.start[i]) return false;
    const dash = /^ ?(?:--|\u2013|\u2014) ?$/;
    if (!dash.test(this.text.slice(prev.end, t.start[i]))) return false;
    const after = this.text.slice(t.end[i], Math.min(this.text.length, t.end[i] + 4));
    return /^ ?(?:--|\u2013|\u2014)/.test(after);
  }

  // -- headlines: lexicon names and given-name pairs; other words wait for the prose -------
  headline(): void {
    const t = this.tokens;
    // A line that is only two or three capitalised words may be a name standing alone
    // (`Ilse Varga` above an interview): no kind, a mention when the prose names the person.
    if ((t.n === 2 || t.n === 3) && this.nameLine()) {
      this.drafts.push({ start: t.start[0], end: t.end[t.n - 1], kind: null, role: null, roleSpan: null, label: -1 });
      return;
    }
    let i = 0;
    while (i < t.n) {
      if (!t.isCap(i) || isDroppable(t, i)) {
        i++;
        continue;
      }
      // `so the President has said`, a line of function words only: a role used as a name.
      if (i > 0 && t.gap[i] === G_NONE && t.key(i - 1) === 'the' && t.has(i - 1, F_LOWER) && t.in(H_TITLES, i) && !t.has(i, F_ALLCAPS)) {
        let e = i;
        while (e + 1 < t.n && t.gap[e + 1] === G_NONE && t.isCap(e + 1) && t.in(H_TITLES, e + 1) && !t.has(e, F_POSS)) e++;
        const span = { start: t.start[i], end: t.end[e] };
        this.drafts.push({ start: span.start, end: span.end, kind: 'person', role: this.text.slice(span.start, span.end), roleSpan: span, label: -1 });
        i = e + 1;
        continue;
      }
      // `about President Wu from Veldmark`: titles, then one capitalised word that is no title
      // and no known place or organisation, then no other capitalised word.
      if (t.in(H_TITLES, i) && !t.has(i, F_ALLCAPS) && !(i > 0 && t.key(i - 1) === 'of')) {
        let e = i;
        while (e + 1 < t.n && t.gap[e + 1] === G_NONE && t.isCap(e + 1) && t.in(H_TITLES, e + 1) && !t.has(e, F_POSS)) e++;
        const n = e + 1;
        // Two words when the second is a possessive (`Prime Minister Ada Varga 's Address`).
        const m = n + 1 < t.n && t.gap[n + 1] === G_NONE && t.isCap(n + 1) && t.has(n + 1, F_POSS) && !t.in(H_TITLES, n + 1) ? n + 1 : n;
        if (n < t.n && t.gap[n] === G_NONE && t.isCap(n) && !t.has(e, F_POSS) && !t.in(H_TITLES, n) && !t.has(n, F_ALLCAPS | F_INITIAL) && !isDroppable(t, n) && lexiconKindFor(t, n, n, t.key(n)) === null && (m + 1 >= t.n || t.gap[m + 1] !== G_NONE || !t.isCap(m + 1) || t.has(m, F_POSS))) {
          // `Prime | Minister`, `Vice | President`: modifiers of the title before it.
          let r = i;
          while (r > 0 && t.gap[r] === G_NONE && t.isCap(r - 1) && ROLE_MODIFIERS.has(t.key(r - 1))) r--;
          this.drafts.push({ start: t.start[n], end: t.end[m], kind: 'person', role: this.text.slice(t.start[r], t.end[e]), roleSpan: { start: t.start[r], end: t.end[e] }, label: -1 });
          i = m + 1;
          continue;
        }
      }
      // `James S. Brady Press Briefing Room`: a name that goes on to a place's or an
      // organisation's head word names that place, no person.
      if (t.in(H_FIRST_NAMES, i)) {
        let r = i;
        while (r + 1 < t.n && t.gap[r + 1] === G_NONE && t.isCap(r + 1) && !t.has(r, F_POSS)) r++;
        const head = r > i + 1 ? headKind(t, i, r) : null;
        if (head !== null && (ORG_HEADS.has(t.key(r)) || LEX_PLACE_HEADS.has(t.key(r)))) {
          this.drafts.push({ start: t.start[i], end: t.end[r], kind: head, role: null, roleSpan: null, label: -1 });
          i = r + 1;
          continue;
        }
      }
      let matched = 0;
      let kind: ActorKind | null = null;
      for (let len = 4; len >= 2 && matched === 0; len--) {
        const e = i + len - 1;
        if (e >= t.n) continue;
        let ok = true;
        for (let x = i + 1; x <= e; x++) if (t.gap[x] !== G_NONE || !t.isCap(x)) ok = false;
        if (!ok) continue;
        const lex = lexiconKindAt(t, i, e);
        if (lex !== null) {
          matched = len;
          kind = lex;
        } else if (len === 2 && FIRST_NAMES.has(t.key(i)) && !isDroppable(t, e) && !TITLES.has(t.key(e)) && lexiconKind(t.key(e)) === null) {
          matched = 2;
          kind = 'person';
        }
      }
      if (matched === 0) {
        // One word: known to the lexicon, or a name only when the prose has it.
        matched = 1;
        kind = lexiconKindFor(t, i, i, t.key(i));
        if (kind === null) {
          const k = t.key(i);
          if (t.end[i] - t.start[i] < 2 || t.has(i, F_INITIAL) || NON_NAMES.has(k) || (t.has(i, F_ALLCAPS) && LEX_NON_ACRONYMS.has(k))) {
            i++;
            continue;
          }
        }
      }
      const e = i + matched - 1;
      // `First Lady | Jill Ames`: a given name and surname right after a title take it as their role.
      let roleSpan: Span | null = null;
      if (kind === 'person' && matched === 2 && i > 0 && t.gap[i] === G_NONE && t.isCap(i - 1) && (t.in(H_TITLES, i - 1) || isLadyTitle(t, i - 1)) && !t.has(i - 1, F_ALLCAPS | F_POSS)) {
        let r = i - 1;
        while (r > 0 && t.gap[r] === G_NONE && t.isCap(r - 1) && (t.in(H_TITLES, r - 1) || ROLE_MODIFIERS.has(t.key(r - 1)))) r--;
        roleSpan = { start: t.start[r], end: t.end[i - 1] };
      }
      this.drafts.push({
        start: t.start[i],
        end: t.has(e, F_ABBR) && !t.has(e, F_DOTTED) && !t.has(e, F_INITIAL) ? t.end[e] - 1 : t.end[e],
        kind,
        role: roleSpan === null ? null : this.text.slice(roleSpan.start, roleSpan.end),
        roleSpan,
        label: -1,
      });
      i = e + 1;
    }
  }

  /** Every word of the line is capitalised, in mixed case, no function, title or lexicon word. */
  private nameLine(): boolean {
    const t = this.tokens;
    for (let i = 0; i < t.n; i++) {
      if (!t.isCap(i) || t.has(i, F_ALLCAPS | F_POSS | F_HYPHEN | F_DOTTED | F_AMP) || (i > 0 && t.gap[i] !== G_NONE)) return false;
      if (isDroppable(t, i) || t.in(H_TITLES, i) || t.in(LEX_FIRST_WORDS, i) || t.end[i] - t.start[i] < 2) return false;
    }
    return true;
  }

  // -- speaker labels ------------------------------------------------------------------------
  label(index: number, s: SpeakerLabel): void {
    if (s.anonymous) return;
    const text = this.text;
    const ns = s.nameSpan;
    if (!ns || ns.end <= ns.start || ns.start < 0 || ns.end > text.length) return;
    // Labels repeat (`MS. LIND:` a hundred times): the reading of a name is kept by its text.
    const written = text.slice(ns.start, ns.end);
    let r = this.labelMemo.get(written);
    if (r === undefined) {
      r = readLabelName(written);
      if (this.labelMemo.size < 10_000) this.labelMemo.set(written, r);
    }
    if (r === null) return;
    let role = s.role;
    let roleSpan = s.roleSpan;
    if (role === null && r.title !== null) {
      roleSpan = { start: ns.start + r.title.start, end: ns.start + r.title.end };
      role = r.titleText;
    }
    this.drafts.push({
      start: ns.start + r.start,
      end: ns.start + r.end,
      kind: r.kind,
      role,
      roleSpan: role === null ? null : roleSpan,
      label: index,
    });
  }

  readonly labelMemo = LABEL_MEMO;
}

/**
 * Every capitalised name of the text: in prose (with its role), in headlines when the
 * prose or the lexicon confirms it, and the name part of each speaker label (`label` set).
 */
export function findNames(text: string, lines: LineIndex, speakers: readonly SpeakerLabel[]): NameCandidate[] {
  return findNamesInLines(text, lines, 0, lines.starts.length, speakers, 0, speakers.length);
}

/**
 * The names of lines `from..to` (exclusive) of `lines`, with the speaker labels
 * `speakers[labelFrom..labelTo]` (those on these lines): what `findNames` gives for them, label
 * indices counted from `labelFrom`. Each line is read on its own, so a stretch of lines gives
 * the names the whole text gives there.
 */
export function findNamesInLines(
  text: string,
  lines: LineIndex,
  from: number,
  to: number,
  speakers: readonly SpeakerLabel[],
  labelFrom: number,
  labelTo: number,
  /** Strings of their own, not slices of `text` (names kept across edits must not keep every version of the text). */
  own = false,
): NameCandidate[] {
  const f = new Finder(text);
  const t = f.tokens;
  const drafts = f.drafts;
  // Each line on its own: where its prose begins (after a speaker label on it), its mode,
  // the evidence of its words, its names (sorted by start, the longest first).
  let si = labelFrom;
  for (let li = from; li < to; li++) {
    const ls = lines.starts[li];
    const le = lines.ends[li];
    let start = ls;
    while (si < labelTo && speakers[si].start < ls) si++;
    let sj = si;
    while (sj < labelTo && speakers[sj].start < le) {
      const s = speakers[sj];
      const body = Math.max(s.end, s.bodyStart);
      if (body > start && body <= le) start = body;
      sj++;
    }
    // A paragraph wrapped at a fixed width reads as one line across its wraps (`the United
    // | States`). Blocks are never cut at such a wrap, so a stretch of lines holds whole runs.
    let end = le;
    while (li + 1 < to && softWrap(text, lines, li, sj < labelTo ? speakers[sj].start : Infinity)) end = lines.ends[++li];
    // A line without a capital letter names no one (nothing to read in it).
    if (start >= end || !mayName(text, start, end)) continue;
    tokenize(text, start, end, t);
    const mode = lineMode(text, start, end, t);
    const first = drafts.length;
    f.observe(mode);
    if (mode === M_PROSE) f.prose();
    else if (mode === M_HEADLINE) f.headline();
    sortDrafts(drafts, first);
  }
  // Speaker labels, in text order too.
  const nLine = drafts.length;
  for (let i = labelFrom; i < labelTo; i++) f.label(i - labelFrom, speakers[i]);
  sortDrafts(drafts, nLine);

  // Both lists merged (a line's draft before a label's at the same span), overlaps dropped.
  const out: NameCandidate[] = [];
  let lastEnd = -1;
  let x = 0;
  let y = nLine;
  while (x < nLine || y < drafts.length) {
    const d = y >= drafts.length || (x < nLine && compareDrafts(drafts[x], drafts[y]) <= 0) ? drafts[x++] : drafts[y++];
    if (d.end <= d.start || d.start < lastEnd) continue;
    lastEnd = d.end;
    const name = spaced(text.slice(d.start, d.end));
    // A form of address travels as a role without a span: the actors step reads it (`Mr.`
    // and `Mrs.` are two people) and lists no role for it.
    const role = d.role === null ? (d.honorific ?? null) : spaced(d.role);
    out.push({
      start: d.start,
      end: d.end,
      text: own ? kept(name) : name,
      kind: d.kind,
      role: own && role !== null ? kept(role) : role,
      roleSpan: d.roleSpan,
      label: d.label,
    });
  }
  t.reset('');
  return out;
}

/** Some character of text[s, e) is a capital letter or beyond ASCII (which may be one). */
function mayName(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/** A name or role as read: a written-out no-break space (`Jill\\_Biden`) as a space. */
function spaced(s: string): string {
  return s.indexOf('\\_') < 0 ? s : s.split('\\_').join(' ');
}

/** Names and roles kept across edits, one string for each text (names repeat, and must not keep the text alive). */
const KEPT = new Map<string, string>();

function kept(s: string): string {
  let k = KEPT.get(s);
  if (k === undefined) {
    if (KEPT.size >= 50_000) KEPT.clear();
    k = detach(s);
    KEPT.set(k, k);
  }
  return k;
}

function compareDrafts(x: Draft, y: Draft): number {
  return x.start - y.start || y.end - x.end;
}

/** Sorts drafts[from..] in place (stable; a line gives a handful, mostly in order already). */
function sortDrafts(drafts: Draft[], from: number): void {
  if (drafts.length - from > 64) {
    const seg = drafts.slice(from).sort(compareDrafts);
    for (let i = 0; i < seg.length; i++) drafts[from + i] = seg[i];
    return;
  }
  for (let i = from + 1; i < drafts.length; i++) {
    const d = drafts[i];
    let j = i - 1;
    if (compareDrafts(drafts[j], d) <= 0) continue;
    while (j >= from && compareDrafts(drafts[j], d) > 0) {
      drafts[j + 1] = drafts[j];
      j--;
    }
    drafts[j + 1] = d;
  }
}

/** Lines of at most this many words answer `lower` and `capital` by a scan, with no sets. */
const SHORT_LINE = 48;

/** A lower-case noun that may stand between a name and an occupation (`New York bar | owner`). */
function isModifierNoun(k: string): boolean {
  if (STOPWORDS.has(k) || TITLES.has(k) || SPEECH_VERBS.has(k) || INVERTED_CUES.has(k)) return false;
  return !k.endsWith('ed') && !k.endsWith('s') && !k.endsWith('ly');
}

/** The plural of a title: `senators`, `congressmen`. */
function pluralOf(w: string): string {
  return w.endsWith('man') ? w.slice(0, -3) + 'men' : w + 's';
}

/** The singular of a plural title (`senators`, `congressmen`); the word itself when it is none. */
function singularOf(k: string): string {
  if (k.length > 5 && k.endsWith('men')) return k.slice(0, -3) + 'man';
  return k.length > 4 && k.endsWith('s') ? k.slice(0, -1) : k;
}

/** Verbs that give a person a name (`call him`, `nicknamed her`). */
const H_NAMING_VERBS = hashSet(['call', 'calls', 'called', 'calling', 'nicknamed', 'dubbed', 'christened']);
const H_OBJECT_PRONOUNS = hashSet(['him', 'her', 'me', 'them', 'us', 'himself', 'herself', 'myself']);

/** Ordinals that stand between a determiner and a title (`the first Senator`). */
const ORDINALS = new Set(['first', 'second', 'third', 'last', 'next', 'new', 'former', 'only']);

/** Family words used as names (`Daddy said`, `asked Mamma`). */
const FAMILY_NAMES = new Set(['daddy', 'dad', 'mommy', 'mom', 'mum', 'mummy', 'mama', 'mamma', 'papa', 'grandma', 'grandpa', 'granny', 'grandmama', 'grandpapa']);

/** How a legislature names a member by the place they represent (`the gentlewoman from Texas`). */
const H_MEMBER_NOUNS = hashSet(['gentleman', 'gentlewoman', 'gentlelady']);

/**
 * `a member of the Commission`, `Members of Congress`: a member is described like a title
 * holder, but no title before a name (`Member States`).
 */
const H_MEMBER_FORMS = hashSet(['member', 'members']);

/** Hashes of the words that may describe a person (`describedPeople`): titles and their plurals, members, gentlemen. */
const H_DESCRIBED = hashSet([...TITLES, ...[...TITLES].map(pluralOf), 'member', 'members', 'gentleman', 'gentlewoman', 'gentlelady']);

/** People named by what they follow or serve (`a Mets fan`, `wikiHow volunteers`). */
const H_FOLLOWER_NOUNS = hashSet(['fan', 'fans', 'supporters', 'followers', 'volunteers', 'elites', 'loyalists']);

/** Group nouns (`GROUP_PEOPLE`): `the people of India`, `the team at NASA`. */
const H_GROUP_PEOPLE = hashSet(GROUP_PEOPLE);

/** Hashes of two words asked of many tokens. */
const H_OF = hashWord('of');
const H_THE = hashWord('the');

/** Either of the two lists `describedPeople` reads. */
const H_DESCRIBED_OR_GROUP = hashSet([...TITLES, ...[...TITLES].map(pluralOf), 'member', 'members', 'gentleman', 'gentlewoman', 'gentlelady', ...GROUP_PEOPLE]);

/** The lower-case words `connectorLength` reads: name particles and the connectors. */
const H_CONNECTORS = hashSet([...NAME_PARTICLES, 'of', 'for', 'on', 'and']);

/** Greetings and answers (`Welcome`, `Exactly`): no name when they open a sentence. */
const H_INTERJECTIONS = hashSet(INTERJECTIONS);

/** Words that end a role's field (`Secretary for Preparedness and Response`, `of Health`). */
const H_ROLE_COMPLEMENTS = hashSet([
  ...TITLE_COMPLEMENTS,
  ...'response preparedness resilience recovery relief development services policy operations management planning technology research enforcement safety engagement outreach strategy resources readiness protection infrastructure communications affairs issues relations rights'.split(' '),
]);

/** Words of a title-case heading after a name (`During`, `Before`, `En Route`). */
const H_HEADING_WORDS = hashSet('during before after at on in with without from to by about over under into upon via amid ahead following en'.split(' '));

const H_HONORIFICS = hashSet(HONORIFICS);

/** Words before a storm's name (`Hurricane Beryl`, `Tropical Storm Alma`). */
const H_STORM_WORDS = hashSet(['hurricane', 'typhoon', 'cyclone', 'tropical', 'storm', 'superstorm', 'tornado']);

/** An article or a number before a word: what follows is counted, a thing (`an Oscar`, `four Oscar wins`). */
const H_COUNTING_WORDS = hashSet(['a', 'an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many']);

/** Words that open an award's category (`Best Actor`, `Supporting Actress`). */
const H_AWARD_WORDS = hashSet(['best', 'supporting', 'leading', 'outstanding']);

/** Prefixes of ships' names (`USS Enterprise`, `HMS Victory`). */
const H_SHIP_PREFIXES = hashSet(['uss', 'usns', 'hms', 'hmcs', 'hmas', 'hmnzs', 'rms', 'ins', 'uscgc']);

/** Words that open a picture credit (`Image: Varnek.`). */
const H_CREDIT_WORDS = hashSet(['image', 'photo', 'photograph', 'picture', 'credit', 'illustration']);

/** Words before a plural title that make it a group of people (`our Founders`, `these two Senators`). */
const H_GROUP_DETERMINERS = hashSet(['our', 'my', 'your', 'their', 'his', 'her', 'these', 'those', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both']);

/** Hashes of titles and their plurals (`geologist`, `geologists`). */
const H_TITLE_FORMS = hashSet([...TITLES, ...[...TITLES].map(pluralOf)]);

/** Common nouns that speeches capitalise for weight (`the People`, `the Nation`): no organisation. */
const EMPHASIS_NOUNS = new Set(['people', 'nation', 'world', 'country', 'image', 'images', 'homeland']);
