import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { scanLines } from '../../server/src/analysis/text';
import { encodeRange } from '../../server/src/features/token-encoding';
import { VIEWPORT_MIN_CHARS, VIEWPORT_REACH, viewportTokens } from '../../server/src/features/viewport';

/** The project's own news articles, one after another, twice over: some 100 KB. */
function largeText(): string {
  const dir = join('test', 'fixtures', 'news');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n').repeat(2);
}

const at = (line: number) => ({ line, character: 0 });

test('the visible lines of a large file, read up to them, are coloured as the whole analysis colours them', () => {
  const text = largeText();
  assert.ok(text.length >= VIEWPORT_MIN_CHARS);
  const lines = scanLines(text);
  const model = analyze(text);
  for (const to of [20, 60, 120]) {
    const first = viewportTokens(text, at(0), at(to));
    assert.ok(first !== null && first.length > 0, `lines 0-${to}`);
    assert.deepStrictEqual(first, encodeRange(model, lines, { start: 0, end: lines.starts[to] }), `lines 0-${to}`);
  }
  // A range that starts further down (the editor restored a scrolled file): the same tokens in
  // the same places; only what text further down settles may differ, here a quote of `Families`
  // given to a group the transcripts joined after it name (`families in the Ardley Vale`).
  const mid = viewportTokens(text, at(100), at(150));
  const whole = encodeRange(model, lines, { start: lines.starts[100], end: lines.starts[150] });
  assert.ok(mid !== null && mid.length === whole.length);
  let otherModifiers = 0;
  for (let i = 0; i < mid.length; i += 5) {
    assert.deepStrictEqual(mid.slice(i, i + 4), whole.slice(i, i + 4), `token ${i / 5}`);
    if (mid[i + 4] !== whole[i + 4]) otherModifiers++;
  }
  assert.ok(otherModifiers <= 1, `${otherModifiers} tokens with other modifiers`);
});

test('a small file or a range far down is left to the whole analysis', () => {
  const text = largeText();
  assert.equal(viewportTokens(text.slice(0, VIEWPORT_MIN_CHARS - 1), at(0), at(60)), null);
  const lines = scanLines(text);
  const far = lines.starts.findIndex((s) => s > VIEWPORT_REACH);
  assert.equal(viewportTokens(text, at(far), at(far + 10)), null);
  // Positions past the text answer nothing rather than fail.
  assert.equal(viewportTokens(text, at(1e9), at(1e9 + 1)), null);
});
