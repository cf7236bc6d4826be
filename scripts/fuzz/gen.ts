/**
 * Made-up transcripts for property tests, fuzzing and the benchmark.
 *
 * Every layout of docs/formats.md (speaker labels of each kind, timecodes, prose with
 * names, roles and cue verbs, quotes of every mark) mixed with noise: Unicode from every
 * plane, lone surrogates, control characters, stray quote marks, CR / LF / CRLF, empty and
 * white-space-only text. All names and sentences here are invented.
 */
import fc from 'fast-check';

// ---------------------------------------------------------------- vocabulary

const FIRST = ['Marta', 'Tomas', 'Lena', 'Oskar', 'Priya', 'Jonah', 'Ingrid', 'Kwame', 'Elif', 'Rafael', 'Noor', 'Anton', 'Ada', 'Bruno', 'Carmen', 'José', 'Zoë'];
const LAST = ['Kowal', 'Reyes', 'Fischbach', 'Brandvik', 'Natarajan', 'Whitfield', 'Solheim', 'Mensah', 'Aydemir', 'Quintero', 'Haddad', 'Varga', 'al-Rashidi', 'O’Dowd', 'McAllen', 'Dubois-Laine'];
const ROLES = ['Foreign Minister', 'deputy mayor', 'Defence Secretary', 'spokeswoman', 'Prime Minister', 'chief negotiator', 'Interior Minister', 'senator', 'ambassador', 'correspondent'];
const ROLE_PREFIX = ['President', 'Secretary of State', 'Minister', 'Governor', 'Chancellor', 'General', 'Senator', 'Mayor'];
const ORGS = ['the Harbour Council', 'Northgate Bank', 'the Ministry of Water', 'the Coastal Party', 'the Eastern Alliance', 'Daily Courier', 'the United Nations', 'KTV', 'the Red Cross', 'the Valley Front'];
const PLACES = ['Port Arden', 'Veldmark', 'Lisbon', 'Geneva', 'Kessler Bay', 'Nairobi', 'the Old Town', 'Sao Bento', 'Tromsø'];
const OUTLETS = ['KTV NEWS', 'CHANNEL 9', 'RADIO NORTH', 'WNX'];
const OUTLET_ROLES = ['ANCHOR', 'HOST', 'CORRESPONDENT', 'SENIOR ANALYST'];
const CUES = ['said', 'told reporters', 'added', 'asked', 'warned', 'insisted', 'explained', 'replied', 'wrote', 'told KTV'];
const PRONOUNS = ['he', 'she', 'they'];
const DESCRIPTIONS = ['the foreign minister', 'the deputy mayor', 'the spokeswoman', 'the Defence Secretary', 'the senator', 'a senior official'];
const WORDS = [
  'we', 'will', 'not', 'accept', 'the', 'talks', 'resume', 'on', 'Monday', 'evidence', 'of', 'a', 'ceasefire', 'is', 'needed',
  'right', 'now', 'there', 'are', 'no', 'plans', 'to', 'meet', 'again', 'it', 'was', 'work', 'meeting', 'that', 'might', 'help',
  'don’t', 'it’s', 'can’t', 'we’re', 'in', 'the', '’90s', 'weather', 'budget', 'harbour', 'vote', 'and', 'but', 'still', 'very',
  'Thank', 'you', 'Good', 'evening', 'everyone', 'question', 'answer', 'one', 'more', 'thing', 'O.K.', 'U.S.', 'e-mail', '%', '$4.5bn',
];
const SOUNDBITE_LANGS = ['Spanish', 'English', 'Arabic', 'French', 'Russian'];

/** Pairs of quotation marks, matched and deliberately mismatched. */
export const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」'] as const;
const MATCHED = [['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“'], ['‹', '›']] as const;

// ---------------------------------------------------------------- small pieces

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);
const caps = (s: string): string => s.toUpperCase();
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const first = pick(FIRST);
const last = pick(LAST);
const fullName = fc.tuple(first, last).map(([f, l]) => `${f} ${l}`);
const org = pick(ORGS);
const place = pick(PLACES);
const role = pick(ROLES);
const rolePrefix = pick(ROLE_PREFIX);
const cue = pick(CUES);
const pronoun = pick(PRONOUNS);
const description = pick(DESCRIPTIONS);
const clock = fc.tuple(fc.nat(23), fc.nat(59), fc.nat(59)).map(([h, m, s]) => `${pad(h)}:${pad(m)}:${pad(s)}`);
const shortClock = fc.tuple(fc.nat(59), fc.nat(59)).map(([m, s]) => `${pad(m)}:${pad(s)}`);
const timecode = fc.oneof(clock, shortClock);

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A few words, sometimes with a name or an organisation in them. */
const words = fc
  .tuple(fc.array(pick(WORDS), { minLength: 1, maxLength: 10 }), fc.option(fc.oneof(fullName, last, org, place), { nil: undefined }), fc.nat(10))
  .map(([ws, name, at]) => {
    const out = ws.slice();
    if (name !== undefined) out.splice(at % (out.length + 1), 0, name);
    const s = out.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  });
