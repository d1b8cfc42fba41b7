import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareRun, runDueSlots } from '../../src/briefing/job.ts';
import { type BriefingClock, startBriefingClock, startEarlyMs } from '../../src/briefing/schedule.ts';
import type { BriefingStore, SubscriptionInput } from '../../src/storage/store.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { MemorySender } from './helpers/memory-sender.ts';
import { memoryLogger } from './helpers/setup.ts';

let place: DatabasePlace;
let store: BriefingStore;
let sender: MemorySender;
let clock: BriefingClock | undefined;
let log: ReturnType<typeof memoryLogger>;
const runs: string[] = [];
/** Due minutes whose preparation has finished. */
const preparations: Date[] = [];

/**
 * Gives real turns of the event loop (database I/O is real under fake timers) until `done`, for at
 * most `ms` of real time (performance.now is not faked).
 */
async function realTurnsUntil(done: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await done()) && performance.now() < end) await new Promise((resolve) => setImmediate(resolve));
}

async function subscribe(channelId: string, time: string, timezone: string, since: string): Promise<void> {
  const input: SubscriptionInput = { platform: 'discord', channelId, time, timezone, mode: 'daily' };
  await store.saveSubscription(input, 'chat', new Date(since));
}

/**
 * Starts the real cron wiring at a fake instant; the job reads the (fake) system clock. With
 * `prepared`, the preparation tick runs too (and a run may start ahead of its minute).
 */
function start(at: string, { prepared = false } = {}): BriefingClock {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date(at));
  const job = {
    now: () => new Date(),
    store,
    senders: { discord: sender },
    library: memoryLibrary([handmadeArticle()]),
    logger: log.logger,
    catchupHours: 6,
  };
  const inFlight = new Set<string>();
  clock = startBriefingClock({
    logger: log.logger,
    run: (reason, dueAt) => {
      runs.push(`${new Date().toISOString()} ${reason}`);
      return runDueSlots({ ...job, inFlight, ...(dueAt ? { dueAt } : {}) });
    },
    ...(prepared
      ? { prepare: (dueAt: Date) => prepareRun(job, dueAt).finally(() => preparations.push(dueAt)) }
      : {}),
  });
  return clock;
}

/** Moves fake time forward, then lets the runs it started finish. */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await clock?.idle();
}

