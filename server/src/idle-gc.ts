/**
 * Gives memory back once typing stops. Every edit leaves the document's previous text (a
 * string as large as the file) and the analysis it replaced as garbage, which V8 frees only
 * at its next full collection; after a burst of edits that may not come for a long time, and
 * the resident size stays at its peak. A few full collections after a quiet spell return it.
 *
 * `note()` marks activity; `quietMs` after the last one a full collection runs, another
 * `quietMs` later, and a last one `lastAfterMs` after the activity. The first frees the objects;
 * the heap shrinks to what is left only over the next ones: on a 1 MB transcript after 200
 * edits, resident 268-295 MB fell to 205-235 MB after one, 155-166 MB after two. The young
 * generation (32 MB after typing) is given back only by a collection that sees little
 * allocation over the 5 s before it; the server's own work after an edit (diagnostics, the code
 * cache written ~2 s later) must lie outside that, hence the last one 9 s after the activity
 * (resident 152 -> 116 MB). None runs while nothing happens. Where the runtime does not allow
 * it, nothing is done (the first quiet spell finds out, and no timer is set after it).
 */
export class IdleCollector {
  private timer: NodeJS.Timeout | null = null;
  /** Collections still to run in this quiet spell. */
  private pending = 0;
  /** The full collection; undefined until first needed when the command line did not expose it; null where it cannot be reached. */
  private collect: (() => void) | null | undefined;
  /** Collections run so far (for the server's statistics). */
  runs = 0;

  constructor(
    private readonly quietMs = 1500,
    private readonly lastAfterMs = 6 * quietMs,
  ) {
    const g = (globalThis as { gc?: unknown }).gc;
    this.collect = typeof g === 'function' ? (g as () => void) : undefined;
  }

  /** Something allocated a lot (an edit, an open or close): collect once things are quiet. */
  note(): void {
    if (this.collect === null) return;
    // Waiting for the first collection: the same wait starts again (no new timer at each keystroke).
    if (this.timer !== null && this.pending === 3) {
      this.timer.refresh();
      return;
    }
    if (this.timer !== null) clearTimeout(this.timer);
    this.pending = 3;
    this.arm(this.quietMs);
  }

  private arm(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.collect === undefined) this.collect = fullCollection();
      if (this.collect === null) {
        this.pending = 0;
        return;
      }
      this.runs++;
      this.collect();
      this.pending--;
      if (this.pending > 0) this.arm(this.pending === 1 ? Math.max(0, this.lastAfterMs - 2 * this.quietMs) : this.quietMs);
    }, ms);
    this.timer.unref();
  }
}

/**
 * The runtime's full garbage collection when the command line did not expose it (launch.ts
 * does), or null when it cannot be reached: the flag turned on, and the function taken from a
 * new context. Loaded when first needed, off the way to the first answer.
 */
function fullCollection(): (() => void) | null {
  try {
    (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--expose-gc');
    const fn: unknown = (require('node:vm') as typeof import('node:vm')).runInNewContext('gc');
    return typeof fn === 'function' ? (fn as () => void) : null;
  } catch {
    return null;
  }
}
