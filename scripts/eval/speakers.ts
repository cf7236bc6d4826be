/**
 * Speaker labels against the labels each corpus's own layout implies.
 *
 * wh-briefings and irancontra carry no separate gold: their speaker lines follow a strict
 * house convention, written out below as deliberately simple extractors that share no
 * code with the analyser. gum's plain texts (one sentence a line) carry almost no labels:
 * interview turns are marked only in the annotation (`# speaker = X` per sentence), and
 * only a few speeches keep a `THE PRESIDENT:` line. There the check is that every label
 * found stands where the annotated speaker changes, and that the turns it opens give the
 * right speaker to each sentence.
 *
 * Set TRANSCRIPT_LENS_EVAL_VERBOSE=speakers to print every disagreement.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { findSpeakers } from '../../server/src/analysis/speakers';
import { scanLines } from '../../server/src/analysis/text';
import type { EvalRow } from './report';
import { CORPUS } from './report';
import { accuracy, scoreExact, sum, type Scored, type SpanLike } from './score';

interface GoldLabel extends SpanLike {
  readonly name: string;
}

const VERBOSE = (process.env.TRANSCRIPT_LENS_EVAL_VERBOSE ?? '').split(',').includes('speakers');

export function evalSpeakers(): EvalRow[] {
  const rows: EvalRow[] = [];
  const wh = join(CORPUS, 'wh-briefings');
  if (existsSync(wh)) {
    const files = ['press-briefings', 'speeches-remarks'].flatMap((d) => listFiles(join(wh, d), '.md'));
    rows.push(...compare('wh-briefings', files, (t) => blankFrontMatter(t), whGold));
  }
  const ic = join(CORPUS, 'irancontra', 'txt');
  if (existsSync(ic)) rows.push(...compare('irancontra', listFiles(ic, '.txt'), (t) => t, hearingGold));
  const gum = join(CORPUS, 'gum');
  if (existsSync(join(gum, 'text'))) rows.push(...gumTurns(gum));
  return rows;
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** Label P/R/F1 (same start and same name end) and name accuracy over the found gold labels. */
function compare(corpus: string, files: readonly string[], prepare: (t: string) => string, gold: (t: string) => GoldLabel[]): EvalRow[] {
  const scores: Scored[] = [];
  let found = 0;
  let sameName = 0;
  let goldCount = 0;
  for (const file of files) {
    const text = prepare(readFileSync(file, 'utf8'));
    const g = gold(text).map((x) => ({ ...x, key: file }));
    const pred = findSpeakers(text, scanLines(text));
    const p = pred.map((s) => ({ start: s.start, end: s.nameSpan.end, key: file, name: s.name }));
    scores.push(scoreExact(g, p));
    goldCount += g.length;
    const byStart = new Map(p.map((x) => [x.start, x]));
    for (const x of g) {
      const hit = byStart.get(x.start);
      if (!hit) continue;
      found++;
      if (hit.name === x.name) sameName++;
      else if (VERBOSE) console.error(`${corpus} name  ${file}@${x.start}: gold ${JSON.stringify(x.name)} got ${JSON.stringify(hit.name)}`);
    }
    if (VERBOSE) reportDisagreements(corpus, file, text, g, p);
  }
  const s = sum(scores);
  return [
    { corpus, metric: 'speaker labels', precision: s.precision, recall: s.recall, f1: s.f1, n: goldCount },
    { corpus, metric: 'speaker names', accuracy: accuracy(sameName, found), n: found },
  ];
}

function reportDisagreements(corpus: string, file: string, text: string, gold: readonly SpanLike[], pred: readonly SpanLike[]): void {
  const g = new Set(gold.map((x) => `${x.start}|${x.end}`));
  const p = new Set(pred.map((x) => `${x.start}|${x.end}`));
  const line = (at: number) => text.slice(at, Math.min(text.length, at + 70)).split('\n')[0];
  for (const x of gold) if (!p.has(`${x.start}|${x.end}`)) console.error(`${corpus} miss  ${file}@${x.start}: ${line(x.start)}`);
  for (const x of pred) if (!g.has(`${x.start}|${x.end}`)) console.error(`${corpus} extra ${file}@${x.start}: ${line(x.start)}`);
}

/** Speaker of each sentence (1-based sentence number -> speaker or null) from a .conllu file. */
function conlluSpeakers(text: string): (string | null)[] {
  const out: (string | null)[] = [null];
  for (const line of text.split('\n')) {
    if (line.startsWith('# sent_id')) out.push(null);
    else if (line.startsWith('# speaker = ')) out[out.length - 1] = line.slice(12).trim();
  }
  return out;
}

/**
 * gum: line i of text/<doc>.txt is sentence i+1 of conllu/<doc>.conllu. A label is right
 * when the first annotated sentence on or after its line has a new speaker. Sentences after
 * the first label are then given the gold speaker its label name stands for most often.
 */
