import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { KnownCommand } from '../generated/commands';
import { version } from '../../package.json';
import { nearestCommand } from '../commands/command-names';
import { specOf } from '../commands/registry';
import { SAMPLE_COMMANDS, samplePacket } from '../testing/samples';
import { computeSign } from '../protocol/sign';
import { buildCallbackRequest } from '../testing/build-request';

/** Where the CLI reads and writes; the real process streams, or fakes in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Standard input, read for `send -`. */
  readonly stdin: AsyncIterable<Buffer | string>;
  /** The environment, for `IM_CALLBACK_TOKEN`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The clock in milliseconds. Defaults to `Date.now`. */
  readonly now?: () => number;
}

/** A mistake in the command line: reported in one line, with exit code 2, never a stack trace. */
class UsageError extends Error {}

const NAME = 'tencent-im-callback';

const mainHelp = `Usage: ${NAME} <command> [options]

Simulate Tencent Cloud IM third-party callbacks.

Commands:
  send      post a callback to a URL exactly as IM does, and print the reply
  sign      print the Sign and RequestTime IM would send for a token
  commands  list the callback commands this package knows, by family

Options:
  -v, --version  print the version

Run '${NAME} <command> --help' for a command's options.
`;

const sendHelp = `Usage: ${NAME} send --url URL --sdk-app-id ID [options] [FILE|-]

Posts a callback as IM does: query parameters (SdkAppid, CallbackCommand, contenttype,
ClientIP, OptPlatform, and Sign with RequestTime when a token is given) and a JSON body.
The body comes from FILE, from standard input with -, or from a built-in sample packet.
Prints the HTTP status and the reply; exits 0 when the reply is OK, 1 when it is not.

Options:
  --url URL            the callback URL, e.g. http://localhost:3000/im/callback (required)
  --sdk-app-id ID      the SDKAppID sent as SdkAppid (required)
  --token T            sign with this token (default: $IM_CALLBACK_TOKEN; unsigned if neither)
  --command C          the CallbackCommand (default: the body's CallbackCommand, or
                       Sns.CallbackFriendAdd); every command that '${NAME} commands'
                       lists has a built-in sample
  --pairs N            sample only: list N entries in the command's list of users (pairs,
                       targets, members, ...); default: as many as --to names, else 1
  --from USER          sample only: the acting user, default alice
  --to USERS           sample only: comma-separated other users, default bob
  --time SECONDS       RequestTime to sign with (default: now)
  --timeout MS         how long to wait for the reply, default 10000
  -h, --help           show this help
`;

const signHelp = `Usage: ${NAME} sign --token T [--time SECONDS]

Prints the Sign (lower-case hex SHA-256 of token + RequestTime), the RequestTime and the
query string IM appends when callback authentication is on.

Options:
  --token T            the callback token (default: $IM_CALLBACK_TOKEN)
  --time SECONDS       the RequestTime, Unix seconds (default: now)
  -h, --help           show this help
`;

