// The console door as a digest target: it has no history and no threads, so a thread digest is
// printed part after part (the headlines, then each story), each part marked with its number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDueSlots } from '../../../src/briefing/job.ts';
import { consoleChannelId, createConsoleSender } from '../../../src/briefing/senders/console.ts';
import type { BriefingStore } from '../../../src/storage/store.ts';
import { openArchive, type TestArchive } from '../../archive/helpers/open-archive.ts';
import { type DatabasePlace, forEachDatabase } from '../../helpers/databases.ts';
import { memoryLibrary } from '../../helpers/memory-library.ts';
import { memoryLogger } from '../helpers/setup.ts';
import { addStory } from '../helpers/stories.ts';

const now = new Date('2026-12-04T08:00:30Z');
let place: DatabasePlace;
let store: BriefingStore;
let t: TestArchive;

forEachDatabase((database) => {
  beforeEach(async () => {
    place = await database.create();
    store = await place.open();
    let at = now.getTime() - 3 * 3_600_000;
    t = await openArchive(place, {
      now: () => {
        at += 600_000;
        return new Date(at);
      },
    });
  });
  afterEach(async () => {
    await t.close();
    await store.close();
    await place.drop();
  });

  describe('digest on the console', () => {
    it('console: a thread digest prints the headlines, then each story, each part numbered', async () => {
      for (const [i, title] of ['Harbour reopens', 'Bridge toll scrapped', 'Ferry strike ends'].entries())
        await addStory(t.archive, { seed: 300 + i, title, feed: `f${i}` });
      await store.saveSubscription(
        {
          platform: 'console',
          channelId: consoleChannelId,
          time: '08:00',
          timezone: 'UTC',
          mode: 'daily',
          filter: { thread: true },
        },
        'chat',
        new Date('2026-12-03T00:00:00Z'),
      );
      const printed: string[] = [];
      const summary = await runDueSlots({
        now: () => now,
        store,
        senders: { console: createConsoleSender((text) => printed.push(text)) },
        library: memoryLibrary([]),
        archive: t.archive,
        logger: memoryLogger().logger,
        catchupHours: 6,
      });
      expect(summary.sent).toBe(1);
      expect(printed).toHaveLength(4);
      expect(printed[0]).toMatch(/^Daily briefing: 3 new\n/);
      expect(printed[0]).toContain('  • Ferry strike ends');
      expect(printed.slice(1).map((p) => p.split('\n')[0])).toEqual([
        'Ferry strike ends',
        'Bridge toll scrapped',
        'Harbour reopens',
      ]);
      for (const [i, p] of printed.entries()) expect(p).toMatch(new RegExp(`· ${i + 1}/4$`, 'm'));
    });
  });
});
