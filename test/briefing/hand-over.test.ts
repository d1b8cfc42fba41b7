// Handing slots over between instances: a run keeps watching the slots another instance holds and
// takes over one released at shutdown at its next look (not after the lease) or one whose lease ran
// out; a shutdown drops a send still waiting for its first post's turn and releases its claim.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type JobOptions, runDueSlots } from '../../src/briefing/job.ts';
import { type BriefingSender, DeliveryError } from '../../src/briefing/sender.ts';
import type { BriefingStore } from '../../src/storage/store.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { MemorySender } from './helpers/memory-sender.ts';
import { channelOneSlot, memoryLogger } from './helpers/setup.ts';

const library = memoryLibrary([handmadeArticle()]);
const slot = channelOneSlot;

/** A sender whose post waits for its turn until the shutdown signal aborts it (nothing is posted). */
function waitingSender(started: () => void): BriefingSender {
  return {
    platform: 'discord',
    send: (_channel, _reply, _slot, signal) =>
      new Promise<string>((_resolve, reject) => {
        started();
        signal?.addEventListener('abort', () =>
          reject(new DeliveryError('stopped', 'shutting down before the post left')),
        );
      }),
    alreadySent: async () => false,
  };
}

forEachDatabase((database) => {
  let place: DatabasePlace;
  let store: BriefingStore;
  let discord: MemorySender;
  let now: Date;
  let log: ReturnType<typeof memoryLogger>;

  beforeEach(async () => {
    place = await database.create();
    store = await place.open();
    discord = new MemorySender('discord');
    log = memoryLogger();
    now = new Date('2026-11-28T08:00:30Z');
    await store.saveSubscription(
      { platform: 'discord', channelId: '1', time: '08:00', timezone: 'UTC', mode: 'daily' },
      'chat',
      new Date('2026-11-26T00:00:00Z'),
    );
  });

  afterEach(async () => {
    await store.close();
    await place.drop();
  });

  function run(overrides: Partial<JobOptions> = {}) {
    return runDueSlots({
      now: () => now,
      store,
      senders: { discord },
      library,
      logger: log.logger,
      catchupHours: 6,
      owner: 'instance-b',
      ...overrides,
    });
  }

  describe('hand-over', () => {
    it('hand-over: a slot another instance released is taken over at the next look, long before its lease', async () => {
      await store.claimSlot(slot, 'instance-a', now, 120_000);
      const looks: number[] = [];
      const running = run({
        watchMs: 125_000,
        sleep: async (ms) => {
          looks.push(ms);
          if (looks.length === 2) await store.releaseClaim(slot.key, 'instance-a', now);
          now = new Date(now.getTime() + ms);
        },
      });
      const summary = await running;
      expect(summary).toMatchObject({ sent: 1, busy: 0 });
      expect(discord.postsTo('1')).toHaveLength(1);
      // Taken at the look after the release (looks are about a second apart), not after the 2-minute lease.
      expect(looks).toHaveLength(2);
      expect(Math.max(...looks)).toBeLessThanOrEqual(1001);
      expect(discord.checks).toEqual(['1']);
    });

    it('hand-over: a crashed instance’s slot is taken over when its lease ends, while the run watches', async () => {
      await store.claimSlot(slot, 'crashed', now, 3000);
      const summary = await run({
        watchMs: 10_000,
        sleep: async (ms) => {
          now = new Date(now.getTime() + ms);
        },
      });
      expect(summary).toMatchObject({ sent: 1, busy: 0 });
      expect(discord.postsTo('1')).toHaveLength(1);
    });

    it('hand-over: without watching, a held slot is left to the next run and counted busy', async () => {
      await store.claimSlot(slot, 'instance-a', now, 120_000);
      expect(await run({ sleep: async () => {} })).toMatchObject({ busy: 1, sent: 0 });
      expect(discord.posts).toHaveLength(0);
    });

    it('hand-over: a shutdown while the first post waits for its turn posts nothing and releases the claim', async () => {
      const shutdown = new AbortController();
      let waiting = false;
      const stopping = run({
        senders: { discord: waitingSender(() => (waiting = true)) },
        owner: 'instance-a',
        signal: shutdown.signal,
      });
      while (!waiting) await new Promise((resolve) => setImmediate(resolve));
      shutdown.abort();
      expect(await stopping).toMatchObject({ stopped: 1, sent: 0 });
      const row = await store.lastDelivery('discord:1');
      expect(row?.status).toBe('claimed');
      expect(row?.leaseExpiresAt?.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(log.lines.some((l) => l.outcome === 'stopped' && /released/.test(String(l.reason)))).toBe(true);
      now = new Date(now.getTime() + 1);
      expect(await run({ sleep: async () => {} })).toMatchObject({ sent: 1 });
      expect(discord.postsTo('1')).toHaveLength(1);
    });
  });
});
