// The feed poller end to end, fake publisher -> poller -> real archive, on both databases, with an
// injected clock and timers (no real waits): intervals, 304s, Retry-After and backoff, pausing,
// revisions of an edited story, the same story in two feeds, and two instances sharing one database.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { analyzeInProcess } from '../../src/analysis/in-process.ts';
import { type Archive, createStoryArchive } from '../../src/archive/archive.ts';
import { createLogger } from '../../src/logger.ts';
import { createFeedPoller, type FeedPoller, type PollerDeps } from '../../src/sources/poller.ts';
import { createSafeFetcher, type SafeFetcher } from '../../src/sources/safe-fetch.ts';
import { addFeed, type Feed, listFeeds } from '../../src/storage/feeds.ts';
import type { OpenDatabase } from '../../src/storage/open.ts';
import { type NewsServer, startNewsServer } from '../fakes/news/server.ts';
import { forEachDatabase, openFreshDatabaseEach } from '../helpers/databases.ts';

const minute = 60_000;
const t0 = new Date('2026-12-04T10:00:00Z');

forEachDatabase((database) => {
  let opened: OpenDatabase;
  let news: NewsServer;
  let fetcher: SafeFetcher;
  let archive: Archive;
  let clock: Date;
  const pollers: FeedPoller[] = [];
  const logger = createLogger('silent');

  openFreshDatabaseEach(database, (fresh) => {
    opened = fresh;
  });
  beforeEach(async () => {
    news = await startNewsServer();
    fetcher = createSafeFetcher({ allowPrivate: true });
    clock = t0;
    archive = createStoryArchive({ db: opened.db, logger, analyze: analyzeInProcess, now: () => clock });
  });
  afterEach(async () => {
    for (const p of pollers.splice(0)) await p.stop();
    await fetcher.close();
    await news.close();
  });

  const poller = (extra: Partial<PollerDeps> = {}): FeedPoller => {
    const p = createFeedPoller({
      db: opened.db,
      fetcher,
      intake: archive,
      logger,
      now: () => clock,
      ...extra,
    });
    pollers.push(p);
    return p;
  };
  const follow = async (path: string, name: string, scope = 'discord:1'): Promise<Feed> => {
    const feed = await addFeed(
      opened.db,
      { url: news.url(path), name, scope, addedBy: 'u1', intervalSeconds: 600 },
      clock,
    );
    if (typeof feed === 'string') throw new Error(feed);
    return feed;
  };
  const feedNamed = async (name: string): Promise<Feed> => {
    const found = (await listFeeds(opened.db, ['discord:1', '*'])).find((f) => f.name === name);
    if (!found) throw new Error(`no feed ${name}`);
    return found;
  };
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  it('poller: reads each feed once, stores its stories, then costs a 304 on its interval', async () => {
    await follow('/rss2.xml', 'Gazette');
    const p = poller();
    const [first] = await p.tick();
    expect(first).toMatchObject({ outcome: 'ok', items: 2, newStories: 2, failedItems: 0 });
    expect((await archive.latest(10)).map((s) => s.title).sort()).toEqual([
      'Council votes to rebuild the harbour bridge',
      'Winter market returns to the square',
    ]);
    expect(await p.tick()).toEqual([]);
    advance(29 * minute);
    expect(await p.tick()).toEqual([]);
    advance(1 * minute);
    const [second] = await p.tick();
    expect(second?.outcome).toBe('not-modified');
    expect(news.lastHeaders('/rss2.xml')?.['if-none-match']).toBe('"rss2-v1"');
    expect(news.hits('/rss2.xml')).toBe(2);
    expect(await feedNamed('Gazette')).toMatchObject({
      itemCount: 2,
      storiesCount: 2,
      lastOutcome: 'not-modified',
      hintSeconds: 1800,
    });
  });

  it('poller: the feed’s own update period (sy:updatePeriod hourly) stretches a 10-minute interval to an hour', async () => {
    await follow('/rss1.rdf', 'Valley');
    const p = poller();
    await p.tick();
    expect((await feedNamed('Valley')).nextFetchAt).toEqual(new Date(t0.getTime() + 60 * minute));
  });

  it('poller: an edited story becomes a revision; unchanged items are not handed over again', async () => {
    await follow('/feed.json', 'Quay');
    const p = poller();
    expect((await p.tick())[0]).toMatchObject({ newStories: 2 });
    const original = JSON.parse(
      (await import('node:fs')).readFileSync(
        new URL('../fakes/news/fixtures/feed.json', import.meta.url),
        'utf8',
      ),
    );
    original.items[0].content_html = original.items[0].content_html.replace(
      'work is due to start in the spring.',
      'work is due to start in March, a month earlier than planned.',
    );
    news.set('/feed.json', { type: 'application/feed+json', body: JSON.stringify(original) });
    advance(10 * minute);
    expect((await p.tick())[0]).toMatchObject({ outcome: 'ok', newStories: 1 });
    const [story] = (await archive.latest(10)).filter((s) => s.title === 'Harbour bridge to be rebuilt');
    expect(story?.revision).toBe(2);
    const changes = await archive.changes(story?.slug ?? '');
    expect(changes?.changed[0]?.after).toMatch(/start in March/);
  });

  it('poller: the same story from two feeds is stored once, with both sources', async () => {
    await follow('/rss1.rdf', 'Valley');
    await follow('/feed.json', 'Quay');
    await poller().tick();
    const bridge = (await archive.latest(10)).filter((s) => /bridge/i.test(s.title));
    expect(bridge).toHaveLength(1);
    expect(bridge[0]?.sources.sort()).toEqual(['Quay', 'Valley']);
  });

  it('poller: a teaser feed’s pages are fetched; a dead page is counted on the feed with its reason', async () => {
    await follow('/teaser.xml', 'Teasers');
    const [summary] = await poller().tick();
    expect(summary).toMatchObject({ outcome: 'ok', items: 3, newStories: 2, failedItems: 1 });
    expect(news.hits('/pages/harbour-bridge.html')).toBe(1);
    expect((await feedNamed('Teasers')).lastError).toMatch(
      /^1 of 3 items could not be read; first: it is a teaser and its page could not be read \(the server answered HTTP 404\)/,
    );
    // the stored items are not fetched again; the failed one is retried
    advance(10 * minute);
    await poller().tick();
    expect(news.hits('/pages/harbour-bridge.html')).toBe(1);
    expect(news.hits('/pages/gone.html')).toBe(2);
    const bridge = (await archive.latest(10)).find((s) => s.url?.endsWith('/news/harbour-bridge'));
    expect(bridge?.sectionCount).toBe(3);
  });

  it('poller: teaser pages past the per-poll budget wait for the next read, which is a full GET, not a 304', async () => {
    const { readFileSync } = await import('node:fs');
    const teaser = readFileSync(new URL('../fakes/news/fixtures/teaser.xml', import.meta.url), 'utf8');
    news.set('/teaser.xml', { type: 'application/rss+xml', body: teaser, etag: '"teaser-1"' });
    await follow('/teaser.xml', 'Teasers');
    const p = poller({ maxPagesPerPoll: 1 });
    expect((await p.tick())[0]).toMatchObject({ newStories: 1, failedItems: 0 });
    expect([news.hits('/pages/harbour-bridge.html'), news.hits('/pages/library-hours.html')]).toEqual([1, 0]);
    advance(10 * minute);
    expect((await p.tick())[0]).toMatchObject({ outcome: 'ok', newStories: 1 });
    expect(news.lastHeaders('/teaser.xml')?.['if-none-match']).toBeUndefined();
    expect([news.hits('/pages/harbour-bridge.html'), news.hits('/pages/library-hours.html')]).toEqual([1, 1]);
    advance(10 * minute);
    expect((await p.tick())[0]).toMatchObject({ outcome: 'ok', newStories: 0, failedItems: 1 });
    expect(news.hits('/pages/gone.html')).toBe(1);
  });

  it('poller: a malformed feed, a 500 and an oversized feed fail alone; the good feed is still read', async () => {
    await follow('/rss2.xml', 'Gazette');
    await follow('/broken.xml', 'Broken');
    await follow('/huge.xml', 'Huge');
    await follow('/not-a-feed.xml', 'Catalog');
    const done = await poller().tick();
    expect(done.map((d) => d.outcome).sort()).toEqual(['failed', 'failed', 'failed', 'ok']);
    expect(await feedNamed('Broken')).toMatchObject({
      lastOutcome: 'failed',
      lastError: 'the server answered HTTP 500',
      consecutiveFailures: 1,
    });
    expect((await feedNamed('Huge')).lastError).toMatch(/larger than 5 MB/);
    expect((await feedNamed('Catalog')).lastError).toMatch(/not a readable feed/);
    expect((await feedNamed('Gazette')).storiesCount).toBe(2);
  });

  it('poller: a 429 waits for its Retry-After; 500s back off exponentially and pause the feed at 10', async () => {
    await follow('/rate-limited.xml', 'Limited');
    await follow('/broken.xml', 'Broken');
    const p = poller();
    await p.tick();
    expect((await feedNamed('Limited')).nextFetchAt).toEqual(new Date(t0.getTime() + 60 * minute));
    const waits: number[] = [];
    for (let n = 1; n < 10; n++) {
      const feed = await feedNamed('Broken');
      waits.push((feed.nextFetchAt.getTime() - clock.getTime()) / minute);
      clock = feed.nextFetchAt;
      await p.tick();
    }
    expect(waits.slice(0, 6)).toEqual([10, 20, 40, 80, 160, 320]);
    const broken = await feedNamed('Broken');
    expect(broken.consecutiveFailures).toBe(10);
    expect(broken.pausedReason).toMatch(/failed 10 times in a row \(last: the server answered HTTP 500\)/);
    const hits = news.hits('/broken.xml');
    advance(48 * 60 * minute);
    await p.tick();
    expect(news.hits('/broken.xml')).toBe(hits);
  });

  it('poller: two instances on one database poll each feed exactly once per interval', async () => {
    const paths = ['/rss2.xml', '/rss1.rdf', '/atom.xml', '/feed.json', '/cp1252.xml', '/latin1.xml'];
    for (const [i, path] of paths.entries()) await follow(path, `Feed ${i}`);
    const a = poller({ instanceId: 'a', concurrency: 2 });
    const b = poller({ instanceId: 'b', concurrency: 2 });
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    expect(ra.length + rb.length).toBe(paths.length);
    for (const path of paths) expect(news.hits(path), path).toBe(1);
  });

  it('poller: start() syncs FEED_URLS, reads every feed at once (listed under its own title) and schedules itself on the injected timers', async () => {
    const scheduled: { run: () => void; ms: number }[] = [];
    const timers = {
      setTimeout: (run: () => void, ms: number) => scheduled.push({ run, ms }),
      clearTimeout: () => undefined,
    };
    const p = poller({ configuredUrls: [news.url('/atom.xml')], timers });
    await p.start();
    await waitFor(() => scheduled.length > 0);
    expect(news.hits('/atom.xml')).toBe(1);
    expect(await listFeeds(opened.db, ['*'])).toMatchObject([
      { url: news.url('/atom.xml'), name: 'Harbour Notes', lastOutcome: 'ok' },
    ]);
    expect(scheduled[0]?.ms).toBe(30_000);
    advance(10 * minute);
    scheduled[0]?.run();
    await waitFor(() => scheduled.length > 1);
    expect(news.hits('/atom.xml')).toBe(2);
  });
});

/**
 * Resolves once `done()` holds (the loop runs on promises, not on the injected timers). Bounded by
 * the clock, not a count of naps: feeds are read in a worker thread, slow to start under load.
 */
async function waitFor(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  expect(done()).toBe(true);
}
