/** Reading one quote: its cue, the subject of its sentence, the person it speaks to, and the descriptions and pronouns that name its speaker (a layer of the attributor). */
import type { Link, Slot } from './attribution-dialogue';
import { DESCRIPTION_STOPS, DescriptionIndex, TITLED_MENTIONS, TITLE_ROLE_WORDS, descriptionGender, descriptionHead, isDemonym, isPersonNoun, genderOfActor, genderOfMention, roleWord, roleWords, type Gender } from './attribution-resolve';
import { quoteOf, type AttributionReuse, type DescriptionLookup, type Local } from './attribution-reuse';
import { endsClause, endsSentence, isPossessiveAt, tokenize, type Token } from './attribution-tokens';
import { isHSpace, isPlainBlank, isWordCode } from './chars';
import { CUE_OBJECT_STOP, DETERMINERS, OTHER_PRONOUNS, SPEAKER_PRONOUNS, cueLength, isCueVerb } from './cues';
import type { Actor, AttributionVia, Mention, Quote, Span, SpeakerLabel, Turn } from './model';
import type { ActorResolution, RawQuote } from './pipeline-types';
import { sameActorForms, sameStrings } from './actor-compare';
import { firstStartingAfter, firstStartingAt } from './spans';
import { detach, lineAt, type LineIndex } from './text';
import { GROUP_PEOPLE, TITLES } from './lexicon-titles';
import { DEMONYMS } from './lexicon-places';

/** How far attribution looks on each side of a quote, in characters. */
const WINDOW = 200;
/** How many words a cue after a quote may be preceded by (`Sergey Ryabkov, Lavrov’s deputy, told`). */
const MAX_SUBJECT_TOKENS = 14;
/** How far back a pronoun looks for the person it stands for. */
const PRONOUN_LOOKBACK_CHARS = 4000;
const PRONOUN_LOOKBACK_MENTIONS = 60;
/** How far back a pronoun looks for a description of its person (`the doctor`). */
const DESCRIBED_LOOKBACK_CHARS = 300;
/** How many turns back, and how far, the one a speaker says `you` to may be. */
const OTHER_SIDE_TURNS = 3;
const OTHER_SIDE_CHARS = 4000;
/** How far back in its paragraph a pronoun may find the newcomer it stands for. */
const NEWCOMER_LOOKBACK_CHARS = 600;
/** How long the sentence before a pronoun's may be for its one name to be taken up. */
const PREVIOUS_SENTENCE_CHARS = 300;
/** How far back the start of a paragraph wrapped over lines is looked for. */
const PARAGRAPH_LOOKBACK_CHARS = 1200;
/** How far before a pronoun a name in its own sentence may be. */
const SAME_SENTENCE_CHARS = 200;
/** How far back `a man` may have brought in the man `the man` stands for. */
const INTRODUCED_LOOKBACK_CHARS = 1500;
/** How far before a `my editor` in a speaker's turn the role another possessor gave is looked for. */
const OTHER_POSSESSOR_LOOKBACK_CHARS = 2000;
/** First-person possessives: in a speaker's turn, the speaker's. */
const FIRST_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our']);
/** How far back within one sentence a pronoun's subject is looked for. */
const SUBJECT_LOOKBACK_CHARS = 300;
const SUBJECT_LOOKBACK_MENTIONS = 8;
/** And no further back than this from the pronoun's person. */
const SUBJECT_SPAN_CHARS = 1200;
/** How far back the people an exchange may be between are looked for. */
export const CONTEXT_CHARS = 600;
const CONTEXT_MENTIONS = 20;
/** How much of the next line is read for a cue (`I added.`) after a quote that ends its line. */
export const NEXT_LINE_CHARS = 200;
/** How far genders read after a name (`pronounAfter`) and titles before one. */
export const PRONOUN_AFTER_CHARS = 80;
export const WORD_BEFORE_CHARS = 40;
/** How far before and after a mention the readings of an actor's gender and titles reach. */
const AROUND_BEFORE = 40;
const AROUND_AFTER = PRONOUN_AFTER_CHARS + 5;

/**
 * A copy of the name's span of a speaker label, as a quote's speaker span: the analyser moves
 * a label's spans in place when its block moves, not the quotes attributed to it.
 */
function labelName(label: SpeakerLabel | undefined): Span | null {
  return label === undefined ? null : { start: label.nameSpan.start, end: label.nameSpan.end };
}

/**
 * The actor `a` after an edit reads as `o` did before it, as far as its gender or titles go: the
 * same name and other forms, and its first `count` mentions the same, moved, none of them near
 * the text the edit changed.
 */
export function readsAsBefore(o: Actor, a: Actor, reuse: AttributionReuse, count: number): boolean {
  if (o.name !== a.name || !sameStrings(o.aliases, a.aliases)) return false;
  const n = Math.min(a.mentions.length, count);
  if (Math.min(o.mentions.length, count) !== n) return false;
  const from = reuse.from;
  const to = Math.max(reuse.to, reuse.from + 1);
  for (let k = 0; k < n; k++) {
    const m = a.mentions[k];
    if (m.start - AROUND_BEFORE < to && m.end + AROUND_AFTER > from) return false;
    const d = m.start >= to ? reuse.delta : 0;
    const x = o.mentions[k];
    if (x !== m && (x.start !== m.start - d || x.end !== m.end - d)) return false;
  }
  return true;
}


/** Cue verbs that say the quote answers the one before (`he replied`): not the same speaker. */
const REPLY_VERBS = new Set(['replied', 'answered', 'returned', 'rejoined', 'retorted', 'responded', 'replies', 'answers', 'retorts']);
/** How many words of the next line may come before a cue verb that attributes a quote ending a line. */
const NEXT_LINE_CUE_TOKENS = 4;
/** A quote of this many words is a statement rather than a line of dialogue. */
const LONG_STATEMENT_WORDS = 15;
/** Roles that news gives to people it does not name (`the official added`). */
const ANONYMOUS_ROLES = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'aide', 'aides',
  'diplomat', 'diplomats', 'analyst', 'analysts', 'expert', 'experts', 'observer', 'observers', 'witness', 'witnesses',
  'resident', 'residents', 'stranger', 'voice', 'voices',
]);
/** Nouns for a person that say nothing of who: `the man` is not the last man named. */
const GENERIC_PERSONS = new Set(['man', 'woman', 'gentleman', 'lady', 'boy', 'girl', 'fellow', 'person', 'youth', 'stranger', 'child', 'lad', 'lass']);
/** Words that open a description of someone not met before. */
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'some', 'someone', 'somebody', 'several', 'two', 'three', 'four', 'five', 'six', 'many', 'few']);

interface Who {
  readonly speaker: string | null;
  readonly span: Span | null;
  /** How the words were read: a name, a pronoun, a description or the narrator's `I`. */
  readonly how: 'name' | 'pronoun' | 'description' | 'narrator' | 'none';
  /** The gender a pronoun or a description shows. */
  readonly gender?: 'm' | 'f' | null;
  /** A description that refers back to someone met before (`the painter`, not `a man`). */
  readonly definite?: boolean;
  /** A description that brings in someone new (`a man`, `another voice`). */
  readonly indefinite?: boolean;
  /** For a description that names no one: the words that describe a person (`a small boy`), if they do. */
  readonly person?: Span | null;
  /** For a kin description (`her mother`): the person `her` stands for, who is not the speaker. */
  readonly possessor?: string | null;
}

interface CueHit {
  readonly cue: Span | null;
  readonly who: Who;
  /** End of the attribution words (for the gap to the next quote). */
  readonly end: number;
  readonly colon: boolean;
}

const NOBODY: Who = { speaker: null, span: null, how: 'none' };

/** At most this many tokens in a part set off by commas between a subject and its verb. */
const MAX_ASIDE_TOKENS = 24;

/** Words that open a part set off by commas between a subject and its verb. */
const ASIDE_OPENERS = new Set([
  'who', 'whom', 'whose', 'which', 'a', 'an', 'the', 'one', 'in', 'on', 'at', 'for', 'from', 'with', 'according', 'speaking',
  'asked', 'reached', 'citing', 'after', 'before', 'when', 'while', 'during', 'however', 'meanwhile', 'though', 'too', 'also',
  'like', 'unlike', 'as', 'himself', 'herself', 'themselves', 'itself',
]);

/** The reading rules for one top-level quote, with the state a reading keeps (the base of `Attributor`, attribution.ts). */
export class QuoteReader {
  protected readonly mentions: readonly Mention[];
  protected readonly byId = new Map<string, Actor>();
  protected readonly genders = new Map<string, Gender>();
  protected descriptions: DescriptionIndex | null = null;
  /**
   * The descriptions the quote being read matched against every actor (null when none), with
   * offsets relative to the quote's start.
   */
  private lookups: DescriptionLookup[] | null = null;
  /** Start of the quote being read. */
  private readingAt = 0;
  /** The person the quote being read speaks to by name (`addressee`). */
  private addressedNow: string | null = null;
  /** The speaker of the turn the quote being read lies in: in their own words `he` is someone else. */
  private turnSpeakerNow: string | null = null;
  /** The turn the quote being read lies in. */
  private turnNow: Turn | null = null;
  /** What the run may reuse of the run before an edit. */
  protected reuse: AttributionReuse | null = null;
  /**
   * After names merged again: the actors named near the edit and those it changed; every other
   * actor reads as before (its gender, titles and words). Null when not known.
   */
  protected nearChanged: ReadonlySet<string> | null = null;
  /**
   * The actors whose gender the reading or exchange under way asked for, in order (null when
   * none is under way): a gender that changes with an edit reads again only what asked for it.
   */
  protected genderReads: string[] | null = null;
  /** Per sex (m, f): what the last `unnamedPersonBefore` read. */
  private readonly unnamedReads: (UnnamedRead | null)[] = [null, null];
  /** Top-level quote spans in text order, to skip names written inside quotes. */
  private readonly topSpans: Span[] = [];

  constructor(
    protected readonly text: string,
    protected readonly lines: LineIndex,
    protected readonly raw: readonly RawQuote[],
    protected readonly speakers: readonly SpeakerLabel[],
    protected readonly turns: readonly Turn[],
    protected readonly resolution: ActorResolution,
  ) {
    this.mentions = resolution.mentions;
    for (const a of resolution.actors) this.byId.set(a.id, a);
    for (const q of raw) if (q.depth === 0) this.topSpans.push(q);
  }

  protected readonly genderOfId = (id: string): Gender => {
    const a = this.byId.get(id);
    return a ? this.genderOf(a) : null;
  };

  /** The first pass for one top-level quote: its own attribution and how it follows the one before. */
  protected read(q: RawQuote, qi: number, turn: Turn | null, prev: Local | null, turnSpeaker: string | null, turnName: Span | null): Local {
    this.lookups = null;
    this.genderReads = [];
    this.readingAt = q.start;
    // The words after a quote that attributed it do not attribute the next one.
    const prevTopEnd = prev !== null ? prev.attrEnd : -1;
    {
      const nextStart = this.nextTopStart(qi);
      const line = lineAt(this.lines, q.start);
      const lineStart = this.lines.starts[line];
      // A quote that opens its line after a line ending in `:` or `,` goes on that line's sentence
      // (`He turned to her and said:` / `“Not tonight.”`): its cue and subject may be read there.
      const runsOn = this.startsLine(q, lineStart) ? this.runOnFrom(line) : -1;
      const sentenceStart = runsOn >= 0 ? runsOn : lineStart;
      const endLine = lineAt(this.lines, Math.max(q.start, q.end - 1));
      let result: Quote | null = null;
      let attrEnd = q.end;
      const addressed = this.addressee(q);
      this.addressedNow = addressed;
      /** Whom the quote speaks to: the one it calls by name, or the one its kin description is kin to. */
      let spokenTo = addressed;
      this.turnSpeakerNow = turnSpeaker;
      this.turnNow = turn;
      /** The quote's own attribution names someone, maybe someone we cannot identify (null). */
      let own: string | null | undefined = undefined;
      let colon = false;
      /** The gender of the pronoun that named the speaker, if one did. */
      let pronoun: 'm' | 'f' | null = null;
      /** The narrator's `I` spoke. */
      let narrator = false;
      /** The next person a pronoun may stand for, and whether the cue says the quote answers. */
      let alt: string | null = null;
      let reply = false;
      let states = false;
      let reattributed = false;
      /** The words that describe a speaker the quote's own attribution does not name. */
      let described: string | null = null;
      let describedGender: 'm' | 'f' | null = null;
      /** The description brings in someone not met before (`a man`, or `the man` after `a man`). */
      let newcomer = false;

      // 1. The quote follows a speaker label on its line.
      if (turn && turn.speaker !== null && this.onLabelLine(turn, q)) {
        result = this.make(q, turn.speaker, null, 'speaker-line', labelName(this.speakers[turn.label]));
        own = turn.speaker;
      }

      // 2. A cue after or before the quote.
      if (!result) {
        const afterTo = Math.min(this.afterLimit(endLine, q.end, this.sentenceGoesOn(q), this.endsWithQuestion(q)), q.end + WINDOW, nextStart);
        let after = this.cueAfter(q, afterTo) ?? this.closingCue(q, afterTo);
        // `“...Oh!”` / `Quell said, more calmly: “Good evening.”`: a cue on the next
        // line that runs into the next quote with a colon introduces that quote.
        if (after !== null && this.introducesNext(after.end, nextStart, endLine)) after = null;
        const before = after && after.who.speaker !== null ? null : this.cueBefore(q, Math.max(sentenceStart, q.start - WINDOW, prevTopEnd));
        // `The board said that it would consider “every option.” And your rival said ...`: after a
        // quote that closes its sentence, someone unnamed the words before it describe speaks it,
        // not someone unnamed the next sentence brings in.
        const describedBefore = before !== null && before.who.speaker === null && before.who.how === 'description' && before.who.person != null && this.endsWithFullStop(q);
        const hit = after && after.who.speaker !== null ? after : before && (before.who.speaker !== null || !after || describedBefore) ? before : after;
        if (hit) {
          // `said a small boy`, `the convict cried`: someone the text does not name, described.
          if (hit.who.speaker === null) {
            if (hit.who.how === 'narrator' && turnSpeaker === null) described = NARRATOR;
            else if (hit.who.person) {
              described = describedAs(this.text, hit.who.person);
              describedGender = hit.who.gender ?? null;
              newcomer = hit.who.indefinite === true || describesStranger(described);
            }
          }
          result = this.make(q, hit.who.speaker, hit.cue, viaOf(hit), hit.who.span, described);
          if (hit === after) attrEnd = after.end;
          // `said his cousin`, unplaced: the one `his` stands for is likely spoken to, not speaking.
          if (hit.who.speaker === null && hit.who.possessor != null && spokenTo === null) spokenTo = hit.who.possessor;
          // `said her cousin` names someone we cannot place: the exchange may tell who.
          // In a speaker's turn (`The president told reporters, “...”`) it is not the speaker, whoever it is.
          if (hit.who.how !== 'none' && !(hit.who.how === 'description' && hit.who.speaker === null && hit.who.definite && !hit.who.indefinite && (turnSpeaker === null || !hit.who.person))) own = hit.who.speaker;
          // `cried a voice`, `said a man`: someone new, not a man named before (`said the man` may be one).
          if (hit.who.how === 'pronoun' || (hit.who.how === 'description' && !(own === null && hit.who.indefinite))) pronoun = hit.who.gender ?? null;
          if (pronoun !== null && hit.who.speaker !== null && hit.who.span !== null) {
            alt = this.resolvePronoun(pronoun, hit.who.span.start, hit.who.speaker);
            // In a speaker's turn `he` and `she` are others: the speaker is `I`.
            if (alt !== null && alt === turnSpeaker) alt = null;
            // `cried her mother`: the next woman is the one `her` stands for, not a likely speaker,
            // and, when the quote calls no one by name, most likely the one spoken to.
            if (alt !== null && alt === hit.who.possessor) alt = null;
            if (spokenTo === null && hit.who.possessor != null && hit.who.possessor !== own) spokenTo = hit.who.possessor;
            // Nobody calls themselves by name: `“Have a lozenge, Brandt,” he said` is not Brandt.
            if (own === addressed && alt !== null) {
              own = alt;
              result = this.make(q, alt, hit.cue, viaOf(hit), hit.who.span);
              alt = this.resolvePronoun(pronoun, hit.who.span.start, addressed);
            }
          }
          // `“...,” said a Western diplomat. “...,” he added.`: `he` is the newcomer the quote
          // before brought in, not a man named before it.
          if (
            hit.who.how === 'pronoun' && own !== null && own !== undefined && prev !== null && prev.own === null && prev.slot.stranger &&
            (prev.slot.describedGender === null || prev.slot.describedGender === pronoun) && hit.who.span !== null &&
            !this.namedBetween(own, prev.quote.start, hit.who.span.start)
          ) {
            alt = null;
            own = null;
            described = prev.slot.described;
            describedGender = prev.slot.describedGender;
            newcomer = true;
            result = this.make(q, null, hit.cue, 'pronoun', hit.who.span, described);
          } else if (hit.who.how === 'pronoun' && pronoun !== null && hit.who.span !== null) {
            // `A retired teacher said she had not left her basement. “...,” she said.`
            const intro = this.newcomerSubject(pronoun, hit.who.span.start);
            let calling: Span | null = null;
            if (intro !== null) {
              alt = own ?? null;
              own = null;
              described = describedAs(this.text, intro);
              describedGender = pronoun;
              newcomer = true;
              result = this.make(q, null, hit.cue, 'pronoun', hit.who.span, described);
            } else if (own !== null && own !== undefined && hit.who.span.start >= q.end) {
              // `The surgeon bent over the bed. “...,” he said.`: the one the sentence before the
              // quote is about, called by his calling, not a man named further back.
              const subject = this.callingSubjectBefore(q.start, own, pronoun);
              if (subject !== null) {
                alt = null;
                own = null;
                described = describedAs(this.text, subject);
                describedGender = pronoun;
                newcomer = true;
                result = this.make(q, null, hit.cue, 'pronoun', hit.who.span, described);
              }
            } else if (own === null && hit.who.span.start >= q.end && (calling = this.callingSubjectBefore(q.start, null, pronoun)) !== null) {
              described = describedAs(this.text, calling);
              describedGender = pronoun;
              newcomer = true;
              result = this.make(q, null, hit.cue, 'pronoun', hit.who.span, described);
            } else if (own === null) {
              // `A girl was dancing. ... “Where you off to?” she asked.`: a `she` no woman named
              // stands for is the girl the narration calls so.
              const head = this.unnamedPersonBefore(pronoun, hit.who.span.start);
              if (head !== null) {
                described = 'the ' + head;
                describedGender = pronoun;
                result = this.make(q, null, hit.cue, 'pronoun', hit.who.span, described);
              }
            }
          }
          const cueText = hit.cue !== null ? this.text.slice(hit.cue.start, hit.cue.end).toLowerCase() : '';
          // The verb of a cue that takes in its object (`said to Nora`, `cried to the man`) is its first word.
          const verb = GOES_ON_VERBS.has(cueText) ? cueText : firstWordOf(cueText);
          reply = REPLY_VERBS.has(verb);
          states = hit === after && STATING_VERBS.has(verb);
          // `“...,” said Tobias.` / `“...?” asked the gentleman.`: a pronoun or a description after
          // the quote, where the one before named its speaker, is most often the other side.
          reattributed = hit === after && (hit.who.how === 'pronoun' || hit.who.how === 'description') && !GOES_ON_VERBS.has(verb);
          narrator = hit.who.how === 'narrator';
          // `And I said, “...”` in a speaker's turn: the speaker.
          if (narrator && turnSpeaker !== null) {
            narrator = false;
            own = turnSpeaker;
            result = this.make(q, turnSpeaker, hit.cue, 'cue', hit.who.span);
          }
          colon = hit === before && hit.colon;
        }
      }

      // 3. A quote inside a speaker's turn: the speaker's, unless it goes on, after `and`, the
      // sentence of a quote the speaker gave to someone else (`Her solicitors sent me a letter,
      // which said she “...” and “...”`): that one's, as the exchange carries it over.
      if (!result && turn && turn.speaker !== null && !this.joinsQuoteOfOther(prev, q, turn.speaker)) {
        result = this.make(q, turn.speaker, null, 'turn', labelName(this.speakers[turn.label]));
        own = turn.speaker;
      }

      const opensLine = this.startsLine(q, lineStart);

      // 4. A quote inside a sentence of narration with no cue: the sentence's subject speaks
      // (`At the door he turned: “Not tonight.”`, `Nora Penn looked up and smiled, “Come in.”`).
      if (!result && (!opensLine || runsOn >= 0)) {
        const subject = this.sentenceSubject(Math.max(sentenceStart, q.start - WINDOW, prevTopEnd), q.start);
        if (subject && subject.speaker !== null) {
          const via = subject.how === 'pronoun' ? 'pronoun' : this.colonBefore(q.start) ? 'colon' : 'carry-over';
          result = this.make(q, subject.speaker, null, via, subject.span);
          own = subject.speaker;
        }
      }

      // How the quote follows the one before: on the same line or right after its attribution
      // the same person goes on; a bare quote right after a bare quote is the reply.
      let link: Link = 'break';
      if (prev) {
        // Two quotes side by side with nothing but blanks between, the first with no words after it
        // (`“Yes.” “No.”`), read as a quote and its reply even on one line.
        const sideBySide = prev.attrEnd === prev.quote.end && this.onlyBlanks(prev.quote.end, q.start);
        if (prev.endLine === line && !sideBySide && !this.otherPersonBetween(prev.attrEnd, q.start, prev.own ?? null)) link = 'same';
        else if (this.onlyPunctuation(prev.attrEnd, q.start)) {
          // After `“...,” said Abel.` Abel goes on; after `“...?” asked Abel.` the other one answers.
          // After a statement introduced by a colon (`Quell said: “...”`) the statement may go on
          // in the next paragraph; a short line of dialogue (`Nat said: “I can beat you!”`) gets a reply.
          // After a few words a sentence of narration reports (`Hallam said the performance was
          // “the most complete all season”.`) the one reported goes on: nothing was said to answer.
          const reported = prev.own !== undefined && prev.attrEnd === prev.quote.end && isLowerCode(this.text.charCodeAt(prev.quote.inner.start));
          const goesOn = prev.attrEnd > prev.quote.end || reported || (prev.colon && this.wordCount(prev.quote.inner, LONG_STATEMENT_WORDS) >= LONG_STATEMENT_WORDS);
          // A question the cue only says was said (`“...?” said Dorn.`) may go on; one it
          // says was asked gets its answer.
          link = goesOn && !(this.endsWithQuestion(prev.quote) && !prev.slot.states) && !(reattributed && prev.own !== undefined && prev.attrEnd > prev.quote.end) ? 'same' : 'flip';
        }
        // `“But you forget,” said Nora, “that we leave...”`: one sentence, one speaker.
        // So too after a question: `“Where to?” replied he; “the mill is shut.”`
        if (link !== 'break' && own === undefined && prev.own !== undefined && prev.attrEnd > prev.quote.end && this.splitAt(prev.attrEnd, q.start)) link = 'split';
      }
      // 5. A quote that opens its paragraph after narration: likely the person the narration was about.
      let subject: string | null = null;
      if (own === undefined && link === 'break' && opensLine) {
        const from = Math.max(prev ? prev.attrEnd : 0, lineStart - WINDOW * 2);
        // `The nurse leaned over.` / `“Hold still now.”`: someone the text only describes, the
        // subject of the sentence just before, speaks.
        const beat = this.beatDescription(from, lineStart, q.start);
        if (beat !== null && beat.speaker !== null) subject = beat.speaker;
        else if (beat !== null && beat.person) {
          own = null;
          described = describedAs(this.text, beat.person);
          describedGender = beat.gender ?? null;
          newcomer = beat.indefinite === true;
          result = this.make(q, null, null, 'carry-over', beat.span, described);
        } else subject = this.narrationSubject(from, lineStart);
      }

      const selfNamed = narrator ? this.selfNamedBefore(q.start) : null;
      // `“What name?”` / `“Greyson, office on the second floor.”`: the answer gives the speaker's own
      // name, it does not call the other one by it.
      if (spokenTo !== null && spokenTo === addressed && prev !== null && link === 'flip' && this.nameAsked(prev, q.start)) spokenTo = null;
      const slot: Slot = { link, own, addressed: spokenTo, subject, pronoun, narrator, alt, reply, states, described, describedGender: newcomer ? describedGender : null, stranger: newcomer, selfNamed };
      const first = result ?? this.plain(q);
      const genders = this.genderReads.length > 0 ? this.genderReads : null;
      this.genderReads = null;
      return { quote: q, own, attrEnd, endLine, colon, first, slot, before: prev, lookups: this.lookups, genders, turnSpeaker, turnName };
    }
  }

