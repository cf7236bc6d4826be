import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/features/legend';

const ANALYSIS = join('server', 'src', 'analysis');

test('the analysis core imports neither the editor, the protocol nor Node APIs', () => {
  const forbidden = /(?:from\s+|require\()\s*['"](vscode[^'"]*|node:[^'"]+|fs|path|process|os|child_process)['"]/;
  const offenders: string[] = [];
  for (const f of readdirSync(ANALYSIS)) {
    if (!f.endsWith('.ts')) continue;
    const src = readFileSync(join(ANALYSIS, f), 'utf8');
    const m = forbidden.exec(src);
    if (m) offenders.push(`${f}: ${m[1]}`);
    if (/\bprocess\.(?:env|argv|cwd|exit)/.test(src)) offenders.push(`${f}: uses process`);
  }
  assert.deepEqual(offenders, []);
});

test('token types and modifiers match the manifest', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.deepEqual(
    manifest.contributes.semanticTokenTypes.map((t: { id: string }) => t.id),
    [...TOKEN_TYPES],
  );
  assert.deepEqual(
    manifest.contributes.semanticTokenModifiers.map((t: { id: string }) => t.id),
    [...TOKEN_MODIFIERS],
  );
  const scopes = manifest.contributes.semanticTokenScopes[0].scopes;
  for (const t of TOKEN_TYPES) assert.ok(scopes[t], `a scope for ${t}, so every theme colours it`);
});

test('the package ships only the bundles, grammar, schema and manifest', () => {
  const ignore = readFileSync('.vscodeignore', 'utf8');
  assert.match(ignore, /^\*\*$/m, 'everything is excluded by default');
  assert.doesNotMatch(ignore, /!\s*(?:src|node_modules|test)/);
});
