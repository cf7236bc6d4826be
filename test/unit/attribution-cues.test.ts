import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { tokenize } from '../../server/src/analysis/attribution-tokens';

/** The name of the speaker of each top-level quote, in order (null when none). */
const speakers = (text: string): (string | null)[] => {
  const m = analyze(text);
  return m.quotes.filter((q) => q.depth === 0).map((q) => (q.speaker === null ? null : m.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker));
};

test('a question a cue with an object only says was said goes on in the same voice', () => {
  // `said to the porter`: the verb is `said`, which does not ask for an answer.
  const text = ['Ruth Alder and Simon Vale waited on the platform .', '" Where are you going ? " she said to the porter .', '" You cannot leave before the train arrives . "'].join('\n');
  assert.deepEqual(speakers(text), ['Ruth Alder', 'Ruth Alder']);
});

test('verbs of thought, song and response after a quote name its speaker', () => {
  const scene = (verb: string): string =>
    ['Ruth Alder watched Simon Vale cross the square .', '" It is late , " said Simon Vale .', `" What a strange fellow ! " ${verb} Ruth Alder , turning away .`].join('\n');
  for (const verb of ['thought', 'sang', 'responded', 'hinted', 'pursued', 'instructed', 'ejaculated', 'intimated']) assert.deepEqual(speakers(scene(verb)), ['Simon Vale', 'Ruth Alder'], verb);
});

test('a kin description we cannot place is not the person its possessive stands for', () => {
  // `said his cousin`: no one is named as a cousin; `his` is Simon, so Ruth speaks, and goes on.
  const text = [
    'Amos Hale dozed in his armchair . Ruth Alder stood at the window while Simon Vale walked up and down .',
    '" Trust me , sir , " said Simon , " I know Ruth agrees with me . " He paused . " Ruth has a tongue of her own , " said his cousin , sharply .',
    '" I will answer for myself . "',
  ].join('\n');
  assert.deepEqual(speakers(text), ['Simon Vale', 'Simon Vale', 'Ruth Alder', 'Ruth Alder']);
});

test('a name that stands for a family is neither a pronoun’s person nor one of the people an exchange is between', () => {
  const filler = Array(9).fill('The road ran on between the hedges and the fields lay quiet under the evening sky .').join(' ');
  const text = [
    'Sir Hugo Brandt had built the old manor , and lay buried under it .',
    filler,
    '" Good evening , Simon , " said Doctor Hale .',
    '" How long have you known this , Doctor Hale ? " said Simon Vale .',
    'The doctor explained that he had been reading about the Brandt family all winter .',
    '" I kept it to myself at first , " said he .',
    '" But a secret like that will not keep . "',
    '" I never heard a word of it . "',
    '" The manor was yours once . "',
    '" And what am I to do now , sir ? " asked Simon .',
    '" Wait , and say nothing . "',
  ].join('\n');
  const who = speakers(text);
  assert.ok(!who.includes('Hugo Brandt'), who.join(', '));
  assert.deepEqual([who[5], who[6], who[7]], ['Hale', 'Simon Vale', 'Hale']);
});

test('two quotes side by side on one line, nothing between them, are a quote and its reply', () => {
  const text = [
    'Ruth Alder cut the bread while Simon Vale sat by the stove .',
    '" I can sleep in the loft , " said Simon . " But you ought to have the warm room . "',
    'Ruth was ashamed of having asked for it .',
    '" Do not be kind to me : you must take the warm room yourself . " " I will not hear of it . "',
  ].join('\n');
  assert.deepEqual(speakers(text), ['Simon Vale', 'Simon Vale', 'Ruth Alder', 'Simon Vale']);
});

test('a quote that goes on right after the cue of a question, past a semicolon, is the same speaker’s', () => {
  const text = [
    'Ruth Alder put down her sewing and looked at Simon Vale .',
    '" You ought to find some work , Simon . " " Where shall I look ? "',
    'replied he ; " the mill has closed its doors . "',
  ].join('\n');
  assert.deepEqual(speakers(text), ['Ruth Alder', 'Simon Vale', 'Simon Vale']);
});

