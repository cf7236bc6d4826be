import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newsPairs, sameAnswer } from '../../scripts/eval/news';

test('hand-written news: every quote is found, and every answer not marked open is given', () => {
  const pairs = newsPairs();
  assert.ok(pairs.length >= 60, `${pairs.length} quotes`);
  const wrong: string[] = [];
  for (const p of pairs) {
    assert.ok(p.quote, `${p.file}: no quote opening “${p.gold.quote}”`);
    if (!p.gold.open && !sameAnswer(p.quote, p.gold)) wrong.push(`${p.file} “${p.gold.quote}”: ${p.quote.speaker ?? p.quote.described} for ${p.gold.speaker ?? p.gold.described}`);
  }
  assert.deepEqual(wrong, []);
});
