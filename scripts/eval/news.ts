import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import type { Quote } from '../../server/src/analysis/model';
import { accuracy } from './score';
import type { EvalRow } from './report';

/**
 * The project's own hand-written news articles (test/fixtures/news, fictional people) with the
 * speaker of every top-level quote: an actor id, `scare` for words nobody said, or null with the
 * words that describe an unnamed speaker (`a senior administration official`). `open` marks answers the analysis does
 * not give yet; they count against the score. The articles were written while the rules were
 * being made, so the figure says more about regressions than about unseen news.
 */
export interface NewsGold {
  readonly quote: string;
  readonly speaker: string | null;
  readonly described: string | null;
  readonly open?: boolean;
}

export const NEWS_DIR = join('test', 'fixtures', 'news');

/** The gold's speaker for quoted words nobody said (a title, a label, a word talked about). */
export const SCARE = 'scare';

export function readNewsGold(dir = NEWS_DIR): Map<string, NewsGold[]> {
  const file = join(dir, 'gold.json');
  if (!existsSync(file)) return new Map();
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { files: Record<string, NewsGold[]> };
  return new Map(Object.entries(doc.files));
}

/** Our answer for one quote is the gold's: the same actor, no actor and the same description, or for `scare` words nobody said. */
export function sameAnswer(q: Quote, g: NewsGold): boolean {
  if (g.speaker === SCARE || q.kind === 'scare') return g.speaker === SCARE && q.kind === 'scare';
  if (q.speaker !== g.speaker) return false;
  if (g.speaker !== null) return true;
  return (q.described ?? '').toLowerCase() === (g.described ?? '').toLowerCase();
}

/** Per article: its top-level quotes paired with the gold, in order (the gold lists them by their first words). */
export function newsPairs(dir = NEWS_DIR): { file: string; quote: Quote | null; gold: NewsGold }[] {
  const out: { file: string; quote: Quote | null; gold: NewsGold }[] = [];
  for (const [file, gold] of readNewsGold(dir)) {
    const model = analyze(readFileSync(join(dir, file), 'utf8'));
    const quotes = model.quotes.filter((q) => q.depth === 0);
    for (const g of gold) {
      const q = quotes.find((x) => x.text.replace(/\s+/g, ' ').startsWith(g.quote)) ?? null;
      out.push({ file, quote: q, gold: g });
    }
  }
  return out;
}

export function evalNews(): EvalRow[] {
  const pairs = newsPairs();
  if (pairs.length === 0) return [];
  const right = pairs.filter((p) => p.quote !== null && sameAnswer(p.quote, p.gold)).length;
  return [{ corpus: 'news (own)', metric: 'quote speaker, named or described', accuracy: accuracy(right, pairs.length), n: pairs.length }];
}
