/**
 * The server's entry (dist/server.js): loads the server bundle (dist/server-core.js) with
 * V8's code cache when a cache folder is given (`--code-cache=<folder>`, see launch.ts), so a
 * start after the first one skips parsing and compiling what the first analysis needed.
 */
import { join } from 'node:path';
import { codeCacheDirFrom, loadBundle } from './code-cache';

loadBundle(join(__dirname, 'server-core.js'), codeCacheDirFrom(process.argv), require);
