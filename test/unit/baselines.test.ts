import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { renderOutline, renderTokens } from '../support/render';

// Each fixture shows one phenomenon. `UPDATE_BASELINES=1 npm run test:unit` rewrites the
// .tokens.txt and .outline.txt files beside it; review their diff like code.
const DIR = join('test', 'fixtures', 'baselines');
const update = process.env.UPDATE_BASELINES === '1';

for (const f of readdirSync(DIR).filter((f) => f.endsWith('.transcript')).sort()) {
  test(`baseline ${f}`, () => {
    const text = readFileSync(join(DIR, f), 'utf8');
    const model = analyze(text);
    const actual = `${renderTokens(model)}\n=== outline ===\n${renderOutline(model)}`;
    const file = join(DIR, f.replace(/\.transcript$/, '.baseline.txt'));
    if (update || !existsSync(file)) {
      writeFileSync(file, actual);
      if (!update) assert.fail(`no baseline yet for ${f}: written ${file}; review it and run again`);
      return;
    }
    assert.equal(actual, readFileSync(file, 'utf8'));
  });
}