  /**
   * The people named in the narration just before an exchange that starts at `pos`, most
   * recent first (see `withSpeakers`).
   */
  protected contextPeople(pos: number): string[] {
    const out: string[] = [];
    let k = this.firstMentionAt(pos) - 1;
    for (let seen = 0; k >= 0 && seen < CONTEXT_MENTIONS && out.length < 3; k--, seen++) {
      const m = this.mentions[k];
      if (m.start < pos - CONTEXT_CHARS) break;
      if (this.byId.get(m.actor)?.kind !== 'person' || this.insideQuote(m.start) || familyAfter(this.text, m.end) || isPeopleWord(this.text, m.start, m.end)) continue;
      if (!out.includes(m.actor)) out.push(m.actor);
    }
    return out;
  }

  /**
   * Where the words after a quote may run: to the end of its line, or on into the next line when
   * the quote ends its line and the next line goes on with the sentence in lower case
   * (`“...?”` / `asked the porter.` in hard-wrapped or one-sentence-a-line text).
   */
  private afterLimit(line: number, end: number, goesOn: boolean, asks = false): number {
    const { text, lines } = this;
    const le = lines.ends[line];
    let k = end;
    while (k < le && isPlainBlank(text.charCodeAt(k))) k++;
    if (k < le || line + 1 >= lines.starts.length) return le;
    let j = lines.starts[line + 1];
    const je = lines.ends[line + 1];
    while (j < je && isPlainBlank(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (j < je && c >= 97 && c <= 122) return je;
    // `I added.`, `Mary said, ...` on the next line: a short subject, a cue verb of speech (not
    // `laughed`, `returned`, unless the quote left its sentence open: `“Haw!”` / `Jim laughed.`),
    // perhaps an adverb, and the clause ends.
    const toks = tokenize(text, j, Math.min(je, j + NEXT_LINE_CHARS), NEXT_LINE_CUE_TOKENS + 3);
    const words = toks.map((t) => (t.word ? t.w : ''));
    for (let k = 1; k < toks.length && k <= NEXT_LINE_CUE_TOKENS; k++) {
      if (!toks[k].word) break;
      // `“...?”` / `I inquired.`: a verb of asking after a question.
      const n = cueLength(words, k, !goesOn) || (asks && ASKING_VERBS.has(words[k]) ? 1 : 0);
      if (n === 0) continue;
      let e = k + n;
      if (e < toks.length && toks[e].word && toks[e].w.endsWith('ly')) e++;
      const t = toks[e];
      return t === undefined || (!t.word && (t.w === ',' || t.w === '.' || t.w === ';' || t.w === ':')) ? je : le;
    }
    return le;
  }

  /**
   * The person the narration before a quote is about, between `from` and `to`: the subject of
   * the last sentence that has one, a name or `he` / `she` opening it (`He took down a volume.`),
   * else the first person that sentence names outside quotes.
   */
  private narrationSubject(from: number, to: number): string | null {
    if (from >= to) return null;
    const toks = tokenize(this.text, from, to, 96);
    let end = toks.length;
    while (end > 0) {
      let begin = end - 1;
      while (begin > 0 && !endsSentence(toks[begin - 1])) begin--;
      // A sentence cut by the window's start is only trusted for the names it holds.
      const whole = begin > 0 || from <= this.lines.starts[lineAt(this.lines, from)] || endsSentence(toks[0]) || this.opensLineAt(toks[0].start);
      let k = begin;
      while (k < end && !toks[k].word) k++;
      if (whole && k < end) {
        const g = SPEAKER_PRONOUNS.get(toks[k].w);
        if (g !== undefined) return this.resolvePronoun(g === '?' ? null : g, toks[k].start);
      }
      const lo = toks[begin].start;
      const hi = toks[end - 1].end;
      for (let m = this.firstMentionAt(lo); m < this.mentions.length && this.mentions[m].start < hi; m++) {
        const mention = this.mentions[m];
        if (this.byId.get(mention.actor)?.kind === 'person' && !this.insideQuote(mention.start)) return mention.actor;
      }
      end = begin;
      while (end > 0 && !toks[end - 1].word && !endsSentence(toks[end - 1])) end--;
      if (end > 0 && endsSentence(toks[end - 1])) end--;
      if (end === begin) break;
    }
    return null;
  }

  /**
   * The description that opens the last sentence of the narration between `from` and `to`
   * as its subject, a verb right after it (`The nurse leaned over.`, `A tall man came in.`),
   * read as a speaker; null when that sentence opens otherwise.
   */
  private beatDescription(from: number, to: number, near: number): Who | null {
    if (from >= to) return null;
    const toks = tokenize(this.text, from, to, 48);
    let end = toks.length;
    while (end > 0 && !toks[end - 1].word && !endsSentence(toks[end - 1])) end--;
    if (end === 0 || !endsSentence(toks[end - 1])) return null;
    let begin = end - 1;
    while (begin > 0 && !endsSentence(toks[begin - 1])) begin--;
    if (begin === 0 && !(from <= this.lines.starts[lineAt(this.lines, from)] || this.opensLineAt(toks[0].start))) return null;
    // `Then the girl smiled.`, `On the stair the nurse paused.`: past a word or a place that opens the sentence.
    if (toks[begin].word && BEAT_OPENERS.has(toks[begin].w)) {
      let k = begin + 1;
      if (OF_PARTS.has(toks[begin].w) || toks[begin].w === 'by') {
        k = begin + 2;
        while (k < end && k - begin <= 4 && toks[k].word && !DESCRIBING.has(toks[k].w)) k++;
      }
      if (k < end && toks[k].w === ',') k++;
      begin = k;
    }
    const t0 = toks[begin];
    if (begin >= end || !t0.word || !DESCRIBING.has(t0.w) || this.insideQuote(t0.start)) return null;
    let head = begin + 1;
    while (head < end && head - begin <= 3 && toks[head].word && !toks[head].cap && !isPersonNoun(toks[head].w)) head++;
    if (head >= end - 1 || !toks[head].word || toks[head].cap || !isPersonNoun(toks[head].w)) return null;
    const verb = toks[head + 1];
    if (!verb.word || verb.cap || DESCRIPTION_STOPS.has(verb.w) || CLAUSE_JOINS.has(verb.w) || isPersonNoun(verb.w)) return null;
    const who = this.describe(toks, begin, head + 1, near);
    return who !== null && who.how === 'description' ? who : null;
  }

  /** The subject at the start of the sentence that runs into the quote: a pronoun or a name. */
  private sentenceSubject(lo: number, quoteStart: number): Who | null {
    if (lo >= quoteStart) return null;
    const toks = tokenize(this.text, lo, quoteStart, 64);
    let from = 0;
    for (let k = toks.length - 1; k >= 0; k--) {
      if (endsSentence(toks[k]) || (!toks[k].word && endsClause(toks[k]))) {
        from = k + 1;
        break;
      }
    }
    // A sentence that begins at the start of the window may have begun earlier: only trust a full one.
    if (from === 0 && lo > this.lines.starts[lineAt(this.lines, lo)]) return null;
    const limit = Math.min(toks.length, from + 4);
    for (let k = from; k < limit; k++) {
      const t = toks[k];
      if (!t.word) continue;
      const g = SPEAKER_PRONOUNS.get(t.w);
      if (g !== undefined) {
        return this.pronounAt(t, g);
      }
      const m = this.mentions[this.firstMentionAt(t.start)];
      if (m !== undefined && m.start === t.start && this.byId.get(m.actor)?.kind === 'person' && !this.isPossessiveMention(m)) {
        return { speaker: m.actor, span: { start: m.start, end: m.end }, how: 'name' };
      }
    }
    // The subject after an opening phrase: `Turning to the window, he waved at her: “...”`.
    for (let k = limit; k < toks.length; k++) {
      const t = toks[k];
      if (!t.word || toks[k - 1].word || toks[k - 1].w !== ',') continue;
      const g = SPEAKER_PRONOUNS.get(t.w);
      if (g !== undefined && g !== '?') return { speaker: this.resolvePronoun(g, t.start), span: { start: t.start, end: t.end }, how: 'pronoun', gender: g };
    }
    return null;
  }

  /** Number of words in `span`, counted up to `max`. */
  private wordCount(span: Span, max: number): number {
    let n = 0;
    let inWord = false;
    for (let k = span.start; k < span.end && n < max; k++) {
      const c = this.text.charCodeAt(k);
      const w = isLetter(c) || (c >= 48 && c <= 57);
      if (w && !inWord) n++;
      inWord = w;
    }
    return n;
  }

  /**
   * The quote's words end with `,` `!` or a dash: the sentence may go on after the mark. (After
   * `?` the next line's `Tommy chuckled.` is as often the answer as the asker.)
   */
  private sentenceGoesOn(q: RawQuote): boolean {
    let k = q.inner.end - 1;
    while (k >= q.inner.start && isPlainBlank(this.text.charCodeAt(k))) k--;
    const c = k >= q.inner.start ? this.text.charCodeAt(k) : 0;
    return c === 44 || c === 33 || c === 45 || c === 0x2014;
  }

  /** The quote's last words end with a full stop: `“No matters arising.”`. */
  private endsWithFullStop(q: RawQuote): boolean {
    let k = q.inner.end - 1;
    while (k >= q.inner.start && isPlainBlank(this.text.charCodeAt(k))) k--;
    return k >= q.inner.start && this.text.charCodeAt(k) === 46;
  }

  /**
   * The quote before (`prev`) asks for a name, or goes on, in the same voice, from one that does
   * just before it (`“Your name, boy!” said the keeper. “Speak up!”`): a name answering it is given,
   * not called.
   */
  private nameAsked(prev: Local, start: number): boolean {
    if (this.asksName(prev.quote)) return true;
    const before = prev.before;
    const goesOn = prev.slot.link === 'same' || prev.slot.link === 'split';
    return goesOn && prev.own === undefined && before !== null && before.quote.end >= start - NAME_ANSWER_CHARS && this.asksName(before.quote);
  }

  /** The quote ends with a question or a demand that asks for a name (`What name?`, `And your name?`, `Your name!`). */
  private asksName(q: RawQuote): boolean {
    const asks = this.endsWithQuestion(q);
    if (!asks && !this.endsWithMark(q, 33)) return false;
    let k = q.inner.end - 1;
    while (k > q.inner.start && isPlainBlank(this.text.charCodeAt(k))) k--;
    const lo = Math.max(q.inner.start, k - NAME_QUESTION_CHARS);
    // The last sentence of the quote only.
    let from = k - 1;
    while (from > lo && this.text.charCodeAt(from) !== 46 && this.text.charCodeAt(from) !== 33 && this.text.charCodeAt(from) !== 63) from--;
    for (; k > from + 3; k--) {
      if (!this.text.startsWith('name', k - 4) || isLetter(this.text.charCodeAt(k - 5)) || isLetter(this.text.charCodeAt(k))) continue;
      // A demand asks for the name of the one spoken to (`Your name, boy!`, not `You know my name!`).
      if (asks || (k - 9 >= from && /^your\s$/i.test(this.text.slice(k - 9, k - 4)))) return true;
    }
    return false;
  }

  /** The quote's last words end with the mark `code`. */
  private endsWithMark(q: RawQuote, code: number): boolean {
    let k = q.inner.end - 1;
    while (k >= q.inner.start && isPlainBlank(this.text.charCodeAt(k))) k--;
    return k >= q.inner.start && this.text.charCodeAt(k) === code;
  }

  private endsWithQuestion(q: RawQuote): boolean {
    let k = q.inner.end - 1;
    while (k >= q.inner.start && isPlainBlank(this.text.charCodeAt(k))) k--;
    return k >= q.inner.start && this.text.charCodeAt(k) === 63;
  }

  private colonBefore(pos: number): boolean {
    let k = pos - 1;
    while (k >= 0 && isPlainBlank(this.text.charCodeAt(k))) k--;
    return k >= 0 && this.text.charCodeAt(k) === 58;
  }

  /**
   * A person named inside the quote between commas or at its edges, as one speaks to someone:
   * `“Uncle, you are not well.”`, `“Not tonight, Tom.”`.
   */
  private addressee(q: RawQuote): string | null {
    const text = this.text;
    for (let k = this.firstMentionAt(q.inner.start); k < this.mentions.length && this.mentions[k].start < q.inner.end; k++) {
      const m = this.mentions[k];
      if (m.end > q.inner.end || this.byId.get(m.actor)?.kind !== 'person') continue;
      let b = m.start - 1;
      while (b >= q.inner.start && isPlainBlank(text.charCodeAt(b))) b--;
      // Honorifics belong to the name: “Good night, Mr. Jones.”, “My dear Mr. Dorn”.
      for (let steps = 0; steps < 2 && b >= q.inner.start && (isLetter(text.charCodeAt(b)) || text.charCodeAt(b) === 46); steps++) {
        let w = text.charCodeAt(b) === 46 ? b - 1 : b;
        const e = w + 1;
        while (w >= q.inner.start && isLetter(text.charCodeAt(w))) w--;
        const word = text.slice(w + 1, e).toLowerCase();
        if (!HONORIFICS.has(word) && word !== 'dear') break;
        b = w;
        while (b >= q.inner.start && isPlainBlank(text.charCodeAt(b))) b--;
        // `my dear Quill`
        if (word === 'dear' && b >= q.inner.start + 1 && text.slice(b - 1, b + 1).toLowerCase() === 'my' && !isLetter(text.charCodeAt(b - 2))) {
          b -= 2;
          while (b >= q.inner.start && isPlainBlank(text.charCodeAt(b))) b--;
        }
      }
      const before = b < q.inner.start ? -1 : text.charCodeAt(b);
      let a = m.end;
      while (a < q.inner.end && isPlainBlank(text.charCodeAt(a))) a++;
      const after = a >= q.inner.end ? -1 : text.charCodeAt(a);
      const openOk = before === -1 || before === 44 || before === 33 || before === 63 || before === 0x2014;
      // At the start of the quote only `Name,` and `Name!` call someone: `“Bingley.”` answers a question.
      const closeOk =
        before === -1
          ? after === 44 || after === 33
          : after === -1 || after === 44 || after === 46 || after === 33 || after === 63 || after === 59 || after === 0x2014 || (after === 45 && text.charCodeAt(a + 1) === 45);
      if (openOk && closeOk) return m.actor;
    }
    return this.addressedByTitle(q);
  }

  /**
   * A person called by a title or kin word at the edge of the quote (`“Uncle, you are not well.”`,
   * `“Feel better, doctor?”`) whom an actor's name or title carries (`Uncle John`, `Dr. Halloran`).
   */
  private addressedByTitle(q: RawQuote): string | null {
    const { start, end } = q.inner;
    // Either form needs a comma (or `!` at the head), which is always a token of its own: most
    // quotes have none near their edges, and need not be read into tokens.
    if (!this.hasCode(start, Math.min(end, start + 40), 44, 33) && !this.hasCode(Math.max(start, end - 40), end, 44, 44)) return null;
    const head = tokenize(this.text, start, Math.min(end, start + 40), 2);
    let word: Token | null = null;
    if (head.length === 2 && head[0].word && !head[1].word && (head[1].w === ',' || head[1].w === '!')) word = head[0];
    else {
      // The last words: `..., doctor?`
      const tail = tokenize(this.text, Math.max(start, end - 40), end, 16);
      const n = tail.length;
      if (n >= 3 && !tail[n - 1].word && tail[n - 2].word && !tail[n - 3].word && tail[n - 3].w === ',') word = tail[n - 2];
    }
    if (word === null || HONORIFICS_ALONE.has(word.w)) return null;
    const actor = this.findDescribed(roleWords(word.w), q.start);
    return actor && actor.kind === 'person' ? actor.id : null;
  }

  /** True when the character `a` or `b` occurs between `from` and `to`. */
  private hasCode(from: number, to: number, a: number, b: number): boolean {
    const text = this.text;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === a || c === b) return true;
    }
    return false;
  }

