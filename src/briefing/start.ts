// Start-up wiring for src/main.ts: open the database, turn configured channels into
// subscriptions, catch up on missed slots, then let the minute tick drive deliveries.
import { randomUUID } from 'node:crypto';
import type { Config } from '../config/env.ts';
import type { Library } from '../core/library.ts';
import type { Logger } from '../logger.ts';
import { type BriefingStore, openStore } from '../storage/store.ts';
import type { StoryArchive } from '../stories/story.ts';
import { syncConfiguredChannels } from './configured.ts';
import { type PreparedRun, prepareRun, runDueSlots } from './job.ts';
import { type BriefingClock, startBriefingClock } from './schedule.ts';
import type { Senders } from './sender.ts';
import { type BriefingService, createBriefingService } from './service.ts';

/** What startBriefings needs; `store`, `now` and `expression` are for tests. */
export interface StartBriefingsOptions {
  config: Config;
  library: Library;
  logger: Logger;
  /** One sender per platform this process posts to (see createSenders). */
  senders: Senders;
  /** An open store (default: opened from DATA_DIR / DATABASE_URL and closed on stop). */
  store?: BriefingStore;
  now?: () => Date;
  /** Cron expression of the tick (default every minute). */
  expression?: string;
  /** The story archive: when given, each channel gets the day's digest of it instead of the newest article. */
  archive?: StoryArchive;
}

/** The running briefing. */
export interface Briefings {
  /** The service the briefing commands reach through their port (attached by src/main.ts). */
  service: BriefingService;
  /** The start-up catch-up run (resolves when it has finished). */
  caughtUp: Promise<void>;
  /** Stops the tick, waits for deliveries in progress, closes the database it opened. */
  stop(): Promise<void>;
  /** The clock (tests wait on it). */
  clock: BriefingClock;
}

/** Starts the daily briefing. Throws StorageError when the database cannot be opened. */
export async function startBriefings(options: StartBriefingsOptions): Promise<Briefings> {
  const { config, library, logger, senders } = options;
  const now = options.now ?? (() => new Date());
  const log = logger.child({ part: 'briefing' });
  const store =
    options.store ??
    (await openStore({
      dataDir: config.DATA_DIR,
      databaseUrl: config.DATABASE_URL,
      onError: (error) => log.error({ err: error }, 'database connection lost; the next query reconnects'),
    }));
  const owner = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const inFlight = new Set<string>();
  const shutdown = new AbortController();
  await syncConfiguredChannels(store, config, senders, now(), log);
  const active = await store.listSubscriptions('active');
  log.info(
    { database: store.location, subscriptions: active.length, platforms: Object.keys(senders), owner },
    'briefing scheduler started',
  );
  const jobBasics = {
    now,
    store,
    senders,
    library,
    logger: log,
    catchupHours: config.BRIEFING_CATCHUP_HOURS,
    ...(options.archive ? { archive: options.archive } : {}),
  };
  // The preparation for the coming minute, taken by the tick of that minute.
  let preparing: { dueAt: number; ready: Promise<PreparedRun | undefined> } | undefined;
  const clock = startBriefingClock({
    logger: log,
    expression: options.expression,
    prepare: (dueAt) => {
      const ready = prepareRun(jobBasics, dueAt);
      preparing = { dueAt: dueAt.getTime(), ready: ready.catch(() => undefined) };
      return ready;
    },
    run: async (reason, dueAt) => {
      let heldElsewhere = 0;
      const minute = dueAt?.getTime() ?? Math.floor(now().getTime() / 60_000) * 60_000;
      const mine = preparing?.dueAt === minute ? preparing : undefined;
      if (mine) preparing = undefined;
      const prepared = mine ? await mine.ready : undefined;
      const summary = await runDueSlots({
        ...jobBasics,
        ...(prepared ? { prepared } : {}),
        ...(dueAt ? { dueAt } : {}),
        leaseMs: config.BRIEFING_LEASE_SECONDS * 1000,
        // Slots other instances hold are watched for as long as one lease and a little more: one
        // released at shutdown is taken at the next look, one of a crashed instance when its lease ends.
        watchMs: config.BRIEFING_LEASE_SECONDS * 1000 + 5000,
        owner,
        inFlight,
        signal: shutdown.signal,
        onFannedOut: (fannedOut) => {
          heldElsewhere = fannedOut.busy;
          if (fannedOut.due > 0 || fannedOut.busy > 0)
            log.info({ reason, ...fannedOut }, 'briefing run finished');
        },
      });
      if (heldElsewhere > 0)
        log.info({ reason, held: heldElsewhere, ...summary }, 'briefing hand-over finished');
    },
  });
  const caughtUp = clock.runNow('start-up');
  return {
    service: createBriefingService({
      store,
      senders,
      now,
      defaults: { time: config.BRIEFING_TIME, timezone: config.BRIEFING_TZ },
      ...(options.archive ? { archive: options.archive } : {}),
    }),
    caughtUp,
    clock,
    async stop() {
      shutdown.abort();
      await clock.stop();
      // A preparation still on its way reads the store: let it finish before the store closes.
      await preparing?.ready;
      if (!options.store) await store.close();
    },
  };
}
