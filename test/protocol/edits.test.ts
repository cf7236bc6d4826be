/**
 * 200 random edits through the real server over stdio: after each incremental change the
 * edited document answers (outline, semantic tokens, hover) exactly as a fresh document
 * with the same text, and the server stays up. `npm run fuzz:edits` runs 10,000.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeMismatch, runEditFuzz } from '../support/edit-fuzz';

test('200 random edits: the edited document answers as a freshly opened one', async () => {
  const seed = Number(process.env.FUZZ_SEED ?? 4242);
  const r = await runEditFuzz({ edits: 200, seed });
  assert.equal(r.died, null, `server failed (seed ${seed}): ${r.died}`);
  assert.equal(r.edits, 200);
  assert.ok(r.hovers === 200 && r.requests >= 1000, `${r.requests} requests, ${r.hovers} hovers`);
  assert.deepEqual(r.mismatches.map(describeMismatch), [], `seed ${seed}: ${r.mismatchCount} mismatches`);
});
