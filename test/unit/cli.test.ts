import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { getHover } from '../../server/src/features/hover';

const CLI = join('dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'tl-cli-'));

function write(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

const broadcast = [
  'NINA BERG BERLIN "We are waiting for the talks to begin."',
  'The minister said: “We expect results.”',
  '',
].join('\r\n');

test('annotate --json prints one object whose offsets slice the text they claim', () => {
  const file = write('one.transcript', broadcast);
  const r = run('annotate', '--json', file);
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.equal(json.schema, 'transcript-lens/annotations@1');
  assert.equal(json.length, broadcast.length);
  for (const q of json.quotes) {
    const slice = broadcast.slice(q.start, q.end);
    assert.ok(slice.includes(q.text), `quote ${JSON.stringify(q.text)} inside ${JSON.stringify(slice)}`);
  }
  for (const s of json.speakers) assert.equal(broadcast.slice(s.start, s.end), s.label);
  for (const a of json.actors) for (const m of a.mentions) assert.ok(m.end > m.start && m.end <= broadcast.length);
});

test('a leading BOM is not counted', () => {
  const file = write('bom.transcript', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(broadcast)]));
  const json = JSON.parse(run('annotate', '--json', file).stdout);
  assert.equal(json.length, broadcast.length);
});

test('--jsonl prints one valid object per file, in order', () => {
  const a = write('a.transcript', 'Q:  Is it true?\nA:  "Yes," she said.\n');
  const b = write('b.transcript', '');
  const r = run('annotate', '--jsonl', a, b);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.equal(JSON.parse(lines[0]).file, a);
  assert.equal(JSON.parse(lines[1]).length, 0);
});

test('an unreadable or binary file gets a clear message and exit 1; the others are still annotated', () => {
  const good = write('good.transcript', 'MS. LANE:  Good afternoon.\n');
  const binary = write('blob.bin', Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x81, 0x00, 0xc3]));
  const r = run('annotate', '--jsonl', join(dir, 'missing.txt'), binary, good);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot read .*missing\.txt: no such file/);
  assert.match(r.stderr, /cannot read .*blob\.bin: .*(binary|UTF-8)/);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.equal(JSON.parse(lines[0]).file, good);
});

test('usage errors exit 2 with the usage text', () => {
  const r = run('frobnicate');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Usage: transcript-lens annotate/);
});

test('--actors pins a canonical name; a broken actors file is a usage error', () => {
  const file = write('pin.transcript', 'MS. LANE:  Good afternoon.\n\n“We are ready,” Lane said.\n');
  const actors = write('actors.json', JSON.stringify({ actors: [{ name: 'Joanna Lane', aliases: ['LANE', 'Lane', 'MS. LANE'], role: 'Press Secretary' }] }));
  const r = run('annotate', '--json', '--actors', actors, file);
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.equal(json.quotes[0].speaker, 'joanna-lane');
  assert.ok(json.actors.some((a: { name: string }) => a.name === 'Joanna Lane'));
  const broken = write('broken.json', '{ "actors": ');
  const b = run('annotate', '--json', '--actors', broken, file);
  assert.equal(b.status, 2);
  assert.match(b.stderr, /cannot use .*broken\.json/);
});

test('a quote whose speaker the text describes but does not name carries the description, in the JSON and the hover', () => {
  const text = 'Ivo Dorn spoke first.\n\n“It was chaos,” one resident told reporters. “Nobody knew where to go.”\n';
  const r = run('annotate', '--json', write('described.txt', text));
  assert.equal(r.status, 0, r.stderr);
  const quotes = JSON.parse(r.stdout).quotes as { speaker: string | null; described: string | null; via: string | null }[];
  assert.deepEqual(
    quotes.map((q) => [q.speaker, q.described, q.via]),
    [
      [null, 'one resident', 'description'],
      [null, 'one resident', 'carry-over'],
    ],
  );
  const model = analyze(text);
  const hover = getHover(model, model.quotes[1].start + 2);
  assert.match(hover?.markdown ?? '', /Quote by \*\*one resident\*\* \(not named in the text\)/);
});
