import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import express from 'express';
import { computeSign, createCallbackRouter, type RouterEvent } from 'tencent-im-callback';
import { version } from '../package.json';
import { runCli } from '../lib/cli/cli';
import { docNowMs, docVector } from './helpers/callback-request';
import { builtFile } from './helpers/built';
import { listen } from './helpers/server';

const run = promisify(execFile);
const quiet = { warn: () => undefined, error: () => undefined };

/** Runs the CLI in-process with captured output. */
async function cli(argv: string[], options: { stdin?: string; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    env: options.env ?? {},
    now: () => docNowMs,
  });
  return { code, stdout, stderr };
}

describe('the CLI against a real server', () => {
  const events: RouterEvent[] = [];
  let server: Awaited<ReturnType<typeof listen>>;
  let url: string;
  let dir: string;

  beforeAll(async () => {
    const im = createCallbackRouter({
      sdkAppId: 1400000000,
      token: docVector.token,
      now: () => docNowMs,
      logger: quiet,
      unhandled: 'ack',
    });
    im.onAny((event) => void events.push(event));
    im.on('Sns.CallbackPrevFriendAdd', (event) => event.deny(event.targets[0] ?? '', 38001, 'blocked'));
    const app = express();
    app.use('/im/callback', im);
    app.post('/not-json', (_req, res) => void res.send('hello'));
    server = await listen(app);
    url = `${server.base}/im/callback`;
    dir = mkdtempSync(path.join(tmpdir(), 'im-cli-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    events.length = 0;
  });

  const base = () => ['send', '--url', url, '--sdk-app-id', '1400000000', '--token', docVector.token];

  it('sends a signed sample friend-add and exits 0 on OK', async () => {
    const result = await cli(base());
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: `HTTP 200\n${JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' }, null, 2)}\n`,
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      command: 'Sns.CallbackFriendAdd',
      requestTime: docVector.requestTime,
      clientIp: '127.0.0.1',
    });
  });

  it('generates a batch with --pairs, --from and --to', async () => {
    expect(
      (
        await cli([
          ...base(),
          '--command',
          'Sns.CallbackBlackListAdd',
          '--pairs',
          '3',
          '--from',
          'carol',
          '--to',
          'x, y',
        ])
      ).code,
    ).toBe(0);
    expect(events[0]?.body).toEqual({
      CallbackCommand: 'Sns.CallbackBlackListAdd',
      PairList: [
        { From_Account: 'carol', To_Account: 'x' },
        { From_Account: 'carol', To_Account: 'y' },
        { From_Account: 'carol', To_Account: 'user3' },
      ],
    });
  });

  it('prints the decisions of a before-callback', async () => {
    const result = await cli([...base(), '--command', 'Sns.CallbackPrevFriendAdd', '--pairs', '2']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout.slice('HTTP 200\n'.length))).toMatchObject({
      ResultItem: [{ To_Account: 'bob', ResultCode: 38001 }, { ResultCode: 0 }],
    });
  });

  it('sends a FILE, taking the command from its body', async () => {
    const file = path.join(dir, 'group.json');
    writeFileSync(file, JSON.stringify({ CallbackCommand: 'Group.CallbackAfterCreateGroup', GroupId: 'g1' }));
    expect((await cli([...base(), file])).code).toBe(0);
    expect(events[0]).toMatchObject({ command: 'Group.CallbackAfterCreateGroup', body: { GroupId: 'g1' } });
  });

  it('sends standard input with -, with an explicit command', async () => {
    const result = await cli([...base(), '--command', 'Push.OfflinePush', '-'], {
      stdin: '{"Events":[{"To_Account":"a"}]}',
    });
    expect(result.code).toBe(0);
    expect(events[0]).toMatchObject({ command: 'Push.OfflinePush', body: { Events: [{ To_Account: 'a' }] } });
  });

  it('takes the token from IM_CALLBACK_TOKEN', async () => {
    const result = await cli(['send', '--url', url, '--sdk-app-id', '1400000000'], {
      env: { IM_CALLBACK_TOKEN: docVector.token },
    });
    expect(result.code).toBe(0);
  });

  it.each([
    ['a wrong token', ['--token', 'wrong'], 'HTTP 401', 'Sign does not match'],
    ['another app id', ['--sdk-app-id', '1'], 'HTTP 403', 'SdkAppid does not match this app'],
    ['a stale time', ['--time', String(docVector.requestTime - 3600)], 'HTTP 401', 'RequestTime is more than 60 s'],
  ])('exits 1 and prints the reply for %s', async (_case, extra, status, info) => {
    const result = await cli([...base(), ...extra]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(status);
    expect(result.stdout).toContain(info);
  });

  it.each([
    [
      'a missing token',
      ['--token', ''].slice(2),
      'the server checks signatures: pass --token with the callback token, or set IM_CALLBACK_TOKEN',
    ],
    [
      'a time in milliseconds',
      ['--time', `${docVector.requestTime}000`],
      `--time takes Unix seconds; ${docVector.requestTime}000 looks like milliseconds (try --time ${docVector.requestTime})`,
    ],
    [
      'a wrong token',
      ['--token', 'wrong'],
      "the token differs from the server's: check --token (or IM_CALLBACK_TOKEN)",
    ],
    ['another app id', ['--sdk-app-id', '1'], "--sdk-app-id differs from the server's SDKAppID"],
  ])('prints the likely fix for %s', async (_case, extra, hint) => {
    const args = ['send', '--url', url, '--sdk-app-id', '1400000000'];
    const token = extra.includes('--token') || _case === 'a missing token' ? [] : ['--token', docVector.token];
    const result = await cli([...args, ...token, ...extra]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`tencent-im-callback: ${hint}\n`);
  });

  it('sends as many entries as --to names when --pairs is left out', async () => {
    expect((await cli([...base(), '--command', 'Sns.CallbackFriendDelete', '--to', 'bob,carol'])).code).toBe(0);
    expect(events[0]?.body).toMatchObject({
      PairList: [
        { From_Account: 'alice', To_Account: 'bob' },
        { From_Account: 'alice', To_Account: 'carol' },
      ],
    });
  });

  it('exits 1 when the reply is not JSON', async () => {
    const result = await cli(['send', '--url', `${server.base}/not-json`, '--sdk-app-id', '1']);
    expect(result).toMatchObject({
      code: 1,
      stdout: 'HTTP 200\nhello\n',
      stderr:
        "tencent-im-callback: the reply is not JSON, so it is not from this package's router: check that --url is the path the router is mounted on, and that no body parser or error page answers before it\n",
    });
  });

  it('exits 1 with the reason when nothing listens', async () => {
    const closed = await listen(express());
    await closed.close();
    const result = await cli(['send', '--url', `${closed.base}/im/callback`, '--sdk-app-id', '1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/could not post to http:\/\/127\.0\.0\.1:\d+\/im\/callback: ECONNREFUSED/);
  });

  it('exits 1 when the reply does not come within --timeout', async () => {
    const slow = createCallbackRouter({ sdkAppId: 1, token: false, logger: quiet, listenerTimeoutMs: 5000 }).on(
      'Sns.CallbackFriendAdd',
      () => new Promise((r) => setTimeout(r, 300)),
    );
    const app = express();
    app.use('/im/callback', slow);
    const slowServer = await listen(app);
    try {
      const result = await cli([
        'send',
        '--url',
        `${slowServer.base}/im/callback`,
        '--sdk-app-id',
        '1',
        '--timeout',
        '50',
      ]);
      expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('no reply within 50 ms') });
    } finally {
      await new Promise((r) => setTimeout(r, 300));
      await slowServer.close();
    }
  });
});

