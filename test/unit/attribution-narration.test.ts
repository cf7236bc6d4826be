import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';

/** `speaker / described` of each top-level quote, in order. */
function speakers(text: string): string[] {
  const m = analyze(text);
  return m.quotes.filter((q) => q.depth === 0).map((q) => `${q.speaker ?? '-'} / ${q.described ?? '-'}`);
}

test('a narrator who speaks only twice is named when another calls them by one name three times', () => {
  const text = [
    'Mr. Sherlock Holmes was seated at the breakfast table.',
    '“Well, Watson, what do you make of it?”',
    'I picked up the stick and looked at it for some time.',
    '“It belongs to a country doctor,” I said.',
    'Holmes laughed and lit his pipe.',
    '“Really, Watson, you excel yourself.”',
    'I coloured with pleasure at the praise.',
    '“Then I was right,” I said.',
    'Holmes rose and stood at the window.',
    '“Only in part, Watson.”',
  ].join('\n');
  const got = speakers(text);
  assert.equal(got[1], 'watson / -');
  assert.equal(got[3], 'watson / -');
});

test('a narrator called by name only twice, speaking twice, stays unnamed', () => {
  const text = [
    'Mr. Sherlock Holmes was seated at the breakfast table.',
    '“Well, Watson, what do you make of it?”',
    'I picked up the stick and looked at it for some time.',
    '“It belongs to a country doctor,” I said.',
    'Holmes laughed and lit his pipe.',
    '“Really, Watson, you excel yourself.”',
    'I coloured with pleasure at the praise.',
    '“Then I was right,” I said.',
  ].join('\n');
  assert.equal(speakers(text)[1], '- / I (the narrator)');
});

test('`said her mother` is not the woman `her` stands for, and speaks to her', () => {
  const text = [
    'Mrs. Bennet sat by the fire with her daughters, and began scolding Kitty for her cough.',
    '“I do not cough for my own amusement,” replied Kitty fretfully.',
    '“When is your next ball to be, Lizzy?”',
    '“To-morrow fortnight.”',
    '“Aye, so it is,” cried her mother, “and Mrs. Long does not come back till the day before.”',
  ].join('\n');
  const got = speakers(text);
  assert.equal(got[3], 'bennet / -');
  assert.equal(got[4], 'bennet / -');
});

test('a `she` no woman named stands for is the girl the narration brought in', () => {
  const text = [
    'The boy crept closer through the trees to the old cabin.',
    'Amid the light of the fire a girl was dancing.',
    'A little mocking smile came and sat upon her lips.',
    '“What you run for?” she asked, with dancing mischief in her eyes.',
  ].join('\n');
  assert.deepEqual(speakers(text), ['- / the girl']);
  // A woman named since is who `she` is.
  const named = text.replace('A little mocking', 'Zora smiled. A little mocking');
  assert.deepEqual(speakers(named), ['zora / -']);
});

test('a narrator who calls themselves by a name in the narration is named by it', () => {
  const text = [
    'My father’s family name being Pirrip, my infant tongue could make of it nothing longer than Pip. So, I called myself Pip, and came to be called Pip.',
    'A fearful man started up from among the graves and seized me by the chin.',
    '“Oh! Don’t cut my throat, sir,” I pleaded in terror.',
    '“Tell us your name!” said the man.',
    '“Pip, sir,” said I.',
    '“Show us where you live,” said the man.',
    '“There, sir!” I said.',
  ].join('\n');
  const got = speakers(text);
  assert.equal(got[0], 'pip / -');
  assert.equal(got[4], 'pip / -');
  // Without the words that name the narrator, the narrator stays `I`.
  const plain = text.replace('So, I called myself Pip, and came to be called Pip.', 'So it stayed.');
  assert.equal(speakers(plain)[0], '- / I (the narrator)');
  // An edit that takes the words away (or puts them back) gives what a fresh analysis gives.
  const inc = new IncrementalAnalyzer();
  for (const t of [text, plain, text]) assert.deepEqual(inc.update(t), analyze(t));
});

test('the girl the narration brought in is found as far back as a pronoun looks for a name', () => {
  const filler = 'The swamp lay black and still about the clearing, and the crickets sang in the grass until the moon rose over the trees. ';
  const text = [
    'Amid the light of the fire a girl was dancing.',
    filler.repeat(16),
    '“What you run for?” she asked, with dancing mischief in her eyes.',
  ].join('\n');
  assert.deepEqual(speakers(text), ['- / the girl']);
});

test('between two people the text only describes, a bare reply is the one of the side whose turn it is', () => {
  const text = [
    'The swamp was still and the sun was high over the trees.',
    '“Where you from?” asked a girl.',
    '“Georgia.”',
    '“Where is that?”',
    '“It is away over yonder,” answered a boy.',
  ].join('\n');
  assert.deepEqual(speakers(text), ['- / a girl', '- / a boy', '- / a girl', '- / a boy']);
});

test('the answer to “What name?” gives the speaker’s own name, it does not call the other one by it', () => {
  const text = [
    'Dick met Mr. Greyson on the corner of the street.',
    '“Shall I get the money changed, sir?” asked Dick.',
    '“I can’t wait; I’ve got to meet an appointment.”',
    '“All right, sir. What name?”',
    '“Greyson, office on second floor.”',
    '“All right, sir; I’ll bring it.”',
  ].join('\n');
  assert.deepEqual(speakers(text).map((s) => s.split(' / ')[0]), ['dick', 'greyson', 'dick', 'greyson', 'dick']);
});