const sentence = fc.tuple(words, pick(['.', '?', '!', '...', '', '—'])).map(([w, p]) => w + p);

/** Open and close marks: usually a matched pair, sometimes any two marks. */
const marks: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  { weight: 4, arbitrary: pick(MATCHED) },
  { weight: 1, arbitrary: fc.tuple(pick(QUOTE_MARKS), pick(QUOTE_MARKS)) },
);
const quoted = (inner: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.tuple(marks, inner).map(([[o, c], s]) => o + s + c);

// ---------------------------------------------------------------- speaker labels

const labelLines: fc.Arbitrary<string>[] = [
  // caps name + role, quote on the same line
  fc.tuple(fullName, fc.oneof(role, rolePrefix), quoted(sentence)).map(([n, r, q]) => `${caps(n)} ${caps(r)} ${q}`),
  // caps name + location sign-off
  fc.tuple(fullName, place, quoted(sentence)).map(([n, p, q]) => `${caps(n)} ${caps(p)} ${q}`),
  // first full label, then surname
  fc.tuple(fullName, pick(OUTLETS), pick(OUTLET_ROLES), sentence).map(([n, o, r, s]) => `${caps(n)}, ${o} ${r}: ${s}`),
  fc.tuple(last, sentence).map(([l, s]) => `${caps(l)}: ${s}`),
  // timecode before the label
  fc.tuple(clock, fullName, pick(OUTLETS), sentence).map(([t, n, o, s]) => `[${t}] ${caps(n)}, ${o} HOST: ${s}`),
  // honorific + surname
  fc.tuple(pick(['MS.', 'MR.', 'MRS.', 'DR.']), last, fc.constantFrom(' ', '  '), sentence).map(([h, l, sp, s]) => `${h} ${caps(l)}:${sp}${s}`),
  fc.tuple(pick(['THE PRESIDENT', 'THE VICE PRESIDENT', 'THE PRIME MINISTER']), sentence).map(([l, s]) => `${l}: ${s}`),
  // unnamed questioner: Q and spaces (often no-break spaces)
  fc.tuple(fc.string({ unit: pick([' ', '\u00a0', '\t']), minLength: 1, maxLength: 5 }), sentence).map(([sp, s]) => `Q${sp}${s}`),
  // hearing style
  fc.tuple(pick(['Mr.', 'Ms.', 'Mrs.', 'Chairman', 'Senator', 'Representative']), last, fc.option(sentence, { nil: '' })).map(([h, l, s]) => `${h} ${caps(l)}.${s ? ' ' + s : ''}`),
  // caption turn marks
  fc.tuple(fc.option(first, { nil: undefined }), sentence).map(([f, s]) => (f ? `>> ${f.toLowerCase()}: ${s.toLowerCase()}` : `>> ${s.toLowerCase()}`)),
  // mixed case with timecode
  fc.tuple(clock, fullName, sentence).map(([t, n, s]) => `[${t}] ${n}: ${s}`),
  // label then timecode on its own line
  fc.tuple(fullName, shortClock, sentence).map(([n, t, s]) => `${n}: (${t})\n${s}`),
  // generic diarisation
  fc.tuple(fc.nat(12), sentence, pick(['Speaker N:', 'SPEAKER_0N:', '[SPEAKER_0N]:', '(speaker N)', 'Speaker N'])).map(([k, s, form]) => `${form.replace('N', String(k))} ${s}`),
  // WebVTT voice
  fc.tuple(fullName, sentence).map(([n, s]) => `<v ${n}>${s}`),
  fc.tuple(shortClock, shortClock).map(([a, b]) => `00:${a}.000 --> 00:${b}.500`),
  // interview shorthand
  fc.tuple(pick(['Q:', 'A:']), sentence).map(([l, s]) => `${l} ${s}`),
  // wire-service shot list
  fc.tuple(pick(['SOUNDBITE', 'STANDUP', 'UPSOUND', 'VOXPOP']), fc.nat(9), pick(SOUNDBITE_LANGS), fullName, role).map(([k, i, lang, n, r]) => `${k} ${i} (${lang}): ${caps(n)}, ${r}`),
  fc.tuple(pick(SOUNDBITE_LANGS), quoted(sentence)).map(([lang, q]) => `(${lang}) ${q}`),
  // outlet asks, official answers
  fc.tuple(org, sentence).map(([o, s]) => `${o.replace(/^the /, '')}: ${s}`),
  fc.tuple(fullName, sentence).map(([n, s]) => `${n}: ${s}`),
  // unidentified
  fc.tuple(pick(['UNIDENTIFIED MALE:', 'UNIDENTIFIED FEMALE:', 'UNKNOWN:', 'CROWD:', '(CROSSTALK)', '(LAUGHTER)']), fc.option(sentence, { nil: '' })).map(([l, s]) => `${l} ${s}`),
];

/** Lines that look like labels but are not. */
const nonLabelLines: fc.Arbitrary<string>[] = [
  fc.tuple(pick(['NOTE:', 'UPDATE:', 'DATELINE:', 'LOCATION:', 'SOURCE:', 'RESTRICTIONS:']), fc.oneof(place, sentence)).map(([l, s]) => `${l} ${caps(s)}`),
  shortClock.map((t) => `LENGTH: 00:${t}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.nat(59), pick(['A.M.', 'P.M.']), pick(['EST', 'EDT', 'GMT', ''])).map(([h, m, ap, z]) => `${h}:${pad(m)} ${ap} ${z}`.trimEnd()),
  words.map((w) => caps(w)), // all-caps headline
  timecode, // 02:47 at the top of a clip
  timecode.map((t) => `[${t}]`),
  fc.constantFrom('END', '# # #', '-- 30 --', 'MORE', '(Applause.)'),
];

// ---------------------------------------------------------------- prose

const prose: fc.Arbitrary<string>[] = [
  // titles and roles before a name
  fc.tuple(rolePrefix, fullName, place, sentence).map(([r, n, p, s]) => `${r} ${n} heads to ${p}. ${s}`),
  fc.tuple(place, rolePrefix, fullName).map(([p, r, n]) => `${p}'s ${r} ${n} arrived on Monday.`),
  // attribution before
  fc.tuple(last, cue, quoted(sentence)).map(([l, c, q]) => `${l} ${c}: ${q}`),
  // attribution after, with role
  fc.tuple(marks, words, cue, fullName, place, role).map(([[o, c], w, v, n, p, r]) => `${o}${w},${c} ${v} ${n}, ${p}’s ${r}.`),
  // split quote
  fc.tuple(marks, words, last, sentence).map(([[o, c], w, l, s]) => `${o}${w},${c} ${l} said. ${o}${s}${c}`),
  // by description, by pronoun
  fc.tuple(quoted(words), description, cue).map(([q, d, c]) => `${q.slice(0, -1)},${q.slice(-1)} ${d} ${c}.`),
  fc.tuple(quoted(words), pronoun, cue).map(([q, p, c]) => `${q} ${p} ${c}.`),
  // nested quotes alternating marks
  fc.tuple(words, words, pronoun).map(([a, b, p]) => `“${a} ‘${b}’,” ${p} said.`),
  // multi-paragraph quote: opens each paragraph, closes at the end
  fc.tuple(sentence, sentence, pronoun).map(([a, b, p]) => `“${a}\n\n“${b},” ${p} said.`),
  // scare quotes and apostrophes
  fc.tuple(fullName, words).map(([n, w]) => `${n}’s office called it a ‘low point’ and said ${w.toLowerCase()}.`),
  fc.tuple(org, place, fc.nat(3000)).map(([o, p, y]) => `${upperFirst(o)} said in ${p} in ${y}, “the ’90s are over”.`),
  // plain prose with organisations and places
  fc.tuple(org, place, sentence).map(([o, p, s]) => `${upperFirst(o)} met in ${p}. ${s}`),
  sentence,
];

// ---------------------------------------------------------------- noise

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const controlChar = fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c));
const oddSpace = pick(['\u00a0', '\u2007', '\u202f', '\ufeff', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\t', '\u3000']);
const noiseUnit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }, // any plane
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: controlChar },
  { weight: 1, arbitrary: oddSpace },
  { weight: 3, arbitrary: pick(QUOTE_MARKS) },
  { weight: 1, arbitrary: pick([':', '[', ']', '(', ')', '<v ', '>>', '-', '.', ',', 'Q', 'MR.', '\r', '\n']) },
);
const noise = fc.string({ unit: noiseUnit, maxLength: 24 });
const blank = fc.string({ unit: pick([' ', '\t', '\u00a0']), maxLength: 4 });

