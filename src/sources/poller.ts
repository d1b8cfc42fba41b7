// The feed poller: syncs FEED_URLS into the registry, makes every feed not read in the last couple
// of minutes due at start-up, then repeatedly claims due feeds (a lease, so several instances share
// the work) and polls a few at a time. The clock and timers are injected so tests never wait.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from '../logger.ts';
import {
  bringDueForward,
  claimDueFeeds,
  claimFeed,
  nextDueAt,
  syncConfiguredFeeds,
} from '../storage/feeds.ts';
import type { Database } from '../storage/schema.ts';
import type { StoryIntake } from '../stories/story.ts';
import { type PollSummary, pollFeed } from './poll-feed.ts';
import { defaultTiming, type PollTiming } from './poll-timing.ts';
import type { SafeFetcher } from './safe-fetch.ts';

/** Timers the poller schedules itself with (tests pass their own). */
export interface PollerTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the poller is built from. */
export interface PollerDeps {
  db: Kysely<Database>;
  fetcher: SafeFetcher;
  intake: StoryIntake;
  logger: Logger;
  /** FEED_URLS. */
  configuredUrls?: string[];
  /** This instance's name in leases (default: a random id). */
  instanceId?: string;
  now?: () => Date;
  timers?: PollerTimers;
  timing?: Partial<PollTiming>;
  /** Feeds polled at the same time (default 8). */
  concurrency?: number;
  /** How long a claim lasts before another instance may take the feed over (default 10 min). */
  leaseMs?: number;
  /** Longest sleep between looks at the registry, to notice feeds added elsewhere (default 30 s). */
  idleCheckMs?: number;
  /** Article pages one poll may fetch (default 30). */
  maxPagesPerPoll?: number;
}

/** The running poller. */
export interface FeedPoller {
  /** Syncs FEED_URLS, makes stale feeds due and starts the loop. */
  start(): Promise<void>;
  /** Polls every feed due now (claimed in batches); resolves when all are done. */
  tick(): Promise<PollSummary[]>;
  /** Polls one feed now, whatever its schedule (a feed just added); null when another instance holds it. */
  pollNow(feedId: string): Promise<PollSummary | null>;
  /** Stops the loop and waits for polls in flight. */
  stop(): Promise<void>;
  readonly timing: PollTiming;
}

/** Builds the poller; nothing runs until start() (or tick()). */
export function createFeedPoller(deps: PollerDeps): FeedPoller {
  const now = deps.now ?? (() => new Date());
  const timers: PollerTimers = deps.timers ?? {
    setTimeout: (run, ms) => setTimeout(run, ms).unref(),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
  const timing = { ...defaultTiming, ...deps.timing };
  const owner = deps.instanceId ?? `poller-${randomUUID()}`;
  const concurrency = deps.concurrency ?? 8;
  const leaseMs = deps.leaseMs ?? 10 * 60_000;
  const idleCheckMs = deps.idleCheckMs ?? 30_000;
  const pollDeps = {
    db: deps.db,
    fetcher: deps.fetcher,
    intake: deps.intake,
    logger: deps.logger,
    timing,
    now,
    maxPagesPerPoll: deps.maxPagesPerPoll ?? 30,
  };
  let timer: unknown = null;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();

  async function tick(): Promise<PollSummary[]> {
    const done: PollSummary[] = [];
    for (;;) {
      const claimed = await claimDueFeeds(deps.db, owner, now(), leaseMs, concurrency * 4);
      if (claimed.length === 0 || stopped) return done;
      let next = 0;
      const worker = async (): Promise<void> => {
        for (let feed = claimed[next++]; feed; feed = claimed[next++])
          done.push(await pollFeed(feed, owner, pollDeps));
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, worker));
    }
  }

  function schedule(ms: number): void {
    if (stopped) return;
    timer = timers.setTimeout(() => {
      running = loop();
    }, ms);
  }

  async function loop(): Promise<void> {
    try {
      await tick();
    } catch (error) {
      deps.logger.error({ err: error }, 'feed poller round failed; retrying shortly');
    }
    const due = await nextDueAt(deps.db).catch(() => null);
    const wait = due ? due.getTime() - now().getTime() : idleCheckMs;
    schedule(Math.min(Math.max(wait, 1000), idleCheckMs));
  }

  return {
    timing,
    tick,
    async start() {
      const synced = await syncConfiguredFeeds(
        deps.db,
        deps.configuredUrls ?? [],
        timing.defaultIntervalMs / 1000,
        now(),
      );
      if (synced.added.length + synced.removed.length > 0)
        deps.logger.info(synced, 'configured feeds (FEED_URLS) synced');
      await bringDueForward(deps.db, now(), timing.minIntervalMs);
      running = loop();
    },
    async pollNow(feedId) {
      const feed = await claimFeed(deps.db, feedId, owner, now(), leaseMs);
      return feed ? pollFeed(feed, owner, pollDeps) : null;
    },
    async stop() {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      await running.catch(() => undefined);
    },
  };
}
