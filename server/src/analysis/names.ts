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
 * (`the director of Lumenhall`), groups (`Americans`), and a form of address passed as a role
 * without a span (`Mrs.` of `Mrs. Pell`).
 * Linear in the length of the text; no regular expression runs over the text.
 * The finder is built in layers: name-scan.ts (line scanner), name-guess.ts (kind guessing),
 * name-people.ts (people by their context), name-runs.ts (runs of capitals), this file (lines and labels).
 */
import type { ActorKind, SpeakerLabel, Span } from './model';
import type { NameCandidate } from './pipeline-types';
import { detach, type LineIndex } from './text';
import { NON_NAMES } from './lexicon-words';
import { ROLE_MODIFIERS, TITLES } from './lexicon-titles';
import { ORG_HEADS } from './lexicon-orgs';
import { FIRST_NAMES } from './lexicon-names';
import { LEX_PLACE_HEADS, LEX_NON_ACRONYMS, lexiconKind, isSignOffPlace, LEX_FIRST_WORDS, H_TITLES, H_FIRST_NAMES, isDroppable, lexiconKindFor, lexiconKindAt, headKind, W_TITLE, W_ROLE_MODIFIER, W_DEMONYM, W_STOP, W_NON_NAME, W_CALENDAR, W_LEX_PLACE, W_LEX_ORG, W_ORG_HEAD, W_PLACE_HEAD } from './name-kinds';
import { hashSet, F_CAP, F_LOWER, F_ALLCAPS, F_DIGIT, F_INITIAL, F_ABBR, F_POSS, F_HYPHEN, F_AMP, F_DOTTED, F_CUT, G_NONE, G_COMMA, tokenize, M_PROSE, M_HEADLINE, M_CAPS, lineMode } from './name-tokens';
import { softWrap } from './name-wraps';
import { readLabelName, isLadyTitle, titleCase } from './name-roles';
import { type Draft } from './name-scan';
import { NameRuns, H_OF, H_THE } from './name-runs';

export { titleCase } from './name-roles';

class Finder extends NameRuns {
  // -- prose lines ------------------------------------------------------------------
  prose(): void {
    const t = this.tokens;
    this.pending = null;
    if (this.appositives.length !== 0) this.appositives.length = 0;
    this.listEnd = -1;
    this.invertedEnd = -1;
    this.mixedLine = t.lowers >= 3;
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
        if (nx >= t.n || t.gap[nx] !== G_NONE) break;
        if (t.has(b, F_POSS)) {
          // `St. Mary's Hospital`, `People's Republic of China`, `the District Attorney's
          // Office`: a possessive inside the name of a body, before its head word.
          if (!t.isCap(nx) || t.has(nx, F_POSS) || !t.in(H_POSSESSIVE_HEADS, nx)) break;
          b = nx;
          continue;
        }
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
      // `the Coastal Renew- — Coastal Renewal Act`, `the Ministry of Fish- — of
      // Transport`: words that run into a word cut off are a false start, said again
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
    this.listedWithOrganisations();
  }

