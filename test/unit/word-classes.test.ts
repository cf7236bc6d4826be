import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classesOf, LEX_DEMONYMS, LEX_ORGS, LEX_PLACE_HEADS, LEX_PLACES, W_INSTITUTION, W_TITLE } from '../../server/src/analysis/name-kinds';
import { Tokens, tokenize } from '../../server/src/analysis/name-tokens';
import { CALENDAR, NON_NAMES, STOPWORDS } from '../../server/src/analysis/lexicon-words';
import { HONORIFICS, TITLES } from '../../server/src/analysis/lexicon-titles';
import { ORG_HEADS } from '../../server/src/analysis/lexicon-orgs';
import { FIRST_NAMES } from '../../server/src/analysis/lexicon-names';

/** Every token of `text` (one line) has the classes its key has. */
function checkLine(text: string): number {
  const t = new Tokens();
  tokenize(text, 0, text.length, t);
  for (let i = 0; i < t.n; i++) assert.equal(t.classes(i), classesOf(t.key(i)), `token ${JSON.stringify(t.key(i))} of ${JSON.stringify(text)}`);
  return t.n;
}

test('a word of the lists has their classes, in any case and with a possessive, a plural or a period', () => {
  const words = [...STOPWORDS, ...CALENDAR, ...NON_NAMES, ...TITLES, ...HONORIFICS, ...ORG_HEADS, ...LEX_PLACE_HEADS, ...LEX_DEMONYMS, ...FIRST_NAMES, ...LEX_ORGS, ...LEX_PLACES];
  let n = 0;
  for (const w of words) {
    const cap = w.charAt(0).toUpperCase() + w.slice(1);
    n += checkLine(`${w} ${cap} ${w.toUpperCase()} ${cap}'s ${cap}’s ${w}s ${cap}s ${cap}. Mr. ${cap}, said ${w}.`);
  }
  assert.ok(n > 10_000);
});

test('words beyond ASCII, with hyphens of every kind and apostrophes, have the classes of their keys', () => {
  const lines = [
    'São Paulo and Bogotá, Türkiye’s Señora José — Brasília; El País said.',
    'ŞENOL İSTANBUL Straße ΣΟΦΟΣ Ελλάδα Ǆemal DŽEMAL ﬁnance',
    'al-Assad d’Ettorre O’Neill e‐mail co‑chair U.S.-Japan Jan. Sept. Prof. Gen.',
    'Senators Councils Presidents Afghans Americans the Russians',
  ];
  for (const line of lines) checkLine(line);
});

test('a title is a title and its plural an institution word', () => {
  assert.ok((classesOf('senator') & W_TITLE) !== 0);
  assert.ok((classesOf('senators') & W_INSTITUTION) !== 0);
  assert.equal(classesOf('zzzz'), 0);
});
