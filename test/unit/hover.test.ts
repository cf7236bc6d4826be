import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { getHover } from '../../server/src/features/hover';

const at = (text: string, words: string) => text.indexOf(words) + 1;
const hoverText = (text: string, words: string) => getHover(analyze(text), at(text, words))?.markdown ?? '';

test('a quote hover shows the words that name its speaker, as written', () => {
  const text = 'Union leader Tomas Brenner spoke first.\n\n“The offer is fair, and it is final,” said Ines Calder, the city’s finance director.\n';
  const md = hoverText(text, '“The offer');
  assert.match(md, /Quote by \*\*Ines Calder\*\*/);
  assert.match(md, /Named in the text: “said Ines Calder”/);
});

test('a quote hover says which pronoun or description was read and whom it was taken to mean', () => {
  const text = 'Mayor Mary Okafor opened the meeting.\n\n“We will vote on Friday,” she said.\n\nBy noon the council had gone home.\n\n“The plan is sound,” the mayor said.\n';
  assert.match(hoverText(text, '“We will vote'), /By the pronoun in “she said” — taken to mean Mary Okafor/);
  assert.match(hoverText(text, '“The plan'), /Described in the text: “the mayor said” — taken to mean Mary Okafor/);
});

test('a quote that goes on from the one before, or lies in a speaker’s turn, says so with the line', () => {
  const text = '“We need a decision this week,” Brenner said. “Right now the ships are waiting.”\n\nANA RUIZ:  My answer is simple. “We will not sign a bad deal, and we will not sign this week.”\n';
  assert.match(hoverText(text, '“Right now'), /Goes on from the quote before \(line 1: “We need a decision this week,”\)/);
  const turn = hoverText(text, '“We will not sign');
  assert.match(turn, /Ana Ruiz|ANA RUIZ/);
  assert.match(turn, /line 3/);
});

test('words quoted inside a quote are shown as quoted by the outer quote’s speaker', () => {
  const text = '“He called our offer ‘an insult’,” Calder said.\n';
  assert.match(hoverText(text, '‘an insult’'), /Quoted inside a quote by \*\*Calder\*\*/);
});

test('an actor card counts the turns a speaker speaks in', () => {
  const text = 'MS. HALVORSEN:  Good afternoon.\n\nQ  A question.\n\nMS. HALVORSEN:  An answer.\n';
  assert.match(hoverText(text, 'HALVORSEN'), /speaks in 2 turns/);
});
