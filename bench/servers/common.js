// Shared by the benchmark servers: the app id and token the load generator signs with, and
// the line that tells the runner which port a server listens on.
const SDK_APP_ID = '1400000000';
const TOKEN = 'bench-token';
const OK_JSON = '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}';

function announce(server) {
  server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
}

module.exports = { SDK_APP_ID, TOKEN, OK_JSON, announce };
