/**
 * Quotations and their speakers, measured on LitBank's quotation annotations (fiction).
 *
 * Gold: each `*_brat.ann` lists QUOTE rows (sentence and token offsets, end token inclusive,
 * sentences = lines of the tokenised `*_brat.txt`, tokens split by single spaces) and ATTRIB
 * rows (quote -> speaker entity id such as `Anna_Lind-3`). Gold spans include the
 * quotation-mark tokens, as our quote spans include the marks.
 *
 * - Quote spans: our top-level direct quotes (scare quotes and nested quotes are not speech
 *   in LitBank's sense and are left out) against the gold spans, exact (same start and end)
 *   and lenient (overlap, each gold quote matched once).
 * - Attribution: over the gold quotes we found (lenient match), the share whose speaker we
 *   name right. Right means the actor's name or one of its aliases shares a name word with
 *   the gold entity id (`Anna_Lind-3` -> anna, lind), honorifics and articles set
 *   aside (`mr`, `mrs`, `the`, ...) unless the gold id has nothing else (`The_Queen-2` -> queen),
 *   a long word of the id misspelt by one letter still counting (see sameWord),
 *   and the two do not contradict each other: honorifics of the other sex (`Mr_Varden` is not
 *   `Mrs. Varden`) or two different first names before the surname (`Anna_Lind` is not
 *   `John Lind`) make it wrong. A quote we leave without a speaker counts as wrong.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import type { Quote, TranscriptModel } from '../../server/src/analysis/model';
import { CORPUS, type EvalRow } from './report';
import { accuracy, scoreExact, scoreLenient, type SpanLike } from './score';

export interface GoldQuote extends SpanLike {
  readonly id: string;
  /** Gold speaker entity id, e.g. `Anna_Lind-3`; null when the file gives none. */
  readonly speaker: string | null;
}

export interface LitbankDoc {
  readonly name: string;
  readonly text: string;
  readonly gold: GoldQuote[];
}

/** Reads every annotated excerpt; an empty list when the corpus is absent. */
export function readLitbankQuotes(dir = join(CORPUS, 'litbank-quotes', 'tsv')): LitbankDoc[] {
  if (!existsSync(dir)) return [];
  const docs: LitbankDoc[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('_brat.txt')) continue;
    const name = f.slice(0, -'_brat.txt'.length);
    const text = readFileSync(join(dir, f), 'utf8');
    const annPath = join(dir, `${name}_brat.ann`);
    const ann = existsSync(annPath) ? readFileSync(annPath, 'utf8') : '';
    docs.push({ name, text, gold: goldSpans(name, text, ann) });
  }
  return docs;
}

