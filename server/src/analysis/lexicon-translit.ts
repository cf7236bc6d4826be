/**
 * Spelling keys for names written in several transliterations. Two forms with the same
 * key are taken as one name: `Sergey`/`Sergei`, `Dmitry`/`Dmitri`, `Aleksandr`/`Alexander`,
 * `Assad`/`al-Assad`, `Ličen`/`Licen`.
 *
 * The rules are general spelling rules (accents, endings in i/y, ks/x, doubled letters,
 * joined prefixes), not a list of people. Keys are for comparison only, never shown.
 */

/** Lower case without accents or marks: `Ličen` -> `licen`, `ANGELA` -> `angela`, `Yıldız` -> `yildiz`. */
export function foldName(name: string): string {
  let s = name.toLowerCase();
  // Only decompose when there is something beyond ASCII, to keep the common path cheap.
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      s = foldLetters(s.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
      break;
    }
  }
  return s.replace(/’/g, "'");
}

/** Lower-case Latin letters that no decomposition takes apart, as plain letters. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h' };

/** `yıldız` -> `yildiz`, `łódź` (decomposed) -> `lodz`: for lower-case text, after accents are removed. */
function foldLetters(s: string): string {
  return s.replace(/[ıłøđðßæœþħ]/g, (c) => PLAIN_LETTERS[c]);
}

/**
 * Key of one name part (a given name or a surname). Rules, applied in order:
 * - accents folded, lower case; a joined prefix dropped (`al-Assad` -> `assad`);
 * - `ks` -> `x`, `ph` -> `f`, `kh` -> `h`, `ck` -> `k`, `w` -> `v`, `c` before a hard
 *   vowel or consonant -> `k`, initial `j`/`ye` before a vowel -> `y`/`e`;
 * - doubled letters written once;
 * - endings `-ey`, `-ei`, `-iy`, `-ii`, `-ij`, `-y` -> `-i`; `-off` -> `-ov`;
 *   a consonant + `-er` ending -> consonant + `-r` (`Alexander`/`Aleksandr`).
 */
export function variantKey(part: string): string {
  let s = foldName(part);
  s = stripJoinedPrefix(s);
  let out = '';
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s[i];
    const next = i + 1 < n ? s[i + 1] : '';
    if (c === '-' || c === "'" || c === '.' || c === ' ') continue;
    if (c === 'k' && next === 's') {
      out += 'x';
      i++;
      continue;
    }
    if (c === 'p' && next === 'h') {
      out += 'f';
      i++;
      continue;
    }
    if (c === 'k' && next === 'h') {
      out += 'h';
      i++;
      continue;
    }
    if (c === 'c' && next === 'k') {
      out += 'k';
      i++;
      continue;
    }
    if (c === 'w') {
      out += 'v';
      continue;
    }
    if (c === 'c' && next !== 'e' && next !== 'i' && next !== 'y' && next !== 'h') {
      out += 'k';
      continue;
    }
    if (i === 0 && c === 'j' && isVowel(next)) {
      out += 'y';
      continue;
    }
    if (i === 0 && c === 'y' && next === 'e') {
      continue; // Yevgeny / Evgeny
    }
    out += c;
  }
  // Doubled letters once.
  let single = '';
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) single += out[i];
  return normaliseEnding(single);
}

function normaliseEnding(s: string): string {
  const n = s.length;
  if (n < 3) return s;
  const last2 = s.slice(n - 2);
  if (last2 === 'ey' || last2 === 'ei' || last2 === 'iy' || last2 === 'ij' || last2 === 'yi') return s.slice(0, n - 2) + 'i';
  if (s[n - 1] === 'y' && !isVowel(s[n - 2])) return s.slice(0, n - 1) + 'i';
  if (last2 === 'of' && n > 4) return s.slice(0, n - 1) + 'v';
  if (last2 === 'er' && !isVowel(s[n - 3])) return s.slice(0, n - 2) + 'r';
  return s;
}

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
}

/** Drops a joined prefix: `al-assad` -> `assad`, `d'ettorre` -> `ettorre`. */
export function stripJoinedPrefix(folded: string): string {
  const n = folded.length;
  for (let i = 1; i <= 3 && i < n - 1; i++) {
    const c = folded[i];
    if (c === '-' || c === "'") {
      const p = folded.slice(0, i);
      if (p === 'al' || p === 'el' || p === 'ad' || p === 'as' || p === 'ash' || p === 'an' || p === 'ar' || p === 'az' || p === 'at' || p === 'd' || p === 'l') {
        return folded.slice(i + 1);
      }
      return folded;
    }
  }
  return folded;
}
