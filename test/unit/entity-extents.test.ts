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
  const text = 'There is Marta Okafor, who runs the shop. We met Democrats who wanted more money; and the Mayor, who, for all his faults, kept the peace.';
  const w = wide(text);
  assert.ok(w.includes('person Marta Okafor, who runs the shop'), w.join(' | '));
  assert.ok(w.includes('person Democrats who wanted more money'), w.join(' | '));
  assert.ok(w.includes('person the Mayor, who, for all his faults, kept the peace'), w.join(' | '));
});

test('a relative clause ends at a comma and before `and` with a new subject', () => {
  const text = 'Then there is Marta Okafor, who is our editor and she writes the news, and the rest.';
  const w = wide(text);
  assert.ok(w.includes('person Marta Okafor, who is our editor'), w.join(' | '));
});

test('a prepositional phrase after a role or group is in its phrase, not a phrase of time', () => {
  const text = 'We thank the Governor of that province and Americans with disabilities. The Senator from this State agreed with the Mayor on Monday.';
  const w = wide(text);
  assert.ok(w.includes('person the Governor of that province'), w.join(' | '));
  assert.ok(w.includes('person Americans with disabilities'), w.join(' | '));
  assert.ok(w.includes('person The Senator from this State'), w.join(' | '));
  assert.ok(w.includes('person the Mayor'), w.join(' | '));
});

test('a reduced relative clause after a group, or after a comma a name, is in its phrase', () => {
  const text = 'We have heard refugees in Darfur yearning for peace; and ANN VALE, born while the war went on, spoke. The Democrats of this city produced a margin.';
  const w = wide(text);
  assert.ok(w.includes('person refugees in Darfur yearning for peace'), w.join(' | '));
  assert.ok(w.includes('person ANN VALE, born while the war went on'), w.join(' | '));
  assert.ok(w.includes('person The Democrats of this city'), w.join(' | '));
});

test('modifiers before a lower-case people noun are in its phrase, not a name before them', () => {
  const text = 'We spoke to Zika survivors in West Java; political decision-makers from both Lima and Quito came. Ann Vale former Navy commander agreed.';
  const w = wide(text);
  assert.ok(w.includes('person Zika survivors in West Java'), w.join(' | '));
  assert.ok(w.includes('person political decision-makers from both Lima and Quito'), w.join(' | '));
  assert.ok(w.includes('person former Navy commander'), w.join(' | '));
});

test('a prepositional phrase of a bare name and a lower-case word is left out', () => {
  const text = 'The paper profiles Boston cafe owner on Elm Street traffic.';
  const w = wide(text);
  assert.ok(w.includes('person Boston cafe owner'), w.join(' | '));
});

test('an emphatic reflexive right after a person is in its phrase', () => {
  const text = 'Senator Ann Vale herself has said so, and Tom Reed praised himselfish acts.';
  const w = wide(text);
  assert.ok(w.includes('person Senator Ann Vale herself'), w.join(' | '));
  assert.ok(w.includes('person Tom Reed'), w.join(' | '));
});

test('the prepositional phrase is read from the head when a mention inside it ends early', () => {
  const text = 'She was one of the first opponents of the Vietnam War, and he is a former member of the Canada women \'s national rowing team.';
  const w = wide(text);
  assert.ok(w.includes('person the first opponents of the Vietnam War'), w.join(' | '));
  assert.ok(w.includes("person a former member of the Canada women 's national rowing team"), w.join(' | '));
});

test('an adjective among the function words stays in the prepositional phrase after a determiner', () => {
  const text = 'That I should be the leader of this new House majority is a great honour.';
  const w = wide(text);
  assert.ok(w.includes('person the leader of this new House majority'), w.join(' | '));
});

test('a title after demonyms is a role, and a clause of its phrase keeps the relative clause after it out', () => {
  const text = 'Tom Reed is the first Jewish Senator from his State, sworn in today on a book owned by the rabbi, who was his friend.';
  const w = wide(text);
  assert.ok(w.includes('person the first Jewish Senator from his State'), w.join(' | '));
});

test('an infinitive after a ranked role is in its phrase', () => {
  const text = 'Ann Vale is the first Latino Senator to represent Nevada; the Senator to speak next was Tom Reed.';
  const w = wide(text);
  assert.ok(w.includes('person the first Latino Senator to represent Nevada'), w.join(' | '));
  assert.ok(w.includes('person the Senator'), w.join(' | '));
});

test("an editor's brackets inside a name are in its span", () => {
  const text = 'I voted for [Harold J.] Finch in 96 and for Marta [Okafor], who ran in 2004.';
  const w = wide(text);
  assert.ok(w.includes('person [Harold J.] Finch'), w.join(' | '));
  assert.ok(w.includes('person Marta [Okafor], who ran in 2004'), w.join(' | '));
});

test('two capitalised modifiers joined by `and` before a people noun are in its phrase', () => {
  const text = 'The rabbi formed a bond between the Irish and Italian-American communities of Boston.';
  const w = wide(text);
  assert.ok(w.includes('person the Irish and Italian-American communities of Boston'), w.join(' | '));
});

test('a demonym right before a role is in the phrase of the name', () => {
  const text = "Kenyan Prime Minister Tom Mboya 's Address";
  const w = wide(text);
  assert.ok(w.includes("person Kenyan Prime Minister Tom Mboya 's"), w.join(' | '));
});

