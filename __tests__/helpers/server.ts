import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestListener } from 'node:http';

/**
 * Serves `app` on a loopback port for tests that need a real URL. `close` also ends kept-alive
 * connections (fetch keeps its sockets open for seconds), so closing never waits on a client.
 */
export async function listen(
  app: RequestListener,
): Promise<{ base: string; port: number; server: http.Server; close: () => Promise<void> }> {
  const server = http.createServer(app).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

/**
 * Posts `body` to a loopback port in pieces cut at the byte offsets `cuts`, with a pause after
 * each, so that the server reads them as separate chunks: 20 ms, or until `afterEachPiece`
 * resolves (a server that says when it has read a piece makes the cuts exact even on a busy
 * machine, where 20 ms may not be enough). With `chunked`, the body is sent without a
 * Content-Length. Gives the status, and the reply's `ErrorInfo` when it is IM's JSON (else its
 * text, such as a fallback's 404).
 */
export function postInPieces(
  port: number,
  path: string,
  body: Buffer,
  {
    headers = {},
    cuts = [],
    chunked = false,
    afterEachPiece,
  }: {
    headers?: Record<string, string>;
    cuts?: number[];
    chunked?: boolean;
    afterEachPiece?: () => Promise<void>;
  } = {},
): Promise<{ status: number; info: string }> {
  const framing = chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': body.length };
  return new Promise((resolve, reject) => {
    const req = http.request(
      { port, host: '127.0.0.1', method: 'POST', path, headers: { ...framing, ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const info = text.startsWith('{') ? (JSON.parse(text) as { ErrorInfo: string }).ErrorInfo : text;
          resolve({ status: res.statusCode ?? 0, info });
        });
      },
    );
    req.on('error', reject);
    const pieces = [0, ...cuts, body.length].map((at, i, all) => body.subarray(at, all[i + 1] ?? at));
    const send = (i: number) => {
      if (i === pieces.length - 1) {
        req.end();
        return;
      }
      // Waited for before the write, so that a server quicker than this turn is not missed.
      const read = afterEachPiece?.();
      req.write(pieces[i]);
      const next = () => {
        send(i + 1);
      };
      if (read === undefined) setTimeout(next, 20);
      else read.then(next, reject);
    };
    send(0);
  });
}