test('a possessive set apart from its word (`my uncle ’s wife`) is read as one description, not as the uncle', () => {
  const text = [
    'Simon Vale and his uncle Amos Vale sat at supper with Ruth .',
    '" When will you settle down , Simon ? " said my uncle \'s wife .',
    '" When the harvest is in , " said Simon .',
  ].join('\n');
  assert.deepEqual(speakers(text), ['Ruth', 'Simon Vale']);
});

test('the person a pronoun makes the narration before an exchange about is as likely a speaker as those it names', () => {
  const filler = Array(9).fill('The market was loud , and the stalls were bright with ribbons and tin toys .').join(' ');
  const text = [
    'Simon Vale went off through the market to look for his sister .',
    filler,
    'Ruth Alder and her aunt Edna Alder waited at the well .',
    'He took a small parcel out of his coat .',
    '" I bought this at the corner shop . "',
  ].join('\n');
  assert.deepEqual(speakers(text), ['Simon Vale']);
});

test('a cue joined by `and` to the verb of a sentence that opens with a pronoun has that pronoun as its subject', () => {
  // Not the person the first verb acts on (`turned to Simon Vale`), and not no one.
  const lamp = ['Simon Vale came into the yard at dusk .', 'He set the lantern on the wall and called out :', '" Is anyone at home ? "'].join('\n');
  assert.deepEqual(speakers(lamp), ['Simon Vale']);
  const door = ['Ruth Alder heard the latch lift .', 'Startled , she turned to Simon Vale and said :', '" You are late again . "'].join('\n');
  assert.deepEqual(speakers(door), ['Ruth Alder']);
  // `, and Simon ...`: a clause with a subject of its own.
  const two = ['Ruth Alder sat by the fire .', 'She waited a long while , and Simon Vale came in at last and said :', '" The road is flooded . "'].join('\n');
  assert.deepEqual(speakers(two), ['Simon Vale']);
});

test('the pronoun a sentence opens with speaks past a part set off by commas after the `and`', () => {
  const text = ['Simon Vale came into the yard at dusk , where Ruth Alder sat .', 'He crossed to Ruth Alder and , taking her by the arm , said :', '" We must go now . "'].join('\n');
  assert.deepEqual(speakers(text), ['Simon Vale']);
});

test('a possessive set apart from its word, as tokenised text writes it, neither ends the clause nor hides the cue', () => {
  const words = tokenize('into Simon ’s coat', 0, 18, 10).map((t) => t.w);
  assert.deepEqual(words, ['into', 'simon’s', 'coat']);
  const text = ['Tom Barker came in from the yard , where Simon Vale sat .', 'He crossed to the bench and , reaching into Simon ’s coat , said :', '" Lend me your knife . "'].join('\n');
  const q = analyze(text).quotes.filter((x) => x.depth === 0);
  assert.equal(q.length, 1);
  assert.equal(q[0].via, 'pronoun');
  assert.deepEqual(speakers(text), ['Tom Barker']);
});

test('a word quoted as what someone called a thing is theirs, not the next speaker\'s, when a verb joined by and follows it', () => {
  const text = [
    'HARROW BAY — The council voted on Tuesday to close the ferry pier, a decision that the pier\'s owner called "reckless" and vowed to fight in court.',
    '',
    '"This is the right decision for the town," said Councillor Nadia Ferris.',
  ].join('\n');
  const m = analyze(text);
  const quotes = m.quotes.filter((q) => q.depth === 0);
  assert.equal(quotes[0].speaker, null);
  assert.equal(quotes[0].cue, 'called');
  assert.equal(quotes[0].described, "the pier's owner");
  assert.deepEqual(speakers(text).slice(1), ['Nadia Ferris']);
});

