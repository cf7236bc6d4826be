import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { getHover } from '../../server/src/features/hover';
import { getOutline } from '../../server/src/features/symbols';

// The five documents the product was conceived from, read in place (never copied).
const SEEDS = process.env.TRANSCRIPT_LENS_SEEDS ?? join('..', 'shared', 'seeds');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
const seed = (prefix: string) => {
  const f = seedFiles.find((n) => n.startsWith(prefix));
  return f ? readFileSync(join(SEEDS, f), 'utf8') : null;
};

test('seed 000: the outline shows the five speaker turns, each with its quote', (t) => {
  const text = seed('000');
  if (!text) return t.skip('seeds not found');
  const outline = getOutline(analyze(text));
  const turns = outline.filter((n) => n.kind === 'turn');
  assert.deepEqual(
    turns.map((n) => n.name),
    ['Angela Merkel', 'Donald Trump', 'Sergey Lavrov', 'Stefan Meister', 'Guy Henderson'],
  );
  for (const turn of turns) {
    assert.equal(turn.children.length, 1, turn.name);
    assert.equal(turn.children[0].detail, turn.name);
  }
  assert.equal(turns[0].detail, 'German Chancellor');
  assert.equal(turns[3].detail, 'German Council on Foreign Relations');
});

test('seed 000: hovering "Merkel" in "Chancellor Merkel is hardly" shows Angela Merkel, her role and her quote', (t) => {
  const text = seed('000');
  if (!text) return t.skip('seeds not found');
  const at = text.indexOf('Chancellor Merkel is hardly') + 'Chancellor '.length + 2;
  const hover = getHover(analyze(text), at);
  assert.ok(hover);
  assert.match(hover.markdown, /\*\*Angela Merkel\*\*/);
  assert.match(hover.markdown, /German Chancellor/);
  assert.match(hover.markdown, /It's a work meeting/);
});

test('seed 000: "Sergey Lavrov" in the prose is the same actor as the SERGEY LAVROV label', (t) => {
  const text = seed('000');
  if (!text) return t.skip('seeds not found');
  const model = analyze(text);
  const prose = text.indexOf('Sergey Lavrov was in Turkey');
  const label = text.indexOf('SERGEY LAVROV RUSSIAN');
  const at = (o: number) => model.mentions.find((m) => m.start <= o && o < m.end)?.actor;
  assert.ok(at(prose));
  assert.equal(at(prose), at(label));
  assert.equal(model.turns[2].speaker, at(prose));
});

test('annotate --jsonl on the seeds: one valid object per file; every offset slices the text it claims', (t) => {
  if (seedFiles.length === 0) return t.skip('seeds not found');
  const files = seedFiles.map((f) => join(SEEDS, f));
  const r = spawnSync(process.execPath, [join('dist', 'cli.js'), 'annotate', '--jsonl', ...files], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, files.length);
  lines.forEach((line, i) => {
    const json = JSON.parse(line);
    const text = readFileSync(files[i], 'utf8');
    assert.equal(json.file, files[i]);
    assert.equal(json.length, text.length);
    for (const s of json.speakers) assert.equal(text.slice(s.start, s.end), s.label);
    for (const q of json.quotes) {
      const slice = text.slice(q.start, q.end);
      assert.ok(slice.length >= q.text.length + 1, 'marks included');
      // A multi-paragraph quote's text joins its paragraphs; single-paragraph text is a substring.
      if (!/\n/.test(slice)) assert.ok(slice.includes(q.text), `${JSON.stringify(q.text)} in ${JSON.stringify(slice)}`);
    }
    for (const a of json.actors) {
      const forms = new Set([a.name, ...a.aliases].map((x: string) => x.toLowerCase()));
      for (const m of a.mentions) {
        const slice = text.slice(m.start, m.end).toLowerCase();
        assert.ok(m.end > m.start && m.end <= text.length);
        assert.ok(forms.has(slice) || [...forms].some((f) => f.includes(slice) || slice.includes(f)), `${slice} is a form of ${a.name}`);
      }
    }
    for (const d of json.diagnostics) assert.ok(d.start <= d.end && d.end <= text.length);
  });
});
