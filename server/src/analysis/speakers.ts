/**
 * Speaker labels and timecodes.
 *
 * Labels are found only at the start of a line (after optional spaces and an optional
 * timecode), one line at a time, with char-code checks and bounded reads: linear in the
 * length of the text. The layouts are those of docs/formats.md:
 *
 * ```
 * ANGELA MERKEL GERMAN CHANCELLOR "It's a work meeting..."     caps-role
 * [21:00:00] WOLF BLITZER, CNN ANCHOR: Good evening.           caps-colon, time 21:00:00
 * Mr. FENWICK. Do you recall...                                  hearing
 * ```
 *
 * Decisions worth knowing:
 * - A key naming a kind of media, a field or a notice is never a speaker: `NOTE:`,
 *   `LENGTH: 00:00:57`, `Image: Jane Roe.`, `Photo: ...`, `Source: ...` (NON_LABEL_KEYS).
 * - A mixed-case `Name:` label is weak evidence: it is kept only when the text has at least
 *   one other label (or it carries a timecode), so a lone `Frank Roe: An Interview` heading
 *   in an article is not a speaker.
 * - Clock times (`12:52 P.M. EST`) are never labels; findTimecodes reports them when they
 *   open a line, as it does every timecode at a line start or in brackets.
 */
import type { SpeakerLabel, Span } from './model';
import { type Draft, type ScanState } from './speaker-draft';
export type { ScanState } from './speaker-draft';
import { scanBracketedSpeaker, scanCaption, scanQuestion, scanShotList, scanSpeakerId, scanVoiceTag } from './speaker-marked';
import { scanCaps, scanHearing, scanMixed } from './speaker-named';
import { titleCaseRole } from './speaker-lexicon';
import { isDigit, isHSpace } from './chars';
import { readClockSuffix, readTimecodeToken, skipHSpace } from './speaker-timecodes';
import { WordClass, classifyWord, readWord } from './speaker-words';
import { detach, type LineIndex } from './text';
import { readLabelName } from './name-roles';

/** Longest label prefix looked at (name, role, notes); a line's rest is read only for checks. */
const MAX_LABEL = 160;

/** Finds every speaker label at the start of a line. */
export function findSpeakers(text: string, lines: LineIndex): SpeakerLabel[] {
  const state: ScanState = { sawQuestion: false, paragraphStart: true };
  const found = scanSpeakerLines(text, lines, 0, lines.starts.length, state);
  return keepLabels(found, found.strong, found.labels.length);
}

/** Labels of a run of lines, weak ones included, with how many are strong. */
export interface ScannedLabels {
  readonly labels: SpeakerLabel[];
  strong: number;
  /** Per label: a weak mixed-case `Name:` label, kept only with other labels in the text. */
  weak: boolean[];
}

/**
 * Scans lines `from..to` (exclusive) for labels, carrying `state` from the line before
 * (a `Q` seen, a paragraph start) and leaving it as it stands after the last line.
 * `findSpeakers` is this over every line, then `keepLabels`.
 */
export function scanSpeakerLines(text: string, lines: LineIndex, from: number, to: number, state: ScanState): ScannedLabels {
  const out: ScannedLabels = { labels: [], strong: 0, weak: [] };
  for (let l = from; l < to; l++) {
    const ls = lines.starts[l];
    const le = lines.ends[l];
    const d = scanLine(text, ls, le, state);
    if (d) {
      out.labels.push(toLabel(text, d));
      out.weak.push(d.weak);
      if (!d.weak) out.strong++;
    }
    state.paragraphStart = endsParagraph(text, ls, le);
  }
  return out;
}

/**
 * Weak labels stay only when the text has a strong one or at least two labels in all:
 * `strong` and `total` count the whole text.
 */
export function keepLabels(found: ScannedLabels, strong: number, total: number): SpeakerLabel[] {
  if (strong > 0 || total >= 2) return found.labels;
  const out: SpeakerLabel[] = [];
  for (let i = 0; i < found.labels.length; i++) if (!found.weak[i]) out.push(found.labels[i]);
  return out;
}

/** Finds timecodes: `02:47`, `[00:12:03]`, `(01:20)`, including those inside labels. */
export function findTimecodes(text: string, lines: LineIndex, speakers: readonly SpeakerLabel[]): Span[] {
  return findTimecodesIn(text, lines, 0, lines.starts.length, speakers);
}

/**
 * Timecodes of lines `from..to` (exclusive), given the labels on those lines. Every read stops
 * at a line break, so a run of whole lines gives the same timecodes alone as in the whole text.
 */
