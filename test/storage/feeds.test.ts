// The feeds registry on both databases: owners, names, FEED_URLS sync, and the poll lease that
// lets several instances share one database without polling a feed twice in an interval.
import { expect, it } from 'vitest';
import {
  addFeed,
  bringDueForward,
  claimDueFeeds,
  claimFeed,
  type Feed,
  listFeeds,
  nextDueAt,
  recordPoll,
  removeFeed,
  syncConfiguredFeeds,
} from '../../src/storage/feeds.ts';
import type { OpenDatabase } from '../../src/storage/open.ts';
import { forEachDatabase, openFreshDatabaseEach } from '../helpers/databases.ts';

const t0 = new Date('2026-12-04T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

forEachDatabase((database) => {
  let open: OpenDatabase;
  openFreshDatabaseEach(database, (opened) => {
    open = opened;
  });

  const add = async (url: string, name: string, scope = 'discord:1'): Promise<Feed> => {
    const feed = await addFeed(open.db, { url, name, scope, addedBy: 'u1', intervalSeconds: 600 }, t0);
    if (typeof feed === 'string') throw new Error(`clash: ${feed}`);
    return feed;
  };

  it('feeds: a workspace sees its own feeds and the configured ones, never another workspace’s', async () => {
    await add('https://a.test/feed', 'Alpha', 'discord:1');
    await add('https://b.test/feed', 'Beta', 'slack:T1');
    await syncConfiguredFeeds(open.db, ['https://wire.test/rss'], 600, t0);
    const mine = await listFeeds(open.db, ['discord:1', '*']);
    expect(mine.map((f) => f.name)).toEqual(['wire.test', 'Alpha']);
    expect(mine[1]).toMatchObject({
      url: 'https://a.test/feed',
      addedBy: 'u1',
      itemCount: 0,
      lastOutcome: null,
    });
  });

  it('feeds: a second feed with the same URL or name (any case) in one scope is refused', async () => {
    await add('https://a.test/feed', 'Alpha News');
    const opts = { scope: 'discord:1', addedBy: null, intervalSeconds: 600 };
    expect(await addFeed(open.db, { ...opts, url: 'https://a.test/feed', name: 'Other' }, t0)).toBe('url');
    expect(await addFeed(open.db, { ...opts, url: 'https://c.test/', name: 'alpha  news' }, t0)).toBe('name');
    expect(
      await addFeed(
        open.db,
        { ...opts, scope: 'discord:2', url: 'https://a.test/feed', name: 'Alpha News' },
        t0,
      ),
    ).not.toBeTypeOf('string');
  });

  it('feeds: remove by name or URL only within the owner’s scope', async () => {
    await add('https://a.test/feed', 'Alpha');
    expect(await removeFeed(open.db, 'discord:2', 'Alpha')).toBeNull();
    expect((await removeFeed(open.db, 'discord:1', 'ALPHA'))?.url).toBe('https://a.test/feed');
    await add('https://a.test/feed', 'Alpha');
    expect((await removeFeed(open.db, 'discord:1', 'https://a.test/feed'))?.name).toBe('Alpha');
    expect(await listFeeds(open.db, ['discord:1'])).toEqual([]);
  });

  it('feeds: syncing FEED_URLS adds new ones and drops those no longer configured', async () => {
    await syncConfiguredFeeds(open.db, ['https://a.test/rss', 'https://b.test/rss'], 600, t0);
    const result = await syncConfiguredFeeds(open.db, ['https://b.test/rss', 'https://c.test/rss'], 600, t0);
    expect(result).toEqual({ added: ['https://c.test/rss'], removed: ['https://a.test/rss'] });
    expect((await listFeeds(open.db, ['*'])).map((f) => f.url).sort()).toEqual([
      'https://b.test/rss',
      'https://c.test/rss',
    ]);
  });

  it('feeds: two instances claiming at once never get the same feed, and a held lease blocks others', async () => {
    for (let i = 0; i < 20; i++) await add(`https://x.test/${i}`, `Feed ${i}`);
    const [a, b] = await Promise.all([
      claimDueFeeds(open.db, 'A', t0, 60_000, 15),
      claimDueFeeds(open.db, 'B', t0, 60_000, 15),
    ]);
    const ids = [...a, ...b].map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(20);
    expect(await claimDueFeeds(open.db, 'C', later(1000), 60_000, 50)).toEqual([]);
    expect(await claimFeed(open.db, a[0]?.id ?? '', 'C', later(1000), 60_000)).toBeNull();
    // a crashed owner's lease expires and the feed can be taken over
    expect((await claimDueFeeds(open.db, 'C', later(61_000), 60_000, 50)).length).toBe(20);
  });

  it('feeds: a recorded poll frees the lease, sets the next due time and counts failures', async () => {
    const feed = await add('https://a.test/feed', 'Alpha');
    await claimFeed(open.db, feed.id, 'A', t0, 60_000);
    expect(
      await recordPoll(open.db, feed.id, 'B', { outcome: 'ok', error: null, nextFetchAt: later(1) }, t0),
    ).toBe(false);
    const ok = {
      outcome: 'ok' as const,
      error: null,
      nextFetchAt: later(600_000),
      etag: '"v1"',
      itemCount: 7,
      failedItems: 1,
      newStories: 6,
      seenItems: ['h1'],
    };
    expect(await recordPoll(open.db, feed.id, 'A', ok, t0)).toBe(true);
    expect(await claimDueFeeds(open.db, 'B', later(599_000), 60_000, 10)).toEqual([]);
    expect(await nextDueAt(open.db)).toEqual(later(600_000));
    const [again] = await claimDueFeeds(open.db, 'B', later(600_000), 60_000, 10);
    expect(again).toMatchObject({
      etag: '"v1"',
      itemCount: 7,
      failedItems: 1,
      storiesCount: 6,
      seenItems: ['h1'],
      lastOutcome: 'ok',
    });
    await recordPoll(
      open.db,
      feed.id,
      'B',
      { outcome: 'failed', error: 'HTTP 500', nextFetchAt: later(700_000) },
      later(600_000),
    );
    await claimFeed(open.db, feed.id, 'B', later(700_000), 60_000);
    await recordPoll(
      open.db,
      feed.id,
      'B',
      { outcome: 'failed', error: 'HTTP 500', nextFetchAt: later(800_000), pause: 'failed 10 times' },
      later(700_000),
    );
    const [listed] = await listFeeds(open.db, ['discord:1']);
    expect(listed).toMatchObject({
      consecutiveFailures: 2,
      lastError: 'HTTP 500',
      pausedReason: 'failed 10 times',
      etag: '"v1"',
    });
    expect(await claimDueFeeds(open.db, 'B', later(10_000_000), 60_000, 10)).toEqual([]);
    expect(await nextDueAt(open.db)).toBeNull();
  });

  it('feeds: at start-up a feed not read recently becomes due now; one read a moment ago does not', async () => {
    const stale = await add('https://a.test/feed', 'Alpha');
    const fresh = await add('https://b.test/feed', 'Beta');
    for (const [feed, at] of [
      [stale, t0],
      [fresh, later(500_000)],
    ] as const) {
      await claimFeed(open.db, feed.id, 'A', at, 60_000);
      await recordPoll(
        open.db,
        feed.id,
        'A',
        { outcome: 'ok', error: null, nextFetchAt: later(1_000_000) },
        at,
      );
    }
    expect(await bringDueForward(open.db, later(560_000), 120_000)).toBe(1);
    const due = await claimDueFeeds(open.db, 'B', later(560_000), 60_000, 10);
    expect(due.map((f) => f.name)).toEqual(['Alpha']);
  });
});