  private sentenceEndBetween(from: number, to: number): boolean {
    return this.sentenceEndAt(from, to) >= 0;
  }

  /** Where the first sentence between `from` and `to` ends (its mark, or a line break unless `wrapped`), or -1. */
  private sentenceEndAt(from: number, to: number, wrapped = false): number {
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 33 || c === 63 || (!wrapped && (c === 10 || c === 13))) return k;
      // A full stop before a blank, or before the closing mark of a quote that ends the sentence (`years.” I put`).
      if (c === 46 && k + 1 < to && (isPlainBlank(this.text.charCodeAt(k + 1)) || (isClosingMark(this.text.charCodeAt(k + 1)) && (k + 2 >= this.text.length || isPlainBlank(this.text.charCodeAt(k + 2)))))) {
        // Not after an abbreviation such as Mr. or a single initial (the word may start before `from`: `Dana.`).
        let b = k - 1;
        while (b >= 0 && k - b <= 12 && isWordCode(this.text.charCodeAt(b))) b--;
        const w = this.text.slice(b + 1, k).toLowerCase();
        if (w.length > 1 && w !== 'mr' && w !== 'mrs' && w !== 'ms' && w !== 'dr' && w !== 'st') return k;
      }
    }
    return -1;
  }

  protected plain(q: RawQuote): Quote {
    return this.make(q, null, null, null, null);
  }

  protected make(q: RawQuote, speaker: string | null, cue: Span | null, via: AttributionVia | null, speakerSpan: Span | null, described: string | null = null): Quote {
    const d = speaker === null ? described : null;
    return quoteOf(q, speaker, cue ? detach(this.text.slice(cue.start, cue.end)) : null, cue, speaker === null && d === null ? null : via, speakerSpan, d);
  }

  private nextTopStart(qi: number): number {
    const raw = this.raw;
    for (let k = qi + 1; k < raw.length; k++) if (raw[k].depth === 0) return raw[k].start;
    return this.text.length;
  }

  private onLabelLine(turn: Turn, q: RawQuote): boolean {
    const label = this.speakers[turn.label];
    if (!label) return false;
    if (lineAt(this.lines, label.start) !== lineAt(this.lines, q.start)) return false;
    if (q.start < label.end) return false;
    let k = q.start - 1;
    const from = Math.min(turn.start, label.bodyStart);
    while (k >= from && isPlainBlank(this.text.charCodeAt(k))) k--;
    return k < from;
  }

  /** The attribution ending at `end` leaves its sentence open (a comma or a dash) and only blanks follow to `next`. */
  private splitAt(end: number, next: number): boolean {
    const c = this.text.charCodeAt(end - 1);
    if (c !== 44 && c !== 59 && c !== 0x2014 && c !== 45) return false;
    for (let k = end; k < next; k++) if (!isPlainBlank(this.text.charCodeAt(k))) return false;
    return true;
  }

  /**
   * The attribution ending at `end`, on a line after `quoteLine`, ends in a colon with only
   * blanks before the next quote at `next`.
   */
  private introducesNext(end: number, next: number, quoteLine: number): boolean {
    if (end <= 0 || this.text.charCodeAt(end - 1) !== 58 || lineAt(this.lines, end - 1) === quoteLine) return false;
    for (let k = end; k < next; k++) if (!isPlainBlank(this.text.charCodeAt(k))) return false;
    return true;
  }

  /** Only blanks lie between the start of its line and `pos`. */
  private opensLineAt(pos: number): boolean {
    const lineStart = this.lines.starts[lineAt(this.lines, pos)];
    let k = pos - 1;
    while (k >= lineStart && isPlainBlank(this.text.charCodeAt(k))) k--;
    return k < lineStart;
  }

  /** The start of the line before `line` when that line ends in `:` or `,`; else -1. */
  private runOnFrom(line: number): number {
    if (line === 0) return -1;
    const from = this.lines.starts[line - 1];
    let k = this.lines.ends[line - 1] - 1;
    while (k >= from && isPlainBlank(this.text.charCodeAt(k))) k--;
    const c = k >= from ? this.text.charCodeAt(k) : 0;
    return c === 58 || c === 44 ? from : -1;
  }

  private startsLine(q: RawQuote, lineStart: number): boolean {
    // Backwards from the quote, so a long line with many quotes costs little per quote.
    let k = q.start - 1;
    while (k >= lineStart && isPlainBlank(this.text.charCodeAt(k))) k--;
    return k < lineStart;
  }

  /** True when only spaces, line breaks and punctuation lie between `from` and `to`. */
  private onlyPunctuation(from: number, to: number): boolean {
    if (to - from > WINDOW) return false;
    for (let k = from; k < to; k++) if (isWordCode(this.text.charCodeAt(k))) return false;
    return true;
  }

  /** Nothing but plain blanks from `from` to `to`. */
  private onlyBlanks(from: number, to: number): boolean {
    if (to - from > WINDOW) return false;
    for (let k = from; k < to; k++) if (!isPlainBlank(this.text.charCodeAt(k))) return false;
    return true;
  }

  private otherPersonBetween(from: number, to: number, speaker: string | null): boolean {
    for (let k = this.firstMentionAt(from); k < this.mentions.length && this.mentions[k].start < to; k++) {
      const m = this.mentions[k];
      if (m.actor !== speaker && this.byId.get(m.actor)?.kind === 'person') return true;
    }
    return false;
  }

  /** Index of the first mention starting at or after `pos`. */
  protected firstMentionAt(pos: number): number {
    return firstStartingAt(this.mentions, pos);
  }

  // ---- cues after the quote: “...,” said Sergey Lavrov / “...,” Tillerson said / “...,” he said

  private cueAfter(q: RawQuote, hi: number): CueHit | null {
    if (hi <= q.end) return null;
    const toks = tokenize(this.text, q.end, hi, 24);
    let i = 0;
    while (i < toks.length && !toks[i].word && isLeadPunct(toks[i].w)) i++;
    if (i >= toks.length || !toks[i].word) return null;
    let stop = i;
    // The attribution ends with its clause: at `, though Chinese officials called it “...”` another begins.
    // A possessive set apart (`said my uncle 's wife`) does not end it.
    while (stop < toks.length && !(endsClause(toks[stop]) && !(stop > i && isPossessiveAt(toks, stop - 1))) && !(toks[stop].w === ',' && stop + 1 < toks.length && CLAUSE_BREAKS.has(toks[stop + 1].w))) stop++;
    const words = toks.map((t) => (t.word ? t.w : ''));
    // Verb first: said Sergey Lavrov, cried Mr. Jones, said he, according to the minister.
    const n = cueLength(words, i);
    if (n > 0) {
      const cue = { start: toks[i].start, end: toks[i + n - 1].end };
      let who = this.whoAfterVerb(toks, i + n, stop, q.start);
      // `put in, more quietly, an old sailor`: the manner set apart between the verb and the speaker.
      if (who.how === 'none' && i + n < stop && toks[i + n].w === ',') {
        const c = i + n;
        let k = c + 1;
        while (k < stop && k - c <= 4 && toks[k].word) k++;
        if (k < stop && k - c >= 2 && toks[k].w === ',' && isMannerAdverb(toks[k - 1].w) && k + 1 < stop && toks[k + 1].word && INDEFINITE.has(toks[k + 1].w)) {
          const later = this.whoAfterVerb(toks, k + 1, stop, q.start);
          if (later.how === 'description' && later.person) who = later;
        }
      }
      // `said he to Temple`: the one spoken to is not the speaker.
      if (who.how === 'pronoun') who = this.notSpokenTo(who, this.spokenTo(toks, i + n + 1, stop), q.start);
      return { cue, who, end: clauseEnd(toks, stop, cue.end), colon: false };
    }
    // Subject first: Tillerson said, the Russian foreign minister said, he added.
    // `“...,” as one aide put it.`: the subject after `as`.
    const afterAs = toks[i].w === 'as' && i + 1 < toks.length && toks[i + 1].word;
    if (afterAs) i++;
    // Not in a clause of its own: `“We will see.” And when Putin says “we will see,” ...`.
    let j = i;
    if (toks[j].w === 'and' || toks[j].w === 'but') j++;
    if (j < toks.length && toks[j].word && SUBORDINATORS.has(toks[j].w)) return null;
    // `One man told me the warnings were “a joke”, and several people said the same thing`: a
    // clause joined after a quote inside its sentence is one of its own.
    if (j > i && !this.opensSentence(q.start)) return null;
    const limit = Math.min(stop, i + MAX_SUBJECT_TOKENS);
    for (let k = i + 1; k < limit; k++) {
      if (!toks[k].word) continue;
      const m = cueLength(words, k);
      if (m === 0 || this.insideName(toks[k])) continue;
      // `“tidy up” the lists before the annual report`: a noun, not the verb.
      if (m === 1 && NOUN_CUES.has(words[k]) && nounAfterDeterminer(toks, i, k)) continue;
      // `called it “reckless” and vowed to fight`, `said it was “reviewing the case” and declined
      // to comment`: after `and` with no subject of its own, the verb goes on with the sentence's
      // subject; the quote is part of what that subject did, not what the verb reports.
      if (j > i && (k === j || !(toks[j].cap || SPEAKER_PRONOUNS.has(toks[j].w) || DETERMINERS.has(toks[j].w) || INDEFINITE.has(toks[j].w)))) return null;
      // `He did not say approve everything`, `and nobody replied`: no one said the quote so.
      if (deniedBetween(words, j, k) && !this.opensQuoteAfter(toks[k + m - 1].end)) return null;
      // `one father shouted “Shame on you!” as Kouris spoke`: while someone spoke, not what they said.
      if (afterAs && SPOKE.has(words[k])) return null;
      // `“dead in the water” for now, said the minister`: a closing clause (`closingCue`), when
      // one names someone (not `Ryabkov, Lavrov’s deputy, told reporters`).
      if (k - 1 > i && !toks[k - 1].word && toks[k - 1].w === ',') {
        const closing = this.closingCue(q, hi);
        if (closing !== null) return closing;
      }
      // `“dead in the water” for now, officials said`: the subject follows the last comma before the verb.
      let sub = i;
      for (let x = k - 1; x > i; x--) {
        if (toks[x].word || toks[x].w !== ',') continue;
        if (x + 1 < k) sub = x + 1;
        break;
      }
      let who = this.whoBeforeVerb(toks, sub, k, q.start);
      if (sub > i && who.how === 'none') who = this.whoBeforeVerb(toks, i, k, q.start);
      if (who.how === 'none' && !this.looksLikeSubject(toks, i, k)) return null;
      // `he asked Marta`, `he said to Reyes`.
      if (who.how === 'pronoun') who = this.notSpokenTo(who, this.spokenTo(toks, k + m, stop), q.start);
      const cueEnd = this.cueObjectEnd(toks, k + m, stop);
      const cue = { start: toks[k].start, end: toks[cueEnd - 1].end };
      return { cue, who, end: clauseEnd(toks, stop, cue.end), colon: false };
    }
    return null;
  }

  /**
   * `Flood defences “will not be ready” before winter, engineers warn`, `“dead in the water” for
   * now, officials said on Monday.`: a sentence (or a headline's line) that ends with a comma and
   * a short clause of a cue verb and its speaker is attributed by them, whatever lies between
   * the quote and the comma; null when it ends otherwise.
   */
  private closingCue(q: RawQuote, hi: number): CueHit | null {
    if (hi <= q.end) return null;
    const toks = tokenize(this.text, q.end, hi, 32);
    let end = 0;
    while (end < toks.length && !endsSentence(toks[end]) && !this.isQuoteMarkToken(toks[end])) end++;
    // The sentence ends there: at its mark, or at the end of the line.
    if (end === toks.length) {
      if (end === 0) return null;
      let k = toks[end - 1].end;
      while (k < this.text.length && isHSpace(this.text.charCodeAt(k))) k++;
      if (k < this.text.length && this.text.charCodeAt(k) !== 10 && this.text.charCodeAt(k) !== 13) return null;
    } else if (!endsSentence(toks[end])) return null;
    let c = end - 1;
    while (c >= 0 && toks[c].word && end - c <= CLOSING_CLAUSE_WORDS) c--;
    if (c < 0 || toks[c].word || toks[c].w !== ',' || end - c < 3) return null;
    // `, and several people said the same thing`: a clause of its own, not the quote's speaker.
    if (CLOSING_CLAUSE_JOINS.has(toks[c + 1].w)) return null;
    const words = toks.map((t) => (t.word ? t.w : ''));
    for (let v = c + 1; v < end; v++) {
      const n = cueLength(words, v);
      if (n === 0 || this.insideName(toks[v])) continue;
      // `, engineers warn`, `, the minister said on Monday`; or `, said the minister`, `, according
      // to people familiar with the talks` (not
      // `, told state media`: after `told` comes who heard it).
      if (v === c + 1 && !INVERTED_CUES.has(words[v]) && words[v] !== 'according') return null;
      const who = v > c + 1 ? this.whoBeforeVerb(toks, c + 1, v, q.start) : this.whoAfterVerb(toks, v + n, end, q.start);
      if (who.how === 'none') return null;
      const cue = { start: toks[v].start, end: toks[v + n - 1].end };
      return { cue, who, end: cue.end, colon: false };
    }
    return null;
  }

  /** A quotation opens right after `at`, past blanks and a comma or colon (`saying, “...`). */
  private opensQuoteAfter(at: number): boolean {
    const text = this.text;
    let k = at;
    while (k < text.length && k - at < 4 && (isPlainBlank(text.charCodeAt(k)) || text.charCodeAt(k) === 44 || text.charCodeAt(k) === 58)) k++;
    const c = text.charCodeAt(k);
    return c === 34 || c === 0x201c;
  }

  /** The person a cue's object names right at `at`: `Marta` in `he asked Marta`, `to Reyes`. */
  private spokenTo(toks: readonly Token[], at: number, stop: number): string | null {
    let k = at;
    if (k < stop && toks[k].word && toks[k].w === 'to') k++;
    if (k >= stop || !toks[k].word) return null;
    const m = this.mentions[this.firstMentionAt(toks[k].start)];
    return m !== undefined && m.start === toks[k].start && this.byId.get(m.actor)?.kind === 'person' ? m.actor : null;
  }

  /** A pronoun read again past the person it was resolved to when that is the one spoken to. */
  private notSpokenTo(who: Who, to: string | null, quoteStart: number): Who {
    if (to === null || who.speaker !== to || who.gender === undefined) return who;
    return { ...who, speaker: this.resolvePronoun(who.gender ?? null, quoteStart, to) };
  }

  /** `told reporters`, `told Russian media`, `declared to reporters`: the object belongs to the cue. */
  private cueObjectEnd(toks: readonly Token[], from: number, stop: number): number {
    const verb = toks[from - 1].w;
    let k = from;
    let max = 0;
    if (verb === 'told' || verb === 'tells' || verb === 'tell' || verb === 'telling') max = 3;
    else if (toks[k]?.w === 'to' && toks[k].word) {
      k++;
      max = 2;
    } else return from;
    const start = k;
    while (k < stop && k - start < max && toks[k].word && !CUE_OBJECT_STOP.has(toks[k].w) && !this.personAt(toks[k])) k++;
    return k === start ? from : k;
  }

  /** A name, a pronoun or a determiner starts at the token (`said Lavrov:`, `according to the minister,`). */
  private startsName(t: Token): boolean {
    if (!t.word) return false;
    if (SPEAKER_PRONOUNS.has(t.w) || DETERMINERS.has(t.w)) return true;
    const m = this.mentions[this.firstMentionAt(t.start)];
    return m !== undefined && m.start === t.start;
  }

  private personAt(t: Token): boolean {
    const k = this.firstMentionAt(t.start);
    const m = this.mentions[k];
    return m !== undefined && m.start < t.end && this.byId.get(m.actor)?.kind === 'person';
  }

  /** A subject before a cue verb: a pronoun, capitalised words, or a determiner and a noun. */
  private looksLikeSubject(toks: readonly Token[], from: number, to: number): boolean {
    const t = toks[from];
    return t.cap || DETERMINERS.has(t.w) || OTHER_PRONOUNS.has(t.w) || to - from <= 2;
  }

  /** Who the words after a verb name, up to the clause end: `said Sergey Lavrov, Russia’s Foreign Minister`. */
  private whoAfterVerb(toks: readonly Token[], from: number, stop: number, quoteStart: number): Who {
    let end = from;
    while (end < stop && !(toks[end].w === ',' && !toks[end].word)) end++;
    const first = this.whoIn(toks, from, end, quoteStart, quoteStart, true);
    // `cut in a tall, weary sailor`: adjectives set apart by a comma go on to the person.
    if (first.how === 'description' && first.speaker === null && !first.person && end < stop && end - from <= 3 && INDEFINITE.has(toks[from].w)) {
      let end2 = end + 1;
      while (end2 < stop && end2 - end <= 4 && !(toks[end2].w === ',' && !toks[end2].word)) end2++;
      const joined = toks.slice(from, end).concat(toks.slice(end + 1, end2));
      const whole = this.whoIn(joined, 0, joined.length, quoteStart, quoteStart, true);
      if (whole.how === 'description' && whole.person) return whole;
    }
    // A description we cannot place may still be named right after it (`said Labour's health
    // spokeswoman, Priti Nair`).
    if (first.how !== 'none' && !(first.how === 'description' && first.speaker === null)) return first;
    // An appositive after a comma: said the minister, Sergey Lavrov.
    if (end < stop) {
      let end2 = end + 1;
      while (end2 < stop && !(toks[end2].w === ',' && !toks[end2].word)) end2++;
      const second = this.whoIn(toks, end + 1, end2, quoteStart, quoteStart, true);
      if (second.how === 'name') return second;
    }
    return first;
  }

  /**
   * Who speaks through the paper (`PAPERS`) last named before `at` (`noun`, or any), within
   * PAPER_LOOKBACK_CHARS: its source after it (`a statement from the flood authority`), its
   * owner (`Brightwater's statement`), the one who gave it (`the authority put out a statement`,
   * `the council sent us this statement`), or, for one in an opening phrase (`In a statement
   * read to the court, the victim's daughter, Lorraine Hatchett, said`), the sentence's speaker.
   * Null when none of these names or describes anyone.
   */
  private paperSource(at: number, noun: string | null): Who | null {
    const toks = tokenize(this.text, Math.max(0, at - PAPER_LOOKBACK_CHARS), at, PAPER_LOOKBACK_CHARS);
    let k = toks.length - 1;
    while (k >= 0 && !(toks[k].word && (noun === null ? PAPERS.has(toks[k].w) : toks[k].w === noun))) k--;
    if (k < 1) return null;
    if (k + 2 < toks.length && toks[k + 1].word && (toks[k + 1].w === 'from' || toks[k + 1].w === 'by')) {
      let e = k + 2;
      while (e < toks.length && toks[e].word && e - k < 9) e++;
      const who = namesOrDescribes(this.whoIn(toks, k + 2, e, at, at));
      if (who !== null) return who;
    }
    // The words that open the paper's noun phrase: a determiner or an owner.
    let d = k - 1;
    while (d > 0 && toks[d].word && !DETERMINERS.has(toks[d].w) && !isPossessiveAt(toks, d) && !(toks[d].w === 's' && d >= 2 && isPossessiveAt(toks, d - 2)) && k - d < 5) d--;
    if (!toks[d].word) return null;
    if (toks[d].w === 's' && d >= 2 && isPossessiveAt(toks, d - 2)) d -= 2;
    if (isPossessiveAt(toks, d) && !DETERMINERS.has(toks[d].w)) {
      const m = this.mentionAtToken(toks[d]);
      return m === null ? null : { speaker: m.actor, span: { start: m.start, end: m.end }, how: 'name' };
    }
    let c = d - 1;
    while (c >= 0 && !endsSentence(toks[c]) && !(!toks[c].word && (toks[c].w === ',' || toks[c].w === ';' || toks[c].w === ':'))) c--;
    let clause = c + 1;
    // Past a closing quotation mark after the sentence end.
    while (clause < d && !toks[clause].word) clause++;
    if (d - 1 >= clause && toks[d - 1].word && toks[d - 1].w === 'in' && d - 1 === clause) {
      // `In a statement ..., X said`: the words between the phrase's comma and the cue.
      let comma = k + 1;
      while (comma < toks.length && !(!toks[comma].word && toks[comma].w === ',') && !endsSentence(toks[comma])) comma++;
      if (comma >= toks.length || toks[comma].w !== ',') return null;
      const words = toks.map((t) => (t.word ? t.w : ''));
      for (let j = comma + 1; j < toks.length && !endsSentence(toks[j]); j++) {
        if (!toks[j].word || cueLength(words, j) === 0) continue;
        const set = this.asideBefore(toks, comma + 1, j);
        return namesOrDescribes(this.whoIn(toks, comma + 1, set > comma + 1 ? set : j, at, at));
      }
      return null;
    }
    return this.giverOf(toks, clause, d, at);
  }

  /**
   * Whoever gave the paper whose words open at `d` (`put out a statement`, `sent us this
   * statement`): the subject, read from `from`, of the verb before it; null when a preposition
   * stands there or the subject names and describes no one.
   */
  private giverOf(toks: readonly Token[], from: number, d: number, at: number): Who | null {
    let v = d - 1;
    while (v > from && toks[v].word && (OBJECT_PRONOUNS.has(toks[v].w) || PARTICLES.has(toks[v].w))) v--;
    if (v <= from || !toks[v].word || PREPOSITIONS.has(toks[v].w)) return null;
    return namesOrDescribes(this.subjectBefore(toks, from, v, at));
  }

  /** A pronoun token (`he`, `she`; `?`: either gender) as the speaker it stands for, looked for before `before`. */
  private pronounAt(t: Token, g: 'm' | 'f' | '?', before = t.start): Who {
    const gender = g === '?' ? null : g;
    return { speaker: this.resolvePronoun(gender, before), span: { start: t.start, end: t.end }, how: 'pronoun', gender };
  }

  /** The last organisation named within PAPER_LOOKBACK_CHARS before `at` and after the last person named there, or null. */
  private bodyBefore(at: number): Mention | null {
    const floor = at - PAPER_LOOKBACK_CHARS;
    for (let k = this.firstMentionAt(at) - 1; k >= 0 && this.mentions[k].start >= floor; k--) {
      const m = this.mentions[k];
      const kind = this.byId.get(m.actor)?.kind;
      if (kind === 'organization') return m;
      if (kind === 'person') return null;
    }
    return null;
  }

  /** The mention that starts at the token `t` (a name's first word), or null. */
  private mentionAtToken(t: Token): Mention | null {
    const k = this.firstMentionAt(t.start);
    return k < this.mentions.length && this.mentions[k].start === t.start ? this.mentions[k] : null;
  }

  /**
   * True when `q` goes on the sentence of the quote before it (`prev`), joined by `and`, `but`
   * or `or` with no sentence end, line break or cue between, and that quote was given to
   * someone other than `speaker`, named or described.
   */
  private joinsQuoteOfOther(prev: Local | null, q: RawQuote, speaker: string): boolean {
    if (prev === null || (prev.own === speaker || (prev.own === null && prev.slot.described === null))) return false;
    const from = prev.quote.end;
    if (q.start - from > JOIN_REACH || from > q.start) return false;
    let joined = false;
    for (let k = from; k < q.start; ) {
      const c = this.text.charCodeAt(k);
      if (c === 10 || c === 13 || c === 46 || c === 33 || c === 63 || c === 58 || c === 59) return false;
      if (!isLetter(c)) {
        k++;
        continue;
      }
      let e = k;
      while (e < q.start && isLetter(this.text.charCodeAt(e))) e++;
      const w = this.text.slice(k, e).toLowerCase();
      if (isCueVerb(w)) return false;
      if (w === 'and' || w === 'but' || w === 'or') joined = true;
      k = e;
    }
    return joined;
  }

  /**
   * Who speaks through `which` after the words before the comma at `comma`: the body a paper
   * comes from (`the response from the highways authority`), the subject of the clause that
   * sent or issued a paper (`Her solicitors sent me a letter`, `The Water Board issued a
   * statement`), or the body or person itself (`the union`). Null when the words before the
   * comma are none of these.
   */
  private relativeSubject(toks: readonly Token[], from: number, comma: number, quoteStart: number): Who | null {
    let d = comma - 1;
    while (d > from && toks[d].word && !DETERMINERS.has(toks[d].w) && comma - d < 8) d--;
    if (!toks[d].word || !DETERMINERS.has(toks[d].w) || d === comma - 1) return null;
    const head = toks[comma - 1].w;
    // `the response from | the highways authority`: the paper's source.
    if (d - 2 >= from && toks[d - 1].word && (toks[d - 1].w === 'from' || toks[d - 1].w === 'by') && toks[d - 2].word && PAPERS.has(toks[d - 2].w)) {
      const who = this.whoIn(toks, d, comma, quoteStart, quoteStart);
      return who.how === 'none' ? null : who;
    }
    // `sent (me) a letter`: whoever sent it.
    if (PAPERS.has(head)) return this.giverOf(toks, from, d, quoteStart);
    if (!SPEAKING_BODIES.has(head) && !isPersonNoun(head) && !this.mentionIn(toks[d].start, toks[comma - 1].end)) return null;
    const who = this.whoIn(toks, d, comma, quoteStart, quoteStart);
    return who.how === 'none' ? null : who;
  }

  /** True when an actor is mentioned within `[lo, hi)`. */
  private mentionIn(lo: number, hi: number): boolean {
    const k = this.firstMentionAt(lo);
    return k < this.mentions.length && this.mentions[k].end <= hi;
  }

  /** Who the words between `from` and the verb at `verb` name: `Sergey Ryabkov, Lavrov’s deputy,`. */
  private whoBeforeVerb(toks: readonly Token[], from: number, verb: number, quoteStart: number): Who {
    return this.whoIn(toks, from, verb, quoteStart, quoteStart);
  }

  /**
   * Reads a speaker from the tokens `from..to`: a pronoun first word, the first name that is not
   * a possessive, or a description matched against the actors' roles.
   */
  private whoIn(toks: readonly Token[], from: number, to: number, pronounBefore: number, near: number, afterVerb = false): Who {
    if (from >= to) return NOBODY;
    const t0 = toks[from];
    const g = SPEAKER_PRONOUNS.get(t0.w);
    if (g !== undefined && t0.word) return this.pronounAt(t0, g, pronounBefore);
    // `I said`: the narrator speaks, whom we do not name.
    // `said I. “...”`: `I.` read as an initial, when no name goes on after it, is `I` ending the sentence.
    if (t0.word && (t0.w === 'i' ? to - from === 1 : t0.w === 'i.' && (to - from === 1 || !toks[from + 1].word))) return { speaker: null, span: { start: t0.start, end: t0.end }, how: 'narrator' };
    // `said one, a mulatto`: after the verb, `one` alone is someone.
    if (afterVerb && t0.word && t0.w === 'one' && to - from === 1) {
      const span = { start: t0.start, end: t0.end };
      return { speaker: null, span, how: 'description', gender: null, definite: false, indefinite: true, person: span, possessor: null };
    }
    if (t0.word && OTHER_PRONOUNS.has(t0.w) && to - from === 1) return NOBODY;
    const lo = toks[from].start;
    const hi = toks[to - 1].end;
    let fallback: Mention | null = null;
    for (let k = this.firstMentionAt(lo); k < this.mentions.length && this.mentions[k].start < hi; k++) {
      const m = this.mentions[k];
      if (this.isPossessiveMention(m)) continue;
      const kind = this.byId.get(m.actor)?.kind;
      if (kind === 'person') return this.someoneNew(toks, from, to, m) ?? { speaker: m.actor, span: { start: m.start, end: m.end }, how: 'name' };
      fallback ??= m;
    }
    const desc = this.describe(toks, from, to, near);
    if (desc && desc.speaker !== null) return desc;
    // An organisation or place speaks only as the whole subject (`the Kremlin said`), not as a
    // modifier in a description (`the White House official said`).
    if (fallback && this.onlyDeterminersAround(toks, from, to, fallback, afterVerb)) {
      return { speaker: fallback.actor, span: { start: fallback.start, end: fallback.end }, how: 'name' };
    }
    return desc ?? NOBODY;
  }

  /** True when the tokens `from..to` outside the mention are only determiners (`the`). */
  private onlyDeterminersAround(toks: readonly Token[], from: number, to: number, m: Mention, afterVerb: boolean): boolean {
    for (let k = from; k < to; k++) {
      const t = toks[k];
      if (t.start >= m.start && t.end <= m.end) continue;
      // After the verb the name comes first and the rest of the clause may follow: said Turkey on this occasion.
      if (afterVerb && t.start >= m.end) return true;
      if (!(t.word && DETERMINERS.has(t.w))) return false;
    }
    return true;
  }

  /** A name the speaker calls out at the start of their words: `REP. OKAFOR: Mr. Halvorsen, ...`. */
  private isVocative(m: Mention): boolean {
    const text = this.text;
    let a = m.end;
    while (a < text.length && a < m.end + 3 && isPlainBlank(text.charCodeAt(a))) a++;
    if (text.charCodeAt(a) !== 44) return false;
    let b = m.start - 1;
    while (b >= 0 && b > m.start - 4 && isPlainBlank(text.charCodeAt(b))) b--;
    // `Mr. Halvorsen,` where the name is `Halvorsen`.
    if (b >= 0 && text.charCodeAt(b) === 46) {
      let w = b - 1;
      while (w >= 0 && b - w <= 4 && isLetter(text.charCodeAt(w))) w--;
      if (ADDRESS_WORDS.has(text.slice(w + 1, b).toLowerCase())) {
        b = w;
        while (b >= 0 && b > w - 4 && isPlainBlank(text.charCodeAt(b))) b--;
      }
    }
    return b < 0 || text.charCodeAt(b) === 58 || text.charCodeAt(b) === 10 || text.charCodeAt(b) === 13;
  }

  private isPossessiveMention(m: Mention): boolean {
    const text = this.text;
    let k = m.end;
    const c0 = text.charCodeAt(k - 1);
    if (c0 === 115 && k - m.start > 2 && (text.charCodeAt(k - 2) === 0x27 || text.charCodeAt(k - 2) === 0x2019)) return true;
    if (text.charCodeAt(k) === 32) k++;
    const c = text.charCodeAt(k);
    return (c === 0x27 || c === 0x2019) && text.charCodeAt(k + 1) === 115 && !isLetter(text.charCodeAt(k + 2));
  }

  /** The index of descriptions, each actor that reads as before the edit keeping its words. */
  protected newDescriptionIndex(): DescriptionIndex {
    const reuse = this.reuse;
    const earlier = reuse === null ? null : reuse.old.descriptions;
    if (reuse === null || earlier === null) return new DescriptionIndex(this.resolution.actors, this.text);
    // With the actors an edit changed known, every other one reads as before unless named near the edit.
    const near = this.nearChanged;
    const holds = (o: Actor, a: Actor): boolean =>
      near !== null ? !near.has(a.id) && sameActorForms(o, a) : o.kind === a.kind && sameStrings(o.roles, a.roles) && readsAsBefore(o, a, reuse, TITLED_MENTIONS);
    return new DescriptionIndex(this.resolution.actors, this.text, null, earlier, holds);
  }

  /** The actor a description names (`DescriptionIndex.find`), noted for the reading of the quote. */
  private findDescribed(words: readonly string[], before: number): Actor | null {
    this.descriptions ??= this.newDescriptionIndex();
    const actor = this.descriptions.find(words, before);
    (this.lookups ??= []).push({ words, at: before - this.readingAt, id: actor === null ? null : actor.id, kind: actor === null ? null : actor.kind });
    return actor;
  }

  /** A description such as `the Russian foreign minister` or `his uncle`, matched to an actor. */
  private describe(toks: readonly Token[], from: number, to: number, near: number): Who | null {
    const words: string[] = [];
    /** The token of each word. */
    const at: number[] = [];
    let start = -1;
    for (let k = from; k < to; k++) {
      const t = toks[k];
      if (!t.word) {
        if (t.w === '-' || t.w === '’' || t.w === "'") continue;
        break;
      }
      // `uncle 's wife`: the possessive set apart goes with its word, as in `uncle’s wife`.
      if (t.w === 's' && words.length > 0 && k >= 2 && isPossessiveAt(toks, k - 2)) {
        words[words.length - 1] += '’s';
        continue;
      }
      if (start < 0) start = t.start;
      words.push(t.w);
      at.push(k);
    }
    // `his wife sharply`, `the coach had`: a manner adverb or a helper verb after the description is none of it.
    while (words.length > 2 && (isMannerAdverb(words[words.length - 1]) || AUXILIARIES.has(words[words.length - 1]))) {
      words.pop();
      at.pop();
    }
    // Someone new may be described at more length: `a former aide to the second of those mayors`.
    if (words.length === 0 || words.length > (INDEFINITE.has(words[0]) && words.length > 2 && isPersonNoun(descriptionHead(words)) ? 10 : 7)) return null;
    const normal = roleWords(words.join(' '));
    if (normal.length === 0) {
      // `said another`: someone the text does not say more of.
      if (words.length !== 1 || !SOMEONE.has(words[0])) return null;
      const span = { start, end: toks[at[0]].end };
      return { speaker: null, span, how: 'description', gender: null, definite: false, indefinite: true, person: span, possessor: null };
    }
    let actor = this.findDescribed(normal, near);
    // `A: ... My editor said` where the narration wrote `our editor, Tom Bayliss`: the speaker's
    // editor, not the one the narration gave that role with its own possessive.
    const othersRole = actor !== null && FIRST_PERSON_POSSESSIVES.has(words[0]) && this.roleGivenByOther(actor, normal[normal.length - 1], start);
    if (othersRole) actor = null;
    const span = { start, end: toks[from + words.length - 1].end };
    if (actor) return { speaker: actor.id, span, how: 'description' };
    // `Their report concludes`, `its statement said`: the body last named.
    if (words.length === 2 && (words[0] === 'their' || words[0] === 'its') && PAPERS.has(words[1])) {
      const body = this.bodyBefore(start);
      if (body !== null) return { speaker: body.actor, span, how: 'description' };
    }
    // `the statement said`, `a letter from the parish council`: the paper's source speaks.
    const fromSource = words.length > 2 && PAPERS.has(words[1]) && (words[2] === 'from' || words[2] === 'by');
    if (fromSource || PAPERS.has(normal[normal.length - 1])) {
      const source = fromSource ? namesOrDescribes(this.whoIn(toks, at[2] + 1, at[at.length - 1] + 1, start, near)) : this.paperSource(start, normal[normal.length - 1]);
      if (source !== null) return source;
    }
    const kin = this.kinByName(words, start, near);
    if (kin !== null) return { speaker: kin, span, how: 'description', gender: SPOUSE_KIN.get(words[1]) };

    // An unnamed `his wife`, `the old man`: the last person of that gender, as a pronoun would be.
    // `a man`, `another woman` bring in someone new; so does an unnamed official of a named body
    // (`the White House official`), as news quotes them.
    const gender = descriptionGender(words);
    // `the man`, `the girl`: a story calls so someone it has not named, or has not named yet.
    // `Staff told us`, `Residents said`: people of some kind with no determiner are no one met before.
    const last = words[words.length - 1];
    const bare = words.length <= 2 && !DESCRIBING.has(words[0]) && namesPeople(last);
    const definite = !bare && !othersRole && !INDEFINITE.has(words[0]) && !ofSomeoneNew(words) && !ANONYMOUS_ROLES.has(words[words.length - 1]) && !(words[0] === 'the' && GENERIC_PERSONS.has(descriptionHead(words))) && !this.namesSomething(span) && !words.some(isDemonym) && !SPEAKING_BODIES.has(descriptionHead(words));
    let speaker = gender !== null && definite ? this.resolvePronoun(gender, start) : null;
    // `said her mother`: not the woman `her` stands for, whom a plain `she` finds first.
    // `said his cousin`, whom we cannot place: still not the one `his` stands for.
    const kinOf = words.length === 2 && (words[0] === 'her' || words[0] === 'his') && isKinWord(words[1]);
    const possessor = kinOf && (speaker !== null ? words[0] === (gender === 'f' ? 'her' : 'his') : definite) ? this.kinPossessor(words[0], start) : null;
    if (possessor !== null && possessor === speaker) speaker = this.resolvePronoun(gender, start, possessor);
    // `A man came out from behind the shed. ... “Once more,” said the man.`: the man brought in
    // before, whom no one of his sex named since stands for, is someone new too.
    // `A senior official ... “...,” the official said.`: the one brought in, described as they were then.
    const intro = speaker === null && words[0] === 'the' ? this.introducedAt(descriptionHead(words), gender, start) : null;
    const indefinite = bare || INDEFINITE.has(words[0]) || ofSomeoneNew(words) || intro !== null;
    return { speaker, span, how: 'description', gender, definite, indefinite, person: speaker === null ? (intro ?? personWords(toks, words, at)) : null, possessor };
  }

  /**
   * `his wife`, `her husband`, `his mother`: the person of the possessor's surname with the
   * honorific of the kin word's sex (`Mr. Dorn` ... `his wife` -> `Mrs. Dorn`), when the
   * text names one. The possessor is the person `his` / `her` stands for.
   */
  private kinByName(words: readonly string[], at: number, near: number): string | null {
    // `his wife`, `his wife to him`: the two words, and what follows only after a preposition.
    if (words.length < 2 || (words.length > 2 && !KIN_TAIL_STOPS.has(words[2]))) return null;
    const sex = SPOUSE_KIN.get(words[1]);
    if (sex === undefined) return null;
    // `“My dear Mr. Dorn,” said his lady`: the one spoken to is the `his`, when the sex fits.
    const owner = words[0] === 'his' ? 'm' : words[0] === 'her' ? 'f' : null;
    const spokenTo = this.addressedNow;
    const possessor = owner !== null && spokenTo !== null && this.genderOfId(spokenTo) === owner ? spokenTo : this.possessorOf(words[0], at);
    const p = possessor === null ? undefined : this.byId.get(possessor);
    if (p === undefined) return null;
    const surname = surnameOf(p.name);
    if (surname === null) return null;
    const found = this.findDescribed([sex === 'f' ? 'mrs' : 'mr', surname], near);
    return found !== null && found.kind === 'person' && found.id !== possessor ? found.id : null;
  }

  /**
   * True when `at` lies in a speaker's turn and, shortly before, outside that turn, the text gives
   * `actor` the role `head` with a first-person possessive of its own (`our editor, Tom Bayliss`
   * or `Tom Bayliss, our editor`): a `my editor` in the turn is the speaker's, someone else.
   */
  private roleGivenByOther(actor: Actor, head: string, at: number): boolean {
    const turn = this.turnNow;
    if (turn === null || at < turn.start || at >= turn.end) return false;
    const lo = Math.max(0, at - OTHER_POSSESSOR_LOOKBACK_CHARS);
    for (const m of actor.mentions) {
      if (m.start >= at) break;
      if (m.start < lo || (m.start >= turn.start && m.start < turn.end)) continue;
      if (this.possessedRoleAround(head, m)) return true;
    }
    return false;
  }

  /** True when a first-person possessive and `head` are set off by a comma next to the mention. */
  private possessedRoleAround(head: string, m: Span): boolean {
    const before = tokenize(this.text, Math.max(0, m.start - 60), m.start, 12);
    let k = before.length - 1;
    if (k >= 0 && before[k].w === ',') {
      let seenHead = false;
      for (k--; k >= 0 && before[k].word; k--) {
        if (roleWord(before[k].w) === head) seenHead = true;
        else if (FIRST_PERSON_POSSESSIVES.has(before[k].w)) return seenHead;
      }
    }
    const after = tokenize(this.text, m.end, Math.min(this.text.length, m.end + 60), 8);
    if (after.length > 1 && after[0].w === ',' && FIRST_PERSON_POSSESSIVES.has(after[1].w)) {
      for (let j = 2; j < after.length && after[j].word; j++) if (roleWord(after[j].w) === head) return true;
    }
    return false;
  }

  /**
   * The person `his` / `her` of a kin description stands for (`“..., Lizzy.” ... said her
   * mother`): the one the quote speaks to, else the one a pronoun would find.
   */
  private kinPossessor(word: string, at: number): string | null {
    return this.addressedNow ?? this.possessorOf(word, at);
  }

  /** The person `his` / `her` at `at` stands for; null for other words. */
  private possessorOf(word: string, at: number): string | null {
    const owner = word === 'his' ? 'm' : word === 'her' ? 'f' : null;
    return owner === null ? null : this.resolvePronoun(owner, at);
  }

  /**
   * Where `a <head>` (`a man`, `an old man`) was written in the narration shortly before
   * `before`, when no person of gender `gender` has been named since; null otherwise.
   */
  private introducedAt(head: string, gender: Gender, before: number): Span | null {
    if (head.length === 0) return null;
    const from = Math.max(0, before - INTRODUCED_LOOKBACK_CHARS);
    if (!containsBetween(this.text, head, from, before)) return null;
    const toks = tokenize(this.text, from, before, INTRODUCED_LOOKBACK_CHARS);
    for (let k = toks.length - 1; k > 0; k--) {
      const t = toks[k];
      if (!t.word || t.w !== head || this.insideQuote(t.start)) continue;
      // `a man`, `an old man`, `a tall, fearful man`.
      let j = k - 1;
      while (j > 0 && k - j <= 4 && (toks[j].w === ',' || (toks[j].word && !toks[j].cap && !INDEFINITE.has(toks[j].w) && !DESCRIBING.has(toks[j].w)))) j--;
      if (!(toks[j].word && INDEFINITE.has(toks[j].w))) continue;
      // `He was an only child`, `like a madman`: says what someone named is, brings in no one.
      if (j > 0 && toks[j - 1].word && PREDICATIVE.has(toks[j - 1].w)) continue;
      // People named later in the sentence that brings the newcomer in are others (`One colleague
      // described a meeting in which Castellane overruled ...`).
      let e = k + 1;
      while (e < toks.length && !endsSentence(toks[e])) e++;
      const sentenceEnd = e < toks.length ? toks[e].end : before;
      for (let m = this.firstMentionAt(sentenceEnd); m < this.mentions.length && this.mentions[m].start < before; m++) {
        const a = this.byId.get(this.mentions[m].actor);
        if (a !== undefined && a.kind === 'person' && !this.insideQuote(this.mentions[m].start) && (gender === null || this.genderOf(a) === gender)) return null;
      }
      return { start: toks[j].start, end: t.end };
    }
    return null;
  }

  /**
   * The person the narration names as the narrator shortly before `before` (`So, I called myself
   * Pip`, `I was called Robinson`): the person a mention right after such words stands for, outside
   * quotes; null when none within SELF_NAMING_CHARS.
   */
  private selfNamedBefore(before: number): string | null {
    const text = this.text;
    const from = Math.max(0, before - SELF_NAMING_CHARS);
    let found: string | null = null;
    for (let k = from; k < before; k++) {
      const c = text.charCodeAt(k);
      // `c`alled myself, `I` was called: a cheap test of the first letter.
      if (c !== 99 && c !== 73) continue;
      if (k > 0 && isLetter(text.charCodeAt(k - 1))) continue;
      let phrase: string | undefined = undefined;
      for (const p of SELF_NAMING) {
        if (p.charCodeAt(0) === c && text.startsWith(p, k)) {
          phrase = p;
          break;
        }
      }
      if (phrase === undefined) continue;
      let at = k + phrase.length;
      while (at < before && isPlainBlank(text.charCodeAt(at))) at++;
      const m = this.mentions[this.firstMentionAt(at)];
      if (m === undefined || m.start !== at || m.end > before || this.insideQuote(k)) continue;
      if (this.byId.get(m.actor)?.kind === 'person') found = m.actor;
    }
    return found;
  }

  /**
   * The head word of the last description of a person of `gender` the narration gives before
   * `before` (`a girl was dancing`, `the old parson` -> `girl`, `parson`), with no person of
   * that sex named after it; null when none within PRONOUN_LOOKBACK_CHARS, as far as a pronoun
   * looks back for a name. The window starts at a word. What the last call for the same sex
   * read is taken over, so that a run of such pronouns reads each stretch of text once.
   */
  private unnamedPersonBefore(gender: 'm' | 'f', before: number): string | null {
    const text = this.text;
    let from = Math.max(0, before - PRONOUN_LOOKBACK_CHARS);
    while (from > 0 && from < before && !isBlankCode(text.charCodeAt(from - 1))) from++;
    const gi = gender === 'm' ? 0 : 1;
    const last = this.unnamedReads[gi];
    const carried = last !== null && last.before <= before && last.before >= from ? last : null;
    const scanFrom = carried !== null ? carried.before : from;
    // What this call reads of genders, with what the read taken over asked for (this reading rests on it too).
    const reads = this.genderReads;
    const readsFrom = reads === null ? 0 : reads.length;
    if (reads !== null && carried !== null) for (const id of carried.genders) reads.push(id);
    // A few words before the new stretch, for the determiner of a description that starts it.
    let ctx = scanFrom;
    let toks: Token[] = [];
    for (let back = 64; ; back *= 2) {
      ctx = Math.max(from, scanFrom - back);
      while (ctx > from && !isBlankCode(text.charCodeAt(ctx - 1))) ctx--;
      if (ctx === from || tokenize(text, ctx, scanFrom, UNNAMED_CONTEXT_TOKENS).length >= UNNAMED_CONTEXT_TOKENS) break;
    }
    toks = tokenize(text, ctx, before, before - ctx);
    let read: UnnamedRead | null = null;
    for (let k = toks.length - 1; k > 0 && toks[k].start >= scanFrom; k--) {
      const t = toks[k];
      if (!t.word || t.cap || !isPersonNoun(t.w) || descriptionGender([t.w]) !== gender || this.insideQuote(t.start)) continue;
      // `a girl`, `the old man`, `this lad`.
      let j = k - 1;
      while (j > 0 && k - j <= 3 && toks[j].word && !toks[j].cap && !DESCRIBING.has(toks[j].w) && !INDEFINITE.has(toks[j].w)) j--;
      if (!(toks[j].word && (DESCRIBING.has(toks[j].w) || INDEFINITE.has(toks[j].w)))) continue;
      read = { before, head: t.w, det: toks[j].start, blocked: this.namedOfSexBetween(gender, t.end, before), genders: NO_IDS };
      break;
    }
    if (read === null) {
      read = carried !== null && carried.head !== null && carried.det >= from
        ? { before, head: carried.head, det: carried.det, blocked: carried.blocked || this.namedOfSexBetween(gender, carried.before, before), genders: NO_IDS }
        : { before, head: null, det: -1, blocked: false, genders: NO_IDS };
    }
    if (reads !== null && reads.length > readsFrom) read.genders = reads.slice(readsFrom);
    this.unnamedReads[gi] = read;
    return read.head !== null && !read.blocked ? read.head : null;
  }

  /** True when a person of `gender`, or of no known gender, is named in the narration between `from` and `to`. */
  private namedOfSexBetween(gender: 'm' | 'f', from: number, to: number): boolean {
    for (let m = this.firstMentionAt(from); m < this.mentions.length && this.mentions[m].start < to; m++) {
      const a = this.byId.get(this.mentions[m].actor);
      if (a === undefined || a.kind !== 'person' || this.insideQuote(this.mentions[m].start)) continue;
      const g = this.genderOf(a);
      if (g === null || g === gender) return true;
    }
    return false;
  }

  /**
   * Someone new brought in as the subject of a sentence of the pronoun's paragraph (`A retired
   * teacher said ...`, `One resident, 74, said ...`), of a sex that fits `gender`, with no person
   * of that sex named between them and the pronoun at `before`. Null when there is none.
   */
  private newcomerSubject(gender: 'm' | 'f', before: number): Span | null {
    const from = Math.max(this.paragraphStart(before), before - NEWCOMER_LOOKBACK_CHARS);
    if (from >= before || !(this.indefiniteOpens(from, before) || containsBetween(this.text, ' to a', from, before) || containsBetween(this.text, ' with a', from, before))) return null;
    const toks = tokenize(this.text, from, before, NEWCOMER_LOOKBACK_CHARS);
    let found: Span | null = null;
    // `I talked to a bus driver last week, and she told me`: in the pronoun's own sentence, after
    // `I` or `we`, someone new brought in as the object.
    let own = toks.length - 1;
    while (own > 0 && !endsSentence(toks[own - 1])) own--;
    const firstPerson = own < toks.length && toks[own].word && (toks[own].w === 'i' || toks[own].w === 'we');
    for (let k = 0; k < toks.length; k++) {
      const opens = k === 0 ? toks[0].start === from && from === this.paragraphStart(before) : endsSentence(toks[k - 1]);
      if (!opens && !(firstPerson && k > own && (toks[k - 1].w === 'to' || toks[k - 1].w === 'with'))) continue;
      const t = toks[k];
      if (!t.word || !INDEFINITE.has(t.w) || this.insideQuote(t.start)) continue;
      let j = k + 1;
      while (j < toks.length && j - k <= 3 && toks[j].word && !toks[j].cap && !isPersonNoun(toks[j].w) && !ANONYMOUS_ROLES.has(toks[j].w)) j++;
      const head = toks[j];
      if (head === undefined || !head.word || head.cap || !(isPersonNoun(head.w) || ANONYMOUS_ROLES.has(head.w))) continue;
      const g = descriptionGender([head.w]);
      if (g !== null && g !== gender) continue;
      found = { start: t.start, end: head.end };
    }
    if (found === null) return null;
    for (let m = this.firstMentionAt(found.end); m < this.mentions.length && this.mentions[m].start < before; m++) {
      const a = this.byId.get(this.mentions[m].actor);
      if (a === undefined || a.kind !== 'person' || this.insideQuote(this.mentions[m].start)) continue;
      const g = this.genderOf(a);
      if (g === null || g === gender) return null;
    }
    return found;
  }

  /**
   * The span of `The surgeon` when the sentence right before `before` (in its paragraph) opens
   * with `The` and a person's calling that tells no sex (`The guide stood on the bank.`), the
   * calling names no actor, and neither `named` nor a pronoun of `gender` is in that sentence;
   * null otherwise.
   */
  private callingSubjectBefore(before: number, named: string | null, gender: 'm' | 'f'): Span | null {
    const text = this.text;
    let from = Math.max(0, before - NEWCOMER_LOOKBACK_CHARS);
    while (from > 0 && from < before && !isBlankCode(text.charCodeAt(from - 1))) from++;
    if (from >= before) return null;
    const toks = tokenize(text, from, before, NEWCOMER_LOOKBACK_CHARS);
    let end = toks.length;
    if (end < 4 || !endsSentence(toks[end - 1])) return null;
    let s = end - 1;
    // A sentence starts after a full stop, or after the closing mark of a quote that ends with one.
    while (s > 0 && !endsSentence(toks[s - 1]) && !(s > 1 && CLOSING_MARKS.has(toks[s - 1].w) && endsSentence(toks[s - 2]))) s--;
    if (s === 0 && from > 0) return null;
    // `Then the doctor felt his pulse.`
    if (s + 1 < end && toks[s].cap && SENTENCE_ADVERBS.has(toks[s].w) && !toks[s + 1].cap) s++;
    else if (!toks[s].cap) return null;
    const det = toks[s];
    // In the quote's paragraph, or on the line right before it in a text with a sentence a line.
    if (containsBetween(text, '\n\n', det.start, before) || containsBetween(text, '\r\n\r\n', det.start, before)) return null;
    if (!det.word || det.w !== 'the' || this.insideQuote(det.start)) return null;
    let j = s + 1;
    while (j < end && j - s <= 3 && toks[j].word && !toks[j].cap && !isPersonNoun(toks[j].w)) j++;
    const head = toks[j];
    if (head === undefined || !head.word || head.cap || !isPersonNoun(head.w) || descriptionGender([head.w]) !== null) return null;
    // `The surgeon leaned`: a verb in lower case follows.
    const verb = toks[j + 1];
    if (verb === undefined || !verb.word || verb.cap) return null;
    // `The guide stepped over and thanked him.`: a `him` there is another man, likelier the `he`.
    const same = gender === 'm' ? MALE_PRONOUNS : FEMALE_PRONOUNS;
    for (let k = j + 2; k < end; k++) if (toks[k].word && same.has(toks[k].w)) return null;
    const words: string[] = [];
    for (let k = s; k <= j; k++) words.push(toks[k].w);
    if (this.findDescribed(roleWords(words.join(' ')), det.start) !== null) return null;
    end = toks[end - 1].end;
    for (let m = this.firstMentionAt(det.start); m < this.mentions.length && this.mentions[m].start < end; m++) {
      if (this.mentions[m].actor === named) return null;
    }
    return { start: det.start, end: head.end };
  }

  /** A capitalised indefinite article (`A `, `An `, `One `, `Another `) between `from` and `to`, or `a`/`an` at `from`: cheap to rule out before reading the words. */
  private indefiniteOpens(from: number, to: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(from);
    if (c === 97 && (text.charCodeAt(from + 1) === 32 || text.charCodeAt(from + 1) === 110)) return true;
    // `A `, `An `, `One `, `Another `, `Some ` after a blank or at `from`.
    for (let k = from; k < to; k++) {
      const d = text.charCodeAt(k);
      if ((d !== 65 && d !== 79 && d !== 83) || (k > from && !isPlainBlank(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== 10)) continue;
      const e = text.charCodeAt(k + 1);
      if (d === 65 && (e === 32 || e === 110)) return true;
      if ((d === 79 && e === 110) || (d === 83 && e === 111)) return true;
    }
    return false;
  }

  /** The first token after `end` (before `tail`) is a lower-case word: the name goes on into a clause (`Beijing hoped`). */
  private verbAfter(toks: readonly Token[], end: number, tail: number): boolean {
    for (let k = 0; k < tail; k++) if (toks[k].start >= end) return toks[k].word && !toks[k].cap && !DETERMINERS.has(toks[k].w);
    return false;
  }

  /** A capitalised word that is part of a name the text gives an actor (`States` of `the United States`). */
  private insideName(t: Token): boolean {
    if (!t.cap) return false;
    const k = this.firstMentionAt(t.start + 1) - 1;
    return k >= 0 && this.mentions[k].start < t.start && this.mentions[k].end >= t.end;
  }

  /** True when actor `id` is named between `from` and `to`. */
  private namedBetween(id: string, from: number, to: number): boolean {
    for (let k = this.firstMentionAt(from); k < this.mentions.length && this.mentions[k].start < to; k++) if (this.mentions[k].actor === id) return true;
    return false;
  }

  /** True when an actor is named within `span`. */
  private namesSomething(span: Span): boolean {
    const m = this.mentions[this.firstMentionAt(span.start)];
    return m !== undefined && m.start < span.end;
  }

  /** The last person named before `before` whose gender fits (other than `except`), skipping names inside quotes. */
  private resolvePronoun(gender: Gender, before: number, except: string | null = null): string | null {
    let k = this.firstMentionAt(before) - 1;
    let seen = 0;
    let fallback: string | null = null;
    /** A person of unknown gender who speaks or opens a sentence in the pronoun's paragraph: `he` is more likely them than someone named further back. */
    let close: string | null = null;
    const floor = before - PRONOUN_LOOKBACK_CHARS;
    const paragraph = this.paragraphStart(before);
    for (; k >= 0 && seen < PRONOUN_LOOKBACK_MENTIONS; k--, seen++) {
      const m = this.mentions[k];
      if (m.start < floor) break;
      const actor = this.byId.get(m.actor);
      if (!actor || actor.kind !== 'person' || actor.id === except) continue;
      if (this.insideQuote(m.start) || (m.form === 'label' && m.actor === this.turnSpeakerNow)) continue;
      // `the Varden family`: a name that stands for a family, not for one of them.
      if (familyAfter(this.text, m.end)) continue;
      // `the Danes`, `Americans`: a people, never the one person `he` or `she` stands for.
      if (gender !== null && isPeopleWord(this.text, m.start, m.end)) continue;
      const g = genderOfMention(this.text, m.start, m.end) ?? this.genderOf(actor);
      if (g === gender) {
        if (close !== null) return close;
        // `He turned from the sea to Tom’s face. “...,” he said.`: the `he` the sentence opens with, not Tom.
        if (gender !== null && this.pronounSubjectBefore(m.start, gender)) continue;
        return (gender !== null ? this.describedBefore(gender, m.end, before, except) : null) ?? this.sentenceSubjectOf(k, gender, except) ?? actor.id;
      }
      if (g === null) {
        fallback ??= actor.id;
        // `When I spoke to the Secretary of State, he told me`: named in the pronoun's own sentence.
        if (close === null && gender !== null && m.start >= paragraph && (this.speaksOrOpens(m, before) || this.sameSentence(m, before) || this.aloneInSentenceBefore(k, before, paragraph))) close = actor.id;
      }
    }
    return (gender !== null ? this.describedBefore(gender, floor, before, except) : null) ?? close ?? fallback;
  }

  /**
   * The sentence holding the mention at `at` has a pronoun of `gender` before it as its subject
   * (`He turned to Tom`, `Laughing, she gave Ann the cup`): the mention is not who the sentence is
   * about. Reads back at most SUBJECT_LOOKBACK_CHARS.
   */
  private pronounSubjectBefore(at: number, gender: 'm' | 'f'): boolean {
    // As many tokens as characters: the last one reaches the mention.
    const toks = tokenize(this.text, Math.max(0, at - SUBJECT_LOOKBACK_CHARS), at, SUBJECT_LOOKBACK_CHARS);
    let k = toks.length - 1;
    while (k >= 0 && !endsSentence(toks[k]) && !(toks[k].word === false && this.isQuoteMarkToken(toks[k]))) k--;
    // A sentence cut by the window's start is not read.
    if (k < 0 && at - SUBJECT_LOOKBACK_CHARS > 0) return false;
    for (let j = k + 1; j < toks.length; j++) {
      const t = toks[j];
      if (!t.word || SPEAKER_PRONOUNS.get(t.w) !== gender) continue;
      const p = j === k + 1 ? null : toks[j - 1];
      if (p === null || (!p.word && p.w === ',')) return true;
    }
    return false;
  }

  /** A double quotation mark or an opening single one (not `’`, which is an apostrophe as often). */
  private isQuoteMarkToken(t: Token): boolean {
    const c = t.w.charCodeAt(0);
    return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x2018;
  }

  /**
   * The person the speaker of the turn at `pos` speaks with: the nearest other named speaker of
   * the few turns before it, whose labels lie within OTHER_SIDE_CHARS (inside what a quote's
   * reading may read, so an edit further away cannot change it). Null when none.
   */
  private otherSide(pos: number): string | null {
    const turns = this.turns;
    const at = firstStartingAfter(turns, pos) - 1;
    if (at < 0 || turns[at].end < pos) return null;
    const me = turns[at].speaker;
    for (let k = at - 1; k >= 0 && at - k <= OTHER_SIDE_TURNS && turns[k].start >= pos - OTHER_SIDE_CHARS; k--) {
      if (turns[k].speaker !== null && turns[k].speaker !== me) return turns[k].speaker;
    }
    return null;
  }

  /** A mention in the same sentence as `before`, not a plural group (`Americans`). */
  private sameSentence(m: Mention, before: number): boolean {
    return before - m.end < SAME_SENTENCE_CHARS && this.text.charCodeAt(m.end - 1) !== 115 && !this.sentenceEndBetween(m.end, before);
  }

  /**
   * Mention `k` is the one person named in the sentence right before the pronoun's, in its
   * paragraph (`Just about Secretary Vance’s comments yesterday about Russia. He said that ...`),
   * and that sentence does not itself go on from a `he` or `she`.
   */
  private aloneInSentenceBefore(k: number, before: number, paragraph: number): boolean {
    const m = this.mentions[k];
    if (before - m.end > PREVIOUS_SENTENCE_CHARS) return false;
    const end = this.sentenceEndAt(m.end, before, true);
    if (end < 0 || this.sentenceEndAt(end + 1, before, true) >= 0) return false;
    // Where that sentence starts: the end of the one before it, or the paragraph's start.
    let start = m.start - 1;
    const floor = Math.max(paragraph, m.start - PREVIOUS_SENTENCE_CHARS);
    while (start > floor && this.sentenceEndAt(start, start + 2, true) !== start) start--;
    for (const j of [k - 1, k + 1]) {
      const o = this.mentions[j];
      if (o !== undefined && o.start > start && o.start < end && this.byId.get(o.actor)?.kind === 'person') return false;
    }
    const toks = tokenize(this.text, start + 1, m.start, 2);
    return toks.length === 0 || !SPEAKER_PRONOUNS.has(toks[0].w);
  }

  /** Where the paragraph (line) holding `pos` starts. */
  private paragraphStart(pos: number): number {
    // A paragraph wrapped over lines (`...remarks yesterday` / `about the port strike.  He
    // said`) starts after the last blank line, looked for within PARAGRAPH_LOOKBACK_CHARS.
    const { starts, ends } = this.lines;
    let line = lineAt(this.lines, Math.min(pos, this.text.length));
    const floor = pos - PARAGRAPH_LOOKBACK_CHARS;
    // Only a line that stops mid-sentence goes on into the next (a text with a paragraph on each
    // line ends them with their sentences); a speaker's label opens a paragraph too.
    while (line > 0 && starts[line - 1] >= floor && this.stopsMidSentence(starts[line - 1], ends[line - 1]) && !this.labelOn(starts[line], ends[line])) line--;
    return starts[line];
  }

  /** A speaker label starts on the line `from..to`. */
  private labelOn(from: number, to: number): boolean {
    const s = this.speakers[firstStartingAt(this.speakers, from)];
    return s !== undefined && s.start < to;
  }

  /** The line `from..to` has words and does not end with a sentence's end (`.`, `!`, `?`, a closing mark). */
  private stopsMidSentence(from: number, to: number): boolean {
    let k = to - 1;
    while (k >= from && isPlainBlank(this.text.charCodeAt(k))) k--;
    if (k < from) return false;
    const c = this.text.charCodeAt(k);
    return !(c === 46 || c === 33 || c === 63 || c === 0x201d || c === 34 || c === 58);
  }

  /**
   * A full name (`Staffan de Mistura`, not a group or a role) that opens its sentence, follows a
   * verb of speech (`said Staffan de Mistura`) or comes before one (`Putin said`).
   */
  private speaksOrOpens(m: Mention, before: number): boolean {
    const text = this.text;
    // A full name, or one word that is no plural (`Putin said`, not `Americans want`).
    const oneWord = !containsBetween(text, ' ', m.start, m.end);
    if (!isFullName(text, m.start, m.end) || (oneWord && text.charCodeAt(m.end - 1) === 115)) return false;
    // `Putin said something very telling.`
    let a = m.end;
    while (a < before && a < m.end + 20 && isPlainBlank(text.charCodeAt(a))) a++;
    let z = a;
    while (z < before && z - a < 12 && isLetter(text.charCodeAt(z))) z++;
    if (z > a && SPEECH_VERBS_BEFORE.has(text.slice(a, z).toLowerCase())) return true;
    let k = m.start - 1;
    const floor = m.start - 20;
    while (k >= 0 && k > floor && isPlainBlank(text.charCodeAt(k))) k--;
    if (k < 0) return true;
    const c = text.charCodeAt(k);
    if (endsSentenceBefore(c)) return true;
    let b = k;
    while (b >= 0 && k - b < 12 && isLetter(text.charCodeAt(b))) b--;
    if (SPEECH_VERBS_BEFORE.has(text.slice(b + 1, k + 1).toLowerCase())) return true;
    // `Labour leader Keir Starmer, ...`: only a role or capitalised words before it in its sentence.
    for (let words = 0; words < 3; words++) {
      const w = text.slice(b + 1, k + 1);
      if (w.length === 0 || !(isUpperCode(w.charCodeAt(0)) || TITLES.has(w.toLowerCase()))) return false;
      k = b;
      while (k >= 0 && k > b - 3 && isPlainBlank(text.charCodeAt(k))) k--;
      if (k < 0) return true;
      const e = text.charCodeAt(k);
      if (endsSentenceBefore(e)) return true;
      b = k;
      while (b >= 0 && k - b < 14 && isLetter(text.charCodeAt(b))) b--;
    }
    return false;
  }

  /**
   * The last person of `gender` a definite description names in the narration between `after`
   * and `before` (at most DESCRIBED_LOOKBACK_CHARS): `The doctor closed his bag. “Ready?” he
   * asked.` -> the actor Dr. Dorn, whose title says `doctor`.
   */
  private describedBefore(gender: 'm' | 'f', after: number, before: number, except: string | null): string | null {
    const from = Math.max(after, before - DESCRIBED_LOOKBACK_CHARS);
    if (from >= before) return null;
    const text = this.text;
    if (!containsBetween(text, 'the ', from, before) && !containsBetween(text, 'The ', from, before)) return null;
    const toks = tokenize(text, from, before, 96);
    for (let k = toks.length - 2; k >= 0; k--) {
      const t = toks[k];
      if (!t.word || t.w !== 'the') continue;
      // `the old doctor`: past the words that say nothing of who is meant.
      let j = k + 1;
      while (j < toks.length && j - k <= 3 && toks[j].word && !toks[j].cap && roleWords(toks[j].w).length === 0) j++;
      const head = toks[j];
      if (head === undefined || !head.word || head.cap || !TITLE_ROLE_WORDS.has(head.w) || this.insideQuote(t.start)) continue;
      const actor = this.findDescribed([head.w], before);
      if (actor !== null && actor.kind === 'person' && actor.id !== except && this.genderOf(actor) === gender) return actor.id;
    }
    return null;
  }

  /**
   * The first person of `gender` named in the sentence of mention `k`, before it: a pronoun
   * takes up the subject rather than an object (`Mrs Varden recognised the hand of Lady
   * Ashcombe. “At last!” she exclaimed.` -> Mrs Varden).
   */
  private sentenceSubjectOf(k: number, gender: Gender, except: string | null): string | null {
    let found: string | null = null;
    const at = this.mentions[k].start;
    let right = at;
    for (let j = k - 1, seen = 0; j >= 0 && seen < SUBJECT_LOOKBACK_MENTIONS; j--, seen++) {
      const m = this.mentions[j];
      if (right - m.end > SUBJECT_LOOKBACK_CHARS || at - m.start > SUBJECT_SPAN_CHARS || this.sentenceEndBetween(m.end, right)) break;
      right = m.start;
      const actor = this.byId.get(m.actor);
      if (!actor || actor.kind !== 'person' || actor.id === except || this.insideQuote(m.start) || (m.form === 'label' && m.actor === this.turnSpeakerNow)) continue;
      if ((genderOfMention(this.text, m.start, m.end) ?? this.genderOf(actor)) === gender) found = actor.id;
    }
    return found;
  }

  protected genderOf(a: Actor): Gender {
    const reads = this.genderReads;
    if (reads !== null && (reads.length === 0 || reads[reads.length - 1] !== a.id)) reads.push(a.id);
    let g = this.genders.get(a.id);
    if (g === undefined) {
      g = genderOfActor(a, this.text);
      this.genders.set(a.id, g);
    }
    return g;
  }

  private insideQuote(pos: number): boolean {
    const s = this.topSpans;
    const i = firstStartingAfter(s, pos);
    return i > 0 && s[i - 1].end > pos;
  }

  // ---- cues before the quote: Lavrov said: “...” / he added, “...” / pointing out that ... “...”

  private cueBefore(q: RawQuote, lo: number): CueHit | null {
    if (lo >= q.start) return null;
    const toks = tokenize(this.text, lo, q.start, 64);
    // Only the sentence the quote belongs to.
    let from = 0;
    for (let k = toks.length - 1; k >= 0; k--) {
      if (endsSentence(toks[k]) || (!toks[k].word && endsClause(toks[k]))) {
        from = k + 1;
        break;
      }
    }
    if (from >= toks.length) return null;
    const last = toks[toks.length - 1];
    const colon = !last.word && last.w === ':';
    const words = toks.map((t) => (t.word ? t.w : ''));
    for (let k = toks.length - 1; k >= from; k--) {
      if (!toks[k].word) continue;
      // `despite assurances from ministers that the project was “on track”`: who gave them speaks.
      if (words[k] === 'that') {
        const source = this.speechFrom(toks, words, from, k, q.start);
        if (source !== null) return { ...source, colon };
      }
      const adjacent = toks.length - k <= 3;
      let n = 0;
      // Multi-word cues end at k: look back one word for `according to`, `pointing out`.
      let at = k;
      if (k > from && cueLength(words, k - 1, !adjacent) === 2) {
        at = k - 1;
        n = 2;
      } else n = cueLength(words, k, !adjacent);
      // `the United States “remains committed”`: a verb's word inside a name is no cue.
      if (n === 0 || this.insideName(toks[at])) continue;
      // `... said staff had been told to “tidy up”`: whoever was told does not speak; a cue
      // further back may tell who does.
      if (isPassiveCue(toks, from, at)) continue;
      const cue = { start: toks[at].start, end: toks[at + n - 1].end };
      // Verb first: according to Lavrov, “...” / said Lavrov: “...”
      let tail = toks.length;
      while (tail > at + n && !toks[tail - 1].word) tail--;
      // Not `says the company “knew of the defect”`: a quote that goes on the clause with no mark
      // between names what its subject did, not who speaks.
      const runsOn = toks[toks.length - 1].word && isLowerCode(this.text.charCodeAt(q.inner.start));
      // `According to one person in the room, Mwangi “walked out”.`: the source the sentence
      // opens with speaks whatever it quotes.
      if (n === 2 && words[at] === 'according' && at + n < toks.length) {
        let comma = at + n;
        while (comma < toks.length && toks[comma].w !== ',' && comma - (at + n) <= 10) comma++;
        if (comma < toks.length && toks[comma].w === ',' && comma > at + n) {
          const who = this.whoIn(toks, at + n, comma, toks[at].start, q.start, true);
          if (who.how !== 'none') return { cue, who, end: cue.end, colon };
        }
      }
      if (!runsOn && tail > at + n && tail - (at + n) <= 6 && this.startsName(toks[at + n])) {
        const who = this.whoIn(toks, at + n, tail, toks[at].start, q.start, true);
        // Not `said Beijing hoped the visit would “...”`: the name is the subject of another verb.
        if (who.how !== 'none' && !(who.span !== null && this.verbAfter(toks, who.span.end, tail))) return { cue, who, end: cue.end, colon };
      }
      // `The central bank left its rate unchanged, saying inflation was falling “...”`, `He was
      // critical of a challenge from Ellery-Shaw, calling it “...”`: a participle after a comma
      // has the subject the sentence opens with, not a name in the words between.
      const participle = n === 1 && at > from && !toks[at - 1].word && toks[at - 1].w === ',' && words[at].endsWith('ing');
      const opening = participle ? this.openingSubject(toks, from, at, q.start) : NOBODY;
      const who = opening.how !== 'none' ? opening : this.subjectBefore(toks, from, at, q.start);
      const cueEnd = this.cueObjectEnd(toks, at + n, toks.length);
      const fullCue = cueEnd > at + n ? { start: cue.start, end: toks[cueEnd - 1].end } : cue;
      return { cue: fullCue, who, end: fullCue.end, colon };
    }
    // `The council sent us this statement. Quote: “...”`: read out from the paper named before.
    if (colon && toks.length - 2 === from && toks[from].w === 'quote') {
      const source = this.paperSource(toks[from].start, null);
      if (source !== null) return { cue: { start: toks[from].start, end: toks[from].end }, who: source, end: q.start, colon: true };
    }
    // Name and colon with no verb: Lavrov: “...”
    if (colon && toks.length - 1 > from) {
      const k = this.firstMentionAt(toks[from].start);
      let m: Mention | null = null;
      for (let j = k; j < this.mentions.length && this.mentions[j].end <= last.start; j++) m = this.mentions[j];
      if (m && this.onlySpaceBetween(m.end, last.start)) {
        return { cue: null, who: { speaker: m.actor, span: { start: m.start, end: m.end }, how: 'name' }, end: q.start, colon: true };
      }
    }
    return null;
  }

  /**
   * A noun of speech and `from` before `that` at `that` (`assurances from ministers that`,
   * `a warning from the Met Office that`): the words between `from` and `that` speak; null when
   * the words before `that` are not so.
   */
  private speechFrom(toks: readonly Token[], words: readonly string[], from: number, that: number, quoteStart: number): Omit<CueHit, 'colon'> | null {
    for (let f = that - 2; f > from && that - f <= 8; f--) {
      if (!toks[f].word) return null;
      if (words[f] !== 'from') continue;
      if (!SPEECH_NOUNS.has(words[f - 1])) return null;
      const who = this.subjectBefore(toks, f + 1, that, quoteStart);
      if (who.how === 'none') return null;
      const cue = { start: toks[f - 1].start, end: toks[f].end };
      return { cue, who, end: toks[that].end };
    }
    return null;
  }

  /**
   * The subject a sentence opens with (`toks[from]` starting it), for a participle after a comma
   * (`..., saying`): a name followed by its verb, or a description from its determiner to a
   * person's or a body's noun followed by its verb (`The central bank left ...`).
   */
  private openingSubject(toks: readonly Token[], from: number, verb: number, quoteStart: number): Who {
    const t = toks[from];
    if (!t.word || !this.opensSentence(t.start)) return NOBODY;
    // `He was critical of ..., calling it`: the pronoun and its verb.
    const g = SPEAKER_PRONOUNS.get(t.w);
    if (g !== undefined && from + 1 < verb && toks[from + 1].word && !toks[from + 1].cap) return this.pronounAt(t, g);
    const m = this.mentionAtToken(t);
    if (m !== null) {
      if (this.isPossessiveMention(m) || (m.form === 'label' && m.actor === this.turnSpeakerNow)) return NOBODY;
      let j = from;
      while (j < verb && toks[j].start < m.end) j++;
      return j < verb && toks[j].word && !toks[j].cap ? { speaker: m.actor, span: { start: m.start, end: m.end }, how: 'name' } : NOBODY;
    }
    if (!DETERMINERS.has(t.w)) return NOBODY;
    for (let h = from + 1; h < verb && h - from <= 4 && toks[h].word; h++) {
      if (!isPersonNoun(toks[h].w) && !SPEAKING_BODIES.has(toks[h].w)) continue;
      if (h + 1 < verb && toks[h + 1].word && !toks[h + 1].cap) return this.describe(toks, from, h + 1, quoteStart) ?? NOBODY;
      break;
    }
    return NOBODY;
  }

  /** Only blanks lie between the start of the line or a sentence's end and `pos`. */
  private opensSentence(pos: number): boolean {
    const text = this.text;
    let k = pos - 1;
    while (k >= 0 && isBlankCode(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k--;
    if (k < 0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13) return true;
    return endsSentenceBefore(text.charCodeAt(k));
  }

  /**
   * The comma that opens a part set off by commas right before the verb at `verb` (`, in a
   * statement,`, `, who spoke on condition of anonymity,`, `, a welder,`), or -1.
   */
  private asideBefore(toks: readonly Token[], from: number, verb: number): number {
    const close = verb - 1;
    if (close <= from || toks[close].word || toks[close].w !== ',') return -1;
    for (let k = close - 1; k > from && close - k <= MAX_ASIDE_TOKENS; k--) {
      const t = toks[k];
      if (t.word) continue;
      if (t.w !== ',') return -1;
      const first = toks[k + 1];
      return first !== undefined && first.word && k + 1 < close && ASIDE_OPENERS.has(first.w) && k > from && toks[k - 1].word ? k : -1;
    }
    return -1;
  }

  /**
   * The subject of a cue verb at `verb`: the nearest person named before it in the sentence, a
   * pronoun, or a description. `aside`: `verb` is the comma that opens a part set off before the
   * verb, so a name right before it is the subject (`Dimitra Kouris, a councillor, said:`), not
   * someone called by name.
   */
  private subjectBefore(toks: readonly Token[], from: number, verb: number, quoteStart: number, aside = false): Who {
    if (verb <= from) return NOBODY;
    // `Minister, on grain: the World Food Programme said ...`: the verb's subject comes after a colon before it.
    for (let k = verb - 1; k > from; k--) {
      if (!toks[k].word && toks[k].w === ':') return this.subjectBefore(toks, k + 1, verb, quoteStart);
    }
    // `The World Health Organization, in a statement, said`, `One worker, a welder who asked
    // not to be named, told me`: the subject comes before a part set off by commas.
    const set = this.asideBefore(toks, from, verb);
    if (set > from) return this.subjectBefore(toks, from, set, quoteStart, true);
    // `he had said`, `she did not say`, `I presently asked`: the subject before the verb's helpers.
    let pv = verb - 1;
    while (pv > from && toks[pv].word && (AUXILIARIES.has(toks[pv].w) || (toks[pv].w.length > 4 && toks[pv].w.endsWith('ly')))) pv--;
    const prev = toks[pv];
    if (prev.word && prev.w === 'i') return { speaker: null, span: { start: prev.start, end: prev.end }, how: 'narrator' };
    // `the response from the highways authority, which states that`, `sent me a letter, which
    // said`: the relative stands for what comes before the comma.
    if (prev.word && prev.w === 'which' && pv - 1 > from && !toks[pv - 1].word && toks[pv - 1].w === ',') {
      const antecedent = this.relativeSubject(toks, from, pv - 1, quoteStart);
      if (antecedent !== null) return antecedent;
    }
    // `Then why did you tell shareholders, quote, “...”`: in a speaker's turn, the one they question.
    // Not the `you` of anyone (`when you say “emergency”`).
    // Nor the one spoken to (`you were told, “...”`).
    if (prev.word && prev.w === 'you' && this.turnSpeakerNow !== null && !(pv > from && SUBORDINATORS.has(toks[pv - 1].w)) && !isPassive(toks, pv + 1, verb)) {
      const other = this.otherSide(prev.start);
      if (other !== null) return { speaker: other, span: { start: prev.start, end: prev.end }, how: 'pronoun' };
    }
    // `It says: “...”`, `It goes on:` after a statement was named: the statement's source.
    if (prev.word && prev.w === 'it' && (pv === from || !toks[pv - 1].word)) {
      const source = this.paperSource(prev.start, null);
      if (source !== null) return source;
    }
    const g = SPEAKER_PRONOUNS.get(prev.w);
    if (prev.word && g !== undefined) return this.pronounAt(prev, g);
    // `He set the cup down and said:`, `Startled, she turned to the door and called out:`: the
    // second of two verbs joined by `and` has the subject the sentence opened with, whoever the
    // first verb's object names; so too past a part set off by commas after the `and` (`He crossed
    // to the window and, pulling the curtain aside, called out:`).
    const join = prev.word ? pv : joinBeforeAside(toks, from, pv);
    if (join > from && (toks[join].w === 'and' || toks[join].w === 'but')) {
      const opener = this.openingPronoun(toks, from, join);
      if (opener !== null) return this.pronounAt(opener, SPEAKER_PRONOUNS.get(opener.w)!);
    }
    const lo = toks[from].start;
    const hi = toks[verb].start;
    let person: Mention | null = null;
    let firstPerson: Mention | null = null;
    let other: Mention | null = null;
    for (let k = this.firstMentionAt(lo); k < this.mentions.length && this.mentions[k].end <= hi; k++) {
      const m = this.mentions[k];
      if (this.isPossessiveMention(m) || (this.isVocative(m) && !(aside && this.onlySpaceBetween(m.end, hi))) || (m.form === 'label' && m.actor === this.turnSpeakerNow)) continue;
      if (this.byId.get(m.actor)?.kind === 'person') {
        firstPerson ??= m;
        person = m;
      }
      else other = m;
    }
    // `A lawyer for the Taxpayers Association told me`: the first person of the subject, when it
    // is someone new described by a role, takes the names after it into the description.
    const fresh = firstPerson !== null ? this.someoneNew(toks, from, verb, firstPerson) : null;
    if (fresh !== null) return fresh;
    if (person) return this.reportedSubject(toks, person, verb, quoteStart) ?? { speaker: person.actor, span: { start: person.start, end: person.end }, how: 'name' };
    // An organisation or place only as the subject right before the verb: Moscow said, the Kremlin said.
    // So too one set off by commas right before it: `The applicant, Corveth Homes, has said`.
    if (other && !this.onlySpaceBetween(other.end, toks[verb].start) && !appositiveBefore(toks, from, other, verb)) other = null;
    // A description right before the verb, back to its determiner: the White House official added.
    let d = verb - 1;
    while (d > from && toks[d].word && !DETERMINERS.has(toks[d].w) && verb - d < 7) d--;
    // `the minutes from that meeting say`: a determiner after `from`, `of`, `at` opens a part of a
    // description that starts further back; so does one after `to`, `with`, `on` in the news's
    // unnamed sources (`a source close to the minister`, `a person familiar with the talks`,
    // `two people briefed on the matter`), which may open with a number.
    // `officials at the ministry`, `forecasters at the regional weather office`, `people familiar
    // with the talks`: a group of people in the plural, with no determiner, opening the subject.
    let group = false;
    for (let e = d - 2; e >= from && verb - e < 12 && toks[d].word && DETERMINERS.has(toks[d].w) && toks[d - 1].word && (OF_PARTS.has(toks[d - 1].w) || SOURCE_PARTS.has(toks[d - 1].w)); e--) {
      if (!toks[e].word) break;
      if ((e === from || !toks[e - 1].word) && namesPeople(toks[e].w) && e + 1 < d && (OF_PARTS.has(toks[e + 1].w) || SOURCE_KNOWING.has(toks[e + 1].w))) {
        d = e;
        group = true;
        break;
      }
      if (DETERMINERS.has(toks[e].w) || (INDEFINITE.has(toks[e].w) && (e === from || !toks[e - 1].word || !DETERMINERS.has(toks[e - 1].w)))) {
        // Only a person's or a speaking body's (not `his arrival from | a far country`).
        let head = false;
        for (let x = e + 1; x < d - 1; x++) if (isPersonNoun(toks[x].w) || SPEAKING_BODIES.has(toks[x].w)) head = true;
        // `one of your distributors`: one of the group the part names.
        if (head || (toks[e].w === 'one' && e === d - 2)) d = e;
        break;
      }
    }
    if (toks[d].word && (group || DETERMINERS.has(toks[d].w) || INDEFINITE.has(toks[d].w))) {
      const desc = this.describe(toks, d, verb, quoteStart);
      if (desc && desc.speaker !== null) return desc;
      if (!other && desc) return desc;
    }
    if (other) return { speaker: other.actor, span: { start: other.start, end: other.end }, how: 'name' };
    // `though Chinese officials called it`, `prosecutors had argued`, `staff told us`: people in
    // the plural or a group, with no determiner, before the verb and its helpers.
    const li = prev.word ? pv : verb - 1;
    const last = toks[li];
    if (last.word && namesPeople(last.w)) {
      let b = li;
      while (b > from && li - b < 2 && toks[b - 1].word && (toks[b - 1].cap || isDemonym(toks[b - 1].w))) b--;
      const desc = this.describe(toks, b, li + 1, quoteStart);
      if (desc) return desc;
    }
    return NOBODY;
  }

  /**
   * The `he` / `she` that opens the clause `toks[from..to)` as its subject, right after its start
   * or after a first part closed by a comma (`Startled, she ...`), followed by a word (its
   * verb) and with no other `he` / `she` or clause of its own after it (`she left and he said`);
   * null when the clause opens otherwise.
   */
  private openingPronoun(toks: readonly Token[], from: number, to: number): Token | null {
    let j = from;
    if (!(toks[j].word && SPEAKER_PRONOUNS.has(toks[j].w))) {
      // A first part of at most a few words closed by a comma.
      let c = from;
      while (c < to && c - from <= 4 && toks[c].word) c++;
      if (c >= to || c === from || toks[c].w !== ',') return null;
      j = c + 1;
      if (j >= to || !toks[j].word || !SPEAKER_PRONOUNS.has(toks[j].w)) return null;
    }
    if (j + 1 >= to || !toks[j + 1].word || toks[j + 1].w === 'and') return null;
    for (let k = j + 1; k < to; k++) {
      const t = toks[k];
      if (t.word && (SPEAKER_PRONOUNS.has(t.w) || OTHER_SUBJECTS.has(t.w))) return null;
      // `, and the boy ...`, `, but Tom ...`: a clause of its own with its own subject.
      if (!t.word && t.w === ',' && k + 2 < to && toks[k + 1].word && CLAUSE_JOINS.has(toks[k + 1].w)) {
        const n = toks[k + 2];
        if (n.word && (n.cap || DETERMINERS.has(n.w))) return null;
      }
    }
    return toks[j];
  }

  /**
   * `The Minister says the port authority has reported that ...`: the person named before a verb
   * of saying of their own reports what someone unnamed, described right before the cue verb at
   * `verb`, said; that one speaks. Null when no such description follows the person's own verb.
   */
  private reportedSubject(toks: readonly Token[], person: Mention, verb: number, quoteStart: number): Who | null {
    let d = verb - 1;
    while (d > 0 && toks[d].word && toks[d].start >= person.end && !DETERMINERS.has(toks[d].w) && verb - d < 7) d--;
    if (d < 1 || !toks[d].word || toks[d].start < person.end || !DETERMINERS.has(toks[d].w)) return null;
    // Not `the President’s tweet`: a possessive before the verb's word makes it a noun.
    const last = toks[verb - 1].w;
    if (last.endsWith("'s") || last.endsWith('’s')) return null;
    for (let x = d + 1; x < verb; x++) if (!toks[x].word || CLAUSE_JOINS.has(toks[x].w)) return null;
    const words: string[] = [];
    for (const t of toks) words.push(t.word ? t.w : '');
    // The person's own verb right before the description, or before `that` and it.
    const p = toks[d - 1].word && toks[d - 1].w === 'that' ? d - 2 : d - 1;
    if (p < 0 || toks[p].start < person.end || !toks[p].word || cueLength(words, p) === 0) return null;
    const desc = this.describe(toks, d, verb, quoteStart);
    return desc !== null && (desc.speaker !== null || desc.person) ? desc : null;
  }

  /**
   * A person mention `m` in tokens `from..to` that is a role word no name goes with, after a
   * word that brings in someone new (`a lawyer for the Taxpayers Association`, `one member of
   * Parliament`, `a Liberal Democrat councillor`): the words from that one up to `to` describe
   * someone unnamed, not the role's holder. Null when `m` is no such mention or a comma, a
   * dash or a clause comes between.
   */
  private someoneNew(toks: readonly Token[], from: number, to: number, m: Mention): Who | null {
    if (!isLowerCode(this.text.charCodeAt(m.start))) return null;
    let k = to - 1;
    while (k >= from && toks[k].start > m.start) k--;
    if (k < from || toks[k].start !== m.start) return null;
    // Back over up to three modifiers (`one | Labour | councillor`, `a | senior | official`) to the opening word.
    let d = k - 1;
    while (d >= from && k - d <= 3 && toks[d].word && !INDEFINITE.has(toks[d].w) && !DETERMINERS.has(toks[d].w)) d--;
    if (d < from || !toks[d].word || !INDEFINITE.has(toks[d].w) || !DETERMINERS.has(toks[d].w)) return null;
    // The description runs to the verb: no comma, dash or clause word after the role.
    let e = k;
    while (e + 1 < to && toks[e + 1].word && !SUBORDINATORS.has(toks[e + 1].w) && toks[e + 1].w !== 'who' && toks[e + 1].w !== 'that' && !AUXILIARIES.has(toks[e + 1].w) && !isMannerAdverb(toks[e + 1].w)) e++;
    if (e + 1 < to && !toks[e + 1].word) return null;
    const words: string[] = [];
    for (let x = d; x <= e; x++) words.push(toks[x].w);
    if (words.length > 10) return null;
    const span = { start: toks[d].start, end: toks[e].end };
    return { speaker: null, span, how: 'description', gender: descriptionGender(words), definite: false, indefinite: true, person: span };
  }

  private onlySpaceBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (!isPlainBlank(c)) return false;
    }
    return true;
  }
}

