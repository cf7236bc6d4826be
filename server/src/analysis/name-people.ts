/** Passes that read people from what surrounds a name: names written surname first, people described by a title or occupation, groups, and the connectors inside a name. */
import { INTERJECTIONS, NAME_PARTICLES, STOPWORDS } from './lexicon-words';
import { GROUP_NOUNS, GROUP_PEOPLE, HONORIFICS, LOWER_ROLE_MODIFIERS, ROLE_MODIFIERS, TITLES, VERB_LIKE_TITLES } from './lexicon-titles';
import { DETERMINERS, ROLE_CONNECTORS, LEX_DEMONYMS, SPEECH_VERBS, INVERTED_CUES, ADJECTIVE_ENDING, LEX_FIRST_WORDS, H_TITLES, H_FIRST_NAMES, hasOfBefore, isDroppable, isAdjectiveOnly, isGroupWord, leadingLexicon, W_CALENDAR, W_DEMONYM, W_FIRST_NAME, W_GROUP_NOUN, W_HONORIFIC, W_LEX_ORG, W_LEX_PLACE, W_NON_ACTOR_HEAD, W_ORG_HEAD, W_PLACE_HEAD, W_PLACE_PREFIX, W_ROLE_MODIFIER, W_STOP, W_TITLE } from './name-kinds';
import { type Tokens, hashSet, F_LOWER, F_ALLCAPS, F_ABBR, F_POSS, F_SENT, F_HYPHEN, F_AMP, F_PREFIXED, F_DOTTED, F_HASLOWER, F_DIGIT, G_NONE, G_COMMA, G_SENT } from './name-tokens';
import { type Draft } from './name-scan';
import { NameGuess, singularOf } from './name-guess';

/** Marks that open or close a quotation. */
const OPENING_QUOTES = '"“‘\'«„';
const CLOSING_QUOTES = '"”’\'»';

export class NamePeople extends NameGuess {
  /**
   * A name written surname first, as catalogues list authors: `Dickens, Charles.`, `Varga,
   * Ilse and Holt, Ann.` The surname opens the sentence (or follows `and` after
   * another such name), a given name follows the comma, and the sentence ends after the
   * given names. Returns the last token of the given names, or -1.
   */
  protected invertedName(a: number): number {
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
    // `“Nonsense, Tobias!”`, `“Rubbish, Tobias,” she said`: a word and a name called, in speech.
    // A catalogue's entry is no quotation and ends with a full stop.
    if (this.opensQuote(t.start[a]) || !this.stopEndsEntry(t.end[e])) return -1;
    if (e + 1 >= t.n) return e;
    if (t.gap[e + 1] === G_SENT) return e;
    // `Varga, Ilse and Holt, Ann.`
    if (t.gap[e + 1] === G_NONE && t.key(e + 1) === 'and' && e + 2 < t.n && t.gap[e + 2] === G_NONE && t.isCap(e + 2) && e + 3 < t.n && t.gap[e + 3] === G_COMMA) return e;
    return -1;
  }

  /** True when a quotation mark opens right before `at` (blanks between). */
  private opensQuote(at: number): boolean {
    let k = at - 1;
    while (k >= 0 && (this.text.charCodeAt(k) === 32 || this.text.charCodeAt(k) === 9)) k--;
    return k >= 0 && OPENING_QUOTES.includes(this.text[k]);
  }

