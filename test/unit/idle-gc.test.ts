import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdleCollector } from '../../server/src/idle-gc';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('no collection runs while nothing happens', async () => {
  const idle = new IdleCollector(5);
  await sleep(40);
  assert.equal(idle.runs, 0);
});

test('three collections run once activity stops, none while it goes on', async () => {
  const idle = new IdleCollector(100);
  for (let i = 0; i < 5; i++) {
    idle.note();
    await sleep(10);
  }
  assert.equal(idle.runs, 0, 'still busy: nothing collected yet');
  await sleep(1200);
  assert.equal(idle.runs, 3);
  idle.note();
  await sleep(1200);
  assert.equal(idle.runs, 6);
});