/**
 * The word before a part set off by commas that ends with the comma at `close` (`and | ,
 * pulling the curtain aside ,`), or -1 when `close` is no comma or the part holds no word, holds
 * another comma or is longer than MAX_ASIDE_TOKENS.
 */
function joinBeforeAside(toks: readonly Token[], from: number, close: number): number {
  if (close <= from || toks[close].word || toks[close].w !== ',') return -1;
  for (let k = close - 1; k > from && close - k <= MAX_ASIDE_TOKENS; k--) {
    const t = toks[k];
    // `the boy’s arm`: an apostrophe or a hyphen inside the part.
    if (t.word || t.w === '’' || t.w === "'" || t.w === '-') continue;
    if (t.w !== ',' || k === close - 1) return -1;
    return toks[k - 1].word ? k - 1 : -1;
  }
  return -1;
}

/** Subjects that open a clause of their own inside a sentence (`and they said`, `the man who said`). */
const OTHER_SUBJECTS = new Set(['i', 'we', 'they', 'who']);

/** End of the attribution clause: its full stop included, the next quote's mark not. */
function clauseEnd(toks: readonly Token[], stop: number, atLeast: number): number {
  const t = stop < toks.length ? toks[stop] : undefined;
  const end = t && endsSentence(t) ? t.end : stop > 0 ? toks[stop - 1].end : atLeast;
  return Math.max(end, atLeast);
}