  /**
   * `The Harbour Times, Quillet, Marrow and Tidewell Radio`, `the latest Quillet / Marrow
   * poll`: a name of no kind listed next to an organisation is an organisation too. The list
   * is marked on both sides of the name (a comma, `, and`, `, or`, a slash, the sentence's
   * end), or by a slash between the two; not `With Tidewell, Quillet said` (one comma),
   * nor an acronym of the name before it (`Open Shelf Books, OSB,`). Passes forwards and
   * backwards, so the kind runs along the whole list; a given name first keeps its name of no
   * kind (`Jo Varga`).
   */
  private listedWithOrganisations(): void {
    const d = this.drafts;
    const from = this.lineDrafts;
    if (d.length - from < 2) return;
    let org = false;
    let none = false;
    for (let i = from; i < d.length; i++) {
      if (d[i].kind === 'organization') org = true;
      else if (d[i].kind === null && d[i].role === null && d[i].label < 0) none = true;
    }
    if (!org || !none) return;
    const text = this.text;
    // The line's drafts in text order: as they are when they are (most lines), else sorted.
    let sorted = true;
    for (let i = from + 1; i < d.length && sorted; i++) if (compareDrafts(d[i - 1], d[i]) > 0) sorted = false;
    const order = sorted ? d : d.slice(from).sort(compareDrafts);
    const lo = sorted ? from : 0;
    const hi = order.length;
    for (let pass = 0; pass < 2; pass++) {
      for (let k = lo; k < hi; k++) {
        const i = pass === 0 ? k : hi - 1 + lo - k;
        const x = order[i];
        if (x.kind !== null || x.role !== null || x.label >= 0 || x.end <= x.start) continue;
        const prev = i > lo ? order[i - 1] : null;
        const next = i + 1 < hi ? order[i + 1] : null;
        if ((prev === null || prev.kind !== 'organization') && (next === null || next.kind !== 'organization')) continue;
        if (FIRST_NAMES.has(firstWord(text, x.start, x.end))) continue;
        if (prev !== null && acronymOf(text, x, prev)) continue;
        const before = prev !== null && listGap(text, prev.end, x.start) ? text.charCodeAt(x.start - 2) : -1;
        const after = next !== null && listGap(text, x.end, next.start) ? text.charCodeAt(x.end + 1) : listEndAt(text, x.end) ? 46 : -1;
        // A slash between the two, or list marks on both sides.
        const byPrev = prev !== null && prev.kind === 'organization' && before >= 0 && (before === 47 || after >= 0);
        const byNext = next !== null && next.kind === 'organization' && after >= 0 && after !== 46 && (after === 47 || before >= 0);
        if (byPrev || byNext) x.kind = 'organization';
      }
    }
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
    // `By Jonah Albrecht`: a byline names its writer.
    const by = this.byline();
    if (by > 0) {
      this.drafts.push({ start: t.start[1], end: t.end[by], kind: 'person', role: null, roleSpan: null, label: -1 });
      i = by + 1;
    }
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
        let m = n + 1 < t.n && t.gap[n + 1] === G_NONE && t.isCap(n + 1) && t.has(n + 1, F_POSS) && !t.in(H_TITLES, n + 1) ? n + 1 : n;
        // A given name and a surname set off by a comma or a bracket (`Councillor Rajesh Kapoor (Vice-Chair),`).
        if (m === n && n + 1 < t.n && t.gap[n + 1] === G_NONE && t.isCap(n + 1) && (n + 2 >= t.n || t.gap[n + 2] !== G_NONE) && !t.has(n, F_POSS) && !t.has(n + 1, F_ALLCAPS | F_INITIAL) && !t.in(H_TITLES, n + 1) && !isDroppable(t, n + 1) && lexiconKindAt(t, n, n + 1) === null && headKind(t, n, n + 1) === null) m = n + 1;
        if (n < t.n && t.gap[n] === G_NONE && t.isCap(n) && !t.has(e, F_POSS) && !t.in(H_TITLES, n) && !t.has(n, F_ALLCAPS | F_INITIAL) && !isDroppable(t, n) && lexiconKindFor(t, n, n, t.key(n)) === null && (m + 1 >= t.n || t.gap[m + 1] !== G_NONE || !t.isCap(m + 1) || t.has(m, F_POSS))) {
          // `Prime | Minister`, `Vice | President`: modifiers of the title before it.
          let r = i;
          while (r > 0 && t.gap[r] === G_NONE && t.isCap(r - 1) && ROLE_MODIFIERS.has(t.key(r - 1))) r--;
          // `Councillor Margaret Doyle (Chair)`: the office in brackets is the role the person is known by.
          const office = this.bracketOffice(m);
          const roleSpan = office ?? { start: t.start[r], end: t.end[e] };
          this.drafts.push({ start: t.start[n], end: t.end[m], kind: 'person', role: this.text.slice(roleSpan.start, roleSpan.end), roleSpan, label: -1 });
          i = m + 1;
          if (office !== null) while (i < t.n && t.start[i] < office.end) i++;
          continue;
        }
      }
      // `Ines M. Halloran Press Briefing Room`: a name that goes on to a place's or an
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
      // `Lancaster House, London, 12 May`: a word and a head word, alone between commas or
      // line ends, name a place or a body.
      if (i + 1 < t.n && t.gap[i + 1] === G_NONE && t.isCap(i + 1) && !t.has(i, F_ALLCAPS | F_POSS) && !t.has(i + 1, F_ALLCAPS) && (i + 2 >= t.n || t.gap[i + 2] !== G_NONE) && (i === 0 || t.gap[i] !== G_NONE)) {
        const head = headKind(t, i, i + 1);
        if (head !== null && !t.in(H_TITLES, i) && !t.in(H_FIRST_NAMES, i) && lexiconKindAt(t, i, i + 1) === null) {
          this.drafts.push({ start: t.start[i], end: t.end[i + 1], kind: head, role: null, roleSpan: null, label: -1 });
          i += 2;
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

  /**
   * The last token of the name in a byline (`By Jonah Albrecht`, `By Ana Holt and ...`): `By`, then
   * two or three capitalised words in mixed case, none a title, a function or a lexicon word, then
   * the line's end, a comma or `and`. 0 when the line is no byline.
   */
  private byline(): number {
    const t = this.tokens;
    if (t.n < 3 || t.key(0) !== 'by' || t.has(0, F_LOWER | F_ALLCAPS)) return 0;
    let e = 1;
    while (e + 1 < t.n && e < 3 && t.gap[e + 1] === G_NONE && t.isCap(e + 1)) e++;
    if (e < 2) return 0;
    if (e + 1 < t.n && t.gap[e + 1] === G_NONE && t.key(e + 1) !== 'and') return 0;
    for (let x = 1; x <= e; x++) {
      if (!t.isCap(x) || t.has(x, F_ALLCAPS | F_POSS) || isDroppable(t, x) || t.in(H_TITLES, x) || t.end[x] - t.start[x] < 2) return 0;
    }
    if (lexiconKindAt(t, 1, e) !== null || headKind(t, 1, e) !== null) return 0;
    return e;
  }

  // -- capitals-only lines: the people a briefing or remarks are by --------------------------
  /**
   * `BRIEFING BY PRESS SECRETARY NORA HALVORSEN`, `REMARKS BY THE VICE PRESIDENT AND SENATOR
   * ANA HOLT`: after `BY`, a title and then two or three words up to `AND`, a comma or the
   * line's end. Capitals tell no name from other words, so the name has no kind: it counts
   * only when the text names that person elsewhere (the speaker label `MS. HALVORSEN:`), and
   * then brings the given name and the title.
   */
  capsBy(): void {
    const t = this.tokens;
    let i = 0;
    while (i < t.n && !(t.key(i) === 'by' && t.has(i, F_ALLCAPS))) i++;
    i++;
    while (i < t.n) {
      if (t.gap[i] !== G_NONE && t.gap[i] !== G_COMMA) return;
      if (t.key(i) === 'the') i++;
      const ts = i;
      let te = -1;
      while (i < t.n && (i === ts || t.gap[i] === G_NONE) && (t.classes(i) & (W_TITLE | W_ROLE_MODIFIER | W_DEMONYM)) !== 0) {
        if ((t.classes(i) & W_TITLE) !== 0) te = i;
        i++;
      }
      if (te < 0) return;
      i = te + 1;
      const ns = i;
      while (i < t.n && i < ns + 3 && t.gap[i] === G_NONE && t.has(i, F_ALLCAPS) && !t.has(i, F_POSS | F_DOTTED | F_AMP | F_DIGIT) && t.key(i) !== 'and' && (t.classes(i) & (W_STOP | W_TITLE | W_NON_NAME | W_CALENDAR | W_LEX_PLACE | W_LEX_ORG | W_ORG_HEAD | W_PLACE_HEAD)) === 0) i++;
      if (i - ns >= 2 && (i >= t.n || t.gap[i] !== G_NONE || t.key(i) === 'and')) {
        const role = titleCase(this.text.slice(t.start[ts], t.end[te]));
        this.drafts.push({ start: t.start[ns], end: t.end[i - 1], kind: null, role, roleSpan: { start: t.start[ts], end: t.end[te] }, label: -1 });
      }
      if (i < t.n && t.gap[i] === G_COMMA) continue;
      if (i >= t.n || t.gap[i] !== G_NONE || t.key(i) !== 'and') return;
      i++;
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
      // Kept across edits: a copy, not a cut of the text that would keep the text alive.
      const key = detach(written);
      r = readLabelName(key);
      if (this.labelMemo.size < 10_000) this.labelMemo.set(key, r);
    }
    if (r === null) return;
    let role = s.role;
    // A copy: the analyser moves the label's spans in place when its block moves, not the names read from it.
    let roleSpan = s.roleSpan === null ? null : { start: s.roleSpan.start, end: s.roleSpan.end };
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
    // A reporter's sign-off place (`NORA VANCE VIENNA`) is a mention of that place.
    const rs = s.roleSpan;
    if (rs !== null && rs.start >= ns.end && rs.end <= text.length && isSignOffPlace(s.role)) {
      this.drafts.push({ start: rs.start, end: rs.end, kind: 'place', role: null, roleSpan: null, label: -1 });
    }
  }
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
    else if (mode === M_CAPS) f.capsBy();
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
    const name = nameAt(text, d.start, d.end);
    // A form of address travels as a role without a span: the actors step reads it (`Mr.`
    // and `Mrs.` are two people) and lists no role for it.
    const role = d.role === null ? (d.honorific ?? null) : spaced(d.role);
    out.push({
      start: d.start,
      end: d.end,
      text: name,
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

/**
 * Names as read, one string for each: names repeat, and a name read again is found by a hash
 * of its characters and checked against them, with no slice of the text made. The strings
 * are the text's characters copied (never a slice of it), so names kept across edits keep no
 * version of the text alive; the same string object for a name also spares the actors step
 * hashing it again in its tables. One slot per hash, a later name taking an earlier one's.
 */
const NAME_STRINGS: string[] = new Array<string>(1 << 15).fill('');

/** The name text[s, e) as read: a written-out no-break space (`Jill\\_Biden`) as a space. */
function nameAt(text: string, s: number, e: number): string {
  const n = e - s;
  if (n <= 0) return '';
  // A hash of the length and four characters picks the slot; the characters are compared in full.
  const h = Math.imul(n ^ (text.charCodeAt(s) << 8) ^ (text.charCodeAt(s + (n >> 1)) << 16) ^ (text.charCodeAt(e - 1) << 4) ^ (text.charCodeAt(s + 1) << 12), 0x9e3779b1);
  const slot = h >>> 17;
  const known = NAME_STRINGS[slot];
  if (known.length === n) {
    let i = 0;
    while (i < n && known.charCodeAt(i) === text.charCodeAt(s + i)) i++;
    if (i === n) return known;
  }
  const written = text.slice(s, e);
  if (written.indexOf('\\_') >= 0) return kept(spaced(written));
  const name = detach(written);
  NAME_STRINGS[slot] = name;
  return name;
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

/** The first word of text[s, e), in lower case. */
function firstWord(text: string, s: number, e: number): string {
  let i = s;
  while (i < e && text.charCodeAt(i) !== 32) i++;
  return text.slice(s, i).toLowerCase();
}

/** text[s, e) separates two items of a list: `, `, `, and `, `, or ` or ` / `. */
function listGap(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < 2 || n > 6) return false;
  const gap = text.slice(s, e);
  return gap === ', ' || gap === ', and ' || gap === ', or ' || gap === ' / ';
}

/** A list's last item ends at `e`: a period, semicolon or closing bracket and then a space or the end. */
function listEndAt(text: string, e: number): boolean {
  const c = text.charCodeAt(e);
  if (c !== 46 && c !== 59 && c !== 41) return false;
  const n = text.charCodeAt(e + 1);
  return e + 1 >= text.length || n === 32 || n === 10 || n === 13;
}

/** Draft `x` is an acronym in capitals of the name `prev` right before it (`Open Shelf Books, OSB`). */
function acronymOf(text: string, x: Draft, prev: Draft): boolean {
  const n = x.end - x.start;
  if (n < 2 || n > 8) return false;
  let k = 0;
  for (let i = prev.start; i < prev.end; i++) {
    if (i !== prev.start && text.charCodeAt(i - 1) !== 32) continue;
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    if (k >= n || text.charCodeAt(x.start + k) !== c) return false;
    k++;
  }
  return k === n;
}

/** Heads of bodies and buildings named with a possessive before them (`St. Mary's Hospital`). */
const H_POSSESSIVE_HEADS = hashSet(['hospital', 'college', 'school', 'church', 'cathedral', 'chapel', 'university', 'academy', 'infirmary', 'clinic', 'party', 'republic', 'office', 'army', 'league']);
