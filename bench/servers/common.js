// Shared by the benchmark servers: the app id and token the load generator signs with, and
// the line that tells the runner which port a server listens on.
const SDK_APP_ID = '1400000000';
const TOKEN = 'bench-token';
const OK_JSON = '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}';

/**
 * Listens on a free loopback port, prints it, and answers the runner's 'usage' message with
 * the requests served and the CPU time used so far: CPU per request is the steadier measure
 * on a shared machine, where throughput also moves with what the neighbours do.
 */
function announce(server) {
  let requests = 0;
  server.on('request', () => requests++);
  process.on('message', (message) => {
    if (message !== 'usage') return;
    const { user, system } = process.cpuUsage();
    process.send({ requests, cpuMicros: user + system });
  });
  server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
}

module.exports = { SDK_APP_ID, TOKEN, OK_JSON, announce };
