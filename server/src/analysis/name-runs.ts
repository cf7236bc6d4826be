/** One run of capitalised words: strip it, peel its roles, guess its kind and emit its drafts (a layer of the name finder). */
import type { Span } from './model';
import { STOPWORDS } from './lexicon-words';
import { HONORIFICS, LOWER_ROLE_MODIFIERS, ROLE_MODIFIERS, TITLES, VERB_LIKE_TITLES } from './lexicon-titles';
import { DETERMINERS, LEX_NON_ACRONYMS, lexiconKind, SPEECH_VERBS, H_TITLES, H_FIRST_NAMES, H_ORG_HEADS, isShout, isConnectorWord, isDroppable, isAdjectiveOnly, isGroupWord, lexiconKindFor, lexiconKindAt, leadingLexicon, headKind, W_CALENDAR, W_DEMONYM, W_FIRST_NAME, W_GROUP_NOUN, W_HONORIFIC, W_LEX_ORG, W_LEX_PLACE, W_NON_ACTOR_HEAD, W_NON_NAME, W_ORG_HEAD, W_PLACE_HEAD, W_PLACE_PREFIX, W_ROLE_MODIFIER, W_STOP, W_TITLE } from './name-kinds';
import { hashWord, hashSet, F_LOWER, F_ALLCAPS, F_DIGIT, F_INITIAL, F_ABBR, F_POSS, F_SENT, F_PREFIXED, F_DOTTED, F_HYPHEN, G_NONE, G_COMMA, G_SENT } from './name-tokens';
import { lowerRoleBefore, appositiveRole, peelRole, isLadyTitle } from './name-roles';
import { type Draft } from './name-scan';
import { ORG_NOUNS } from './lexicon-orgs';
import { singularOf, H_ROLE_COMPLEMENTS } from './name-guess';
import { NamePeople, H_GROUP_PEOPLE, H_MEMBER_FORMS, H_INTERJECTIONS, H_HONORIFICS, H_TITLE_FORMS } from './name-people';

