#!/usr/bin/env bash
# `npm start [-- FOLDER]`: builds and packages the extension, installs it into a persistent
# code-server (a real VS Code in the browser) under .tools/, and serves FOLDER (default:
# samples/). Open the printed address in a browser; Ctrl-C stops the editor.
#   PORT=8080 npm start      choose the port (default: a free one)
#   HOST=0.0.0.0 npm start   listen beyond this machine (no password: only on trusted networks)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FOLDER="$(cd "${1:-$ROOT/samples}" && pwd)"
cd "$ROOT"

bash scripts/install-editor.sh
echo "[start] building and packaging the extension"
# README.md shows docs/images/hover.png by a relative link, which vsce refuses to rewrite
# without a repository URL; the local package does not need the rewrite.
npm run --silent package >/dev/null

PROFILE="$ROOT/.tools/editor-profile"
eval "$(node --input-type=module -e "
import { makeProfile, freePort, NODE24_BIN, CODE_SERVER_ENTRY } from './scripts/e2e/code-server.mjs';
const p = makeProfile(process.argv[1]);
const port = Number(process.env.PORT) || (await freePort());
const q = (s) => \"'\" + String(s).replace(/'/g, \"'\\\\''\") + \"'\";
console.log([
  'NODE24=' + q(NODE24_BIN + '/node'), 'ENTRY=' + q(CODE_SERVER_ENTRY), 'PORT=' + port,
  'USER_DATA=' + q(p.userData), 'EXTENSIONS=' + q(p.extensions), 'CONFIG=' + q(p.config),
  'export XDG_CONFIG_HOME=' + q(p.xdgConfig), 'export XDG_DATA_HOME=' + q(p.xdgData),
  'export XDG_CACHE_HOME=' + q(p.xdgCache),
  'URL_FOLDER=' + q(encodeURIComponent(process.argv[2])),
].join('; '));
" "$PROFILE" "$FOLDER")"
HOST="${HOST:-127.0.0.1}"
export PATH="$(dirname "$NODE24"):$PATH"

"$NODE24" "$ENTRY" --user-data-dir "$USER_DATA" --extensions-dir "$EXTENSIONS" --config "$CONFIG" \
  --install-extension "$ROOT/dist/transcript-lens.vsix" --force >/dev/null
echo "[start] installed dist/transcript-lens.vsix into ${EXTENSIONS#$ROOT/}"
echo
echo "    Open http://$HOST:$PORT/?folder=$URL_FOLDER"
echo
echo "[start] serving $FOLDER; press Ctrl-C to stop"
exec "$NODE24" "$ENTRY" --bind-addr "$HOST:$PORT" --auth none --disable-telemetry --disable-update-check \
  --user-data-dir "$USER_DATA" --extensions-dir "$EXTENSIONS" --config "$CONFIG" "$FOLDER" \
  >>"$PROFILE/code-server.log" 2>&1
