import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';

/** `speaker / described` of each top-level quote, in order. */
function speakers(text: string): string[] {
  const m = analyze(text);
  return m.quotes.filter((q) => q.depth === 0).map((q) => `${q.speaker ?? '-'} / ${q.described ?? '-'}`);
}

/** A narrator who speaks twice, called `Fenwick` twice by the other speaker. */
const CALLED_TWICE = [
  'Inspector Dorn Halloway sat at the long desk by the window.',
  '“Well, Fenwick, what do you say to this letter?”',
  'I took the letter and turned it over for a while.',
  '“It was written in a hurry,” I said.',
  'Halloway nodded and poured the tea.',
  '“Quite right, Fenwick, you are sharp today.”',
  'I felt my face grow warm at the praise.',
  '“Then I have it,” I said.',
];

test('a narrator who speaks only twice is named when another calls them by one name three times', () => {
  const text = [...CALLED_TWICE, 'Halloway stood and went to the door.', '“Only half of it, Fenwick.”'].join('\n');
  const got = speakers(text);
  assert.equal(got[1], 'fenwick / -');
  assert.equal(got[3], 'fenwick / -');
});

test('a narrator called by name only twice, speaking twice, stays unnamed', () => {
  const text = CALLED_TWICE.join('\n');
  assert.equal(speakers(text)[1], '- / I (the narrator)');
});

test('`said her mother` is not the woman `her` stands for, and speaks to her', () => {
  const text = [
    'Mrs. Pell sat at the table with her daughters, and began scolding Nora for her late hours.',
    '“I was only at the library,” replied Nora sullenly.',
    '“When does the fair open, Hattie?”',
    '“On Saturday week.”',
    '“Ah, so it does,” cried her mother, “and Mrs. Thorne will not be home until the evening after.”',
  ].join('\n');
  const got = speakers(text);
  assert.equal(got[3], 'pell / -');
  assert.equal(got[4], 'pell / -');
});

test('a `she` no woman named stands for is the girl the narration brought in', () => {
  const text = [
    'The lad crept nearer through the reeds to the old hut.',
    'By the glow of the fire a girl was dancing.',
    'A small teasing smile came and rested on her lips.',
    '“Why you running?” she asked, with teasing mischief in her eyes.',
  ].join('\n');
  assert.deepEqual(speakers(text), ['- / the girl']);
  // A woman named since is who `she` is.
  const named = text.replace('A small teasing', 'Zora smiled. A small teasing');
  assert.deepEqual(speakers(named), ['zora / -']);
});

test('a narrator who calls themselves by a name in the narration is named by it', () => {
  const text = [
    'The family name on our door was Brackley, and as a toddler I could manage only Brack. So, I called myself Brack, and came to be called Brack.',
    'A tall man stepped out from behind the shed and caught my sleeve.',
    '“Please let me go, sir,” I pleaded in fright.',
    '“What are you called?” said the man.',
    '“Brack, sir,” said I.',
    '“Show me your house,” said the man.',
    '“Down the lane, sir!” I said.',
  ].join('\n');
  const got = speakers(text);
  assert.equal(got[0], 'brack / -');
  assert.equal(got[4], 'brack / -');
  // Without the words that name the narrator, the narrator stays `I`.
  const plain = text.replace('So, I called myself Brack, and came to be called Brack.', 'So it stayed.');
  assert.equal(speakers(plain)[0], '- / I (the narrator)');
  // An edit that takes the words away (or puts them back) gives what a fresh analysis gives.
  const inc = new IncrementalAnalyzer();
  for (const t of [text, plain, text]) assert.deepEqual(inc.update(t), analyze(t));
});

test('the girl the narration brought in is found as far back as a pronoun looks for a name', () => {
  const filler = 'The marsh lay dark and quiet around the yard, and the frogs called in the rushes until the moon climbed over the hill. ';
  const text = [
    'By the glow of the fire a girl was dancing.',
    filler.repeat(16),
    '“Why you running?” she asked, with teasing mischief in her eyes.',
  ].join('\n');
  assert.deepEqual(speakers(text), ['- / the girl']);
});

test('between two people the text only describes, a bare reply is the one of the side whose turn it is', () => {
  const text = [
    'The marsh was quiet and the sun stood high over the hill.',
    '“Where are you from?” asked a girl.',
    '“Ohio.”',
    '“Where is that?”',
    '“It is far off that way,” answered a boy.',
  ].join('\n');
  assert.deepEqual(speakers(text), ['- / a girl', '- / a boy', '- / a girl', '- / a boy']);
});

test('the answer to “What name?” gives the speaker’s own name, it does not call the other one by it', () => {
  const text = [
    'Ned met Mr. Varley at the corner of the street.',
    '“Shall I get the note changed, sir?” asked Ned.',
    '“I can’t wait; I have a meeting to get to.”',
    '“All right, sir. What name?”',
    '“Varley, office on the third floor.”',
    '“All right, sir; I’ll bring it up.”',
  ].join('\n');
  assert.deepEqual(speakers(text).map((s) => s.split(' / ')[0]), ['ned', 'varley', 'ned', 'varley', 'ned']);
});

