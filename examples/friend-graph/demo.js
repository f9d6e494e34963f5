// `npm run demo`: starts the example on a free port with an in-memory database, sends one of
// each Sns.* callback with the package's CLI (as separate processes, as a developer would),
// prints the mirrored friend graph, and exits 0 when everything went as expected.
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { promisify } = require('node:util');
const { createApp, openDatabase } = require('./app');

const run = promisify(execFile);
// The simulator that comes with the package, run as a developer would run `npx tencent-im-callback`.
const cli = path.join(path.dirname(require.resolve('tencent-im-callback/package.json')), 'dist', 'cli.js');
const sdkAppId = '1400000000';
const token = 'demo-token';

const steps = [
  ['alice adds bob and carol', 'Sns.CallbackFriendAdd', '--from', 'alice', '--to', 'bob,carol', '--pairs', '2'],
  ['bob adds alice', 'Sns.CallbackFriendAdd', '--from', 'bob', '--to', 'alice'],
  ['the same callback again (changes nothing)', 'Sns.CallbackFriendAdd', '--from', 'bob', '--to', 'alice'],
  [
    'carol blocks mallory and eve',
    'Sns.CallbackBlackListAdd',
    '--from',
    'carol',
    '--to',
    'mallory,eve',
    '--pairs',
    '2',
  ],
  ['carol unblocks eve', 'Sns.CallbackBlackListDelete', '--from', 'carol', '--to', 'eve'],
  [
    'mallory asks to add carol and dave (carol refuses)',
    'Sns.CallbackPrevFriendAdd',
    '--from',
    'mallory',
    '--to',
    'carol,dave',
    '--pairs',
    '2',
  ],
  ['dave answers alice', 'Sns.CallbackPrevFriendResponse', '--from', 'dave', '--to', 'alice'],
  ['alice deletes carol', 'Sns.CallbackFriendDelete', '--from', 'alice', '--to', 'carol'],
];

async function main() {
  if (!fs.existsSync(cli))
    throw new Error(`${cli} is missing: build the package first (npm run build in the repository root).`);
  const db = await openDatabase(); // in memory: gone when the demo ends
  const log = (entry) =>
    console.log(
      `  server: ${entry.command ?? ''} ${entry.status ?? entry.message ?? ''} ${JSON.stringify(entry.what ?? '')}`,
    );
  const server = createApp({ db, sdkAppId, token, log }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(`example listening on ${base}, database in memory\n`);
  let failures = 0;
  try {
    for (const [title, command, ...options] of steps) {
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
        ...options,
      ];
      try {
        const { stdout } = await run(process.execPath, args);
        console.log(stdout.trimEnd().replace(/^/gm, '  cli: '));
      } catch (error) {
        failures++;
        console.error(`  cli failed (exit ${error.code}): ${error.stdout}${error.stderr}`);
      }
    }
    console.log('\nThe mirrored friend graph:');
    const graph = {};
    for (const user of ['alice', 'bob', 'carol', 'dave', 'mallory']) {
      graph[user] = await (await fetch(`${base}/friends/${user}`)).json();
      console.log(
        `  ${user}: friends [${graph[user].friends.join(', ')}], blocked [${graph[user].blocked.join(', ')}]`,
      );
    }
    const expected = { alice: ['bob'], bob: ['alice'], carol: [], dave: [], mallory: [] };
    for (const [user, friends] of Object.entries(expected)) {
      if (graph[user].friends.join() !== friends.join()) {
        failures++;
        console.error(`unexpected friends of ${user}: ${graph[user].friends.join()}`);
      }
    }
    if (graph.carol.blocked.join() !== 'mallory') {
      failures++;
      console.error(`unexpected blocklist of carol: ${graph.carol.blocked.join()}`);
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
