/**
 * Noun-phrase extents of organisation and place mentions for the exact GUM score, applied
 * after `predictedEntities` has widened each mention by a `the` and a possessive. GUM marks
 * the whole noun phrase a name heads; these rules read only the text and our mentions:
 * - a place, a comma and the larger place it lies in are one phrase (`Cambridge,
 *   Massachusetts`, `Sochi, Russia`); the larger place is no mention of its own there.
 */
import type { Predicted } from './entities';
import { COUNTRIES, REGIONS } from '../../server/src/analysis/lexicon-places';

/** Widens the organisation and place spans of `list` (our wide spans, in text order); person spans stay as they are. */
export function widenPlacesAndOrganisations(text: string, list: readonly Predicted[]): Predicted[] {
  return joinPlaceWithLargerPlace(text, list);
}

/** A country, a US state or a region that a smaller place is said to lie in. */
function isLargerPlace(name: string): boolean {
  const key = name.toLowerCase();
  return COUNTRIES.has(key) || REGIONS.has(key);
}

/**
 * `Eureka Springs, Arkansas`, `Trento, Italy`: a place that is no country or region itself,
 * then `, ` and a country or region of ours, make one place. A list of countries or regions
 * (`France, Italy`) stays apart.
 */
function joinPlaceWithLargerPlace(text: string, list: readonly Predicted[]): Predicted[] {
  const out: Predicted[] = [];
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (p.kind === 'place') {
      const j = list.findIndex((q) => q.kind === 'place' && q.start === p.end + 2);
      if (j > i && text.charCodeAt(p.end) === 44 && text.charCodeAt(p.end + 1) === 32) {
        const q = list[j];
        if (isLargerPlace(text.slice(q.start, q.end)) && !isLargerPlace(bare(text.slice(p.start, p.end)))) {
          out.push({ ...p, end: q.end });
          list = list.filter((_, k) => k !== j);
          continue;
        }
      }
    }
    out.push(p);
  }
  return out;
}

/** A name without a leading `the` (`the Netherlands`). */
function bare(name: string): string {
  return name.startsWith('the ') || name.startsWith('The ') ? name.slice(4) : name;
}