// ---------------------------------------------------------------- documents

/** One line (or a short run of lines) of a transcript, without noise. */
export const transcriptSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(...labelLines) },
  { weight: 2, arbitrary: fc.oneof(...nonLabelLines) },
  { weight: 5, arbitrary: fc.oneof(...prose) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** One segment, sometimes noise, sometimes a clean segment with noise spliced in. */
export const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: transcriptSegment },
  { weight: 2, arbitrary: noise },
  { weight: 1, arbitrary: blank },
  {
    weight: 2,
    arbitrary: fc.tuple(transcriptSegment, noise, fc.nat()).map(([s, n, at]) => {
      const i = at % (s.length + 1);
      return s.slice(0, i) + n + s.slice(i);
    }),
  },
);

export type Eol = '\n' | '\r\n' | '\r';
const eol: fc.Arbitrary<Eol> = fc.constantFrom('\n', '\r\n', '\r');

/** Joins segments with one line break style, or a mix of all three. Inner `\n` follow the choice too. */
function joinWith(segs: readonly string[], eols: readonly Eol[]): string {
  if (eols.length === 1) {
    const e = eols[0];
    const s = segs.join('\n');
    return e === '\n' ? s : s.replace(/\n/g, e);
  }
  let out = '';
  for (let i = 0; i < segs.length; i++) {
    if (i > 0) out += eols[i % eols.length];
    out += segs[i];
  }
  return out;
}

