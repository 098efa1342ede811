#!/usr/bin/env bash
# dist/ must be exactly what the sources build: rebuild it and compare with what is committed.
# On a difference, dist/ is left rebuilt (the check-dist workflow uploads it) and the step fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm run bundle >/dev/null
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ differs from a fresh 'npm run bundle': rebuild it and commit it." >&2
  git status --porcelain -- dist >&2
  exit 1
fi
echo "dist/ is what the sources build."
