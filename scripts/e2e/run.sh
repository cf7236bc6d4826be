#!/usr/bin/env bash
# `npm run test:e2e`: build, package, make sure the editor is installed, then run the
# real-editor tests against the packaged .vsix (see scripts/e2e/run.mjs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

bash scripts/install-editor.sh
# README.md shows docs/images/hover.png by a relative link, which vsce refuses to rewrite
# without a repository URL; the local package does not need the rewrite.
npm run --silent package >/dev/null
# `package` builds with --production; the e2e bundles come from the same build.
node scripts/e2e/run.mjs "$@"
