import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, buildTurns } from '../../server/src/analysis/analyze';
import { resolveActors } from '../../server/src/analysis/actors';
import { AddressMemo, joinAddressed } from '../../server/src/analysis/actor-address';
import { attributeQuotes } from '../../server/src/analysis/attribution';
import { IncrementalAnalyzer, rescanLines } from '../../server/src/analysis/incremental';
import { splitBlocks, splitBlocksAfter } from '../../server/src/analysis/blocks';
import type { TranscriptModel } from '../../server/src/analysis/model';
import { findNames } from '../../server/src/analysis/names';
import { pairQuotes } from '../../server/src/analysis/quotes';
import { findSpeakers, findTimecodes } from '../../server/src/analysis/speakers';
import { scanLines } from '../../server/src/analysis/text';
import { TokenEncoder } from '../../server/src/features/token-encoding';
import { applyTokenDelta } from '../support/lsp';
import { OutlineCache, outlineSymbols } from '../../server/src/features/symbols';
import { applyEdit, madeUpTranscript, seededRandom, type TextEdit } from '../../scripts/fuzz/gen';

const joinLines = (...lines: string[]): string => lines.join('\n');

/** The steps over the whole text at once, as the pipeline ran before it read blocks. */
function wholeText(text: string): TranscriptModel {
  const lines = scanLines(text);
  const speakers = findSpeakers(text, lines);
  const timecodes = findTimecodes(text, lines, speakers);
  const paired = pairQuotes(text, lines);
  const names = findNames(text, lines, speakers);
  const resolution = joinAddressed(text, speakers, resolveActors(text, speakers, names, []), new AddressMemo());
  const turns = buildTurns(text, speakers, resolution.labelActors);
  const quotes = attributeQuotes(text, lines, paired.quotes, speakers, turns, resolution);
  return {
    text,
    speakers,
    turns,
    quotes,
    actors: resolution.actors,
    mentions: resolution.mentions,
    roles: resolution.roles,
    timecodes,
    diagnostics: paired.diagnostics,
    reduced: false,
  };
}

/** Pieces an edit inserts: keystrokes, blank lines, quote marks, label text, names. */
const PIECES = [
  'a', 'e', 'x', ' ', '.', ',', ':', '\n', '\n\n', '\r\n', '\u00a0\n', '\n\u00a0\n', '"', '“', '”', '‘', '’', "'", '«', '»',
  'Q ', 'Q    ', 'A    ', '>> ', '[00:01:20] ', '(01:20)', 'MS. KOWAL: ', 'MARTA KOWAL, KTV NEWS ANCHOR: ', 'Marta Kowal',
  'Kowal', 'Mr. REYES. ', 'Lena Fischbach: ', 'said', ' told reporters', 'she said.', 'UNIDENTIFIED MALE: ', 'Speaker 2: ',
  'President Tomas Reyes ', 'the Harbour Council', 'Geneva', '“We will not,” she said. ', '“We are here\n\n“And we stay,” he said.',
  'THANK YOU VERY MUCH\n', 'Secretary of State ', ' (NASA)', '\ud800', '😀',
];

function randomEditOf(rand: () => number, text: string): TextEdit {
  const n = text.length;
  let start = Math.floor(rand() * (n + 1));
  // Near the edit before it, now and then: several keystrokes in one place, as when typing.
  const r = rand();
  let del = r < 0.45 ? 0 : r < 0.85 ? Math.floor(rand() * 4) : r < 0.97 ? Math.floor(rand() * 120) : Math.floor(rand() * 3000);
  if (start > 0 && text.charCodeAt(start - 1) === 13 && text.charCodeAt(start) === 10) start--;
  let end = Math.min(n, start + del);
  if (end > 0 && end < n && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10) end++;
  let ins = rand() < 0.2 ? '' : PIECES[Math.floor(rand() * PIECES.length)];
  if (rand() < 0.1) ins += PIECES[Math.floor(rand() * PIECES.length)];
  if (ins === '' && end === start) ins = 'a';
  del = end - start;
  return { start, end: start + del, text: ins };
}

function checkEdits(seed: number, startChars: number, edits: number): void {
  const rand = seededRandom(seed);
  let text = madeUpTranscript(startChars, seed);
  const inc = new IncrementalAnalyzer();
  inc.update(text);
  for (let i = 0; i < edits; i++) {
    const e = randomEditOf(rand, text);
    text = applyEdit(text, e);
    const got = inc.update(text);
    const want = analyze(text);
    assert.deepStrictEqual(got, want, `edit ${i} (seed ${seed}) ${JSON.stringify(e)}`);
  }
  assert.deepStrictEqual(analyze(text), wholeText(text), `final text of seed ${seed}`);
}

