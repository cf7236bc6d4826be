import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAsciiLetter, isDigit, isHSpace, isPlainBlank, isSpaceCode, isWordCode } from '../../server/src/analysis/chars';

const joinLines = (...lines: string[]): string => lines.join('\n');

/** The characters of `text` for which `is` holds, in order. */
function kept(text: string, is: (c: number) => boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (is(text.charCodeAt(i))) out += text[i];
  return out;
}

const line = joinLines('[00:12] MS. ÅSA: “Ça va,\u00a0Señor” — 5×2 = 10 😀_Bye', 'Q\tΟκ.\u3000Да!');

test('digits', () => {
  assert.equal(kept(line, isDigit), '00125210');
});

test('ASCII letters only', () => {
  assert.equal(kept(line, isAsciiLetter), 'MSSAavaSeorByeQ');
});

test('word characters of any script, without symbols, emoji or marks', () => {
  assert.equal(kept(line, isWordCode), '0012MSÅSAÇavaSeñor5210ByeQΟκДа');
  assert.equal(isWordCode(-1), false);
  assert.equal(isWordCode(0xfeff), false);
});

test('white space, line breaks and the line edge (-1)', () => {
  assert.equal(kept(line, isSpaceCode), '    \u00a0     \n\t\u3000');
  assert.equal(isSpaceCode(-1), true);
  assert.equal(isSpaceCode(0x200b), true);
});

test('horizontal white space leaves out line breaks', () => {
  assert.equal(kept(line, isHSpace), '    \u00a0     \t\u3000');
  assert.equal(isHSpace(0x202f), true);
  assert.equal(isHSpace(0x2003), false);
});

test('plain blanks: space, tab and no-break space only', () => {
  assert.equal(kept(line, isPlainBlank), '    \u00a0     \t');
  assert.equal(isPlainBlank(0x202f), false);
});