forEachDatabase((database) => {
  beforeEach(async () => {
    place = await database.create();
    store = await place.open();
    sender = new MemorySender('discord');
    log = memoryLogger();
    runs.length = 0;
    preparations.length = 0;
  });

  afterEach(async () => {
    await clock?.stop();
    clock = undefined;
    vi.useRealTimers();
    await store.close();
    await place.drop();
  });

  describe('briefing cron wiring', () => {
    it('schedule: ticks every minute at second 0 in UTC and posts a Seoul 08:00 slot at 23:00 UTC once', async () => {
      await subscribe('seoul', '08:00', 'Asia/Seoul', '2026-11-27T00:00:00Z');
      start('2026-11-27T22:58:30Z');
      await advance(60_000);
      expect(sender.posts).toHaveLength(0);
      expect(runs[0]).toBe('2026-11-27T22:59:00.000Z tick');
      await advance(31_000);
      expect(sender.postsTo('seoul')).toHaveLength(1);
      expect(clock?.task.getNextRun()?.toISOString()).toBe('2026-11-27T23:01:00.000Z');
      await advance(30 * 60_000);
      expect(sender.postsTo('seoul')).toHaveLength(1);
      expect(runs.length).toBeGreaterThanOrEqual(32);
    });

    it('schedule: on the New York spring-forward day a 02:30 slot posts once, at 03:00 EDT (07:00 UTC)', async () => {
      await subscribe('ny', '02:30', 'America/New_York', '2026-03-07T00:00:00Z');
      start('2026-03-08T06:50:00Z');
      await advance(9 * 60_000 + 59_000);
      expect(sender.posts).toHaveLength(0);
      await advance(2000);
      expect(sender.postsTo('ny')).toHaveLength(1);
      await advance(90 * 60_000);
      expect(sender.postsTo('ny')).toHaveLength(1);
    });

    it('schedule: on the London spring-forward day a 01:30 slot posts once, at 02:00 BST (01:00 UTC)', async () => {
      await subscribe('london', '01:30', 'Europe/London', '2026-03-28T00:00:00Z');
      start('2026-03-29T00:55:00Z');
      await advance(4 * 60_000 + 59_000);
      expect(sender.posts).toHaveLength(0);
      await advance(2000);
      expect(sender.postsTo('london')).toHaveLength(1);
      await advance(60 * 60_000);
      expect(sender.postsTo('london')).toHaveLength(1);
    });

    it('schedule: on the New York fall-back day 01:30 happens twice and posts once', async () => {
      await subscribe('ny', '01:30', 'America/New_York', '2026-10-31T00:00:00Z');
      start('2026-11-01T05:25:00Z');
      await advance(70 * 60_000);
      expect(sender.postsTo('ny')).toHaveLength(1);
      expect((await store.lastDelivery('discord:ny'))?.scheduledAt.toISOString()).toBe(
        '2026-11-01T05:30:00.000Z',
      );
    });

    it('schedule: a tick missed while the process was stalled triggers a catch-up run that posts the slot', async () => {
      await subscribe('utc', '08:00', 'UTC', '2026-11-27T00:00:00Z');
      start('2026-11-28T07:58:10Z');
      vi.setSystemTime(new Date('2026-11-28T08:05:00Z'));
      await advance(55_000);
      expect(runs.some((r) => r.endsWith('missed tick'))).toBe(true);
      expect(sender.postsTo('utc')).toHaveLength(1);
      expect(log.lines.some((l) => l.msg === 'briefing tick missed; catching up now')).toBe(true);
    });

    it('schedule: a preparation tick fires five seconds before each minute, for that minute', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
      vi.setSystemTime(new Date('2026-11-28T07:58:10Z'));
      const prepared: string[] = [];
      clock = startBriefingClock({
        logger: log.logger,
        run: async (reason) => runs.push(`${new Date().toISOString()} ${reason}`),
        prepare: async (dueAt) => {
          prepared.push(`${new Date().toISOString()} for ${dueAt.toISOString()}`);
          return undefined; // nothing comes due
        },
      });
      await advance(2 * 60_000);
      expect(prepared).toEqual([
        '2026-11-28T07:58:55.000Z for 2026-11-28T07:59:00.000Z',
        '2026-11-28T07:59:55.000Z for 2026-11-28T08:00:00.000Z',
      ]);
      expect(runs).toEqual(['2026-11-28T07:59:00.000Z tick', '2026-11-28T08:00:00.000Z tick']);
    });

    it('schedule: when slots come due, the run starts a second ahead of its minute and that tick leaves it the work', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
      vi.setSystemTime(new Date('2026-11-28T07:58:10Z'));
      clock = startBriefingClock({
        logger: log.logger,
        run: async (reason, dueAt) =>
          runs.push(`${new Date().toISOString()} ${reason}${dueAt ? ` for ${dueAt.toISOString()}` : ''}`),
        // Something comes due at 08:00 only.
        prepare: async (dueAt) => dueAt.toISOString() === '2026-11-28T08:00:00.000Z',
      });
      await advance(3 * 60_000);
      expect(runs).toEqual([
        '2026-11-28T07:59:00.000Z tick',
        `2026-11-28T07:59:${60 - startEarlyMs / 1000}.000Z tick for 2026-11-28T08:00:00.000Z`,
        '2026-11-28T08:01:00.000Z tick',
      ]);
    });

    it('schedule: a run started ahead of its minute claims its slots then, and posts at the minute, not before', async () => {
      await subscribe('utc', '08:00', 'UTC', '2026-11-28T07:00:00Z');
      start('2026-11-28T07:59:50Z', { prepared: true });
      await vi.advanceTimersByTimeAsync(5_000);
      await realTurnsUntil(() => preparations.length > 0);
      await vi.advanceTimersByTimeAsync(5_000 - startEarlyMs / 2);
      expect(runs).toEqual([`2026-11-28T07:59:${60 - startEarlyMs / 1000}.000Z tick`]);
      // Claimed and its attempt noted ahead of the minute; then it waits for the minute.
      await realTurnsUntil(async () => ((await store.lastDelivery('discord:utc'))?.attempts ?? 0) > 0);
      expect((await store.lastDelivery('discord:utc'))?.status).toBe('claimed');
      await realTurnsUntil(() => sender.posts.length > 0, 300);
      expect(sender.posts).toHaveLength(0);
      await advance(startEarlyMs);
      expect(sender.postsTo('utc')).toHaveLength(1);
      expect(runs).toHaveLength(1);
      await advance(60_000);
      expect(sender.postsTo('utc')).toHaveLength(1);
    });

    it('schedule: stop() ends the ticking', async () => {
      await subscribe('utc', '08:00', 'UTC', '2026-11-27T00:00:00Z');
      const c = start('2026-11-28T07:58:10Z');
      await c.stop();
      await advance(5 * 60_000);
      expect(sender.posts).toHaveLength(0);
      expect(runs).toHaveLength(0);
    });
  });
});
