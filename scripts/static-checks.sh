#!/usr/bin/env bash
# eslint and tsc side by side (two cores): both only read the tree. Fails if either fails.
set -uo pipefail
cd "$(dirname "$0")/.."
npm run --silent lint &
lint=$!
npm run --silent typecheck
typecheck=$?
wait "$lint"
lint_status=$?
exit $(( lint_status != 0 || typecheck != 0 ))
