// The feed reader as the composition root starts it: FEED_URLS followed and read at once, the
// /summit feeds command answered through its port, and a clean stop.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { analyzeInProcess } from '../../src/analysis/in-process.ts';
import { createStoryArchive } from '../../src/archive/archive.ts';
import { createLogger } from '../../src/logger.ts';
import { createFeedsPort } from '../../src/sources/feeds-commands.ts';
import { startFeedReader } from '../../src/sources/start.ts';
import type { OpenDatabase } from '../../src/storage/open.ts';
import { type NewsServer, startNewsServer } from '../fakes/news/server.ts';
import { forEachDatabase, openFreshDatabaseEach } from '../helpers/databases.ts';

forEachDatabase((database) => {
  let opened: OpenDatabase;
  let news: NewsServer;
  openFreshDatabaseEach(database, (fresh) => {
    opened = fresh;
  });
  beforeEach(async () => {
    news = await startNewsServer();
  });
  afterEach(async () => {
    await news.close();
  });

  it('start: follows FEED_URLS for everyone, reads them at once (stories credited to the feed’s title) and answers through the port', async () => {
    const logger = createLogger('silent');
    const archive = createStoryArchive({ db: opened.db, logger, analyze: analyzeInProcess });
    const port = createFeedsPort();
    expect(port.current()).toBeUndefined();
    const reader = await startFeedReader({
      db: opened.db,
      intake: archive,
      logger,
      config: { FEED_URLS: [news.url('/atom.xml')], FEEDS_ALLOW_PRIVATE: true },
      port,
    });
    const read = async () => (await port.current()?.list('slack:T9'))?.[0]?.lastOutcome === 'ok';
    // Waited for by the clock, not by a count of 10 ms naps: the read runs in a worker thread that a
    // loaded machine takes seconds to start (400 naps ran out before it, reproduced under load).
    const deadline = Date.now() + 15_000;
    while (!(await read()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const [story] = await archive.latest(5);
    // a configured feed's stories are credited to the feed's own title
    expect(story).toMatchObject({ title: 'Bridge vote: what comes next', sources: ['Harbour Notes'] });
    const feeds = await port.current()?.list('slack:T9');
    expect(feeds).toMatchObject([
      { url: news.url('/atom.xml'), scope: '*', lastOutcome: 'ok', itemCount: 1 },
    ]);
    await reader.stop();
  }, 30_000);
});
