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
