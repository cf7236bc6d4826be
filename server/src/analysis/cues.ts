/**
 * The words that introduce or follow a quotation and say who spoke:
 *
 * ```
 * “We need evidence,” said Sergey Lavrov.        -> said
 * Obama told reporters: “We are not there yet.”  -> told
 * “It is fourteen years,” he answered gravely.   -> answered
 * ```
 *
 * A lexicon of cue verbs with their inflections, a few multi-word cues (`according to`,
 * `went on`, `pointed out`) and the small word lists attribution needs (pronouns, words
 * that start a description). Lookups are by lower-cased word; nothing here scans text.
 */

/** Verbs of speech whose inflections follow the regular spelling rules. */
const REGULAR_VERBS = [
  'add', 'acknowledge', 'admonish', 'advise', 'affirm', 'agree', 'announce', 'answer', 'argue', 'ask',
  'assert', 'assure', 'bark', 'bawl', 'beam', 'bellow', 'blurt', 'boast', 'breathe', 'call', 'caution',
  'chide', 'chime', 'chirp', 'chuckle', 'claim', 'comment', 'complain', 'concede', 'conclude',
  'confess', 'confide', 'confirm', 'contend', 'continue', 'counter', 'croak', 'cry', 'declare',
  'demand', 'deny', 'drawl', 'echo', 'ejaculate', 'emphasise', 'emphasize', 'enquire', 'exclaim', 'explain',
  'falter', 'fleer', 'gasp', 'giggle', 'greet', 'groan', 'growl', 'grumble', 'grunt', 'hiss', 'howl',
  'hint', 'imply', 'inform', 'inquire', 'insist', 'instruct', 'interject', 'intimate', 'interpose', 'interrupt', 'intone', 'jeer', 'joke', 'lament',
  'laugh', 'maintain', 'mention', 'moan', 'mumble', 'murmur', 'muse', 'mutter', 'note', 'object',
  'observe', 'plead', 'pray', 'predict', 'proclaim', 'protest', 'pursue', 'query', 'question', 'rasp', 'reason',
  'reassure', 'recall', 'reckon', 'reflect', 'reiterate', 'rejoin', 'remark', 'remind', 'remonstrate',
  'repeat', 'reply', 'report', 'respond', 'resume', 'retort', 'return', 'roar', 'scream', 'screech', 'shout',
  'shriek', 'sigh', 'smile', 'snarl', 'sneer', 'snort', 'sob', 'squeal', 'state', 'stress', 'suggest',
  'tease', 'testify', 'thunder', 'tweet', 'urge', 'venture', 'volunteer', 'vow', 'wail', 'warn',
  'whimper', 'whine', 'whisper', 'wonder', 'yell',
];

/** Forms the regular rules get wrong or that are irregular. */
const IRREGULAR_FORMS = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'write', 'writes', 'wrote', 'writing', 'written',
  'speak', 'speaks', 'spoke', 'speaking',
  'begin', 'begins', 'began', 'beginning',
  'admit', 'admits', 'admitted', 'admitting',
  'beg', 'begs', 'begged', 'begging',
  'snap', 'snaps', 'snapped', 'snapping',
  'sob', 'sobs', 'sobbed', 'sobbing',
  'stammer', 'stammers', 'stammered', 'stammering',
  'stutter', 'stutters', 'stuttered', 'stuttering',
  'swear', 'swears', 'swore', 'sworn',
  'quip', 'quips', 'quipped', 'quipping',
  'post', 'posts', 'posted',
  'sing', 'sings', 'sang',
  'think', 'thinks', 'thought',
];

/** Multi-word cues, each a list of lower-cased words. */
const PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['went', 'on'], ['goes', 'on'], ['go', 'on'], ['going', 'on'],
  ['pointed', 'out'], ['points', 'out'], ['point', 'out'], ['pointing', 'out'],
  ['cried', 'out'], ['called', 'out'], ['calls', 'out'], ['sang', 'out'],
  ['broke', 'in'], ['put', 'in'], ['chimed', 'in'], ['cut', 'in'],
  ['spoke', 'up'], ['piped', 'up'],
  ['quoted', 'as', 'saying'],
  // `as one official put it`, `she put it more bluntly: “...”`
  ['put', 'it'], ['puts', 'it'],
];

/**
 * Verbs that report speech even when written away from the marks
 * (`Obama concluded his meetings, pointing out that it was “candid”`). Fiction's manner verbs
 * (`laughed`, `returned`, `cried`) count only right next to a quotation.
 */
const REPORTING_VERBS = [
  'add', 'acknowledge', 'admit', 'announce', 'answer', 'argue', 'ask', 'assert', 'claim', 'comment',
  'concede', 'conclude', 'confirm', 'declare', 'deny', 'emphasise', 'emphasize', 'explain', 'insist',
  'maintain', 'note', 'predict', 'promise', 'remark', 'reply', 'report', 'say', 'state', 'stress',
  'suggest', 'tell', 'testify', 'tweet', 'warn', 'write',
];

