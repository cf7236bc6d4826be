import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanLines, slugify } from '../../server/src/analysis/text';
import { foldName } from '../../server/src/analysis/lexicon-translit';

/** Lines read one character at a time: LF, CRLF and a lone CR each end a line. */
function linesByChar(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  ends.push(text.length);
  return { starts, ends };
}

test('lines end at LF, CRLF and a lone CR', () => {
  assert.deepEqual(scanLines('a\nb\r\nc\rd'), { starts: [0, 2, 5, 7], ends: [1, 3, 6, 8] });
  assert.deepEqual(scanLines('\r'), { starts: [0, 1], ends: [0, 1] });
  assert.deepEqual(scanLines('\r\n'), { starts: [0, 2], ends: [0, 2] });
  assert.deepEqual(scanLines('\n\r'), { starts: [0, 1, 2], ends: [0, 1, 2] });
  assert.deepEqual(scanLines(''), { starts: [0], ends: [0] });
});

test('lines of random mixes of breaks are those read one character at a time', () => {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const pieces = ['\n', '\r', '\r\n', '\n\r', 'ab', ' ', 'é', '\u2028'];
  for (let k = 0; k < 500; k++) {
    let text = '';
    const len = rand(30);
    for (let i = 0; i < len; i++) text += pieces[rand(pieces.length)];
    assert.deepEqual(scanLines(text), linesByChar(text), JSON.stringify(text));
  }
});

test('ids and name keys spell letters no decomposition takes apart as plain letters: Yıldız, Łukasz, Søren', () => {
  assert.equal(slugify('Mehmet Kaan Yıldız'), 'mehmet-kaan-yildiz');
  assert.equal(slugify('Łukasz Żmuda'), 'lukasz-zmuda');
  assert.equal(slugify('Søren Æbelø'), 'soren-aebelo');
  assert.equal(foldName('Yıldız'), foldName('Yildiz'));
});