  /** True when the text after `at` (blanks skipped) is a full stop closing no quotation, or the end of a line or text. */
  private stopEndsEntry(at: number): boolean {
    const text = this.text;
    let k = at;
    while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k >= text.length || text[k] === '\n' || text[k] === '\r') return true;
    // `Varga, Ilse and Holt, Ann.`: the list goes on after the first.
    if (text[k] !== '.') return /^and\b/.test(text.slice(k, k + 4));
    k++;
    while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    return k >= text.length || !CLOSING_QUOTES.includes(text[k]);
  }

  /**
   * People described by an occupation and a name, with no name of their own: `the director
   * of Lumenhall`, `the head of NATO`, `Leeds bar owner`, `Lumenhall founder`. The title word
   * becomes a mention of whoever holds that role; not where the title is the role of a name
   * (`biologist Nick Bos`, `Ned Price, White House spokesman`).
   */
  protected describedPeople(): void {
    const t = this.tokens;
    for (let i = 1; i < t.n; i++) {
      if (!t.has(i, F_LOWER) || t.gap[i] !== G_NONE) continue;
      // `the people of India`, `families in the South Pacific`, `the team at NASA`: people
      // named as a group by the place or body they belong to.
      // One probe for the words of either list below (most words are in neither).
      if (!H_DESCRIBED_OR_GROUP.has(t.hash[i])) continue;
      if (H_GROUP_PEOPLE.has(t.hash[i])) {
        const e = this.groupOfName(i);
        if (e > 0 && this.countedGroup(i, i)) continue;
        if (e > 0) {
          this.drafts.push({ start: t.start[i], end: t.end[i], kind: 'person', role: this.text.slice(t.start[i], t.end[e]), roleSpan: null, label: -1 });
          continue;
        }
        if (H_FOLLOWER_NOUNS.has(t.hash[i])) {
          // `a Harbour fan`, `Lumenhall volunteers`, `Ivy League elites`: named by what they follow.
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
      // `spent a decade as a correspondent for the Daily Meridian`: what someone works as is
      // no one else.
      if (this.predicative(i)) continue;
      const verbLike = VERB_LIKE_TITLES.has(sing);
      // `the company's chief financial officer, Ravi Menon,`: modifiers after a possessive make it a noun too.
      const mods = this.modifiersBefore(i);
      const ownedRole = mods < i && mods > 0 && t.has(mods - 1, F_POSS);
      if (verbLike && !ownedRole && !(t.gap[i] === G_NONE && t.has(i - 1, F_LOWER) && DETERMINERS.has(t.key(i - 1)))) continue;
      if (this.inAppositive(t.start[i])) continue;
      let roleEnd = -1;
      let roleStart = i;
      // `director of | Lumenhall`, `a writer for | The Onion`
      const nx = t.key(i + 1 < t.n ? i + 1 : i);
      if (i + 2 < t.n && t.gap[i + 1] === G_NONE && t.gap[i + 2] === G_NONE && t.has(i + 1, F_LOWER) && (nx === 'of' || (!verbLike && (nx === 'for' || nx === 'at')))) {
        let c = i + 2;
        // `of the | Harbour Council`, `of a | Port Arden bar`, `of this new | Council majority`
        if ((t.key(c) === 'the' || (t.has(c, F_LOWER) && (DETERMINERS.has(t.key(c)) || t.key(c) === 'this'))) && c + 1 < t.n && t.gap[c + 1] === G_NONE) {
          c++;
          if (t.has(c, F_LOWER) && !ROLE_CONNECTORS.has(t.key(c)) && !DETERMINERS.has(t.key(c)) && c + 1 < t.n && t.gap[c + 1] === G_NONE && t.isCap(c + 1)) c++;
        }
        if (t.isCap(c) && (!isDroppable(t, c) || leadingLexicon(t, c, t.n - 1) > 0)) {
          // The whole name, over its connectors too: `owners of a Port Arden | bar`, `for the | Harwick Chamber of Commerce`.
          roleEnd = this.nameEndFrom(c);
          if (this.demonymBeforeNoun(roleEnd)) roleEnd = -1;
        }
      }
      // `the whip, Anna Holt`: a role after a determiner, set off before a name.
      if (roleEnd < 0 && i + 1 < t.n && t.gap[i + 1] === G_COMMA && t.in(H_FIRST_NAMES, i + 1) && t.isCap(i + 1) && t.gap[i] === G_NONE && DETERMINERS.has(t.key(i - 1))) roleEnd = i;
      // `Brazil's president, Luiz Inácio Lula da Silva,`, `the company's chief financial
      // officer, Ravi Menon,`: after a possessive or a determiner and modifiers, before a full name.
      if (roleEnd < 0 && t.gap[i] === G_NONE && mods > 0 && (t.has(mods - 1, F_POSS) || DETERMINERS.has(t.key(mods - 1))) && this.roleBeforeName(mods, i)) continue;
      // `Leeds bar | owner`, `Lumenhall | founder`: a name right before, no name after.
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
          // The whole name before: `Downing Street | spokesperson`, `White House | spokesperson`.
          while (roleStart > 0 && t.gap[roleStart] === G_NONE && t.isCap(roleStart - 1) && !t.has(roleStart - 1, F_POSS) && !isDroppable(t, roleStart - 1) && !DETERMINERS.has(t.key(roleStart - 1))) roleStart--;
        }
      }
      if (roleEnd < 0) continue;
      // `a spokeswoman for the Harbour Council, Karen Whitfield,`, `the whip, Anna Holt`: a
      // role set off before a person's name is that person's role, no one apart.
      if (roleStart === i && this.roleBeforeName(roleStart, roleEnd)) continue;
      // `three successive mayors of Harwick`: several people counted, none named, no actor.
      if (this.countedGroup(roleStart === i ? mods : roleStart, i)) continue;
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
    // `staff from across | the Harbour Council`
    if (p === 'from' && t.key(c) === 'across' && c + 1 < t.n && t.gap[c + 1] === G_NONE) c++;
    if (t.has(c, F_LOWER) && (DETERMINERS.has(t.key(c)) || t.key(c) === 'this' || t.key(c) === 'both') && c + 1 < t.n && t.gap[c + 1] === G_NONE) c++;
    if (!t.isCap(c) || t.has(c, F_SENT) || (t.in(H_FIRST_NAMES, c) && (t.classes(c) & W_LEX_PLACE) === 0) || t.in(H_TITLES, c) || t.in(H_HONORIFICS, c)) return -1;
    if (isDroppable(t, c) && leadingLexicon(t, c, t.n - 1) === 0) return -1;
    // The whole name, over its connectors (`of the | Department of Homeland Security`).
    const e = this.nameEndFrom(c);
    return this.demonymBeforeNoun(e) ? -1 : e;
  }

  /** The last token of the name that starts at token `c`, read over its capitalised words and connectors. */
  private nameEndFrom(c: number): number {
    const t = this.tokens;
    let e = c;
    while (e + 1 < t.n && t.gap[e + 1] === G_NONE && !t.has(e, F_POSS)) {
      if (t.isCap(e + 1)) e++;
      else {
        const skip = this.connectorLength(c, e, e + 1);
        // `members of the Senate | on Monday`: a day or month after a connector is no part of the name.
        if (skip === 0 || (e + 1 + skip < t.n && (t.classes(e + 1 + skip) & W_CALENDAR) !== 0)) break;
        e = e + 1 + skip;
      }
    }
    return e;
  }

  /**
   * True when token `e` is a people's adjective that goes on into a noun phrase
   * (`families of the Valdorian | fishermen`, `a leader of the Aurelian | people`):
   * the group or role is named by that whole phrase, not by the demonym.
   */
  private demonymBeforeNoun(e: number): boolean {
    const t = this.tokens;
    return e + 1 < t.n && (t.classes(e) & W_DEMONYM) !== 0 && t.gap[e + 1] === G_NONE && t.has(e + 1, F_LOWER) && (t.classes(e + 1) & W_STOP) === 0;
  }

  /**
   * The first token of the name right before a follower noun at `i` (`Harbour | fan`, `Lumenhall |
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

  /** The title at `i` follows `as a` (`as a former correspondent`). */
  private predicative(i: number): boolean {
    const t = this.tokens;
    if (i < 2 || t.gap[i] !== G_NONE || t.gap[i - 1] !== G_NONE) return false;
    let d = i - 1;
    // `as a former correspondent`
    if (t.has(d, F_LOWER) && !DETERMINERS.has(t.key(d)) && d > 1 && t.gap[d - 1] === G_NONE) d--;
    const det = t.key(d);
    if ((det !== 'a' && det !== 'an') || d < 1) return false;
    return PREDICATE_WORDS.has(t.key(d - 1));
  }

  /** The plural role whose words begin at `a` (head word `i`) is counted by a number (`three successive | mayors`). */
  private countedGroup(a: number, i: number): boolean {
    const t = this.tokens;
    if (!t.in(H_PLURAL_FORMS, i)) return false;
    let d = a - 1;
    // Over one word more (`three successive | mayors`).
    if (d > 0 && t.gap[a] === G_NONE && t.has(d, F_LOWER) && !STOPWORDS.has(t.key(d)) && !NUMBER_WORDS.has(t.key(d))) d--;
    return d >= 0 && t.gap[d + 1] === G_NONE && t.has(d, F_LOWER) && NUMBER_WORDS.has(t.key(d));
  }

  /** The first of up to three lower-case role modifiers right before the title at `i` (`chief financial | officer`), or `i`. */
  private modifiersBefore(i: number): number {
    const t = this.tokens;
    let m = i;
    while (m > 0 && i - m < 3 && t.gap[m] === G_NONE && t.has(m - 1, F_LOWER) && ROLE_MODIFIER_WORDS.has(t.key(m - 1))) m--;
    return m;
  }

  /**
   * Gives the role of tokens a..b to the person's full name right after it, set off by a
   * comma (`the whip, Anna Holt`), when that name has no role of its own; true when it did.
   */
  private roleBeforeName(a: number, b: number): boolean {
    const t = this.tokens;
    const n = b + 1;
    if (n >= t.n || t.gap[n] !== G_COMMA || !t.isCap(n)) return false;
    const given = (t.classes(n) & W_FIRST_NAME) !== 0;
    const at = t.start[n];
    // The line's drafts: its names in order, then the people this pass described.
    for (let d = this.drafts.length - 1; d >= this.lineDrafts; d--) {
      const x = this.drafts[d];
      if (x.start !== at) continue;
      // A given name alone (`the whip, Anna,`) may be someone spoken to.
      if (x.role !== null || x.label >= 0 || (x.kind !== null && x.kind !== 'person') || x.end <= t.end[n]) return false;
      // A name of three words or more is a person's even when its first word is no known given
      // name, and one of two words closed by a comma or the sentence's end (`, Ravi Menon,
      // told`, `said the party's health spokeswoman, Priti Nair.`).
      if (!given && (x.kind !== null || (x.end <= t.end[n + 1] && !(x.end === t.end[n + 1] && (n + 2 >= t.n || t.gap[n + 2] === G_COMMA || t.gap[n + 2] === G_SENT))))) return false;
      this.giveRole(x, t.start[a], t.end[b]);
      return true;
    }
    return false;
  }

  /** The person of draft `x` holds the role written at start..end. */
  protected giveRole(x: Draft, start: number, end: number): void {
    x.kind = 'person';
    x.role = this.text.slice(start, end);
    x.roleSpan = { start, end };
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
  /**
   * A known name begins at token `i` (`the Hewlett Foundation and | Human Rights Watch`), not
   * merely a word that opens one (`Office for Coastal Shipping and | Human Rights`).
   */
  private knownAfter(i: number): boolean {
    const t = this.tokens;
    if (i >= t.n || !LEX_FIRST_WORDS.has(t.hash[i])) return false;
    let e = i;
    while (e + 1 < t.n && e < i + 3 && t.gap[e + 1] === G_NONE && t.isCap(e + 1)) e++;
    return leadingLexicon(t, i, e) > 0;
  }

  /**
   * `the Ways and Means Committee`, `the Trade and Shipping Review Index`: after a
   * lower-case `the`, one or two capitalised words of no known kind, `and` at `nx`, then one to
   * three capitalised words that end in a body's head word (or a thing's: `Index`), right
   * before lower-case text or punctuation: one name, its head word shared by both parts.
   * Not two names (`the Hewlett Foundation and Creative Commons`: a head word before `and`;
   * `the Kremlin and State Department`, `the United Nations and Council of the Baltic`: a known
   * name before it).
   */
  private sharedHeadAfter(a: number, b: number, nx: number): boolean {
    const t = this.tokens;
    if (b - a > 1 || a === 0 || t.gap[a] !== G_NONE || !t.has(a - 1, F_LOWER) || t.key(a - 1) !== 'the') return false;
    for (let i = a; i <= b; i++) {
      if (t.has(i, F_ALLCAPS | F_POSS | F_DIGIT) || (t.classes(i) & SHARED_HEAD_NOT_BEFORE) !== 0) return false;
    }
    // `the United Nations and Council of the Baltic`: a known name before `and` is a name of its own.
    if (leadingLexicon(t, a, b) > 0) return false;
    let e = nx + 1;
    while (e < t.n && e <= nx + 3 && t.gap[e] === G_NONE && t.isCap(e) && !t.has(e, F_ALLCAPS | F_DIGIT)) {
      if ((t.classes(e) & (W_ORG_HEAD | W_NON_ACTOR_HEAD)) !== 0) return e + 1 >= t.n || t.gap[e + 1] !== G_NONE || !t.isCap(e + 1);
      if (t.has(e, F_POSS)) return false;
      e++;
    }
    return false;
  }

  protected connectorLength(a: number, b: number, nx: number): number {
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
      const k = t.classes(i);
      if ((k & W_ORG_HEAD) !== 0) orgHead = head = true;
      else if ((k & W_PLACE_HEAD) !== 0) head = true;
      if ((k & W_TITLE) !== 0) title = true;
    }
    const headLast = (t.classes(b) & (W_ORG_HEAD | W_PLACE_HEAD)) !== 0;
    let ok = false;
    // `President of Veldmark`, `Secretary of State`; not after a title and a full name
    // (`Chief Constable Mark Hughes | of Northgate Police`: the person's name ends before `of`).
    if (w === 'of') ok = head || (title && !fullNameAfterTitle(t, a, b));
    else if (w === 'for' || w === 'on') ok = head && headLast;
    else if (w === '&') ok = true;
    // `Office of Science and Technology Policy`, `Republic Windows and Doors`; never `Kerry and Lavrov`
    // (`the Hewlett Foundation and Creative Commons` are two: a head word ends a name)
    else if (w === 'and') ok = (orgHead && !headLast && hasOfBefore(t, a, b) && !this.knownAfter(nx + 1)) || (!head && !title && this.sharedHeadAfter(a, b, nx));
    if (!ok) return 0;
    // `of the Congo`
    if (w === 'of' && p + 1 < t.n && t.gap[p + 1] === G_NONE && t.key(p + 1) === 'the' && t.has(p + 1, F_LOWER)) p++;
    if (p + 1 < t.n && t.gap[p + 1] === G_NONE && t.isCap(p + 1)) return p - nx + 1;
    return 0;
  }
}