test('incremental model equals a fresh analysis after each of 300 random edits', () => {
  for (const seed of [1, 2, 3]) checkEdits(seed, 6000, 100);
});

test('block-wise analysis equals the whole-text steps on made-up transcripts', () => {
  for (const seed of [4, 5, 6, 7]) {
    const text = madeUpTranscript(20_000, seed);
    assert.deepStrictEqual(analyze(text), wholeText(text));
  }
});

test('a quote that runs on into the next paragraph after an edit far from it', () => {
  const text = joinLines(
    'MS. KOWAL: Good afternoon.',
    '',
    '“We are here to stay.',
    '',
    '“And we will build,” she said.',
    '',
    'Q    What about the harbour?',
  );
  const inc = new IncrementalAnalyzer();
  const first = inc.update(text);
  assert.equal(first.quotes.length, 1);
  assert.match(first.quotes[0].text, /We are here to stay\.\s+And we will build,/);
  // Breaking the second paragraph's opening mark ends the quote at its own paragraph.
  const broken = text.replace('“And', 'And');
  const second = inc.update(broken);
  assert.deepStrictEqual(second, analyze(broken));
  assert.equal(second.diagnostics.length, 1);
  assert.equal(second.diagnostics[0].code, 'unclosed-quote');
  // And back again.
  assert.deepStrictEqual(inc.update(text), analyze(text));
});

test('an answer label needs the question before it, however far', () => {
  const text = joinLines('Q.  Where were you?', '', 'Some prose here.', '', 'A.  At home.');
  const inc = new IncrementalAnalyzer();
  assert.equal(inc.update(text).speakers.length, 2);
  const noQuestion = text.replace('Q.  Where', 'So.  Where');
  const model = inc.update(noQuestion);
  assert.deepStrictEqual(model, analyze(noQuestion));
  assert.equal(model.speakers.length, 0);
});

test('a weak mixed-case label depends on the labels of the whole text', () => {
  const text = joinLines('Frank Roe: An interview with a poet.', '', 'Some prose follows here.');
  const inc = new IncrementalAnalyzer();
  assert.equal(inc.update(text).speakers.length, 0);
  const withLabel = text + '\n\nMS. KOWAL: Good afternoon.';
  const model = inc.update(withLabel);
  assert.deepStrictEqual(model, analyze(withLabel));
  assert.equal(model.speakers.length, 2);
});

test('a long text without blank lines is split and stays equal under edits', () => {
  const text = madeUpTranscript(30_000, 9).replace(/\n\s*\n/g, '\n');
  const rand = seededRandom(10);
  const inc = new IncrementalAnalyzer();
  let t = text;
  inc.update(t);
  for (let i = 0; i < 30; i++) {
    const e = randomEditOf(rand, t);
    t = applyEdit(t, e);
    assert.deepStrictEqual(inc.update(t), analyze(t), `edit ${i} ${JSON.stringify(e)}`);
  }
});

test('semantic tokens re-encoded only where the model changed equal a fresh encoding', () => {
  const rand = seededRandom(12);
  let text = madeUpTranscript(12_000, 12);
  const inc = new IncrementalAnalyzer();
  const enc = new TokenEncoder();
  let model = inc.update(text);
  enc.encode(model, inc.lines);
  let spliced = 0;
  for (let i = 0; i < 150; i++) {
    // Sometimes two edits before the tokens are asked for.
    const steps = rand() < 0.2 ? 2 : 1;
    for (let s = 0; s < steps; s++) {
      const e = randomEditOf(rand, text);
      text = applyEdit(text, e);
      const before = model;
      model = inc.update(text);
      enc.noteChange(before, model, inc.lastChange);
      if (inc.lastChange !== null) spliced++;
    }
    const fresh = new TokenEncoder().encode(analyze(text), scanLines(text));
    assert.deepStrictEqual(enc.encode(model, inc.lines).data, fresh.data, `edit ${i}`);
  }
  assert.ok(spliced > 50, `only ${spliced} edits were re-encoded in part`);
});

test('an update told which ends of the text an edit left alone gives what one comparing the texts gives', () => {
  const rand = seededRandom(12);
  let text = madeUpTranscript(20_000, 12);
  const told = new IncrementalAnalyzer();
  const plain = new IncrementalAnalyzer();
  told.update(text);
  plain.update(text);
  for (let i = 0; i < 120; i++) {
    const e = randomEditOf(rand, text);
    const next = applyEdit(text, e);
    // What the editor's edit says, sometimes looser (several edits noted as one).
    const loose = rand() < 0.3 ? Math.floor(rand() * 50) : 0;
    const bound = { from: Math.max(0, e.start - loose), tail: Math.max(0, text.length - e.end - loose) };
    const got = told.update(next, bound);
    const want = plain.update(next);
    assert.deepStrictEqual(told.lastEdit, plain.lastEdit, `edit ${i}`);
    assert.deepStrictEqual(told.lastChange, plain.lastChange, `edit ${i}`);
    assert.deepStrictEqual(got, want, `edit ${i}`);
    text = next;
  }
});

