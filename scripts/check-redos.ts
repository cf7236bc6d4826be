/**
 * `npm run check:redos`: finds every regular expression in server/src and client/src and
 * checks each for catastrophic backtracking with recheck.
 *
 * Found with the TypeScript parser (not a text search): regex literals, and `new RegExp(...)`
 * / `RegExp(...)` whose pattern is a string literal, a template without substitutions or a
 * `+` of those. A RegExp built from anything else is listed as `dynamic` and fails the check:
 * its pattern cannot be proven safe here, so write it as a literal.
 *
 * Verdicts and exit status:
 *   safe        recheck proved matching linear (or constant)              -> passes
 *   vulnerable  exponential or polynomial backtracking, with an attack     -> fails
 *   unknown     recheck gave up (timeout after TIMEOUT_MS, or an unsupported
 *               feature): a pattern too complex to prove safe is too complex
 *               for a scanner that must stay linear on any input            -> fails
 *   dynamic     pattern not written literally                              -> fails
 * Exit 1 when any regex is not `safe`. Sticky (`y`) regexes are checked as such: recheck
 * knows a sticky match is tried at one position only.
 *
 * Uses recheck's native checker when its platform package is installed, else its pure
 * JavaScript checker (recheck picks by itself; set RECHECK_BACKEND to force one).
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type * as TS from 'typescript';

// Loaded at run time from node_modules, not bundled: the TypeScript compiler is large and
// recheck starts its native binary or worker from its own package folder.
const load = createRequire(join(process.cwd(), 'package.json'));
const ts = load('typescript') as typeof TS;
const recheck = load('recheck') as typeof import('recheck');

const ROOTS = ['server/src', 'client/src'];
const TIMEOUT_MS = 10_000;
const SOURCE_EXT = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;

export interface FoundRegex {
  readonly file: string;
  readonly line: number;
  /** The pattern, or null when it is not written literally. */
  readonly source: string | null;
  readonly flags: string;
  /** How it appears in the code, for the report. */
  readonly shown: string;
}

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (SOURCE_EXT.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
}

/** The string value of a literal expression (`'a'`, `` `b` ``, `'a' + 'b'`, parenthesised), or null. */
function literalString(node: TS.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return literalString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = literalString(node.left);
    const b = literalString(node.right);
    return a !== null && b !== null ? a + b : null;
  }
  return null;
}

function isRegExpCallee(node: TS.Expression): boolean {
  return ts.isIdentifier(node) && node.text === 'RegExp';
}

/** Every regex of one file. */
export function findRegexes(file: string, text: string): FoundRegex[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: FoundRegex[] = [];
  const lineOf = (n: TS.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (node: TS.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = (node as TS.RegularExpressionLiteral).text;
      const slash = lit.lastIndexOf('/');
      found.push({ file, line: lineOf(node), source: lit.slice(1, slash), flags: lit.slice(slash + 1), shown: lit });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
      const args = node.arguments ?? [];
      const shown = node.getText(sf).replace(/\s+/g, ' ');
      if (args.length === 0) {
        found.push({ file, line: lineOf(node), source: '', flags: '', shown });
      } else {
        const source = literalString(args[0]);
        const flags = args.length > 1 ? literalString(args[1]) : '';
        found.push({ file, line: lineOf(node), source: flags === null ? null : source, flags: flags ?? '', shown });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

type Verdict = 'safe' | 'vulnerable' | 'unknown' | 'dynamic';

interface Checked {
  readonly regex: FoundRegex;
  readonly verdict: Verdict;
  readonly detail: string;
  readonly ms: number;
}

async function checkOne(regex: FoundRegex): Promise<Checked> {
  const t0 = performance.now();
  const done = (verdict: Verdict, detail: string): Checked => ({ regex, verdict, detail, ms: performance.now() - t0 });
  if (regex.source === null) return done('dynamic', 'pattern is not a literal; write it as one so it can be checked');
  // `d` (indices) does not change matching; recheck does not take it.
  const flags = regex.flags.replace(/d/g, '');
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS + 2_000);
  try {
    const r = await recheck.check(regex.source, flags, { timeout: TIMEOUT_MS, signal: abort.signal });
    if (r.status === 'safe') return done('safe', r.complexity.type);
    if (r.status === 'vulnerable') {
      const attack = r.attack ? `, attack ${r.attack.pattern.slice(0, 60)}` : '';
      return done('vulnerable', `${r.complexity.type}${r.complexity.type === 'polynomial' ? ` (degree ${r.complexity.degree})` : ''}${attack}`);
    }
    const e = r.error;
    return done('unknown', e.kind === 'timeout' ? `timeout after ${TIMEOUT_MS} ms` : `${e.kind}${'message' in e ? `: ${e.message}` : ''}`);
  } catch (e) {
    return done('unknown', abort.signal.aborted ? `no answer after ${TIMEOUT_MS + 2_000} ms` : `checker error: ${(e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

function nativeBackend(): string {
  const os = ({ darwin: 'macos', linux: 'linux', win32: 'windows' } as Record<string, string>)[process.platform];
  try {
    load.resolve(`recheck-${os}-${process.arch}/package.json`);
    return `native (recheck-${os}-${process.arch})`;
  } catch {
    return 'pure JavaScript';
  }
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const root = resolve('.');
  const files: string[] = [];
  for (const r of ROOTS) walk(join(root, r), files);
  const regexes: FoundRegex[] = [];
  for (const f of files.sort()) regexes.push(...findRegexes(relative(root, f), readFileSync(f, 'utf8')));

  const backend = process.env.RECHECK_BACKEND ? `RECHECK_BACKEND=${process.env.RECHECK_BACKEND}` : nativeBackend();
  console.log(`check:redos  ${regexes.length} regexes in ${files.length} files under ${ROOTS.join(', ')}  (checker: ${backend})`);
  const results: Checked[] = [];
  for (const r of regexes) {
    const c = await checkOne(r);
    results.push(c);
    const where = `${r.file}:${r.line}`;
    console.log(`${c.verdict.padEnd(10)} ${where.padEnd(44)} ${r.shown.length > 70 ? r.shown.slice(0, 67) + '...' : r.shown}  (${c.detail}, ${Math.round(c.ms)} ms)`);
  }
  const bad = results.filter((c) => c.verdict !== 'safe');
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (bad.length > 0) {
    console.log(`\ncheck:redos FAILED: ${bad.length} of ${results.length} regexes are not proven safe (${seconds} s):`);
    for (const c of bad) console.log(`  ${c.verdict}: ${c.regex.file}:${c.regex.line} ${c.regex.shown} (${c.detail})`);
    process.exitCode = 1;
  } else {
    console.log(`\ncheck:redos passed: all ${results.length} regexes are safe (${seconds} s)`);
  }
}

main().then(
  // recheck may keep its native agent or worker alive; the answer is in, so leave.
  () => process.exit(),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
