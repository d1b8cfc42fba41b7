// Removing the bot from a workspace pauses what that workspace set up (its subscriptions and its own
// feeds) and nothing of anybody else's, on both databases.
import { expect, it } from 'vitest';
import { addFeed, everyone, listFeeds } from '../../src/storage/feeds.ts';
import { pauseWorkspace } from '../../src/storage/installations.ts';
import type { OpenDatabase } from '../../src/storage/open.ts';
import { forEachDatabase, openFreshDatabaseEach } from '../helpers/databases.ts';

const now = new Date('2026-12-04T10:00:00Z');

forEachDatabase((database) => {
  let open: OpenDatabase;
  openFreshDatabaseEach(database, (opened) => {
    open = opened;
  });

  const add = (url: string, name: string, scope: string) =>
    addFeed(open.db, { url, name, scope, addedBy: 'u1', intervalSeconds: 600 }, now);

  it("pauseWorkspace: the removed workspace's own feeds stop, its neighbours' and the configured ones go on", async () => {
    await add('https://a.test/rss', 'A', 'slack:T1');
    await add('https://b.test/rss', 'B', 'slack:T2');
    await add('https://c.test/rss', 'C', everyone);
    await pauseWorkspace(open.db, 'slack', 'T1', 'the app was uninstalled', now);
    const paused = async (scope: string) =>
      Object.fromEntries((await listFeeds(open.db, [scope])).map((f) => [f.name, f.pausedReason]));
    expect(await paused('slack:T1')).toEqual({ A: 'the app was uninstalled' });
    expect(await paused('slack:T2')).toEqual({ B: null });
    expect(await paused(everyone)).toEqual({ C: null });
  });

  it('pauseWorkspace: pausing again keeps the first reason', async () => {
    await add('https://a.test/rss', 'A', 'discord:42');
    await pauseWorkspace(open.db, 'discord', '42', 'removed from the server', now);
    await pauseWorkspace(open.db, 'discord', '42', 'Unknown Guild', now);
    const [feed] = await listFeeds(open.db, ['discord:42']);
    expect(feed?.pausedReason).toBe('removed from the server');
  });
});
