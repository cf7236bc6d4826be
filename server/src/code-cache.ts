/**
 * Loads the server bundle with V8's code cache: the bytecode of every function the first
 * analysis compiled is kept in a cache folder (the editor passes its global storage, the
 * tests a temporary folder), so the next start neither parses the bundle nor compiles those
 * functions again.
 *
 * The cache file's name holds what makes it valid (runtime version, architecture, the
 * bundle's path, size and modification time); V8 checks its own version, flags and the
 * source again and rejects a cache that does not fit, which then only costs the time of
 * compiling as without one. A missing, unreadable or rejected cache is never an error: the
 * bundle is compiled as usual and a new cache written later. Files are written whole under a
 * temporary name and then renamed, so a reader never sees half of one. V8 does not check
 * that the cached code itself is intact (a changed byte can end the process), so each file
 * starts with a checksum of the rest, and a file whose checksum does not match is not used.
 *
 * V8 rejects a cache made under other flags, and the server collects garbage with
 * `--expose-gc` (idle-gc.ts): the command line gives it (launch.ts), else the loader turns it on
 * first, so the cache is made and read under the same flags.
 *
 * Only Node's own modules are used (fs, path, vm, zlib; v8 only to turn the flag on, crypto
 * where zlib has no CRC-32): this runs before anything else is loaded.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';

/** The command-line option that names the cache folder: `--code-cache=<folder>`. */
export const CODE_CACHE_OPTION = '--code-cache=';

/** The global through which the loaded server asks for the cache to be written. */
const SAVE_HOOK = Symbol.for('transcript-lens.save-code-cache');

/** What a cache file starts with, before the checksum and a line break. */
const MAGIC = 'transcript-lens-code-cache ';

/** A checksum of `data`: CRC-32 where the runtime has it (Node 20.15), else SHA-1; tagged with which. */
export function checksum(data: Uint8Array): string {
  const crc32 = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  if (typeof crc32 === 'function') return `crc32:${crc32(data).toString(16)}`;
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return `sha1:${createHash('sha1').update(data).digest('hex')}`;
}

/** A cache file's content: the header line with the checksum, then V8's data. */
export function packCache(data: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${MAGIC}${checksum(data)}\n`, 'latin1'), data]);
}

/** V8's data from a cache file's content, or undefined when the header or checksum does not match. */
export function unpackCache(file: Buffer): Buffer | undefined {
  const end = file.indexOf(10);
  if (end < 0 || end > 200) return undefined;
  const header = file.toString('latin1', 0, end);
  if (!header.startsWith(MAGIC)) return undefined;
  const data = file.subarray(end + 1);
  if (data.length === 0) return undefined;
  // A checksum of the other kind (made by another runtime) never matches: the file is not used.
  return checksum(data) === header.slice(MAGIC.length) ? data : undefined;
}

/** The cache folder named on the command line, or null. */
export function codeCacheDirFrom(argv: readonly string[]): string | null {
  for (const a of argv) if (a.startsWith(CODE_CACHE_OPTION) && a.length > CODE_CACHE_OPTION.length) return a.slice(CODE_CACHE_OPTION.length);
  return null;
}

/** A short hash of a string (FNV-1a, 32 bits, as 8 hex digits). */
function hash32(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What every cache file's name starts with. */
const FILE_PREFIX = 'server-';

/** The prefix shared by every cache file of the bundle at `bundlePath` (whatever its version). */
function filePrefix(bundlePath: string): string {
  return `${FILE_PREFIX}${hash32(bundlePath)}-`;
}

/** The cache file's name for this bundle file (path, size, modification time) on this runtime. */
export function cacheFileName(bundlePath: string, size: number, mtimeMs: number): string {
  const runtime = `${process.version}-${process.arch}`.replace(/[^\w.-]/g, '_');
  return `${filePrefix(bundlePath)}${runtime}-${size}-${Math.round(mtimeMs)}.bin`;
}

export interface LoadedBundle {
  /** True when V8 took the cached code. */
  readonly cacheAccepted: boolean;
  /** Where the cache is (or would be) kept; null without a cache folder. */
  readonly cacheFile: string | null;
  /** Writes the cache of what has been compiled so far, unless it was taken at load; at most once. */
  save(): void;
}

/**
 * Compiles and runs the CommonJS bundle at `bundlePath` like `require` would, with the code
 * cache of `cacheDir` when there is a usable one. The bundle can ask for the cache to be
 * written through `requestCodeCacheSave()`.
 */
export function loadBundle(bundlePath: string, cacheDir: string | null, req: NodeJS.Require): LoadedBundle {
  const source = readFileSync(bundlePath, 'utf8');
  exposeGc();
  let cacheFile: string | null = null;
  let cachedData: Buffer | undefined;
  if (cacheDir !== null) {
    try {
      const st = statSync(bundlePath);
      cacheFile = join(cacheDir, cacheFileName(bundlePath, st.size, st.mtimeMs));
      cachedData = unpackCache(readFileSync(cacheFile));
    } catch {
      cachedData = undefined;
    }
  }
  // The same wrapper as CommonJS modules get; on the first line, so line numbers stay the bundle's.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  let script: Script;
  try {
    script = new Script(wrapped, { filename: bundlePath, cachedData });
  } catch (e) {
    if (cachedData === undefined) throw e;
    script = new Script(wrapped, { filename: bundlePath });
    cachedData = undefined;
  }
  const cacheAccepted = cachedData !== undefined && script.cachedDataRejected !== true;
  let saved = cacheAccepted;
  const loaded: LoadedBundle = {
    cacheAccepted,
    cacheFile,
    save() {
      if (saved || cacheFile === null) return;
      saved = true;
      writeCache(cacheFile, script);
    },
  };
  (globalThis as Record<symbol, unknown>)[SAVE_HOOK] = () => loaded.save();
  const run = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void;
  const mod = { exports: {} as unknown };
  run(mod.exports, req, mod, bundlePath, dirname(bundlePath));
  return loaded;
}

/**
 * Turns `--expose-gc` on, unless the command line did (launch.ts): the cache is then made and
 * read under the same flags whichever way the server was started.
 */
function exposeGc(): void {
  if (typeof (globalThis as { gc?: unknown }).gc === 'function') return;
  try {
    (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--expose-gc');
  } catch {
    // Without it the cache may only be rejected.
  }
}

/** Writes the code cache of `script` to `file` (whole, then renamed) and removes the older ones. */
function writeCache(file: string, script: Script): void {
  try {
    const data = script.createCachedData();
    if (data.length === 0) return;
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, packCache(data));
    renameSync(temp, file);
    // Older caches in the folder are of bundles replaced since (an update installs the
    // extension under a new path): only the newest is kept.
    const name = file.slice(dir.length + 1);
    for (const other of readdirSync(dir)) {
      if (other !== name && other.startsWith(FILE_PREFIX) && other.endsWith('.bin')) {
        try {
          unlinkSync(join(dir, other));
        } catch {
          // Another server may have removed it already.
        }
      }
    }
  } catch {
    // A folder that cannot be written only means the next start compiles again.
  }
}

/**
 * Asks the loader to write the code cache now (when the server was started through it with
 * a cache folder and the cache was not taken at load). Does nothing otherwise.
 */
export function requestCodeCacheSave(): void {
  const hook = (globalThis as Record<symbol, unknown>)[SAVE_HOOK];
  if (typeof hook === 'function') (hook as () => void)();
}
