import { test } from 'node:test';
import assert from 'node:assert/strict';
import { predictedEntities } from '../../scripts/eval/entities';
import { analyze } from '../../server/src/analysis/analyze';

/** Our wide (exact-score) spans as `kind text`. */
function wide(text: string): string[] {
  return predictedEntities(analyze(text), 'doc', true).map((p) => `${p.kind} ${text.slice(p.start, p.end)}`);
}

test('a place, a comma and the larger place it lies in make one place; a list of countries stays apart', () => {
  const spans = wide('The talks were held in Cardiff, Wales, and the team then toured France, Italy and Spain.');
  assert.ok(spans.includes('place Cardiff, Wales'), spans.join(', '));
  assert.ok(!spans.includes('place Wales'), spans.join(', '));
  assert.ok(spans.includes('place France'), spans.join(', '));
  assert.ok(spans.includes('place Italy'), spans.join(', '));
});

test('a determiner and adjectives before a name that ends its phrase, or a bare adjective of part, are in the phrase', () => {
  const spans = wide('Storms hit northern Italy and the whole United States. This Senate will vote before the 117th Congress ends.');
  assert.ok(spans.includes('place northern Italy'), spans.join(', '));
  assert.ok(spans.includes('place the whole United States'), spans.join(', '));
  assert.ok(spans.includes('organization This Senate'), spans.join(', '));
  assert.ok(spans.includes('organization the 117th Congress'), spans.join(', '));
  // Not when a noun follows the name: the determiner is the noun's.
  const nato = wide('He spoke at the NATO conference in Brussels.');
  assert.ok(!nato.some((s) => s.endsWith('the NATO')), nato.join(', '));
});

test('a name followed by a verb or an adverb ends its phrase and takes its determiner', () => {
  const spans = wide('Prices in the United States largely held, and the European Union took note.');
  assert.ok(spans.includes('place the United States'), spans.join(', '));
  assert.ok(spans.includes('organization the European Union'), spans.join(', '));
});

test('a noun of place or part and `of` before a place head its phrase, only after a definite determiner', () => {
  const spans = wide('He was born in the city of Leeds, lived in the Horn of Africa, and longed for a state of Grace.');
  assert.ok(spans.includes('place the city of Leeds'), spans.join(', '));
  assert.ok(spans.includes('place the Horn of Africa'), spans.join(', '));
  assert.ok(!spans.some((s) => s.includes('a state of')), spans.join(', '));
});

test('an organisation name before a noun that names an organisation heads one phrase with it', () => {
  const spans = wide('My ties to the Republican party are old. He wanted Ukraine to join the NATO military alliance.');
  assert.ok(spans.includes('organization the Republican party'), spans.join(', '));
  assert.ok(spans.includes('organization the NATO military alliance'), spans.join(', '));
});

test('a relative clause with `which` set off by a comma is in the phrase, up to the next punctuation', () => {
  const spans = wide('She spent a month in Iran, which is facing an outbreak of about 1,400 cases. Then she left.');
  assert.ok(spans.includes('place Iran, which is facing an outbreak of about 1,400 cases'), spans.join(', '));
});

test('a name before a plural noun that heads the phrase leaves `the` to that noun', () => {
  const spans = wide('Nevertheless, the Senate managers proved their case, and The Onion writes an issue.');
  assert.ok(spans.includes('organization Senate'), spans.join(', '));
  assert.ok(spans.includes('organization The Onion'), spans.join(', '));
});

test('a place named by an adjective takes the noun of place after it', () => {
  const spans = wide('Peace is prevailing in the South-East European region, he said.');
  assert.ok(spans.includes('place the South-East European region'), spans.join(', '));
});

test('after an indefinite article or `the kind of`, a relative clause right after the place is in its phrase', () => {
  const spans = wide('We will build a modern Ghana that will be a knowledge economy. I believe in the kind of Canada which I described here, and so do you.');
  assert.ok(spans.includes('place a modern Ghana that will be a knowledge economy'), spans.join(', '));
  assert.ok(spans.includes('place the kind of Canada which I described here'), spans.join(', '));
});

test('a name joined by `and` to names that modify a plural noun leaves `the` to that noun', () => {
  const spans = wide('The new laws followed the European Union and NATO standards.');
  assert.ok(spans.includes('organization European Union'), spans.join(', '));
});
