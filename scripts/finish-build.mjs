// Runs after tsup. Express is an optional peer dependency, but the declarations import its
// `Request` type to give Express users typed listeners. Marking that import `@ts-ignore` lets an
// app without @types/express compile against the package even with skipLibCheck off: the import
// is then `any`, which `DefaultListenerRequest` turns into node's IncomingMessage. tsup drops
// comments from declarations, so the mark is added here, and the build fails if it finds no
// such import (the type would silently stop working). Then the validators are made compact
// again (below).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const dist = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'dist');
const mark = '// @ts-ignore -- express is an optional peer; without its types this import is any.';
const expressImport = /^import [^;]* from 'express';$/gm;

let marked = 0;
for (const file of await readdir(dist)) {
  if (!/\.d\.m?ts$/.test(file)) continue;
  const full = path.join(dist, file);
  const source = await readFile(full, 'utf8');
  const next = source.replace(expressImport, (line) => {
    marked++;
    return `${mark}\n${line}`;
  });
  if (next !== source) await writeFile(full, next);
}
if (marked === 0) {
  console.error('finish-build: no import from express found in dist/*.d.ts; DefaultListenerRequest would break');
  process.exit(1);
}

// ajv writes the validators (lib/generated/validators.ts) as one line of code; esbuild prints
// them again, one statement a line and indented: about 690 kB of the bundle instead of 410.
// V8 parses the whole bundle when it is loaded, so the validators are put back in that compact
// form (whitespace only: every name stays, and the package's own code keeps its lines, so stack
// traces still read). In each bundle that holds them, they run from their module comment to
// the next one.
const validatorsStart = '// lib/generated/validators.ts\n';
let compacted = 0;
for (const file of await readdir(dist)) {
  if (!/\.m?js$/.test(file)) continue;
  const full = path.join(dist, file);
  const source = await readFile(full, 'utf8');
  const marker = source.indexOf(validatorsStart);
  if (marker === -1) continue;
  const start = marker + validatorsStart.length;
  const end = source.indexOf('\n// ', start);
  if (end === -1) {
    console.error(`finish-build: the validators in dist/${file} are not followed by another module`);
    process.exit(1);
  }
  const { code } = await transform(source.slice(start, end), {
    loader: 'js',
    minifyWhitespace: true,
    treeShaking: false,
  });
  await writeFile(full, `${source.slice(0, start)}${code.trimEnd()}${source.slice(end)}`);
  compacted++;
}
// The CommonJS entry and the chunk the ES module entries share.
if (compacted !== 2) {
  console.error(`finish-build: expected the validators in 2 bundles, found them in ${compacted}`);
  process.exit(1);
}
