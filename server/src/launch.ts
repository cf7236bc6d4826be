/**
 * How the server process is started, shared by the extension (client/src/extension.ts) and
 * the test and benchmark client (test/support/lsp.ts), so both start it the same way.
 */
import * as os from 'node:os';
import { CODE_CACHE_OPTION } from './code-cache';

/**
 * Node options for the server process: V8's pool of background threads (optimising
 * compilers, parts of garbage collection) leaves one core to the thread that analyses. By
 * default the pool has 4 threads whatever the machine; on 2 cores, the first analysis of a
 * 200 KB transcript then shares its core with optimising jobs. Measured on a quiet 2-core
 * machine, two alternated rounds of 5 starts each: spawn to first tokens 407/416 -> 303/304 ms
 * (made-up text) and 232/232 -> 181/182 ms (press briefings); keystrokes on 1 MB of press
 * briefings p95 16.4/13.4 -> 11.7/11.0 ms. With 5 cores or more it stays 4. No V8 flag
 * measured (--always-sparkplug, --maglev, --no-lazy-feedback-allocation, --interrupt-budget, semi-space
 * sizes, --single-threaded-gc) made the first analysis or the keystrokes faster, so none is set
 * for speed. `--expose-gc` is given for what the server does once idle (see `EXPOSE_GC`).
 */
export function serverExecArgv(cores = availableCores()): string[] {
  return [EXPOSE_GC, `--v8-pool-size=${Math.max(1, Math.min(4, cores - 1))}`];
}

/**
 * The server collects garbage once typing stops (idle-gc.ts) and makes its code cache under the
 * same flags (code-cache.ts). Given on the command line, the collection is there from the
 * start: neither `node:v8` (to turn the flag on) nor a new context (to reach the function) is
 * made on the way to the first answer. In a CPU profile of a start they took 3.6-4.3 ms (the
 * module and its heap utilities) and 0.8 ms of the main thread.
 */
export const EXPOSE_GC = '--expose-gc';

function availableCores(): number {
  const parallelism = (os as { availableParallelism?: () => number }).availableParallelism;
  return typeof parallelism === 'function' ? parallelism() : Math.max(1, os.cpus().length);
}

/** The server's command-line arguments: the code cache folder, when there is one. */
export function serverArgs(codeCacheDir: string | null | undefined): string[] {
  return codeCacheDir ? [`${CODE_CACHE_OPTION}${codeCacheDir}`] : [];
}
