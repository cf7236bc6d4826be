import type { ActorKind, PinnedActor } from './analysis/model';

const KINDS: readonly ActorKind[] = ['person', 'organization', 'place'];

/** Keeps the well-formed entries of `actors.json`'s `actors` array; anything else is dropped. */
export function parsePinnedActors(raw: unknown): PinnedActor[] {
  if (!Array.isArray(raw)) return [];
  const out: PinnedActor[] = [];
  for (const e of raw) {
    if (!e || typeof e !== 'object') continue;
    const o = e as Record<string, unknown>;
    if (typeof o.name !== 'string' || !o.name.trim()) continue;
    out.push({
      name: o.name.trim(),
      aliases: Array.isArray(o.aliases) ? o.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [],
      kind: KINDS.includes(o.kind as ActorKind) ? (o.kind as ActorKind) : undefined,
      role: typeof o.role === 'string' && o.role.trim() ? o.role.trim() : undefined,
    });
  }
  return out;
}
