// Runs after tsup. Express is an optional peer dependency, but the declarations import its
// `Request` type to give Express users typed listeners. Marking that import `@ts-ignore` lets an
// app without @types/express compile against the package even with skipLibCheck off: the import
// is then `any`, which `DefaultListenerRequest` turns into node's IncomingMessage. tsup drops
// comments from declarations, so the mark is added here, and the build fails if it finds no
// such import (the type would silently stop working).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