/** Converts sentence/token offsets to character spans of the text. */
export function goldSpans(name: string, text: string, ann: string): GoldQuote[] {
  // Offsets of every token of every line.
  const tokenStarts: number[][] = [];
  const tokenEnds: number[][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const s: number[] = [];
    const e: number[] = [];
    let at = lineStart;
    for (const tok of line.split(' ')) {
      s.push(at);
      e.push(at + tok.length);
      at += tok.length + 1;
    }
    tokenStarts.push(s);
    tokenEnds.push(e);
    lineStart += line.length + 1;
  }
  const spans = new Map<string, { start: number; end: number }>();
  const speakers = new Map<string, string>();
  for (const row of ann.split('\n')) {
    const p = row.split('\t');
    if (p[0] === 'QUOTE' && p.length >= 6) {
      const [ss, st, es, et] = [Number(p[2]), Number(p[3]), Number(p[4]), Number(p[5])];
      const start = tokenStarts[ss]?.[st];
      const end = tokenEnds[es]?.[et];
      if (start !== undefined && end !== undefined) spans.set(p[1], { start, end });
    } else if (p[0] === 'ATTRIB' && p.length >= 3) {
      speakers.set(p[1], p[2]);
    }
  }
  const out: GoldQuote[] = [];
  for (const [id, s] of spans) out.push({ id, start: s.start, end: s.end, key: name, speaker: speakers.get(id) ?? null });
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Our quotes that LitBank would count: top-level direct speech. */
export function predictedQuotes(model: TranscriptModel): Quote[] {
  return model.quotes.filter((q) => q.depth === 0 && q.kind === 'direct');
}

const NAME_NOISE = new Set(['mr', 'mrs', 'miss', 'ms', 'dr', 'sir', 'lady', 'lord', 'the', 'of', 'a', 'an', 'mister', 'madam', 'madame', 'de', 'la', 'le', 'von', 'van']);
const MALE = new Set(['mr', 'mister', 'sir', 'lord']);
const FEMALE = new Set(['mrs', 'miss', 'ms', 'madam', 'madame', 'lady']);

interface NameWords {
  /** Name words, honorifics and articles set aside (all words when nothing else is left). */
  readonly words: readonly string[];
  /** 'm' or 'f' from an honorific, else null. */
  readonly sex: 'm' | 'f' | null;
}

export function nameWords(s: string): NameWords {
  const all = s
    .toLowerCase()
    .replace(/-\d+$/, '')
    .split(/[^a-z\u00c0-\u024f]+/)
    .filter((w) => w.length > 0);
  const kept = all.filter((w) => !NAME_NOISE.has(w));
  const sex = all.some((w) => MALE.has(w)) ? 'm' : all.some((w) => FEMALE.has(w)) ? 'f' : null;
  return { words: kept.length > 0 ? kept : all, sex };
}

/**
 * True when the two names share a name word and do not contradict each other: not when their
 * honorifics differ in sex (`Mr_Varden` vs `Mrs. Varden`), nor when both give a first name
 * before the shared surname and the first names differ (`Anna_Lind` vs `John Lind`).
 */
export function sameName(gold: NameWords, ours: NameWords): boolean {
  const oursShared = ours.words.filter((w) => gold.words.some((g) => sameWord(g, w)));
  if (oursShared.length === 0) return false;
  if (gold.sex !== null && ours.sex !== null && gold.sex !== ours.sex) return false;
  const g0 = gold.words[0];
  const o0 = ours.words[0];
  const g0Shared = ours.words.some((w) => sameWord(g0, w));
  if (gold.words.length >= 2 && ours.words.length >= 2 && !g0Shared && !oursShared.includes(o0) && !sameWord(g0, o0)) return false;
  return true;
}

/**
 * Two name words are the same when equal, or when a long gold word is the text's word with
 * one letter changed (`katherine` in an id for the `Katharine` of the text): seven letters or
 * more, the same length, the same first three letters and one letter apart. Gold ids are
 * typed by hand; shorter words are compared exactly, since `Marion`/`Marian` may be two people.
 */
export function sameWord(gold: string, ours: string): boolean {
  if (gold === ours) return true;
  if (gold.length < 7 || gold.length !== ours.length || gold.slice(0, 3) !== ours.slice(0, 3)) return false;
  let diff = 0;
  for (let i = 3; i < gold.length; i++) if (gold[i] !== ours[i] && ++diff > 1) return false;
  return true;
}

/** True when our actor's name or one of its aliases names the gold entity (see sameName). */
export function sameSpeaker(model: TranscriptModel, actorId: string | null, goldId: string | null): boolean {
  if (actorId === null || goldId === null) return false;
  const actor = model.actors.find((a) => a.id === actorId);
  if (!actor) return false;
  const gold = nameWords(goldId);
  const forms = [actor.name, ...actor.aliases].map(nameWords);
  // An honorific on any form is the actor's (`Varden` as an alias of `Mrs. Varden`).
  const sex = forms.find((f) => f.sex !== null)?.sex ?? null;
  for (const f of forms) if (sameName(gold, { words: f.words, sex: f.sex ?? sex })) return true;
  return false;
}

/**
 * True when our quote names the gold speaker (`sameSpeaker`), or, leaving it unnamed, describes
 * it in words the gold id shares (`a_small_boy-13` / `the boy`; `I-8` / `I (the narrator)`).
 */
export function sameSpeakerOrDescribed(model: TranscriptModel, q: Quote, goldId: string | null): boolean {
  if (q.speaker !== null) return sameSpeaker(model, q.speaker, goldId);
  if (q.described === null || goldId === null) return false;
  return sameName(nameWords(goldId), nameWords(q.described));
}

/** Pairs each gold quote with the first not yet used prediction that overlaps it. */
export function matchQuotes(gold: readonly GoldQuote[], pred: readonly Quote[]): (Quote | null)[] {
  const used = new Uint8Array(pred.length);
  const out: (Quote | null)[] = [];
  let from = 0;
  for (const g of gold) {
    while (from < pred.length && pred[from].end <= g.start) from++;
    let hit: Quote | null = null;
    for (let k = from; k < pred.length && pred[k].start < g.end; k++) {
      if (!used[k] && pred[k].end > g.start) {
        used[k] = 1;
        hit = pred[k];
        break;
      }
    }
    out.push(hit);
  }
  return out;
}

/**
 * `EVAL_QUOTE_ERRORS=1` lists on stderr every gold quote we attribute wrongly, with its class,
 * the gold speaker, ours, how we got it and the words before and after; then a count per class.
 * `EVAL_QUOTE_ERRORS=all` lists the right ones too. Classes:
 * - `unnamed`: the gold speaker's name is written nowhere in the text (`a_girl-13`, `I-2`);
 * - `missed`: we found no quote there;
 * - `no actor`: the name is in the text but no actor of ours carries it;
 * - `narrator I`: the quote's cue names the narrator (`I said`), whom we could not name;
 * - `described`: we name no one but describe the speaker in the gold's words (`the boy`);
 * - `none`: we left the quote without a speaker;
 * - `wrong <via>`: we named someone else, by a cue, a pronoun, a carry-over...
 */
const quoteErrors: string | null = process.env.EVAL_QUOTE_ERRORS ?? null;

/**
 * True when one of the gold id's name words is written as a proper name somewhere in the text:
 * capitalised in the middle of a sentence, or capitalised and never written in lower case.
 */
function namedInText(text: string, goldId: string): boolean {
  for (const w of nameWords(goldId).words) {
    if (w.length < 2) continue;
    const cap = w[0].toUpperCase() + w.slice(1);
    const re = new RegExp(`(?<![A-Za-z])(?:${cap}|${w.toUpperCase()})(?![a-z])`, 'g');
    let seen = false;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      seen = true;
      let k = m.index - 1;
      while (k >= 0 && text[k] === ' ') k--;
      if (k >= 0 && !'.!?“”"‘’\':;—(\n'.includes(text[k])) return true;
    }
    if (seen && !new RegExp(`(?<![A-Za-z])${w}(?![a-z])`).test(text)) return true;
  }
  return false;
}