test('unnamed sources in the news speak their quotes, not the person quoted before them', () => {
  const opener = 'Mayor Ida Brandt spoke first. "We will not back down," she said.\n\n';
  const second = (sentence: string) => {
    const m = analyze(opener + sentence);
    const q = m.quotes.filter((x) => x.depth === 0)[1];
    return { speaker: q.speaker, described: q.described };
  };
  assert.deepEqual(second('A source close to the mayor said she was "relaxed" about the vote.'), { speaker: null, described: 'a source close to the mayor' });
  assert.deepEqual(second('A person familiar with the talks said the deal was "close".'), { speaker: null, described: 'a person familiar with the talks' });
  assert.equal(second('Prosecutors had argued that the protest was "reckless".').described, 'Prosecutors');
  assert.equal(second('Two people briefed on the matter said the talks were "difficult".').speaker, null);
  // A body by what it is: `the airline`, `the charity`.
  assert.equal(second('"We are deeply sorry," the airline said in a statement.').described, 'the airline');
});

test('the source a sentence opens with (`According to ...,`) speaks the words it quotes', () => {
  const quote = (text: string) => {
    const m = analyze(text);
    const q = m.quotes.filter((x) => x.depth === 0).at(-1)!;
    return { kind: q.kind, speaker: q.speaker === null ? null : m.actors.find((a) => a.id === q.speaker)?.name, described: q.described };
  };
  assert.deepEqual(quote('Talks went on late. According to Ida Brandt, the envoy "walked out".'), { kind: 'direct', speaker: 'Ida Brandt', described: null });
  assert.deepEqual(quote('Talks went on late. According to one person who was in the room, the envoy "stood up and walked out".'), {
    kind: 'direct',
    speaker: null,
    described: 'one person who was in the room',
  });
});

test('organisations named by their trade keep their kind, also by the first word alone', () => {
  const m = analyze("Talks between the union and port operator Meridian Docks broke down. Meridian's chief executive, Clara Voss, said the offer was fair.");
  assert.deepEqual(
    m.actors.map((a) => `${a.kind} ${a.name} [${a.aliases.join(', ')}]`),
    ['organization Meridian Docks [Meridian]', 'person Clara Voss []'],
  );
});

test('a verb after and with no subject of its own is no cue for the quote before it', () => {
  for (const tail of [' and declined to comment.', ' and would say no more.']) {
    const m = analyze(`Mayor Ida Brandt spoke first. "We will not back down," she said.\n\nA spokesperson for the port said it was "reviewing the decision"${tail}`);
    const q = m.quotes.filter((x) => x.depth === 0)[1];
    assert.deepEqual([q.speaker, q.cue, q.described], [null, 'said', 'a spokesperson for the port'], tail);
  }
});

test('a group of people with no determiner is no name, and is described as the one who speaks', () => {
  const text = 'The chief executive, Owen Tallis, wrote to staff that he was "determined to get this right". Staff told this newspaper the letter was "too little, too late".';
  const m = analyze(text);
  assert.ok(!m.actors.some((a) => a.name === 'Staff'), m.actors.map((a) => a.name).join(', '));
  const q = m.quotes.filter((x) => x.depth === 0);
  assert.deepEqual([q[1].speaker, q[1].described], [null, 'Staff']);
});

test('a description of whose the speaker is gives way to the name set off after it', () => {
  const m = analyze('Ann Bell spoke first.\n\n"The minister blames everyone but himself," said Labour\'s health spokeswoman, Priti Nair.');
  const q = m.quotes.filter((x) => x.depth === 0)[0];
  assert.equal(m.actors.find((a) => a.id === q.speaker)?.name, 'Priti Nair');
  assert.ok(!m.actors.some((a) => a.name === 'Labour' && a.kind === 'person'));
});

test('a verb that is speech only next to a quote, after `would` or `to`, is what someone will do: the cue before it names the speaker', () => {
  const text = [
    'Senator Maren Holt toured the flooded valley on Monday.',
    '',
    'The senator said power would return "within the day".',
    '',
    'Holt said crews hope to resume "normal business" by Friday.',
  ].join('\n');
  assert.deepEqual(speakers(text), ['Maren Holt', 'Maren Holt']);
});
