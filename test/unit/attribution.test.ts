import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { attributeQuotes } from '../../server/src/analysis/attribution';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import type { Actor, ActorKind, Mention, Quote, SpeakerLabel, TranscriptModel, Turn } from '../../server/src/analysis/model';
import type { ActorResolution } from '../../server/src/analysis/pipeline-types';
import { pairQuotes } from '../../server/src/analysis/quotes';
import { scanLines, slugify } from '../../server/src/analysis/text';
import { applyEdit, seededRandom } from '../../scripts/fuzz/gen';

const joinLines = (...lines: string[]): string => lines.join('\n');

interface Person {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly roles?: readonly string[];
  readonly kind?: ActorKind;
}

/** Builds the actors step's answer by hand: every written form of every actor is a mention. */
function resolve(text: string, people: readonly Person[]): ActorResolution {
  const taken = new Uint8Array(text.length);
  const mentions: Mention[] = [];
  const actors: Actor[] = [];
  const forms: { form: string; id: string }[] = [];
  for (const p of people) {
    const id = slugify(p.name);
    for (const f of [p.name, ...(p.aliases ?? [])]) forms.push({ form: f, id });
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  for (const { form, id } of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const before = at > 0 ? text[at - 1] : ' ';
      const after = text[at + form.length] ?? ' ';
      if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) continue;
      let free = true;
      for (let k = at; k < at + form.length; k++) if (taken[k]) free = false;
      if (!free) continue;
      taken.fill(1, at, at + form.length);
      mentions.push({ start: at, end: at + form.length, actor: id, form: 'full' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const p of people) {
    const id = slugify(p.name);
    actors.push({
      id,
      name: p.name,
      kind: p.kind ?? 'person',
      aliases: p.aliases ?? [],
      roles: p.roles ?? [],
      mentions: mentions.filter((m) => m.actor === id),
      evidence: [],
    });
  }
  return { actors, mentions, roles: [], labelActors: [] };
}

function attribute(text: string, people: readonly Person[], speakers: SpeakerLabel[] = [], turns: Turn[] = []): Quote[] {
  const lines = scanLines(text);
  const raw = pairQuotes(text, lines).quotes;
  return attributeQuotes(text, lines, raw, speakers, turns, resolve(text, people));
}

/** `speaker via cue` of each top-level quote, for compact comparison. */
function who(text: string, people: readonly Person[], speakers: SpeakerLabel[] = [], turns: Turn[] = []): string[] {
  return attribute(text, people, speakers, turns)
    .filter((q) => q.depth === 0)
    .map((q) => `${q.speaker} ${q.via} ${q.cue}`);
}

const QUELL: Person = { name: 'Mara Quell', aliases: ['Quell'] };
const DORN: Person = { name: 'Ivo Dorn', aliases: ['Dorn'] };

test('cue after the quote, verb first, with a role after the name', () => {
  const text = '“We need proof on the dam and the canal,” said Mara Quell, Russia’s Trade Minister.';
  const [q] = attribute(text, [QUELL]);
  assert.equal(q.speaker, 'mara-quell');
  assert.equal(q.cue, 'said');
  assert.equal(q.via, 'cue');
  assert.deepEqual(q.cueSpan, { start: text.indexOf('said'), end: text.indexOf('said') + 4 });
  assert.equal(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'Mara Quell');
});

test('cue after the quote, name first', () => {
  assert.deepEqual(who('“What we do know is that the gate was open,” Dorn said.', [DORN]), ['ivo-dorn cue said']);
});

test('cue before the quote with a colon', () => {
  assert.deepEqual(who('Quell said: “Right now just words, not facts.”', [QUELL]), ['mara-quell colon said']);
});

test('cue before the quote with a colon at the end of the line before', () => {
  const text = joinLines('Later that day Mara Quell turned to the crowd and said:', '“Not tonight.”');
  assert.deepEqual(who(text, [QUELL, DORN]), ['mara-quell colon said']);
});

test('a quote after an opening phrase: the pronoun after the comma is the subject', () => {
  const text = joinLines('Mr. Ivo Dorn came home late.', 'Turning to the window, he waved at her: “Not tonight.”');
  assert.deepEqual(who(text, [QUELL, DORN]), ['ivo-dorn pronoun null']);
});

test('a cue on the next line that runs into the next quote with a colon is that quote\'s', () => {
  const text = joinLines('Mara Quell jumped up, exclaiming: “Look, the boats are back!”', 'Ivo Dorn said, more calmly: “Good evening to you all.”');
  const got = who(text, [QUELL, DORN]);
  assert.equal(got[0].split(' ')[0], 'mara-quell');
  assert.equal(got[1], 'ivo-dorn colon said');
});

test('name and colon without a verb', () => {
  assert.deepEqual(who('Quell: “Right now just words, not facts.”', [QUELL]), ['mara-quell colon null']);
});

test('split quote: the second part carries the speaker over', () => {
  const text = '“We need evidence,” Quell said. “Right now there are only words.”';
  assert.deepEqual(who(text, [QUELL]), ['mara-quell cue said', 'mara-quell carry-over null']);
});

test('split quote in tokenised fiction', () => {
  const text = '" Yes , " said Ivo Dorn , " I must not forget the mill . "';
  assert.deepEqual(who(text, [DORN]), ['ivo-dorn cue said', 'ivo-dorn carry-over null']);
});

test('description matches an actor by role, demonym ~ country', () => {
  const text = joinLines(
    'Mara Quell, Russia’s Foreign Minister, met Ivo Dorn in the morning.',
    '',
    '“We disagree on the canal,” the Russian foreign minister said.',
  );
  const people = [{ ...QUELL, roles: ['Russia’s Foreign Minister'] }, { ...DORN, roles: ['Harbour Master'] }];
  const [q] = attribute(text, people);
  assert.equal(q.speaker, 'mara-quell');
  assert.equal(q.via, 'description');
  assert.equal(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'the Russian foreign minister');
});

test('a description that fits no actor names no one, and says who spoke in its own words', () => {
  const text = joinLines('Mara Quell met Ivo Dorn.', '“We will see in coming days,” the port official added.');
  const [q] = attribute(text, [QUELL, DORN]);
  assert.equal(q.speaker, null);
  assert.equal(q.cue, 'added');
  assert.equal(q.via, 'description');
  assert.equal(q.described, 'the port official');
});

test('pronoun: she -> the last woman named before the quote', () => {
  const text = joinLines('Ms. Mara Quell spoke after Mr. Ivo Dorn left the room.', '“No deal today,” she said.');
  const [q] = attribute(text, [QUELL, DORN]);
  assert.equal(q.speaker, 'mara-quell');
  assert.equal(q.via, 'pronoun');
  assert.equal(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'she');
});

test('pronoun: he -> the last man named before the quote', () => {
  const text = joinLines('Mr. Ivo Dorn spoke before Ms. Mara Quell.', '“Not yet,” he said.');
  assert.deepEqual(who(text, [QUELL, DORN]), ['ivo-dorn pronoun said']);
});

test('pronoun without known gender: the nearest person', () => {
  const text = joinLines('Kell Barro spoke after Tane Osk.', '“Enough,” he said.');
  assert.deepEqual(who(text, [{ name: 'Kell Barro' }, { name: 'Tane Osk' }]), ['tane-osk pronoun said']);
});

test('pronoun: a given name left out of a surname mention does not give the surname its sex', () => {
  // `Florence | Quell`: the surname went to the man of that name; `she` is not him.
  const text = joinLines('Edith Quell came in.', 'Mr. Ivo Quell stood up.', 'Florence Quell sat down.', '“Not tonight,” she said.');
  assert.deepEqual(who(text, [{ name: 'Edith Quell' }, { name: 'Ivo Quell', aliases: ['Quell'] }]), ['edith-quell pronoun said']);
});

test('his wife: the person of his surname with a woman\'s honorific', () => {
  const text = joinLines('Mrs. Quell had gone out when Mr. Quell sat down with Edith Dorn.', '“Where is the key?” cried his wife impatiently.');
  const people = [{ name: 'Mrs. Quell' }, { name: 'Mr. Quell' }, { name: 'Edith Dorn' }];
  assert.deepEqual(who(text, people), ['mrs-quell description cried']);
  // No one of his surname: `his wife` is the last woman named, as before.
  const other = joinLines('Mr. Quell sat down with Edith Dorn.', '“Where is the key?” cried his wife.');
  assert.deepEqual(who(other, [{ name: 'Mr. Quell' }, { name: 'Edith Dorn' }]), ['edith-dorn description cried']);
});

test('a manner adverb after a description leaves its sex readable', () => {
  const text = joinLines('Ivo Dorn met Edith Quell at the gate.', '“Too late,” said his sister sadly.');
  assert.deepEqual(who(text, [{ name: 'Ivo Dorn' }, { name: 'Edith Quell' }]), ['edith-quell description said']);
});

test('pronoun: a description of a titled person after the last name stands for them', () => {
  const text = joinLines('Dr. Arthur Dorn came with George Barro.', 'Barro sat down.', 'The doctor shut the door.', '“Feeling sick?” he asked.');
  assert.deepEqual(who(text, [{ name: 'Arthur Dorn', aliases: ['Dorn'] }, { name: 'George Barro', aliases: ['Barro'] }]), ['arthur-dorn pronoun asked']);
});

test('the man: a generic description is not the last man named', () => {
  const text = joinLines(
    '“Is the ferry in?” asked George Dorn.',
    '“Not yet.”',
    '“Not yet! Then I am early for once.”',
    '“Where are you bound?” asked the man, who was a carter.',
    '“Up the river, to my aunt.”',
  );
  const got = who(text, [{ name: 'George Dorn' }]);
  assert.deepEqual(got.slice(3), ['null description asked', 'george-dorn carry-over null']);
  assert.equal(attribute(text, [{ name: 'George Dorn' }])[3].described, 'the man');
});

test('a cue word used as a noun is no cue: made no answer', () => {
  const text = joinLines('Mara Quell came in.', '“The mail came early today.” Ivo Dorn made no answer.');
  const [q] = attribute(text, [QUELL, DORN]);
  assert.notEqual(q.cue, 'answer');
  assert.notEqual(q.speaker, 'ivo-dorn');
});

test('the narration between two quotes opens a sentence: its pronoun is its subject', () => {
  const text = joinLines('“I know them well,” said George Dorn.', 'He nodded toward the silent Arthur Quell.', '“I can tell you what he is.”');
  const people = [{ name: 'George Dorn' }, { name: 'Arthur Quell' }];
  assert.deepEqual(who(text, people)[1], 'george-dorn carry-over null');
});

test('his lady, speaking to Mr. Quell by name: the woman of his surname', () => {
  const text = joinLines('It was a fine day.', '“My dear Mr. Quell,” said his lady to him, “the barn roof leaks again.”', 'Mrs. Quell smiled.');
  const people = [{ name: 'Ivo Quell', aliases: ['Quell'] }, { name: 'Mrs. Quell' }];
  assert.deepEqual(who(text, people), ['mrs-quell description said', 'mrs-quell carry-over null']);
});

test('a question a cue says was said goes on; one it says was asked is answered', () => {
  const people = [{ name: 'George Dorn' }, { name: 'Arthur Quell' }];
  const said = joinLines('Arthur Quell met George Dorn on the road.', '“Is that all you know?” said George Dorn.', '“And I have waited here since noon.”');
  assert.equal(who(said, people)[1], 'george-dorn carry-over null');
  const asked = joinLines('Arthur Quell met George Dorn on the road.', '“Is that all you know?” asked George Dorn.', '“That is all.”');
  assert.equal(who(asked, people)[1], 'arthur-quell carry-over null');
});

test('pronoun skips names inside quotes', () => {
  const text = joinLines('Mr. Ivo Dorn stood up.', '“Ask Kell Barro about it,” he said.');
  assert.deepEqual(who(text, [DORN, { name: 'Kell Barro' }]), ['ivo-dorn pronoun said']);
});

test('according to, after and before', () => {
  assert.deepEqual(who('“Talks failed on Tuesday,” according to Quell.', [QUELL]), ['mara-quell cue according to']);
  assert.deepEqual(who('According to Quell, “talks failed on Tuesday.”', [QUELL]), ['mara-quell cue According to']);
});

test('told reporters: the object belongs to the cue', () => {
  const text = '“We are not there yet,” Ivo Dorn told reporters on Sunday.';
  const [q] = attribute(text, [DORN]);
  assert.equal(q.cue, 'told reporters');
  assert.equal(q.speaker, 'ivo-dorn');
});

test('a name with an appositive before the cue', () => {
  const text = '“Many of the groups are affiliated with the front,” Tane Osk, Quell’s deputy, told state media.';
  const [q] = attribute(text, [QUELL, { name: 'Tane Osk' }]);
  assert.equal(q.speaker, 'tane-osk');
  assert.equal(q.cue, 'told state media');
});

test('a cue earlier in the sentence: pointing out that ... “...”', () => {
  const text = 'Ivo Dorn ended his visit on Monday, pointing out that his talk with Mara Quell was “candid and businesslike despite some disagreements.”';
  assert.deepEqual(who(text, [QUELL, DORN]), ['ivo-dorn cue pointing out']);
});

test('a quote right after a speaker label on the same line', () => {
  const text = 'MARA QUELL TRADE MINISTER "It\'s a work meeting from which no results are expected."';
  const bodyStart = text.indexOf('"');
  const label: SpeakerLabel = {
    start: 0,
    end: 25,
    label: 'MARA QUELL TRADE MINISTER',
    name: 'MARA QUELL',
    nameSpan: { start: 0, end: 10 },
    role: 'Trade Minister',
    roleSpan: { start: 11, end: 25 },
    time: null,
    timeSpan: null,
    layout: 'caps-role',
    bodyStart,
    anonymous: false,
  };
  const turn: Turn = { start: bodyStart, end: text.length, label: 0, speaker: 'mara-quell' };
  const [q] = attribute(text, [{ ...QUELL, aliases: ['MARA QUELL'] }], [label], [turn]);
  assert.equal(q.speaker, 'mara-quell');
  assert.equal(q.via, 'speaker-line');
  assert.deepEqual(q.speakerSpan, { start: 0, end: 10 });
});

test('a quote inside a speaker turn with no other attribution', () => {
  const text = joinLines('QUELL: We said it before.', 'Our view is “nothing has changed since the summit in the spring.”');
  const label: SpeakerLabel = {
    start: 0,
    end: 5,
    label: 'QUELL',
    name: 'QUELL',
    nameSpan: { start: 0, end: 5 },
    role: null,
    roleSpan: null,
    time: null,
    timeSpan: null,
    layout: 'caps-colon',
    bodyStart: 7,
    anonymous: false,
  };
  const turn: Turn = { start: 7, end: text.length, label: 0, speaker: 'mara-quell' };
  assert.deepEqual(who(text, [QUELL], [label], [turn]), ['mara-quell turn null']);
});

test('a cue inside a turn wins over the turn', () => {
  const text = 'QUELL: As Dorn said, “the canal stays open all year long.”';
  const label: SpeakerLabel = {
    start: 0,
    end: 5,
    label: 'QUELL',
    name: 'QUELL',
    nameSpan: { start: 0, end: 5 },
    role: null,
    roleSpan: null,
    time: null,
    timeSpan: null,
    layout: 'caps-colon',
    bodyStart: 7,
    anonymous: false,
  };
  const turn: Turn = { start: 7, end: text.length, label: 0, speaker: 'mara-quell' };
  assert.deepEqual(who(text, [QUELL, DORN], [label], [turn]), ['ivo-dorn cue said']);
});

test('a scare quote gets no speaker', () => {
  const text = 'Quell said relations are at a ‘low point’ this spring.';
  const [q] = attribute(text, [QUELL]);
  assert.equal(q.kind, 'scare');
  assert.equal(q.speaker, null);
  assert.equal(q.via, null);
});

test('the next paragraph quoting on after an attributed quote keeps the speaker', () => {
  const text = joinLines('“We had some productive talks,” Dorn said.', '', '“Yet the gap of trust remains wide.”');
  assert.deepEqual(who(text, [DORN]), ['ivo-dorn cue said', 'ivo-dorn carry-over null']);
});

test('a two-person exchange of bare quotes alternates speakers', () => {
  const text = joinLines(
    'Nora Penn came in.',
    '“Where were you?” asked Nora Penn.',
    '“At the mill all night,” said Abel Stroud.',
    '“With whom?”',
    '“Alone.”',
  );
  assert.deepEqual(who(text, [{ name: 'Nora Penn' }, { name: 'Abel Stroud' }]), [
    'nora-penn cue asked',
    'abel-stroud cue said',
    'abel-stroud carry-over null',
    'nora-penn carry-over null',
  ]);
});

test('the person a quote speaks to by name answers next', () => {
  const text = joinLines(
    'Nora Penn and Abel Stroud sat by the fire.',
    '“Is the mill safe tonight, Abel?”',
    '“Safe enough.”',
  );
  assert.deepEqual(who(text, [{ name: 'Nora Penn', aliases: ['Nora'] }, { name: 'Abel Stroud', aliases: ['Abel'] }]).slice(1), [
    'abel-stroud carry-over null',
  ]);
});

test('a bare quote right after a bare quote is the reply: speakers alternate', () => {
  const text = joinLines(
    'Nora Penn found Abel Stroud by the gate.',
    '“Where were you?” asked Nora Penn.',
    '“At the mill.”',
    '“All night?”',
    '“All night.”',
  );
  assert.deepEqual(who(text, [{ name: 'Nora Penn' }, { name: 'Abel Stroud' }]), [
    'nora-penn cue asked',
    'abel-stroud carry-over null',
    'nora-penn carry-over null',
    'abel-stroud carry-over null',
  ]);
});

test('a one-word name that answers a question does not address anyone', () => {
  const text = joinLines(
    'Nora Penn and Abel Stroud sat by the fire.',
    '“Who is at the door?” asked Nora.',
    '“Tom Reed.”',
    '“Let him in.”',
  );
  const people = [{ name: 'Nora Penn', aliases: ['Nora'] }, { name: 'Abel Stroud' }, { name: 'Tom Reed' }];
  assert.deepEqual(who(text, people), ['nora-penn cue asked', 'abel-stroud carry-over null', 'nora-penn carry-over null']);
});

test('a statement introduced by a colon goes on in the next paragraph; a short line gets a reply', () => {
  const statement = joinLines(
    'Mara Quell said: “We will keep the canal open through the winter whatever the cost to the port and the city.”',
    '',
    '“There is no other way.”',
  );
  assert.deepEqual(who(statement, [QUELL]), ['mara-quell colon said', 'mara-quell carry-over null']);
  const dialogue = joinLines('Ivo Dorn and Mara Quell met at the gate.', 'Dorn said: “You are late.”', '“The ferry was slow.”');
  assert.deepEqual(who(dialogue, [QUELL, DORN]), ['ivo-dorn colon said', 'mara-quell carry-over null']);
});

test('the narrator’s I names no one, unless the others call the narrator by name', () => {
  const text = joinLines(
    '“You are late again, Pell,” said Tane Osk.',
    '“The ferry was slow,” I said.',
    '“Sit down, Pell.”',
    '“Thank you,” I said.',
    '“Have you eaten, Pell?”',
    '“Not yet,” I answered.',
  );
  const osk = { name: 'Tane Osk' };
  assert.deepEqual(who(text, [osk, { name: 'Pell' }]), [
    'tane-osk cue said',
    'pell pronoun said',
    'tane-osk carry-over null',
    'pell pronoun said',
    'tane-osk carry-over null',
    'pell pronoun answered',
  ]);
  // Called by name only once: the narrator stays unnamed.
  const once = joinLines('“You are late again, Pell,” said Tane Osk.', '“The ferry was slow,” I said.');
  assert.deepEqual(who(once, [osk, { name: 'Pell' }]), ['tane-osk cue said', 'null cue said']);
  assert.equal(attribute(once, [osk, { name: 'Pell' }])[1].described, 'I (the narrator)');
});

/** `speaker / described` of each top-level quote. */
function described(text: string, people: readonly Person[]): string[] {
  return attribute(text, people)
    .filter((q) => q.depth === 0)
    .map((q) => `${q.speaker} / ${q.described}`);
}

test('an unnamed speaker is described in the words of the cue, and keeps the description through the exchange', () => {
  const text = joinLines(
    'Ivo Dorn reached the ferry at noon.',
    '“Where are you bound?” asked a small boy.',
    '“Up the river.”',
    '“Can I come?”',
  );
  assert.deepEqual(described(text, [DORN]), ['null / a small boy', 'ivo-dorn / null', 'null / a small boy']);
});

test('he, right after a newcomer spoke, is the newcomer, not a man named before', () => {
  const text = joinLines(
    'Ivo Dorn said the talks would go on. “Diplomacy takes time,” Dorn said.',
    '“This is a disaster,” said a Western diplomat in Geneva.',
    '“I disagree,” he added.',
  );
  assert.deepEqual(described(text, [DORN]), ['ivo-dorn / null', 'null / a Western diplomat in Geneva', 'null / a Western diplomat in Geneva']);
  // With Dorn named again between them, `he` is Dorn.
  const again = joinLines('“This is a disaster,” said a Western diplomat in Geneva.', 'Ivo Dorn shook his head.', '“I disagree,” he said.');
  assert.deepEqual(described(again, [DORN]), ['null / a Western diplomat in Geneva', 'ivo-dorn / null']);
});

test('a newcomer who goes on after their own cue keeps speaking', () => {
  const text = joinLines('Ivo Dorn visited the town. “We will rebuild,” Dorn said.', '“It was chaos,” one resident told reporters. “Nobody knew where to go.”');
  assert.deepEqual(described(text, [DORN]), ['ivo-dorn / null', 'null / one resident', 'null / one resident']);
});

test('a newcomer goes on into the next exchange after a break, but no further once the text stops describing them', () => {
  const text = joinLines(
    '“It was chaos,” one resident told reporters.',
    'The bridge was closed for hours.',
    '“Nobody knew where to go.”',
    'Later the river rose again and the water reached the square.',
    '“We will rebuild.”',
  );
  assert.deepEqual(described(text, []), ['null / one resident', 'null / one resident', 'null / null']);
});

test('a description that names a known person by what they are is not a newcomer: the exchange may still name them', () => {
  const text = joinLines(
    'Ivo Dorn and Mara Quell sat by the fire.',
    '“It is late,” said Mara Quell.',
    '“Not yet,” said the old man.',
  );
  // `the old man` stands for the last man named, as a pronoun would.
  assert.deepEqual(described(text, [QUELL, DORN]), ['mara-quell / null', 'ivo-dorn / null']);
});

test('a quote ending its line takes the cue that opens the next line', () => {
  const text = joinLines('Nora Penn stood at the gate.', '" Open the gate ! "', 'Nora Penn said .');
  assert.deepEqual(who(text, [{ name: 'Nora Penn' }]), ['nora-penn cue said']);
});

test('a description with a gender stands for the last person of that gender; an indefinite one for nobody', () => {
  const text = joinLines('Mr. Abel Stroud came home late.', 'Mrs. Nora Stroud was waiting up.', '“Where were you?” asked his wife.');
  assert.deepEqual(who(text, [{ name: 'Abel Stroud' }, { name: 'Nora Stroud' }]), ['nora-stroud description asked']);
  const stranger = joinLines('Mr. Abel Stroud came home late.', '“Run!” cried a woman.');
  assert.deepEqual(who(stranger, [{ name: 'Abel Stroud' }]), ['null description cried']);
  assert.equal(attribute(stranger, [{ name: 'Abel Stroud' }])[0].described, 'a woman');
});

test('a title before a name lets a description find the person: Dr. Dorn is the doctor', () => {
  const text = joinLines('Dr. Ivo Dorn closed his bag.', '“She will sleep now,” the doctor said.');
  assert.deepEqual(who(text, [DORN]), ['ivo-dorn description said']);
});

test('he replied, right after another man spoke, is the other man', () => {
  const text = joinLines('Mr. Abel Stroud met Mr. Ivo Dorn at the gate.', '“Is the mill safe?” asked Dorn.', '“Safe enough,” he replied.');
  assert.deepEqual(who(text, [{ name: 'Abel Stroud' }, DORN]), ['ivo-dorn cue asked', 'abel-stroud pronoun replied']);
});

test('the person a quote calls by name is not the one the pronoun stands for', () => {
  const text = joinLines('Mr. Abel Stroud sat with Mr. Ivo Dorn.', '“Have some tea, Dorn,” he said.');
  assert.deepEqual(who(text, [{ name: 'Abel Stroud' }, DORN]), ['abel-stroud pronoun said']);
});

test('a name’s gender learnt from the pronouns that follow it', () => {
  const text = joinLines(
    'Kell Barro came in from the rain, and she shook out her coat. Tane Osk looked up from his book.',
    '“You are wet through,” she said.',
  );
  assert.deepEqual(who(text, [{ name: 'Kell Barro' }, { name: 'Tane Osk' }]), ['kell-barro pronoun said']);
});

test('a quote after narration goes to the person the narration is about', () => {
  const text = joinLines('The door opened. Nora Penn put down her basket and looked at the fire.', '“It is cold in here.”');
  assert.deepEqual(who(text, [{ name: 'Nora Penn' }]), ['nora-penn carry-over null']);
});

test('a quote inside a sentence of narration goes to the sentence subject', () => {
  const text = 'Nora Penn stopped at the door and turned round: “Nobody leaves before the bell rings tonight.”';
  assert.deepEqual(who(text, [{ name: 'Nora Penn' }]), ['nora-penn colon null']);
});

test('a cue on the next line when the sentence goes on in lower case', () => {
  const text = joinLines('" Where is the key ? "', 'asked Nora Penn , looking round .');
  assert.deepEqual(who(text, [{ name: 'Nora Penn' }]), ['nora-penn cue asked']);
});

test('inverted fiction cues: said he, cried Mr. Jones', () => {
  const text = joinLines('Mr. Abel Stroud looked up.', '" Who is there ? " said he .', '" Open the door ! " cried Mr. Stroud .');
  assert.deepEqual(who(text, [{ name: 'Abel Stroud', aliases: ['Stroud'] }]), ['abel-stroud pronoun said', 'abel-stroud cue cried']);
});

test('no actors at all: quotes keep their cue but name no one', () => {
  const [q] = attribute('“It will pass,” the ferryman said.', []);
  assert.equal(q.speaker, null);
  assert.equal(q.cue, 'said');
});

test('empty text and text without quotes', () => {
  assert.deepEqual(attribute('', []), []);
  assert.deepEqual(attribute('No quotes here, said nobody.', [QUELL]), []);
});

test('CRLF text', () => {
  const text = '“We need evidence,” Quell said.\r\n\r\n“Right now there are only words.”\r\n';
  assert.deepEqual(who(text, [QUELL]), ['mara-quell cue said', 'mara-quell carry-over null']);
});

test('many quotes stay fast', () => {
  const para = '“We need evidence on the dam,” Quell said. “Right now just words.” Dorn disagreed.\n';
  const text = para.repeat(5000);
  const t0 = performance.now();
  const quotes = attribute(text, [QUELL, DORN]);
  assert.ok(performance.now() - t0 < 3000);
  assert.equal(quotes.length, 10000);
  assert.equal(quotes[9999].speaker, 'mara-quell');
});

// ---- the seeds, through the whole pipeline (names, actors and speakers steps included)

const SEEDS = join(process.cwd(), '../shared/seeds');

function seed(prefix: string): string | null {
  if (!existsSync(SEEDS)) return null;
  const f = readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  return f ? readFileSync(join(SEEDS, f), 'utf8') : null;
}

function quoteStarting(quotes: readonly Quote[], words: string): Quote | undefined {
  return quotes.find((q) => q.text.startsWith(words));
}

function actorName(model: ReturnType<typeof analyze>, id: string | null): string | null {
  return model.actors.find((a) => a.id === id)?.name ?? null;
}

test('seed 001: Lavrov and Tillerson, and a scare quote', (t) => {
  const text = seed('001_');
  if (text === null) return t.skip('seeds not found');
  const model = analyze(text);
  assert.equal(quoteStarting(model.quotes, 'low point')?.kind, 'scare');
  assert.equal(actorName(model, quoteStarting(model.quotes, 'We need concrete evidence')?.speaker ?? null), 'Sergey Lavrov');
  assert.equal(actorName(model, quoteStarting(model.quotes, 'What we do know')?.speaker ?? null), 'Rex Tillerson');
});

test('seed 002: Obama’s quotes go to Barack Obama', (t) => {
  const text = seed('002_');
  if (text === null) return t.skip('seeds not found');
  const model = analyze(text);
  for (const start of ['candid, blunt', 'We had some productive talks', 'Yet, given the gap']) {
    assert.equal(actorName(model, quoteStarting(model.quotes, start)?.speaker ?? null), 'Barack Obama', start);
  }
});

test('seed 003: Ryabkov and Obama', (t) => {
  const text = seed('003_');
  if (text === null) return t.skip('seeds not found');
  const model = analyze(text);
  assert.equal(actorName(model, quoteStarting(model.quotes, 'Many of the groups')?.speaker ?? null), 'Sergey Ryabkov');
  assert.equal(actorName(model, quoteStarting(model.quotes, 'We’re not there yet')?.speaker ?? null), 'Barack Obama');
  assert.equal(actorName(model, quoteStarting(model.quotes, 'It’s premature')?.speaker ?? null), 'Barack Obama');
});

// ---- after an edit: the incremental analysis keeps what the edit cannot have changed

/** Narration with no names and no quotes, to set chapters apart by more than attribution reads. */
const HARBOUR = [
  'The wind came off the water in long cold gusts, and the lamps along the quay swung on their chains until the light ran up and down the wet stones.',
  'Somewhere beyond the breakwater a bell rang for the turn of the tide, slow and flat, and the gulls on the roofs of the sheds lifted and wheeled and came down again.',
  'The fish market had closed an hour before; the boards were scrubbed and stacked, the scales hung up on their hooks, and only the smell of the day was left in the cold air.',
  'Up the hill the windows of the houses were lit one after another, yellow squares in the dark, and the smoke from the chimneys leaned all one way with the weather.',
  'It had been a hard season for the harbour, with the catch thin and the prices low, and the talk in the taverns was all of debts and of boats that might be sold before spring.',
];

const CAST: readonly (readonly [string, string, string, string])[] = [
  ['Nora Penn', 'Abel Stroud', 'she', 'he'],
  ['Kell Barro', 'Tane Osk', 'she', 'he'],
  ['Ivo Dorn', 'Mara Quell', 'he', 'she'],
  ['Sela Vorn', 'Rudd Hale', 'she', 'he'],
];

/**
 * A chapter of a made-up story: an exchange between two people, the narrator's `I` (called
 * Pell when `calls` is set), then about 3,500 characters of narration.
 */
function chapter(c: number, calls = true): string {
  const [a, b, pa, pb] = CAST[c % CAST.length];
  const first = a.split(' ')[0];
  const last = b.split(' ')[1];
  const narration: string[] = [];
  for (let i = 0; i < 12; i++) narration.push(`${HARBOUR[(c + i) % HARBOUR.length]} ${HARBOUR[(c + i + 2) % HARBOUR.length]}`, '');
  return joinLines(
    `${a} came down to the harbour at dusk, and ${pa} stopped by the nets.`,
    '',
    `“Where were you?” asked ${a}.`,
    '',
    '“At the mill.”',
    '',
    '“All night?”',
    '',
    `“All night, ${first},” said ${b}.`,
    '',
    `${last} turned to the window. “The boats are late again,” ${pb} said. “They should be in by now.”`,
    '',
    '“I know,” I said.',
    '',
    calls ? '“Sit down, Pell.”' : '“Sit down.”',
    '',
    '“Thank you,” I said.',
    '',
    calls ? `“Have you eaten, Pell?” asked ${first}.` : `“Have you eaten?” asked ${first}.`,
    '',
    '“Not yet,” I answered.',
    '',
    ...narration,
  );
}

function story(chapters: number, calls: (c: number) => boolean = () => true): string {
  const parts = ['My name is Tom Pell, and I kept the harbour books that winter.', ''];
  for (let c = 0; c < chapters; c++) parts.push(chapter(c, calls(c)));
  return parts.join('\n');
}

/** The speaker of the top-level quote that starts with `start`, the `nth` such quote. */
function speakerOf(model: TranscriptModel, start: string, nth = 0): string | null | undefined {
  return model.quotes.filter((q) => q.depth === 0 && q.inner.start < model.text.length && model.text.startsWith(start, q.inner.start))[nth]?.speaker;
}

test('a story: the narrator is named by how the others call him, exchanges alternate', () => {
  const model = analyze(story(2));
  assert.equal(speakerOf(model, 'At the mill'), 'abel-stroud');
  assert.equal(speakerOf(model, 'All night?'), 'nora-penn');
  assert.equal(speakerOf(model, 'Not yet', 1), 'tom-pell');
});

test('an edit in the narration far from a dialogue reads again only the quotes near it', () => {
  const text = story(4);
  const inc = new IncrementalAnalyzer();
  const before = inc.update(text);
  const quotes = before.quotes.filter((q) => q.depth === 0).length;
  const at = text.indexOf('The fish market', text.indexOf('Rudd Hale'));
  const edited = text.slice(0, at) + 'Late. ' + text.slice(at);
  assert.deepEqual(inc.update(edited), analyze(edited));
  assert.ok(inc.stats.quotesAttributed <= quotes / 4, `${inc.stats.quotesAttributed} of ${quotes} read again`);
});

test('the narrator’s name is the whole text’s: an edit in the first chapter names the narrator of the last', () => {
  // Only the first chapter calls the narrator Pell; the last chapter is far from it.
  const text = story(4, (c) => c === 0);
  const inc = new IncrementalAnalyzer();
  assert.equal(speakerOf(inc.update(text), 'Not yet', 3), 'tom-pell');
  // Called by name only once: the narrator goes unnamed, in every chapter.
  const once = text.replace('“Sit down, Pell.”', '“Sit down.”');
  const model = inc.update(once);
  assert.deepEqual(model, analyze(once));
  assert.equal(speakerOf(model, 'Not yet', 3), null);
  assert.deepEqual(inc.update(text), analyze(text));
});

test('a gender learnt far from a quote: editing the pronoun after the name changes who `she` is', () => {
  const far = joinLines('Kell Barro and Tane Osk stood at the door of the shed.', '', '“You are wet through,” she said.');
  const text = story(3) + '\n' + far;
  const inc = new IncrementalAnalyzer();
  assert.equal(speakerOf(inc.update(text), 'You are wet'), 'kell-barro');
  // Kell Barro is `he` in the only clause that tells.
  const he = text.replace('Kell Barro came down to the harbour at dusk, and she', 'Kell Barro came down to the harbour at dusk, and he');
  const model = inc.update(he);
  assert.deepEqual(model, analyze(he));
  assert.equal(speakerOf(model, 'You are wet'), 'tane-osk');
});

test('a title far from a quote: the judge is the one written so before the name', () => {
  const far = joinLines('', 'Ivo Dorn and Mara Quell waited by the stove.', '', '“She will sleep now,” the judge said.');
  const text = story(4).replace('Ivo Dorn came down', 'The judge Ivo Dorn came down') + far;
  const inc = new IncrementalAnalyzer();
  const sleep = (m: TranscriptModel) => m.quotes.find((q) => q.text.includes('She will sleep'));
  const titled = sleep(inc.update(text));
  assert.equal(titled?.speaker, 'ivo-dorn');
  assert.equal(titled?.via, 'description');
  // A tailor is no title: the description names no one (the exchange may still guess).
  const untitled = text.replace('The judge Ivo Dorn', 'The tailor Ivo Dorn');
  const model = inc.update(untitled);
  assert.deepEqual(model, analyze(untitled));
  assert.notEqual(sleep(model)?.via, 'description');
});

/** Pieces a random edit of a story inserts: keystrokes, marks, cues, names, forms of address. */
const STORY_PIECES = [
  'a', ' ', '.', ',', '?', '\n', '\n\n', '“', '”', '"', ' said he', ' she said', ' I said.', ', Pell', 'Pell', 'Kell Barro',
  ' replied Tane Osk', 'Dr. ', ' his', ' her', ' the doctor said', '“Yes.”\n\n“No.”\n\n', 'He turned. ',
];

test('a story after 60 random edits: the incremental model equals a fresh analysis', () => {
  const rand = seededRandom(11);
  let text = story(3);
  const inc = new IncrementalAnalyzer();
  inc.update(text);
  let attributed = 0;
  let quotes = 0;
  for (let i = 0; i < 60; i++) {
    const start = Math.floor(rand() * (text.length + 1));
    const r = rand();
    const end = Math.min(text.length, start + (r < 0.5 ? 0 : r < 0.9 ? Math.floor(rand() * 5) : Math.floor(rand() * 400)));
    const piece = rand() < 0.2 ? '' : STORY_PIECES[Math.floor(rand() * STORY_PIECES.length)];
    const edit = { start, end, text: piece === '' && end === start ? 'x' : piece };
    text = applyEdit(text, edit);
    const got = inc.update(text);
    assert.deepEqual(got, analyze(text), `edit ${i} ${JSON.stringify(edit)}`);
    attributed += inc.stats.quotesAttributed;
    quotes += got.quotes.length;
  }
  // Most quotes kept their reading.
  assert.ok(attributed < quotes / 2, `${attributed} of ${quotes} read again`);
});

test('he, after a full name whose sex the text does not tell spoke in the same paragraph, is that speaker, not a man named further back', () => {
  const text = [
    '“We see no point in talking until they do,” Foreign Minister Pavel Orlov told reporters in Moscow. Mr. Orlov then left.',
    '',
    '“This is a dark day for everyone in the region,” said Matteo di Lorenzo, the United Nations envoy for Syria. He added: “Civilians will pay the price.”',
  ].join('\n');
  const speakers = analyze(text).quotes.map((q) => q.speaker);
  assert.deepEqual(speakers, ['pavel-orlov', 'matteo-di-lorenzo', 'matteo-di-lorenzo']);
});

test('a kin word set off before a name tells the sex: her husband, Karim, is the he that speaks next', () => {
  const text = joinLines(
    'Mr. Ivo Dorn said the town would be rebuilt.',
    '“I was there,” said Leila Haddad. Her husband, Karim, said the family would stay. “Where would we go?” he asked.',
  );
  const got = who(text, [DORN, { name: 'Leila Haddad' }, { name: 'Karim' }]);
  assert.equal(got[1].split(' ')[0], 'karim');
});

test('a verb word inside a name is no cue: the United States “remains committed”', () => {
  const text = 'Mary Quell spoke for the State Department on Friday.\nAccording to a spokeswoman, Mary Quell, the United States “remains committed to the agreement, whatever comes next.”';
  const q = analyze(text).quotes[0];
  assert.notEqual(q.cue, 'States');
  assert.equal(q.speaker, 'mary-quell');
});

test('she, after a newcomer brought in as the subject of her paragraph, is that newcomer, and her next quote too, not a man named further back', () => {
  const text = joinLines(
    'In Moscow, Oleg Markov dismissed the reports. “This is not true,” Markov told reporters.',
    '',
    'A retired teacher said she had not left her basement in a week. “I hear the explosions every night,” she said. “My grandson calls me every morning.”',
  );
  const got = described(text, [{ name: 'Oleg Markov', aliases: ['Markov'] }]);
  assert.deepEqual(got.slice(1), ['null / a retired teacher', 'null / a retired teacher']);
});

test('a description of someone of a named country that fits no actor is someone the text does not name', () => {
  const text = joinLines(
    'Mr. Ivo Dorn spoke about the patrols on Tuesday.',
    '',
    'Before that, the Iranian defense minister said firmly, “No one will cross that line in the strait.”',
  );
  assert.deepEqual(described(text, [DORN]), ['null / the Iranian defense minister']);
});

test('in a speaker’s turn, a quote the turn gives to someone described is theirs, not the speaker’s; he in the speaker’s own words is someone else', () => {
  const text = [
    'DANIEL HARPER, CNN ANCHOR: Good evening. The president told reporters, "We made real progress." But critics disagree.',
    '',
    'HARPER: Joining me now, former ambassador Thomas Reid.',
    '',
    'THOMAS REID, FORMER U.S. AMBASSADOR TO RUSSIA: Well, Sokolov said something very telling. He said, "We will see." And when Sokolov says "we will see," he means no.',
  ].join('\n');
  const quotes = analyze(text).quotes;
  assert.deepEqual(
    quotes.map((q) => [q.speaker, q.described]),
    [
      [null, 'the president'],
      ['sokolov', null],
      ['sokolov', null],
    ],
  );
});

test('he after a sentence whose subject is a name of unknown sex, with only a role before it, is that person', () => {
  const text = [
    '“We have a clear plan,” Mr. Edward Blake wrote on X.',
    '',
    'Labour leader Rowan Ashby, who has led in the polls for a year, said the plan had failed. In an interview with the BBC, he said: “People are worse off than they were five years ago.”',
  ].join('\n');
  assert.deepEqual(analyze(text).quotes.map((q) => q.speaker), ['edward-blake', 'rowan-ashby']);
});

test('said followed by a name that is the subject of another verb names the one who said it', () => {
  const text = 'Richard Vance arrived in Beijing on Sunday.\n\nChina’s foreign ministry spokesman Zhao Ming said Beijing hoped the visit would “bring the relationship back on track.”\n\nThe talks begin on Monday.';
  assert.equal(analyze(text).quotes[0].speaker, 'zhao-ming');
});

test('in a hearing, the you a speaker questions is the one they question, but not a you that is anyone', () => {
  const text = [
    'REP. DAVID OKAFOR: Mr. Halvorsen, when did you learn of it?',
    '',
    'MR. HALVORSEN: I learned of it in January of last year.',
    '',
    'REP. OKAFOR: Then why did you tell shareholders in April, quote, "our systems are performing as designed"?',
    '',
    'MR. HALVORSEN: Well, you know, when you say "designed" it means different things to different people.',
  ].join('\n');
  const quotes = analyze(text).quotes;
  assert.equal(quotes[0].speaker, 'halvorsen');
  assert.equal(quotes[1].speaker, 'halvorsen');
  assert.notEqual(quotes[1].via, 'pronoun');
});

test('a paragraph wrapped over lines is one paragraph: she, on the line after the name, is the mayor, not the speaker of the turn', () => {
  const text = [
    'MS. CALLOWAY:  Go ahead.',
    '',
    'Q    Thanks, Dana.  D.C. Mayor Ruth Bowen, in her inaugural speech, called',
    'on the President to bring federal staff back to their desks.  She said, “We need',
    'decisive action by the White House.”  Your response?',
    '',
    'MS. CALLOWAY:  We have seen the speech.',
  ].join('\n');
  const q = analyze(text).quotes.find((x) => x.text.startsWith('We need'));
  assert.equal(q?.speaker, 'ruth-bowen');
});

test('he takes up the one person named in the sentence before, even as a possessive, over a man named further back', () => {
  const text = [
    'MS. CALLOWAY:  The President spoke to Mr. Ivo Dorn this morning.  Go ahead.',
    '',
    'Q    Thank you.  Just about Secretary Vance’s comments yesterday',
    'about Russia in Geneva.  He said that the United States seeks a “more',
    'stable and more predictable relationship with Russia over the years to come.”  What is —',
  ].join('\n');
  const q = analyze(text).quotes.find((x) => x.text.startsWith('more'));
  assert.equal(q?.speaker, 'vance');
});
