/**
 * Random edits against the real server: after each incremental change, the edited document
 * must answer exactly as a fresh document opened with the same text (outline, semantic
 * tokens, hover at a mention), and the server must stay up.
 * Shared by test/protocol/edits.test.ts (short) and `npm run fuzz:edits` (long).
 */
import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver-protocol';
import { applyEdit, madeUpTranscript, randomEdit, seededRandom, type TextEdit } from '../../scripts/fuzz/gen';
import { preview } from './invariants';
import { applyTokenDelta, decodeTokens, LspClient } from './lsp';

export interface EditFuzzOptions {
  readonly edits: number;
  readonly seed: number;
  /** Size of the made-up transcript the run starts from. */
  readonly startChars?: number;
  /** Called every `progressEvery` edits. */
  readonly onProgress?: (done: number) => void;
  readonly progressEvery?: number;
}

export interface Mismatch {
  readonly edit: number;
  readonly what: string;
  readonly lastEdit: TextEdit;
  readonly text: string;
}

export interface EditFuzzResult {
  readonly edits: number;
  readonly requests: number;
  readonly hovers: number;
  readonly deltas: number;
  readonly mismatches: Mismatch[];
  readonly mismatchCount: number;
  /** Set when the server died or stopped answering. */
  readonly died: string | null;
  readonly seconds: number;
  readonly finalChars: number;
}

const MAIN = 'file:///edited.transcript';
const FRESH = 'file:///fresh.transcript';
const MAX_CHARS = 12_000;

export async function runEditFuzz(o: EditFuzzOptions): Promise<EditFuzzResult> {
  const t0 = performance.now();
  const rand = seededRandom(o.seed);
  const lsp = await LspClient.start({ requestTimeoutMs: 20_000 });
  const legend = lsp.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
  const mentionTypes = new Set(['person', 'organization', 'place', 'speaker'].map((t) => legend.indexOf(t)).filter((i) => i >= 0));
  const mismatches: Mismatch[] = [];
  let mismatchCount = 0;
  let requests = 0;
  let hovers = 0;
  let deltas = 0;
  let died: string | null = null;
  let text = madeUpTranscript(o.startChars ?? 3000, o.seed);
  let mainTokens: { resultId?: string; data: number[] } | null = null;
  let edit = 0;
  lsp.open(MAIN, text);
  try {
    for (edit = 1; edit <= o.edits; edit++) {
      let e = randomEdit(rand, text);
      // Keep the text between 1,500 and MAX_CHARS characters.
      if (text.length > MAX_CHARS) e = { start: Math.floor(rand() * 1000), end: Math.floor(rand() * 1000) + 4000, text: '' };
      else if (text.length < 1500) e = { start: text.length, end: text.length, text: '\n' + madeUpTranscript(2000, o.seed + edit) };
      text = applyEdit(text, e);
      lsp.change(MAIN, [e]);
      if (lsp.text(MAIN) !== text) throw new Error('client copy of the text went out of step');

      lsp.close(FRESH);
      lsp.open(FRESH, text);
      const differ = (what: string) => {
        mismatchCount++;
        if (mismatches.length < 5) mismatches.push({ edit, what, lastEdit: e, text });
      };

      // Semantic tokens: the edited document by delta (every other edit, when offered) or full.
      const fresh = await lsp.semanticTokensFull(FRESH);
      requests++;
      let mainData: number[];
      if (lsp.offersTokenDelta && mainTokens?.resultId && edit % 2 === 0) {
        const d = await lsp.semanticTokensDelta(MAIN, mainTokens.resultId);
        deltas++;
        mainData = d && 'edits' in d ? applyTokenDelta(mainTokens.data, d as SemanticTokensDelta) : ((d as SemanticTokens | null)?.data ?? []);
        mainTokens = { resultId: d?.resultId, data: mainData };
      } else {
        const full = await lsp.semanticTokensFull(MAIN);
        mainData = full?.data ?? [];
        mainTokens = { resultId: full?.resultId, data: mainData };
      }
      requests++;
      if (!sameNumbers(mainData, fresh?.data ?? [])) differ(`semantic tokens (${mainData.length / 5} edited, ${(fresh?.data.length ?? 0) / 5} fresh)`);

      const [symMain, symFresh] = await Promise.all([lsp.documentSymbol(MAIN), lsp.documentSymbol(FRESH)]);
      requests += 2;
      if (JSON.stringify(symMain) !== JSON.stringify(symFresh)) differ('document symbols');

      // Hover at a random mention (a name token), else at a random place.
      const tokens = decodeTokens(fresh?.data ?? []);
      const names = tokens.filter((t) => mentionTypes.has(t.type));
      const pool = names.length > 0 ? names : tokens;
      let offset: number;
      if (pool.length > 0) {
        const t = pool[Math.floor(rand() * pool.length)];
        offset = lsp.doc(FRESH).offsetAt({ line: t.line, character: t.character + Math.floor(rand() * Math.max(1, t.length)) });
      } else offset = Math.floor(rand() * (text.length + 1));
      const [hMain, hFresh] = await Promise.all([lsp.hover(MAIN, offset), lsp.hover(FRESH, offset)]);
      requests += 2;
      hovers++;
      if (JSON.stringify(hMain) !== JSON.stringify(hFresh)) differ(`hover at offset ${offset}`);

      if (!lsp.alive) throw new Error('server exited');
      if (o.onProgress && edit % (o.progressEvery ?? 1000) === 0) o.onProgress(edit);
    }
    edit = o.edits;
  } catch (e) {
    died = `after edit ${edit}: ${(e as Error).message}; last text ${preview(text, 300)}\n${lsp.log.slice(-5).join('\n')}`;
  } finally {
    await lsp.stop();
  }
  return { edits: edit, requests, hovers, deltas, mismatches, mismatchCount, died, seconds: (performance.now() - t0) / 1000, finalChars: text.length };
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One mismatch as readable lines. */
export function describeMismatch(m: Mismatch): string {
  return `edit ${m.edit}: ${m.what} differ\n  last edit: replace [${m.lastEdit.start},${m.lastEdit.end}) with ${JSON.stringify(m.lastEdit.text)}\n  text: ${preview(m.text, 600)}`;
}
