import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstEndingAfter, firstStartingAfter, firstStartingAt } from '../../server/src/analysis/spans';
import type { Span } from '../../server/src/analysis/model';

const joinLines = (...lines: string[]): string => lines.join('\n');

/** The spans of every `[...]` in the text, brackets included. */
function bracketed(text: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) out.push({ start: i, end: text.indexOf(']', i) + 1 });
  return out;
}

const text = joinLines('[KOWAL:] Good afternoon.', '[REPORTER:] A question [inaudible].', '[KOWAL:] Go ahead.');
const spans = bracketed(text);

test('first span starting at or after an offset', () => {
  const second = text.indexOf('[REPORTER');
  assert.equal(firstStartingAt(spans, 0), 0);
  assert.equal(firstStartingAt(spans, 1), 1);
  assert.equal(firstStartingAt(spans, second), 1);
  assert.equal(firstStartingAt(spans, second + 1), 2);
  assert.equal(firstStartingAt(spans, text.length), spans.length);
  assert.equal(firstStartingAt([], 5), 0);
});

test('first span starting after an offset', () => {
  const second = text.indexOf('[REPORTER');
  assert.equal(firstStartingAfter(spans, -1), 0);
  assert.equal(firstStartingAfter(spans, 0), 1);
  assert.equal(firstStartingAfter(spans, second - 1), 1);
  assert.equal(firstStartingAfter(spans, second), 2);
  assert.equal(firstStartingAfter(spans, text.length), spans.length);
  assert.equal(firstStartingAfter([], 5), 0);
});

test('first span ending after an offset', () => {
  const inaudible = text.indexOf('[inaudible]');
  assert.equal(firstEndingAfter(spans, -1), 0);
  assert.equal(firstEndingAfter(spans, spans[0].end - 1), 0);
  assert.equal(firstEndingAfter(spans, spans[0].end), 1);
  assert.equal(firstEndingAfter(spans, inaudible + 3), 2);
  assert.equal(firstEndingAfter(spans, inaudible + '[inaudible]'.length), 3);
  assert.equal(firstEndingAfter(spans, text.length), spans.length);
});

test('the searches agree with a scan of the list', () => {
  const sorted = fc
    .array(fc.tuple(fc.nat(40), fc.nat(6)), { maxLength: 30 })
    .map((gaps) => {
      let at = 0;
      return gaps.map(([gap, len]) => {
        const s = { start: at + gap, end: at + gap + len };
        at = s.end;
        return s;
      });
    });
  fc.assert(
    fc.property(sorted, fc.integer({ min: -5, max: 400 }), (items, pos) => {
      const scan = (ok: (s: Span) => boolean) => {
        const i = items.findIndex(ok);
        return i < 0 ? items.length : i;
      };
      assert.equal(firstStartingAt(items, pos), scan((s) => s.start >= pos));
      assert.equal(firstStartingAfter(items, pos), scan((s) => s.start > pos));
      assert.equal(firstEndingAfter(items, pos), scan((s) => s.end > pos));
    }),
  );
});
