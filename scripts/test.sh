#!/usr/bin/env bash
# Every test: type-check, lint, the core, the command line, the Apps Script bundle in a vm, and the sidebar in Chromium.
# `npm test` passes --coverage, which also measures coverage (the add-in's bundle through its source map) and holds
# each folder to its threshold in jest.config.cjs.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser test..."
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

node scripts/build.mjs
npm run --silent check
mkdir -p test-artifacts
status=0
npx jest --ci --json --outputFile=test-artifacts/jest.json "$@" || status=$?
node -e "const r = require('./test-artifacts/jest.json'); console.log('Tests: ' + r.numPassedTests + ' passed, ' + r.numFailedTests + ' failed');"
exit $status