describe('tencent-im-callback commands', () => {
  it('lists every known command by family, with before or after and when IM sends it', async () => {
    const result = await cli(['commands']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Alert\n {2}after {3}Alert\.RequestOverLimit /);
    expect(result.stdout).toMatch(/\nC2C\n {2}after {3}C2C\.CallbackAfterC2CMsgExtension /);
    expect(result.stdout).toMatch(/ {2}before {2}Group\.CallbackBeforeInviteJoinGroup +before invited users are added/);
    expect(result.stdout).toContain('\n59 commands; any other reaches a router by its exact name.\n');
    expect(result.stdout.match(/^ {2}(?:before|after) /gm)).toHaveLength(59);
  });

  it('explains itself with --help and refuses an unknown flag', async () => {
    expect((await cli(['commands', '--help'])).stdout).toContain('Usage: tencent-im-callback commands');
    expect(await cli(['commands', '--json'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Run 'tencent-im-callback commands --help' for usage."),
    });
  });
});

describe('CLI usage', () => {
  it.each([
    [['send', '--sdk-app-id', '1'], '--url is required'],
    [['send', '--url', 'http://x'], '--sdk-app-id is required'],
    [['send', '--url', 'nope', '--sdk-app-id', '1'], '--url is not a URL: "nope"'],
    [['send', '--url', 'ftp://x/', '--sdk-app-id', '1'], '--url must be http or https'],
    [['send', '--url', 'http://x/?a=1', '--sdk-app-id', '1'], '--url must not have a query'],
    [['send', '--url', 'http://x', '--sdk-app-id', 'abc'], '--sdk-app-id must be digits'],
    [['send', '--url', 'http://x', '--sdk-app-id', '1', '--token', ''], '--token is empty'],
    [
      ['send', '--url', 'http://x', '--sdk-app-id', '1', '--pairs', 'many'],
      '--pairs must be a whole number; got "many"',
    ],
    [['send', '--url', 'http://x', '--sdk-app-id', '1', '--pairs', '0'], '--pairs must be at least 1'],
    [
      ['send', '--url', 'http://x', '--sdk-app-id', '1', '--command', 'Group.X'],
      "there is no built-in sample for Group.X; give a FILE with the body ('tencent-im-callback commands' lists the known commands)",
    ],
    [['send', '--url', 'http://x', '--sdk-app-id', '1', 'a.json', 'b.json'], 'expected at most one FILE'],
    [
      ['send', '--url', 'http://x', '--sdk-app-id', '1', '--pairs', '2', 'a.json'],
      'leave them out when sending a FILE',
    ],
    [
      ['send', '--url', 'http://x', '--sdk-app-id', '1', '/no/such/file.json'],
      'cannot read /no/such/file.json: ENOENT',
    ],
    [['send', '--url', 'http://x', '--sdk-app-id', '1', '--bogus'], "Unknown option '--bogus'"],
    [['sign'], '--token is required (or set IM_CALLBACK_TOKEN)'],
    [['sign', '--token', 't', '--time', '-5'], "Option '--time' argument is ambiguous"],
    [['sign', '--token', 't', '--time', '1.5'], '--time must be a whole number'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('%j exits 2 with one clear line and no stack trace', async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/\nRun 'tencent-im-callback (send |sign )?--help' for usage\.\n$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['standard input that is not JSON', ['-'], 'not json', 'standard input is not JSON'],
    ['standard input without CallbackCommand', ['-'], '{}', 'standard input has no CallbackCommand'],
  ])('refuses %s without --command', async (_case, extra, stdin, message) => {
    const result = await cli(['send', '--url', 'http://x', '--sdk-app-id', '1', ...extra], { stdin });
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining(message) });
  });

  it.each([
    [['--help'], 'Usage: tencent-im-callback <command>'],
    [['help'], 'Usage: tencent-im-callback <command>'],
    [['send', '--help'], 'Usage: tencent-im-callback send --url URL'],
    [['sign', '-h'], 'Usage: tencent-im-callback sign --token T'],
  ])('%j prints help and exits 0', async (argv, text) => {
    const result = await cli(argv);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(text);
  });

  it('prints help and exits 2 with no command', async () => {
    expect(await cli([])).toMatchObject({ code: 2, stdout: expect.stringContaining('Commands:') });
  });

  it('signs with the documented vector', async () => {
    const result = await cli(['sign', '--token', docVector.token, '--time', String(docVector.requestTime)]);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: `Sign: ${docVector.sign}\nRequestTime: ${docVector.requestTime}\nQuery: Sign=${docVector.sign}&RequestTime=${docVector.requestTime}\n`,
    });
  });

  it('signs the current time with the token from IM_CALLBACK_TOKEN', async () => {
    const result = await cli(['sign'], { env: { IM_CALLBACK_TOKEN: 'env-token' } });
    expect(result.stdout).toContain(`Sign: ${computeSign('env-token', docVector.requestTime)}`);
  });
});

