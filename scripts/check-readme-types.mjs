// Type-checks every ```ts block of README.md against the built package (dist/*.d.ts), with
// --strict and the options a careful user turns on, as a user's editor would see them. A block
// may import the app's own modules ('./db', './services'): they are declared here with the
// signatures an app would give them.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const work = path.join(root, '.tmp', 'readme-types');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const files = blocks.map((source, index) => {
  const file = path.join(work, `block-${String(index + 1).padStart(2, '0')}.ts`);
  // Each block is a module of its own, as it would be in an app.
  writeFileSync(file, `${source}\nexport {};\n`);
  return file;
});
const appModules = path.join(work, 'app-modules.d.ts');
writeFileSync(
  appModules,
  `// The app's own code that README examples import, typed as an app would type it.\n` +
    `interface FriendStore { addFriend(from: string, to: string): Promise<void>; removeFriend(from: string, to: string): Promise<void>; }\n` +
    `declare module '*/db' { export const db: FriendStore; }\n` +
    `declare module '*/archive' { export function archive(groupId: string, body: readonly unknown[]): Promise<void>; }\n` +
    `declare module '*/app.module' { export class AppModule {} }\n` +
    `declare module '*/services' {\n` +
    `  export const db: FriendStore;\n` +
    `  export const policy: { isBlocked(from: string, to: string): Promise<boolean> };\n` +
    `  export const metrics: { count(...names: string[]): void };\n` +
    `}\n`,
);

const options = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitReturns: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node', 'jest'],
  typeRoots: [path.join(root, 'node_modules', '@types')],
  baseUrl: root,
  // The package as published: its declaration files, not its sources.
  paths: {
    'tencent-im-callback': ['dist/index.d.ts'],
    'tencent-im-callback/testing': ['dist/testing.d.ts'],
  },
};
const program = ts.createProgram([...files, appModules], options);
const diagnostics = ts.getPreEmitDiagnostics(program);
if (diagnostics.length > 0) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  console.error(
    `not ok: README TypeScript blocks (${diagnostics.length} errors, files in ${path.relative(root, work)})`,
  );
  process.exit(1);
}
console.log(`ok: README's ${blocks.length} TypeScript blocks type-check with --strict against dist/`);
