/** Kind guessing for a run of capitalised words from its words and their context (`guessKind`), a layer of the name finder. */
import type { ActorKind } from './model';
import { STOPWORDS } from './lexicon-words';
import { isDigit } from './chars';
import { GROUP_PEOPLE, TITLE_COMPLEMENTS, TITLES, VERB_LIKE_TITLES } from './lexicon-titles';
import { PLACE_NOUNS } from './lexicon-places';
import { ORG_NOUNS, PLACE_AFTER_NOUNS } from './lexicon-orgs';
import { H_TITLES, LEX_PLACES, lexiconKind, SPEECH_VERBS, INVERTED_CUES, COMMON_NOUN_ENDING, ADJECTIVE_ENDING, SURNAME_ENDING, LEADER_NOUNS, KIN_NOUNS, POSSESSIVE_DETERMINERS, DETERMINERS, VERBS_AFTER_PERSON, H_ORG_HEADS, isPluralPossessive, isInitialLike, isNounLike, lexiconKindAt, headKind } from './name-kinds';
import { K_UPPER, kindOf, hashWord, hashSet, F_LOWER, F_ALLCAPS, F_POSS, F_SENT, F_HYPHEN, F_DOTTED, F_HASLOWER, F_APOS, F_DIGIT, G_NONE, G_COMMA } from './name-tokens';
import { NameScan, type Draft } from './name-scan';
import { W_DEMONYM, W_FIRST_NAME, W_GROUP_NOUN, W_INSTITUTION, W_LEX_ORG, W_LEX_PLACE, W_NON_ACTOR_HEAD, W_ORG_HEAD, W_ROLE_MODIFIER, W_TITLE } from './name-kinds';