const sendOptions = {
  url: { type: 'string' },
  'sdk-app-id': { type: 'string' },
  token: { type: 'string' },
  command: { type: 'string' },
  pairs: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  time: { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const signOptions = {
  token: { type: 'string' },
  time: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/**
 * Runs the command-line simulator.
 *
 * @param argv - the arguments after the program name
 * @param io - streams, environment and clock
 * @returns the exit code: 0 success, 1 a reply that is not OK or no reply, 2 a usage mistake
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'send':
        return await send(rest, io);
      case 'sign':
        return sign(rest, io);
      case 'commands':
        return listCommands(rest, io);
      case '--version':
      case '-v':
      case 'version':
        io.stdout.write(`${NAME} ${version}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(mainHelp);
        return command === undefined ? 2 : 0;
      default: {
        const near = nearestWord(command, ['send', 'sign', 'commands', 'help', 'version']);
        throw new UsageError(
          `unknown command ${JSON.stringify(command)}; ${near ? `did you mean ${near}? ` : ''}the commands are send, sign and commands.`,
        );
      }
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      const topic =
        command === 'send' || command === 'sign' || command === 'commands'
          ? `${NAME} ${command} --help`
          : `${NAME} --help`;
      io.stderr.write(`${NAME}: ${withFlagSuggestion(error as Error, command)}\nRun '${topic}' for usage.\n`);
      return 2;
    }
    throw error;
  }
}

const flagsByCommand: Readonly<Record<string, readonly string[]>> = {
  send: Object.keys(sendOptions),
  sign: Object.keys(signOptions),
  commands: ['help'],
};

/** A parse error's message, with the flag the user probably meant when the flag is unknown. */
function withFlagSuggestion(error: Error, command: string | undefined): string {
  const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(error.message)?.[1];
  const near = unknown && nearestWord(unknown.replace(/^-+/, ''), flagsByCommand[command ?? ''] ?? []);
  return near ? `${error.message} Did you mean --${near}?` : error.message;
}

/** The word of `words` at most two edits from `word` (or equal in another case), if any. */
function nearestWord(word: string, words: readonly string[]): string | undefined {
  return nearestCommand(word, words);
}

/**
 * The known command a `--command` value most likely means: a short name without the family
 * (`CallbackFriendAdd`, `FriendAdd`) or a near miss of a full one.
 */
function suggestCommand(command: string): string | undefined {
  const short = command.toLowerCase();
  const byName = SAMPLE_COMMANDS.filter((known) => {
    const name = (known.split('.')[1] ?? '').toLowerCase();
    return name === short || name === `callback${short}`;
  });
  return byName.length === 1 ? byName[0] : nearestCommand(command, SAMPLE_COMMANDS);
}

const commandsHelp = `Usage: ${NAME} commands

Lists the callback commands this package knows, by family: whether IM sends each before it
acts (and reads the reply) or after, and when. Each has a built-in sample for send --command.
`;

function listCommands(args: readonly string[], io: CliIo): number {
  const { values } = parseArgs({ args: [...args], options: { help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    io.stdout.write(commandsHelp);
    return 0;
  }
  const width = Math.max(...SAMPLE_COMMANDS.map((command) => command.length));
  let family: string | undefined;
  const lines: string[] = [];
  for (const command of SAMPLE_COMMANDS) {
    const spec = specOf(command);
    if (spec.family !== family) {
      family = spec.family;
      lines.push(`${lines.length === 0 ? '' : '\n'}${family}`);
    }
    lines.push(`  ${spec.timing.padEnd(6)}  ${command.padEnd(width)}  ${spec.summary}`);
  }
  io.stdout.write(
    `${lines.join('\n')}\n\n${SAMPLE_COMMANDS.length} commands; any other reaches a router by its exact name.\n`,
  );
  return 0;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

async function send(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: sendOptions,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(sendHelp);
    return 0;
  }
  if (values.url === undefined) throw new UsageError('--url is required, e.g. --url http://localhost:3000/im/callback');
  if (values['sdk-app-id'] === undefined)
    throw new UsageError('--sdk-app-id is required, e.g. --sdk-app-id 1400000000');
  if (positionals.length > 1)
    throw new UsageError(`expected at most one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
  const url = parseUrl(values.url);
  const sdkAppId = values['sdk-app-id'];
  if (!/^[0-9]+$/.test(sdkAppId)) throw new UsageError(`--sdk-app-id must be digits; got ${JSON.stringify(sdkAppId)}`);
  const token = values.token ?? io.env['IM_CALLBACK_TOKEN'];
  if (token === '') throw new UsageError('--token is empty');
  const requestTime =
    values.time === undefined ? Math.floor((io.now ?? Date.now)() / 1000) : wholeNumber('--time', values.time);
  const timeoutMs = values.timeout === undefined ? 10_000 : wholeNumber('--timeout', values.timeout);

  const file = positionals[0];
  let body: string;
  let command = values.command;
  if (file !== undefined) {
    if (values.pairs !== undefined || values.from !== undefined || values.to !== undefined) {
      throw new UsageError('--pairs, --from and --to shape the built-in sample; leave them out when sending a FILE');
    }
    body =
      file === '-'
        ? await readAll(io.stdin)
        : await readFile(file, 'utf8').catch((error: unknown) => {
            const { code, message } = error as NodeJS.ErrnoException;
            throw new UsageError(`cannot read ${file}: ${code ?? message}`);
          });
    command ??= commandInBody(body, file);
  } else {
    command ??= 'Sns.CallbackFriendAdd';
    if (!(SAMPLE_COMMANDS as readonly string[]).includes(command)) {
      const near = suggestCommand(command);
      throw new UsageError(
        `there is no built-in sample for ${command}; ${near ? `did you mean ${near}? Or ` : ''}give a FILE with the body ('${NAME} commands' lists the known commands)`,
      );
    }
    const to = values.to
      ?.split(',')
      .map((user) => user.trim())
      .filter((user) => user !== '');
    // --to names the users, so without --pairs it also says how many.
    const count = values.pairs === undefined ? Math.max(1, to?.length ?? 1) : wholeNumber('--pairs', values.pairs);
    if (count < 1) throw new UsageError('--pairs must be at least 1');
    try {
      body = JSON.stringify(samplePacket(command as KnownCommand, { count, from: values.from, to }));
    } catch (error) {
      throw new UsageError((error as Error).message.replace(/^tencent-im-callback: samplePacket\(\) /, ''));
    }
  }

  const request = buildCallbackRequest({ command, sdkAppId, token, body, requestTime, path: url.pathname });
  const target = new URL(request.url, url);
  let response: Response;
  try {
    response = await fetch(target, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError' ? `no reply within ${timeoutMs} ms` : describeFetchError(error);
    io.stderr.write(`${NAME}: could not post to ${url.origin}${url.pathname}: ${reason}\n`);
    return 1;
  }
  const text = await response.text();
  io.stdout.write(`HTTP ${response.status}\n`);
  let reply: { ActionStatus?: unknown; ErrorInfo?: unknown } | null;
  try {
    reply = JSON.parse(text) as typeof reply;
    io.stdout.write(`${JSON.stringify(reply, null, 2)}\n`);
  } catch {
    io.stdout.write(`${text}\n`);
    io.stderr.write(
      `${NAME}: the reply is not JSON, so it is not from this package's router: check that --url is the path the router is mounted on, and that no body parser or error page answers before it\n`,
    );
    return 1;
  }
  if (response.status === 200 && reply?.ActionStatus === 'OK') return 0;
  const info = typeof reply?.ErrorInfo === 'string' ? reply.ErrorInfo : '';
  const hint = hintFor(response.status, info, { token, time: values.time });
  if (hint !== undefined) io.stderr.write(`${NAME}: ${hint}\n`);
  return 1;
}

/** The likely fix for a refused callback, from what the CLI sent and what came back. */
function hintFor(
  status: number,
  info: string,
  sent: { token: string | undefined; time: string | undefined },
): string | undefined {
  if (status === 401 && sent.time !== undefined && sent.time.length >= 12) {
    return `--time takes Unix seconds; ${sent.time} looks like milliseconds (try --time ${sent.time.slice(0, -3)})`;
  }
  if (status === 401 && sent.token === undefined) {
    return 'the server checks signatures: pass --token with the callback token, or set IM_CALLBACK_TOKEN';
  }
  if (status === 401 && info.startsWith('RequestTime')) {
    return "the server's clock and this one differ by more than the allowed skew, or --time is too far from now";
  }
  if (status === 401) return "the token differs from the server's: check --token (or IM_CALLBACK_TOKEN)";
  if (status === 403) return "--sdk-app-id differs from the server's SDKAppID";
  if (status === 404) return 'nothing handles this command at this URL: check --url and --command';
  return undefined;
}

function sign(args: readonly string[], io: CliIo): number {
  const { values } = parseArgs({ args: [...args], options: signOptions, strict: true });
  if (values.help) {
    io.stdout.write(signHelp);
    return 0;
  }
  const token = values.token ?? io.env['IM_CALLBACK_TOKEN'];
  if (token === undefined || token === '') throw new UsageError('--token is required (or set IM_CALLBACK_TOKEN)');
  const requestTime =
    values.time === undefined ? Math.floor((io.now ?? Date.now)() / 1000) : wholeNumber('--time', values.time);
  const signature = computeSign(token, requestTime);
  io.stdout.write(
    `Sign: ${signature}\nRequestTime: ${requestTime}\nQuery: Sign=${signature}&RequestTime=${requestTime}\n`,
  );
  return 0;
}

function parseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--url is not a URL: ${JSON.stringify(text)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--url must be http or https; got ${url.protocol}`);
  if (url.search !== '')
    throw new UsageError('--url must not have a query; the query parameters are added as IM adds them');
  return url;
}

function wholeNumber(option: string, text: string): number {
  if (!/^[0-9]{1,15}$/.test(text))
    throw new UsageError(`${option} must be a whole number; got ${JSON.stringify(text)}`);
  return Number(text);
}

function commandInBody(body: string, source: string): string {
  let command: unknown;
  try {
    command = (JSON.parse(body) as { CallbackCommand?: unknown } | null)?.CallbackCommand;
  } catch {
    throw new UsageError(`${source === '-' ? 'standard input' : source} is not JSON; give --command to send it anyway`);
  }
  if (typeof command !== 'string') {
    throw new UsageError(`${source === '-' ? 'standard input' : source} has no CallbackCommand; give --command`);
  }
  return command;
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function describeFetchError(error: unknown): string {
  // fetch wraps the socket error (ECONNREFUSED, ENOTFOUND, ...) in its cause.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const reason = cause?.code ?? cause?.message;
  return typeof reason === 'string' ? reason : (error as Error).message;
}
