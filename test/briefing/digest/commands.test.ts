// /summit subscribe with a digest filter, /summit status showing it, and /summit brief previewing
// exactly the digest the channel would receive next, over a real store and an archive built in the test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBriefingCommands } from '../../../src/briefing/commands.ts';
import { createBriefingPort } from '../../../src/briefing/port.ts';
import { createBriefingService } from '../../../src/briefing/service.ts';
import type { CoreContext } from '../../../src/core/context.ts';
import type { CommandRequest } from '../../../src/core/request.ts';
import type { BriefingStore } from '../../../src/storage/store.ts';
import { openArchive, type TestArchive } from '../../archive/helpers/open-archive.ts';
import { type DatabasePlace, forEachDatabase } from '../../helpers/databases.ts';
import { memoryLibrary } from '../../helpers/memory-library.ts';
import { MemorySender } from '../helpers/memory-sender.ts';
import { addStory } from '../helpers/stories.ts';

const now = () => new Date('2026-12-04T06:00:00Z');
let place: DatabasePlace;
let store: BriefingStore;
let t: TestArchive;
let ctx: CoreContext;
let handlers: ReturnType<typeof createBriefingCommands>['handlers'];

function req(command: string, options: CommandRequest['options'] = {}): CommandRequest {
  return {
    command,
    options,
    who: { platform: 'slack', userId: 'U1', canManage: true },
    where: { platform: 'slack', channelId: 'C0DIGEST', workspaceId: 'T1' },
  };
}

const text = (reply: unknown) => JSON.stringify(reply);

forEachDatabase((database) => {
  beforeEach(async () => {
    place = await database.create();
    store = await place.open();
    let at = now().getTime() - 4 * 3_600_000;
    t = await openArchive(place, {
      now: () => {
        at += 600_000;
        return new Date(at);
      },
    });
    await addStory(t.archive, {
      seed: 1,
      title: 'Currency swap signed',
      about: 'A currency swap line was agreed',
      feed: 'yonhap',
    });
    await addStory(t.archive, { seed: 2, title: 'Harbour reopens', feed: 'metro' });
    await addStory(t.archive, { seed: 3, title: 'Bridge toll scrapped', feed: 'metro' });
    const service = createBriefingService({
      store,
      senders: { slack: new MemorySender('slack') },
      now,
      defaults: { time: '08:00', timezone: 'UTC' },
      archive: t.archive,
    });
    ctx = { library: memoryLibrary([]), now };
    handlers = createBriefingCommands(createBriefingPort(service)).handlers;
  });

  afterEach(async () => {
    await t.close();
    await store.close();
    await place.drop();
  });

  describe('digest commands', () => {
    it('subscribe: topic, feed, stories and thread are kept, and status shows the filter', async () => {
      const on = await handlers.subscribe(
        req('subscribe', { topic: ' currency swap ', feed: 'yonhap', stories: 3, thread: true }),
        ctx,
      );
      expect(on.title).toBe('Daily briefing on');
      expect(text(on)).toContain(
        "Stories: up to 3 in full; topic 'currency swap'; feed yonhap; each in the thread of a short post.",
      );
      expect((await store.getSubscription('slack', 'C0DIGEST'))?.filter).toEqual({
        topic: 'currency swap',
        feed: 'yonhap',
        stories: 3,
        thread: true,
      });
      const status = await handlers.status(req('status'), ctx);
      expect(status.blocks).toContainEqual({
        kind: 'fields',
        fields: expect.arrayContaining([
          {
            name: 'Stories',
            value: "up to 3 in full; topic 'currency swap'; feed yonhap; each in the thread of a short post",
          },
        ]),
      });
    });

    it('subscribe: a number of stories outside 1-10 is refused with an example, and nothing is saved', async () => {
      for (const stories of [0, 11, 2.5]) {
        const reply = await handlers.subscribe(req('subscribe', { stories }), ctx);
        expect(reply.tone).toBe('error');
        expect(text(reply)).toContain('Use a whole number from 1 to 10, e.g. stories:5.');
      }
      expect(await store.getSubscription('slack', 'C0DIGEST')).toBeNull();
    });

    it('brief: previews the digest this channel would receive next, filter included', async () => {
      const all = await handlers.brief(req('brief'), ctx);
      expect(all.title).toBe('Daily briefing: 3 new');
      expect(all.actions?.map((a) => a.options.article)).toEqual([
        'bridge-toll-scrapped',
        'harbour-reopens',
        'currency-swap-signed',
      ]);
      expect(all.footer).toContain('Preview of the next daily briefing here');
      await handlers.subscribe(req('subscribe', { feed: 'metro', thread: true }), ctx);
      const metro = await handlers.brief(req('brief'), ctx);
      expect(metro.actions?.map((a) => a.options.article)).toEqual([
        'bridge-toll-scrapped',
        'harbour-reopens',
      ]);
      expect(text(metro)).toContain('Each story follows as a reply in the thread of that post');
      await handlers.subscribe(req('subscribe', { topic: 'currency swap' }), ctx);
      const single = await handlers.brief(req('brief'), ctx);
      expect(single.title).toBe('Currency swap signed');
    });
  });
});
