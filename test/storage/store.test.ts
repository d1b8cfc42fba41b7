// The briefing store on every test database (SQLite always, PostgreSQL when TEST_DATABASE_URL is
// set): claims, leases, outcomes and subscriptions behave the same; then what is SQLite's own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BriefingStore, openStore, type SlotIdentity, StorageError } from '../../src/storage/store.ts';
import { type DatabasePlace, forEachDatabase, migrationNames } from '../helpers/databases.ts';

const t0 = new Date('2026-11-28T08:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

const slot = (channelId = 'C1', localDate = '2026-11-28'): SlotIdentity => ({
  key: `slack:${channelId}@${localDate}`,
  subscriptionId: `slack:${channelId}`,
  platform: 'slack',
  channelId,
  localDate,
  scheduledAt: t0,
});

forEachDatabase((database) => {
  let place: DatabasePlace;
  let store: BriefingStore;

  beforeEach(async () => {
    place = await database.create();
    store = await place.open();
    await store.saveSubscription(
      { platform: 'slack', channelId: 'C1', time: '08:00', timezone: 'UTC', mode: 'daily' },
      'chat',
      later(-86_400_000),
    );
  });

  afterEach(async () => {
    await store.close();
    await place.drop();
  });

  describe('storage', () => {
    it('storage: data survives closing and reopening, and reopening does not run migrations again', async () => {
      await store.close();
      store = await place.open();
      const sub = await store.getSubscription('slack', 'C1');
      expect(sub).toMatchObject({
        time: '08:00',
        timezone: 'UTC',
        mode: 'daily',
        state: 'active',
        source: 'chat',
      });
      expect(sub?.activeSince).toEqual(later(-86_400_000));
    });

    it('storage: a slot is claimed once; a second claim does nothing while the lease is live', async () => {
      expect(await store.claimSlot(slot(), 'a', t0, 60_000)).toBe('new');
      expect(await store.claimSlot(slot(), 'b', later(1000), 60_000)).toBeNull();
      expect(await store.claimSlot(slot(), 'a', later(1000), 60_000)).toBeNull();
    });

    it('storage: claiming several slots at once wins the free ones and the expired ones, not the held or finished ones', async () => {
      const [free, held, expired, done] = ['C1', 'C2', 'C3', 'C4'].map((c) => slot(c));
      if (!free || !held || !expired || !done) throw new Error('four slots');
      for (const c of ['C2', 'C3', 'C4'])
        await store.saveSubscription(
          { platform: 'slack', channelId: c, time: '08:00', timezone: 'UTC', mode: 'daily' },
          'chat',
          later(-86_400_000),
        );
      await store.claimSlot(held, 'b', later(30_000), 60_000);
      await store.claimSlot(expired, 'c', t0, 10_000);
      await store.claimSlot(done, 'd', t0, 60_000);
      await store.recordOutcome(done.key, 'd', { status: 'sent' }, later(1000), 3);
      const won = await store.claimSlots([free, held, expired, done], 'a', later(40_000), 60_000);
      expect(Object.fromEntries(won)).toEqual({ [free.key]: 'new', [expired.key]: 'takeover' });
      const rows = await store.findDeliveries([free.key, held.key, expired.key, done.key]);
      expect([...rows.values()].map((d) => [d.slotKey, d.status, d.owner])).toEqual(
        expect.arrayContaining([
          [free.key, 'claimed', 'a'],
          [held.key, 'claimed', 'b'],
          [expired.key, 'claimed', 'a'],
          [done.key, 'sent', 'd'],
        ]),
      );
      expect(await store.claimSlots([free, held], 'e', later(41_000), 60_000)).toEqual(new Map());
    });

    it('storage: an interaction is claimed by the first caller only; claims older than a minute are pruned', async () => {
      const t = t0.getTime();
      expect(await store.claimInteraction('1100', t)).toBe(true);
      expect(await store.claimInteraction('1100', t + 10)).toBe(false);
      expect(await store.claimInteraction('1101', t + 20)).toBe(true);
      // A minute on, the next claim prunes the old ones first: the id could be claimed again (it never
      // comes again: Discord's answer window is long over).
      expect(await store.claimInteraction('1102', t + 61_000)).toBe(true);
      expect(await store.claimInteraction('1100', t + 61_010)).toBe(true);
      expect(await store.claimInteraction('1102', t + 61_020)).toBe(false);
    });

    it('storage: an expired lease is taken over by exactly one claimant', async () => {
      await store.claimSlot(slot(), 'a', t0, 60_000);
      expect(await store.claimSlot(slot(), 'b', later(61_000), 60_000)).toBe('takeover');
      expect(await store.claimSlot(slot(), 'c', later(62_000), 60_000)).toBeNull();
      expect(await store.renewLease(slot().key, 'a', later(120_000))).toBe(false);
      expect(await store.recordOutcome(slot().key, 'a', { status: 'sent' }, later(63_000), 3)).toEqual({
        recorded: false,
        paused: false,
      });
      expect(
        await store.recordOutcome(slot().key, 'b', { status: 'sent', messageId: 'm1' }, later(63_000), 3),
      ).toEqual({
        recorded: true,
        paused: false,
      });
    });

    it('storage: a recorded slot can never be claimed again', async () => {
      await store.claimSlot(slot(), 'a', t0, 60_000);
      await store.recordOutcome(slot().key, 'a', { status: 'sent' }, later(1000), 3);
      expect(await store.claimSlot(slot(), 'b', later(10 * 86_400_000), 60_000)).toBeNull();
      expect(await store.recordMissed(slot(), 'late', later(1000))).toBe(false);
      expect((await store.lastDelivery('slack:C1'))?.status).toBe('sent');
    });

    it('storage: the article noted by an attempt becomes the channel’s last briefed article when sent', async () => {
      await store.claimSlot(slot(), 'a', t0, 60_000);
      expect(await store.renewLease(slot().key, 'a', later(60_000), { article: 'festival@v2' })).toBe(true);
      await store.recordOutcome(slot().key, 'a', { status: 'sent' }, later(1000), 3);
      expect((await store.getSubscription('slack', 'C1'))?.lastArticle).toBe('festival@v2');
      expect((await store.lastDelivery('slack:C1'))?.attempts).toBe(1);
    });

    it('storage: three gone deliveries in a row pause the subscription with the reason', async () => {
      for (const [i, date] of ['2026-11-26', '2026-11-27', '2026-11-28'].entries()) {
        await store.claimSlot(slot('C1', date), 'a', later(i), 60_000);
        const result = await store.recordOutcome(
          slot('C1', date).key,
          'a',
          { status: 'gone', reason: 'not_in_channel' },
          later(i),
          3,
        );
        expect(result.paused).toBe(i === 2);
      }
      const sub = await store.getSubscription('slack', 'C1');
      expect(sub?.state).toBe('paused');
      expect(sub?.pausedReason).toContain('not_in_channel');
      expect(await store.listSubscriptions('active')).toEqual([]);
    });

    it('storage: a successful delivery resets the failure count', async () => {
      await store.claimSlot(slot('C1', '2026-11-26'), 'a', t0, 60_000);
      await store.recordOutcome(slot('C1', '2026-11-26').key, 'a', { status: 'gone', reason: 'x' }, t0, 3);
      await store.claimSlot(slot('C1', '2026-11-27'), 'a', t0, 60_000);
      await store.recordOutcome(slot('C1', '2026-11-27').key, 'a', { status: 'sent' }, t0, 3);
      expect((await store.getSubscription('slack', 'C1'))?.consecutiveFailures).toBe(0);
    });

    it('storage: unsubscribing keeps the row, marks it chat-owned and is idempotent', async () => {
      expect((await store.endSubscription('slack', 'C1', 'U1', t0))?.state).toBe('unsubscribed');
      expect(await store.endSubscription('slack', 'C1', 'U1', t0)).toBeNull();
      expect((await store.getSubscription('slack', 'C1'))?.source).toBe('chat');
    });

    it('storage: retiring config subscriptions leaves chat ones and kept ids alone', async () => {
      const base = { platform: 'discord' as const, time: '08:00', timezone: 'UTC', mode: 'daily' as const };
      await store.saveSubscription({ ...base, channelId: '111111' }, 'config', t0);
      await store.saveSubscription({ ...base, channelId: '222222' }, 'config', t0);
      expect(await store.retireConfigSubscriptions(['discord:111111'], ['slack'], t0)).toEqual([]);
      expect(await store.retireConfigSubscriptions(['discord:111111'], ['discord', 'slack'], t0)).toEqual([
        'discord:222222',
      ]);
      expect((await store.getSubscription('discord', '222222'))?.state).toBe('unsubscribed');
      expect((await store.getSubscription('discord', '111111'))?.state).toBe('active');
      expect((await store.getSubscription('slack', 'C1'))?.state).toBe('active');
    });
  });
});

describe('storage on SQLite', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'summit-storage-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('storage: creates summit.sqlite under DATA_DIR in WAL mode with both tables, migrated once', async () => {
    const store = await openStore({ dataDir: dir });
    await store.close();
    await (await openStore({ dataDir: dir })).close();
    const raw = new SqliteDatabase(join(dir, 'summit.sqlite'), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = raw.prepare("select name from sqlite_master where type='table' order by name").all();
    const ran = raw.prepare('select name from kysely_migration').all();
    raw.close();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(
      expect.arrayContaining(['deliveries', 'installations', 'kysely_migration', 'subscriptions']),
    );
    expect(ran).toEqual(await migrationNames());
  });

  it('storage: a DATA_DIR that is a file gives a clear StorageError', async () => {
    const file = join(dir, 'not-a-dir');
    writeFileSync(file, 'x');
    await expect(openStore({ dataDir: file })).rejects.toThrow(/DATA_DIR=/);
    await expect(openStore({ dataDir: file })).rejects.toBeInstanceOf(StorageError);
  });
});
