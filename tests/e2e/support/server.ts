/**
 * A local HTTP server on 127.0.0.1 (a free port) for the end-to-end tests: our test pages, the shared corpus
 * (gunzipped on the fly) and pages built from the story. It records every request it receives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CORPUS_DIR, PAGES_DIR } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface TestServer {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Serves `html` at `path` from now on (for pages a test builds). */
  route(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const body = resolvePath(url.pathname, routes);
    if (body === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(url.pathname)] ?? TYPES['.html'];
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    route: (path, html) => routes.set(path, html),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function resolvePath(pathname: string, routes: Map<string, string>): Buffer | string | null {
  const routed = routes.get(pathname);
  if (routed !== undefined) return routed;
  if (pathname.startsWith('/corpus/')) {
    const name = pathname.slice('/corpus/'.length).replace(/\.html$/, '');
    if (!/^[0-9a-f]{64}$/.test(name)) return null;
    const file = join(CORPUS_DIR, 'pages', `${name}.html.gz`);
    return existsSync(file) ? gunzipSync(readFileSync(file)) : null;
  }
  if (pathname.startsWith('/pages/')) {
    const file = normalize(join(PAGES_DIR, pathname.slice('/pages/'.length)));
    if (!file.startsWith(PAGES_DIR) || !existsSync(file)) return null;
    return readFileSync(file);
  }
  return null;
}
