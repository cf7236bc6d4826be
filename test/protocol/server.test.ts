import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { DocumentSymbol, MarkupContent } from 'vscode-languageserver-protocol';
import { decodeTokens, LspClient } from '../support/lsp';

// The real server, spawned over stdio, asked what an editor asks.
const URI = 'file:///work/broadcast.transcript';
const TEXT = [
  '01:12',
  'Italian Prime Minister Giorgia Conti arrived in Vienna on Monday. Conti is expected to sign the accord.',
  'GIORGIA CONTI ITALIAN PRIME MINISTER "We have waited long enough for this agreement."',
  'PAUL WEBER AUSTRIAN INSTITUTE FOR PEACE RESEARCH "It is a modest step, but a real one."',
  'Later, “nothing is settled yet,” Weber told reporters 😀 in the hall.',
  '',
].join('\r\n');

let lsp: LspClient;
before(async () => {
  lsp = await LspClient.start();
  lsp.open(URI, TEXT);
});
after(async () => {
  await lsp?.stop();
});

function offsetOf(needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} in the text`);
  return at;
}

test('declares hover, outline and semantic tokens with deltas and ranges', () => {
  const caps = lsp.capabilities;
  assert.ok(caps.hoverProvider);
  assert.ok(caps.documentSymbolProvider);
  const st = caps.semanticTokensProvider!;
  assert.deepEqual(st.legend.tokenTypes, ['speaker', 'quote', 'person', 'organization', 'place', 'role', 'timecode', 'cue']);
  assert.deepEqual(st.full, { delta: true });
  assert.equal(st.range, true);
});

test('hover on a surname shows the actor card with role and quote', async () => {
  const hover = await lsp.hover(URI, offsetOf('Conti is expected') + 2);
  assert.ok(hover, 'a hover');
  const md = (hover.contents as MarkupContent).value;
  assert.match(md, /\*\*Giorgia Conti\*\*/);
  assert.match(md, /person/);
  assert.match(md, /Prime Minister/i);
  assert.match(md, /We have waited long enough/);
});

test('hover on a quote says who said it and how', async () => {
  const hover = await lsp.hover(URI, offsetOf('nothing is settled') + 3);
  const md = (hover!.contents as MarkupContent).value;
  assert.match(md, /Paul Weber/);
  assert.match(md, /told reporters/);
});

test('on a name, every form of that person’s name is highlighted; not in plain prose', async () => {
  const marks = (await lsp.documentHighlight(URI, offsetOf('Conti is expected') + 2)) ?? [];
  const written = marks.map((h) => lsp.text(URI).slice(lsp.offsetAt(URI, h.range.start), lsp.offsetAt(URI, h.range.end)));
  assert.deepEqual(written, ['Giorgia Conti', 'Conti', 'GIORGIA CONTI']);
  assert.deepEqual(await lsp.documentHighlight(URI, offsetOf('arrived in') + 2), []);
});

test('Find All References on a name lists where the person is named and every quote they said', async () => {
  const refs = (await lsp.references(URI, offsetOf('Weber told') + 1)) ?? [];
  const written = refs.map((r) => lsp.text(URI).slice(lsp.offsetAt(URI, r.range.start), lsp.offsetAt(URI, r.range.end)));
  assert.deepEqual(written, ['PAUL WEBER', '"It is a modest step, but a real one."', '“nothing is settled yet,”', 'Weber']);
  // From inside a quote: its speaker's.
  const fromQuote = (await lsp.references(URI, offsetOf('nothing is settled') + 3)) ?? [];
  assert.equal(fromQuote.length, refs.length);
});

test('Go to Definition on a surname or a label goes to where the person is introduced by full name', async () => {
  for (const from of ['Conti is expected', 'GIORGIA CONTI']) {
    const def = await lsp.definition(URI, offsetOf(from) + 2);
    assert.ok(def, `a definition from ${from}`);
    assert.equal(lsp.offsetAt(URI, def.range.start), offsetOf('Giorgia Conti arrived'), from);
  }
  assert.equal(await lsp.definition(URI, offsetOf('arrived in') + 2), null);
});

test('the outline lists speaker turns with their quotes, and quotes outside turns', async () => {
  const symbols = (await lsp.documentSymbol(URI)) as DocumentSymbol[];
  const names = symbols.map((s) => s.name);
  assert.deepEqual(names.slice(0, 2), ['Giorgia Conti', 'Paul Weber']);
  assert.equal(symbols[0].detail, 'Italian Prime Minister');
  assert.equal(symbols[0].children?.length, 1);
  assert.match(symbols[0].children![0].name, /We have waited/);
  assert.equal(symbols[0].children![0].detail, 'Giorgia Conti');
  assert.equal(symbols[0].range.start.line, 2);
});

test('semantic tokens are per line, in UTF-16 columns, and typed', async () => {
  const full = await lsp.semanticTokensFull(URI);
  const tokens = decodeTokens(full!.data);
  const legend = lsp.capabilities.semanticTokensProvider!.legend.tokenTypes;
  const lines = TEXT.split('\r\n');
  const seen = tokens.map((t) => `${legend[t.type]}:${lines[t.line].slice(t.character, t.character + t.length)}`);
  assert.ok(seen.includes('speaker:GIORGIA CONTI'), seen.join(' | '));
  assert.ok(seen.includes('timecode:01:12'));
  assert.ok(seen.includes('person:Giorgia Conti'));
  assert.ok(seen.includes('place:Vienna'));
  assert.ok(seen.includes('cue:told reporters'));
  // After the emoji (two UTF-16 units) columns still slice the right text.
  assert.ok(seen.some((s) => s.startsWith('quote:“nothing is settled')));
  for (const t of tokens) assert.ok(t.character + t.length <= lines[t.line].length, 'no token runs past its line');
});

test('a delta after an edit equals a fresh full answer', async () => {
  const before = await lsp.semanticTokensFull(URI);
  lsp.change(URI, [{ start: offsetOf('Monday'), end: offsetOf('Monday') + 6, text: 'Tuesday' }]);
  const delta = await lsp.semanticTokensDelta(URI, before!.resultId!);
  const fresh = new LspClient_fresh();
  const expected = await fresh.tokensOf(lsp.text(URI));
  let data: number[];
  if ('edits' in delta!) {
    data = [...before!.data];
    for (const e of [...delta.edits].sort((a, b) => b.start - a.start)) data.splice(e.start, e.deleteCount, ...(e.data ?? []));
  } else data = delta!.data;
  assert.deepEqual(data, expected);
  await fresh.stop();
});

test('custom requests: counts, next and previous quote, the server pid', async () => {
  const stats = await lsp.connection.sendRequest('transcriptLens/stats', { uri: URI });
  assert.deepEqual(stats, { speakers: 2, quotes: 3, actors: (stats as { actors: number }).actors, reduced: false });
  const next = (await lsp.connection.sendRequest('transcriptLens/adjacentQuote', {
    uri: URI,
    position: { line: 0, character: 0 },
    direction: 1,
  })) as { start: { line: number } } | null;
  assert.equal(next?.start.line, 2);
  const prev = await lsp.connection.sendRequest('transcriptLens/adjacentQuote', {
    uri: URI,
    position: { line: 0, character: 0 },
    direction: -1,
  });
  assert.equal(prev, null);
  const info = (await lsp.connection.sendRequest('transcriptLens/serverInfo')) as { pid: number };
  assert.equal(info.pid, lsp.pid);
});

test('pinned actors from actors.json change the canonical name', async () => {
  lsp.connection.sendNotification('transcriptLens/pinnedActors', {
    actors: [{ name: 'Paul T. Weber', aliases: ['Paul Weber', 'PAUL WEBER', 'Weber'], kind: 'person', role: 'Analyst' }],
  });
  const hover = await lsp.hover(URI, offsetOf('Weber told') + 1);
  assert.match((hover!.contents as MarkupContent).value, /Paul T\. Weber/);
  lsp.connection.sendNotification('transcriptLens/pinnedActors', { actors: 'not an array' });
  const again = await lsp.hover(URI, offsetOf('Weber told') + 1);
  assert.doesNotMatch((again!.contents as MarkupContent).value, /Paul T\. Weber/);
});

test('requests for unknown documents and odd positions answer empty, and the server lives', async () => {
  const none = await lsp.connection.sendRequest('textDocument/hover', {
    textDocument: { uri: 'file:///nowhere.transcript' },
    position: { line: 0, character: 0 },
  });
  assert.equal(none, null);
  const h = await lsp.connection.sendRequest('textDocument/hover', {
    textDocument: { uri: URI },
    position: { line: 9999, character: 9999 },
  });
  assert.equal(h, null);
  assert.ok(lsp.alive);
});

/** A second server that only opens a text and returns its full tokens. */
class LspClient_fresh {
  private client: Promise<LspClient> = LspClient.start();
  async tokensOf(text: string): Promise<number[]> {
    const c = await this.client;
    c.open('file:///fresh.transcript', text);
    return [...(await c.semanticTokensFull('file:///fresh.transcript'))!.data];
  }
  async stop(): Promise<void> {
    await (await this.client).stop();
  }
}

test('a large file just opened: the visible lines asked first are answered before the whole analysis, as the whole analysis answers them', async () => {
  const dir = 'test/fixtures/news';
  const text = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n').repeat(2);
  assert.ok(text.length > 64 * 1024);
  const c = await LspClient.start();
  try {
    const uri = 'file:///large.transcript';
    c.open(uri, text);
    const first = await c.semanticTokensRange(uri, 0, 60);
    assert.ok(first !== null && first.data.length > 0);
    assert.ok((await c.semanticTokensFull(uri))!.data.length > first.data.length);
    // Once analysed, the visible lines come from the whole document's model.
    const again = await c.semanticTokensRange(uri, 0, 60);
    assert.deepStrictEqual([...first.data], [...again!.data]);
    assert.ok(c.alive);
  } finally {
    await c.stop();
  }
});
