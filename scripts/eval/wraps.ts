/**
 * Names across line wraps: a hard-wrapped transcript must name the same actors as the same
 * text written with one line a paragraph.
 *
 * Each wh-briefings file is analysed as it is (wrapped at about 70 columns) and again with
 * every newline inside a paragraph replaced by a space. The two texts have the same length,
 * so the unwrapped text's mentions (span and actor kind) serve as the reference for the
 * wrapped text's. A newline is kept when it ends a paragraph (a blank line before or after
 * it), when the next line opens with a speaker label or a timecode of the wrapped text's
 * model, when either line is a markdown heading, and inside the front matter.
 *
 * Set TRANSCRIPT_LENS_EVAL_VERBOSE=wraps to print every disagreement.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import type { TranscriptModel } from '../../server/src/analysis/model';
import { CORPUS, type EvalRow } from './report';
import { scoreExact, sum, type Scored, type SpanLike } from './score';

const VERBOSE = (process.env.TRANSCRIPT_LENS_EVAL_VERBOSE ?? '').split(',').includes('wraps');

export function evalWraps(): EvalRow[] {
  const root = join(CORPUS, 'wh-briefings');
  if (!existsSync(root)) return [];
  const files = ['press-briefings', 'speeches-remarks'].flatMap((d) => listFiles(join(root, d)));
  const scores: Scored[] = [];
  let n = 0;
  for (const file of files) {
    const wrapped = readFileSync(file, 'utf8');
    const model = analyze(wrapped);
    const flat = unwrap(wrapped, model);
    const reference = analyze(flat);
    const gold = mentionsOf(reference);
    const pred = mentionsOf(model);
    n += gold.length;
    scores.push(scoreExact(gold, pred));
    if (VERBOSE) report(file, wrapped, gold, pred);
  }
  const s = sum(scores);
  return [{ corpus: 'wh-briefings', metric: 'names across line wraps', precision: s.precision, recall: s.recall, f1: s.f1, n }];
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f));
}

function mentionsOf(model: TranscriptModel): SpanLike[] {
  const kind = new Map(model.actors.map((a) => [a.id, a.kind]));
  return model.mentions.map((m) => ({ start: m.start, end: m.end, key: kind.get(m.actor) ?? '?' }));
}

/** The same text with every newline inside a paragraph replaced by a space. */
export function unwrap(text: string, model: TranscriptModel): string {
  const lineOpeners = new Set<number>();
  for (const s of model.speakers) lineOpeners.add(lineStart(text, s.timeSpan ? Math.min(s.start, s.timeSpan.start) : s.start));
  for (const t of model.timecodes) lineOpeners.add(lineStart(text, t.start));
  let bodyFrom = 0;
  if (text.startsWith('---\n')) {
    const close = text.indexOf('\n---\n', 3);
    if (close >= 0) bodyFrom = close + 5;
  }
  const out = text.split('');
  for (let i = bodyFrom; i < text.length; i++) {
    if (text[i] !== '\n') continue;
    const prevStart = lineStart(text, i);
    const next = i + 1;
    let nextEnd = text.indexOf('\n', next);
    if (nextEnd < 0) nextEnd = text.length;
    const prevLine = text.slice(prevStart, i);
    const nextLine = text.slice(next, nextEnd);
    if (prevLine.trim() === '' || nextLine.trim() === '') continue;
    if (lineOpeners.has(next)) continue;
    if (/^\s*#/.test(prevLine) || /^\s*#/.test(nextLine)) continue;
    if (prevLine.endsWith('\r')) continue;
    out[i] = ' ';
  }
  return out.join('');
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function report(file: string, text: string, gold: readonly SpanLike[], pred: readonly SpanLike[]): void {
  const key = (x: SpanLike) => `${x.start}|${x.end}|${x.key}`;
  const g = new Set(gold.map(key));
  const p = new Set(pred.map(key));
  const show = (x: SpanLike) => JSON.stringify(text.slice(x.start, x.end)) + ` ${x.key}  …${JSON.stringify(text.slice(Math.max(0, x.start - 30), x.end + 30))}`;
  const name = file.split('/').pop();
  for (const x of gold) if (!p.has(key(x))) console.error(`wraps miss  ${name}@${x.start}: ${show(x)}`);
  for (const x of pred) if (!g.has(key(x))) console.error(`wraps extra ${name}@${x.start}: ${show(x)}`);
}