test('a relative clause with no relative word after a role is in its phrase', () => {
  const text = 'Ann Vale is the first Jewish Senator Ohio has ever elected. He named the former Ohio governor he most admires. When we met the Senator he smiled.';
  const w = wide(text);
  assert.ok(w.includes('person the first Jewish Senator Ohio has ever elected'), w.join(' | '));
  assert.ok(w.includes('person the former Ohio governor he most admires'), w.join(' | '));
  assert.ok(w.includes('person the Senator'), w.join(' | '));
});

test('a preposition of place after `from` opens the phrase after a group', () => {
  const text = 'Thank you also to our colleagues from across the State Department and FEMA and everyone else.';
  const w = wide(text);
  assert.ok(w.includes('person our colleagues from across the State Department and FEMA'), w.join(' | '));
});

test('a role named by what it serves takes its determiner, also across quotes', () => {
  const text = "So quite a few fans knew about the \"Harbour Poet'. I have never called myself that. I never called myself 'The Harbour Poet'.";
  const w = wide(text);
  assert.ok(w.includes('person the "Harbour Poet\''), w.join(' | '));
  assert.ok(w.includes('person The Harbour Poet'), w.join(' | '));
});

test('`all of` before the determiner of a group is in its phrase, `one of` is not', () => {
  const text = 'As Mayor, I will serve all of the people in Ohio, and one of the people in Utah.';
  const w = wide(text);
  assert.ok(w.includes('person all of the people in Ohio'), w.join(' | '));
  assert.ok(w.includes('person the people in Utah'), w.join(' | '));
});

test('a list of nouns closing the sentence stays in the prepositional phrase of a group', () => {
  const text = 'All of us are equally the citizens of Ghana with equal duties, freedoms and hopes. And the citizens of Togo with duties, hopes and we agree.';
  const w = wide(text);
  assert.ok(w.includes('person the citizens of Ghana with equal duties, freedoms and hopes'), w.join(' | '));
  assert.ok(w.includes('person the citizens of Togo with duties'), w.join(' | '));
});

test('a year after a prepositional phrase of a role is in its phrase, a year right after the role is not', () => {
  const text = 'I will back the nominee of the Green party in 2028. They impeached a President in 1868.';
  const w = wide(text);
  assert.ok(w.includes('person the nominee of the Green party in 2028'), w.join(' | '));
  assert.ok(w.includes('person a President'), w.join(' | '));
});

test('an adjective phrase set off after a role is in its phrase, a participle of an event is not', () => {
  const text = 'We remember this great daughter of Peru, fearless in her work and kind in her ways. We thank the Governor of Utah, sworn in today by the judge.';
  const w = wide(text);
  assert.ok(w.includes('person this great daughter of Peru, fearless in her work and kind in her ways'), w.join(' | '));
  assert.ok(w.includes('person the Governor of Utah'), w.join(' | '));
});

test('a collective noun and `of` before a group head its phrase, a person noun does not', () => {
  const text = 'It will be said of this generation, our generation of Canadians, that we kept faith. She is a descendant of victims of the Holocaust.';
  const w = wide(text);
  assert.ok(w.includes('person our generation of Canadians'), w.join(' | '));
  assert.ok(w.includes('person victims of the Holocaust'), w.join(' | '));
});

test('a clause of a role is no main verb of a question, of the sentence or of the next clause', () => {
  const text = 'Is the President looking at the proposal? When I met the Prime Minister we have agreed. Then the Chancellor brought that subject up. We thank the Secretary of the Navy Ray Mabus. We met the Saudis, counterpart to counterpart.';
  const w = wide(text);
  for (const p of ['the President', 'the Prime Minister', 'the Chancellor', 'the Secretary of the Navy', 'the Saudis']) assert.ok(w.includes(`person ${p}`), `${p}: ${w.join(' | ')}`);
});

test('a clause goes on over the line breaks of a text wrapped at a fixed width, not over a verse line', () => {
  const filler = 'The briefing went on for a while and the reporters asked many questions.\n'.repeat(12);
  const text = `${filler}We also heard from Senator Lindsey Vale, who is expected to be the\nBudget Committee ranking member, on the plan.\n`;
  const w = wide(text);
  assert.ok(w.includes('person Senator Lindsey Vale, who is expected to be the\nBudget Committee ranking member'), w.join(' | '));
  const verse = 'You are a Mets fan who waits in late September at the park\nAs one that has battled hard through many a broken dream\n';
  const v = wide(verse);
  assert.ok(v.includes('person a Mets fan who waits in late September at the park'), v.join(' | '));
});

test('`on` with a bare noun after a role is in its phrase, with a determiner and `at` are not', () => {
  const text = 'Nobody may judge the President on trial. We asked the Governor on the issue and met the Mayor at a summit.';
  const w = wide(text);
  for (const p of ['the President on trial', 'the Governor', 'the Mayor']) assert.ok(w.includes(`person ${p}`), `${p}: ${w.join(' | ')}`);
});

test('a participle in `-ed` after a group is rather the verb of the sentence', () => {
  const text = 'Then the Republicans blocked at that time the whole bill, and the Democrats ruled in favour.';
  const w = wide(text);
  for (const p of ['the Republicans', 'the Democrats']) assert.ok(w.includes(`person ${p}`), `${p}: ${w.join(' | ')}`);
});

test('a particle after a preposition makes no phrase of a role', () => {
  const text = 'Everyone from the Governor on down agreed, and the Mayor on behalf of the city.';
  const w = wide(text);
  for (const p of ['the Governor', 'the Mayor']) assert.ok(w.includes(`person ${p}`), `${p}: ${w.join(' | ')}`);
});