describe('the installed binary (spawned)', () => {
  let cliPath: string;
  beforeAll(() => {
    cliPath = builtFile('cli.js');
  });

  it('signs, sends to a real server and exits with the documented codes', async () => {
    const im = createCallbackRouter({ sdkAppId: 1400000000, token: 'bin-token', logger: quiet }).on(
      'Sns.CallbackFriendDelete',
      () => undefined,
    );
    const app = express();
    app.use('/im/callback', im);
    const server = await listen(app);
    try {
      const signed = await run(process.execPath, [
        cliPath,
        'sign',
        '--token',
        docVector.token,
        '--time',
        String(docVector.requestTime),
      ]);
      expect(signed.stdout).toContain(docVector.sign);
      const args = [
        cliPath,
        'send',
        '--url',
        `${server.base}/im/callback`,
        '--sdk-app-id',
        '1400000000',
        '--command',
        'Sns.CallbackFriendDelete',
      ];
      const ok = await run(process.execPath, [...args, '--token', 'bin-token']);
      expect(ok.stdout).toContain('"ActionStatus": "OK"');
      await expect(run(process.execPath, [...args, '--token', 'nope'])).rejects.toMatchObject({
        code: 1,
        stdout: expect.stringContaining('HTTP 401'),
      });
      await expect(run(process.execPath, [cliPath, 'send'])).rejects.toMatchObject({
        code: 2,
        stderr:
          "tencent-im-callback: --url is required, e.g. --url http://localhost:3000/im/callback\nRun 'tencent-im-callback send --help' for usage.\n",
      });
    } finally {
      await server.close();
    }
  });
});

