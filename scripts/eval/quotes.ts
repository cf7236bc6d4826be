/**
 * Quotations and their speakers, measured on LitBank's quotation annotations (fiction).
 *
 * Gold: each `*_brat.ann` lists QUOTE rows (sentence and token offsets, end token inclusive,
 * sentences = lines of the tokenised `*_brat.txt`, tokens split by single spaces) and ATTRIB
 * rows (quote -> speaker entity id such as `Winnie_Verloc-3`). Gold spans include the
 * quotation-mark tokens, as our quote spans include the marks.
 *
 * - Quote spans: our top-level direct quotes (scare quotes and nested quotes are not speech
 *   in LitBank's sense and are left out) against the gold spans, exact (same start and end)
 *   and lenient (overlap, each gold quote matched once).
 * - Attribution: over the gold quotes we found (lenient match), the share whose speaker we
 *   name right. Right means the actor's name or one of its aliases shares a name word with
 *   the gold entity id (`Winnie_Verloc-3` -> winnie, verloc), honorifics and articles set
 *   aside (`mr`, `mrs`, `the`, ...) unless the gold id has nothing else (`The_Queen-2` -> queen).
 *   A quote we leave without a speaker counts as wrong.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import type { Quote, TranscriptModel } from '../../server/src/analysis/model';
import { CORPUS, type EvalRow } from './report';
import { accuracy, scoreExact, scoreLenient, type SpanLike } from './score';

export interface GoldQuote extends SpanLike {
  readonly id: string;
  /** Gold speaker entity id, e.g. `Winnie_Verloc-3`; null when the file gives none. */
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

function nameWords(s: string): Set<string> {
  const all = s
    .toLowerCase()
    .replace(/-\d+$/, '')
    .split(/[^a-z\u00c0-\u024f]+/)
    .filter((w) => w.length > 0);
  const kept = all.filter((w) => !NAME_NOISE.has(w));
  return new Set(kept.length > 0 ? kept : all);
}

/** True when our actor's name or aliases share a name word with the gold entity id. */
export function sameSpeaker(model: TranscriptModel, actorId: string | null, goldId: string | null): boolean {
  if (actorId === null || goldId === null) return false;
  const actor = model.actors.find((a) => a.id === actorId);
  if (!actor) return false;
  const gold = nameWords(goldId);
  for (const form of [actor.name, ...actor.aliases]) {
    for (const w of nameWords(form)) if (gold.has(w)) return true;
  }
  return false;
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

export function evalQuotes(): EvalRow[] {
  const docs = readLitbankQuotes();
  if (docs.length === 0) return [];
  const gold: SpanLike[] = [];
  const pred: SpanLike[] = [];
  let found = 0;
  let right = 0;
  let goldCount = 0;
  for (const doc of docs) {
    const model = analyze(doc.text);
    const ours = predictedQuotes(model);
    for (const g of doc.gold) gold.push(g);
    for (const q of ours) pred.push({ start: q.start, end: q.end, key: doc.name });
    const matched = matchQuotes(doc.gold, ours);
    for (let i = 0; i < doc.gold.length; i++) {
      goldCount++;
      const q = matched[i];
      if (!q) continue;
      found++;
      if (sameSpeaker(model, q.speaker, doc.gold[i].speaker)) right++;
    }
  }
  const exact = scoreExact(gold, pred);
  const lenient = scoreLenient(gold, pred);
  return [
    { corpus: 'litbank-quotes', metric: 'quote spans (exact)', precision: exact.precision, recall: exact.recall, f1: exact.f1, n: gold.length },
    { corpus: 'litbank-quotes', metric: 'quote spans (lenient)', precision: lenient.precision, recall: lenient.recall, f1: lenient.f1, n: gold.length },
    { corpus: 'litbank-quotes', metric: 'attribution (quotes found)', accuracy: accuracy(right, found), n: found },
    { corpus: 'litbank-quotes', metric: 'attribution (all gold quotes)', accuracy: accuracy(right, goldCount), n: goldCount },
  ];
}
