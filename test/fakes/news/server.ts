// A fake publisher on 127.0.0.1 port 0: feeds in every format and encoding, article pages, and the
// misbehaviour a feed reader meets (304s on a matching ETag, a 429 with Retry-After, 500s, redirects
// to private addresses and in a loop, a body over the size cap, wrong content types). Tests can
// replace any route's answer (an edited story) and count the requests each path got.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeServer, listenLocal } from '../http.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** One answer the server gives for a path. */
export interface Route {
  status?: number;
  /** Content-Type header (omitted when null). */
  type?: string | null;
  /** The body; `{base}` in a text body becomes the server's origin. */
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Entity tag: a request with If-None-Match equal to it gets a bare 304. */
  etag?: string;
}

/** The running fake. */
export interface NewsServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  /** URL of a path on this server. */
  url(path: string): string;
  /** Replaces (or adds) the answer for a path. */
  set(path: string, route: Route): void;
  /** Requests received per path. */
  hits(path: string): number;
  /** Headers of the last request to a path. */
  lastHeaders(path: string): IncomingMessage['headers'] | undefined;
  close(): Promise<void>;
}

const xml = 'application/rss+xml; charset=utf-8';

function fixture(name: string): Buffer {
  return readFileSync(join(fixtures, name));
}

/** The routes every test starts from. */
function defaultRoutes(): Map<string, Route> {
  const routes = new Map<string, Route>([
    [
      '/rss2.xml',
      {
        type: xml,
        body: fixture('rss2.xml').toString('utf8'),
        etag: '"rss2-v1"',
        headers: { 'last-modified': 'Tue, 01 Dec 2026 18:30:00 GMT' },
      },
    ],
    ['/rss1.rdf', { type: 'application/rdf+xml', body: fixture('rss1.rdf').toString('utf8') }],
    ['/atom.xml', { type: 'application/atom+xml', body: fixture('atom.xml').toString('utf8') }],
    ['/feed.json', { type: 'application/feed+json', body: fixture('feed.json').toString('utf8') }],
    ['/cp1252.xml', { type: 'application/xml', body: fixture('cp1252.xml') }],
    ['/latin1.xml', { type: 'text/xml; charset=ISO-8859-1', body: fixture('latin1-header.xml') }],
    ['/malformed.xml', { type: 'application/xml', body: fixture('malformed.xml').toString('utf8') }],
    ['/not-a-feed.xml', { type: 'application/xml', body: fixture('not-a-feed.xml').toString('utf8') }],
    ['/teaser.xml', { type: xml, body: fixture('teaser.xml').toString('utf8') }],
    [
      '/pages/harbour-bridge.html',
      { type: 'text/html; charset=utf-8', body: fixture('harbour-bridge.html').toString('utf8') },
    ],
    [
      '/pages/library-hours.html',
      { type: 'text/html', body: fixture('library-hours.html').toString('utf8') },
    ],
    ['/pages/gone.html', { status: 404, type: 'text/html', body: 'not here' }],
    [
      '/rate-limited.xml',
      { status: 429, type: 'text/plain', body: 'slow down', headers: { 'retry-after': '3600' } },
    ],
    ['/broken.xml', { status: 500, type: 'text/plain', body: 'oops' }],
    ['/image.png', { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) }],
    ['/huge.xml', { type: xml, body: hugeFeed() }],
    ['/to-metadata', { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } }],
    ['/to-private-host', { status: 302, headers: { location: 'http://intranet.test/feed.xml' } }],
    ['/to-file', { status: 302, headers: { location: 'file:///etc/passwd' } }],
    ['/loop', { status: 302, headers: { location: '/loop' } }],
    ['/moved', { status: 301, headers: { location: '/rss2.xml' } }],
  ]);
  return routes;
}

/** An RSS feed just over 5 MB. */
function hugeFeed(): string {
  const item = `<item><title>Filler</title><guid>x</guid><description>${'word '.repeat(2000)}</description></item>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>${item.repeat(540)}</channel></rss>`;
}

/** Starts the fake publisher. */
export async function startNewsServer(): Promise<NewsServer> {
  const routes = defaultRoutes();
  const counts = new Map<string, number>();
  const headers = new Map<string, IncomingMessage['headers']>();
  let origin = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    counts.set(path, (counts.get(path) ?? 0) + 1);
    headers.set(path, req.headers);
    const route = routes.get(path) ?? (path === '/to-loopback6' ? loopback6(origin) : undefined);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such path');
      return;
    }
    const out: Record<string, string> = { ...route.headers };
    if (route.type) out['content-type'] = route.type;
    if (route.etag) {
      out.etag = route.etag;
      if (req.headers['if-none-match'] === route.etag) {
        res.writeHead(304, out).end();
        return;
      }
    }
    const body =
      typeof route.body === 'string' ? route.body.replaceAll('{base}', origin) : (route.body ?? '');
    res.writeHead(route.status ?? 200, out).end(body);
  });
  const port = await listenLocal(server);
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    set: (path, route) => routes.set(path, route),
    hits: (path) => counts.get(path) ?? 0,
    lastHeaders: (path) => headers.get(path),
    close: () => closeServer(server),
  };
}

function loopback6(origin: string): Route {
  return { status: 302, headers: { location: origin.replace('127.0.0.1', '[::1]') + '/rss2.xml' } };
}
