// Fetching strangers' URLs: public addresses only (checked after DNS and on every redirect),
// http/https only, at most 5 redirects, 5 MB, feed and HTML content types.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetcher, type LookupFunction, type SafeFetcher } from '../../src/sources/safe-fetch.ts';
import { type NewsServer, startNewsServer } from '../fakes/news/server.ts';

let news: NewsServer;
beforeAll(async () => {
  news = await startNewsServer();
});
afterAll(() => news.close());

/** A resolver that answers for the test's made-up hosts and refuses the rest. */
const fakeDns =
  (table: Record<string, string>): LookupFunction =>
  (hostname, options, callback) => {
    const address = table[hostname];
    if (!address)
      return callback(
        Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }),
        '',
      );
    const family = address.includes(':') ? 6 : 4;
    if (options.all) return callback(null, [{ address, family }]);
    return callback(null, address, family);
  };

describe('with private addresses refused (the default)', () => {
  let strict: SafeFetcher;
  let trusting: SafeFetcher;
  beforeAll(() => {
    strict = createSafeFetcher({
      allowPrivate: false,
      lookup: fakeDns({ 'news.test': '127.0.0.1', 'intranet.test': '10.0.0.7' }),
    });
    // trusts only the fake publisher's own address, so its redirects can be tested
    trusting = createSafeFetcher({
      allowPrivate: false,
      trustedAddresses: ['127.0.0.1'],
      lookup: fakeDns({ 'intranet.test': '10.0.0.7', 'news.test': '127.0.0.1' }),
    });
  });
  afterAll(async () => {
    await strict.close();
    await trusting.close();
  });

  it('safe fetch: refuses an IP-literal loopback URL, in every spelling', async () => {
    for (const host of ['127.0.0.1', '[::1]', '0x7f000001', '2130706433', '[::ffff:127.0.0.1]', '0.0.0.0']) {
      await expect(strict.fetch(`http://${host}:${news.port}/rss2.xml`), host).rejects.toMatchObject({
        code: 'ESSRF',
      });
    }
    expect(news.hits('/rss2.xml')).toBe(0);
  });

  it('safe fetch: refuses a hostname whose DNS answer is a loopback address', async () => {
    await expect(strict.fetch(`http://news.test:${news.port}/rss2.xml`)).rejects.toThrow(
      /news\.test resolves to 127\.0\.0\.1 \(loopback\)/,
    );
  });

  it('safe fetch: refuses a redirect to the cloud metadata address, to [::1] and to a private host', async () => {
    await expect(trusting.fetch(news.url('/to-metadata'))).rejects.toThrow(
      /169\.254\.169\.254 is a linkLocal address/,
    );
    await expect(trusting.fetch(news.url('/to-loopback6'))).rejects.toThrow(/::1 is a loopback address/);
    await expect(trusting.fetch(news.url('/to-private-host'))).rejects.toThrow(
      /intranet\.test resolves to 10\.0\.0\.7 \(private\)/,
    );
  });

  it('safe fetch: refuses non-web schemes, directly and by redirect', async () => {
    await expect(trusting.fetch('file:///etc/passwd')).rejects.toMatchObject({ code: 'ESCHEME' });
    await expect(trusting.fetch('ftp://news.test/feed')).rejects.toMatchObject({ code: 'ESCHEME' });
    await expect(trusting.fetch(news.url('/to-file'))).rejects.toMatchObject({ code: 'ESCHEME' });
  });

  it('safe fetch: follows a public redirect but gives up after 5', async () => {
    const moved = await trusting.fetch(news.url('/moved'));
    expect(moved).toMatchObject({ status: 200, url: news.url('/rss2.xml') });
    const before = news.hits('/loop');
    await expect(trusting.fetch(news.url('/loop'))).rejects.toMatchObject({ code: 'EREDIRECT' });
    expect(news.hits('/loop') - before).toBe(6);
  });
});

describe('with private addresses allowed (FEEDS_ALLOW_PRIVATE=1)', () => {
  let open: SafeFetcher;
  beforeAll(() => {
    open = createSafeFetcher({ allowPrivate: true, timeoutMs: 2000 });
  });
  afterAll(() => open.close());

  it('safe fetch: reads a feed and sends the bot’s User-Agent', async () => {
    const res = await open.fetch(news.url('/rss2.xml'));
    expect(res.status).toBe(200);
    expect(res.body.toString('utf8')).toContain('Millbrook Gazette');
    expect(news.lastHeaders('/rss2.xml')?.['user-agent']).toMatch(/^SummitBot\//);
  });

  it('safe fetch: refuses a body over 5 MB', async () => {
    await expect(open.fetch(news.url('/huge.xml'))).rejects.toMatchObject({ code: 'ETOOBIG' });
  });

  it('safe fetch: refuses content that is neither a feed nor a web page', async () => {
    await expect(open.fetch(news.url('/image.png'))).rejects.toThrow(
      /is image\/png, not a feed or a web page/,
    );
  });

  it('safe fetch: hands back 304, 429 and 500 answers with their headers for the caller to judge', async () => {
    expect((await open.fetch(news.url('/rss2.xml'), { 'if-none-match': '"rss2-v1"' })).status).toBe(304);
    const limited = await open.fetch(news.url('/rate-limited.xml'));
    expect(limited).toMatchObject({ status: 429, headers: { 'retry-after': '3600' } });
    expect((await open.fetch(news.url('/broken.xml'))).status).toBe(500);
  });

  it('safe fetch: gives up on a body that stops half way (a slow drip counts against the same limit)', async () => {
    const { createServer } = await import('node:http');
    const { listenLocal, closeServer } = await import('../fakes/http.ts');
    const drip = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<rss version="2.0"><channel>');
    });
    const port = await listenLocal(drip);
    const quick = createSafeFetcher({ allowPrivate: true, timeoutMs: 300 });
    await expect(quick.fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow(
      /^http:\/\/127\.0\.0\.1:\d+\/ did not answer within 0\.3 s$/,
    );
    await quick.close();
    await closeServer(drip);
  });

  it('safe fetch: gives up on a server that never answers within the time limit', async () => {
    const { createServer } = await import('node:http');
    const { listenLocal, closeServer } = await import('../fakes/http.ts');
    const silent = createServer(() => undefined);
    const port = await listenLocal(silent);
    const quick = createSafeFetcher({ allowPrivate: true, timeoutMs: 300 });
    await expect(quick.fetch(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({ code: 'ETIMEOUT' });
    await quick.close();
    await closeServer(silent);
  });
});
