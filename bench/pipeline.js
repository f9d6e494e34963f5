// The router's own cost per callback, in-process and without sockets: a request stream and a
// response stub go through the whole pipeline (query checks with a signature, reading,
// parsing, validation, one listener, the reply), beside a floor that only reads and parses.
const { Readable } = require('node:stream');
const { computeSign, createCallbackRouter } = require('tencent-im-callback');
const { samplePacket } = require('tencent-im-callback/testing');

async function benchPipeline(pairs) {
  const router = createCallbackRouter({ sdkAppId: 1400000000, token: 'bench-token' }).on(
    'Sns.CallbackFriendAdd',
    () => undefined,
  );
  const body = Buffer.from(JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: pairs })));
  const time = Math.floor(Date.now() / 1000);
  const url = `/?${new URLSearchParams({
    SdkAppid: '1400000000',
    CallbackCommand: 'Sns.CallbackFriendAdd',
    Sign: computeSign('bench-token', time),
    RequestTime: String(time),
  })}`;
  const stream = () =>
    new Readable({
      read() {
        this.push(body);
        this.push(null);
      },
    });

  const throughRouter = () =>
    new Promise((resolve, reject) => {
      const req = Object.assign(stream(), {
        method: 'POST',
        url,
        headers: { 'content-length': String(body.length) },
      });
      const res = {
        headersSent: false,
        writableEnded: false,
        statusCode: 0,
        setHeader() {},
        writeHead(status) {
          res.statusCode = status;
        },
        end: (reply) => (res.statusCode === 200 ? resolve() : reject(new Error(reply))),
      };
      router(req, res, () => reject(new Error('passed on')));
    });
  const readAndParse = () =>
    new Promise((resolve) => {
      const chunks = [];
      const req = stream();
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });

  const iterations = Math.max(200, Math.round(100_000 / pairs));
  const time1 = async (fn) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await fn();
    return Number(process.hrtime.bigint() - start) / iterations / 1000;
  };
  const floor = [];
  const routed = [];
  for (let round = 0; round < 5; round++) {
    floor.push(await time1(readAndParse));
    routed.push(await time1(throughRouter));
  }
  const median = (values) => values.sort((a, b) => a - b)[2];
  return { pairs, floorMicros: median(floor), routerMicros: median(routed) };
}

module.exports = { benchPipeline };