describe('CLI suggestions', () => {
  it.each([
    ['CallbackFriendAdd', 'Sns.CallbackFriendAdd'],
    ['FriendAdd', 'Sns.CallbackFriendAdd'],
    ['Sns.CallbackFriendAdded', 'Sns.CallbackFriendAdd'],
    ['c2c.callbackbeforesendmsg', 'C2C.CallbackBeforeSendMsg'],
  ])('suggests the known command for --command %s', async (given, meant) => {
    const result = await cli(['send', '--url', 'http://x', '--sdk-app-id', '1', '--command', given]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`there is no built-in sample for ${given}; did you mean ${meant}? Or give a FILE`);
  });

  it.each([
    [
      ['send', '--url', 'http://x', '--sdk-app-id', '1', '--pair', '2'],
      "Unknown option '--pair'",
      'Did you mean --pairs?',
    ],
    [['sign', '--tokn', 't'], "Unknown option '--tokn'", 'Did you mean --token?'],
    [['snd'], 'unknown command "snd"', 'did you mean send?'],
  ])('suggests the near flag or command for %j', async (argv, message, suggestion) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(suggestion);
  });

  it('prints its version', async () => {
    for (const flag of ['--version', '-v', 'version']) {
      expect(await cli([flag])).toEqual({ code: 0, stdout: `tencent-im-callback ${version}\n`, stderr: '' });
    }
  });

  it('says why a sample cannot be made', async () => {
    const result = await cli([
      'send',
      '--url',
      'http://x',
      '--sdk-app-id',
      '1',
      '--command',
      'Alert.RequestOverLimit',
      '--pairs',
      '3',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'can make only one Alert.RequestOverLimit: its packet has no list of users to grow',
    );
  });
});
