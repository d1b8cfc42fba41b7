import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newMarker } from '../../src/briefing/compose.ts';
import { type JobOptions, runDueSlots } from '../../src/briefing/job.ts';
import type { Library } from '../../src/core/library.ts';
import type { BriefingStore, SubscriptionInput } from '../../src/storage/store.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { MemorySender } from './helpers/memory-sender.ts';
import { channelOneSlot, memoryLogger, testClock } from './helpers/setup.ts';

let place: DatabasePlace;
let store: BriefingStore;
const extraStores: BriefingStore[] = [];
let discord: MemorySender;
let slack: MemorySender;
let library: Library;
let log: ReturnType<typeof memoryLogger>;
let sleeps: number[];
const clock = testClock('2026-11-20T00:00:00Z');

/** Subscribes a channel as of `since` (by default the day of most tests, so no older slots are owed). */
async function subscribe(
  channelId: string,
  extra: Partial<SubscriptionInput> = {},
  since = '2026-11-26T00:00:00Z',
): Promise<void> {
  const input: SubscriptionInput = {
    platform: 'discord',
    channelId,
    time: '08:00',
    timezone: 'UTC',
    mode: 'daily',
    ...extra,
  };
  await store.saveSubscription(input, 'chat', new Date(since));
}

/** Claims channel 1's slot of 2026-11-28 08:00 for an instance that then crashes (never records). */
async function claimAsCrashedInstance() {
  await store.claimSlot(channelOneSlot, 'crashed-instance', new Date('2026-11-28T08:00:00Z'), 120_000);
  return channelOneSlot;
}

function run(at: string, overrides: Partial<JobOptions> = {}) {
  clock.set(at);
  return runDueSlots({
    now: clock.now,
    store,
    senders: { discord, slack },
    library,
    logger: log.logger,
    catchupHours: 6,
    owner: 'instance-a',
    sleep: async (ms) => void sleeps.push(ms),
    ...overrides,
  });
}

