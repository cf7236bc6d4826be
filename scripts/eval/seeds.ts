import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import type { ActorKind, TranscriptModel } from '../../server/src/analysis/model';
import { accuracy } from './score';
import { SEEDS, type EvalRow } from './report';

/**
 * Hand-written gold for the five seed documents: what a careful reader says about each
 * label, quote and name. Quotes are named by the first words inside their marks; speaker
 * null means the text names no one (an anonymous official); 'scare' means a scare quote.
 */
interface SeedGold {
  readonly labels?: readonly { name: string; role: string | null }[];
  readonly quotes?: readonly { opens: string; speaker: string | null | 'scare' }[];
  readonly actors?: readonly { name: string; kind: ActorKind }[];
}

const GOLD: Record<string, SeedGold> = {
  '000': {
    labels: [
      { name: 'ANGELA MERKEL', role: 'German Chancellor' },
      { name: 'DONALD TRUMP', role: 'US President' },
      { name: 'SERGEY LAVROV', role: 'Russian Foreign Minister' },
      { name: 'STEFAN MEISTER', role: 'German Council on Foreign Relations' },
      { name: 'GUY HENDERSON', role: 'Berlin' },
    ],
    quotes: [
      { opens: "It's a work meeting", speaker: 'Angela Merkel' },
      { opens: 'Our relationship has never', speaker: 'Donald Trump' },
      { opens: 'The Syrian army has every right', speaker: 'Sergey Lavrov' },
      { opens: 'Putin needs recognition', speaker: 'Stefan Meister' },
      { opens: 'That might help soothe', speaker: 'Guy Henderson' },
    ],
    actors: [
      { name: 'Vladimir Putin', kind: 'person' },
      { name: 'Angela Merkel', kind: 'person' },
      { name: 'Sergey Lavrov', kind: 'person' },
      { name: 'Guy Henderson', kind: 'person' },
      { name: 'Donald Trump', kind: 'person' },
      { name: 'Stefan Meister', kind: 'person' },
      { name: 'CGTN', kind: 'organization' },
      { name: 'Berlin', kind: 'place' },
      { name: 'Syria', kind: 'place' },
      { name: 'Ukraine', kind: 'place' },
      { name: 'Germany', kind: 'place' },
      { name: 'Turkey', kind: 'place' },
      { name: 'Moscow', kind: 'place' },
      { name: 'Washington', kind: 'place' },
    ],
  },
  '001': {
    quotes: [
      { opens: 'unbiased', speaker: 'scare' },
      { opens: 'We need concrete evidence', speaker: 'Sergey Lavrov' },
      { opens: 'What we do know', speaker: 'Rex Tillerson' },
      { opens: 'provocations', speaker: 'scare' },
      { opens: 'low point', speaker: 'scare' },
    ],
    actors: [
      { name: 'Rex Tillerson', kind: 'person' },
      { name: 'Sergey Lavrov', kind: 'person' },
      { name: 'Vladimir Putin', kind: 'person' },
      { name: 'Bashar al-Assad', kind: 'person' },
      { name: 'Julia Lyubova', kind: 'person' },
      { name: 'Ivan Eland', kind: 'person' },
      { name: 'Mike Walter', kind: 'person' },
      { name: 'Kremlin', kind: 'organization' },
      { name: 'CGTN', kind: 'organization' },
      { name: 'Independent Institute', kind: 'organization' },
      { name: 'Moscow', kind: 'place' },
      { name: 'Syria', kind: 'place' },
      { name: 'Khan Sheikhoun', kind: 'place' },
      { name: 'Damascus', kind: 'place' },
    ],
  },
  '002': {
    quotes: [
      { opens: 'candid, blunt and businesslike', speaker: 'Barack Obama' },
      { opens: 'We had some productive talks', speaker: 'Barack Obama' },
      { opens: 'Yet, given the gap of trust', speaker: 'Barack Obama' },
      { opens: 'We’ll see in coming days', speaker: null },
    ],
    actors: [
      { name: 'Barack Obama', kind: 'person' },
      { name: 'Vladimir Putin', kind: 'person' },
      { name: 'John Kerry', kind: 'person' },
      { name: 'Sergei Lavrov', kind: 'person' },
      { name: 'Bashar al-Assad', kind: 'person' },
      { name: 'Reuters', kind: 'organization' },
      { name: 'White House', kind: 'organization' },
      { name: 'State Department', kind: 'organization' },
      { name: 'Syria', kind: 'place' },
      { name: 'China', kind: 'place' },
      { name: 'Washington', kind: 'place' },
      { name: 'Russia', kind: 'place' },
    ],
  },
  '003': {
    quotes: [
      { opens: 'Many of the groups considered acceptable', speaker: 'Sergey Ryabkov' },
      { opens: 'We’re not there yet', speaker: 'Barack Obama' },
      { opens: 'It’s premature for us', speaker: 'Barack Obama' },
    ],
    actors: [
      { name: 'Barack Obama', kind: 'person' },
      { name: 'Sergey Ryabkov', kind: 'person' },
      { name: 'Sergey Lavrov', kind: 'person' },
      { name: 'John Kerry', kind: 'person' },
      { name: 'Ned Price', kind: 'person' },
      { name: 'Bashar Assad', kind: 'person' },
      { name: 'Nusra Front', kind: 'organization' },
      { name: 'Islamic State', kind: 'organization' },
      { name: 'State Department', kind: 'organization' },
      { name: 'Hangzhou', kind: 'place' },
      { name: 'Geneva', kind: 'place' },
      { name: 'Switzerland', kind: 'place' },
      { name: 'Syria', kind: 'place' },
    ],
  },
  '004': {
    quotes: [
      { opens: 'The world benefits when powerful nations', speaker: 'John Kerry' },
      { opens: 'Of course, we wanted to continue', speaker: 'John Kerry' },
    ],
    actors: [
      { name: 'John Kerry', kind: 'person' },
      { name: 'Sergei Lavrov', kind: 'person' },
      { name: 'Vladimir Putin', kind: 'person' },
      { name: 'Bashar al-Assad', kind: 'person' },
      { name: 'Kremlin', kind: 'organization' },
      { name: 'United Nations', kind: 'organization' },
      { name: 'Moscow', kind: 'place' },
      { name: 'Sochi', kind: 'place' },
      { name: 'Ukraine', kind: 'place' },
      { name: 'Syria', kind: 'place' },
    ],
  },
};

