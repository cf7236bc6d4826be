import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from './analysis/analyze';
import type { PinnedActor } from './analysis/model';
import { parsePinnedActors } from './pinned';
import { toAnnotations } from './features/annotations';
import { decodeText } from './decode';

const USAGE = `Usage: transcript-lens annotate [--json | --jsonl] [--pretty] [--actors FILE] FILE...

Prints the speakers, turns, quotes, actors and diagnostics of each transcript as JSON
(one object per line with several files, or with --jsonl).

  --actors FILE  pinned names (default: .transcript-lens/actors.json in the current folder, if any)`;

const DEFAULT_ACTORS = '.transcript-lens/actors.json';

/** Reads the pinned actors; a missing default file is no error, a broken one is. */
function readPinned(file: string | undefined): PinnedActor[] {
  const path = file ?? (existsSync(DEFAULT_ACTORS) ? DEFAULT_ACTORS : undefined);
  if (!path) return [];
  const json = JSON.parse(readFileSync(path, 'utf8')) as { actors?: unknown };
  if (!Array.isArray(json?.actors)) throw new Error('expected an object with an "actors" array');
  return parsePinnedActors(json.actors);
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        pretty: { type: 'boolean', default: false },
        actors: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`transcript-lens: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'annotate' || files.length === 0) {
    process.stderr.write(`${command && command !== 'annotate' ? `transcript-lens: unknown command '${command}'\n` : ''}${USAGE}\n`);
    return 2;
  }
  let pinned: PinnedActor[];
  try {
    pinned = readPinned(values.actors);
  } catch (e) {
    process.stderr.write(`transcript-lens: cannot use ${values.actors ?? DEFAULT_ACTORS}: ${(e as Error).message}\n`);
    return 2;
  }
  const lines = values.jsonl || files.length > 1;
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = decodeText(readFileSync(file));
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a folder' : err.message;
      process.stderr.write(`transcript-lens: cannot read ${file}: ${why}\n`);
      status = 1;
      continue;
    }
    const json = toAnnotations(analyze(text, { pinned }), file);
    process.stdout.write(JSON.stringify(json, null, values.pretty && !lines ? 2 : undefined) + '\n');
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