function errorClass(doc: LitbankDoc, model: TranscriptModel, g: GoldQuote, q: Quote | null): string {
  if (q && sameSpeaker(model, q.speaker, g.speaker)) return 'right';
  if (q && sameSpeakerOrDescribed(model, q, g.speaker)) return 'described';
  if (g.speaker === null || !namedInText(doc.text, g.speaker)) return 'unnamed';
  if (!q) return 'missed';
  if (!model.actors.some((a) => sameSpeaker(model, a.id, g.speaker))) return 'no actor';
  if (q.speakerSpan && doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) === 'I') return 'narrator I';
  if (q.speaker === null) return 'none';
  return `wrong ${q.via}`;
}

function listQuoteErrors(doc: LitbankDoc, model: TranscriptModel, matched: readonly (Quote | null)[], counts: Map<string, number>): void {
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  for (let i = 0; i < doc.gold.length; i++) {
    const g = doc.gold[i];
    const q = matched[i];
    const cls = errorClass(doc, model, g, q);
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    if ((cls === 'right' || cls === 'described') && quoteErrors !== 'all') continue;
    const ours = q?.speaker ? model.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker : '-';
    const inner = doc.text.slice(g.start, g.end);
    const shown = inner.length > 90 ? inner.slice(0, 60) + ' … ' + inner.slice(-25) : inner;
    process.stderr.write(
      `${doc.name} [${cls}] gold=${g.speaker} ours=${ours}${q?.described ? ` (${q.described})` : ''}${q?.via ? ` via=${q.via}` : ''}${q?.cue ? ` cue=${q.cue}` : ''}\n` +
        `    ${flat(doc.text.slice(Math.max(0, g.start - 160), g.start))} [[${flat(shown)}]] ${flat(doc.text.slice(g.end, g.end + 70))}\n`,
    );
  }
}

export function evalQuotes(): EvalRow[] {
  const docs = readLitbankQuotes();
  if (docs.length === 0) return [];
  const gold: SpanLike[] = [];
  const pred: SpanLike[] = [];
  let found = 0;
  let right = 0;
  let rightDescribed = 0;
  let goldCount = 0;
  const counts = new Map<string, number>();
  for (const doc of docs) {
    const model = analyze(doc.text);
    const ours = predictedQuotes(model);
    for (const g of doc.gold) gold.push(g);
    for (const q of ours) pred.push({ start: q.start, end: q.end, key: doc.name });
    const matched = matchQuotes(doc.gold, ours);
    if (quoteErrors) listQuoteErrors(doc, model, matched, counts);
    for (let i = 0; i < doc.gold.length; i++) {
      goldCount++;
      const q = matched[i];
      if (!q) continue;
      found++;
      if (sameSpeaker(model, q.speaker, doc.gold[i].speaker)) right++;
      if (sameSpeakerOrDescribed(model, q, doc.gold[i].speaker)) rightDescribed++;
    }
  }
  if (quoteErrors) {
    const list = [...counts].sort((a, b) => b[1] - a[1]);
    process.stderr.write(`quote attribution by class: ${list.map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  }
  const exact = scoreExact(gold, pred);
  const lenient = scoreLenient(gold, pred);
  return [
    { corpus: 'litbank-quotes', metric: 'quote spans (exact)', precision: exact.precision, recall: exact.recall, f1: exact.f1, n: gold.length },
    { corpus: 'litbank-quotes', metric: 'quote spans (lenient)', precision: lenient.precision, recall: lenient.recall, f1: lenient.f1, n: gold.length },
    { corpus: 'litbank-quotes', metric: 'attribution (quotes found)', accuracy: accuracy(right, found), n: found },
    { corpus: 'litbank-quotes', metric: 'attribution (all gold quotes)', accuracy: accuracy(right, goldCount), n: goldCount },
    { corpus: 'litbank-quotes', metric: 'attribution, named or described (found)', accuracy: accuracy(rightDescribed, found), n: found },
    { corpus: 'litbank-quotes', metric: 'attribution, named or described (all)', accuracy: accuracy(rightDescribed, goldCount), n: goldCount },
  ];
}