function viaOf(hit: CueHit): AttributionVia {
  if (hit.who.how === 'pronoun') return 'pronoun';
  if (hit.who.how === 'description') return 'description';
  return hit.colon ? 'colon' : 'cue';
}

function isLeadPunct(w: string): boolean {
  return w === ',' || w === '—' || w === '–' || w === '-' || w === '”' || w === '"' || w === '’' || w === "'" || w === '»';
}

/** Kin words that, after `his` / `her`, name someone of the possessor's surname, with that person's sex. */
const SPOUSE_KIN: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['wife', 'f'], ['lady', 'f'], ['mother', 'f'], ['husband', 'm'], ['father', 'm'],
]);

/**
 * What `unnamedPersonBefore` read up to `before`: the last description of a person of the sex
 * (its head word, where its determiner starts), and whether a person of that sex is named after
 * it; head null when none.
 */
interface UnnamedRead {
  readonly before: number;
  readonly head: string | null;
  readonly det: number;
  readonly blocked: boolean;
  /** The actors whose gender it asked for, with those of the read it took over. */
  genders: readonly string[];
}

const NO_IDS: readonly string[] = [];

/** Words read before a new stretch for the determiner of a description (`a tall, fearful man`). */
const UNNAMED_CONTEXT_TOKENS = 6;

function isBlankCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** How far back from a question's end the word `name` is looked for. */
const NAME_QUESTION_CHARS = 60;
/** How far before an answer the end of the question for a name it answers may be. */
const NAME_ANSWER_CHARS = 400;

/**
 * Words with which a narrator gives the name others call them by (`I called myself Pip`, `I was
 * called Robinson`). `My name is ...` is left out: a narrator's formal name (`My name is Thomas
 * Pell`) is read from how the others call them (`narratorName`).
 */
const SELF_NAMING = ['called myself', 'I was called', 'I am called', 'I was always called'];
/** How far before a quote of the narrator's the narration is read for the narrator's own name. */
const SELF_NAMING_CHARS = 4000;

/** Words for kin: `her mother` is someone else than the woman `her` stands for. */
const KIN_WORDS = new Set(['mother', 'father', 'sister', 'brother', 'aunt', 'uncle', 'daughter', 'son', 'cousin', 'niece', 'nephew', 'wife', 'husband', 'grandmother', 'grandfather', 'mamma', 'mama', 'papa']);

/** The text from `start` to `end` is one word naming a people in the plural (`Americans`, `Danes`). */
function isPeopleWord(text: string, start: number, end: number): boolean {
  if (end - start < 4 || text.charCodeAt(end - 1) !== 115) return false;
  for (let k = start; k < end; k++) if (!isLetter(text.charCodeAt(k))) return false;
  return DEMONYMS.has(text.slice(start, end - 1).toLowerCase());
}

