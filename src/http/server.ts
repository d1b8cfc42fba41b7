// The bot's one HTTP server (PORT): features add routes (src/http/route.ts) and this owns the rest:
// matching exact and prefix paths, 404 and 405 with Allow, time limits on headers, requests and
// idle keep-alive, a throwing handler turned into a 500 and a log line, and a graceful close.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.ts';
import { answer } from './answer.ts';
import type { HttpRoute } from './route.ts';
import { checkRoute, matchRoutes, methodsOf, pathOf } from './route-table.ts';

/** Time limits of the server (ms). */
export interface HttpLimits {
  /** Whole request headers must arrive within this (Node's default is 60 s). */
  headersTimeoutMs: number;
  /** The whole request (headers and body) must arrive within this (Node's default is 5 minutes). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often the headers and request time limits are checked. */
  checkIntervalMs: number;
  /** On close, requests still running after this are cut off (keep it under the shutdown deadline, 8 s). */
  closeGraceMs: number;
}

/** Limits that suit webhooks and chat platforms: a client has 10 s for headers and 30 s for a body. */
export const defaultHttpLimits: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
  closeGraceMs: 6_000,
};

/** The shared server. */
export interface HttpServer {
  /** Adds a route (before or after listen); returns a function that removes it. Throws on a clash. */
  add(route: HttpRoute): () => void;
  /** Listens on `port` (0: any free port) and resolves with the port; rejects with the listen error. */
  listen(port: number, host?: string): Promise<number>;
  /** The port listened on, once listening. */
  readonly port: number | undefined;
  /** Stops accepting, lets running requests finish within the grace, then closes every connection. */
  close(): Promise<void>;
  /** The node server (for tests and for features that need its events). */
  readonly server: Server;
}

/** Options of the server. */
export interface HttpServerOptions {
  logger: Logger;
  limits?: Partial<HttpLimits>;
}

/** Creates the server; nothing listens until listen(). */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const limits = { ...defaultHttpLimits, ...options.limits };
  const log = options.logger.child({ part: 'http' });
  const routes: HttpRoute[] = [];
  let inFlight = 0;
  let closing: Promise<void> | undefined;
  const server = createServer({ connectionsCheckingInterval: limits.checkIntervalMs }, (req, res) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (closing) server.closeIdleConnections();
    });
    if (closing) res.setHeader('connection', 'close');
    void serve(routes, req, res, log);
  });
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;

  const close = async (): Promise<void> => {
    if (!server.listening) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const cutOff = setTimeout(() => {
      if (inFlight > 0) log.warn({ inFlight }, 'http: requests still running at close; cutting them off');
      server.closeAllConnections();
    }, limits.closeGraceMs);
    await closed;
    clearTimeout(cutOff);
  };

  return {
    add(route) {
      checkRoute(route);
      const clash = routes.find(
        (r) => r.path === route.path && r.methods.some((m) => route.methods.includes(m)),
      );
      if (clash) throw new Error(`HTTP route ${route.path} (${route.methods.join(', ')}) is already served`);
      routes.push(route);
      return () => {
        const at = routes.indexOf(route);
        if (at >= 0) routes.splice(at, 1);
      };
    },
    listen: (port, host) =>
      new Promise<number>((resolve, reject) => {
        const failed = (error: Error) => reject(error);
        server.once('error', failed);
        server.listen(port, host, () => {
          server.off('error', failed);
          server.on('error', (error) => log.error({ err: error }, 'http: server error'));
          resolve((server.address() as AddressInfo).port);
        });
      }),
    get port() {
      const address = server.address();
      return address && typeof address === 'object' ? address.port : undefined;
    },
    close: () => {
      closing ??= close();
      return closing;
    },
    server,
  };
}

async function serve(routes: readonly HttpRoute[], req: IncomingMessage, res: ServerResponse, log: Logger) {
  const path = pathOf(req.url);
  if (path === undefined) return answer(res, 400, { error: 'the request URL cannot be read' });
  const candidates = matchRoutes(routes, path);
  if (candidates.length === 0) return answer(res, 404, { error: 'not found' });
  const method = req.method ?? '';
  const route = candidates.find((r) => methodsOf(r).includes(method));
  if (!route) {
    const allow = [...new Set(candidates.flatMap(methodsOf))].join(', ');
    return answer(res, 405, { error: `method ${method} not allowed; use ${allow}` }, { allow });
  }
  try {
    await route.handle(req, res);
  } catch (error) {
    log.error({ err: error, method, path: route.path }, 'http: a route handler failed');
    if (!res.headersSent) answer(res, 500, { error: 'internal error' });
    else res.destroy();
  }
}
