/**
 * Actors a reader of the news sees: a middle name written alone, a country known by its
 * adjective, the short form of a company's name. Made-up texts, one phenomenon per test, and
 * edits that type and remove those words (the editor's analysis must give what a fresh one does).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import type { Actor, TranscriptModel } from '../../server/src/analysis/model';
import { seededRandom } from '../../scripts/fuzz/gen';

/** The actor of the mention `written` (its last occurrence when `last`). */
function actorOf(m: TranscriptModel, written: string, last = false): Actor | undefined {
  const at = last ? m.text.lastIndexOf(written) : m.text.indexOf(written);
  return m.actors.find((a) => a.mentions.some((x) => x.start === at && x.end === at + written.length));
}

function names(m: TranscriptModel): string[] {
  return m.actors.map((a) => `${a.name} (${a.kind}, ${a.mentions.length})`);
}

test('a middle name written alone is the one person of four names or more who has it', () => {
  const text = 'Brazil’s president, Joaquim Barros Tavares da Silva, met the prime minister in Lisbon. Tavares told reporters: "We want more trade."';
  const m = analyze(text);
  const full = actorOf(m, 'Joaquim Barros Tavares da Silva');
  assert.ok(full, names(m).join(', '));
  assert.equal(actorOf(m, 'Tavares', true)?.id, full.id, names(m).join(', '));
  assert.equal(m.quotes[0].speaker, full.id);
  middleNameGuards();
});

/** What the rule must leave alone: a name of three words, a middle name two people share. */
function middleNameGuards(): void {
  let text = '"Not now," said Corbin. Later Miriam Corbin Ashe came in, and Corbin stood up.';
  let m = analyze(text);
  const corbin = actorOf(m, 'Corbin');
  assert.ok(corbin, names(m).join(', '));
  assert.notEqual(corbin.id, actorOf(m, 'Miriam Corbin Ashe')?.id);
  text = 'On Monday, President Joaquim Barros Tavares da Silva met Ana Luisa Tavares de Souza in Lisbon. Tavares said little.';
  m = analyze(text);
  const t = actorOf(m, 'Tavares', true);
  assert.ok(!t || (t.id !== actorOf(m, 'Joaquim Barros Tavares da Silva')?.id && t.id !== actorOf(m, 'Ana Luisa Tavares de Souza')?.id), names(m).join(', '));
}

test('a country the text also names by its adjective is a place', () => {
  const text = [
    'The courts of Valdoria are independent, the minister said.',
    'He told a Valdorian newspaper that talks with Valdoria would resume.',
  ].join('\n\n');
  const m = analyze(text);
  const v = actorOf(m, 'Valdoria');
  assert.ok(v, names(m).join(', '));
  assert.equal(v.kind, 'place');
  assert.equal(v.mentions.length, 2);
  assert.ok(!actorOf(m, 'Valdorian'), 'the adjective is no mention of the country');
  // Without its adjective in the text, a word ending in -a is no place.
  const other = 'Storms hit the coast after Hurricane Marisela made landfall. In Tampa, Lucinda Moray said the roads were closed. Lucinda added: "Stay home."';
  const o = analyze(other);
  assert.ok(!o.actors.some((a) => a.kind === 'place' && /Marisela|Lucinda/.test(a.name)), names(o).join(', '));
});



test('people described by the words around a word in lower case are named by that description, one actor per description', () => {
  const text = 'One member of Parliament said sanctions would be "the only language he understands." She spoke to members of the Senate on Monday and to members of Congress on Tuesday.';
  const m = analyze(text);
  const mp = actorOf(m, 'member');
  assert.equal(mp?.name, 'Member of Parliament', names(m).join(', '));
  const senate = actorOf(m, 'members');
  const congress = actorOf(m, 'members', true);
  assert.ok(senate && congress, names(m).join(', '));
  assert.notEqual(senate.id, congress.id, 'two groups');
  assert.equal(senate.name, 'Members of the Senate');
});

