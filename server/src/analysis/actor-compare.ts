/** Comparing the actors of two analyses of a text (before and after an edit). */
import type { Actor } from './model';

/** The same strings in the same order. */
export function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The same kind, name, other forms and roles: all of an actor that descriptions and genders read besides its mentions. */
export function sameActorForms(x: Actor, y: Actor): boolean {
  return x.kind === y.kind && x.name === y.name && sameStrings(x.aliases, y.aliases) && sameStrings(x.roles, y.roles);
}
