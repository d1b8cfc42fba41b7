// /summit feeds through the core, as typed in Slack or the console: list, add (read at once, with
// what it found or a clear error), remove; managers only for add and remove; each workspace sees its
// own feeds and the FEED_URLS ones.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { analyzeInProcess } from '../../src/analysis/in-process.ts';
import { createStoryArchive } from '../../src/archive/archive.ts';
import { composeSummit } from '../../src/compose-summit.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { CommandRequest } from '../../src/core/request.ts';
import type { Summit } from '../../src/core/summit.ts';
import { parseTextCommand } from '../../src/core/text-command.ts';
import { createLogger } from '../../src/logger.ts';
import { createFeedsPort } from '../../src/sources/feeds-commands.ts';
import { createFeedsService } from '../../src/sources/feeds-service.ts';
import { createFeedPoller, type FeedPoller } from '../../src/sources/poller.ts';
import { createSafeFetcher, type SafeFetcher } from '../../src/sources/safe-fetch.ts';
import { syncConfiguredFeeds } from '../../src/storage/feeds.ts';
import type { OpenDatabase } from '../../src/storage/open.ts';
import { type NewsServer, startNewsServer } from '../fakes/news/server.ts';
import { forEachDatabase, openFreshDatabaseEach } from '../helpers/databases.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';

