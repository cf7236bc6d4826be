import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairQuotes } from '../../server/src/analysis/quotes';
import { scanLines } from '../../server/src/analysis/text';

const joinLines = (...lines: string[]): string => lines.join('\n');

function pair(text: string) {
  return pairQuotes(text, scanLines(text));
}

/** The quotes as `[kind depth] text` for compact comparison. */
function shown(text: string): string[] {
  return pair(text).quotes.map((q) => `[${q.kind} ${q.depth}] ${text.slice(q.start, q.end)}`);
}

test('curly double quote with a cue after it', () => {
  const text = '“We need concrete evidence,” said the minister.';
  const { quotes, diagnostics } = pair(text);
  assert.equal(quotes.length, 1);
  assert.deepEqual({ start: quotes[0].start, end: quotes[0].end }, { start: 0, end: 28 });
  assert.deepEqual(quotes[0].inner, { start: 1, end: 27 });
  assert.equal(quotes[0].text, 'We need concrete evidence,');
  assert.equal(quotes[0].kind, 'direct');
  assert.equal(diagnostics.length, 0);
});

test('straight double quotes', () => {
  assert.deepEqual(shown('Mara Quell said: "The bridge opens Monday." Then she left.'), ['[direct 0] "The bridge opens Monday."']);
});

test('straight double quotes in tokenised text alternate', () => {
  const text = '" Where are you going , Tom ? " " Home . "';
  assert.deepEqual(shown(text), ['[direct 0] " Where are you going , Tom ? "', '[direct 0] " Home . "']);
});

test('curly apostrophes are not quotation marks', () => {
  const text = 'Belgravia’s mayor doesn’t like the ’90s, and the Joneses’ dog agrees.';
  const { quotes, diagnostics } = pair(text);
  assert.equal(quotes.length, 0);
  assert.equal(diagnostics.length, 0);
});

test('straight apostrophes are not quotation marks', () => {
  const text = "We don't play rock 'n' roll at the Joneses' place since the '90s, said 'em all.";
  const { quotes, diagnostics } = pair(text);
  assert.deepEqual(quotes, []);
  assert.deepEqual(diagnostics, []);
});

test('apostrophes inside a quote do not end it', () => {
  const text = '‘It’s the Smiths’ turn,’ she said.';
  assert.deepEqual(shown(text), ['[direct 0] ‘It’s the Smiths’ turn,’']);
});

test('straight single quotes that are clearly quotes', () => {
  assert.deepEqual(shown("'Come in,' said the porter."), ["[direct 0] 'Come in,'"]);
});

test('tokenised contractions are not quotation marks', () => {
  const text = '" I \'m not well , and Lincoln \'s Inn is n\'t near . "';
  assert.deepEqual(shown(text), ['[direct 0] " I \'m not well , and Lincoln \'s Inn is n\'t near . "']);
});

test('a nested quote alternates marks and gets depth 1', () => {
  const text = '“He called it ‘a deal’,” she said.';
  const { quotes } = pair(text);
  assert.equal(quotes.length, 2);
  assert.equal(text.slice(quotes[0].start, quotes[0].end), '“He called it ‘a deal’,”');
  assert.equal(quotes[0].depth, 0);
  assert.equal(text.slice(quotes[1].start, quotes[1].end), '‘a deal’');
  assert.equal(quotes[1].depth, 1);
});

test('a nested quote with the same marks', () => {
  const text = 'An aide said: “They met in a “constructive” mood and talked for hours.”';
  assert.deepEqual(shown(text), [
    '[direct 0] “They met in a “constructive” mood and talked for hours.”',
    '[scare 1] “constructive”',
  ]);
});

test('short single-mark quote inside a sentence is a scare quote', () => {
  assert.deepEqual(shown('Relations are at a ‘low point,’ both sides agreed.'), ['[scare 0] ‘low point,’']);
});

test('short double-mark quote inside a sentence is a scare quote', () => {
  assert.deepEqual(shown('Officials want an “unbiased” review of the crash.'), ['[scare 0] “unbiased”']);
});

test('a short quote with a cue verb is direct', () => {
  assert.deepEqual(shown('Asked about the plan, Dorn said “never” and walked out.'), ['[direct 0] “never”']);
  assert.deepEqual(shown('Then “Fine,” he said.'), ['[direct 0] “Fine,”']);
});

test('a short clause reported after that is direct; a word after that as a determiner stays a scare quote', () => {
  assert.deepEqual(shown('The mayor said tonight that “lessons will be learned”.'), ['[direct 0] “lessons will be learned”']);
  assert.deepEqual(shown('The minister said she opposed that “reform” from the start.'), ['[scare 0] “reform”']);
});

test('a short quote that is a whole sentence is direct', () => {
  assert.deepEqual(shown('“No comment.”'), ['[direct 0] “No comment.”']);
  assert.deepEqual(shown('The door shut. “Again?” Nobody moved.'), ['[direct 0] “Again?”']);
});