export function findTimecodesIn(text: string, lines: LineIndex, from: number, to: number, speakers: readonly SpeakerLabel[]): Span[] {
  const found: Span[] = [];
  for (const s of speakers) if (s.timeSpan) found.push(s.timeSpan);
  for (let l = from; l < to; l++) {
    const le = lines.ends[l];
    const p = skipHSpace(text, lines.starts[l], le);
    const c = text.charCodeAt(p);
    if (p >= le || !(isDigit(c) || c === 91 || c === 40)) continue;
    const tok = readTimecodeToken(text, p, le);
    if (!tok) continue;
    if (c !== 91 && c !== 40) {
      const clock = readClockSuffix(text, tok.end, le);
      found.push({ start: tok.time.start, end: clock > 0 ? clock : tok.time.end });
    } else found.push(tok.time);
    if (tok.rangeEnd) found.push(tok.rangeEnd);
  }
  // Bracketed timecodes anywhere in a line: `... he said. [00:12:03] And then ...`.
  const lo = from < to ? lines.starts[from] : 0;
  const hi = from < to ? lines.ends[to - 1] : 0;
  // `[` and `(` found by `indexOf` (the engine's fast search) in the stretch alone (a slice
  // shares the text's characters), the two merged in order.
  const part = lo < hi ? text.slice(lo, hi) : '';
  const none = part.length;
  let sq = part.indexOf('[');
  let pa = part.indexOf('(');
  if (sq < 0) sq = none;
  if (pa < 0) pa = none;
  while (sq < none || pa < none) {
    let i: number;
    if (sq < pa) {
      i = lo + sq;
      sq = part.indexOf('[', sq + 1);
      if (sq < 0) sq = none;
    } else {
      i = lo + pa;
      pa = part.indexOf('(', pa + 1);
      if (pa < 0) pa = none;
    }
    const tok = readTimecodeToken(text, i, Math.min(text.length, i + 40));
    if (tok) {
      found.push(tok.time);
      if (tok.rangeEnd) found.push(tok.rangeEnd);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of found) if (out.length === 0 || out[out.length - 1].start !== s.start) out.push(s);
  return out;
}

function toLabel(text: string, d: Draft): SpeakerLabel {
  const hasRole = d.roleStart >= 0 && d.roleEnd > d.roleStart;
  const name = detach(text.slice(d.nameStart, d.nameEnd));
  // `FOREIGN SECRETARY BLAKE:`, `SEN. PAUL WHITACRE:`, `Chairman WHITFIELD.`: the office written
  // before the name is the label's role; the name keeps it, as written.
  const title = hasRole || d.anonymous || !TITLED_LAYOUTS.has(d.layout) ? null : titleInName(name);
  return {
    start: d.start,
    end: d.end,
    label: detach(text.slice(d.start, d.end)),
    name,
    nameSpan: { start: d.nameStart, end: d.nameEnd },
    role: hasRole ? detach(titleCaseRole(text.slice(d.roleStart, d.roleEnd))) : title !== null ? title.text : null,
    roleSpan: hasRole ? { start: d.roleStart, end: d.roleEnd } : title !== null ? { start: d.nameStart + title.start, end: d.nameStart + title.end } : null,
    time: d.time ? text.slice(d.time.start, d.time.end) : null,
    timeSpan: d.time,
    layout: d.layout,
    bodyStart: d.bodyStart,
    anonymous: d.anonymous,
  };
}

/** True when the line is blank or ends a sentence, so the next line may open a paragraph. */
function endsParagraph(text: string, ls: number, le: number): boolean {
  let k = le;
  while (k > ls && isHSpace(text.charCodeAt(k - 1))) k--;
  if (k === ls) return true;
  const c = text.charCodeAt(k - 1);
  return c === 46 || c === 63 || c === 33 || c === 34 || c === 0x201d || c === 41 || c === 0x2026 || c === 58 || c === 93;
}

// ---------------------------------------------------------------------------------------
// One line

function scanLine(text: string, ls: number, le: number, state: ScanState): Draft | null {
  let p = skipHSpace(text, ls, le);
  if (p >= le) return null;
  const end = Math.min(le, p + MAX_LABEL);
  let time: Span | null = null;
  const c = text.charCodeAt(p);
  if (isDigit(c) || c === 91 || c === 40) {
    const tok = readTimecodeToken(text, p, end);
    if (tok) {
      const bare = c !== 91 && c !== 40;
      // `12:52 P.M. EST` is a clock time, and a timecode alone on its line labels nothing.
      if (bare && readClockSuffix(text, tok.end, le) >= 0) return null;
      const q = skipHSpace(text, tok.end, end);
      if (q >= le || (bare && q === tok.end)) return null;
      time = tok.time;
      p = q;
    }
  }
  return scanLabel(text, p, end, le, time, state);
}

function scanLabel(text: string, p: number, end: number, le: number, time: Span | null, state: ScanState): Draft | null {
  const c = text.charCodeAt(p);
  if (c === 62 && text.charCodeAt(p + 1) === 62) return scanCaption(text, p, end, le, time);
  if (c === 60 && (text.charCodeAt(p + 1) | 0x20) === 118) return scanVoiceTag(text, p, end, le, time);
  if (c === 91 || c === 40) {
    const b = scanBracketedSpeaker(text, p, end, le, time);
    if (b) return b;
  }
  const q = scanQuestion(text, p, end, le, time, state);
  if (q) return q;
  const diar = scanSpeakerId(text, p, end, le, time);
  if (diar) return diar;
  const shot = scanShotList(text, p, end, le, time);
  if (shot) return shot;
  const w = readWord(text, p, end);
  const first = classifyWord(text, p, w);
  if (first === WordClass.Caps || first === WordClass.Initial) return scanCaps(text, p, end, le, time);
  if (first === WordClass.Cap) return scanHearing(text, p, end, le, time, w) ?? scanMixed(text, p, end, le, time, w);
  return null;
}

/** The layouts whose name may open with an office (`SECRETARY KERRY:`, `Chairman WHITFIELD.`, `Senator Ames:`). */
const TITLED_LAYOUTS: ReadonlySet<string> = new Set(['caps-colon', 'hearing', 'mixed-colon']);

/** The office before the person's name in a label's name (`Foreign Secretary` in `FOREIGN SECRETARY BLAKE`); null when none. */
function titleInName(name: string): { start: number; end: number; text: string } | null {
  const r = readLabelName(name);
  if (r === null || r.title === null || r.titleText === null) return null;
  return { start: r.title.start, end: r.title.end, text: r.titleText };
}
