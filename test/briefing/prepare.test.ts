// Preparing a few seconds before a due minute: nothing when no slot comes due; else the fan-out's
// connections are opened and the digests planned up to the moment of preparing, and the tick posts
// those digests, recording windows that end there (so nothing that arrives later is skipped).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type JobOptions, prepareRun, runDueSlots } from '../../src/briefing/job.ts';
import type { BriefingStore } from '../../src/storage/store.ts';
import { openArchive, type TestArchive } from '../archive/helpers/open-archive.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { MemorySender } from './helpers/memory-sender.ts';
import { memoryLogger } from './helpers/setup.ts';
import { addStory } from './helpers/stories.ts';

let place: DatabasePlace;
let store: BriefingStore;
let t: TestArchive;
let sender: MemorySender;
let warmed: number[];

/** Two minutes ahead, on the minute: later than any story the test adds. */
const dueAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 60_000);
const preparedAt = new Date(dueAt.getTime() - 5000);

async function subscribe(channelId: string, time: string): Promise<void> {
  await store.saveSubscription(
    { platform: 'discord', channelId, time, timezone: 'UTC', mode: 'daily' },
    'chat',
    new Date(dueAt.getTime() - 3_600_000),
  );
}

function options(now: Date): JobOptions {
  return {
    now: () => now,
    store,
    senders: { discord: sender },
    library: memoryLibrary([]),
    archive: t.archive,
    logger: memoryLogger().logger,
    catchupHours: 6,
    owner: 'a',
    sleep: async () => {},
  };
}

forEachDatabase((database) => {
  beforeEach(async () => {
    place = await database.create();
    const opened = await place.open();
    warmed = [];
    store = {
      ...opened,
      warm: async (connections) => {
        warmed.push(connections);
        await opened.warm(connections);
      },
    };
    t = await openArchive(place);
    sender = new MemorySender('discord');
    await addStory(t.archive, { seed: 7, title: 'Harbour reopens', feed: 'feed0', sections: 2 });
  });

  afterEach(async () => {
    await t.close();
    await store.close();
    await place.drop();
  });

  describe('preparing the coming minute', () => {
    it('prepare: when no slot comes due at the next minute, nothing is readied', async () => {
      const later = new Date(dueAt.getTime() + 3_600_000).toISOString().slice(11, 16);
      await subscribe('later', later);
      expect(await prepareRun(options(preparedAt), dueAt)).toBeUndefined();
      expect(warmed).toEqual([]);
    });

    it('prepare: a slot coming due gets its connections opened and its digest planned up to the moment of preparing; the tick posts it once', async () => {
      await subscribe('c1', dueAt.toISOString().slice(11, 16));
      await subscribe('c2', dueAt.toISOString().slice(11, 16));
      const prepared = await prepareRun(options(preparedAt), dueAt);
      expect(prepared?.dueAt).toEqual(dueAt);
      expect(prepared?.digests?.until).toEqual(preparedAt);
      expect(warmed).toEqual([2]);
      expect(sender.posts).toHaveLength(0);
      expect(await store.findDeliveries([])).toEqual(new Map());

      const tick = new Date(dueAt.getTime() + 30);
      const summary = await runDueSlots({ ...options(tick), ...(prepared ? { prepared } : {}) });
      expect(summary.sent).toBe(2);
      expect(sender.postsTo('c1')).toHaveLength(1);
      expect(JSON.stringify(sender.postsTo('c1')[0]?.reply)).toContain('Harbour reopens');
      const delivery = await store.lastDelivery('discord:c1');
      expect(delivery?.digest?.until).toBe(preparedAt.toISOString());
    });

    it('prepare: before its minute nothing is owed, so a run then posts nothing even with a preparation at hand', async () => {
      await subscribe('c1', dueAt.toISOString().slice(11, 16));
      const prepared = await prepareRun(options(preparedAt), dueAt);
      const summary = await runDueSlots({
        ...options(new Date(preparedAt.getTime() + 1000)),
        ...(prepared ? { prepared } : {}),
      });
      expect(summary.due).toBe(0);
      expect(sender.posts).toHaveLength(0);
    });
  });
});
