/**
 * An edit is analysed as soon as the server has read it, before the editor asks for tokens;
 * the answer the editor then gets is the one a freshly opened document gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { madeUpTranscript, randomEdit, seededRandom } from '../../scripts/fuzz/gen';
import { LspClient } from '../support/lsp';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const URI = 'file:///work/ahead.transcript';

async function analysedAhead(lsp: LspClient): Promise<number> {
  const info = (await lsp.connection.sendRequest('transcriptLens/serverInfo')) as { analysedAhead?: number };
  return info.analysedAhead ?? -1;
}

test('an edit is analysed before the editor asks, and the answer is a fresh one', async () => {
  const lsp = await LspClient.start();
  const fresh = await LspClient.start();
  try {
    lsp.open(URI, madeUpTranscript(20_000, 5));
    let resultId = (await lsp.semanticTokensFull(URI))?.resultId;
    assert.equal(await analysedAhead(lsp), 0, 'a new document is analysed when asked');
    const rand = seededRandom(23);
    for (let i = 0; i < 12; i++) {
      lsp.change(URI, [randomEdit(rand, lsp.text(URI))]);
      let ahead = await analysedAhead(lsp);
      for (let w = 0; w < 100 && ahead < i + 1; w++) {
        await sleep(5);
        ahead = await analysedAhead(lsp);
      }
      assert.equal(ahead, i + 1, `edit ${i} was analysed ahead, once`);
      resultId = (await lsp.semanticTokensDelta(URI, resultId!))?.resultId;
    }
    fresh.open(URI, lsp.text(URI));
    assert.deepEqual((await lsp.semanticTokensFull(URI))?.data, (await fresh.semanticTokensFull(URI))?.data);
    assert.deepEqual(await lsp.documentSymbol(URI), await fresh.documentSymbol(URI));
    assert.equal(await analysedAhead(fresh), 0);
  } finally {
    await lsp.stop();
    await fresh.stop();
  }
});