forEachDatabase((database) => {
  beforeEach(async () => {
    place = await database.create();
    store = await place.open();
    discord = new MemorySender('discord');
    slack = new MemorySender('slack');
    library = memoryLibrary([handmadeArticle()]);
    log = memoryLogger();
    sleeps = [];
  });

  afterEach(async () => {
    await store.close();
    for (const s of extraStores.splice(0)) await s.close();
    await place.drop();
  });

  describe('briefing job', () => {
    it('job: posts each due slot once on both platforms and a second run posts nothing', async () => {
      const today = '2026-11-28T00:00:00Z';
      await subscribe('100', {}, today);
      await subscribe('200', { timezone: 'Asia/Seoul', time: '17:00' }, today);
      await subscribe('C300', { platform: 'slack' }, today);
      expect((await run('2026-11-28T08:00:05Z')).sent).toBe(3);
      expect(discord.posts.map((p) => p.channelId).sort()).toEqual(['100', '200']);
      expect(slack.postsTo('C300')).toHaveLength(1);
      expect(slack.posts[0]?.reply.footer).toMatch(/Daily briefing for Sat, 28 Nov 2026 · ref [0-9a-f]{10}$/);
      expect((await run('2026-11-28T08:01:00Z')).sent).toBe(0);
      expect(discord.posts).toHaveLength(2);
      const lines = log.lines.filter((l) => l.msg === 'briefing delivery');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatchObject({
        outcome: 'sent',
        attempt: 1,
        platform: expect.any(String),
        channel: expect.any(String),
        slot: expect.stringMatching(/@2026-11-28$/),
      });
    });

    it('job: one channel failing never stops the others; 429 waits as told, 5xx backs off, gone is recorded', async () => {
      for (const id of ['1', '2', '3', '4']) await subscribe(id);
      discord.fail('2', { kind: 'transient' }, { kind: 'transient' });
      discord.fail('3', { kind: 'rate-limited', retryAfterMs: 1500 });
      discord.remove('4', 'Missing Access (50001)');
      const summary = await run('2026-11-28T08:00:00Z');
      expect(summary).toMatchObject({ sent: 3, gone: 1, failed: 0 });
      for (const id of ['1', '2', '3']) expect(discord.postsTo(id)).toHaveLength(1);
      expect(sleeps).toContain(1500);
      expect(sleeps.filter((ms) => ms !== 1500)).toHaveLength(2);
      const gone = await store.lastDelivery('discord:4');
      expect(gone).toMatchObject({ status: 'gone', reason: 'Missing Access (50001)' });
      expect((await store.lastDelivery('discord:2'))?.attempts).toBe(3);
    });

    it('job: a 5xx that keeps failing gives up within the slot and records why', async () => {
      await subscribe('1');
      discord.fail('1', ...Array.from({ length: 4 }, () => ({ kind: 'transient' as const })));
      expect((await run('2026-11-28T08:00:00Z')).failed).toBe(1);
      expect((await store.lastDelivery('discord:1'))?.reason).toMatch(
        /gave up after 4 attempts; last error: HTTP 503/,
      );
      expect(discord.checks.length).toBeGreaterThan(0);
      expect((await run('2026-11-28T08:05:00Z')).due).toBe(0);
    });

    it('job: a post whose answer was lost is found in the channel and not sent again', async () => {
      await subscribe('1');
      discord.fail('1', { kind: 'posted-but-lost' });
      expect((await run('2026-11-28T08:00:00Z')).sent).toBe(1);
      expect(discord.postsTo('1')).toHaveLength(1);
      expect((await store.lastDelivery('discord:1'))?.reason).toMatch(/found in the channel/);
    });

    it('job: after three days of a gone channel the subscription pauses and stops being tried', async () => {
      await subscribe('9');
      discord.remove('9', 'Unknown Channel (10003)');
      for (const day of ['26', '27', '28']) await run(`2026-11-${day}T08:00:00Z`);
      const sub = await store.getSubscription('discord', '9');
      expect(sub?.state).toBe('paused');
      expect(sub?.pausedReason).toMatch(/3 deliveries in a row failed.*Unknown Channel/);
      const tries = discord.attempts.length;
      await run('2026-11-29T08:00:00Z');
      expect(discord.attempts.length).toBe(tries);
      expect(log.lines.some((l) => l.msg === 'briefing subscription paused')).toBe(true);
    });

    it('job: a restart on the same database does not post a slot again', async () => {
      await subscribe('1');
      await run('2026-11-28T08:00:00Z');
      await store.close();
      store = await place.open();
      const summary = await run('2026-11-28T08:00:30Z', { owner: 'instance-after-restart' });
      expect(summary.sent).toBe(0);
      expect(discord.postsTo('1')).toHaveLength(1);
    });

    it('job: two instances on one database post every slot exactly once', async () => {
      const other = await place.open();
      extraStores.push(other);
      const ids = Array.from({ length: 12 }, (_, i) => String(1000 + i));
      for (const id of ids) await subscribe(id);
      clock.set('2026-11-28T08:00:00Z');
      const common = {
        now: clock.now,
        senders: { discord },
        library,
        logger: log.logger,
        catchupHours: 6,
        sleep: async () => {},
      };
      const [a, b] = await Promise.all([
        runDueSlots({ ...common, store, owner: 'a', concurrency: 3 }),
        runDueSlots({ ...common, store: other, owner: 'b', concurrency: 3 }),
      ]);
      expect(a.sent + b.sent).toBe(12);
      for (const id of ids) expect(discord.postsTo(id)).toHaveLength(1);
    });

    it('job: a crash after sending and before recording is found after the lease and not re-sent', async () => {
      await subscribe('1');
      await run('2026-11-27T08:00:00Z');
      const slot = await claimAsCrashedInstance();
      await discord.send(
        '1',
        { tone: 'info', title: 'x', blocks: [] },
        { key: slot.key, ref: 'r', nonce: 'n', scheduledAt: slot.scheduledAt },
      );
      expect(await run('2026-11-28T08:01:00Z')).toMatchObject({ busy: 1, sent: 0 });
      expect(await run('2026-11-28T08:02:01Z')).toMatchObject({ sent: 1 });
      expect(discord.postsTo('1')).toHaveLength(2);
      expect((await store.lastDelivery('discord:1'))?.reason).toMatch(/earlier claim crashed; not re-sent/);
    });

    it('job: a crash after claiming and before sending is taken over and posted once', async () => {
      await subscribe('1');
      await claimAsCrashedInstance();
      expect(await run('2026-11-28T08:03:00Z')).toMatchObject({ sent: 1 });
      expect(discord.checks).toEqual(['1']);
      expect(discord.postsTo('1')).toHaveLength(1);
    });

    it('job: shutting down during a retry wait leaves the slot claimed; the next instance posts it once', async () => {
      await subscribe('1');
      discord.fail('1', { kind: 'rate-limited', retryAfterMs: 60_000 });
      const shutdown = new AbortController();
      const running = run('2026-11-28T08:00:00Z', { sleep: undefined, signal: shutdown.signal });
      while (discord.attempts.length === 0) await new Promise((resolve) => setImmediate(resolve));
      shutdown.abort();
      expect(await running).toMatchObject({ stopped: 1, sent: 0 });
      expect((await store.lastDelivery('discord:1'))?.status).toBe('claimed');
      expect((await run('2026-11-28T08:03:00Z', { owner: 'restarted' })).sent).toBe(1);
      expect(discord.postsTo('1')).toHaveLength(1);
      expect(log.lines.some((l) => l.outcome === 'stopped')).toBe(true);
    });

    it('job: after downtime, a slot inside the catch-up window posts once and older ones are recorded as missed', async () => {
      await subscribe('early', { time: '01:00' }, '2026-11-20T00:00:00Z');
      await subscribe('late', { time: '08:00' }, '2026-11-20T00:00:00Z');
      const summary = await run('2026-11-28T13:00:00Z');
      expect(discord.postsTo('late')).toHaveLength(1);
      expect(discord.postsTo('early')).toHaveLength(0);
      expect(summary.sent).toBe(1);
      const early = await store.listDeliveries('discord:early');
      expect(early[0]).toMatchObject({
        localDate: '2026-11-28',
        status: 'missed',
        reason: 'not delivered within the catch-up window',
      });
      expect(early.every((d) => d.status === 'missed')).toBe(true);
      expect(early.map((d) => d.localDate)).toContain('2026-11-21');
      expect((await run('2026-11-28T13:01:00Z')).due).toBe(0);
    });

    it('job: a crashed claim found past the catch-up window is checked in the channel, then missed, never posted', async () => {
      await subscribe('1', {}, '2026-11-28T00:00:00Z');
      await subscribe('2', {}, '2026-11-28T00:00:00Z');
      const slotOf = (channelId: string) => ({
        key: `discord:${channelId}@2026-11-28`,
        subscriptionId: `discord:${channelId}`,
        platform: 'discord' as const,
        channelId,
        localDate: '2026-11-28',
        scheduledAt: new Date('2026-11-28T08:00:00Z'),
      });
      for (const channelId of ['1', '2']) {
        await store.claimSlot(
          slotOf(channelId),
          'crashed-instance',
          new Date('2026-11-28T08:00:00Z'),
          120_000,
        );
      }
      const ref = { key: slotOf('2').key, ref: 'r', nonce: 'n', scheduledAt: slotOf('2').scheduledAt };
      await discord.send('2', { tone: 'info', title: 'x', blocks: [] }, ref);
      expect(await run('2026-11-28T15:00:00Z')).toMatchObject({ missed: 1, sent: 1 });
      expect(discord.checks.toSorted()).toEqual(['1', '2']);
      expect(discord.postsTo('1')).toHaveLength(0);
      expect(discord.postsTo('2')).toHaveLength(1);
      expect(await store.lastDelivery('discord:1')).toMatchObject({
        status: 'missed',
        reason: 'not delivered within the catch-up window',
      });
    });

    it('job: new-only skips a day without a new article; the new marker follows article changes', async () => {
      await subscribe('daily');
      await subscribe('fresh', { mode: 'new-only' });
      await run('2026-11-27T08:00:00Z');
      expect(discord.postsTo('fresh')[0]?.reply.blocks[0]).toEqual({ kind: 'text', text: newMarker });
      await run('2026-11-28T08:00:00Z');
      expect(discord.postsTo('fresh')).toHaveLength(1);
      expect(await store.lastDelivery('discord:fresh')).toMatchObject({
        status: 'skipped',
        reason: expect.stringMatching(/no new article/),
      });
      expect(discord.postsTo('daily')).toHaveLength(2);
      expect(discord.postsTo('daily')[1]?.reply.blocks[0]).not.toEqual({ kind: 'text', text: newMarker });
      library = memoryLibrary([{ ...handmadeArticle(), version: 'handmade-2' }]);
      await run('2026-11-29T08:00:00Z');
      expect(discord.postsTo('fresh')).toHaveLength(2);
      expect(discord.postsTo('fresh')[1]?.reply.blocks[0]).toEqual({ kind: 'text', text: newMarker });
    });

    it('job: with no article the slot is recorded as skipped with the reason', async () => {
      await subscribe('1');
      library = memoryLibrary([]);
      expect((await run('2026-11-28T08:00:00Z')).skipped).toBe(1);
      expect((await store.lastDelivery('discord:1'))?.reason).toMatch(/no valid article/);
    });

    it('job: a 02:30 New York slot posts once on the spring-forward day, at 03:00 EDT', async () => {
      await subscribe('ny', { time: '02:30', timezone: 'America/New_York' }, '2026-03-07T12:00:00Z');
      for (let m = 0; m <= 120; m += 5) {
        await run(new Date(Date.parse('2026-03-08T06:00:00Z') + m * 60_000).toISOString());
        if (m < 60) expect(discord.postsTo('ny')).toHaveLength(0);
      }
      expect(discord.postsTo('ny')).toHaveLength(1);
      expect((await store.lastDelivery('discord:ny'))?.scheduledAt.toISOString()).toBe(
        '2026-03-08T07:00:00.000Z',
      );
    }, 30_000);

    it('job: a 01:30 New York slot posts once on the fall-back day although 01:30 happens twice', async () => {
      await subscribe('ny', { time: '01:30', timezone: 'America/New_York' }, '2026-10-31T12:00:00Z');
      for (const at of ['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z', '2026-11-01T06:31:00Z'])
        await run(at);
      expect(discord.postsTo('ny')).toHaveLength(1);
    });

    it('job: a large fan-out runs through the bounded queue and logs progress', async () => {
      for (let i = 0; i < 30; i++) await subscribe(`c${i}`, {}, '2026-11-28T00:00:00Z');
      let active = 0;
      let peak = 0;
      let overlapped: () => void = () => {};
      const overlap = new Promise<void>((resolve) => {
        overlapped = resolve;
      });
      const send = discord.send.bind(discord);
      discord.send = async (...args) => {
        active++;
        peak = Math.max(peak, active);
        if (active > 1) overlapped();
        // Each send is held until a second one runs alongside (or 2 s pass): a queue of 4 overlaps
        // them however slowly the database answers; one that ran them one by one would not.
        await Promise.race([overlap, new Promise((resolve) => setTimeout(resolve, 2000))]);
        await new Promise((resolve) => setImmediate(resolve));
        active--;
        return send(...args);
      };
      const summary = await run('2026-11-28T08:00:00Z', { concurrency: 4 });
      expect(summary.sent).toBe(30);
      expect(peak).toBeLessThanOrEqual(4);
      expect(peak).toBeGreaterThan(1);
      const progress = log.lines.filter((l) => l.msg === 'briefing fan-out progress');
      expect(progress.at(-1)).toMatchObject({ done: 30, total: 30 });
    });
  });
});