/** A transcript of the shapes in formats.md with noise, any line breaks, or an empty / blank text. */
export const documentArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 20, arbitrary: fc.tuple(fc.array(segment, { maxLength: 30 }), fc.array(eol, { minLength: 1, maxLength: 3 })).map(([s, e]) => joinWith(s, e)) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u3000', '\ufeff'), maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: noiseUnit, maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: pick(QUOTE_MARKS), maxLength: 40 }) },
);

/** A clean transcript (LF, no noise), the kind a journalist would open. */
export const transcriptArb: fc.Arbitrary<string> = fc.array(transcriptSegment, { minLength: 4, maxLength: 40 }).map((s) => s.join('\n'));

// ---------------------------------------------------------------- seeded helpers (no fast-check runner)

/** A small fast seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A made-up transcript of about `chars` UTF-16 units: distinct generated documents
 * (up to ~256 KB of them) repeated until the size is reached. Deterministic for a seed.
 */
export function madeUpTranscript(chars: number, seed = 1): string {
  const parts: string[] = [];
  let size = 0;
  const unique = Math.min(chars, 256 * 1024);
  let round = 0;
  while (size < unique) {
    for (const doc of fc.sample(transcriptArb, { seed: seed + round++, numRuns: 50 })) {
      parts.push(doc, '\n\n');
      size += doc.length + 2;
      if (size >= unique) break;
    }
  }
  const block = parts.join('');
  if (block.length >= chars) return block.slice(0, chars);
  return block.repeat(Math.ceil(chars / block.length)).slice(0, chars);
}

/** Text inserted by a random edit: a keystroke, a mark, a word, a label, a line break, or noise. */
const INSERTS = [
  'a', 'e', ' ', '.', ',', ':', '\n', '\r\n', '\n\n', '"', '“', '”', '‘', '’', "'", '«', '»', 'Q ', '>> ', '[00:01:20] ',
  'MS. KOWAL: ', 'Marta Kowal', 'said', ' told reporters', 'UNIDENTIFIED MALE: ', '<v Lena Fischbach>', 'Speaker 2: ', 'Mr. REYES. ',
  '\ud800', '\udc00', '😀', '\u00a0', '\t', 'Secretary of State ', 'the Harbour Council', '“We will not,” she said. ',
];

export interface TextEdit {
  /** Offset where the replaced range starts. */
  readonly start: number;
  /** Offset where the replaced range ends (exclusive). */
  readonly end: number;
  readonly text: string;
}

/** A random edit of `text`: insert, delete or replace, of random size and place. */
export function randomEdit(rand: () => number, text: string): TextEdit {
  const n = text.length;
  // Never split a CRLF: editors treat it as one line break, and LSP positions cannot point inside it.
  const insideCrlf = (i: number) => i > 0 && i < n && text.charCodeAt(i - 1) === 13 && text.charCodeAt(i) === 10;
  let start = Math.floor(rand() * (n + 1));
  if (insideCrlf(start)) start--;
  const r = rand();
  let del = 0;
  if (r < 0.35) del = 0;
  else if (r < 0.8) del = Math.floor(rand() * 4);
  else if (r < 0.97) del = Math.floor(rand() * 80);
  else del = Math.floor(rand() * 2000);
  let end = Math.min(n, start + del);
  if (insideCrlf(end)) end++;
  let ins = '';
  const k = rand();
  if (k < 0.25) ins = '';
  else if (k < 0.9) ins = INSERTS[Math.floor(rand() * INSERTS.length)];
  else {
    const count = 1 + Math.floor(rand() * 6);
    for (let i = 0; i < count; i++) ins += INSERTS[Math.floor(rand() * INSERTS.length)];
  }
  if (ins === '' && end === start) ins = INSERTS[Math.floor(rand() * INSERTS.length)];
  return { start, end, text: ins };
}

/** Applies an edit to a string. */
export function applyEdit(text: string, e: TextEdit): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}
