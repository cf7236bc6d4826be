/**
 * The read-only model of one transcript. Every feature (hover, outline, tokens, the
 * command line) is a function from this model to an answer.
 *
 * All offsets are UTF-16 code units (JavaScript string indices); `start` inclusive,
 * `end` exclusive. Nothing here knows about VS Code or the language server protocol.
 */

/** A half-open range of the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type ActorKind = 'person' | 'organization' | 'place';

/**
 * A speaker label as written at the start of a line.
 *
 * ```
 * ANGELA MERKEL GERMAN CHANCELLOR "It's a work meeting..."
 * [00:01:20] Chris Wallace, FOX NEWS: Good evening.
 * ```
 */
export interface SpeakerLabel extends Span {
  /** Name and role as written, without ':' or timecode (`ANGELA MERKEL GERMAN CHANCELLOR`). */
  readonly label: string;
  /** The name part as written (`ANGELA MERKEL`, `MS. HALVORSEN`, `Q`, `SPEAKER_00`). */
  readonly name: string;
  readonly nameSpan: Span;
  /** The role or affiliation, title-cased when written in capitals (`German Chancellor`); null when none. */
  readonly role: string | null;
  readonly roleSpan: Span | null;
  /** Timecode as written without brackets (`00:01:20`); null when the label has none. */
  readonly time: string | null;
  readonly timeSpan: Span | null;
  /** Which layout of formats.md the label follows. */
  readonly layout: SpeakerLayout;
  /** Offset where the speech after the label begins on the same line (after ':' and spaces). */
  readonly bodyStart: number;
  /** True for labels that name no one (`Q`, `UNIDENTIFIED MALE`, `>>` without a name, `Speaker 1`). */
  readonly anonymous: boolean;
}

export type SpeakerLayout =
  | 'caps-role' // ANGELA MERKEL GERMAN CHANCELLOR "..."
  | 'caps-colon' // WOLF BLITZER, CNN ANCHOR: / BLITZER: / MS. HALVORSEN: / THE PRESIDENT:
  | 'question' // Q  (press briefing) / Q: / A:
  | 'hearing' // Mr. FENWICK. / Chairman WHITFIELD.
  | 'caption' // >> eric: / >>
  | 'mixed-colon' // Chris Wallace: / Daily Courier:
  | 'diarisation' // Speaker 1: / SPEAKER_00: / [SPEAKER_01]: / (speaker 0)
  | 'webvtt' // <v Chris Wallace>
  | 'shot-list' // SOUNDBITE 2 (Spanish): MARIA LOPEZ, deputy mayor
  | 'unidentified'; // UNIDENTIFIED MALE: / UNKNOWN: / CROWD:

/** The speech from one label up to the next label (or the end of the text). */
export interface Turn extends Span {
  /** Index into `TranscriptModel.speakers`. */
  readonly label: number;
  /** Actor id of the speaker; null for anonymous labels. */
  readonly speaker: string | null;
}

export type QuoteKind = 'direct' | 'scare';

/** How a quote was attributed. */
export type AttributionVia =
  | 'speaker-line' // the quote follows a speaker label on its line, or fills the turn
  | 'cue' // a cue verb names the speaker: "...," said Sergey Lavrov
  | 'colon' // Lavrov said: "..." / Name: "..."
  | 'description' // "...," the Russian foreign minister said -> the actor with that role
  | 'pronoun' // "...," he said -> the last fitting actor
  | 'carry-over' // next quote in the same paragraph or the continuation of a split quote
  | 'turn'; // the quote lies inside a speaker's turn

/**
 * A quotation, marks included.
 *
 * ```
 * “We need concrete evidence,” said Sergey Lavrov, Russia’s Foreign Minister.
 * ```
 */