test('blocks after an edit: the cuts a fresh split makes', () => {
  const rand = seededRandom(8);
  let text = madeUpTranscript(60_000, 8);
  let lines = scanLines(text);
  let firsts = splitBlocks(text, lines);
  let tails = 0;
  for (let i = 0; i < 400; i++) {
    const e = rand() < 0.3 ? { start: Math.floor(rand() * (text.length + 1)), end: -1, text: ['\n', '\n\n', 'x', ' '][Math.floor(rand() * 4)] } : randomEditOf(rand, text);
    const edit = e.end < 0 ? { ...e, end: e.start } : e;
    const next = applyEdit(text, edit);
    const { from, tail } = changedStretch(text, next);
    const nextLines = scanLines(next);
    const got = splitBlocksAfter(next, nextLines, firsts, lines, from, next.length - tail, next.length - text.length);
    const want = splitBlocks(next, nextLines);
    assert.deepStrictEqual(got, want, `edit ${i}`);
    if (want.length > 10) tails++;
    text = next;
    lines = nextLines;
    firsts = got;
  }
  assert.ok(tails > 300);
});

/** How an edit from `text` to `next` changed it: the length of their common start, then of their common end after it. */
function changedStretch(text: string, next: string): { from: number; tail: number } {
  let from = 0;
  while (from < text.length && from < next.length && text[from] === next[from]) from++;
  let tail = 0;
  while (tail < Math.min(text.length, next.length) - from && text[text.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return { from, tail };
}

/** Random text of letters, blanks and every kind of line break, `len` pieces long. */
function linePieces(rand: () => number): (len: number) => string {
  const alphabet = ['a', 'b', ' ', '\n', '\r', '\r\n', '\n\n', 'xyz'];
  return (len) => {
    let s = '';
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
    return s;
  };
}

test('line index after an edit: the lines of a fresh scan, whatever line breaks the edit adds or removes', () => {
  const rand = seededRandom(5);
  const piece = linePieces(rand);
  let text = piece(400);
  let lines = scanLines(text);
  for (let i = 0; i < 3000; i++) {
    const start = Math.floor(rand() * (text.length + 1));
    const end = Math.min(text.length, start + (rand() < 0.5 ? 0 : Math.floor(rand() * 6)));
    const next = text.slice(0, start) + piece(Math.floor(rand() * 4)) + text.slice(end);
    // The changed stretch as the analyser finds it: common start, then common end.
    const { from, tail } = changedStretch(text, next);
    lines = rescanLines(lines, next, from, next.length - tail, next.length - text.length);
    assert.deepStrictEqual(lines, scanLines(next), `edit ${i}: ${JSON.stringify(text)} -> ${JSON.stringify(next)}`);
    text = next.length > 2000 ? next.slice(0, 400) : next;
    if (text !== next) lines = scanLines(text);
  }
});

test('line index written into the lists of two edits before: the lines of a fresh scan, the lists before untouched', () => {
  const rand = seededRandom(8);
  const piece = linePieces(rand);
  let text = piece(600);
  let lines = scanLines(text);
  let spare: ReturnType<typeof scanLines> | null = null;
  for (let i = 0; i < 3000; i++) {
    const start = Math.floor(rand() * (text.length + 1));
    const end = Math.min(text.length, start + (rand() < 0.5 ? 0 : Math.floor(rand() * 6)));
    const next = text.slice(0, start) + piece(Math.floor(rand() * 4)) + text.slice(end);
    const { from, tail } = changedStretch(text, next);
    const before = { starts: lines.starts.slice(), ends: lines.ends.slice() };
    const made = rescanLines(lines, next, from, next.length - tail, next.length - text.length, spare);
    assert.deepStrictEqual(made, scanLines(next), `edit ${i}`);
    // The lists read (those of the text before) are left as they were.
    assert.deepStrictEqual(lines, before, `edit ${i}: the lines before changed`);
    if (spare !== null) assert.equal(made.starts, spare.starts);
    spare = lines;
    lines = made;
    text = next.length > 3000 ? next.slice(0, 600) : next;
    if (text !== next) {
      lines = scanLines(text);
      spare = null;
    }
  }
});

test('outline symbols kept across random edits are those of a fresh analysis', () => {
  const rand = seededRandom(31);
  let text = madeUpTranscript(30_000, 31);
  const inc = new IncrementalAnalyzer();
  const outline = new OutlineCache();
  let model = inc.update(text);
  let prev = new Set(outline.get(model, inc.lines));
  let kept = 0;
  for (let i = 0; i < 150; i++) {
    const steps = rand() < 0.3 ? 1 + Math.floor(rand() * 3) : 1;
    for (let s = 0; s < steps; s++) {
      const e = rand() < 0.5 ? { start: Math.floor(rand() * (text.length + 1)), end: -1, text: 'etaoin ,.\n“'[Math.floor(rand() * 11)] } : randomEditOf(rand, text);
      text = applyEdit(text, e.end < 0 ? { ...e, end: e.start } : e);
      const before = model;
      model = inc.update(text);
      outline.noteChange(before, model, rand() < 0.05 ? null : inc.lastEdit);
    }
    const got = outline.get(model, inc.lines);
    const want = outlineSymbols(analyze(text), scanLines(text));
    assert.deepStrictEqual(got, want, `edit ${i}`);
    // Most symbols are the very objects of the answer before.
    if (got.filter((x) => prev.has(x)).length > got.length / 2) kept++;
    prev = new Set(got);
    assert.equal(outline.get(model, inc.lines), got);
  }
  assert.ok(kept > 100, `only ${kept} answers kept most symbols`);
});

test('outline after an edit that ends the label after an empty turn: that turn runs on', () => {
  const text = joinLines('MS. KOWAL: Good afternoon.', 'UNKNOWN:', 'INGRID FISCHBACH: “We will.”', 'More words here.', '', 'MR. REYES: Fine.');
  const at = text.indexOf('FISCHBACH:') + 'FISCHBACH'.length;
  const edited = text.slice(0, at) + ' said' + text.slice(at + 1);
  const inc = new IncrementalAnalyzer();
  const outline = new OutlineCache();
  const first = inc.update(text);
  outline.get(first, inc.lines);
  const model = inc.update(edited);
  outline.noteChange(first, model, inc.lastEdit);
  assert.notEqual(first.speakers.length, model.speakers.length);
  assert.deepStrictEqual(outline.get(model, inc.lines), outlineSymbols(analyze(edited), scanLines(edited)));
});

test('token deltas after random edits rebuild the tokens of a fresh analysis', () => {
  const rand = seededRandom(77);
  let text = madeUpTranscript(30_000, 77);
  const inc = new IncrementalAnalyzer();
  const enc = new TokenEncoder();
  let model = inc.update(text);
  let held = enc.encode(model, inc.lines);
  let small = 0;
  for (let i = 0; i < 150; i++) {
    const steps = rand() < 0.2 ? 2 : 1;
    for (let s = 0; s < steps; s++) {
      const e = rand() < 0.5 ? { start: Math.floor(rand() * (text.length + 1)), end: 0, text: 'etaoin ,.\n“'[Math.floor(rand() * 11)] } : randomEditOf(rand, text);
      const edit = e.end === 0 ? { ...e, end: e.start } : e;
      text = applyEdit(text, edit);
      const before = model;
      model = inc.update(text);
      // Now and then without the analyser's change: the encoder narrows it from the text edit.
      enc.noteChange(before, model, rand() < 0.3 ? null : inc.lastChange, inc.lastEdit);
    }
    const d = enc.edits(held.resultId, model, inc.lines);
    const fresh = new TokenEncoder().encode(analyze(text), scanLines(text)).data;
    const data = 'edits' in d ? applyTokenDelta(held.data, d) : d.data;
    assert.deepStrictEqual(data, fresh, `edit ${i}`);
    if ('edits' in d && d.edits.every((x) => x.deleteCount + x.data.length < 200)) small++;
    // Asked again from the result before: the same answer.
    const again = enc.edits(held.resultId, model, inc.lines);
    assert.deepStrictEqual('edits' in again ? applyTokenDelta(held.data, again) : again.data, fresh, `edit ${i}, asked again`);
    held = { resultId: d.resultId, data };
    assert.deepStrictEqual(enc.edits(held.resultId, model, inc.lines), { resultId: held.resultId, edits: [] });
  }
  assert.ok(small > 60, `only ${small} small deltas`);
});

test('tokens after an edit that ends the text with blank lines', () => {
  const text = joinLines('MS. KOWAL: Good afternoon.', '“We will,” she said.', 'Marta Kowal said: “Fine.” More prose here');
  const inc = new IncrementalAnalyzer();
  const enc = new TokenEncoder();
  const first = inc.update(text);
  enc.encode(first, inc.lines);
  const edited = text.slice(0, text.length - 20) + '\n\n';
  const model = inc.update(edited);
  enc.noteChange(first, model, inc.lastChange);
  assert.deepStrictEqual(enc.encode(model, inc.lines).data, new TokenEncoder().encode(analyze(edited), scanLines(edited)).data);
});

test('tokens made again on the lines of an edit keep a name that crosses a line wrap whole', () => {
  const text =
    'MS. KOWAL: Thank you all for coming in this afternoon to hear from the minister Rafael\n' +
    'Reyes about the talks that went on through the night in the capital city, where the\n' +
    'ministers had gathered since Monday morning to agree on the terms of the ceasefire.\n';
  const before = analyze(text);
  assert.ok(before.mentions.some((m) => text.slice(m.start, m.end) === 'Rafael\nReyes'), 'the name is read across the wrap');
  // Edit the line after the wrap, away from the name: only that line changes.
  const at = text.indexOf('night') + 'night'.length;
  const after = applyEdit(text, { start: at, end: at, text: 's' });
  const model = analyze(after);
  const enc = new TokenEncoder();
  const first = enc.encode(before, scanLines(text));
  enc.noteChange(before, model, { from: at, to: at + 1, delta: 1, lineDelta: 0 });
  const delta = enc.edits(first.resultId!, model, scanLines(after));
  const data = 'edits' in delta ? applyTokenDelta(first.data, delta) : delta.data;
  assert.deepStrictEqual(data, new TokenEncoder().encode(model, scanLines(after)).data);
});

test('tokens spliced after an edit: a role across a line break just past the change is neither doubled nor lost', () => {
  const model = (text: string, at: number): TranscriptModel => ({
    text,
    speakers: [],
    turns: [],
    quotes: [],
    actors: [{ id: 'vela-moss', kind: 'person', name: 'Vela Moss', aliases: [], roles: ['Harbour\nWarden'], mentions: [], evidence: [] }],
    mentions: [],
    roles: [{ start: at, end: at + 'Harbour\nWarden'.length, actor: 'vela-moss', role: 'Harbour\nWarden' }],
    timecodes: [],
    diagnostics: [],
    reduced: false,
  });
  const a = 'Opening words here. Harbour\nWarden Vela Moss spoke.\n';
  const b = 'Opening words. Harbour\nWarden Vela Moss spoke.\n';
  const before = model(a, a.indexOf('Harbour'));
  const after = model(b, b.indexOf('Harbour'));
  const enc = new TokenEncoder();
  enc.noteChange(null, before, null);
  enc.encode(before, scanLines(a));
  // The change ends on the role's first line; the role itself is the one before, moved.
  enc.noteChange(before, after, { from: 13, to: 14, delta: -5, lineDelta: 0 });
  const fresh = new TokenEncoder().encode(after, scanLines(b));
  assert.deepStrictEqual(enc.encode(after, scanLines(b)).data, fresh.data);
});

test('an edit inside a name re-reads only the quotes near it: readings by a description are kept while it names the same person', () => {
  const filler = 'The harbour was quiet that week and the boats stayed in. '.repeat(6);
  const parts: string[] = ['Foreign Minister Dana Whitlock arrived on Monday.\n\n'];
  for (let i = 0; i < 40; i++) parts.push(`${filler}\n\n“We will look at number ${i},” the minister said.\n\n`);
  parts.push('Later the Tide Council spoke.\n');
  const text = parts.join('');
  const inc = new IncrementalAnalyzer();
  const before = inc.update(text);
  assert.equal(before.quotes.filter((q) => q.speaker === 'dana-whitlock').length, 40);
  // The organisation's name changes (another actor): no description names it.
  const at = text.indexOf('Tide') + 2;
  const next = text.slice(0, at) + 'x' + text.slice(at);
  const after = inc.update(next);
  assert.ok(inc.stats.quotesAttributed <= 3, `${inc.stats.quotesAttributed} quotes read again`);
  assert.deepStrictEqual(after, analyze(next));
});

test('mentions changed far from an edit re-read the quotes near them, not every quote between', () => {
  const filler = 'The harbour was quiet that week and the boats stayed in. '.repeat(20);
  const parts: string[] = ['Dana Whitlock and Pell Arnsby arrived on Monday.\n\n'];
  for (let i = 0; i < 40; i++) parts.push(`${filler}${i === 12 || i === 30 ? 'Arnsby nodded. ' : ''}\n\n“We will look at number ${i},” Whitlock said.\n\n`);
  const text = parts.join('');
  const inc = new IncrementalAnalyzer();
  inc.update(text);
  // `Arnsby` alone is no longer Pell Arnsby's: two mentions far apart change.
  const at = text.indexOf('Arnsby') + 3;
  const next = text.slice(0, at) + 'x' + text.slice(at);
  const after = inc.update(next);
  assert.ok(inc.stats.reuse);
  assert.ok(inc.stats.quotesAttributed <= 20, `${inc.stats.quotesAttributed} quotes read again`);
  assert.deepStrictEqual(after, analyze(next));
});

test('a gender changed by an edit re-reads only the quotes that asked for it, not every quote', () => {
  const filler = 'The harbour was quiet that week and the boats stayed in. '.repeat(20);
  const parts: string[] = ['Mr. Whitlock and Ines Arnsby arrived on Monday.\n\n'];
  for (let i = 0; i < 40; i++) {
    const quote = i === 12 || i === 30 ? `Whitlock nodded. “We will look at number ${i},” he said.` : `“We will look at number ${i},” said Ines Arnsby.`;
    parts.push(`${filler}\n\n${quote}\n\n`);
  }
  const text = parts.join('');
  const inc = new IncrementalAnalyzer();
  const before = inc.update(text);
  assert.equal(before.quotes.filter((q) => q.speaker === 'whitlock').length, 2);
  // `Mrs. Whitlock`: `he` is no longer Whitlock.
  const at = text.indexOf('Mr.') + 2;
  const next = text.slice(0, at) + 's' + text.slice(at);
  const after = inc.update(next);
  assert.equal(after.quotes.filter((q) => q.speaker === 'whitlock').length, 0);
  assert.ok(inc.stats.reuse);
  assert.ok(inc.stats.quotesAttributed <= 12, `${inc.stats.quotesAttributed} quotes read again`);
  assert.deepStrictEqual(after, analyze(next));
});

test('an actor of another kind after an edit re-reads the quotes near its mentions, not every quote', () => {
  const filler = 'The harbour was quiet that week and the boats stayed in. '.repeat(20);
  const parts: string[] = ['The talks were held in Brandvik on Monday.\n\n'];
  for (let i = 0; i < 40; i++) parts.push(`${filler}${i === 12 || i === 30 ? 'Brandvik was busy. ' : ''}\n\n“We will look at number ${i},” said Pell Arnsby.\n\n`);
  const text = parts.join('');
  const inc = new IncrementalAnalyzer();
  const before = inc.update(text);
  assert.equal(before.actors.find((a) => a.id === 'brandvik')?.kind, 'place');
  // `in Mayor Brandvik`: a person now, named in three places.
  const at = text.indexOf('Brandvik on');
  const next = text.slice(0, at) + 'Mayor ' + text.slice(at);
  const after = inc.update(next);
  assert.equal(after.actors.find((a) => a.id === 'brandvik')?.kind, 'person');
  assert.ok(inc.stats.reuse);
  assert.ok(inc.stats.quotesAttributed <= 20, `${inc.stats.quotesAttributed} quotes read again`);
  assert.deepStrictEqual(after, analyze(next));
  // Its mentions far from the edit are coloured as a person's: the model's change reaches them.
  const last = after.mentions.filter((m) => m.actor === 'brandvik').pop()!;
  assert.ok(inc.lastChange === null || inc.lastChange.to >= last.end, 'the change covers the last mention');
});

test('label actors and turns past an edit: a label renamed, made anonymous, added or removed, far from other blocks', () => {
  // Paragraphs long enough to be blocks of their own, each opened by a label.
  const filler = 'The harbour council met again on Tuesday to weigh the plan for the old town and its quays. '.repeat(7);
  const labels = ['MS. KOWAL', 'TOMAS REYES', 'MS. KOWAL', 'LENA FISCHBACH', 'TOMAS REYES', 'MS. KOWAL', 'LENA FISCHBACH', 'TOMAS REYES'];
  let text = labels.map((l, i) => `${l}: ${i % 2 === 0 ? '“We will not move,” Reyes said. ' : ''}${filler}`).join('\n\n');
  const inc = new IncrementalAnalyzer();
  inc.update(text);
  const edits: [string, string][] = [
    ['LENA FISCHBACH: ', 'ANTON VARGA: '], // a label renamed: its actor changes, the count stays
    ['ANTON VARGA: ', 'UNIDENTIFIED MALE: '], // and made anonymous: no actor there
    ['TOMAS REYES: ', 'Tomas Reyes said '], // the first label gone: every label index after it moves
    ['met again', 'met, PRIYA NATARAJAN: again'], // typing in a turn
    ['Tomas Reyes said ', 'TOMAS REYES: '], // the label back
    ['the old town', 'the old town\n\nMS. KOWAL: Yes'], // a label added inside a turn
  ];
  for (const [from, to] of edits) {
    const at = text.indexOf(from);
    assert.ok(at >= 0, from);
    text = text.slice(0, at) + to + text.slice(at + from.length);
    const got = inc.update(text);
    const want = analyze(text);
    assert.deepStrictEqual(got.speakers, want.speakers, `${from} -> ${to}`);
    assert.deepStrictEqual(got.turns, want.turns, `${from} -> ${to}`);
    assert.deepStrictEqual(got, want, `${from} -> ${to}`);
  }
  assert.ok(analyze(text).turns.some((t) => t.speaker === null));
});

test('when the newcomer a quote before described stops being a person, `he` goes back to the man named before, as in a fresh analysis', () => {
  const text = joinLines(
    'Ivo Dorn said the talks would go on. “Diplomacy takes time,” Dorn said.',
    '',
    'There was more to come. Later that day the talks resumed in the old hall by the lake.',
    '',
    '“This is a disaster,” said a Western diplomat.',
    '“I disagree,” he added.',
  );
  const inc = new IncrementalAnalyzer();
  const first = inc.update(text);
  assert.equal(first.quotes[2].described, 'a Western diplomat');
  // Same length: the quote before keeps its place and its end, only what it describes changes.
  const edited = text.replace('diplomat.', 'magazine.');
  const at = text.indexOf('diplomat.');
  const model = inc.update(edited, { from: at, tail: text.length - at - 'diplomat'.length });
  assert.deepStrictEqual(model, analyze(edited));
  assert.equal(model.quotes[2].speaker, 'ivo-dorn');
});

test('a name written far after a turn renames its speaker: the quotes of that turn, before the edit, are read again', () => {
  const filler = Array.from({ length: 30 }, (_, i) => `Q    Question number ${i + 1} about the budget?\n\nMR. REYES: We are looking at it, and we will say more on Monday.\n`).join('\n');
  const text = `MS. KOWAL: Good afternoon. Let me be clear. “We will not comment on the leak.”\n\n${filler}\nQ    One more?\n\nMR. REYES: That is all.\n`;
  const edited = text.replace('That is all.', 'That is all. Anna Kowal will brief tomorrow.');
  const inc = new IncrementalAnalyzer();
  const leak = (m: TranscriptModel) => m.quotes.find((q) => q.text.includes('We will not comment'));
  assert.equal(leak(inc.update(text))?.speaker, 'kowal');
  const model = inc.update(edited);
  assert.deepEqual(model, analyze(edited));
  assert.equal(leak(model)?.speaker, 'anna-kowal');
  // Typing on after the quotes keeps them as they were.
  const more = edited.replace('tomorrow.', 'tomorrow morning.');
  const again = inc.update(more);
  assert.deepEqual(again, analyze(more));
  assert.equal(leak(again), leak(model));
});

test('typing a second minister of the same surname among quotes a description attributes: every keystroke equals a fresh analysis', () => {
  const filler = 'The harbour was quiet that week and the boats stayed in. '.repeat(3);
  const parts: string[] = ['Foreign Minister Dana Whitlock arrived on Monday.\n\n'];
  for (let i = 0; i < 12; i++) parts.push(`${filler}\n\n“We will look at number ${i},” the ${i % 2 === 0 ? 'trade ' : ''}minister said.\n\n`);
  let text = parts.join('');
  const inc = new IncrementalAnalyzer();
  inc.update(text);
  const at = text.indexOf('“We will look at number 6');
  const typed = 'Trade Minister Pell Whitlock came too. ';
  for (let k = 0; k < typed.length; k++) {
    text = text.slice(0, at + k) + typed[k] + text.slice(at + k);
    assert.deepStrictEqual(inc.update(text), analyze(text), `after typing ${JSON.stringify(typed.slice(0, k + 1))}`);
  }
});

/**
 * Types `words` at random places of `base` (and takes out a few characters now and then),
 * 12 seeds of 30 edits: after each, the incremental model equals a fresh analysis.
 */
function typeWords(base: string, words: readonly string[]): void {
  for (let seed = 1; seed <= 12; seed++) {
    const rand = seededRandom(seed);
    let text = base;
    const inc = new IncrementalAnalyzer();
    inc.update(text);
    for (let i = 0; i < 30; i++) {
      const at = Math.floor(rand() * (text.length + 1));
      if (rand() < 0.7) text = text.slice(0, at) + words[Math.floor(rand() * words.length)] + text.slice(at);
      else text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 12)));
      assert.deepStrictEqual(inc.update(text), analyze(text), `seed ${seed}, edit ${i}`);
    }
  }
}