test('a side named after its town that wins or loses a match is a club, the town stays a place', () => {
  const text = 'MANCHESTER, England (AP) — Erling Dahlberg scored twice as Manchester City beat Arsenal 3-1 on Sunday.';
  const m = analyze(text);
  assert.equal(actorOf(m, 'Manchester City')?.kind, 'organization', names(m).join(', '));
  assert.equal(actorOf(m, 'MANCHESTER')?.kind, 'place', names(m).join(', '));
});

test('a party before a title and a name after a verb of saying is no person', () => {
  const text = '"The plan has failed," said Labour leader Rowan Ashby on Monday.';
  const m = analyze(text);
  assert.ok(!m.actors.some((a) => a.name === 'Labour'), names(m).join(', '));
  assert.equal(m.quotes[0].speaker, actorOf(m, 'Rowan Ashby')?.id);
});

test('two offices of one title written out are two people, neither the title written alone', () => {
  const text = 'MS. KOWAL: The President will host the President of Mexico on Friday. The Secretary of State and the Secretary of Defense will join them. The President of the United States has said the talks matter, and the President of Mexico agreed.';
  const m = analyze(text);
  const at = (w: string, k = 0): Actor | undefined => {
    let i = -1;
    for (let n = 0; n <= k; n++) i = m.text.indexOf(w, i + 1);
    return m.actors.find((a) => a.mentions.some((x) => x.start <= i && x.end > i));
  };
  const mexico = at('President of Mexico');
  assert.ok(mexico, names(m).join(', '));
  assert.notEqual(mexico.id, at('President will')?.id, names(m).join(', '));
  assert.equal(at('President of Mexico', 1)?.id, mexico.id);
  assert.notEqual(at('Secretary of State')?.id, at('Secretary of Defense')?.id, names(m).join(', '));
});

const EDIT_WORDS = ['the President of Mexico ', 'members of Congress ', 'member of Parliament ', 'Tidewell', 'Tidewell Marine', 'Valdoria', 'Valdorian ', 'Tavares', 'Joaquim Barros Tavares da Silva', 'Silva', 'Ana Luisa Tavares de Souza', ' the ', '\n'];

const BASE = [
  'LISBON — Brazil’s president, Joaquim Barros Tavares da Silva, arrived on Monday.',
  'Tavares told reporters: "We want more trade, not less."',
  '"It was a good day," Tavares said.',
  'The trade minister did not speak.',
  'The courts of Valdoria are independent, a Valdorian official said. Valdoria will wait.',
  'The contract went to Tidewell Marine. A spokesperson for Tidewell said the bid was fair.',
  'Keir Alden (Lab): Mr Speaker, the Prime Minister told this House last week that "the economy has turned a corner".',
  'The Prime Minister (Rowan Ashby): I do.',
  'The President of the United States met the President of Mexico. The President said little.',
].join('\n\n');

test('edits that type and remove these names give what a fresh analysis gives', () => {
  for (const seed of [5, 6]) {
    const rand = seededRandom(seed);
    let text = BASE;
    const inc = new IncrementalAnalyzer();
    inc.update(text);
    let seen = 0;
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(rand() * (text.length + 1));
      if (rand() < 0.7) text = text.slice(0, at) + EDIT_WORDS[Math.floor(rand() * EDIT_WORDS.length)] + text.slice(at);
      else text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 12)));
      const got = inc.update(text);
      assert.deepStrictEqual(got, analyze(text), `seed ${seed}, edit ${i}`);
      if (exercised(got)) seen++;
    }
    assert.ok(seen > 10, `the rules applied after ${seen} of 60 edits`);
  }
});

/** The text after an edit still has what the rules above read: a middle name joined, a country found by its adjective. */
function exercised(m: TranscriptModel): boolean {
  return m.actors.some((a) => a.kind === 'place' && a.name === 'Valdoria') || m.actors.some((a) => a.aliases.includes('Tavares') && a.name.length > 10);
}
