// Writes lib/generated/*.ts from schemas/*.schema.json so the payload types are derived
// from the schemas and cannot drift from them. `--check` exits 1 instead of writing when
// a generated file is out of date (the test suite runs the same comparison).
import { readFile, writeFile, readdir, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const schemaDir = path.join(root, 'schemas');
const outDir = path.join(root, 'lib', 'generated');

/**
 * The schemas accept unknown fields (IM adds fields over time), but the types list only the
 * documented ones: an index signature would let `pair.Initiator_Account` compile on a
 * command whose pairs have no such field, and would hide typos.
 */
function withoutOpenObjects(node) {
  if (Array.isArray(node)) return node.map(withoutOpenObjects);
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'additionalProperties' && value === true) continue;
    copy[key] = withoutOpenObjects(value);
  }
  return copy;
}

/** Returns `[outputPath, source]` for every schema file. */
export async function generateAll() {
  const files = (await readdir(schemaDir)).filter((f) => f.endsWith('.schema.json')).sort();
  const outputs = [];
  for (const file of files) {
    const schema = withoutOpenObjects(JSON.parse(await readFile(path.join(schemaDir, file), 'utf8')));
    const source = await compile(schema, schema.title, {
      bannerComment: `/* Generated from schemas/${file} by \`npm run generate:types\`. Do not edit. */`,
      additionalProperties: false,
      strictIndexSignatures: true,
      format: true,
      style: { singleQuote: true, printWidth: 100 },
    });
    outputs.push([path.join(outDir, file.replace('.schema.json', '.ts')), source]);
  }
  return outputs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  await mkdir(outDir, { recursive: true });
  let stale = 0;
  for (const [file, source] of await generateAll()) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === source) continue;
    stale++;
    if (check) console.error(`out of date: ${path.relative(root, file)}`);
    else await writeFile(file, source);
  }
  if (check && stale > 0) process.exit(1);
}
