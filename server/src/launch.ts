/**
 * How the server process is started, shared by the extension (client/src/extension.ts) and
 * the test and benchmark client (test/support/lsp.ts), so both start it the same way.
 */
import { CODE_CACHE_OPTION } from './code-cache';

/** Node options for the server process (none: no V8 flag measured made the first analysis faster). */
export const SERVER_EXEC_ARGV: readonly string[] = [];

/** The server's command-line arguments: the code cache folder, when there is one. */
export function serverArgs(codeCacheDir: string | null | undefined): string[] {
  return codeCacheDir ? [`${CODE_CACHE_OPTION}${codeCacheDir}`] : [];
}
