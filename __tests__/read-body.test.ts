import { PassThrough } from 'node:stream';
import type { RequestWithBody } from '../lib/body/read-body';
import { readBody } from '../lib/body/read-body';

/** A stream standing in for an IncomingMessage, with the headers raw-body looks at. */
function fakeRequest(headers: Record<string, string>): PassThrough & RequestWithBody {
  return Object.assign(new PassThrough(), { headers }) as unknown as PassThrough & RequestWithBody;
}

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

  it('refuses an aborted upload with 400', async () => {
    const req = fakeRequest({ 'content-length': '100' });
    req.write('{"a":');
    const reading = readBody(req, 1000);
    req.emit('aborted');
    await expect(reading).rejects.toMatchObject({
      status: 400,
      message: 'request was aborted before the body was complete',
    });
  });

  it('refuses a stream that fails with 400', async () => {
    const req = fakeRequest({});
    const reading = readBody(req, 1000);
    req.destroy(new Error('socket hang up'));
    await expect(reading).rejects.toMatchObject({ status: 400, message: 'body could not be read' });
  });
});
