/** Inputs and step timing shared by the full benchmark (main.ts) and the quick one (quick.ts). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GCProfilerResult } from 'node:v8';
import { buildTurns } from '../../server/src/analysis/analyze';
import { resolveActors } from '../../server/src/analysis/actors';
import { attributeQuotes } from '../../server/src/analysis/attribution';
import { findNames } from '../../server/src/analysis/names';
import { pairQuotes } from '../../server/src/analysis/quotes';
import { findSpeakers, findTimecodes } from '../../server/src/analysis/speakers';
import { scanLines } from '../../server/src/analysis/text';

/** The files below `dir` (in its subfolders too) whose names end with `ext`, sorted by path. */
export function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, ext));
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}

/** The corpus texts benchmarked (briefings, hearings, GUM texts, novel excerpts), from ../shared/corpus. */
export function corpusFiles(): string[] {
  const root = join(process.cwd(), '..', 'shared', 'corpus');
  return [
    ...filesUnder(join(root, 'wh-briefings'), '.md'),
    ...filesUnder(join(root, 'irancontra', 'txt'), '.txt'),
    ...filesUnder(join(root, 'gum', 'text'), '.txt'),
    ...filesUnder(join(root, 'litbank-quotes', 'tsv'), '.txt'),
  ];
}

/** The first `chars` characters of the White House press briefings (a real transcript), or null without the corpus. */
export function briefingText(chars: number): string | null {
  const files = corpusFiles().filter((f) => f.includes('wh-briefings'));
  if (files.length === 0) return null;
  let text = '';
  for (const f of files) {
    text += readFileSync(f, 'utf8') + '\n\n';
    if (text.length >= chars) break;
  }
  return text.slice(0, chars);
}

/** Collections a profile saw: their summed pause (ms, from each one's cost in microseconds) and their kinds in order. */
export function collections(profile: GCProfilerResult | undefined): { pause: number; kinds: string[] } {
  let pause = 0;
  const kinds: string[] = [];
  for (const g of profile?.statistics ?? []) {
    pause += g.cost / 1000;
    kinds.push(g.gcType);
  }
  return { pause, kinds };
}

export interface StepTimes {
  [step: string]: number;
}

/** What the steps found, for a line of counts. */
export interface StepCounts {
  labels: number;
  quotes: number;
  names: number;
  actors: number;
  mentions: number;
  lines: number;
}

/** The steps of `analyze`, in its order, each timed in ms. Keep in step with analysis/analyze.ts. */
export function timeSteps(text: string): { times: StepTimes; counts: StepCounts } {
  const t: StepTimes = {};
  let s = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    t[name] = now - s;
    s = now;
  };
  const lines = scanLines(text);
  lap('scanLines');
  const speakers = findSpeakers(text, lines);
  lap('findSpeakers');
  findTimecodes(text, lines, speakers);
  lap('findTimecodes');
  const paired = pairQuotes(text, lines);
  lap('pairQuotes');
  const names = findNames(text, lines, speakers);
  lap('findNames');
  const resolution = resolveActors(text, speakers, names, []);
  lap('resolveActors');
  const turns = buildTurns(text, speakers, resolution.labelActors);
  lap('buildTurns');
  attributeQuotes(text, lines, paired.quotes, speakers, turns, resolution);
  lap('attributeQuotes');
  const counts = {
    labels: speakers.length,
    quotes: paired.quotes.length,
    names: names.length,
    actors: resolution.actors.length,
    mentions: resolution.mentions.length,
    lines: lines.starts.length,
  };
  return { times: t, counts };
}

/** The characters the keystroke benchmarks type, one at a time at random places. */
export const LETTERS = 'etaoinshrdlu ,.';

/** The median of `xs` (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The `p`th percentile of `xs` (nearest rank). */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** `x` rounded to hundredths. */
export const r2 = (x: number): number => Math.round(x * 100) / 100;
