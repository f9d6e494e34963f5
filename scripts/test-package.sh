#!/usr/bin/env bash
# Lints the package as published (publint, and attw for the types under every resolution),
# packs it as npm would publish it, installs the tarball into throwaway projects for
# Express 4 and Express 5, and in each: serves the README example through require() and through
# import (main and testing entries), runs the CLI binary, and type-checks a TypeScript consumer.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/.tmp/package-test"
rm -rf "$work" && mkdir -p "$work"

cd "$root"
npx --no-install publint --strict
npx --no-install attw --pack . --format ascii
tarball="$work/$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $(basename "$tarball")"

for major in 4 5; do
  consumer="$work/express$major"
  mkdir -p "$consumer"
  cp "$root"/scripts/consumer/* "$consumer/"
  cat > "$consumer/package.json" <<JSON
{ "name": "consumer-express$major", "private": true, "version": "0.0.0" }
JSON
  cat > "$consumer/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext",
    "strict": true, "exactOptionalPropertyTypes": true, "noUncheckedIndexedAccess": true,
    "noEmit": true, "types": ["node"]
  },
  "files": ["consumer.ts"]
}
JSON
  (
    cd "$consumer"
    npm install --prefer-offline --no-audit --no-fund --loglevel=error \
      "$tarball" "express@^$major" "@types/express@^$major" "@types/node@^20" "typescript@~5.9.3" >/dev/null
    node server.cjs
    node server.mjs
    npx --no-install tsc -p tsconfig.json
    echo "ok: TypeScript consumer type-checks with @types/express $(node -p "require('@types/express/package.json').version")"
    npx --no-install tencent-im-callback sign --token consumer-token --time 1669872112 | grep -q '^Sign: [0-9a-f]\{64\}$'
    echo "ok: the tencent-im-callback binary runs"
  )
done
