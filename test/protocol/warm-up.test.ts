/**
 * The server's idle warm-up (warm-up.ts) through the real server: it types into a sample of its
 * own once a document is analysed and nothing happens, then rehearses edits on a large open
 * document's own analyser, and what the editor's documents answer afterwards is what a server
 * that never warmed up answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { madeUpTranscript, randomEdit, seededRandom } from '../../scripts/fuzz/gen';
import { LspClient } from '../support/lsp';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const URI = 'file:///work/warm.transcript';

async function warmUp(lsp: LspClient): Promise<{ typed: number; rehearsed: number }> {
  const info = (await lsp.connection.sendRequest('transcriptLens/serverInfo')) as { warmUpKeystrokes?: number; rehearsedEdits?: number };
  return { typed: info.warmUpKeystrokes ?? -1, rehearsed: info.rehearsedEdits ?? -1 };
}

test('idle after opening a large document, the server warms up on a sample and on the document; edits then answer as on a server that did not', async () => {
  const warmed = await LspClient.start();
  const cold = await LspClient.start();
  try {
    const text = madeUpTranscript(70_000, 8);
    warmed.open(URI, text);
    const opened = await warmed.semanticTokensFull(URI);
    const symbols = await warmed.documentSymbol(URI);
    // Polled sparingly: each request pauses the warm-up for its quiet spell.
    let done = { typed: 0, rehearsed: 0 };
    for (let i = 0; i < 40 && done.rehearsed < 12; i++) {
      await sleep(400);
      done = await warmUp(warmed);
    }
    assert.deepEqual(done, { typed: 39, rehearsed: 12 }, 'the warm-up ran to its end');
    // The rehearsed edits left what the editor is answered from as it was.
    const again = await warmed.semanticTokensFull(URI);
    assert.deepEqual(again?.data, opened?.data);
    assert.deepEqual(await warmed.documentSymbol(URI), symbols);
    const rand = seededRandom(17);
    let resultId = again?.resultId;
    for (let i = 0; i < 30; i++) {
      const e = randomEdit(rand, warmed.text(URI));
      warmed.change(URI, [e]);
      const d = await warmed.semanticTokensDelta(URI, resultId!);
      resultId = d?.resultId;
    }
    const now = warmed.text(URI);
    cold.open(URI, now);
    assert.deepEqual((await warmed.semanticTokensFull(URI))?.data, (await cold.semanticTokensFull(URI))?.data);
    assert.deepEqual(await warmed.documentSymbol(URI), await cold.documentSymbol(URI));
  } finally {
    await warmed.stop();
    await cold.stop();
  }
});
