// The shared HTTP server on a real port: exact and prefix routes, 404 and 405 with Allow, a
// throwing handler answered with 500 while the server keeps serving, time limits, graceful close.
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { send } from './send.ts';

function logged() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('debug', { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { lines, logger };
}

const text = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) => void res.end(body);

let servers: HttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function started(limits = {}) {
  const { lines, logger } = logged();
  const http = createHttpServer({ logger, limits });
  servers.push(http);
  const port = await http.listen(0, '127.0.0.1');
  return { http, port, lines };
}

describe('http server: routes', () => {
  it('an exact path answers only itself; a prefix path answers everything under it; the most specific wins', async () => {
    const { http, port } = await started();
    http.add({ methods: ['GET'], path: '/healthz', handle: text('health') });
    http.add({ methods: ['POST'], path: '/slack/', handle: text('slack') });
    http.add({ methods: ['POST'], path: '/slack/install/', handle: text('install') });
    http.add({ methods: ['POST'], path: '/slack/events', handle: text('events') });
    expect((await send(port, '/healthz')).body).toBe('health');
    expect((await send(port, '/healthz?probe=1')).body).toBe('health');
    expect((await send(port, '/healthz/more')).status).toBe(404);
    expect((await send(port, '/slack/commands', { method: 'POST' })).body).toBe('slack');
    expect((await send(port, '/slack/install/x', { method: 'POST' })).body).toBe('install');
    expect((await send(port, '/slack/events', { method: 'POST' })).body).toBe('events');
    expect((await send(port, '/slack', { method: 'POST' })).status).toBe(404);
  });

  it('an unknown path is 404 with a short JSON error', async () => {
    const { port } = await started();
    const answer = await send(port, '/nothing-here');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(answer.body)).toEqual({ error: 'not found' });
  });

  it('a method the path does not serve is 405 with Allow listing what it does (HEAD comes with GET)', async () => {
    const { http, port } = await started();
    http.add({ methods: ['GET'], path: '/metrics', handle: text('m') });
    const answer = await send(port, '/metrics', { method: 'POST', body: 'x' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect(JSON.parse(answer.body).error).toMatch(/POST not allowed/);
    const head = await send(port, '/metrics', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('two routes may share a path with different methods; a clash on the same method is refused', async () => {
    const { http, port } = await started();
    http.add({ methods: ['GET'], path: '/api/articles', handle: text('list') });
    http.add({ methods: ['POST'], path: '/api/articles', handle: text('add') });
    expect(() => http.add({ methods: ['POST', 'GET'], path: '/api/articles', handle: text('x') })).toThrow(
      /already served/,
    );
    expect((await send(port, '/api/articles')).body).toBe('list');
    expect((await send(port, '/api/articles', { method: 'POST' })).body).toBe('add');
    expect((await send(port, '/api/articles', { method: 'DELETE' })).headers.allow).toBe('GET, HEAD, POST');
  });

  it('a route added after listen is served at once, and a removed one answers 404', async () => {
    const { http, port } = await started();
    const remove = http.add({ methods: ['GET'], path: '/late', handle: text('late') });
    expect((await send(port, '/late')).body).toBe('late');
    remove();
    expect((await send(port, '/late')).status).toBe(404);
  });

  it('a handler that throws or rejects gets a 500 with a short JSON error and a log line; the server keeps serving', async () => {
    const { http, port, lines } = await started();
    http.add({
      methods: ['GET'],
      path: '/sync',
      handle: () => {
        throw new Error('boom');
      },
    });
    http.add({ methods: ['GET'], path: '/async', handle: async () => Promise.reject(new Error('later')) });
    http.add({ methods: ['GET'], path: '/fine', handle: text('fine') });
    for (const path of ['/sync', '/async']) {
      const answer = await send(port, path);
      expect(answer.status).toBe(500);
      expect(JSON.parse(answer.body)).toEqual({ error: 'internal error' });
    }
    const failures = lines.filter((l) => l.msg === 'http: a route handler failed');
    expect(failures.map((l) => (l.err as { message: string }).message)).toEqual(['boom', 'later']);
    expect((await send(port, '/fine')).body).toBe('fine');
  });

  it('a route path that is not absolute or serves no method is refused when added', async () => {
    const { http } = await started();
    expect(() => http.add({ methods: ['GET'], path: 'healthz', handle: text('x') })).toThrow(/start with/);
    expect(() => http.add({ methods: [], path: '/x', handle: text('x') })).toThrow(/no method/);
  });
});

describe('http server: limits and close', () => {
  it('a client that never finishes its headers is cut off after the headers time limit', async () => {
    const { port } = await started({ headersTimeoutMs: 200, requestTimeoutMs: 300, checkIntervalMs: 50 });
    const socket = connect(port, '127.0.0.1');
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    const received: Buffer[] = [];
    socket.on('data', (c: Buffer) => received.push(c));
    await new Promise<void>((resolve) => socket.on('close', () => resolve()));
    expect(Buffer.concat(received).toString()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('close lets a running request finish, refuses new connections, and resolves once it is done', async () => {
    const { http, port } = await started();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered = () => {};
    const running = new Promise<void>((resolve) => {
      entered = resolve;
    });
    http.add({
      methods: ['GET'],
      path: '/slow',
      handle: async (_req, res) => {
        entered();
        await held;
        res.end('finished');
      },
    });
    const slow = send(port, '/slow');
    // Closed once the request runs (a fixed pause could close before a slow machine delivered it).
    await running;
    let closed = false;
    const closing = http.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    await expect(send(port, '/slow')).rejects.toThrow(/ECONNREFUSED/);
    release();
    expect((await slow).body).toBe('finished');
    await closing;
    expect(closed).toBe(true);
  });

  it('close cuts off a request still running after the grace, and says so in the log', async () => {
    const { http, port, lines } = await started({ closeGraceMs: 100 });
    let entered = () => {};
    const running = new Promise<void>((resolve) => {
      entered = resolve;
    });
    http.add({
      methods: ['GET'],
      path: '/never',
      handle: () => {
        entered();
        return new Promise<void>(() => {});
      },
    });
    const never = send(port, '/never').catch((error: Error) => error);
    await running;
    await http.close();
    expect(await never).toBeInstanceOf(Error);
    expect(lines.some((l) => l.msg === 'http: requests still running at close; cutting them off')).toBe(true);
  });

  it('listen rejects with the system error when the port is taken', async () => {
    const { port } = await started();
    const other = createHttpServer({ logger: createLogger('silent') });
    await expect(other.listen(port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
