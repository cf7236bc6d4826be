import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdleCollector } from '../../server/src/idle-gc';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('no collection runs while nothing happens', async () => {
  const idle = new IdleCollector(5);
  await sleep(40);
  assert.equal(idle.runs, 0);
});

test('three collections run once activity stops, none while it goes on; activity between them starts again', async () => {
  const idle = new IdleCollector(100, 400);
  for (let i = 0; i < 5; i++) {
    idle.note();
    await sleep(10);
  }
  assert.equal(idle.runs, 0, 'still busy: nothing collected yet');
  await sleep(250);
  assert.equal(idle.runs, 2, 'two collections a quiet spell apart');
  await sleep(300);
  assert.equal(idle.runs, 3, 'the last one later');
  idle.note();
  await sleep(150);
  assert.equal(idle.runs, 4);
  // Activity before the last one: the three run again after it.
  idle.note();
  await sleep(50);
  assert.equal(idle.runs, 4);
  await sleep(700);
  assert.equal(idle.runs, 7);
});