test('edits that write an office with a word before it (`British Prime Minister`) give what a fresh analysis gives', () => {
  const base = [
    'Mr Speaker: Order. Questions to the Prime Minister.',
    'Keir Alden (Lab): Mr Speaker, the Prime Minister told this House last week that "the economy has turned a corner".',
    'The Prime Minister (Rowan Ashby): I do.',
    'The President of the United States met the President of Mexico. The President said little.',
  ].join('\n\n');
  const words = ['British ', 'the Saudi Crown Prince ', 'Crown Prince ', 'Deputy ', 'the Prime Minister ', 'Keir Alden (Lab): ', 'The Prime Minister (Rowan Ashby): ', ' the ', '\n'];
  typeWords(base, words);
});

test('edits around titles a reply addresses (`Thank you, Madam Chair.`) give what a fresh analysis gives', () => {
  const base = [
    'Mara Lind: Good evening, and welcome to the meeting of the harbour board.',
    'Tobias Wren: Thank you, Madam Chair. I would like to start with the ferry timetable.',
    'Mara Lind: Go ahead, Commissioner.',
    'Tobias Wren: The morning ferry is late four days in five. “We cannot plan around it,” one skipper said.',
  ].join('\n\n');
  const words = ['Thank you, Madam Chair. ', 'Go ahead, Commissioner. ', 'Thanks, Commissioner. ', 'Mara Lind: ', 'Tobias Wren: ', 'Ines Holt: ', 'Madam Chair', '\n\n', ', ', 'Q: ', 'the Chair said ', 'x'];
  typeWords(base, words);
});