function isKinWord(w: string): boolean {
  return KIN_WORDS.has(w);
}

/** Words after `his wife` that end the description (`his wife to him`). */
const KIN_TAIL_STOPS = new Set(['to', 'with', 'in', 'at', 'from', 'as', 'who', 'and']);

/** `impatiently`, `coldly`: an adverb of manner (not `family`, `bully`). */
function isMannerAdverb(w: string): boolean {
  return (w.length >= 5 && w.endsWith('ly') && !w.endsWith('ily')) || (w.length > 7 && w.endsWith('ily'));
}

/**
 * The surname of a person's name, lower case as descriptions are matched (`Mr. Dorn` ->
 * dorn, `Mara Quell` -> quell); null for a name of one word that is no more than that.
 */
function surnameOf(name: string): string | null {
  const parts = name.split(' ').filter((w) => w.length > 0);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1];
  const c = last.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return null;
  const w = roleWords(last);
  return w.length === 1 ? w[0] : null;
}

/** Cue verbs that tell a quote was said, not asked (`“...?” said he`). */
const STATING_VERBS = new Set(['said', 'says', 'cried', 'exclaimed', 'muttered', 'persisted', 'continued', 'added', 'repeated']);

/** The word after the name ending at `end` is `family` / `families` (`the Varden family`). */
function familyAfter(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && k - end < 3 && isPlainBlank(text.charCodeAt(k))) k++;
  if (!text.startsWith('famil', k)) return false;
  const rest = text.startsWith('family', k) ? k + 6 : text.startsWith('families', k) ? k + 8 : -1;
  return rest > 0 && (rest >= text.length || !isWordCode(text.charCodeAt(rest)));
}

