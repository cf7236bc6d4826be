/** A lexicon written as words separated by `|` or line breaks, as a set of its entries. */
export function wordList(text: string): ReadonlySet<string> {
  return new Set(
    text
      .split(/[\n|]/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );
}
