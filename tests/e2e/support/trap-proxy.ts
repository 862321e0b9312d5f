/**
 * A proxy on 127.0.0.1 that forwards nothing: a browser configured to use it sends it every request bound for
 * another host (plain HTTP as a request, HTTPS and WebSockets as a CONNECT), and the trap records each one and
 * refuses it. Requests to 127.0.0.1 itself go straight to the test server, as browsers never proxy them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TrapProxy {
  port: number;
  /** What reached the trap, in order: "GET http://host/path" or "CONNECT host:443". */
  seen: string[];
  close(): Promise<void>;
}

export async function startTrapProxy(): Promise<TrapProxy> {
  const seen: string[] = [];
  const server: Server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(403, { 'content-type': 'text/plain' }).end('no network in tests');
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
