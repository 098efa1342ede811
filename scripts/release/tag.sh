#!/usr/bin/env bash
# Tags a release of the version in package.json and pushes the tag; the release workflow does the
# rest (checks, notes, the release, the major tag). Refuses when the tree is not clean, when
# dist/ is not what the sources build, or when CHANGELOG.md has no section for the version.
# Usage: scripts/release/tag.sh   (after setting "version" in package.json and the CHANGELOG date)
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$(node -p "require('./package.json').version")"
tag="v$version"
if [ -n "$(git status --porcelain)" ]; then
  echo "The working tree has uncommitted changes: commit them first." >&2
  exit 1
fi
scripts/release/check-dist.sh
npx tsx scripts/release/notes.ts "$tag" >/dev/null
if git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
  echo "Tag $tag already exists: raise the version in package.json." >&2
  exit 1
fi
git tag --annotate "$tag" --message "$tag"
git push origin "refs/tags/$tag"
echo "Pushed $tag; the Release workflow publishes it and moves ${tag%%.*}."