export interface Quote extends Span {
  readonly kind: QuoteKind;
  /** The words inside the marks (for a multi-paragraph quote, all its paragraphs). */
  readonly text: string;
  /** The inner span (without the outer marks). */
  readonly inner: Span;
  /** Nesting depth: 0 for a top-level quote, 1 for a quote inside a quote. */
  readonly depth: number;
  /** Actor id of the speaker; null when no one can be named. */
  readonly speaker: string | null;
  /** The attribution words as written (`said`, `told reporters`), null when none. */
  readonly cue: string | null;
  readonly cueSpan: Span | null;
  readonly via: AttributionVia | null;
  /** Span of the words that name the speaker (a name, description or pronoun), when any. */
  readonly speakerSpan: Span | null;
  /**
   * Who spoke when the text does not name them: the words that describe the speaker (`a small
   * boy`, `the official`), or `I (the narrator)`. Null when `speaker` names an actor or no one
   * can be told.
   */
  readonly described: string | null;
}

/** How one mention came to belong to its actor. */
export type MentionForm =
  | 'full' // Vladimir Putin
  | 'surname' // Putin, Mr Putin, Putin's
  | 'label' // VLADIMIR PUTIN: (speaker label)
  | 'variant' // Sergei Lavrov for Sergey Lavrov
  | 'alias' // a form pinned in .transcript-lens/actors.json
  | 'name'; // an organisation or place name

/** One place the text names an actor. */
export interface Mention extends Span {
  readonly actor: string;
  readonly form: MentionForm;
}

/** A role or title written next to a name (`Russian President`, `Russia’s Foreign Minister`). */
export interface RoleMention extends Span {
  readonly actor: string;
  readonly role: string;
}

/**
 * A named actor: a person, an organisation or a place, with every form the text uses.
 *
 * ```
 * Russian President Vladimir Putin heads to Berlin.   -> vladimir-putin (person), berlin (place)
 * ```
 */
export interface Actor {
  /** Stable readable slug of the canonical name (`vladimir-putin`). */
  readonly id: string;
  /** Canonical name (`Vladimir Putin`). */
  readonly name: string;
  readonly kind: ActorKind;
  /** Every other form seen in the text (`Putin`, `VLADIMIR PUTIN`, `Sergei Lavrov`). */
  readonly aliases: readonly string[];
  /** Roles seen for the actor, in order of first appearance (`Russian President`). */
  readonly roles: readonly string[];
  /** Every mention, labels included, in text order. */
  readonly mentions: readonly Mention[];
  /** Why forms were merged (`same surname in this file`, `alias from actors.json`). */
  readonly evidence: readonly string[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Diagnostic extends Span {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

/**
 * The whole analysis of one text. Arrays are sorted by `start`.
 *
 * A model is read whole until the next analysis of the same document: after an edit, the
 * incremental analyser moves in place the speaker labels, turns, timecodes, mentions and role
 * mentions the edit only moved (the new model holds the very objects), so an older model may
 * show some at their new offsets.
 */
export interface TranscriptModel {
  readonly text: string;
  readonly speakers: readonly SpeakerLabel[];
  /** One turn per speaker label, in the same order: `turns[i].label === i`. */
  readonly turns: readonly Turn[];
  readonly quotes: readonly Quote[];
  readonly actors: readonly Actor[];
  /** All mentions of all actors, sorted by start. */
  readonly mentions: readonly Mention[];
  /** Roles written next to names (prose and labels). */
  readonly roles: readonly RoleMention[];
  /** Timecodes (`02:47`, `[00:12:03]`, `(01:20)`), labels' and free-standing. */
  readonly timecodes: readonly Span[];
  readonly diagnostics: readonly Diagnostic[];
  /** True when the text was too large for the full analysis and only cheap steps ran. */
  readonly reduced: boolean;
}

/** A pinned actor from `.transcript-lens/actors.json`. */
export interface PinnedActor {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly kind?: ActorKind;
  readonly role?: string;
}

export interface AnalyzeOptions {
  /** Actors pinned by the user's workspace alias file. */
  readonly pinned?: readonly PinnedActor[];
}
