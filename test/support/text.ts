/** Joins lines with `\n` (or the given line break), so tests read like the transcript they check. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** The same lines joined with a chosen line break. */
export function joinLinesWith(eol: '\n' | '\r\n' | '\r', ...lines: string[]): string {
  return lines.join(eol);
}
