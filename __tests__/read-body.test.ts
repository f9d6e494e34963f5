import http from 'node:http';
import net from 'node:net';
import { PassThrough } from 'node:stream';
import type { RequestWithBody } from '../lib/body/read-body';
import { readBody as readBodyInto } from '../lib/body/read-body';

/** readBody as a promise, for the tests. */
function readBody(req: RequestWithBody, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    readBodyInto(req, limit, (error, body) => {
      if (error === undefined) resolve(body);
      else reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

/** A stream standing in for an IncomingMessage, with the headers the reader looks at. */
function fakeRequest(headers: Record<string, string>): PassThrough & RequestWithBody {
  return Object.assign(new PassThrough(), { headers }) as unknown as PassThrough & RequestWithBody;
}

const servers: http.Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

describe('readBody', () => {
  it('returns the bytes of an unread stream', async () => {
    const req = fakeRequest({});
    req.end('{"a":1}');
    expect(String(await readBody(req, 100))).toBe('{"a":1}');
  });

  it("returns a body parser's result once the stream was read", async () => {
    const req = fakeRequest({});
    req.body = { parsed: true };
    req._body = true;
    expect(await readBody(req, 100)).toEqual({ parsed: true });
  });

  it('leaves one idle listener per event however the read ends (read, too large, cut short, errored), and a later read adds none', async () => {
    const events = ['data', 'end', 'error', 'close'] as const;
    const listeners = (req: PassThrough) => events.map((event) => req.listenerCount(event));
    const fresh = listeners(fakeRequest({}));
    const oneMore = fresh.map((count) => count + 1);
    /** Calls every listener the reader left, as the stream would: none may act or throw. */
    const callLeftListeners = (req: PassThrough) => {
      for (const event of events) {
        for (const listener of req.listeners(event)) {
          expect(() => (listener as (...args: unknown[]) => void).call(req, Buffer.from('x'))).not.toThrow();
        }
      }
    };

    const read = fakeRequest({});
    read.end('{"a":1}');
    expect(String(await readBody(read, 100))).toBe('{"a":1}');
    expect(listeners(read)).toEqual(oneMore);
    callLeftListeners(read);

    const tooLarge = fakeRequest({});
    const refusing = readBody(tooLarge, 4);
    tooLarge.write('{"a":1}');
    await expect(refusing).rejects.toMatchObject({ status: 413 });
    expect(listeners(tooLarge)).toEqual(oneMore);
    // Still readable (paused): a second read finds the listeners there and adds none.
    const again = readBody(tooLarge, 100);
    expect(listeners(tooLarge)).toEqual(oneMore);
    tooLarge.destroy();
    await expect(again).rejects.toMatchObject({ status: 400, code: 'body_unreadable' });

    const cut = fakeRequest({ 'content-length': '100' });
    const cutting = readBody(cut, 1000);
    cut.write('{"a":');
    cut.destroy();
    await expect(cutting).rejects.toMatchObject({ status: 400 });
    expect(listeners(cut)).toEqual(oneMore);
    callLeftListeners(cut);

    const errored = fakeRequest({});
    const erroring = readBody(errored, 1000);
    errored.destroy(Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
    await expect(erroring).rejects.toMatchObject({ status: 400 });
    expect(listeners(errored)).toEqual(oneMore);
    callLeftListeners(errored);
  });

  it('answers once: the listeners it leaves do nothing when the stream calls them again', async () => {
    const req = fakeRequest({});
    const answers: unknown[] = [];
    readBodyInto(req, 100, (error, body) => answers.push(error ?? String(body)));
    req.end('{"a":1}');
    await new Promise((resolve) => req.once('close', resolve));
    expect(answers).toEqual(['{"a":1}']);
    req.emit('data', Buffer.from('more'));
    req.emit('end');
    req.emit('error', new Error('late'));
    req.emit('close');
    expect(answers).toEqual(['{"a":1}']);
    // And the request holds no state of the read (its chunks), only the mark that it is over.
    const held = Object.getOwnPropertySymbols(req).map((key) => (req as unknown as Record<symbol, unknown>)[key]);
    expect(held.filter((value) => value !== null && typeof value === 'object' && 'chunks' in value)).toEqual([]);
  });

  it('refuses a second read of a request being read, and the first still gets the whole body', async () => {
    const req = fakeRequest({ 'content-length': '7' });
    const first = readBody(req, 100);
    await expect(readBody(req, 100)).rejects.toMatchObject({ status: 400, code: 'body_unreadable' });
    req.end('{"a":1}');
    expect(String(await first)).toBe('{"a":1}');
    // One listener per event, from the first read only.
    expect(['data', 'end', 'error', 'close'].map((event) => req.listenerCount(event))).toEqual(
      ['data', 'end', 'error', 'close'].map((event) => fakeRequest({}).listenerCount(event) + 1),
    );
  });

  it('ignores its listeners being called without the request (as some instrumentation does)', async () => {
    const req = fakeRequest({});
    const reading = readBody(req, 100);
    for (const event of ['data', 'end', 'error', 'close'] as const) {
      for (const listener of req.listeners(event)) {
        expect(() => (listener as (...args: unknown[]) => void).call(undefined, Buffer.from('x'))).not.toThrow();
      }
    }
    req.end('{"a":1}');
    expect(String(await reading)).toBe('{"a":1}');
  });

  it('joins the chunks of a body into bytes where Node has no isUtf8 (before 18.14)', async () => {
    let readWithout: typeof readBodyInto | undefined;
    jest.isolateModules(() => {
      jest.doMock('../lib/body/utf8-chunks', () => ({ canDecodeChunks: false, decodeUtf8Chunks: () => undefined }));
      readWithout = (jest.requireActual('../lib/body/read-body') as { readBody: typeof readBodyInto }).readBody;
    });
    jest.dontMock('../lib/body/utf8-chunks');
    const req = fakeRequest({});
    const body = new Promise<unknown>((resolve, reject) => {
      (readWithout as typeof readBodyInto)(req, 100, (error, read) => {
        if (error === undefined) resolve(read);
        else reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
    req.write('{"first":');
    await new Promise((resolve) => setImmediate(resolve));
    req.end('"好"}');
    const read = await body;
    expect(Buffer.isBuffer(read)).toBe(true);
    expect(String(read)).toBe('{"first":"好"}');
  });

  it('reads two requests at once, each into its own body', async () => {
    const first = fakeRequest({});
    const second = fakeRequest({});
    const reading = [readBody(first, 100), readBody(second, 100)];
    first.write('{"first"');
    second.write('{"second"');
    second.end(':2}');
    first.end(':1}');
    const [one, two] = await Promise.all(reading);
    expect(String(one)).toBe('{"first":1}');
    expect(String(two)).toBe('{"second":2}');
  });

  it('accepts Content-Encoding identity', async () => {
    const req = fakeRequest({ 'content-encoding': 'Identity' });
    req.end('{}');
    expect(String(await readBody(req, 100))).toBe('{}');
  });

  it('refuses a body shorter than its Content-Length with 400', async () => {
    const req = fakeRequest({ 'content-length': '100' });
    req.end('{"a":1}');
    await expect(readBody(req, 1000)).rejects.toMatchObject({
      status: 400,
      message: 'body length does not match Content-Length',
    });
  });

  it('refuses a body over the limit before reading it when Content-Length says so', async () => {
    const req = fakeRequest({ 'content-length': '5000' });
    await expect(readBody(req, 1000)).rejects.toMatchObject({ status: 413, code: 'body_too_large' });
  });

  it('refuses an upload whose stream closes before its end with 400', async () => {
    const req = fakeRequest({ 'content-length': '100' });
    req.write('{"a":');
    const reading = readBody(req, 1000);
    req.destroy();
    await expect(reading).rejects.toMatchObject({
      status: 400,
      message: 'request was aborted before the body was complete',
    });
  });

  it('refuses the body of a client that hangs up in the middle of it, on a real socket', async () => {
    let reading: Promise<unknown> | undefined;
    const arrived = new Promise<void>((resolve) => {
      const server = http.createServer((req) => {
        reading = readBody(req, 1000);
        resolve();
      });
      servers.push(server);
      server.listen(0, '127.0.0.1', () => {
        const socket = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1', () => {
          socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"a":');
          setTimeout(() => socket.destroy(), 50);
        });
      });
    });
    await arrived;
    await expect(reading).rejects.toMatchObject({
      status: 400,
      message: 'request was aborted before the body was complete',
    });
  });

  it('refuses a body over the limit while it streams, without buffering the rest', async () => {
    const req = fakeRequest({});
    const reading = readBody(req, 10);
    req.write('0123456789');
    req.write('abc');
    await expect(reading).rejects.toMatchObject({ status: 413, code: 'body_too_large' });
    expect(req.isPaused()).toBe(true);
  });

  it('refuses a stream that was given a text encoding', async () => {
    const req = fakeRequest({});
    req.setEncoding('utf8');
    req.end('{}');
    await expect(readBody(req, 100)).rejects.toMatchObject({ status: 400, message: 'body could not be read' });
  });

  it('refuses a stream that fails with 400', async () => {
    const req = fakeRequest({});
    const reading = readBody(req, 1000);
    req.destroy(new Error('socket hang up'));
    await expect(reading).rejects.toMatchObject({ status: 400, message: 'body could not be read' });
  });
});
