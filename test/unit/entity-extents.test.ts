/**
 * The exact GUM entity score maps each mention to the noun phrase it heads, as GUM marks
 * it (scripts/eval/entities.ts). These pin the syntactic rules of that mapping.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { predictedEntities } from '../../scripts/eval/entities';

function wide(text: string): string[] {
  return predictedEntities(analyze(text), 'doc', true).map((p) => `${p.kind} ${text.slice(p.start, p.end)}`);
}

test('a relative clause after a person is in its phrase, up to the clause end', () => {
  const text = 'There is Marta Okafor, who runs the shop. We met Democrats who wanted a later vote; and the Mayor, who, for all his faults, kept the peace.';
  const w = wide(text);
  assert.ok(w.includes('person Marta Okafor, who runs the shop'), w.join(' | '));
  assert.ok(w.includes('person Democrats who wanted a later vote'), w.join(' | '));
  assert.ok(w.includes('person the Mayor, who, for all his faults, kept the peace'), w.join(' | '));
});

test('a relative clause ends at a comma and before `and` with a new subject', () => {
  const text = 'Then there is Marta Okafor, who is our treasurer and she keeps the books, and the rest.';
  const w = wide(text);
  assert.ok(w.includes('person Marta Okafor, who is our treasurer'), w.join(' | '));
});

test('a prepositional phrase after a role or group is in its phrase, not a phrase of time', () => {
  const text = 'We thank the Governor of that province and Canadians with disabilities. The Senator from our State agreed with the Mayor on Monday.';
  const w = wide(text);
  assert.ok(w.includes('person the Governor of that province'), w.join(' | '));
  assert.ok(w.includes('person Canadians with disabilities'), w.join(' | '));
  assert.ok(w.includes('person The Senator from our State'), w.join(' | '));
  assert.ok(w.includes('person the Mayor'), w.join(' | '));
});

test('a reduced relative clause after a group, or after a comma a name, is in its phrase', () => {
  const text = 'We have met refugees in Tigray hoping for rain; and NINA DORSET, born while the mill was still open, spoke. The Democrats of this county produced a surplus.';
  const w = wide(text);
  assert.ok(w.includes('person refugees in Tigray hoping for rain'), w.join(' | '));
  assert.ok(w.includes('person NINA DORSET, born while the mill was still open'), w.join(' | '));
  assert.ok(w.includes('person The Democrats of this county'), w.join(' | '));
});

test('modifiers before a lower-case people noun are in its phrase, not a name before them', () => {
  const text = 'We spoke to Dengue survivors in East Timor; senior decision-makers from both Nairobi and Kampala came. Nina Dorset former Air Force colonel agreed.';
  const w = wide(text);
  assert.ok(w.includes('person Dengue survivors in East Timor'), w.join(' | '));
  assert.ok(w.includes('person senior decision-makers from both Nairobi and Kampala'), w.join(' | '));
  assert.ok(w.includes('person former Air Force colonel'), w.join(' | '));
});

test('a prepositional phrase of a bare name and a lower-case word is left out', () => {
  const text = 'The radio show profiles Denver bakery owner on Maple Avenue noise.';
  const w = wide(text);
  assert.ok(w.includes('person Denver bakery owner'), w.join(' | '));
});

test('an emphatic reflexive right after a person is in its phrase', () => {
  const text = 'Senator Nina Dorset herself has said so, and Paul Brennick praised himselfish acts.';
  const w = wide(text);
  assert.ok(w.includes('person Senator Nina Dorset herself'), w.join(' | '));
  assert.ok(w.includes('person Paul Brennick'), w.join(' | '));
});

test('the prepositional phrase is read from the head when a mention inside it ends early', () => {
  const text = 'She was among the early critics of the Iraq War, and he is a former member of the Norway women \'s national curling team.';
  const w = wide(text);
  assert.ok(w.includes('person the early critics of the Iraq War'), w.join(' | '));
  assert.ok(w.includes("person a former member of the Norway women 's national curling team"), w.join(' | '));
});

test('an adjective among the function words stays in the prepositional phrase after a determiner', () => {
  const text = 'It is a privilege to be named the whip of this new Council majority.';
  const w = wide(text);
  assert.ok(w.includes('person the whip of this new Council majority'), w.join(' | '));
});

test('a title after demonyms is a role, and a clause of its phrase keeps the relative clause after it out', () => {
  const text = 'Paul Brennick is the first Irish Senator from our State, sworn in this week with a Bible lent by the bishop, who was his teacher.';
  const w = wide(text);
  assert.ok(w.includes('person the first Irish Senator from our State'), w.join(' | '));
});

test('an infinitive after a ranked role is in its phrase', () => {
  const text = 'Nina Dorset is the first Korean-American Senator to represent Oregon; the Senator to speak next was Paul Brennick.';
  const w = wide(text);
  assert.ok(w.includes('person the first Korean-American Senator to represent Oregon'), w.join(' | '));
  assert.ok(w.includes('person the Senator'), w.join(' | '));
});

test("an editor's brackets inside a name are in its span", () => {
  const text = 'I voted for [Harold J.] Finch in 96 and for Marta [Okafor], who ran in 2004.';
  const w = wide(text);
  assert.ok(w.includes('person [Harold J.] Finch'), w.join(' | '));
  assert.ok(w.includes('person Marta [Okafor], who ran in 2004'), w.join(' | '));
});

test('two capitalised modifiers joined by `and` before a people noun are in its phrase', () => {
  const text = 'The festival built a bridge between the Polish and Mexican-American communities of Chicago.';
  const w = wide(text);
  assert.ok(w.includes('person the Polish and Mexican-American communities of Chicago'), w.join(' | '));
});

test('a demonym right before a role is in the phrase of the name', () => {
  const text = "Ghanaian Prime Minister Kofi Adjepong 's Address";
  const w = wide(text);
  assert.ok(w.includes("person Ghanaian Prime Minister Kofi Adjepong 's"), w.join(' | '));
});

test('a relative clause with no relative word after a role is in its phrase', () => {
  const text = 'Nina Dorset is the first Greek-American Senator Kansas has ever elected. He named the former Kansas governor he most admires. When we met the Senator he smiled.';
  const w = wide(text);
  assert.ok(w.includes('person the first Greek-American Senator Kansas has ever elected'), w.join(' | '));
  assert.ok(w.includes('person the former Kansas governor he most admires'), w.join(' | '));
  assert.ok(w.includes('person the Senator'), w.join(' | '));
});

test('a preposition of place after `from` opens the phrase after a group', () => {
  const text = 'We are grateful to our staff from across the Pentagon and NOAA as well.';
  const w = wide(text);
  assert.ok(w.includes('person our staff from across the Pentagon and NOAA'), w.join(' | '));
});

test('a role named by what it serves takes its determiner, also across quotes', () => {
  const text = "Many readers had heard of the \"Canal Poet'. It was never a name I chose. Nobody at home calls me 'The Canal Poet'.";
  const w = wide(text);
  assert.ok(w.includes('person the "Canal Poet\''), w.join(' | '));
  assert.ok(w.includes('person The Canal Poet'), w.join(' | '));
});

test('`all of` before the determiner of a group is in its phrase, `one of` is not', () => {
  const text = 'As Governor, I work for all of the families in Maine, and for one of the families in Idaho.';
  const w = wide(text);
  assert.ok(w.includes('person all of the families in Maine'), w.join(' | '));
  assert.ok(w.includes('person the families in Idaho'), w.join(' | '));
});

test('a list of nouns closing the sentence stays in the prepositional phrase of a group', () => {
  const text = 'Each of us stands among the workers of Chile with fair wages, holidays and pensions. And the workers of Peru with wages, pensions and we know it.';
  const w = wide(text);
  assert.ok(w.includes('person the workers of Chile with fair wages, holidays and pensions'), w.join(' | '));
  assert.ok(w.includes('person the workers of Peru with wages'), w.join(' | '));
});

test('a year after a prepositional phrase of a role is in its phrase, a year right after the role is not', () => {
  const text = 'We campaigned for the candidate of the Liberal party in 2031. They removed a Governor in 1921.';
  const w = wide(text);
  assert.ok(w.includes('person the candidate of the Liberal party in 2031'), w.join(' | '));
  assert.ok(w.includes('person a Governor'), w.join(' | '));
});

test('an adjective phrase set off after a role is in its phrase, a participle of an event is not', () => {
  const text = 'We honour this brave son of Chile, generous in his gifts and patient with his critics. We welcome the Governor of Maine, sworn in this morning by the judge.';
  const w = wide(text);
  assert.ok(w.includes('person this brave son of Chile, generous in his gifts and patient with his critics'), w.join(' | '));
  assert.ok(w.includes('person the Governor of Maine'), w.join(' | '));
});

test('a collective noun and `of` before a group head its phrase, a person noun does not', () => {
  const text = 'History will remember this decade, and our generation of Brazilians, for what we built. He is a grandson of victims of the Great Famine.';
  const w = wide(text);
  assert.ok(w.includes('person our generation of Brazilians'), w.join(' | '));
  assert.ok(w.includes('person victims of the Great Famine'), w.join(' | '));
});

test('a clause of a role is no main verb of a question, of the sentence or of the next clause', () => {
  const text = 'Is the President hoping for a deal? After I called the Prime Minister we had spoken for an hour. Later the Chancellor held that view too. We welcome the Secretary of the Army Dana Whitcombe. We met the Qataris, partner to partner.';
  const w = wide(text);
  for (const p of ['the President', 'the Prime Minister', 'the Chancellor', 'the Secretary of the Army', 'the Qataris']) assert.ok(w.includes(`person ${p}`), `${p}: ${w.join(' | ')}`);
});

test('a clause goes on over the line breaks of a text wrapped at a fixed width, not over a verse line', () => {
  const filler = 'The briefing went on for a while and the reporters asked many questions.\n'.repeat(12);
  const text = `${filler}We later spoke with Senator Corin Ashworth, who is likely to become the\nFinance Committee vice chair, about the plan.\n`;
  const w = wide(text);
  assert.ok(w.includes('person Senator Corin Ashworth, who is likely to become the\nFinance Committee vice chair'), w.join(' | '));
  const verse = 'She is a Cubs fan who hopes in early April at the gate\nAs one who has cheered through many a losing year\n';
  const v = wide(verse);
  assert.ok(v.includes('person a Cubs fan who hopes in early April at the gate'), v.join(' | '));
});

test('`on` with a bare noun after a role is in its phrase, with a determiner and `at` are not', () => {
  const text = 'Nobody may judge the President on trial. We asked the Governor on the issue and met the Mayor at a summit.';
  const w = wide(text);
  for (const p of ['the President on trial', 'the Governor', 'the Mayor']) assert.ok(w.includes(`person ${p}`), `${p}: ${w.join(' | ')}`);
});

test('a participle in `-ed` after a group is rather the verb of the sentence', () => {
  const text = 'Then the Republicans stalled in committee the whole budget, and the Democrats voted in protest.';
  const w = wide(text);
  for (const p of ['the Republicans', 'the Democrats']) assert.ok(w.includes(`person ${p}`), `${p}: ${w.join(' | ')}`);
});

test('a particle after a preposition makes no phrase of a role', () => {
  const text = 'Everyone from the Governor on down agreed, and the Mayor on behalf of the city.';
  const w = wide(text);
  for (const p of ['the Governor', 'the Mayor']) assert.ok(w.includes(`person ${p}`), `${p}: ${w.join(' | ')}`);
});