/** A lower-case noun that may stand between a name and an occupation (`Leeds bar | owner`). */
function isModifierNoun(k: string): boolean {
  if (STOPWORDS.has(k) || TITLES.has(k) || SPEECH_VERBS.has(k) || INVERTED_CUES.has(k)) return false;
  return !k.endsWith('ed') && !k.endsWith('s') && !k.endsWith('ly');
}

/** The plural of a title: `senators`, `congressmen`. */
function pluralOf(w: string): string {
  return w.endsWith('man') ? w.slice(0, -3) + 'men' : w + 's';
}

/** How a legislature names a member by the place they represent (`the gentlewoman from Texas`). */
const H_MEMBER_NOUNS = hashSet(['gentleman', 'gentlewoman', 'gentlelady']);

/**
 * `a member of the Commission`, `Members of Congress`: a member is described like a title
 * holder, but no title before a name (`Member States`).
 */
export const H_MEMBER_FORMS = hashSet(['member', 'members']);

/** Plural forms of titles (`mayors`) and `members`. */
const H_PLURAL_FORMS = hashSet(['members', ...[...TITLES].map(pluralOf)]);

/** Numbers that count several people (`three successive mayors`). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several']);

/** Hashes of the words that may describe a person (`describedPeople`): titles and their plurals, members, gentlemen. */
const H_DESCRIBED = hashSet([...TITLES, ...[...TITLES].map(pluralOf), 'member', 'members', 'gentleman', 'gentlewoman', 'gentlelady']);