forEachDatabase((database) => {
  let opened: OpenDatabase;
  let news: NewsServer;
  let fetcher: SafeFetcher;
  let poller: FeedPoller;
  let summit: Summit;
  const logger = createLogger('silent');

  openFreshDatabaseEach(database, (fresh) => {
    opened = fresh;
  });
  beforeEach(async () => {
    news = await startNewsServer();
    fetcher = createSafeFetcher({ allowPrivate: true });
    const intake = createStoryArchive({ db: opened.db, logger, analyze: analyzeInProcess });
    poller = createFeedPoller({ db: opened.db, fetcher, intake, logger });
    const port = createFeedsPort(createFeedsService({ db: opened.db, poller, fetcher, intake }));
    summit = composeSummit({ library: memoryLibrary([]), now: () => new Date() }, undefined, port);
  });
  afterEach(async () => {
    await poller.stop();
    await fetcher.close();
    await news.close();
  });

  const say = (
    line: string,
    who: Partial<CommandRequest['who']> = {},
    workspaceId = 'T1',
  ): Promise<Reply> => {
    const parsed = parseTextCommand(line);
    return summit.handle({
      ...parsed,
      who: { platform: 'slack', userId: 'U1', canManage: true, manageHint: 'Workspace admins may.', ...who },
      where: { platform: 'slack', channelId: 'C1', workspaceId },
    });
  };
  const textOf = (reply: Reply) =>
    reply.blocks.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join('\n') : '')).join('\n');

  it('feeds: `feeds add <url> <name>` reads the feed at once and says what it found', async () => {
    const reply = await say(`/summit feeds add ${news.url('/rss2.xml')} Town Gazette`);
    expect(reply).toMatchObject({ tone: 'success', title: 'Feed added' });
    expect(textOf(reply)).toMatch(/Following Town Gazette: .*\/rss2\.xml\.\nRead 2 items: 2 new stories\./);
    const list = await say('/summit feeds');
    expect(list.title).toBe('Feeds (1)');
    expect(textOf(list)).toMatch(
      /^Town Gazette: http:\/\/127\.0\.0\.1:\d+\/rss2\.xml · read just now · 2 items, 2 stories$/,
    );
  });

  it('feeds: add and remove are for managers only; list is for everyone', async () => {
    const refused = await say(`feeds add ${news.url('/rss2.xml')}`, { canManage: false });
    expect(refused).toMatchObject({ tone: 'error', title: 'Not allowed' });
    expect(textOf(refused)).toMatch(
      /Only people who can manage this channel may add feeds\.\nWorkspace admins may\./,
    );
    expect((await say('feeds remove Gazette', { canManage: false })).title).toBe('Not allowed');
    expect((await say('feeds list', { canManage: false })).title).toBe('No feeds yet');
    expect(news.hits('/rss2.xml')).toBe(0);
  });

  it('feeds: each workspace sees its own feeds and the configured ones', async () => {
    await syncConfiguredFeeds(opened.db, [news.url('/atom.xml')], 600, new Date());
    await say(`feeds add ${news.url('/rss2.xml')}`, {}, 'T1');
    await say(`feeds add ${news.url('/feed.json')}`, {}, 'T2');
    const t1 = textOf(await say('feeds', {}, 'T1'));
    expect(t1).toMatch(/^127\.0\.0\.1 \(everyone\): .*atom\.xml · not read yet/m);
    expect(t1).toMatch(/^Millbrook Gazette: .*rss2\.xml/m);
    expect(t1).not.toMatch(/feed\.json/);
    expect(textOf(await say('feeds remove 127.0.0.1', {}, 'T1'))).toMatch(/comes from FEED_URLS/);
  });

  it('feeds: a page that advertises a feed adds that feed; a page without one is read as a story', async () => {
    const viaPage = await say(`feeds add ${news.url('/pages/harbour-bridge.html')}`);
    expect(textOf(viaPage)).toMatch(
      /Following Teaser Times: .*\/teaser\.xml \(the feed advertised by .*harbour-bridge\.html\)/,
    );
    const page = await say(`feeds add ${news.url('/pages/library-hours.html')}`);
    expect(page).toMatchObject({ tone: 'success', title: 'Read as one story' });
    expect(textOf(page)).toMatch(/stored as one story: Library keeps longer hours/);
  });

  it('feeds: a URL that cannot be read is refused with the reason and not added', async () => {
    for (const [path, why] of [
      ['/image.png', /is image\/png, not a feed or a web page/],
      ['/broken.xml', /the server answered HTTP 500/],
      ['/not-a-feed.xml', /not a readable feed/],
    ] as const) {
      const reply = await say(`feeds add ${news.url(path)}`);
      expect(reply.title, path).toBe('Could not add that feed');
      expect(textOf(reply)).toMatch(why);
    }
    expect((await say('feeds add notaurl')).title).toBe('Which feed?');
    // a link as Slack may format it, <url|label>, is the same address
    expect(textOf(await say(`feeds add <${news.url('/broken.xml')}|broken.xml>`))).toMatch(
      /\/broken\.xml: the server answered HTTP 500/,
    );
    expect((await say('feeds')).title).toBe('No feeds yet');
  });

  it('feeds: a second feed with the same address or name is refused; remove by name frees it', async () => {
    await say(`feeds add ${news.url('/rss2.xml')} Gazette`);
    expect(textOf(await say(`feeds add ${news.url('/rss2.xml')} Other`))).toMatch(/already follows/);
    expect(textOf(await say(`feeds add ${news.url('/atom.xml')} gazette`))).toMatch(
      /already has a feed named gazette/,
    );
    expect(await say('feeds remove GAZETTE')).toMatchObject({ tone: 'success', title: 'Feed removed' });
    expect((await say('feeds remove Gazette')).title).toBe('No such feed');
    expect((await say(`feeds add ${news.url('/rss2.xml')} Gazette`)).title).toBe('Feed added');
  });

  it('feeds: a failing feed shows why in the list', async () => {
    news.set('/flaky.xml', {
      type: 'application/rss+xml',
      body: '<rss version="2.0"><channel><title>Flaky</title></channel></rss>',
    });
    await say(`feeds add ${news.url('/flaky.xml')}`);
    news.set('/flaky.xml', { status: 503, type: 'text/plain', body: 'down' });
    await opened.db
      .updateTable('feeds')
      .set({ next_fetch_at: new Date(0).toISOString() })
      .execute();
    await poller.tick();
    expect(textOf(await say('feeds'))).toMatch(
      /^Flaky: .* · failing \(1 in a row\): the server answered HTTP 503$/m,
    );
  });
});