/** The actor a name denotes: same canonical name or a listed alias, ignoring case and a leading `the`. */
function findActor(model: TranscriptModel, name: string) {
  const norm = (s: string) => s.toLowerCase().replace(/^the /, '');
  const want = norm(name);
  return model.actors.find((a) => norm(a.name) === want || a.aliases.some((x) => norm(x) === want));
}

export function evalSeeds(): EvalRow[] {
  let files: string[];
  try {
    files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  } catch {
    return [];
  }
  const tally = { labels: [0, 0], quotes: [0, 0], attribution: [0, 0], actors: [0, 0] };
  const verbose = process.env.TRANSCRIPT_LENS_EVAL_VERBOSE === 'seeds';
  for (const f of files.sort()) {
    const gold = GOLD[f.slice(0, 3)];
    if (!gold) continue;
    const model = analyze(readFileSync(join(SEEDS, f), 'utf8'));
    const miss = (what: string) => verbose && console.error(`seeds ${f.slice(0, 3)}: ${what}`);
    for (const [i, g] of (gold.labels ?? []).entries()) {
      const s = model.speakers[i];
      const ok = !!s && s.name === g.name && s.role === g.role;
      tally.labels[0] += ok ? 1 : 0;
      tally.labels[1]++;
      if (!ok) miss(`label ${g.name} / ${g.role}: got ${s?.name} / ${s?.role}`);
    }
    for (const g of gold.quotes ?? []) {
      const q = model.quotes.find((q) => q.text.trimStart().startsWith(g.opens));
      tally.quotes[0] += q ? 1 : 0;
      tally.quotes[1]++;
      if (!q) {
        miss(`quote not found: ${g.opens}`);
        tally.attribution[1]++;
        continue;
      }
      let ok: boolean;
      if (g.speaker === 'scare') ok = q.kind === 'scare';
      else if (g.speaker === null) ok = q.kind === 'direct' && q.speaker === null;
      else ok = q.kind === 'direct' && q.speaker !== null && q.speaker === findActor(model, g.speaker)?.id;
      tally.attribution[0] += ok ? 1 : 0;
      tally.attribution[1]++;
      if (!ok) miss(`quote ${g.opens}: want ${g.speaker}, got ${q.kind} ${q.speaker} via ${q.via}`);
    }
    for (const g of gold.actors ?? []) {
      const a = findActor(model, g.name);
      const ok = !!a && a.kind === g.kind;
      tally.actors[0] += ok ? 1 : 0;
      tally.actors[1]++;
      if (!ok) miss(`actor ${g.name} (${g.kind}): got ${a ? a.kind : 'none'}`);
    }
  }
  const row = (metric: string, [right, n]: number[]): EvalRow => ({ corpus: 'seeds', metric, accuracy: accuracy(right, n), n });
  return [
    row('speaker labels (name and role)', tally.labels),
    row('quotes found', tally.quotes),
    row('quote attribution and kind', tally.attribution),
    row('actors named with the right kind', tally.actors),
  ];
}
