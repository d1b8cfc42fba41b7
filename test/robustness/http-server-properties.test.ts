// Property, over raw TCP to the real HTTP server with the bot's routes (health, the webhook on the
// real archive, a /slack/-style prefix): any request line, method, path and body gets one HTTP
// answer with a known status, never a crash or an unhandled rejection, and the server keeps serving.
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadiness } from '../../src/health/readiness.ts';
import { healthRoutes } from '../../src/health/routes.ts';
import { createHttpServer, type HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { articlesWebhookRoute } from '../../src/webhook/articles-route.ts';
import { openArchive, type TestArchive } from '../archive/helpers/open-archive.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { send } from '../http/send.ts';
import { hostileText } from './helpers/arbitraries.ts';

/** Writes `raw` on a fresh connection and resolves with the status of its final answer (0: none). */
function rawRequest(port: number, raw: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      // Interim answers (100 Continue) come before the real one.
      const text = Buffer.concat(chunks)
        .toString('latin1')
        .replace(/^(HTTP\/1\.1 1\d\d[^\r]*\r\n\r\n)+/, '');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (status && text.includes('\r\n\r\n')) {
        socket.destroy();
        resolve(Number(status[1]));
      }
    });
    socket.on('error', () => resolve(0));
    socket.on('close', () => resolve(0));
    socket.setTimeout(3000, () => socket.destroy());
    socket.end(raw);
  });
}

const method = fc.oneof(
  fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'get', 'BREW'),
  fc.string({ unit: fc.constantFrom(...'ABCXYZ-_'), minLength: 1, maxLength: 8 }),
);
const path = fc.oneof(
  fc.constantFrom('/healthz', '/readyz', '/api/articles', '/slack/events', '/slack/', '//x', '/a/../b', '*'),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('api', 'articles', 'slack', '..', '%2e', '%00', '?', '#', ''),
        fc.webSegment(),
      ),
    )
    .map((parts) => `/${parts.join('/')}`),
  fc.string({ maxLength: 40 }),
);
const headers = fc.array(
  fc.oneof(
    fc.constantFrom(
      'Content-Type: application/json',
      'Content-Type: text/markdown',
      'Content-Length: 99999999999',
      'Content-Length: -1',
      'Transfer-Encoding: chunked',
      'X-Summit-Timestamp: 1',
      'X-Summit-Signature: v0=00',
      'Expect: 100-continue',
    ),
    fc.tuple(fc.webSegment(), hostileText).map(([k, v]) => `${k || 'x'}: ${v}`),
  ),
  { maxLength: 5 },
);

forEachDatabase((database) => {
  let place: DatabasePlace;
  let archive: TestArchive;
  let http: HttpServer;
  let port: number;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => void rejections.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    place = await database.create();
    archive = await openArchive(place);
    const logger = createLogger('silent');
    http = createHttpServer({
      logger,
      limits: { headersTimeoutMs: 1000, requestTimeoutMs: 2000, checkIntervalMs: 100 },
    });
    for (const route of healthRoutes(createReadiness())) http.add(route);
    http.add(articlesWebhookRoute({ secret: 'property-webhook-secret', intake: archive.archive, logger }));
    http.add({ methods: ['GET', 'POST'], path: '/slack/', handle: (_req, res) => void res.end('slack') });
    port = await http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await http?.close();
    await archive?.close();
    await place?.drop();
  });

  describe('http server (property)', () => {
    it('any request gets one answer with a known status, and the server keeps serving', async () => {
      const known = new Set([200, 400, 401, 404, 405, 408, 411, 413, 414, 415, 431, 501, 505]);
      await fc.assert(
        fc.asyncProperty(method, path, headers, fc.uint8Array({ maxLength: 400 }), async (m, p, hs, body) => {
          const head = `${m} ${p} HTTP/1.1\r\nHost: x\r\n${hs.map((h) => `${h}\r\n`).join('')}\r\n`;
          const status = await rawRequest(
            port,
            Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(body)]),
          );
          expect(known).toContain(status);
        }),
        { numRuns: 150 },
      );
      expect((await send(port, '/healthz')).body).toBe('ok');
      expect(rejections).toEqual([]);
      expect(await archive.archive.latest(5)).toEqual([]);
    });
  });
});
