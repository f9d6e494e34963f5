#!/usr/bin/env bash
# The package as users get it, from the build `npm test` already made (run `npm run build` first
# when running this alone): packs it once without rebuilding, lints that tarball (publint, and
# attw for the types under every resolution), installs the same tarball into throwaway projects
# for Express 4 and Express 5 (side by side), and in each serves the README example through
# require() and import (main and testing entries), runs the CLI binary and type-checks a
# TypeScript consumer. Last, the README's TypeScript blocks are type-checked against dist/.
# Each check prints one line starting with "ok:"; a failure stops the script.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Outside the repository: a consumer project must not find this repository's node_modules by
# walking up the folders (it would see @types/express where a user may have none).
work=$(mktemp -d "${TMPDIR:-/tmp}/tim-package-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$root"

if [ ! -f dist/index.js ] || [ -n "$(find lib -newer dist/index.js -name '*.ts' -print -quit)" ]; then
  echo "not ok: dist/ is missing or older than lib/: run \`npm run build\` first (\`npm test\` does)." >&2
  exit 1
fi

# --ignore-scripts: no prepack rebuild; the tarball holds exactly the build the tests ran on.
tarball="$work/$(npm pack --ignore-scripts --silent --pack-destination "$work" | tail -n 1)"
echo "ok: packed $(basename "$tarball") from the existing build"
npx --no-install publint run "$tarball" --strict >"$work/publint.log" || { cat "$work/publint.log"; exit 1; }
echo "ok: publint --strict finds nothing in the tarball"
npx --no-install attw "$tarball" --format ascii >"$work/attw.log" || { cat "$work/attw.log"; exit 1; }
echo "ok: attw resolves the types of every entry under node10, node16 (CJS and ESM) and bundler"

consumer() {
  local major=$1 dir="$work/express$1"
  mkdir -p "$dir"
  cp "$root"/scripts/consumer/* "$dir/"
  printf '{ "name": "consumer-express%s", "private": true, "version": "0.0.0" }\n' "$major" >"$dir/package.json"
  cat >"$dir/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext",
    "strict": true, "exactOptionalPropertyTypes": true, "noUncheckedIndexedAccess": true,
    "noEmit": true, "types": ["node"]
  },
  "files": ["consumer.ts"]
}
JSON
  cd "$dir"
  npm install --prefer-offline --no-audit --no-fund --loglevel=error \
    "$tarball" "express@^$major" "@types/express@^$major" "@types/node@^20" "typescript@~5.9.3" >/dev/null
  node server.cjs
  node server.mjs
  npx --no-install tsc -p tsconfig.json
  echo "ok: TypeScript consumer type-checks with @types/express $(node -p "require('@types/express/package.json').version")"
  npx --no-install tencent-im-callback sign --token consumer-token --time 1669872112 | grep -q '^Sign: [0-9a-f]\{64\}$'
  echo "ok: the tencent-im-callback binary runs (Express $major project)"
}

node_only() {
  local dir="$work/node-only"
  mkdir -p "$dir"
  cp "$root"/scripts/consumer-node/* "$dir/"
  printf '{ "name": "consumer-node-only", "private": true, "version": "0.0.0" }\n' >"$dir/package.json"
  cat >"$dir/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext",
    "strict": true, "exactOptionalPropertyTypes": true, "noUncheckedIndexedAccess": true,
    "skipLibCheck": false, "noEmit": true, "types": ["node"]
  },
  "files": ["consumer.ts"]
}
JSON
  cd "$dir"
  npm install --prefer-offline --no-audit --no-fund --loglevel=error \
    "$tarball" "@types/node@^20" "typescript@~5.9.3" >/dev/null
  [ ! -e node_modules/express ] && [ ! -e node_modules/@types/express ] || { echo "express was installed"; exit 1; }
  node server.mjs
  npx --no-install tsc -p tsconfig.json
  echo "ok: a project with only @types/node type-checks against the package with skipLibCheck off"
}

# The projects are independent: install and check them at once, then report in order.
status=0
(consumer 4 >"$work/express4.log" 2>&1) & pid4=$!
(consumer 5 >"$work/express5.log" 2>&1) & pid5=$!
(node_only >"$work/node-only.log" 2>&1) & pidn=$!
for pid in $pid4 $pid5 $pidn; do wait "$pid" || status=1; done
cat "$work/express4.log" "$work/express5.log" "$work/node-only.log"
[ "$status" -eq 0 ] || { echo "not ok: a consumer project failed (logs above)"; exit 1; }

node scripts/check-readme-types.mjs