test('a quote over two paragraphs is one quote', () => {
  const text = joinLines('“We are here to talk about trade.', '', '“And we will stay until it is done,” she said.');
  const { quotes, diagnostics } = pair(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].start, 0);
  assert.equal(quotes[0].end, text.indexOf('done,”') + 6);
  assert.equal(quotes[0].text, 'We are here to talk about trade.\n\nAnd we will stay until it is done,');
  assert.equal(diagnostics.length, 0);
});

test('a quote over several paragraphs, one line each', () => {
  const text = joinLines('“First point.', '“Second point.', '“Third point,” he said.');
  const { quotes } = pair(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, 'First point.\nSecond point.\nThird point,');
});

test('a quote over several lines of one paragraph (one sentence a line)', () => {
  const text = joinLines('" I am not well , Nora .', 'I doubt I will ever be better . "', '" Do not say that . "');
  assert.deepEqual(shown(text), ['[direct 0] " I am not well , Nora .\nI doubt I will ever be better . "', '[direct 0] " Do not say that . "']);
});

test('an unclosed mark is reported and closes at the end of its paragraph', () => {
  const text = joinLines('He said “this is wrong and left.', '', 'The vote passed. “Good,” said Ana Ruiz.');
  const { quotes, diagnostics } = pair(text);
  assert.equal(diagnostics.length, 1);
  assert.deepEqual(diagnostics[0], {
    start: 8,
    end: 9,
    severity: 'warning',
    code: 'unclosed-quote',
    message: 'This quotation mark is never closed',
  });
  assert.equal(quotes.length, 2);
  assert.equal(text.slice(quotes[0].start, quotes[0].end), '“this is wrong and left.');
  assert.equal(text.slice(quotes[1].start, quotes[1].end), '“Good,”');
});

test('a stray mark does not swallow the following paragraphs', () => {
  const lines = ['Intro “with a stray mark.'];
  for (let i = 0; i < 50; i++) lines.push(`Paragraph ${i} has “its own” words.`);
  const text = lines.join('\n');
  const { quotes, diagnostics } = pair(text);
  assert.equal(diagnostics.length, 1);
  assert.equal(quotes.length, 51);
  assert.ok(quotes.every((q) => q.end - q.start < 40));
});

test('CRLF line endings', () => {
  const text = '“One,” he said.\r\n\r\n“Two\r\n“and three,” she said.\r\n';
  const { quotes, diagnostics } = pair(text);
  assert.deepEqual(
    quotes.map((q) => q.text),
    ['One,', 'Two\r\nand three,'],
  );
  assert.equal(diagnostics.length, 0);
});

test('only an opening curly mark', () => {
  const { quotes, diagnostics } = pair('“');
  assert.equal(quotes.length, 1);
  assert.deepEqual({ start: quotes[0].start, end: quotes[0].end }, { start: 0, end: 1 });
  assert.equal(diagnostics.length, 1);
});

test('10,000 straight marks in a row', () => {
  const text = '"'.repeat(10000);
  const t0 = performance.now();
  const { quotes } = pair(text);
  assert.ok(performance.now() - t0 < 500);
  assert.equal(quotes.length, 5000);
});

test('deep nesting is bounded', () => {
  const text = '“'.repeat(20000) + 'x' + '”'.repeat(20000);
  const t0 = performance.now();
  const { quotes } = pair(text);
  assert.ok(performance.now() - t0 < 1000);
  assert.ok(quotes.length <= 8);
});

test('empty text', () => {
  assert.deepEqual(pair(''), { quotes: [], diagnostics: [] });
});

test('lone surrogates and control characters do not break pairing', () => {
  const text = '\ud800“Hi\udc00 there,” \u0000she said.\ud83d';
  const { quotes } = pair(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, 'Hi\udc00 there,');
});

test('quotes are sorted by start', () => {
  const text = '“A ‘b’ c,” he said. “D,” she said.';
  const starts = pair(text).quotes.map((q) => q.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  assert.equal(starts.length, 3);
});

test('a long line of unbalanced marks stays linear', () => {
  const text = 'a “b '.repeat(200000);
  const t0 = performance.now();
  const { quotes } = pair(text);
  assert.ok(performance.now() - t0 < 2000);
  assert.ok(quotes.length >= 1);
});

test('a quote that opens a sentence inside its paragraph and is not closed there goes on into the next paragraph that opens with a mark', () => {
  for (const [open, close] of [['“', '”'], ['"', '"']]) {
    const text = `${open}We have seen this before,${close} he continued. ${open}Early action saves lives.\n\n${open}In 2019, we moved too slowly.${close}\n\nThe end.\n`;
    const quotes = pairQuotes(text, scanLines(text)).quotes.filter((q) => q.depth === 0);
    assert.equal(quotes.length, 2, open);
    assert.match(quotes[1].text, /^Early action saves lives\.\s+In 2019, we moved too slowly\.$/);
  }
});
