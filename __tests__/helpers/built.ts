import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The path of a file of the build, for the few tests that run the built package as a user
 * would (the CLI binary, the example's demo). Every other test runs the sources. Throws, saying
 * what to run, when the build is missing or older than `lib/`, so no test passes on old code.
 *
 * @param file - a path inside `dist/`, such as `cli.js`
 */
export function builtFile(file: string): string {
  const built = path.join(root, 'dist', file);
  if (!existsSync(built)) throw new Error(`dist/${file} is missing: run \`npm run build\` first (\`npm test\` does).`);
  if (statSync(built).mtimeMs < newestSource(path.join(root, 'lib'))) {
    throw new Error(`dist/${file} is older than lib/: run \`npm run build\` first (\`npm test\` does).`);
  }
  return built;
}