export class NameGuess extends NameScan {
  /** Kind from the words and their context; null when nothing tells. */
  protected guessKind(a: number, b: number, hasThe: boolean): ActorKind | null {
    const t = this.tokens;
    const lex = lexiconKindAt(t, a, b);
    if (lex !== null) return lex;
    // `the West`, `the Gulf`
    if (hasThe) {
      const theKind = lexiconKind('the ' + t.joined(a, b));
      if (theKind !== null) return theKind;
    }
    // `they used to call him The Lamplighter`: a name given to a person.
    if (this.afterNamingVerb(a, hasThe)) return 'person';
    // `Envoy for Hostage Affairs, who ...`: the field of a role is no one.
    if (b > a && a >= 2 && t.in(H_ROLE_COMPLEMENTS, b) && (t.classes(b) & W_ORG_HEAD) === 0 && t.gap[a] === G_NONE && t.has(a - 1, F_LOWER) && this.roleBefore(a - 1)) return null;
    // `Herald et al.`: an author, whatever the word means otherwise.
    if (b + 2 < t.n && t.gap[b + 1] === G_NONE && t.gap[b + 2] === G_NONE && t.key(b + 1) === 'et' && t.key(b + 2) === 'al') return 'person';
    // `Policing Act`, `the Charter`, `World Cup`: laws, events and works are no actors.
    // Not after a body's head word that opens the name (`Office of Tariff Policy`, `Institute
    // for Trade Strategy`): the body is named by its field.
    if ((t.classes(b) & W_NON_ACTOR_HEAD) !== 0 && !this.opensWithBody(a, b)) return null;
    // `the town of Khan Sheikhoun`, `the Black Sea resort of Sochi`
    if (a >= 2 && t.gap[a] === G_NONE && t.gap[a - 1] === G_NONE && t.key(a - 1) === 'of' && PLACE_NOUNS.has(t.key(a - 2))) return 'place';
    // `Manchester City beat Arsenal 3-1`: a side that wins or loses a match is a club, even
    // when it is named after its town.
    if (b + 1 < t.n && t.gap[b + 1] === G_NONE && t.has(b + 1, F_LOWER) && !t.has(b, F_POSS) && MATCH_VERBS.has(t.key(b + 1)) && this.scoreAfter(b + 2)) return 'organization';
    const head = headKind(t, a, b);
    // `a Shared Workspace`, `a new Harbour Apprentice Program called ...`: common words
    // capitalised after `a` name a kind of body, none in particular; not before the noun they
    // qualify (`a Harbour Party member`).
    if (head === 'organization' && this.indefiniteBefore(a) && !(b + 1 < t.n && t.gap[b + 1] === G_NONE && t.has(b + 1, F_LOWER) && isNounLike(t, b + 1)) && this.commonWords(a, b)) return null;
    if (head !== null) return head;
    // `the Korvanian foreign minister`, `a Korvanian newspaper`, `speaks in Korvanian`: a
    // people's adjective or language the lexicon does not know is no actor.
    if (a === b && this.demonymLike(a)) {
      const afterDeterminer = a > 0 && t.gap[a] === G_NONE && DETERMINERS.has(t.key(a - 1));
      if (afterDeterminer && b + 1 < t.n && t.gap[b + 1] === G_NONE && t.has(b + 1, F_LOWER) && isNounLike(t, b + 1)) return null;
      if (a > 0 && t.gap[a] === G_NONE && t.has(a - 1, F_LOWER) && t.key(a - 1) === 'in') return null;
    }
    // `the Islamic State group`, `the Crimea region`
    if (b + 1 < t.n && t.gap[b + 1] === G_NONE && t.has(b + 1, F_LOWER) && !t.has(b, F_POSS)) {
      const nk = t.key(b + 1);
      // `the Paralympic movement`, `an Olympic team`: an adjective in `-ic` qualifies the noun,
      // a kind of body, and names none (not a party: `the Democratic party`).
      if (ORG_NOUNS.has(nk) && a === b && t.key(a).endsWith('ic') && (t.classes(a) & (W_ROLE_MODIFIER | W_GROUP_NOUN | W_DEMONYM)) === 0) return null;
      if (ORG_NOUNS.has(nk)) return 'organization';
      if (PLACE_AFTER_NOUNS.has(nk)) return 'place';
    }
    // `the firm Quillet`, `the militant group Marrowind`: a name right after a noun of a body
    // that a determiner or an adjective opens.
    if (a >= 2 && t.gap[a] === G_NONE && t.gap[a - 1] === G_NONE && t.has(a - 1, F_LOWER) && ORG_NOUNS.has(t.key(a - 1)) && (t.has(a - 2, F_LOWER) || DETERMINERS.has(t.key(a - 2))) && (t.classes(a) & W_FIRST_NAME) === 0 && !t.has(b, F_POSS)) return 'organization';
    // `a spokesperson for Tidewell`, `a lawyer for Northgate`: whom a role serves is a body.
    if (a >= 3 && t.gap[a] === G_NONE && t.gap[a - 1] === G_NONE && t.has(a - 1, F_LOWER) && t.key(a - 1) === 'for' && this.roleOpens(a - 2) && (t.classes(a) & W_FIRST_NAME) === 0) return 'organization';
    // `Marta Silva, Vienna` is a sign-off, not a place: a given name first makes a person.
    if (b > a && (t.classes(a) & W_FIRST_NAME) !== 0 && !this.lower(t.hash[a])) return 'person';
    // `Hangzhou, China`
    if (b + 1 < t.n && t.gap[b + 1] === G_COMMA && t.isCap(b + 1)) {
      const nk = t.key(b + 1);
      if (LEX_PLACES.has(nk) && (b + 2 >= t.n || t.gap[b + 2] !== G_NONE || !t.isCap(b + 2))) return 'place';
    }
    if (a === b && t.has(a, F_ALLCAPS) && !t.has(a, F_DOTTED)) return this.acronymKind(a);
    const firstName = (t.classes(a) & W_FIRST_NAME) !== 0;
    if (b > a && firstName) return 'person';
    for (let i = a; i < b; i++) if (isInitialLike(t, i)) return 'person';
    // `the Kremlin said`, `The Onion`; not `the Harbourside cocktail`, where the name only
    // qualifies a noun, nor `the Constitution`, `the Nation`, a common noun with a capital.
    // `the Government`, `Cabinet`, `Navy`: an organisation's head word alone, capitalised mid-sentence.
    // Not `this Chamber`: alone it is a legislature's room, and a body only in a name (`Chamber of Commerce`).
    // Not after `my`, `our`, `their`: a common noun capitalised for weight (`my Government`).
    if (a === b && t.in(H_ORG_HEADS, a) && !t.has(a, F_SENT) && !t.has(a, F_ALLCAPS) && t.key(a) !== 'chamber' && !(a > 0 && t.gap[a] === G_NONE && POSSESSIVE_DETERMINERS.has(t.key(a - 1)))) return 'organization';
    // A lower-case `the` before one word makes no name of it (`the Oath`, `the Galaxy`, `the
    // Floor`, common nouns capitalised for weight); a capital `The` inside the sentence is the
    // name's own (`watch The Sparrowman`), and so is a verb only a body does (`the Politburo
    // voted`, `the Sejm approved`).
    if (hasThe && a === b && (this.capitalTheBefore(a) || (b + 1 < t.n && t.gap[b + 1] === G_NONE && t.has(b + 1, F_LOWER) && BODY_VERBS.has(t.key(b + 1)))) && !isPluralPossessive(this.text, t, a) && !(b + 1 < t.n && t.gap[b + 1] === G_NONE && t.has(b + 1, F_LOWER) && !t.has(b, F_POSS) && isNounLike(t, b + 1))) {
      const k = t.key(a);
      if (!this.lower(t.hash[a]) && !COMMON_NOUN_ENDING.test(k) && !EMPHASIS_NOUNS.has(k) && ((t.classes(a) & W_ORG_HEAD) !== 0 || (t.classes(a) & W_INSTITUTION) === 0)) return 'organization';
    }
    // Not after `a`/`an` or a number: `an Oscar`, `four Oscar wins`, things named like people.
    if (a === b && firstName && !this.lower(t.hash[a]) && !(a > 0 && t.gap[a] === G_NONE && H_COUNTING_WORDS.has(t.hash[a - 1]))) return 'person';
    if (b + 1 < t.n && t.gap[b + 1] === G_NONE && SPEECH_VERBS.has(t.key(b + 1))) return 'person';
    // `said Nora Lindqvist`, `replied Kitty`: the subject after an inverted verb of saying.
    // Not a word before a title and a name (`said Labour leader Rowan Ashby`): the role's.
    // Nor a possessive (`said Labour's health spokeswoman, ...`): whose the speaker is, not who.
    if (a > 0 && t.gap[a] === G_NONE && t.has(a - 1, F_LOWER) && INVERTED_CUES.has(t.key(a - 1)) && !t.has(b, F_POSS) && (b + 1 >= t.n || !t.has(b + 1, F_POSS)) && !this.titleAndNameAfter(b)) return 'person';
    // `Marcus in Dunmore, who writes`: after a name and `in`, a place, whoever `who` is (not
    // someone's thing: `in Beaudelet 's lugger`).
    if (a >= 2 && t.gap[a] === G_NONE && t.gap[a - 1] === G_NONE && t.has(a - 1, F_LOWER) && t.key(a - 1) === 'in' && t.isCap(a - 2) && !t.has(a - 2, F_POSS) && !t.has(b, F_POSS) && !possessiveAfter(this.text, t.end[b]) && (t.classes(a) & W_FIRST_NAME) === 0) return 'place';
    // `Kelvin, who has won`; not a body's head word alone (`Athletic, who have won four games`).
    if (b + 1 < t.n && t.gap[b + 1] === G_COMMA && t.key(b + 1) === 'who' && !(a === b && (t.classes(a) & W_ORG_HEAD) !== 0)) return 'person';
    // `Halyna Kovalenko, 67, a retired teacher`: an age set off by commas after the name.
    if (b + 2 < t.n && t.gap[b + 1] === G_COMMA && t.gap[b + 2] === G_COMMA && t.has(b + 1, F_DIGIT) && t.end[b + 1] - t.start[b + 1] <= 3 && isAllDigits(this.text, t.start[b + 1], t.end[b + 1])) return 'person';
    // `in Hangzhou`, `near Idlib`; not a possessive, whose noun is what is there (`a drop in
    // Okafor’s revenue`).
    if (a > 0 && t.gap[a] === G_NONE && t.has(a - 1, F_LOWER) && !t.has(b, F_POSS)) {
      const pk = t.key(a - 1);
      if (pk === 'in' || pk === 'near' || pk === 'across' || pk === 'throughout' || pk === 'outside') return 'place';
    }
    // `Quillet, a logistics company,`, `Zorbat, the Harbour newspaper that ...`: a name set off
    // by a description of a body.
    if ((t.classes(a) & W_FIRST_NAME) === 0 && this.bodyAppositive(b)) return 'organization';
    if (a === b) return this.singleWordKind(a);
    // Two to four capitalised words, none of them a word the text also writes in lower
    // case (`Mathias Krumbholz`, not `Open Educational Resources`), read as a person.
    if (b > a && b - a <= 3 && !hasThe) {
      for (let i = a; i <= b; i++) {
        if (this.lower(t.hash[i]) || (t.has(i, F_ALLCAPS) && !t.has(i, F_DOTTED))) return null;
        if ((t.classes(i) & (W_INSTITUTION | W_LEX_PLACE | W_LEX_ORG)) !== 0) return null;
      }
      // `Tarek Olsen, he said`, `Ilse Varga and her colleagues`, a name listed after a
      // person's (`Maria Lopez, Tarek Olsen`): the context makes it a person.
      if (!this.personContext(a, b)) this.weakKind = true;
      return 'person';
    }
    return null;
  }

