import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Gives memory back once typing stops. Every edit leaves the document's previous text (a
 * string as large as the file) and the analysis it replaced as garbage, which V8 frees only
 * at its next full collection; after a burst of edits that may not come for a long time, and
 * the resident size stays at its peak. A few full collections after a quiet spell return it.
 *
 * `note()` marks activity; `quietMs` after the last one a full collection runs, then two more
 * `quietMs` apart (the first frees the objects; the heap shrinks to what is left only over the
 * next ones: on a 1 MB transcript after 200 edits, resident 268-295 MB fell to 205-235 MB after
 * one, 155-166 MB after two, 123 MB after three). None runs while nothing happens. Where the
 * runtime does not allow it, nothing is done.
 */
export class IdleCollector {
  private timer: NodeJS.Timeout | null = null;
  /** Collections still to run in this quiet spell. */
  private pending = 0;
  private readonly collect: (() => void) | null;
  /** Collections run so far (for the server's statistics). */
  runs = 0;

  constructor(private readonly quietMs = 1500) {
    this.collect = fullCollection();
  }

  /** Something allocated a lot (an edit, an open or close): collect once things are quiet. */
  note(): void {
    if (this.collect === null) return;
    this.pending = 3;
    if (this.timer !== null) this.timer.refresh();
    else this.arm();
  }

  private arm(): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.runs++;
      this.collect?.();
      if (--this.pending > 0) this.arm();
    }, this.quietMs);
    this.timer.unref();
  }
}

/** The runtime's full garbage collection, or null when it cannot be reached. */
function fullCollection(): (() => void) | null {
  try {
    const g = (globalThis as { gc?: unknown }).gc;
    if (typeof g === 'function') return g as () => void;
    setFlagsFromString('--expose-gc');
    const fn: unknown = runInNewContext('gc');
    return typeof fn === 'function' ? (fn as () => void) : null;
  } catch {
    return null;
  }
}
