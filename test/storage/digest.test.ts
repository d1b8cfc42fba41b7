// Migration 0005 on every test database: a subscription's digest filter is stored and read back,
// a sent digest moves the channel's window on, the per-part ledger keeps each part once; and a
// database from before 0005 upgrades with its subscriptions unfiltered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationProvider } from '../../src/storage/migrations.ts';
import { sqliteFileName } from '../../src/storage/open.ts';
import { type BriefingStore, noFilter, openStore, type SlotIdentity } from '../../src/storage/store.ts';
import { forEachDatabase, openFreshStoreEach } from '../helpers/databases.ts';

const t0 = new Date('2026-12-04T08:00:00.000Z');
const later = new Date(t0.getTime() + 60_000);
const slot: SlotIdentity = {
  key: 'discord:1@2026-12-04',
  subscriptionId: 'discord:1',
  platform: 'discord',
  channelId: '1',
  localDate: '2026-12-04',
  scheduledAt: t0,
};
const base = {
  platform: 'discord' as const,
  channelId: '1',
  time: '08:00',
  timezone: 'UTC',
  mode: 'daily' as const,
};

forEachDatabase((database) => {
  let store: BriefingStore;
  openFreshStoreEach(database, (opened) => {
    store = opened;
  });

  describe('digest storage', () => {
    it('storage: a subscription keeps its topic, feed, stories and thread; a plain one has none', async () => {
      const plain = await store.saveSubscription(base, 'chat', t0);
      expect(plain.filter).toEqual(noFilter);
      expect(plain.briefedUntil).toBeNull();
      await store.saveSubscription(
        { ...base, filter: { topic: 'currency swap', feed: 'Yonhap', stories: 8, thread: true } },
        'chat',
        t0,
      );
      expect((await store.getSubscription('discord', '1'))?.filter).toEqual({
        topic: 'currency swap',
        feed: 'Yonhap',
        stories: 8,
        thread: true,
      });
    });

    it('storage: a send attempt notes its digest on the claim; a sent digest moves the channel’s window to where it ended, a failed one does not', async () => {
      await store.saveSubscription(base, 'chat', new Date(t0.getTime() - 86_400_000));
      const until = '2026-12-04T08:00:01.000Z';
      expect(await store.claimSlot(slot, 'a', t0, 60_000)).toBe('new');
      const note = (stories: string[]) => ({
        article: 'x@r1',
        digest: { since: t0.toISOString(), until, stories },
      });
      expect(await store.renewLease(slot.key, 'b', later, note([]))).toBe(false);
      expect(await store.renewLease(slot.key, 'a', later, note(['x', 'y']))).toBe(true);
      expect((await store.findDeliveries([slot.key])).get(slot.key)?.digest).toEqual({
        since: t0.toISOString(),
        until,
        stories: ['x', 'y'],
      });
      await store.recordOutcome(slot.key, 'a', { status: 'failed', reason: 'HTTP 500' }, t0, 3);
      expect((await store.getSubscription('discord', '1'))?.briefedUntil).toBeNull();
      const next = { ...slot, key: 'discord:1@2026-12-05', localDate: '2026-12-05' };
      await store.claimSlot(next, 'a', t0, 60_000);
      await store.renewLease(next.key, 'a', later, note(['x']));
      await store.recordOutcome(next.key, 'a', { status: 'sent', messageId: 'm1' }, t0, 3);
      expect((await store.getSubscription('discord', '1'))?.briefedUntil?.toISOString()).toBe(until);
    });

    it('storage: the part ledger keeps each part once, in order', async () => {
      await store.recordPostedPart(slot.key, { part: 1, messageId: 'm2' }, t0);
      await store.recordPostedPart(slot.key, { part: 0, messageId: 'm1' }, t0);
      await store.recordPostedPart(slot.key, { part: 1, messageId: 'other' }, t0);
      expect(await store.listPostedParts(slot.key)).toEqual([
        { part: 0, messageId: 'm1' },
        { part: 1, messageId: 'm2' },
      ]);
      expect(await store.listPostedParts('discord:2@2026-12-04')).toEqual([]);
    });
  });
});

describe('digest migration on SQLite', () => {
  let dataDir: string;
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migration: a database from before 0005 upgrades, its subscriptions unfiltered and kept', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'summit-digest-'));
    const raw = new SqliteDatabase(join(dataDir, sqliteFileName));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const migrated = await new Migrator({ db, provider: migrationProvider }).migrateTo('0002_archive');
    expect(migrated.error).toBeUndefined();
    raw
      .prepare(
        `insert into subscriptions (id, platform, channel_id, time, timezone, mode, source, state, active_since, updated_at)
         values ('slack:C1', 'slack', 'C1', '08:00', 'UTC', 'new-only', 'chat', 'active', ?, ?)`,
      )
      .run(t0.toISOString(), t0.toISOString());
    await db.destroy();
    const store = await openStore({ dataDir });
    const sub = await store.getSubscription('slack', 'C1');
    await store.close();
    expect(sub).toMatchObject({ mode: 'new-only', filter: noFilter, briefedUntil: null });
  });
});