test('an edit just before a block changes what a quote in it reads back to (a reporting verb earlier in the sentence)', () => {
  // One long paragraph, cut into blocks inside it: a quote of a few words is a scare quote
  // unless a verb of reporting comes earlier in its sentence, which may be on the line before
  // (a line ending in a dash may end a block).
  const pair = (i: number) => `Reyes replied to board ${i} about the port—\nthe staff and the plan “bold” in the end ${i}\n`;
  let text = '';
  for (let i = 0; i < 200; i++) text += pair(i);
  const inc = new IncrementalAnalyzer();
  inc.update(text);
  for (let i = 0; i < 200; i++) {
    // A sentence ends after the verb of pair i.
    const at = text.indexOf(`replied to board ${i} `) + 'replied'.length;
    text = text.slice(0, at) + '.' + text.slice(at);
    assert.deepStrictEqual(inc.update(text), analyze(text), `edit ${i}`);
  }
});

test('labels, timecodes, mentions and roles an edit only moves are the very objects of the model before, moved in place', () => {
  const parts: string[] = [];
  for (let i = 0; i < 60; i++) parts.push(`[00:${String(i).padStart(2, '0')}:10] MS. KOWAL: Foreign Minister Dana Whitlock met Tomas Reyes in Geneva (${i}).\n\nQ    Did Whitlock say more?\n\n`);
  const text = parts.join('');
  const inc = new IncrementalAnalyzer();
  const before = inc.update(text);
  const at = text.indexOf('(12)');
  // Past the blocks read again (blocks hold 512 characters or more).
  const past = <T extends { start: number }>(xs: readonly T[]) => xs.filter((x) => x.start > at + 1500).map((x) => ({ x, start: x.start }));
  const lists = { speakers: past(before.speakers), timecodes: past(before.timecodes), mentions: past(before.mentions), roles: past(before.roles) };
  assert.ok(lists.speakers.length > 60 && lists.timecodes.length > 30 && lists.mentions.length > 100 && lists.roles.length > 30);
  const next = text.slice(0, at) + 'x' + text.slice(at);
  const after = inc.update(next);
  assert.deepStrictEqual(after, analyze(next));
  for (const [name, xs] of Object.entries(lists)) {
    const now = new Set<unknown>(after[name as keyof typeof lists]);
    for (const { x, start } of xs) {
      assert.ok(now.has(x), `${name}: the one at ${start} is the same object`);
      assert.equal(x.start, start + 1);
    }
  }
  // A label's spans moved with it.
  for (const { x } of lists.speakers) {
    const label = x as (typeof after.speakers)[number];
    assert.equal(next.slice(label.nameSpan.start, label.nameSpan.end), label.name);
  }
});