/** People named by what they follow or serve (`a Harbour fan`, `Lumenhall volunteers`). */
const H_FOLLOWER_NOUNS = hashSet(['fan', 'fans', 'supporters', 'followers', 'volunteers', 'elites', 'loyalists']);

/** Group nouns (`GROUP_PEOPLE`): `the people of India`, `the team at NASA`. */
export const H_GROUP_PEOPLE = hashSet(GROUP_PEOPLE);

/** Either of the two lists `describedPeople` reads. */
const H_DESCRIBED_OR_GROUP = hashSet([...TITLES, ...[...TITLES].map(pluralOf), 'member', 'members', 'gentleman', 'gentlewoman', 'gentlelady', ...GROUP_PEOPLE]);

/** Word classes of no word before `and` in a name whose head word comes after it (`the Ways | and Means Committee`). */
const SHARED_HEAD_NOT_BEFORE = W_ORG_HEAD | W_PLACE_HEAD | W_NON_ACTOR_HEAD | W_TITLE | W_HONORIFIC | W_FIRST_NAME | W_LEX_ORG | W_LEX_PLACE | W_DEMONYM | W_GROUP_NOUN | W_CALENDAR | W_STOP | W_ROLE_MODIFIER | W_PLACE_PREFIX;

/** The lower-case words `connectorLength` reads: name particles and the connectors. */
const H_CONNECTORS = hashSet([...NAME_PARTICLES, 'of', 'for', 'on', 'and']);

