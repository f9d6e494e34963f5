import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A server a test started: where to reach it, and how to stop it (which also removes its data). */
export interface RunningService {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * A real Redis server on a free loopback port, without persistence, from Debian's
 * `redis-server` (`.ci/run` installs it when missing).
 */
export async function startRedis(): Promise<RunningService> {
  const binary = findBinary('redis-server', []);
  const port = await freePort();
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await readyLine(child, 'redis-server', /Ready to accept connections/);
  return { url: `redis://127.0.0.1:${port}`, port, stop: () => stopChild(child, 'SIGTERM') };
}

/**
 * A real PostgreSQL server on a free loopback port, in a throwaway data folder, from Debian's
 * `postgresql` (`.ci/run` installs it when missing). Durability is off (`fsync`):
 * the data lives as long as the test.
 */
export async function startPostgres(): Promise<RunningService> {
  const bin = path.dirname(findBinary('initdb', postgresBinFolders()));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'im-callback-pg-'));
  // PostgreSQL refuses to run as root: as root, its programs run as the Debian package's user.
  const user = process.getuid?.() === 0 ? postgresUser() : undefined;
  if (user !== undefined) chownSync(dataDir, user.uid, user.gid);

  const init = spawnSync(
    path.join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync'],
    { encoding: 'utf8', ...user },
  );
  if (init.status !== 0) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`initdb failed (${String(init.status)}):\n${init.stdout}\n${init.stderr}`);
  }
  const port = await freePort();
  const child = spawn(
    path.join(bin, 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'max_connections=50',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], ...user },
  );
  try {
    await readyLine(child, 'postgres', /database system is ready to accept connections/);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    // SIGINT is PostgreSQL's fast shutdown: open connections are closed, not waited for.
    stop: async () => {
      await stopChild(child, 'SIGINT');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The ids of the `postgres` user that Debian's package creates. */
function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const [uid, gid] = [id('-u'), id('-g')];
  if (!Number.isInteger(uid) || uid <= 0)
    throw new Error('running as root, and there is no postgres user to run PostgreSQL as');
  return { uid, gid };
}

/** Debian keeps PostgreSQL's programs off PATH, under /usr/lib/postgresql/<version>/bin. */
function postgresBinFolders(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, 'bin'));
}

/** The program on PATH or in one of `folders`; throws, saying how to install it, when absent. */
function findBinary(name: string, folders: readonly string[]): string {
  const candidates = [...(process.env.PATH ?? '').split(path.delimiter), ...folders, '/usr/sbin', '/usr/bin'];
  for (const folder of candidates) {
    if (folder !== '' && existsSync(path.join(folder, name))) return path.join(folder, name);
  }
  throw new Error(
    `${name} was not found: install it (apt-get install ${name === 'initdb' ? 'postgresql' : name}); .ci/run does.`,
  );
}

/** A port nothing listens on now: the kernel picks one, and it is freed for the server. */
async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once the child prints a line matching `ready`; rejects when it exits or takes 30 s. */
function readyLine(child: ChildProcess, name: string, ready: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      fail(new Error(`${name} did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (ready.test(output)) finish();
    };
    const onExit = (code: number | null) => {
      fail(new Error(`${name} exited with ${String(code)} before it was ready:\n${output}`));
    };
    const cleanUp = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining its output, so a full pipe never blocks the server.
      child.stdout?.resume();
      child.stderr?.resume();
    };
    const finish = () => {
      cleanUp();
      resolve();
    };
    const fail = (error: Error) => {
      cleanUp();
      child.kill('SIGKILL');
      reject(error);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Sends `signal` and waits for the exit (SIGKILL after 10 s). */
async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
