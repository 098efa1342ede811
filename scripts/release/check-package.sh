#!/usr/bin/env bash
# The npm package as users get it: `npm pack`, installed into an empty temporary prefix (the
# bundle is self-contained: no dependency is fetched), then `runctl --version` and one operation
# against the simulator, which must exit 0. __tests__/e2e/cli-package.e2e.test.ts runs every
# operation the same way.
set -euo pipefail
cd "$(dirname "$0")/../.."

temp="$(mktemp -d)"
sim_pid=""
cleanup() {
  if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; fi
  rm -rf "$temp"
}
trap cleanup EXIT

tarball="$(npm pack --silent --pack-destination "$temp")"
npm install --prefix "$temp/prefix" --no-audit --no-fund --offline "$temp/$tarball" >/dev/null
runctl="$temp/prefix/node_modules/.bin/runctl"

version="$("$runctl" --version)"
expected="$(node -p "require('./package.json').version")"
[ "$version" = "$expected" ] || { echo "runctl --version said '$version', package.json says $expected" >&2; exit 1; }
echo "runctl --version: $version"

# The simulator with the demo scenario, on a free port; its first lines say where.
node --import tsx test-support/simulator/cli.ts --scenario demo --port 0 >"$temp/sim.out" 2>&1 &
sim_pid=$!
for _ in $(seq 1 300); do
  grep -q '^RUN_PASSED=' "$temp/sim.out" && break
  kill -0 "$sim_pid" 2>/dev/null || { cat "$temp/sim.out" >&2; exit 1; }
  sleep 0.1
done
api_url="$(sed -n 's/^API_URL=//p' "$temp/sim.out")"
token="$(sed -n 's/^TOKEN_GITHUB_TOKEN=//p' "$temp/sim.out")"
run_id="$(sed -n 's/^RUN_PASSED=//p' "$temp/sim.out")"
[ -n "$api_url" ] && [ -n "$run_id" ] || { cat "$temp/sim.out" >&2; exit 1; }

# As a terminal or another CI runs it: no GITHUB_* or INPUT_* variables.
env -i PATH="$PATH" HOME="$HOME" GH_TOKEN="$token" GITHUB_API_URL="$api_url" \
  "$runctl" wait-for-run --repo octo/demo --run-id "$run_id" --json >"$temp/out.json"
node -e "const o = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')); if (o.conclusion !== 'success') process.exit(1)" "$temp/out.json"
echo "runctl wait-for-run against the simulator: exit 0, conclusion success"
