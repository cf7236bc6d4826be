import type { ActorKind, AttributionVia, QuoteKind, Severity, TranscriptModel } from '../analysis/model';

export const SCHEMA = 'transcript-lens/annotations@1';

/** The public JSON of one analysed transcript (see docs/annotations-json.md). */
export interface Annotations {
  schema: typeof SCHEMA;
  file: string;
  length: number;
  speakers: { start: number; end: number; label: string; actor: string | null; role: string | null; time: string | null }[];
  turns: { start: number; end: number; speaker: string | null }[];
  quotes: {
    start: number;
    end: number;
    text: string;
    speaker: string | null;
    /** Who spoke when no actor is named: `a small boy`, `I (the narrator)` (null otherwise). */
    described: string | null;
    cue: string | null;
    via: AttributionVia | null;
    kind: QuoteKind;
  }[];
  actors: {
    id: string;
    name: string;
    kind: ActorKind;
    aliases: string[];
    roles: string[];
    mentions: { start: number; end: number }[];
  }[];
  diagnostics: { start: number; end: number; severity: Severity; code: string; message: string }[];
}

/** The model as the annotation JSON. */
export function toAnnotations(model: TranscriptModel, file: string): Annotations {
  return {
    schema: SCHEMA,
    file,
    length: model.text.length,
    speakers: model.speakers.map((s, i) => ({
      start: s.start,
      end: s.end,
      label: s.label,
      actor: model.turns[i]?.speaker ?? null,
      role: s.role,
      time: s.time,
    })),
    turns: model.turns.map((t) => ({ start: t.start, end: t.end, speaker: t.speaker })),
    quotes: model.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker,
      described: q.described,
      cue: q.cue,
      via: q.via,
      kind: q.kind,
    })),
    actors: model.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: [...a.aliases],
      roles: [...a.roles],
      mentions: a.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
    diagnostics: model.diagnostics.map((d) => ({
      start: d.start,
      end: d.end,
      severity: d.severity,
      code: d.code,
      message: d.message,
    })),
  };
}
