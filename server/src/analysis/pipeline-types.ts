import type { Actor, ActorKind, Mention, QuoteKind, RoleMention, Span } from './model';

/** A quotation found by mark pairing, before attribution. */
export interface RawQuote extends Span {
  readonly inner: Span;
  readonly depth: number;
  readonly kind: QuoteKind;
  /** The words inside the marks. */
  readonly text: string;
}

/**
 * A capitalised name found in prose or a label, before actors are merged.
 * `Russian President Vladimir Putin` -> text `Vladimir Putin`, role `Russian President`.
 */
export interface NameCandidate extends Span {
  readonly text: string;
  /**
   * Best guess of the kind from the name itself and its line; null when only other lines
   * could confirm it is a name (a word opening a sentence, a headline word): such a
   * candidate is kept only if it matches an actor named elsewhere.
   */
  readonly kind: ActorKind | null;
  /** The role written next to the name; with a null `roleSpan`, a form of address (`Mrs.`). */
  readonly role: string | null;
  readonly roleSpan: Span | null;
  /** Index of the speaker label this name comes from, or -1 for prose. */
  readonly label: number;
}

/** Actors of a text and how each name and label maps to them. */
export interface ActorResolution {
  readonly actors: Actor[];
  readonly mentions: Mention[];
  readonly roles: RoleMention[];
  /** Actor id for each speaker label (null for anonymous labels), by label index. */
  readonly labelActors: (string | null)[];
}