function gumTurns(dir: string): EvalRow[] {
  let found = 0;
  let atChange = 0;
  let sentences = 0;
  let agree = 0;
  for (const file of listFiles(join(dir, 'text'), '.txt')) {
    const conllu = join(dir, 'conllu', file.slice(file.lastIndexOf('/') + 1).replace(/\.txt$/, '.conllu'));
    if (!existsSync(conllu)) continue;
    const speakers = conlluSpeakers(readFileSync(conllu, 'utf8'));
    const text = readFileSync(file, 'utf8');
    const lines = linesOf(text);
    const labels = findSpeakers(text, scanLines(text));
    found += labels.length;
    // Line of each label, and the label whose turn holds each line.
    const turnOf: number[] = new Array(lines.length).fill(-1);
    let li = 0;
    for (let i = 0; i < lines.length; i++) {
      while (li < labels.length && labels[li].start < lines[i].start + lines[i].text.length + 1) li++;
      turnOf[i] = li - 1;
    }
    for (let k = 0; k < labels.length; k++) {
      const line = turnOf.indexOf(k);
      let next: string | null = null;
      for (let i = line; i < lines.length && next === null; i++) next = speakers[i + 1] ?? null;
      let prev: string | null = null;
      for (let i = line - 1; i >= 0 && prev === null; i--) prev = speakers[i + 1] ?? null;
      const right = next !== null && next !== prev;
      if (right) atChange++;
      else if (VERBOSE) console.error(`gum extra ${file}@${labels[k].start}: ${labels[k].label}`);
    }
    // Majority gold speaker per label name, then agreement per annotated sentence.
    const votes = new Map<string, Map<string, number>>();
    for (let i = 0; i < lines.length; i++) {
      const g = speakers[i + 1];
      if (!g || turnOf[i] < 0) continue;
      const name = labels[turnOf[i]].name;
      const v = votes.get(name) ?? new Map<string, number>();
      v.set(g, (v.get(g) ?? 0) + 1);
      votes.set(name, v);
    }
    const mapped = new Map<string, string>();
    for (const [name, v] of votes) mapped.set(name, [...v.entries()].sort((x, y) => y[1] - x[1])[0][0]);
    for (let i = 0; i < lines.length; i++) {
      const g = speakers[i + 1];
      if (!g || turnOf[i] < 0) continue;
      sentences++;
      if (mapped.get(labels[turnOf[i]].name) === g) agree++;
    }
  }
  return [
    { corpus: 'gum', metric: 'labels at annotated speaker changes', precision: found === 0 ? 1 : atChange / found, n: found },
    { corpus: 'gum', metric: 'sentence speaker from label turns', accuracy: accuracy(agree, sentences), n: sentences },
  ];
}

// ---------------------------------------------------------------------------------------
// Gold extractors: one corpus convention each, strict on purpose.

/** Blanks the YAML front matter (`---` ... `---`) with spaces, so offsets stay true. */
function blankFrontMatter(text: string): string {
  if (!text.startsWith('---\n')) return text;
  const close = text.indexOf('\n---\n', 3);
  if (close < 0) return text;
  const end = close + 5;
  return text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

/** Splits into lines with their start offsets (LF, CRLF). */
function linesOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    out.push({ start, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
    start += raw.length + 1;
  }
  return out;
}

const BLANK = /^[\s\u00a0]*$/;
const LEAD = /^[\s\u00a0]*/;

/**
 * White House transcripts: at a paragraph start (after a blank line or a hard break), an upper-case label
 * (honorific or title and name: `MS. PSAKI`, `THE PRESIDENT`, `PRIME MINISTER SUGA`,
 * `SENIOR ADMINISTRATION OFFICIAL`) and a colon, or the questioner's `Q` followed by a
 * space or U+00A0.
 */
function whGold(text: string): GoldLabel[] {
  const out: GoldLabel[] = [];
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    // A paragraph starts after a blank line or after a Markdown hard break (two trailing spaces).
    if (i > 0 && !BLANK.test(lines[i - 1].text) && !lines[i - 1].text.endsWith('  ')) continue;
    const t = lines[i].text;
    const lead = LEAD.exec(t)![0].length;
    const rest = t.slice(lead);
    const start = lines[i].start + lead;
    if (/^Q[ \u00a0]/.test(rest)) {
      out.push({ start, end: start + 1, name: 'Q' });
      continue;
    }
    const m = /^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]*(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]*){0,6}):[ \u00a0]/.exec(rest);
    if (m && m[1] !== 'END') out.push({ start, end: start + m[1].length, name: m[1] });
  }
  return out;
}

/**
 * Iran-Contra hearings: at a line start, a title in mixed case and a surname in capitals,
 * then ':' or '.' (`Mr. LIMAN:`, `Chairman HAMILTON.`, `Attorney General MEESE:`), or a
 * surname in capitals alone with a colon (`NORTH:`).
 */
function hearingGold(text: string): GoldLabel[] {
  const out: GoldLabel[] = [];
  const title = '(?:Mr\\.|Ms\\.|Mrs\\.|Dr\\.|Chairman|Secretary|Attorney General|Senator|General|Admiral|Colonel) ';
  const surname = "(?:Mc|Mac)?[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)*";
  const withTitle = new RegExp(`^(${title}${surname})[.:](?: |$)`);
  const bare = new RegExp(`^(${surname}):(?: |$)`);
  for (const line of linesOf(text)) {
    const lead = LEAD.exec(line.text)![0].length;
    const rest = line.text.slice(lead);
    const m = withTitle.exec(rest) ?? bare.exec(rest);
    if (m) out.push({ start: line.start + lead, end: line.start + lead + m[1].length, name: m[1] });
  }
  return out;
}
