import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import type { Slot } from '../../server/src/analysis/attribution-dialogue';
import { decodeExchange } from '../../server/src/analysis/attribution-exchange';

/** The speaker id of each top-level quote, in order. */
const speakers = (text: string): (string | null)[] =>
  analyze(text)
    .quotes.filter((q) => q.depth === 0)
    .map((q) => q.speaker);

test('the person a cue speaks to is not the pronoun’s speaker', () => {
  const text = ['Captain Ostrowski rose and shook hands with Mr. Varden.', '“This is a cold room,” said he to Varden, “to keep guests waiting in.”'].join('\n');
  assert.deepEqual(speakers(text), ['ostrowski', 'ostrowski']);
  const asked = ['Mr. Haldane sat down beside Mr. Pruett.', '“Have you been to Leeds this year?” he asked Pruett.'].join('\n');
  assert.deepEqual(speakers(asked), ['haldane']);
});

test('a pronoun before a verb of speech is read across its helpers', () => {
  const text = ['Mr. Ashdown sat with Clara by the stove; but when the tea came in, it was hard for him not to say as he had said over breakfast, “Poor Miss Lenning!”'].join('\n');
  assert.deepEqual(speakers(text), ['ashdown']);
});

test('“my dear Pellam” calls Pellam, who answers', () => {
  const text = [
    'Mr. Rufus Harrow leaned back in his chair, and looked at Pellam.',
    '“I fear, my dear Pellam, that half of your guesses were wide of the mark.”',
    '“Then I was right in part.”',
  ].join('\n');
  assert.deepEqual(speakers(text), ['rufus-harrow', 'pellam']);
});

test('a description after a quote attributed by name is the other side of the exchange', () => {
  const text = [
    'Nat met Mr. Orrin at the gate of the yard.',
    '“It is nowhere else,” said Nat.',
    '“What shop do you buy from?” asked the gentleman.',
  ].join('\n');
  assert.deepEqual(speakers(text), ['nat', 'orrin']);
});

test('the narrator’s “I said” in a speaker’s turn is that speaker', () => {
  const text = [
    'Mr. VARGA: Was Commander Ostrowski there?',
    'Mr. HARTSFIELD: I believe he was. When he made his point, I said, "Fine, show me the memo," and he handed it over.',
  ].join('\n');
  const m = analyze(text);
  const q = m.quotes.filter((x) => x.depth === 0);
  assert.equal(q.length, 1);
  assert.equal(q[0].speaker, m.turns[1].speaker);
  assert.notEqual(q[0].speaker, null);
});

test('a pronoun with a modal before the verb (he would say) is not read as the speaker', () => {
  const text = ['THE PRESIDENT: We had a president who ruled for years. And he would say, “A harbour with no ships is a sad place.”'].join('\n');
  const q = analyze(text).quotes.filter((x) => x.depth === 0);
  assert.equal(q[0].via === 'pronoun', false);
});

test('the second part of a quote its cue cuts in two keeps the speaker, whatever follows', () => {
  const slot = (link: Slot['link'], own: string | undefined): Slot => ({ link, own, addressed: null, subject: null, pronoun: null, narrator: false, alt: null, reply: false, states: false, described: null, stranger: false, describedGender: null });
  // `“...,” said Abel, “...”` then a quote that Abel's cue names again after a bare reply would
  // fit better if the second part were someone else's: the split holds.
  const slots = [slot('break', 'abel'), slot('split', undefined), slot('flip', 'abel')];
  const who = decodeExchange(slots, 0, 3, ['nora'], () => null, null);
  assert.deepEqual(who.slice(0, 2), ['abel', 'abel']);
});

test('a pronoun in a new paragraph means the person it resolves to, not someone of unknown gender the exchange would turn to', () => {
  const text = [
    'Union leader Brevik Solan said: “We came here to sign.”',
    '',
    '“The offer is fair,” said Quill Marno, the city’s finance director.',
    '',
    '“We are not leaving,” Solan told reporters.',
    '',
    '“We will be back tomorrow,” he said.',
  ].join('\n');
  assert.deepEqual(speakers(text), ['brevik-solan', 'quill-marno', 'brevik-solan', 'brevik-solan']);
});

test('given names of many languages tell a pronoun’s gender', () => {
  const text = 'Ines Varga and Tomas Holt met the press in Lisbon.\n\n“We will sign,” she said.\n\nYusuf Demir and Olga Berg answered later.\n\n“We will not,” he said.\n';
  assert.deepEqual(speakers(text), ['ines-varga', 'yusuf-demir']);
});

test('a quote split by its cue and a semicolon goes on in the same voice', () => {
  const text = [
    '“Who was it he wrote to?” asked Mrs. Quarle.',
    '“The letters will tell,” I said.',
    '“Oh, I can’t wait!”',
    '“The letters won’t tell,” said Tobin; “not in any plain, common way.”',
    '“More’s the pity, then.”',
    '“Won’t YOU tell, Tobin?”',
  ].join('\n');
  assert.equal(speakers(text)[4], 'tobin');
});

test('a name given in answer to a demand for it, after the asker goes on, is the answer’s speaker', () => {
  // `“Simon, sir.”` answers `Your name, boy!`, with `Speak up!` in the asker’s voice between.
  const text = [
    'Simon Vale waited at the gate all day , and he was tired when a stranger came up the lane .',
    '" Your name , boy ! " said the stranger . " Speak up ! "',
    '" Simon , sir . "',
    '" Once more , " said the stranger .',
  ].join('\n');
  const m = analyze(text);
  const who = m.quotes.filter((q) => q.depth === 0).map((q) => (q.speaker === null ? q.described : m.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker));
  assert.deepEqual(who, ['a stranger', 'a stranger', 'Simon Vale', 'a stranger']);
});

test('the person an opening `he asked` was read as, named just before, speaks it rather than the last one named', () => {
  const text = [
    'Simon Vale came in while Tom Barker was telling a long story .',
    'Simon wished he had stayed at home .',
    'He looked about the room : apart from Ruth Alder , everyone there was old , and only Tom Barker was worth hearing .',
    '" Do you ever walk by the river ? " he asked Ruth .',
    '" Never , " she replied .',
  ].join('\n');
  const m = analyze(text);
  const who = m.quotes.filter((q) => q.depth === 0).map((q) => m.actors.find((a) => a.id === q.speaker)?.name ?? null);
  assert.deepEqual(who, ['Simon Vale', 'Ruth Alder']);
});
