import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The folder of an example, which has dependencies of its own; throws, saying what to run, when
 * they are not installed.
 *
 * @param name - the example's folder under examples/
 */
export function exampleFolder(name: string): string {
  const folder = path.join(__dirname, '..', '..', 'examples', name);
  if (!existsSync(path.join(folder, 'node_modules'))) {
    throw new Error(`examples/${name} has no node_modules: run \`npm run install:examples\` first (.ci/run does).`);
  }
  return folder;
}

/**
 * An example's server, started as `npm start` starts it, on a free port with a throwaway data
 * folder: its base URL, the lines it printed, a wait for a line, and a stop.
 *
 * @param name - the example's folder under examples/
 * @param env - its environment, beside PORT
 * @param dataVariable - the variable naming its data folder
 */
export async function startExampleServer(name: string, env: Record<string, string>, dataVariable: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `${name}-test-`));
  const child = spawn(process.execPath, [path.join(exampleFolder(name), 'server.js')], {
    env: { ...process.env, PORT: '0', ...env, [dataVariable]: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of waiters.splice(0)) wake();
  });
  /** Resolves with the lines printed so far once one matches. */
  const waitFor = async (match: (line: string) => boolean) => {
    while (!lines.some(match)) {
      if (child.exitCode !== null) throw new Error(`the example exited with ${child.exitCode}:\n${lines.join('\n')}`);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
    return lines;
  };
  child.once('exit', () => {
    for (const wake of waiters.splice(0)) wake();
  });
  const base = /listening on (http:\/\/\S+)/.exec(
    (await waitFor((line) => line.includes('listening on'))).join('\n'),
  )?.[1];
  return {
    base: base ?? '',
    lines,
    waitFor,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
