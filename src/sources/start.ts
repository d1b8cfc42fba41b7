// Starts reading feeds: one safe fetcher, the poller over the registry (FEED_URLS synced, every
// stale feed read at once, then on its interval) and the service the /summit feeds command uses,
// handed to its port. The composition root calls this once the database and the archive are open.
import type { Kysely } from 'kysely';
import type { Config } from '../config/env.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../storage/schema.ts';
import type { StoryIntake } from '../stories/story.ts';
import type { FeedsPort } from './feeds-commands.ts';
import { createFeedsService, type FeedsService } from './feeds-service.ts';
import { createFeedPoller, type FeedPoller } from './poller.ts';
import { createSafeFetcher } from './safe-fetch.ts';

/** What startFeedReader needs. */
export interface FeedReaderDeps {
  /** The migrated database (storage/open.ts openDatabase). */
  db: Kysely<Database>;
  /** Where stories go: the archive. */
  intake: StoryIntake;
  logger: Logger;
  config: Pick<Config, 'FEED_URLS' | 'FEEDS_ALLOW_PRIVATE'>;
  /** The port composeSummit was given; it gets the service once the poller runs. */
  port?: FeedsPort;
}

/** The running feed reader. */
export interface FeedReader {
  service: FeedsService;
  poller: FeedPoller;
  /** Stops polling, waits for polls in flight and closes connections. */
  stop(): Promise<void>;
}

/** Starts polling and attaches the feeds service to `port`. */
export async function startFeedReader(deps: FeedReaderDeps): Promise<FeedReader> {
  const fetcher = createSafeFetcher({ allowPrivate: deps.config.FEEDS_ALLOW_PRIVATE });
  const poller = createFeedPoller({
    db: deps.db,
    fetcher,
    intake: deps.intake,
    logger: deps.logger,
    configuredUrls: deps.config.FEED_URLS,
  });
  const service = createFeedsService({ db: deps.db, poller, fetcher, intake: deps.intake });
  await poller.start();
  deps.port?.attach(service);
  deps.logger.info({ configured: deps.config.FEED_URLS.length }, 'feed reader started');
  return {
    service,
    poller,
    async stop() {
      await poller.stop();
      await fetcher.close();
    },
  };
}