  /** The run a..b opens with a body's head word and `of`, `for` or `on` (`Office of | ...`, `Institute for | ...`). */
  private opensWithBody(a: number, b: number): boolean {
    const t = this.tokens;
    if (b < a + 2 || (t.classes(a) & W_ORG_HEAD) === 0 || !t.has(a + 1, F_LOWER) || t.gap[a + 1] !== G_NONE) return false;
    const k = t.key(a + 1);
    return k === 'of' || k === 'for' || k === 'on';
  }

  /**
   * After token `b`: a comma, `a`, `an` or `the`, at most three words (no function word, no
   * possessive) and a noun of a body (`, a logistics company`, `, the Harbour newspaper`),
   * then the phrase's end (punctuation, `that`, `which`, `based`).
   */
  private bodyAppositive(b: number): boolean {
    const t = this.tokens;
    const d = b + 1;
    if (d + 1 >= t.n || t.gap[d] !== G_COMMA || !t.has(d, F_LOWER)) return false;
    const k = t.key(d);
    if (k !== 'a' && k !== 'an' && k !== 'the') return false;
    for (let j = d + 1; j < t.n && j <= d + 4; j++) {
      if (t.gap[j] !== G_NONE || t.has(j, F_POSS)) return false;
      const w = t.key(j);
      if (t.has(j, F_LOWER) && ORG_NOUNS.has(w)) return j + 1 >= t.n || t.gap[j + 1] !== G_NONE || BODY_CLAUSE_WORDS.has(t.key(j + 1));
      if (STOPWORDS.has(w)) return false;
    }
    return false;
  }

