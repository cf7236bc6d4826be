/**
 * The first tokens of a large file (its visible lines, answered before the whole document is
 * analysed: server/src/features/viewport.ts) against the tokens of the whole analysis for the
 * same lines: the share of the final tokens the first answer already gives, exactly.
 *
 * Documents: each corpus collection's files joined in order into documents of 200 KB, as a
 * long transcript or a day's briefings are; the first 60 lines of each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { scanLines, type LineIndex } from '../../server/src/analysis/text';
import { encodeRange } from '../../server/src/features/token-encoding';
import { viewportTokens } from '../../server/src/features/viewport';
import { filesUnder } from '../bench/steps';
import { CORPUS, type EvalRow } from './report';

const DOC_CHARS = 200 * 1024;
const VISIBLE_LINES = 60;
/** Documents per collection at most (the evaluation stays within a few seconds). */
const DOCS_PER_COLLECTION = 4;

/** Each collection's files joined into documents of about `DOC_CHARS`. */
function documents(): string[] {
  const out: string[] = [];
  for (const [dir, ext] of [['wh-briefings', '.md'], ['irancontra/txt', '.txt'], ['gum/text', '.txt'], ['litbank-quotes/tsv', '.txt']] as const) {
    let doc = '';
    let made = 0;
    for (const f of filesUnder(join(CORPUS, dir), ext)) {
      doc += readFileSync(f, 'utf8') + '\n\n';
      if (doc.length < DOC_CHARS) continue;
      out.push(doc);
      doc = '';
      if (++made >= DOCS_PER_COLLECTION) break;
    }
  }
  return out;
}

/** Encoded tokens as a set of `line:column:length:type:modifiers`. */
function tokenSet(data: readonly number[]): Set<string> {
  const out = new Set<string>();
  let line = 0;
  let ch = 0;
  for (let i = 0; i < data.length; i += 5) {
    ch = data[i] === 0 && i > 0 ? ch + data[i + 1] : data[i + 1];
    line += data[i];
    out.add(`${line}:${ch}:${data[i + 2]}:${data[i + 3]}:${data[i + 4]}`);
  }
  return out;
}

function visibleEnd(lines: LineIndex): number {
  return lines.starts[Math.min(VISIBLE_LINES, lines.starts.length - 1)];
}

export function evalViewport(): EvalRow[] {
  let final = 0;
  let given = 0;
  let same = 0;
  const docs = documents();
  for (const text of docs) {
    const first = viewportTokens(text, { line: 0, character: 0 }, { line: VISIBLE_LINES, character: 0 });
    if (first === null) continue;
    const lines = scanLines(text);
    const whole = tokenSet(encodeRange(analyze(text), lines, { start: 0, end: visibleEnd(lines) }));
    const early = tokenSet(first);
    let shared = 0;
    for (const t of whole) if (early.has(t)) shared++;
    final += whole.size;
    given += shared;
    if (shared === whole.size && early.size === whole.size) same++;
  }
  if (docs.length === 0) return [];
  return [
    { corpus: 'all (200 KB)', metric: "visible lines' first tokens among the final ones", accuracy: final === 0 ? 1 : given / final, n: final },
    { corpus: 'all (200 KB)', metric: "documents whose first tokens are the final ones", accuracy: same / docs.length, n: docs.length },
  ];
}
