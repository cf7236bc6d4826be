/** One line of the evaluation table. */
export interface EvalRow {
  /** Which material: `wh-briefings`, `gum`, `litbank-quotes`, `seeds`. */
  readonly corpus: string;
  /** What is measured: `speaker labels`, `person mentions (lenient)`, `attribution`. */
  readonly metric: string;
  readonly precision?: number;
  readonly recall?: number;
  readonly f1?: number;
  readonly accuracy?: number;
  /** Number of gold items. */
  readonly n: number;
}

/** Where the corpus lies, relative to the project's root. */
export const CORPUS = process.env.TRANSCRIPT_LENS_CORPUS ?? '../shared/corpus';
export const SEEDS = process.env.TRANSCRIPT_LENS_SEEDS ?? '../shared/seeds';
