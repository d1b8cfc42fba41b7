import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsoleSender } from '../../src/briefing/senders/console.ts';
import { createSenders } from '../../src/briefing/senders/create.ts';
import { type Briefings, startBriefings } from '../../src/briefing/start.ts';
import { loadConfig } from '../../src/config/env.ts';
import { type BriefingStore, StorageError } from '../../src/storage/store.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { MemorySender } from './helpers/memory-sender.ts';
import { memoryLogger } from './helpers/setup.ts';

let place: DatabasePlace;
let running: Briefings | undefined;
let store: BriefingStore | undefined;
const library = memoryLibrary([handmadeArticle()]);

forEachDatabase((database) => {
  beforeEach(async () => {
    place = await database.create();
  });

  afterEach(async () => {
    await running?.stop();
    running = undefined;
    await store?.close();
    store = undefined;
    await place.drop();
  });

  describe('startBriefings', () => {
    it('start: with no tokens the console is a target and a slot due at start-up is printed once', async () => {
      const printed: string[] = [];
      const config = loadConfig({ ...place.env, BRIEFING_TIME: '08:00', BRIEFING_TZ: 'Europe/London' });
      const senders = await createSenders(config, { print: (t) => printed.push(t) });
      expect(Object.keys(senders)).toEqual(['console']);
      const { logger, lines } = memoryLogger();
      let now = new Date('2026-11-28T07:00:00Z');
      running = await startBriefings({ config, library, logger, senders, now: () => now });
      await running.caughtUp;
      expect(printed).toHaveLength(0);
      now = new Date('2026-11-28T08:00:20Z');
      await running.clock.runNow('test');
      expect(printed).toHaveLength(1);
      expect(printed[0]).toContain('Harbour Festival Draws Record Crowds');
      expect(printed[0]).toContain('Daily briefing for Sat, 28 Nov 2026');
      await running.clock.runNow('test');
      expect(printed).toHaveLength(1);
      expect(lines.some((l) => l.msg === 'briefing scheduler started' && l.subscriptions === 1)).toBe(true);
    });

    it('start: the database survives a restart: a slot posted before is not posted after', async () => {
      const printed: string[] = [];
      const config = loadConfig({ ...place.env, BRIEFING_TIME: '08:00' });
      const now = () => new Date('2026-11-28T09:00:00Z');
      const senders = { console: createConsoleSender((t) => printed.push(t)) };
      // First start: subscribed from now on, so today's 08:00 is not owed; move the clock a day.
      const startAt = async (clock: () => Date) => {
        running = await startBriefings({
          config,
          library,
          logger: memoryLogger().logger,
          senders,
          now: clock,
        });
        await running.caughtUp;
      };
      await startAt(now);
      await running?.stop();
      const tomorrow = () => new Date('2026-11-29T08:30:00Z');
      await startAt(tomorrow);
      await running?.stop();
      await startAt(tomorrow);
      expect(printed).toHaveLength(1);
    });

    it('start: configured channels are upserted, bad ids are skipped with a warning, chat settings win', async () => {
      store = await place.open();
      await store.saveSubscription(
        {
          platform: 'discord',
          channelId: '222222222',
          time: '06:00',
          timezone: 'Asia/Seoul',
          mode: 'new-only',
        },
        'chat',
        new Date('2026-11-01T00:00:00Z'),
      );
      const config = loadConfig({
        ...place.env,
        DISCORD_BRIEFING_CHANNELS: '111111111, 222222222, general',
        SLACK_BRIEFING_CHANNELS: 'C0123ABCD,#news',
        BRIEFING_TIME: '07:15',
        BRIEFING_TZ: 'America/New_York',
      });
      const { logger, lines } = memoryLogger();
      const senders = { discord: new MemorySender('discord'), slack: new MemorySender('slack') };
      running = await startBriefings({
        config,
        library,
        logger,
        senders,
        store,
        now: () => new Date('2026-11-28T00:00:00Z'),
      });
      await running.caughtUp;
      expect(await store.getSubscription('discord', '111111111')).toMatchObject({
        time: '07:15',
        timezone: 'America/New_York',
        source: 'config',
        state: 'active',
      });
      expect(await store.getSubscription('discord', '222222222')).toMatchObject({
        time: '06:00',
        mode: 'new-only',
        source: 'chat',
      });
      expect(await store.getSubscription('slack', 'C0123ABCD')).toMatchObject({
        time: '07:15',
        source: 'config',
      });
      expect(await store.getSubscription('console', 'console')).toBeNull();
      const warnings = lines.filter(
        (l) => typeof l.msg === 'string' && l.msg.startsWith('ignoring briefing channel'),
      );
      expect(warnings.map((w) => w.value)).toEqual(['general', '#news']);
      await running.stop();
      const fewer = loadConfig({ ...place.env, DISCORD_BRIEFING_CHANNELS: '' });
      running = await startBriefings({
        config: fewer,
        library,
        logger,
        senders,
        store,
        now: () => new Date('2026-11-28T00:00:00Z'),
      });
      expect((await store.getSubscription('discord', '111111111'))?.state).toBe('unsubscribed');
      expect((await store.getSubscription('discord', '222222222'))?.state).toBe('active');
    });

    it('start: an unreachable DATABASE_URL is a clear error (naming it, not the password) before anything runs', async () => {
      const config = loadConfig({
        DATA_DIR: place.env.DATA_DIR,
        DATABASE_URL: 'postgres://u:secret@127.0.0.1:1/db',
      });
      const started = startBriefings({ config, library, logger: memoryLogger().logger, senders: {} });
      await expect(started).rejects.toThrow(
        /Cannot open the PostgreSQL database at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/db \(DATABASE_URL\)/,
      );
      await expect(started).rejects.toBeInstanceOf(StorageError);
    });
  });
});
