// `npm run demo:moderation`: starts the moderation example on a free port with an in-memory
// database, plays a conversation through the package's CLI (separate processes, as a developer
// would), checks each reply IM would get and the archive, and exits 0 when all is as expected.
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { promisify } = require('node:util');
const { samplePacket } = require('tencent-im-callback/testing');
const { createApp, openDatabase } = require('./app');

const run = promisify(execFile);
// The simulator that comes with the package, run as a developer would run `npx tencent-im-callback`.
const cli = path.join(path.dirname(require.resolve('tencent-im-callback/package.json')), 'dist', 'cli.js');
const sdkAppId = '1400000000';
const token = 'demo-token';

const text = (words) => [{ MsgType: 'TIMTextElem', MsgContent: { Text: words } }];
const c2c = (words) => ({
  ...samplePacket('C2C.CallbackBeforeSendMsg', { from: 'alice', to: ['bob'] }),
  MsgBody: text(words),
});
const group = (words) => ({ ...samplePacket('Group.CallbackBeforeSendMsg', { from: 'alice' }), MsgBody: text(words) });
const delivered = (command, words, extra) => ({
  ...samplePacket(command, { from: 'alice', to: ['bob'] }),
  MsgBody: text(words),
  ...extra,
});

// [title, command, body, what the reply must contain]
const steps = [
  ['alice says hello to bob: delivered as sent', 'C2C.CallbackBeforeSendMsg', c2c('hello bob'), { ErrorCode: 0 }],
  [
    'alice swears at bob: the word is masked',
    'C2C.CallbackBeforeSendMsg',
    c2c('well darn it'),
    { ErrorCode: 0, MsgBody: text('well **** it') },
  ],
  [
    'alice posts a link in the group: refused with the group code',
    'Group.CallbackBeforeSendMsg',
    group('see https://example.com'),
    { ErrorCode: 10100, ErrorInfo: 'links are not allowed here' },
  ],
  [
    'a link to bob: refused with the C2C code',
    'C2C.CallbackBeforeSendMsg',
    c2c('www.example.com'),
    { ErrorCode: 120001 },
  ],
  ['spam in the group: dropped silently', 'Group.CallbackBeforeSendMsg', group('FREE MONEY inside'), { ErrorCode: 2 }],
  [
    'bob invites carol and mallory: mallory is blocked',
    'Group.CallbackBeforeInviteJoinGroup',
    samplePacket('Group.CallbackBeforeInviteJoinGroup', { from: 'bob', to: ['carol', 'mallory'], count: 2 }),
    { ErrorCode: 0, RefusedMembers_Account: ['mallory'] },
  ],
  [
    'the masked message is delivered: archived',
    'C2C.CallbackAfterSendMsg',
    delivered('C2C.CallbackAfterSendMsg', 'well **** it', { MsgKey: '1_1_1700000000', MsgTime: 1700000000 }),
    { ErrorCode: 0 },
  ],
  [
    'the same delivery again: archived once',
    'C2C.CallbackAfterSendMsg',
    delivered('C2C.CallbackAfterSendMsg', 'well **** it', { MsgKey: '1_1_1700000000', MsgTime: 1700000000 }),
    { ErrorCode: 0 },
  ],
  [
    'a group message is delivered: archived',
    'Group.CallbackAfterSendMsg',
    delivered('Group.CallbackAfterSendMsg', 'good morning', { MsgSeq: 7, MsgTime: 1700000001 }),
    { ErrorCode: 0 },
  ],
];

function matches(reply, expected) {
  return Object.entries(expected).every(([field, value]) => JSON.stringify(reply[field]) === JSON.stringify(value));
}

async function main() {
  if (!fs.existsSync(cli))
    throw new Error(`${cli} is missing: build the package first (npm run build in the repository root).`);
  const db = await openDatabase(); // in memory: gone when the demo ends
  await db.query("INSERT INTO banned_words VALUES ('darn')");
  await db.query("INSERT INTO blocked_users VALUES ('mallory')");
  const log = (entry) =>
    entry.moderation && console.log(`  server: ${entry.moderation} a ${entry.kind} message from ${entry.from}`);
  const server = createApp({ db, sdkAppId, token, log }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(`example listening on ${base}, database in memory\n`);
  let failures = 0;
  try {
    for (const [title, command, body, expected] of steps) {
      console.log(`> ${title}`);
      const args = [
        cli,
        'send',
        '--url',
        `${base}/im/callback`,
        '--sdk-app-id',
        sdkAppId,
        '--token',
        token,
        '--command',
        command,
        '-',
      ];
      const child = run(process.execPath, args);
      child.child.stdin.end(JSON.stringify(body));
      const { stdout } = await child.catch((error) => error);
      console.log(String(stdout).trimEnd().replace(/^/gm, '  cli: '));
      const reply = JSON.parse(String(stdout).slice(String(stdout).indexOf('{')));
      if (!matches(reply, expected)) {
        failures++;
        console.error(`  unexpected reply: wanted ${JSON.stringify(expected)}`);
      }
    }
    const archive = await (await fetch(`${base}/messages`)).json();
    console.log('\nThe archive:');
    for (const row of archive) console.log(`  ${row.kind} ${row.sender} -> ${row.recipient}: ${row.text}`);
    if (archive.length !== 2 || archive.some((row) => /darn/.test(row.text))) {
      failures++;
      console.error(`unexpected archive: ${JSON.stringify(archive)}`);
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await db.close();
  }
  console.log(
    failures === 0
      ? '\ndemo finished: every callback answered as expected'
      : `\ndemo finished with ${failures} failure(s)`,
  );
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