  /** `a` or `an` comes before token `a`, right before it or over one lower-case word (`a unique | Pilot`). */
  private indefiniteBefore(a: number): boolean {
    const t = this.tokens;
    let p = a - 1;
    if (p < 0 || t.gap[a] !== G_NONE || !t.has(p, F_LOWER)) return false;
    if (t.key(p) !== 'a' && t.key(p) !== 'an' && p > 0 && t.gap[p] === G_NONE && t.has(p - 1, F_LOWER) && !STOPWORDS.has(t.key(p))) p--;
    return t.key(p) === 'a' || t.key(p) === 'an';
  }

  /** Every word of a..b is a plain capitalised word: no known name, given name, acronym, initial or possessive. */
  private commonWords(a: number, b: number): boolean {
    const t = this.tokens;
    for (let i = a; i <= b; i++) {
      if (!t.isCap(i) || t.has(i, F_ALLCAPS | F_POSS | F_DOTTED | F_DIGIT) || (t.classes(i) & (W_FIRST_NAME | W_LEX_ORG | W_LEX_PLACE | W_DEMONYM)) !== 0) return false;
    }
    return true;
  }

  /** Token `a` follows a capitalised `The` that opens no sentence (`watch The | Sparrowman`). */
  private capitalTheBefore(a: number): boolean {
    const t = this.tokens;
    return a > 0 && t.gap[a] === G_NONE && t.key(a - 1) === 'the' && !t.has(a - 1, F_LOWER | F_SENT);
  }