/** Greetings and answers (`Welcome`, `Exactly`): no name when they open a sentence. */
export const H_INTERJECTIONS = hashSet(INTERJECTIONS);

export const H_HONORIFICS = hashSet(HONORIFICS);

/** Hashes of titles and their plurals (`geologist`, `geologists`). */
export const H_TITLE_FORMS = hashSet([...TITLES, ...[...TITLES].map(pluralOf)]);

/** Tokens a..b end with two or more words that are no titles after a title: a title and a full name. */
function fullNameAfterTitle(t: Tokens, a: number, b: number): boolean {
  let names = 0;
  for (let i = b; i >= a; i--) {
    if ((t.classes(i) & W_TITLE) !== 0) return names >= 2;
    names++;
  }
  return false;
}

/**
 * Words before `a` that make what follows a predicate: `as a`. Not `is a`, `was a`: the text names
 * someone by what they are (`Ilse Marken is a professor emeritus at ...`).
 */
const PREDICATE_WORDS = new Set(['as']);

/** Lower-case words that may stand in a role before its title (`chief financial officer`, `senior policy adviser`). */
const ROLE_MODIFIER_WORDS = new Set([
  ...LOWER_ROLE_MODIFIERS, ...[...ROLE_MODIFIERS].filter((w) => !w.includes(' ')),
  'financial', 'operating', 'technology', 'technical', 'information', 'marketing', 'medical', 'legal', 'communications', 'policy', 'research', 'investment', 'science', 'sports', 'news', 'foreign', 'managing',
]);