test('a letter taken out of a name, the next block opening with a label: only the quotes near it are read again', () => {
  const filler = 'The harbour was quiet that week and the boats stayed in. '.repeat(4);
  const parts: string[] = [];
  for (let i = 0; i < 40; i++) parts.push(`MARTA KOWAL: ${filler}“We will look at number ${i},” Whitlock said.\n\nTOMAS REYES: ${filler}\n\n`);
  const text = parts.join('');
  const inc = new IncrementalAnalyzer();
  inc.update(text);
  let cur = text;
  // Names merged again, and the blocks after the edit (each opening with a label's name) moved
  // back: the label's name at the very end of the stretch read again stood one further before.
  let from = Math.floor(cur.length / 2);
  for (let k = 0; k < 6; k++) {
    const at = cur.indexOf('Whitlock', from) + 5;
    cur = cur.slice(0, at) + cur.slice(at + 1);
    const got = inc.update(cur);
    assert.ok(inc.stats.namesMerged > 0 && inc.stats.reuse, `deletion ${k}: names merged again, the rest reused`);
    // Those whose reading reaches back over the edit (13 here), not every quote after it.
    assert.ok(inc.stats.quotesAttributed <= 16, `deletion ${k}: ${inc.stats.quotesAttributed} quotes read again`);
    assert.deepStrictEqual(got, analyze(cur), `deletion ${k}`);
    from = at + 300;
  }
});