  /** A title in lower case right after token `b`, and a capitalised word after it (`Labour | leader Rowan`). */
  private titleAndNameAfter(b: number): boolean {
    const t = this.tokens;
    return b + 2 < t.n && t.gap[b + 1] === G_NONE && t.gap[b + 2] === G_NONE && t.has(b + 1, F_LOWER) && (t.classes(b + 1) & W_TITLE) !== 0 && t.isCap(b + 2);
  }

  /** A score (`3-1`, `2–0`) within the three tokens from `i`: a match's result. */
  private scoreAfter(i: number): boolean {
    const t = this.tokens;
    for (let k = i; k < t.n && k < i + 3; k++) {
      if (!t.has(k, F_DIGIT)) continue;
      const s = this.text.slice(t.start[k], Math.min(t.end[k] + 4, this.text.length));
      let d = 0;
      while (d < s.length && s.charCodeAt(d) >= 48 && s.charCodeAt(d) <= 57) d++;
      const dash = s.charCodeAt(d);
      if (d > 0 && d <= 3 && (dash === 45 || dash === 0x2013) && s.charCodeAt(d + 1) >= 48 && s.charCodeAt(d + 1) <= 57) return true;
    }
    return false;
  }

  /** A lower-case title at `i` after `a`, `the` or `one` and at most one modifier (`a spokesperson`, `a senior lawyer`), not a verb (`head for`). */
  private roleOpens(i: number): boolean {
    const t = this.tokens;
    if (!t.has(i, F_LOWER) || !t.in(H_TITLES, i) || VERB_LIKE_TITLES.has(t.key(i)) || t.gap[i] !== G_NONE) return false;
    const d = t.has(i - 1, F_LOWER) && !ROLE_OPENERS.has(t.key(i - 1)) && i >= 2 && t.gap[i - 1] === G_NONE ? i - 2 : i - 1;
    return d >= 0 && ROLE_OPENERS.has(t.key(d)) && (t.has(d, F_LOWER) || t.has(d, F_SENT));
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
   * An acronym the lexicon does not know: an organisation when written `NASA’s`, or when it
   * abbreviates an organisation's name right before it (`Office for Coastal Shipping and
   * Harbour Safety (OCSHS)`); otherwise unknown (`ICT`, `OER`, `ROS` are terms, not actors),
   * after `the` too (`the ROV`, `the GNP`, `the SIV program` as often as `the TAOM`).
   */
  private acronymKind(i: number): ActorKind | null {
    const t = this.tokens;
    if (t.has(i, F_HASLOWER)) return null;
    if (t.has(i, F_POSS)) return 'organization';
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
    if (H_OBJECT_PRONOUNS.has(t.hash[p]) && H_NAMING_VERBS.has(t.hash[p - 1])) return true;
    // `a classmate named Tom Avery`, `a boy called Ned`: a person noun given a name.
    if (H_NAMED.has(t.hash[p]) && H_NAMED_PERSONS.has(t.hash[p - 1])) return true;
    // `The officer, whose name was Avery,`, `my name is Ned Hale`: a person's name told.
    return (t.key(p) === 'was' || t.key(p) === 'is') && t.key(p - 1) === 'name' && p >= 2 && t.gap[p - 1] === G_NONE && H_NAME_OWNERS.has(t.hash[p - 2]);
  }

  /** A single capitalised word shaped like a people's adjective (`Korvanian`, `Tarnese`), none the lexicon or the given names know. */
  private demonymLike(i: number): boolean {
    const t = this.tokens;
    if (t.has(i, F_ALLCAPS | F_POSS | F_HYPHEN | F_DOTTED) || (t.classes(i) & (W_FIRST_NAME | W_LEX_ORG | W_LEX_PLACE)) !== 0) return false;
    const k = t.key(i);
    return k.length >= 6 && DEMONYM_ENDING.test(k) && !this.lower(t.hash[i]);
  }

  private singleWordKind(i: number): ActorKind | null {
    const t = this.tokens;
    const k = t.key(i);
    if (this.lower(t.hash[i])) return null;
    if (k.length > 3 && k.endsWith('s') && this.lower(hashWord(k.slice(0, -1)))) return null;
    if (t.has(i, F_HYPHEN) || t.has(i, F_DOTTED) || t.has(i, F_APOS)) return null;
    if (COMMON_NOUN_ENDING.test(k)) return null;
    if ((t.classes(i) & W_INSTITUTION) !== 0) return null;
    // `GitHub`, `LibriVox`: a capital inside the word marks a product or organisation
    // (`McDonnell`, `MacArthur` are names).
    const text = this.text;
    // `CDs`, `SDGs`, `IoT`: the plural of an acronym or an acronym with a small word inside
    // names a kind of thing.
    if (acronymShaped(text, t.start[i], t.end[i])) return null;
    // `install an AirBox`, `two SkyPods`: a thing counted is a product, no body.
    if (i > 0 && t.gap[i] === G_NONE && H_COUNTING_WORDS.has(t.hash[i - 1])) return null;
    const from = k.startsWith('mc') ? 3 : k.startsWith('mac') ? 4 : 1;
    for (let c = t.start[i] + from; c < t.end[i]; c++) if (kindOf(text.charCodeAt(c)) === K_UPPER) return 'organization';
    // Positive evidence for a person: a surname ending (`Gorbachev`, `Dostoyevsky`), a
    // leader's possessions (`the Bush administration`, `Obama’s adviser`, `Trump’s wife`).
    if (SURNAME_ENDING.test(k)) return 'person';
    // `Philonise, his brother,` / `his daughter, Gianna,`: kin set off by commas.
    if (i + 2 < t.n && t.gap[i + 1] === G_COMMA && t.gap[i + 2] === G_NONE && POSSESSIVE_DETERMINERS.has(t.key(i + 1)) && (KIN_NOUNS.has(t.key(i + 2)) || TITLES.has(t.key(i + 2)))) return 'person';
    if (i >= 2 && t.gap[i] === G_COMMA && t.gap[i - 1] === G_NONE && POSSESSIVE_DETERMINERS.has(t.key(i - 2)) && (KIN_NOUNS.has(t.key(i - 1)) || TITLES.has(t.key(i - 1)))) return 'person';
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
    // `call him The Lamplighter -- Lampy -- and`: another name of the person, set off by dashes.
    if (this.dashedAfterPerson(i)) return 'person';
    // `waves to Corin and all of the other people`: one of a kind of people.
    // Not an adjective (`Congressional and other leaders`).
    if (!ADJECTIVE_ENDING.test(k) && this.beforeOtherPeople(i)) return 'person';
    return null;
  }

  /**
   * `and` and other people follow the word at `i` (`Corin and the other leaders`, `Corin and
   * all of the other people`, `Corin and others`).
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
}

/** The singular of a plural title (`senators`, `congressmen`); the word itself when it is none. */
export function singularOf(k: string): string {
  if (k.length > 5 && k.endsWith('men')) return k.slice(0, -3) + 'man';
  return k.length > 4 && k.endsWith('s') ? k.slice(0, -1) : k;
}

/** Verbs that give a person a name (`call him`, `nicknamed her`). */
const H_NAMING_VERBS = hashSet(['call', 'calls', 'called', 'calling', 'nicknamed', 'dubbed', 'christened']);
const H_OBJECT_PRONOUNS = hashSet(['him', 'her', 'me', 'them', 'us', 'himself', 'herself', 'myself']);
/** Possessives before `name was` that belong to a person (`whose name was`, `his name is`). */
const H_NAME_OWNERS = hashSet(['whose', 'his', 'her', 'my', 'your']);
/** Participles that name the person noun before them (`a man named ...`). */
const H_NAMED = hashSet(['named', 'called', 'nicknamed', 'christened']);
/** Nouns of one person that `named` gives a name to (`a classmate named ...`, `a girl called ...`). */
const H_NAMED_PERSONS = hashSet(
  'man woman boy girl lad lass child kid baby fellow chap gentleman lady youth youngster maid maiden widow bachelor stranger friend classmate schoolmate playmate roommate cousin nephew niece brother sister son daughter uncle aunt husband wife servant farmer sailor soldier student pupil teacher clerk neighbour neighbor colleague partner'.split(' '),
);

/** Family words used as names (`Daddy said`, `asked Mamma`). */
const FAMILY_NAMES = new Set(['daddy', 'dad', 'mommy', 'mom', 'mum', 'mummy', 'mama', 'mamma', 'papa', 'grandma', 'grandpa', 'granny', 'grandmama', 'grandpapa']);

/** Words that end a role's field (`Secretary for Planning and Recovery`, `of Health`). */
export const H_ROLE_COMPLEMENTS = hashSet([
  ...TITLE_COMPLEMENTS,
  ...'response preparedness resilience recovery relief development services policy operations management planning technology research enforcement safety engagement outreach strategy resources readiness protection infrastructure communications affairs issues relations rights'.split(' '),
]);

/** An article or a number before a word: what follows is counted, a thing (`an Oscar`, `four Oscar wins`). */
const H_COUNTING_WORDS = hashSet(['a', 'an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many']);

/** Words that go on a description of a body after its noun (`a firm | that`, `a group | based in`). */
const BODY_CLAUSE_WORDS = new Set(['that', 'which', 'based', 'headquartered', 'founded', 'owned', 'run', 'known']);

/** Verbs that a body does, rarely a thing or a person (`the Sejm voted`, `the Politburo ruled`). */
const BODY_VERBS = new Set(['voted', 'ruled', 'decided', 'approved', 'rejected', 'announced', 'ordered', 'banned', 'condemned', 'imposed', 'sanctioned', 'vetoed', 'ratified', 'legislated', 'outlawed']);

/** Common nouns that speeches capitalise for weight (`the People`, `the Nation`): no organisation. */
const EMPHASIS_NOUNS = new Set(['people', 'nation', 'world', 'country', 'image', 'images', 'homeland']);

function isAllDigits(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!isDigit(text.charCodeAt(k))) return false;
  }
  return to > from;
}

/** Words that open a role held for a body (`a spokesperson for ...`). */
const ROLE_OPENERS = new Set(['a', 'an', 'the', 'one', 'another', 'its', 'their']);

/** `'s` written apart right after `at` (`Beaudelet 's`), as some corpora split words. */
function possessiveAfter(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && k - at < 2 && text.charCodeAt(k) === 32) k++;
  const c = text.charCodeAt(k);
  return (c === 0x27 || c === 0x2019) && text.charCodeAt(k + 1) === 115;
}

/**
 * text[s, e) is capitals and a final `s` (`CDs`, `SDGs`), or up to five letters that begin
 * and end with a capital and hold a small letter (`IoT`, `PoE`).
 */
function acronymShaped(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < 3) return false;
  let upper = 0;
  for (let c = s; c < e; c++) if (kindOf(text.charCodeAt(c)) === K_UPPER) upper++;
  if (text.charCodeAt(e - 1) === 115 && upper === n - 1) return true;
  return n <= 5 && upper < n && upper >= 2 && kindOf(text.charCodeAt(s)) === K_UPPER && kindOf(text.charCodeAt(e - 1)) === K_UPPER;
}

/** Endings of a people's adjective or language (`-ian`, `-ese`, `-ish`). */
const DEMONYM_ENDING = /(?:ian|ese|ish)$/;

/** Verbs by which a side wins or loses a match (`Manchester City beat Arsenal 3-1`). */
const MATCH_VERBS = new Set(['beat', 'defeated', 'drew', 'thrashed', 'routed', 'edged', 'trounced', 'lost', 'overcame', 'downed']);
