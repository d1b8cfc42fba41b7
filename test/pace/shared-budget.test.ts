// The shared budgets on the real databases, in virtual time: one or two instances (each its own
// connection, eight requests in flight each) reserve turns for 200 and 1,000 posts per platform, and
// the turns they get are fed to the token bucket the fakes enforce. Not one is refused, and the
// last goes out within 1.1x of the floor those limits allow for a single bot.
import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../bench/fakes/rate-limit.ts';
import { fanoutLimits } from '../../bench/parts/fanout.ts';
import { type PaceLimit, turnDelayMs } from '../../src/pace/pacer.ts';
import { defaultPlatformLimits } from '../../src/pace/platform-limits.ts';
import type { BriefingStore } from '../../src/storage/store.ts';
import { forEachDatabase } from '../helpers/databases.ts';

/** The platform budgets and the limits the fakes put on them. */
const budgets = [
  {
    name: 'Discord global',
    limit: { key: 'discord:bot:global', ...defaultPlatformLimits.discord.global },
    fake: { perSecond: fanoutLimits.discord.globalPerSecond, burst: fanoutLimits.discord.globalPerSecond },
  },
  {
    name: 'Slack chat.postMessage',
    limit: { key: 'slack:team:chat.postMessage', ...defaultPlatformLimits.slack.postMessage },
    fake: { perSecond: fanoutLimits.slack.workspacePerSecond, burst: fanoutLimits.slack.workspacePerSecond },
  },
];

/**
 * Runs `total` requests through the instances' stores: the worker free earliest reserves next
 * (at its virtual now), sends at its turn and is free again `latencyMs` later. Returns the send times.
 */
async function simulate(stores: BriefingStore[], limit: PaceLimit, total: number, start: number) {
  const latencyMs = 4;
  const workers = stores.flatMap((store) => Array.from({ length: 8 }, () => ({ store, free: start })));
  const sends: number[] = [];
  for (let i = 0; i < total; i++) {
    workers.sort((x, y) => x.free - y.free);
    const worker = workers[0] as (typeof workers)[number];
    const tat = await worker.store.reservePace(limit.key, 1000 / limit.perSecond, worker.free);
    const at = worker.free + turnDelayMs(limit, tat, worker.free);
    sends.push(at);
    worker.free = at + latencyMs;
  }
  return sends.sort((x, y) => x - y);
}

forEachDatabase((database) => {
  describe('shared rate-limit budgets', () => {
    it('budget: several turns reserved in one statement move the budget as far as one reservation each', async () => {
      const place = await database.create();
      const store = await place.open();
      try {
        const now = Date.now();
        expect(await store.reservePace('k:batch', 20, now, 5)).toBe(now + 100);
        expect(await store.reservePace('k:batch', 20, now, 3)).toBe(now + 160);
        expect(await store.reservePace('k:batch', 20, now + 10_000)).toBe(now + 10_020);
        expect(await store.reservePace('k:single', 20, now)).toBe(now + 20);
      } finally {
        await store.close();
        await place.drop();
      }
    });

    for (const budget of budgets) {
      for (const [instances, total] of [
        [1, 200],
        [2, 200],
        [1, 1000],
        [2, 1000],
      ] as const) {
        it(`budget: ${budget.name}, ${instances} instance(s), ${total} posts: none refused, within 1.1x of the floor`, async () => {
          const place = await database.create();
          // Opened one after the other: SQLite migrations take no lock of their own.
          const stores: BriefingStore[] = [];
          for (let i = 0; i < instances; i++) stores.push(await place.open());
          try {
            const start = Date.now();
            const sends = await simulate(stores, budget.limit, total, start);
            let now = start;
            const bucket = new TokenBucket(budget.fake.perSecond, budget.fake.burst, () => now);
            const refused = sends.filter((at) => {
              now = at;
              return bucket.take() > 0;
            });
            expect(refused).toEqual([]);
            const floorMs = (Math.max(0, total - budget.fake.burst) / budget.fake.perSecond) * 1000;
            const lastMs = (sends.at(-1) ?? start) - start;
            expect(lastMs).toBeLessThanOrEqual(floorMs * 1.1);
          } finally {
            await Promise.all(stores.map((store) => store.close()));
            await place.drop();
          }
        }, 60_000);
      }
    }
  });
});
