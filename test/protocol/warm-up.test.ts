/**
 * The server's idle warm-up (warm-up.ts) through the real server: it types into a sample of its
 * own once a document is analysed and nothing happens, and what the editor's documents answer
 * afterwards is what a server that never warmed up answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { madeUpTranscript, randomEdit, seededRandom } from '../../scripts/fuzz/gen';
import { LspClient } from '../support/lsp';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const URI = 'file:///work/warm.transcript';

async function warmUpKeystrokes(lsp: LspClient): Promise<number> {
  const info = (await lsp.connection.sendRequest('transcriptLens/serverInfo')) as { warmUpKeystrokes?: number };
  return info.warmUpKeystrokes ?? -1;
}

test('idle after opening, the server warms up; edits then answer as on a server that did not', async () => {
  const warmed = await LspClient.start();
  const cold = await LspClient.start();
  try {
    const text = madeUpTranscript(30_000, 8);
    warmed.open(URI, text);
    await warmed.semanticTokensFull(URI);
    let typed = 0;
    for (let i = 0; i < 100 && typed < 39; i++) {
      await sleep(50);
      typed = await warmUpKeystrokes(warmed);
    }
    assert.equal(typed, 39, 'the warm-up ran to its end');
    const rand = seededRandom(17);
    let resultId = (await warmed.semanticTokensFull(URI))?.resultId;
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