/** The first word of a lower-cased cue (`said to the porter` -> `said`). */
function firstWordOf(cue: string): string {
  const sp = cue.indexOf(' ');
  return sp < 0 ? cue : cue.slice(0, sp);
}

/** Cue verbs that say the same person goes on (`he added`). */
const GOES_ON_VERBS = new Set(['added', 'adds', 'continued', 'continues', 'went on', 'goes on', 'resumed', 'resumes', 'repeated', 'pursued', 'persisted', 'concluded', 'finished']);

/**
 * Words between a subject and its verb of speech: `he had said`, `she did not say`. Not modals:
 * `he would say` tells of speech that may never have been (a habit, a wish), and its `he` is
 * often someone the text does not name.
 */
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'is', 'were', 'did', 'does', 'do', 'not', 'then', 'now', 'also', 'still', 'just', 'never', 'always', 'once', 'again', 'at', 'last', 'length', 'first']);

/** Forms of address that fit anyone: `sir`, `madam`, `my dear`. */
const HONORIFICS_ALONE = new Set(['sir', 'madam', 'madame', 'ma', 'maam', "ma'am", 'ma’am', 'miss', 'mister', 'mr', 'mrs', 'lord', 'lady', 'dear', 'darling', 'love', 'friend', 'man', 'boy', 'girl', 'child', 'yes', 'no', 'oh', 'well', 'now', 'why', 'come', 'there', 'here', 'ah']);

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'madame', 'lady', 'lord', 'master', 'mister', 'uncle', 'aunt', 'captain', 'doctor', 'professor']);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000);
}

/** How a quote spoken by an unnamed first-person narrator (`“...,” I said`) describes its speaker. */
export const NARRATOR = 'I (the narrator)';

/**
 * True when a description brings in someone not met before, as news and stories do (`a senior
 * official`, `one resident`, `the spokesman`), rather than calling a known person by what they
 * are (`the child`, `the old man`).
 */
export function describesStranger(described: string): boolean {
  const words = described.toLowerCase().split(' ');
  return INDEFINITE.has(words[0]) || ANONYMOUS_ROLES.has(descriptionHead(words));
}

/** `the mother of one of them`, `the wife of a farmer`: a description whose part after `of` brings in someone new names no one met before. */
function ofSomeoneNew(words: readonly string[]): boolean {
  for (let k = 1; k + 1 < words.length; k++) if (words[k] === 'of' && INDEFINITE.has(words[k + 1]) && words[k + 1] !== 'some') return true;
  return false;
}

/** Words that join clauses: a description holds none (`the board and then said`). */
const CLAUSE_JOINS = new Set(['and', 'then', 'but', 'or', 'that', 'who', 'which', 'when', 'while']);

/** Words that deny a verb or make its subject no one. */
const DENIALS = new Set(['not', 'never', 'nobody', 'none', 'nothing', 'neither', 'no']);

/** Words j..k-1 before a cue verb at k deny it: `he did not say`, `nobody replied`, `she didn't say`. */
function deniedBetween(words: readonly string[], j: number, k: number): boolean {
  for (let x = j; x < k; x++) {
    const w = words[x];
    if (DENIALS.has(w) || w.endsWith("n't") || w.endsWith('n’t')) return true;
  }
  return false;
}

/** Prepositions that join a part to a description (`the minutes from | that meeting`). */
const OF_PARTS = new Set(['of', 'from', 'at', 'in', 'for', 'on']);
/** Words that join an unnamed source to what they know: `close to`, `familiar with`, `briefed on`. */
const SOURCE_PARTS = new Set(['to', 'with', 'about', 'by']);

/** Words after which `a man` says what someone is rather than bringing someone in. */
const PREDICATIVE = new Set(['was', 'is', 'were', 'are', 'be', 'been', 'being', 'became', 'become', 'becomes', 'seemed', 'seems', 'as', 'like', 'remained', "'s", 'not']);

/** Bodies that speak in news (`the ministry said`): an unnamed one is described like a person. */
/** What an unnamed source is to what they know: `close to`, `familiar with`, `briefed on`. */
const SOURCE_KNOWING = new Set(['close', 'familiar', 'briefed', 'knowledgeable', 'involved']);

/** `who` when it names someone or describes a person; null otherwise. */
function namesOrDescribes(who: Who): Who | null {
  return who.how === 'none' || (who.speaker === null && !who.person) ? null : who;
}

/** A mark that closes a quotation (`”`, `"`, `’`, `'`, `»`, `›`). */
function isClosingMark(c: number): boolean {
  return c === 0x201d || c === 0x22 || c === 0x2019 || c === 0x27 || c === 0xbb || c === 0x203a;
}

/** The mention `m` is set off by commas right before the verb at `verb`, with only its helpers between (`, Corveth Homes, has said`). */
function appositiveBefore(toks: readonly Token[], from: number, m: Mention, verb: number): boolean {
  let j = verb - 1;
  while (j > from && toks[j].word && AUXILIARIES.has(toks[j].w)) j--;
  if (j <= from || toks[j].word || toks[j].w !== ',' || toks[j - 1].end !== m.end) return false;
  let b = j - 1;
  while (b > from && toks[b].start > m.start) b--;
  return b > from && toks[b].start === m.start && !toks[b - 1].word && toks[b - 1].w === ',';
}

/** Words that open a clause of its own after a quote's comma (`, and several people said`). */
const CLOSING_CLAUSE_JOINS = new Set(['and', 'but', 'or', 'nor', 'while', 'whereas', 'although', 'though', 'as', 'when', 'because']);

/** How far back the paper a quote is read from may be named (`paperSource`). */
const PAPER_LOOKBACK_CHARS = 600;

/** Words after a verb that belong to it (`put out a statement`, `sent over a letter`). */
const PARTICLES = new Set(['out', 'up', 'over', 'back', 'down', 'off']);

/** How far after a quote the next one may go on its sentence (`joinsQuoteOfOther`). */
const JOIN_REACH = 80;

/** What a body speaks through (`a letter, which said`, `the response from the authority, which states`). */
const PAPERS = new Set([
  'letter', 'statement', 'report', 'response', 'reply', 'email', 'e-mail', 'note', 'memo', 'filing', 'submission', 'document',
  'notice', 'release', 'message', 'ruling', 'judgment', 'judgement', 'complaint', 'lawsuit', 'study', 'survey', 'review', 'briefing', 'guidance',
]);

/** Pronouns that are objects of a verb (`sent me a letter`). */
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'it']);

/** Words after which a paper is no verb's object (`attached to a letter, which said`). */
const PREPOSITIONS = new Set(['to', 'in', 'on', 'at', 'from', 'by', 'with', 'of', 'for', 'about', 'into', 'under', 'over', 'after', 'before', 'through']);

const SPEAKING_BODIES = new Set([
  'ministry', 'government', 'department', 'agency', 'army', 'military', 'police', 'company', 'office', 'embassy', 'court',
  'airline', 'carrier', 'operator', 'insurer', 'lender', 'retailer', 'manufacturer', 'utility', 'charity', 'broadcaster',
  'association', 'organisation', 'organization', 'university', 'hospital', 'club', 'group', 'network',
  'council', 'committee', 'commission', 'union', 'campaign', 'administration', 'authorities', 'prosecutors', 'regulator',
  'board', 'authority', 'firm', 'bank', 'chamber', 'party', 'agencies', 'companies', 'trust', 'school', 'watchdog', 'consortium', 'inquiry', 'federation',
  // firms by what they are to the speaker: `our largest customer told us`, `your main competitor said`
  'customer', 'customers', 'competitor', 'competitors', 'rival', 'rivals', 'client', 'clients', 'supplier', 'suppliers', 'distributor', 'distributors', 'developer', 'developers',
  // and the papers they speak through: `the inspector general's report says`, `the statement added`
  'report', 'statement', 'letter', 'memo', 'filing', 'complaint', 'indictment', 'lawsuit', 'ruling', 'study', 'survey',
  'minutes', 'release', 'notice', 'guidance', 'website', 'scorecard', 'outlook', 'forecast', 'budget',
]);

/** Verbs of asking that, on the line after a question, say who asked it (`I inquired.`). */
const ASKING_VERBS = new Set(['inquired', 'enquired', 'queried', 'demanded', 'wondered']);

/** Words that may open a sentence before its subject: `Then the girl smiled.`, `On the stair the nurse paused.` */
const BEAT_OPENERS = new Set(['then', 'now', 'presently', 'suddenly', 'here', 'at', 'in', 'on', 'by', 'from']);

/** Words that alone stand for someone the text does not describe further (`somebody exclaimed`, `said another`). */
const SOMEONE = new Set(['somebody', 'someone', 'another']);

/** A plural noun: `colts`, `women`, `children` (not `boss`). */
function isPluralWord(w: string): boolean {
  const n = w.length;
  if (n > 3 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) !== 115) return true;
  return w.endsWith('men') || w === 'children' || w === 'people' || w === 'folk';
}

/** The group `one of` picks someone from (`one of them`). */
const GROUP_PRONOUNS = new Set(['them', 'us', 'those', 'these']);

/** Words that open a description of a person (`the`, `a`, `his`...). */
const SENTENCE_ADVERBS = new Set(['then', 'now', 'presently', 'suddenly', 'here', 'there']);
const CLOSING_MARKS = new Set(['"', '”', '’', "'"]);
const MALE_PRONOUNS = new Set(['him', 'himself']);
const FEMALE_PRONOUNS = new Set(['her', 'herself']);
const DESCRIBING = new Set(['the', 'a', 'an', 'another', 'one', 'that', 'this', 'some', 'his', 'her', 'their', 'our', 'my', 'your']);

/**
 * The span of the words `words` (tokens `at` of `toks`) that describe a person: a determiner, the
 * words up to a person noun, and what follows it after `of`, `with`, `at`... (`a small boy`,
 * `the man at the ferry gate`, not `the boy half` of `the boy half cried`). Null when no person
 * noun heads them (`the reflection`).
 */
function personWords(toks: readonly Token[], words: readonly string[], at: readonly number[]): Span | null {
  if (words.length === 0) return null;
  // `somebody`, `someone else`, `another`: someone the text does not say more of.
  if (SOMEONE.has(words[0]) && (words.length === 1 || (words.length === 2 && words[1] === 'else'))) return { start: toks[at[0]].start, end: toks[at[words.length - 1]].end };
  // `Chinese officials`, `Western diplomats`, `Families`, `Staff`: people of some kind, in the plural or a group, need no determiner.
  if (words.length === 1 || !DESCRIBING.has(words[0])) {
    const last = words[words.length - 1];
    // `officials at the ministry`, `people familiar with the talks`: a group, then where it is or what it knows.
    if (words.length >= 3 && namesPeople(words[0]) && (OF_PARTS.has(words[1]) || SOURCE_KNOWING.has(words[1]))) return { start: toks[at[0]].start, end: toks[at[words.length - 1]].end };
    if (words.length > 3 || !namesPeople(last)) return null;
    return { start: toks[at[0]].start, end: toks[at[words.length - 1]].end };
  }
  // `one of them`, `one of your distributors`: one of a group named right after.
  if (words[0] === 'one' && words.length >= 3 && words[1] === 'of') {
    if (GROUP_PRONOUNS.has(words[2])) return { start: toks[at[0]].start, end: toks[at[2]].end };
    if (DESCRIBING.has(words[2])) {
      for (let x = 3; x < words.length && x <= 5; x++) {
        if (DESCRIPTION_STOPS.has(words[x])) break;
        if (isPluralWord(words[x]) && (isPersonNoun(words[x]) || SPEAKING_BODIES.has(words[x]) || ANONYMOUS_ROLES.has(words[x]))) return { start: toks[at[0]].start, end: toks[at[x]].end };
        // `said one of the colts`: one of whatever group the words end on speaks.
        if (x === words.length - 1 && isPluralWord(words[x])) return { start: toks[at[0]].start, end: toks[at[x]].end };
      }
    }
  }
  let head = -1;
  let k = 1;
  for (; k < words.length && !DESCRIPTION_STOPS.has(words[k]); k++) if (isPersonNoun(words[k]) || ANONYMOUS_ROLES.has(words[k]) || SPEAKING_BODIES.has(words[k])) head = k;
  if (head < 0) return null;
  // `the man at the ferry gate`, but not `a military person to` (nothing after the `to`); an
  // unnamed source with what they know (`a source close to the minister`, `a person familiar
  // with the talks`).
  const joined = head === k - 1 || (head === k - 2 && SOURCE_KNOWING.has(words[head + 1]));
  const last = joined && k < words.length - 1 ? words.length - 1 : head;
  return { start: toks[at[0]].start, end: toks[at[last]].end };
}

/**
 * The words of a description as a speaker is shown (`a small boy`, `the man at the gate`): one
 * line, single spaces, a capital `The` or `A` that opens a sentence in lower case.
 */
export function describedAs(text: string, span: Span): string {
  const words = detach(text.slice(span.start, span.end)).replace(/\s+/g, ' ').trim();
  const m = /^(The|A|An|His|Her|My|Our|Their|Your|Another|One|Some) /.exec(words);
  return m !== null ? m[1].toLowerCase() + words.slice(m[1].length) : words;
}

/** Verbs of speech a speaker's name follows (`said Staffan de Mistura`). */
const SPEECH_VERBS_BEFORE = new Set(['said', 'says', 'added', 'adds', 'asked', 'asks', 'told', 'replied', 'explained', 'noted', 'wrote', 'continued', 'insisted', 'warned']);

/** Lower-case words a person's full name may hold (`de Mistura`, `bin Salman`). */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben']);

/** Every word of `text[start, end)` is capitalised or a name particle: a full name, not a role (`envoy for Syria`). */
function isFullName(text: string, start: number, end: number): boolean {
  for (const w of text.slice(start, end).split(' ')) {
    if (w.length === 0) continue;
    const c = w.charCodeAt(0);
    const dash = w.indexOf('-');
    if (!isUpperCode(c) && !NAME_PARTICLES.has(dash < 0 ? w : w.slice(0, dash))) return false;
  }
  return true;
}

/** Words that open a clause of their own: a cue after them is not the quote's (`when Putin says`). */
const SUBORDINATORS = new Set(['when', 'whenever', 'if', 'because', 'while', 'though', 'although', 'since', 'until', 'unless', 'once', 'after', 'before']);

/** A character before a word that ends the sentence before it: `.`, `!`, `?`, a line break or a closing mark. */
function endsSentenceBefore(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x201d || c === 34;
}

function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

/** Words after a comma that begin another clause, with a subject of its own (`, though officials said`). */
const CLAUSE_BREAKS = new Set(['though', 'although', 'but', 'while', 'whereas', 'yet']);

/** Verbs of speaking that report no words (`as Kouris spoke`). */
const SPOKE: ReadonlySet<string> = new Set(['spoke', 'speaks', 'speak', 'speaking', 'talked', 'talks', 'talk', 'talking']);

/** Cue verbs written before their speaker at a sentence's end (`..., said the minister.`). */
const INVERTED_CUES: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'explained', 'insisted', 'continued', 'replied', 'recalled', 'noted']);

/** At most this many words after a sentence's last comma hold its cue and speaker (`closingCue`). */
const CLOSING_CLAUSE_WORDS = 9;

/** Nouns of what someone says, given `from` someone (`assurances from ministers that ...`). */
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'assurance', 'assurances', 'warning', 'warnings', 'claim', 'claims', 'promise', 'promises', 'pledge', 'pledges',
  'statement', 'statements', 'insistence', 'denial', 'denials', 'word', 'message', 'reminder', 'suggestion', 'suggestions',
]);

/**
 * Cue words that are also nouns for a document or a statement, not a spoken reply
 * (`the annual report`, `a note`; but `came a harsh reply` attributes).
 */
const NOUN_CUES: ReadonlySet<string> = new Set(['report', 'note', 'claim']);

/**
 * The word at `k` follows a determiner, at once or past one word that is not a person's or a
 * body's noun (`the annual report`, not `the ministers report`): a noun.
 */
function nounAfterDeterminer(toks: readonly Token[], from: number, k: number): boolean {
  const a = toks[k - 1];
  if (k - 1 < from || !a.word) return false;
  if (DETERMINERS.has(a.w)) return true;
  const b = toks[k - 2];
  return k - 2 >= from && b.word && DETERMINERS.has(b.w) && !a.cap && !isPersonNoun(a.w) && !namesPeople(a.w) && !SPEAKING_BODIES.has(a.w);
}

/** The cue at `at` is a verb's past participle after its helpers (`had been told`, `was asked`): see `isPassive`. */
function isPassiveCue(toks: readonly Token[], from: number, at: number): boolean {
  if (toks[at].w.endsWith('ing')) return false;
  let p = at;
  while (p > from && toks[p - 1].word && (AUXILIARIES.has(toks[p - 1].w) || BE_FORMS.has(toks[p - 1].w) || (toks[p - 1].w.length > 4 && toks[p - 1].w.endsWith('ly')))) p--;
  return isPassive(toks, p, at);
}

const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/** `was told`, `were asked`: a form of `be` among the helpers before the verb, so its subject heard the words. */
function isPassive(toks: readonly Token[], from: number, verb: number): boolean {
  for (let k = from; k < verb; k++) if (toks[k].word && BE_FORMS.has(toks[k].w)) return true;
  return false;
}

function isLowerCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
}

/** Forms of address written with a full stop before a name (`Mr. Halvorsen`). */
const ADDRESS_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'col', 'prof']);

/** `word` is written somewhere in `text[from, to)`: a search that stops at `to`, not at the end of the text. */
function containsBetween(text: string, word: string, from: number, to: number): boolean {
  const c0 = word.charCodeAt(0);
  const last = to - word.length;
  for (let k = from; k <= last; k++) if (text.charCodeAt(k) === c0 && text.startsWith(word, k)) return true;
  return false;
}

/** People of some kind with no determiner: a plural of people (`officials`, `Families`) or a group (`staff`). */
function namesPeople(w: string): boolean {
  return (w.endsWith('s') && (isPersonNoun(w) || ANONYMOUS_ROLES.has(w))) || GROUP_PEOPLE.has(w);
}
