/**
 * Short quotes inside a sentence: a few words a speaker is reported to have used (given to
 * that speaker) or a label put on something, a scare quote (given to no one). Made-up text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';

function only(text: string): { kind: string; speaker: string | null } {
  const qs = analyze(text).quotes.filter((q) => q.depth === 0);
  assert.equal(qs.length, 1, text);
  return { kind: qs[0].kind, speaker: qs[0].speaker };
}

test('a few words after a reporting verb in their sentence are the subject’s', () => {
  assert.deepEqual(only('Annelie Brandt said the talks were “frank”.'), { kind: 'direct', speaker: 'annelie-brandt' });
  assert.deepEqual(only('Tom Pryce accused ministers of “economic vandalism”.'), { kind: 'direct', speaker: 'tom-pryce' });
  assert.deepEqual(only('Lena Kell said she was “deeply troubled” by the vote.'), { kind: 'direct', speaker: 'lena-kell' });
});

test('a short quote after a determiner, or a word talked about, stays a scare quote', () => {
  assert.equal(only('The envoy said relations were at a ‘low point,’ but both sides would talk.').kind, 'scare');
  assert.equal(only('Anna Holt said he expected more ‘provocations’ soon.').kind, 'scare');
  assert.equal(only('Anna Holt said she was not using the term “final” yet.').kind, 'scare');
  assert.equal(only('Officials called for an “unbiased” inquiry.').kind, 'scare');
});

test('a short quote in a sentence with no reporting verb stays a scare quote', () => {
  assert.equal(only('Ministers meet amid ‘low point’ in ties.').kind, 'scare');
  assert.equal(only('The plan was “bold” by any measure.').kind, 'scare');
});

test('the subject of a cue comes before a part set off by commas', () => {
  const speakerOf = (text: string) => {
    const q = analyze(text).quotes.filter((x) => x.depth === 0);
    assert.equal(q.length, 1, text);
    return [q[0].speaker, q[0].described];
  };
  assert.deepEqual(speakerOf('The Harbour Council, in a statement, said it was “closely watching the whole situation” there.'), ['harbour-council', null]);
  assert.deepEqual(speakerOf('A Western diplomat, who spoke on condition of anonymity, said the talks had “stalled for good this time”.'), [null, 'a Western diplomat']);
  assert.deepEqual(speakerOf('Nora Penn, however, told reporters: “We are not moving.”'), ['nora-penn', null]);
});

test('people named by a plural noun alone describe the speaker: Families tell me, “...”', () => {
  const q = analyze('KEIR ALDEN: Families tell me, “We cannot pay the bills.”').quotes.filter((x) => x.depth === 0);
  assert.equal(q.length, 1);
  assert.equal(q[0].speaker, null);
  assert.equal(q[0].described, 'Families');
});

test('a few words in a sentence that ends with a comma, a speaker and a cue are that speaker’s', () => {
  const described = (text: string) => analyze(text).quotes.filter((q) => q.depth === 0).map((q) => `${q.kind} ${q.speaker ?? q.described}`);
  assert.deepStrictEqual(described('The plan is "dead", the union said on Monday.\n'), ['direct the union']);
  assert.deepStrictEqual(described('The plan is "dead in the water" for now, officials said.\n'), ['direct officials']);
  assert.deepStrictEqual(described('The plan is "dead in the water" for now, said Marta Kowal.\n'), ['direct marta-kowal']);
  // A headline: no full stop, the line ends.
  assert.deepStrictEqual(described('Flood defences "will not be ready" before winter, engineers warn\n\nThe barrier is late.\n'), ['direct engineers']);
});

test('a comma and a clause of its own after a short quote leave it a scare quote', () => {
  assert.equal(only('I was born there, or "there by", as they say in the north.\n').kind, 'scare');
  assert.equal(only('She had "taken up" with him at all, to call her by her first name.\n').kind, 'scare');
  assert.equal(only('The so-called "reform" was dropped, officials said.\n').kind, 'scare');
});

test('a noun of speech from someone before `that` (`assurances from ministers that`) gives the quote to them', () => {
  const m = analyze('Engineers have warned that it will not be finished, despite assurances from ministers that the project was "on track".\n');
  assert.equal(m.quotes[0].described, 'ministers');
  const named = analyze('Lena Varga rejected claims from the Harbour Council that the port was "a ruin".\n');
  assert.equal(named.quotes[0].speaker, 'harbour-council');
});

test('a sentence that closes with `according to` and its source gives a short quote to that source', () => {
  const described = (text: string) => analyze(text).quotes.filter((q) => q.depth === 0).map((q) => `${q.kind} ${q.speaker ?? q.described}`);
  assert.deepStrictEqual(described('The talks failed, and the plan was "dead in the water", according to two officials.\n'), ['direct two officials']);
  assert.deepStrictEqual(described('The sale nearly collapsed when the buyers were "spooked by the tax bill" after a late audit, according to people familiar with the talks.\n'), ['direct people familiar with the talks']);
});