export class NameRuns extends NamePeople {
  /** Tokens a..m-1 hold a title, a form of address or a given name. */
  private personWords(a: number, m: number): boolean {
    const t = this.tokens;
    for (let i = a; i < m; i++) if (t.in(H_TITLES, i) || t.in(H_FIRST_NAMES, i) || t.in(H_HONORIFICS, i)) return true;
    return false;
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

  /**
   * Runs of two or more words in capitals are shouting or labels, never names; except a
   * given name and a surname in capitals inside mixed-case prose (`KAMALA HARRIS was sworn
   * in`), as records of legislatures write them.
   */
  protected splitShouting(a: number, b: number): void {
    const t = this.tokens;
    let s = a;
    let i = a;
    while (i <= b) {
      if (isShout(t, i) && i + 1 <= b && (isShout(t, i + 1) || this.numeral(i + 1))) {
        if (i > s) this.run(s, i - 1);
        const from = i;
        // `VOLUME I CHAPTER I Clara Ashdown`: a heading's numeral `I` goes with its capitals.
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
    while (a <= b && isDroppable(t, a) && !(a < b && (t.classes(a) & W_PLACE_PREFIX) !== 0 && leadingLexicon(t, a, b) > 0)) {
      if (t.is(a, H_THE, 'the')) hasThe = true;
      a++;
      initial = false;
    }
    // `Fifteen-year-old Jo`: an age opening the sentence is no part of the name.
    if (a < b && t.has(a, F_HYPHEN) && t.key(a).endsWith('-old')) {
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
    if (b + 2 < t.n && t.gap[b + 1] === G_NONE && t.gap[b + 2] === G_NONE && t.is(b + 1, H_OF, 'of') && t.has(b + 1, F_LOWER) && t.isCap(b + 2) && (t.classes(b + 2) & W_CALENDAR) !== 0 && !(b + 3 < t.n && t.gap[b + 3] === G_NONE && t.has(b + 3, F_DIGIT))) return;
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
      } else if ((this.commonWord(a) && !t.in(H_TITLES, a + 1)) || this.wordBeforeFullName(a, b)) {
        a++;
        initial = false;
        if (isConnectorWord(t, a)) return this.run(a + 1, b);
      }
    }
    // `Tomas Reyes Justice in Shipping Act`: a title that goes on into the name of a thing
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
    // `Assistant Secretary for Planning and Recovery Dawn Okafor`: the last word of a
    // role, a common noun joined to it by `and`/`for`/`of`, glued to a given name and surname.
    if (b > a + 1 && b <= a + 3 && a >= 2 && t.in(H_ROLE_COMPLEMENTS, a) && t.gap[a] === G_NONE && t.gap[a - 1] === G_NONE && t.has(a - 1, F_LOWER) && this.roleBefore(a - 1)) {
      this.run(a + 1, b);
      return;
    }
    // `Northgate State University Ilse Marken`: an organisation's head word followed by a
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
    // `Director of Media and | Communications`: the second field of a title is no body either.
    if (a === b && a >= 2 && t.gap[a] === G_NONE && t.gap[a - 1] === G_NONE && t.has(a - 1, F_LOWER) && t.key(a - 1) === 'and' && this.fieldOfTitle(a - 2) && this.fieldOfTitle(a)) return;
    // `the Office of Tariff Policy Acting Director`: a body's name, then the title of someone
    // in it; the body is a name of its own, the title a role.
    const titled = this.titleAfterBody(a, b);
    if (titled > 0) {
      this.emitRun(a, titled - 1, hasThe, false, null, false);
      this.run(titled, b);
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
          // `Chair of | the Harbour Safety Council`: the role, then the name after `of`.
          this.emitRole(a, peel.roleStart, peel.roleEnd);
          // `Director of | Media`, `Head of | Communications`: a field, no body.
          if (peel.restFrom === b && this.fieldOfTitle(b)) return;
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
      // Not a place that is also a given name before a surname (`Jordan Pike`, `Georgia Lee`).
      if (lead > 0 && !headKind(t, nameA, b) && !this.givenNamePlace(nameA, lead, b)) {
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
          // `Prime Minister Rowan Ashby of the United\` (the place cut off): a person's name
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

  /**
   * The first token of the title words that end the run a..b after a body's name with `of`,
   * `for` or `on` in it and a head word (`Office of Tariff Policy | Acting Director`); 0 when
   * the run is no such thing. Titles only, capitalised, a role modifier first at most.
   */
  private titleAfterBody(a: number, b: number): number {
    const t = this.tokens;
    if (b - a < 3 || (t.classes(b) & W_TITLE) === 0 || t.has(b, F_ALLCAPS)) return 0;
    let m = b;
    while (m - 1 > a && t.isCap(m - 1) && (t.classes(m - 1) & (W_TITLE | W_ROLE_MODIFIER)) !== 0 && !t.has(m - 1, F_POSS)) m--;
    if (m - a < 3 || !t.isCap(m - 1) || t.has(m - 1, F_POSS)) return 0;
    if (lexiconKindAt(t, a, m - 1) !== null) return 0;
    let of = false;
    for (let i = a + 1; i < m - 1; i++) if (t.has(i, F_LOWER) && (t.key(i) === 'of' || t.key(i) === 'for' || t.key(i) === 'on')) of = true;
    return of && headKind(t, a, m - 1) === 'organization' ? m : 0;
  }

  /**
   * Token `i` is one capitalised head word of a body (no known name) right after a title and
   * `of` with no `the` (`Director of | Media`, `Chief of | Police`), or after such a field and
   * `and` (`Director of Media and | Communications`): the field the title covers.
   */
  private fieldOfTitle(i: number): boolean {
    const t = this.tokens;
    if (i < 2 || !t.isCap(i) || t.has(i, F_ALLCAPS | F_POSS) || (t.classes(i) & W_ORG_HEAD) === 0 || (t.classes(i) & (W_LEX_ORG | W_LEX_PLACE)) !== 0) return false;
    if (i + 1 < t.n && t.gap[i + 1] === G_NONE && t.isCap(i + 1)) return false;
    let p = i - 1;
    if (t.gap[i] !== G_NONE || !t.has(p, F_LOWER)) return false;
    // Over `Media and` to the title's `of`.
    if (t.key(p) === 'and' && p >= 3 && t.gap[p] === G_NONE && t.isCap(p - 1) && (t.classes(p - 1) & W_ORG_HEAD) !== 0 && t.gap[p - 1] === G_NONE) p -= 2;
    return t.key(p) === 'of' && t.has(p, F_LOWER) && p > 0 && t.gap[p] === G_NONE && (t.classes(p - 1) & W_TITLE) !== 0;
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
    // `Head coach Tom Reilly`, `Assistant coach`: the role goes on in lower case, before a name.
    if (!t.has(e, F_POSS) && e + 1 < t.n && t.gap[e + 1] === G_NONE && t.has(e + 1, F_LOWER) && t.in(H_TITLES, e + 1)) return null;
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
      const len = t.isCap(i) && (t.classes(i) & (W_TITLE | W_ROLE_MODIFIER)) === 0 ? leadingLexicon(t, i, b) : 0;
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
    const c = t.classes(i);
    if ((c & (W_STOP | W_CALENDAR | W_NON_NAME)) !== 0) return -1;
    if (t.end[i] - t.start[i] < 2) return -1;
    // `Families said ...`, `Staff told ...`: a group of people opening the sentence is no name.
    if (H_GROUP_PEOPLE.has(t.hash[i]) && !t.has(i, F_ALLCAPS)) return -1;
    if ((c & (W_LEX_PLACE | W_LEX_ORG)) !== 0) return 0;
    if (t.has(i, F_ALLCAPS)) return LEX_NON_ACRONYMS.has(t.key(i)) ? -1 : 0;
    if (this.capital(t.hash[i])) return 0;
    if (this.lower(t.hash[i])) return 1;
    if ((c & W_FIRST_NAME) !== 0) return 0;
    // `Tillerson said` at the start of a line: a speech verb right after makes it a person.
    if (i + 1 < t.n && t.gap[i + 1] === G_NONE && SPEECH_VERBS.has(t.key(i + 1))) return 0;
    return 1;
  }

  /**
   * `Teammate Andre Collins was more direct.`: a sentence-initial word of no known kind before a
   * given name and a surname is a common noun, not part of the name.
   */
  private wordBeforeFullName(a: number, b: number): boolean {
    const t = this.tokens;
    if (b < a + 2 || (t.classes(a + 1) & W_FIRST_NAME) === 0 || t.gap[a + 1] !== G_NONE) return false;
    if ((t.classes(a) & (W_TITLE | W_HONORIFIC | W_FIRST_NAME | W_LEX_PLACE | W_LEX_ORG | W_DEMONYM | W_STOP)) !== 0) return false;
    return !this.capital(t.hash[a]);
  }

  /** A sentence-initial word the text otherwise writes in lower case, and never capitalised. */
  private commonWord(i: number): boolean {
    const t = this.tokens;
    if ((t.classes(i) & (W_TITLE | W_HONORIFIC | W_FIRST_NAME | W_LEX_PLACE | W_LEX_ORG | W_DEMONYM)) !== 0) return false;
    return this.lower(t.hash[i]) && !this.capital(t.hash[i]);
  }

  /**
   * A member of a party or a people set off after a person's name by `, a` (`Dan Ruiz, a
   * Democrat,`) is that person's role: given to the name when it has none; true when the word
   * was such a role.
   */
  private partyOfNameBefore(a: number): boolean {
    const t = this.tokens;
    if (a < 2 || t.gap[a] !== G_NONE || t.gap[a - 1] !== G_COMMA || !t.has(a - 1, F_LOWER)) return false;
    const k = t.key(a - 1);
    if (k !== 'a' && k !== 'an') return false;
    const d = this.drafts.length - 1;
    if (d < this.lineDrafts) return false;
    const x = this.drafts[d];
    if (x.end !== t.end[a - 2] || x.label >= 0 || (x.kind !== 'person' && x.kind !== null)) return false;
    if (x.role === null) this.giveRole(x, t.start[a], t.end[a]);
    return true;
  }

  /**
   * Length of a lower-case ending joined to the name's last word by a hyphen that makes the
   * word an adjective (`San Francisco-based`, `Kremlin-backed`, `Texas-born`): not part of the name.
   */
  private compoundTail(b: number): number {
    const t = this.tokens;
    if (!t.has(b, F_HYPHEN)) return 0;
    const w = this.text.slice(t.start[b], t.end[b]);
    const h = w.lastIndexOf('-');
    if (h <= 0 || !COMPOUND_TAILS.has(w.slice(h + 1))) return 0;
    return w.length - h;
  }

  /**
   * The known place at `a` (one word, `lead`) is a given name as well, and one or two words
   * follow it that can only be a surname: no known place, body, title, group, date or
   * common word (`Jordan Pike`, `Chad Brown`; not `Georgia Republicans`, `Jordan Times`).
   */
  private givenNamePlace(a: number, lead: number, b: number): boolean {
    const t = this.tokens;
    if (lead !== 1 || b === a || b - a > 2 || (t.classes(a) & W_FIRST_NAME) === 0) return false;
    for (let i = a + 1; i <= b; i++) {
      if (!t.isCap(i) || t.has(i, F_ALLCAPS) || this.lower(t.hash[i])) return false;
      if ((t.classes(i) & NOT_SURNAME) !== 0) return false;
    }
    return true;
  }

  /**
   * The office in brackets right after token `b` (`Doyle (Chair)`, `Garside (Head of Planning)`):
   * capitalised words and small words, a title among them; null when none.
   */
  protected bracketOffice(b: number): Span | null {
    const t = this.tokens;
    const text = this.text;
    let k = t.end[b];
    if (k + 1 >= text.length || text.charCodeAt(k) !== 32 || text.charCodeAt(k + 1) !== 40) return null;
    const from = k + 2;
    let title = false;
    let i = b + 1;
    while (i < t.n && t.start[i] < from) i++;
    if (i >= t.n || t.start[i] !== from) return null;
    let e = -1;
    for (let n = 0; i < t.n && n < 6; i++, n++) {
      if (n > 0 && t.gap[i] !== G_NONE) break;
      if (t.isCap(i)) {
        if (t.has(i, F_ALLCAPS | F_POSS)) return null;
        if ((t.classes(i) & W_TITLE) !== 0 || t.in(H_TITLE_PARTS, i)) title = true;
      } else if (!(t.has(i, F_LOWER) && (t.key(i) === 'of' || t.key(i) === 'and' || t.key(i) === 'the' || t.key(i) === 'for'))) return null;
      e = i;
    }
    if (e < 0 || !title || !t.isCap(e) || text.charCodeAt(t.end[e]) !== 41) return null;
    return { start: from, end: t.end[e] };
  }

  /**
   * Tokens `a..b` are peoples' adjectives ending in a faith or party, and a lower-case word
   * follows (`the American Catholic clergy`, `Irish Protestant farmers`): they qualify that noun.
   */
  private adjectivesBeforeNoun(a: number, b: number): boolean {
    const t = this.tokens;
    if (b + 1 >= t.n || t.gap[b + 1] !== G_NONE || !t.has(b + 1, F_LOWER) || t.has(b, F_POSS)) return false;
    // The last word a faith or party in the singular (`Catholic`, not `Americans`).
    if ((t.classes(b) & W_GROUP_NOUN) === 0 || t.key(b).endsWith('s')) return false;
    for (let i = a; i <= b; i++) {
      if (t.has(i, F_ALLCAPS)) return false;
      if (!isAdjectiveOnly(t, i) && (t.classes(i) & W_GROUP_NOUN) === 0) return false;
    }
    return true;
  }

  /** A word that leads to a place comes right before token `a` (`to`, `in`, `from`, `across`), or a title. */
  private afterPlaceWord(a: number): boolean {
    const t = this.tokens;
    if (a <= 0 || t.gap[a] !== G_NONE) return false;
    // `the first Senator | Georgia has elected`: a title before it holds the place.
    return (t.has(a - 1, F_LOWER) && PLACE_WORDS.has(t.key(a - 1))) || (t.classes(a - 1) & W_TITLE) !== 0;
  }

  private emitRun(a: number, b: number, hasThe: boolean, person: boolean, role: Span | null, lexical: boolean, unsure = false): void {
    const t = this.tokens;
    if (a > b) return;
    // Trailing words the text otherwise writes in lower case (`Obama Putin Meeting`).
    if (!lexical && !person) {
      while (b > a && this.commonWordAnywhere(b) && headKind(t, a, b) === null) b--;
    }
    if (a === b) {
      if (t.end[a] - t.start[a] < 2 || t.has(a, F_INITIAL)) return;
      if ((t.classes(a) & (W_STOP | W_CALENDAR | W_NON_NAME)) !== 0) return;
      if (t.has(a, F_ALLCAPS) && LEX_NON_ACRONYMS.has(t.key(a)) && !person) return;
      if (!person && isAdjectiveOnly(t, a)) return;
      // `Pam Osgood, a Republican who led the suit,`: the party of the person just named.
      if ((t.classes(a) & W_GROUP_NOUN) !== 0 && this.partyOfNameBefore(a)) return;
      // `the Republican nomination`, `Catholic schools`: a party's or faith's adjective before a
      // lower-case noun qualifies it; not before a noun of a body (`the Republican party`).
      if (!person && !lexical && this.adjectivesBeforeNoun(a, a) && !ORG_NOUNS.has(t.key(a + 1))) return;
    } else if (!person && !lexical && this.adjectivesBeforeNoun(a, b)) return;
    this.weakKind = false;
    const guessed = person ? 'person' : this.guessKind(a, b, hasThe);
    // Capitalised words with nothing else for them (`Card Tricks`, a sentence start) get no
    // kind: they become a mention only when the actors step finds them named elsewhere.
    let kind = (unsure && guessed !== 'person') || this.weakKind ? null : guessed;
    // `Georgia said`, `said Florence`: a place that is also a given name, and not after a word
    // that leads to a place (`flew to Georgia`), waits for the actors step: the person with that
    // given name when the text has one, else the place.
    if (kind === 'place' && a === b && !hasThe && (t.classes(a) & W_FIRST_NAME) !== 0 && !t.has(a, F_ALLCAPS | F_POSS) && !this.afterPlaceWord(a)) kind = null;
    let roleAfter: Span | null = null;
    // `the Safer Streets Act, the Department of Justice ...`: a law holds no role.
    // A doctor's or professor's title before the name says less than the role set off after
    // it (`Dr. Ana Ruiz, an economist at the Bank of Veldmark,`): the name takes that role.
    const academic = role !== null && isAcademicTitle(this.text.slice(role.start, role.end));
    if ((role === null || academic) && kind !== 'place' && kind !== 'organization' && (t.classes(b) & W_NON_ACTOR_HEAD) === 0) roleAfter = appositiveRole(t, b);
    // `Mostly, Senator.`, `Noted, Councillor Foster.`: a word opening a sentence, then someone
    // called by a capitalised title, and the sentence ends: no one's name and role.
    if (roleAfter !== null && unsure && a === b && this.calledByTitle(b, roleAfter)) return;
    // `Councillor Margaret Doyle (Chair)`: an office in brackets right after the name is the
    // role it is known by (`The Chair:` below is that person).
    const bracketed = roleAfter === null && kind !== 'place' && kind !== 'organization' ? this.bracketOffice(b) : null;
    if (bracketed !== null) role = bracketed;
    const finalRole = roleAfter ?? role;
    if (roleAfter !== null) {
      this.appositiveEnd = roleAfter.end;
      this.appositives.push(roleAfter.start, roleAfter.end);
    }
    const draft: Draft = {
      start: t.start[a],
      end: t.has(b, F_ABBR) && !t.has(b, F_DOTTED) && !t.has(b, F_INITIAL) && !(b > a && COMPANY_ENDINGS.has(t.key(b))) ? t.end[b] - 1 : t.end[b] - this.compoundTail(b),
      kind: finalRole !== null ? 'person' : kind,
      role: finalRole !== null ? this.text.slice(finalRole.start, finalRole.end) : null,
      roleSpan: finalRole,
      label: -1,
    };
    // `Orrin Vale plc`: a firm's closing abbreviation in lower case is part of its name.
    if (draft.kind === 'organization' && b + 1 < t.n && t.gap[b + 1] === G_NONE && t.has(b + 1, F_LOWER) && LOWER_COMPANY_ENDINGS.has(t.key(b + 1))) draft.end = t.end[b + 1];
    this.drafts.push(draft);
    if (roleAfter !== null) this.appositiveMention(b, roleAfter, draft.role!);
  }

  /**
   * The role set off after token `b` is a capitalised title that, with the name after it if
   * any, ends its sentence (`, Senator.`, `, Councillor Foster.`): someone spoken to.
   */
  private calledByTitle(b: number, role: Span): boolean {
    const t = this.tokens;
    const first = b + 1;
    if (first >= t.n || !t.isCap(first) || (t.classes(first) & W_TITLE) === 0) return false;
    let i = first;
    while (i + 1 < t.n && t.gap[i + 1] === G_NONE && t.isCap(i + 1)) i++;
    if (t.end[i] < role.end) return false;
    return i + 1 >= t.n || t.gap[i + 1] === G_SENT;
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
    if ((t.classes(i) & (W_TITLE | W_FIRST_NAME | W_LEX_PLACE | W_LEX_ORG)) !== 0 || t.has(i, F_ALLCAPS) || t.has(i, F_PREFIXED)) return false;
    return this.lower(t.hash[i]) && !this.capital(t.hash[i]);
  }
}

/** Ordinals that stand between a determiner and a title (`the first Senator`). */
const ORDINALS = new Set(['first', 'second', 'third', 'last', 'next', 'new', 'former', 'only']);

/** Hashes of two words asked of many tokens. */
export const H_OF = hashWord('of');
export const H_THE = hashWord('the');

/** Words of a title-case heading after a name (`During`, `Before`, `En Route`). */
const H_HEADING_WORDS = hashSet('during before after at on in with without from to by about over under into upon via amid ahead following en'.split(' '));

/** Words before a storm's name (`Hurricane Beryl`, `Tropical Storm Alma`). */
const H_STORM_WORDS = hashSet(['hurricane', 'typhoon', 'cyclone', 'tropical', 'storm', 'superstorm', 'tornado']);

/** Words that open an award's category (`Best Actor`, `Supporting Actress`). */
const H_AWARD_WORDS = hashSet(['best', 'supporting', 'leading', 'outstanding']);

/** Prefixes of ships' names (`USS Enterprise`, `HMS Victory`). */
const H_SHIP_PREFIXES = hashSet(['uss', 'usns', 'hms', 'hmcs', 'hmas', 'hmnzs', 'rms', 'ins', 'uscgc']);

/** Words that open a picture credit (`Image: Varnek.`). */
const H_CREDIT_WORDS = hashSet(['image', 'photo', 'photograph', 'picture', 'credit', 'illustration']);

/** Words before a plural title that make it a group of people (`our Founders`, `these two Senators`). */
const H_GROUP_DETERMINERS = hashSet(['our', 'my', 'your', 'their', 'his', 'her', 'these', 'those', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both']);

/** Titles of degree or teaching written before a name: `Dr.`, `Prof.`, `Professor`. */
const ACADEMIC_TITLES = new Set(['dr', 'dr.', 'doctor', 'prof', 'prof.', 'professor']);

function isAcademicTitle(role: string): boolean {
  return ACADEMIC_TITLES.has(role.toLowerCase());
}

/** Endings that make a name an adjective: `-based`, `-backed`, `-born`, `-led`... */
const COMPOUND_TAILS = new Set(['based', 'backed', 'born', 'led', 'owned', 'run', 'made', 'funded', 'allied', 'aligned', 'affiliated', 'controlled', 'held', 'headquartered', 'bred', 'raised', 'style', 'era', 'linked', 'sponsored', 'brokered', 'occupied']);

/** Word classes a surname never has. */
const NOT_SURNAME = W_LEX_PLACE | W_LEX_ORG | W_ORG_HEAD | W_PLACE_HEAD | W_TITLE | W_ROLE_MODIFIER | W_HONORIFIC | W_CALENDAR | W_STOP | W_GROUP_NOUN | W_DEMONYM | W_NON_NAME | W_NON_ACTOR_HEAD | W_PLACE_PREFIX;

/** Words that lead to a place (`flew to | Georgia`, `born in | Florence`). */
const PLACE_WORDS = new Set(['to', 'in', 'from', 'at', 'near', 'across', 'into', 'through', 'toward', 'towards', 'around', 'outside', 'inside', 'throughout', 'within', 'via', 'of', 'visit', 'visited', 'visiting', 'leave', 'left', 'leaving', 'reach', 'reached', 'entered', 'invaded', 'governor', 'senator', 'state', 'southern', 'northern', 'eastern', 'western', 'central', 'rural', 'downtown']);

/** Hyphened titles read whole (`Vice-Chair`) and heads of an office (`Head of Planning`). */
const H_TITLE_PARTS = hashSet(['vice-chair', 'vice-chairman', 'vice-chairwoman', 'vice-president', 'head', 'deputy']);

/** A firm's closing abbreviation keeps its period (`Carver Hale & Co.`, `Brennan Inc.`). */
const COMPANY_ENDINGS = new Set(['co', 'inc', 'ltd', 'corp', 'bros']);

/** A firm's closing abbreviation written in lower case (`Orrin Vale plc`). */
const LOWER_COMPANY_ENDINGS = new Set(['plc', 'llc']);