function inflect(base: string, out: Set<string>): void {
  out.add(base);
  const last = base.charCodeAt(base.length - 1);
  const beforeLast = base.charCodeAt(base.length - 2);
  const vowel = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
  if (base.endsWith('e')) {
    out.add(base + 's');
    out.add(base + 'd');
    out.add(base.slice(0, -1) + 'ing');
  } else if (last === 121 /* y */ && !vowel(beforeLast)) {
    out.add(base.slice(0, -1) + 'ies');
    out.add(base.slice(0, -1) + 'ied');
    out.add(base + 'ing');
  } else if (base.endsWith('s') || base.endsWith('sh') || base.endsWith('ch') || base.endsWith('x') || base.endsWith('o')) {
    out.add(base + 'es');
    out.add(base + 'ed');
    out.add(base + 'ing');
  } else {
    out.add(base + 's');
    out.add(base + 'ed');
    out.add(base + 'ing');
  }
}

const FAR_VERBS: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const v of REPORTING_VERBS) inflect(v, s);
  for (const f of ['says', 'said', 'saying', 'tells', 'told', 'telling', 'writes', 'wrote', 'writing', 'written', 'admits', 'admitted', 'admitting']) s.add(f);
  return s;
})();

const VERBS: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const v of REGULAR_VERBS) inflect(v, s);
  for (const f of IRREGULAR_FORMS) s.add(f);
  for (const f of FAR_VERBS) s.add(f);
  return s;
})();

const PHRASE_STARTS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const m = new Map<string, (readonly string[])[]>();
  for (const p of PHRASES) {
    const a = m.get(p[0]);
    if (a) a.push(p);
    else m.set(p[0], [p]);
  }
  return m;
})();

/**
 * Verbs that give a few words quoted later in their sentence to their subject: reporting verbs
 * and verbs of naming or blaming (`said the talks were “frank”`, `accused ministers of
 * “economic vandalism”`, `described it as “a disgrace”`).
 */
const REPORTED_PHRASE_VERBS: ReadonlySet<string> = (() => {
  const s = new Set<string>(FAR_VERBS);
  for (const v of ['accuse', 'call', 'describe', 'dub', 'brand', 'label', 'complain', 'vow', 'pledge']) inflect(v, s);
  // `According to one witness, the driver “just kept going”.`
  s.add('according');
  return s;
})();

/** True when the lower-cased word is a verb that reports a phrase quoted later in its sentence (`REPORTED_PHRASE_VERBS`). */
export function reportsPhrase(word: string): boolean {
  return REPORTED_PHRASE_VERBS.has(word);
}

/** True when the lower-cased word is a form of a verb of speech (`said`, `tells`, `warned`). */
export function isCueVerb(word: string): boolean {
  return VERBS.has(word);
}

/**
 * Length in words of the cue that starts at `words[at]` (lower-cased words), or 0.
 * Multi-word cues are tried first: `according to` -> 2, `pointed out` -> 2, `said` -> 1.
 * `strict` accepts only reporting verbs (`said`, `added`, `pointing out`) and refuses words
 * that are speech only next to a quotation (`laughed`, `returned`), for cues found far from
 * the marks.
 */
export function cueLength(words: readonly string[], at: number, strict = false): number {
  const w = words[at];
  if (w === undefined) return 0;
  const phrases = PHRASE_STARTS.get(w);
  if (phrases) {
    for (const p of phrases) {
      let ok = true;
      for (let k = 1; k < p.length; k++) {
        if (words[at + k] !== p[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return p.length;
    }
  }
  if (!VERBS.has(w)) return 0;
  if (strict && !FAR_VERBS.has(w)) return 0;
  // `made no answer`, `his reply`, `a cry`: the noun, which says no one spoke.
  if (at > 0 && NOUN_MARKERS.has(words[at - 1])) return 0;
  // `said power would return “within the day”`, `hopes to resume “soon”`: a verb that is speech
  // only next to a quotation, after a modal or `to`, is what someone will do, not how they spoke.
  if (at > 0 && !FAR_VERBS.has(w) && BEFORE_INFINITIVE.has(words[at - 1])) return 0;
  return 1;
}

/** Words after which a verb is in its plain form (`would`, `to`). */
const BEFORE_INFINITIVE: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'shall', 'should', 'must', 'to']);

/** Words after which a cue word is a noun (`no answer`, `a cry`, `his reply`). */
const NOUN_MARKERS: ReadonlySet<string> = new Set(['no', 'a', 'an', 'the', 'his', 'their', 'my', 'your', 'our', 'its', 'any', 'every']);

/** Personal pronouns that can name a speaker, with the gender they imply (`m`, `f`, or `?`). */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | '?'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
]);

/** Pronouns that stand for a speaker we do not try to name (`I said`, `they said`). */
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'they', 'you', 'it', 'one', 'who', 'which', 'that', 'this']);

/** Words that start a description of a speaker (`the Russian foreign minister`, `his uncle`). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'one', 'another']);

/** Adjectives in a description that say nothing about who is meant. */
export const DESCRIPTION_NOISE: ReadonlySet<string> = new Set([
  'senior', 'top', 'former', 'then', 'new', 'old', 'young', 'little', 'poor', 'dear', 'good', 'other',
  'same', 'latter', 'former', 'elder', 'younger', 'older', 'first', 'second', 'current', 'outgoing',
  'incoming', 'acting', 'visiting', 'great', 'big', 'tall', 'short', 'worthy', 'kind', 'gentle',
]);

/** Words after `told` / `declared to` that belong to the cue (`told reporters`, `told Russian media`). */
export const CUE_OBJECT_STOP: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'this', 'that', 'last', 'when', 'while', 'as', 'from',
  'by', 'with', 'on', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'and', 'but', 'who', 'which', 'about',
  'him', 'her', 'them', 'me', 'us', 'you', 'it',
]);