test('`one of the women`, `somebody`, `somebody else` describe a speaker the cue does not name', () => {
  const text = [
    'The lamps were lit and the talk went round the long table.',
    '“Oh, how dreadful!” cried one of the women.',
    '“We knew it, of course,” somebody exclaimed.',
    '“Will you read it to us?” somebody else inquired.',
  ].join('\n');
  assert.deepEqual(speakers(text), ['- / one of the women', '- / somebody', '- / somebody else']);
});

test('a quote after a sentence whose subject the text only describes is that person’s', () => {
  const text = [
    'The room was dark and the child slept in the corner.',
    'The doctor bent down over the cot.',
    '“Let me take him.”',
  ].join('\n');
  assert.deepEqual(speakers(text), ['- / the doctor']);
});

test('a speaker described past a comma, a manner set apart, or as `another` is still described', () => {
  const text = [
    'The women stood about the door of the mill in the cold.',
    '“Neighbours,” said a stout dame of sixty, “hear me out.”',
    '“She will hang for it,” said another.',
    '“Not she,” broke in a lean, elderly gentleman.',
    '“Leave her alone,” interposed, more gently, a young wife, carrying a basket.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    '- / a stout dame of sixty', '- / a stout dame of sixty', '- / another', '- / a lean, elderly gentleman', '- / a young wife',
  ]);
});

test('the described subject of a sentence that opens with a place or `then` speaks the quote after it', () => {
  const text = [
    'They went down the stairs without a word.',
    'In the hall the doctor stopped.',
    '“You have sent for her brother, have you not?”',
  ].join('\n');
  assert.deepEqual(speakers(text), ['- / the doctor']);
  const then = ['The rain beat on the glass of the little shop.', 'Then the girl smiled.', '“I will go with you.”'].join('\n');
  assert.deepEqual(speakers(then), ['- / the girl']);
});

test('a bare quote in an exchange where a described speaker talks may be theirs, not only a named person’s', () => {
  const text = [
    'The gate opened and two men came into the yard, where Nora Vale sat alone.',
    '“Who is she?”',
    '“I am Nora Vale,” Nora said, lifting her chin.',
    '“It is the girl we were never told of!” exclaimed the man, looking at his friends.',
    '“She has simply been left behind!”',
  ].join('\n');
  assert.deepEqual(speakers(text).slice(2), ['- / the man', '- / the man']);
});

test('a verb of asking on the line after a question names who asked it', () => {
  const text = [
    'Hector Lane left the fire and sank back into his chair.',
    '“The parcel will come on Monday?”',
    'I inquired.',
    '“Not before the evening.”',
  ].join('\n');
  assert.deepEqual(speakers(text), ['- / I (the narrator)', 'hector-lane / -']);
});

test('the unnamed narrator who spoke goes on into the exchanges that follow, as a named speaker does', () => {
  const text = [
    'I stood by the gate of the mill with Nora Vale.',
    '“Where are you going?” I said.',
    '“Home, to the mill.”',
    'The wind rose and the rain began to fall on the lane.',
    '“Then you had better go quickly.”',
    '“I will.”',
    'The rain came down harder and the lane ran with water.',
    '“Shall I come with you?”',
    '“If you like.”',
  ].join('\n');
  const n = '- / I (the narrator)';
  assert.deepEqual(speakers(text), [n, 'nora-vale / -', n, 'nora-vale / -', n, 'nora-vale / -']);
});

test('`said one` and `said one of the colts` describe the speaker', () => {
  const text = [
    'A crowd of women stopped outside the cellar door on their way home.',
    '“Good night, Nell,” said one, steadying herself against the post.',
    'The horses stood in the field and watched the hunt go by.',
    '“He had it coming, that one,” said one of the colts.',
  ].join('\n');
  assert.deepEqual(speakers(text), ['- / one', '- / one of the colts']);
});

test('a reply whose cue describes someone no actor’s role fits is theirs, not the named person’s who spoke before', () => {
  const text = [
    'Mrs. Varden gripped the young captain’s sleeve, and Nell stood trembling by the door.',
    'The cries outside grew louder and louder.',
    '“What was that? What was that?” Mrs. Varden gasped.',
    '“A man has fallen,” answered the boy officer.',
    '“You never told me the fever had reached your house.”',
  ].join('\n');
  assert.deepEqual(speakers(text).slice(0, 2), ['varden / -', '- / the boy officer']);
});

test('the quote that goes on after a described speaker’s cue stays theirs', () => {
  const text = [
    'Mrs. Varden gripped the young captain’s sleeve, and Nell stood trembling by the door.',
    'The cries outside grew louder and louder.',
    '“What was that? What was that?” Mrs. Varden gasped.',
    '“A man has fallen,” answered the boy officer.',
    '“It came at dusk, and took two of the grooms.”',
  ].join('\n');
  assert.deepEqual(speakers(text), ['varden / -', '- / the boy officer', '- / the boy officer']);
});
