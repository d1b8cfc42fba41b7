// Properties of the newsroom webhook's signature check: a request signed with the secret passes,
// and any change to its body, its timestamp header or its signature header is refused, both in the
// check itself and through the real server and archive, where nothing refused is ever stored.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/http/server.ts';
import { createRequestCheck } from '../../src/http/signed-request.ts';
import { createLogger } from '../../src/logger.ts';
import { articlesWebhookRoute, summitSignatureHeaders } from '../../src/webhook/articles-route.ts';
import { openArchive, type TestArchive } from '../archive/helpers/open-archive.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { send } from '../http/send.ts';
import { summitSignature } from '../webhook/sign.ts';

const nowMs = 1_790_000_000_000;
const nowS = nowMs / 1000;

const secret = fc.string({ minLength: 1, maxLength: 40 });
const body = fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes));
const offset = fc.integer({ min: -299, max: 299 });

/** A tampering with one signed request: its body, its timestamp or its signature. */
const tamper = fc.oneof(
  fc.record({ part: fc.constant('body' as const), bytes: fc.uint8Array({ maxLength: 300 }) }),
  fc.record({
    part: fc.constant('timestamp' as const),
    delta: fc.integer({ min: -299, max: 299 }).filter((d) => d !== 0),
  }),
  fc.record({ part: fc.constant('signature' as const), text: fc.string({ maxLength: 80 }) }),
);

type Tamper = typeof tamper extends fc.Arbitrary<infer T> ? T : never;

function tampered(signed: { body: Buffer; headers: Record<string, string> }, change: Tamper) {
  const headers = { ...signed.headers };
  let changed = signed.body;
  if (change.part === 'body') changed = Buffer.from(change.bytes);
  if (change.part === 'timestamp')
    headers['x-summit-timestamp'] = String(Number(headers['x-summit-timestamp']) + change.delta);
  if (change.part === 'signature') headers['x-summit-signature'] = change.text;
  const same = changed.equals(signed.body) && JSON.stringify(headers) === JSON.stringify(signed.headers);
  return { body: changed, headers, same };
}

const checkAt = (key: string) =>
  createRequestCheck({ signingSecret: key, headers: summitSignatureHeaders, now: () => nowMs });

describe('webhook signature check (property)', () => {
  it('a request signed with the secret within 5 minutes passes', () => {
    fc.assert(
      fc.property(secret, body, offset, (key, raw, off) => {
        expect(checkAt(key)(summitSignature(key, raw, nowS + off), raw)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('a modified body, timestamp or signature is never accepted', () => {
    fc.assert(
      fc.property(secret, body, offset, tamper, (key, raw, off, change) => {
        const signed = { body: raw, headers: summitSignature(key, raw, nowS + off) };
        const attempt = tampered(signed, change);
        fc.pre(!attempt.same);
        expect(checkAt(key)(attempt.headers, attempt.body)).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('a request signed with any other secret is never accepted', () => {
    fc.assert(
      fc.property(secret, secret, body, (key, other, raw) => {
        fc.pre(key !== other);
        expect(checkAt(key)(summitSignature(other, raw, nowS), raw)).toBe('signature mismatch');
      }),
      { numRuns: 300 },
    );
  });
});

forEachDatabase((database) => {
  const key = 'property-secret';
  let place: DatabasePlace;
  let archive: TestArchive;
  let http: HttpServer;
  let port: number;
  const article = JSON.stringify({
    title: 'Harbour Tolls Rise Again',
    body: 'The harbour board raised its tolls for the second time this year. Fishing crews said the rise would cost them dearly.',
  });

  beforeAll(async () => {
    place = await database.create();
    archive = await openArchive(place);
    http = createHttpServer({ logger: createLogger('silent') });
    http.add(articlesWebhookRoute({ secret: key, intake: archive.archive, logger: createLogger('silent') }));
    port = await http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await http?.close();
    await archive?.close();
    await place?.drop();
  });

  it('webhook over HTTP: every tampered request is 401 and nothing is stored', async () => {
    await fc.assert(
      fc.asyncProperty(tamper, async (change) => {
        const raw = Buffer.from(article);
        const signed = { body: raw, headers: summitSignature(key, raw) };
        const attempt = tampered(signed, change);
        fc.pre(!attempt.same);
        const answer = await send(port, '/api/articles', {
          method: 'POST',
          body: attempt.body,
          headers: { 'content-type': 'application/json', ...attempt.headers },
        });
        expect(answer.status).toBe(401);
      }),
      { numRuns: 60 },
    );
    expect(await archive.archive.latest(10)).toEqual([]);
  });
});
