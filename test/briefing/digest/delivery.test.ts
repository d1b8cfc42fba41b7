// The digest through the real discord.js REST client and Slack WebClient against the fake
// platforms, reading an archive built in the test: a five-story digest, a thread digest, and a
// crash between thread parts (the restart posts only the missing parts, into the same thread).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDueSlots } from '../../../src/briefing/job.ts';
import type { BriefingSender, Senders } from '../../../src/briefing/sender.ts';
import type { BriefingStore, DigestFilter } from '../../../src/storage/store.ts';
import { openArchive, type TestArchive } from '../../archive/helpers/open-archive.ts';
import type { FakeChannels } from '../../fakes/discord/channels.ts';
import type { FakeSlackChannels } from '../../fakes/slack/channels.ts';
import { type DatabasePlace, forEachDatabase } from '../../helpers/databases.ts';
import { memoryLibrary } from '../../helpers/memory-library.ts';
import { type FakePlatforms, startFakePlatforms } from '../helpers/fake-platforms.ts';
import { memoryLogger } from '../helpers/setup.ts';
import { addStory } from '../helpers/stories.ts';

let place: DatabasePlace;
let store: BriefingStore;
let t: TestArchive;
let dChannels: FakeChannels;
let sChannels: FakeSlackChannels;
let platforms: FakePlatforms;

/** The last whole minute before now, as HH:MM UTC: subscriptions at that time are due right away. */
const due = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000);
const dueTime = due.toISOString().slice(11, 16);
const headlines = [
  'Harbour reopens',
  'Bridge toll scrapped',
  'Library hours extended',
  'Ferry strike ends',
  'Orchard festival record',
];

async function subscribe(
  platform: 'discord' | 'slack',
  channelId: string,
  filter: Partial<DigestFilter> = {},
) {
  await store.saveSubscription(
    { platform, channelId, time: dueTime, timezone: 'UTC', mode: 'daily', filter },
    'chat',
    new Date(due.getTime() - 3_600_000),
  );
}

function run(options: { owner?: string; now?: () => Date; with?: Senders } = {}) {
  return runDueSlots({
    now: options.now ?? (() => new Date()),
    store,
    senders: options.with ?? platforms.senders(),
    library: memoryLibrary([]),
    archive: t.archive,
    logger: memoryLogger().logger,
    catchupHours: 6,
    owner: options.owner ?? 'a',
    leaseMs: 60_000,
    sleep: async () => {},
  });
}

/** Five stories from five feeds over the last hours, each with a link, sections and a quote. */
async function fiveStories(): Promise<string[]> {
  const slugs: string[] = [];
  for (const [i, title] of headlines.entries()) {
    const outcome = await addStory(t.archive, {
      seed: 100 + i,
      title,
      feed: `feed${i}`,
      sections: 2,
      quote: true,
      url: `https://news.example/story-${i}`,
    });
    slugs.push(outcome.slug ?? '');
  }
  return slugs;
}

/** A sender that posts part `index` for real and then never returns, as a process killed right after. */
function crashingAfterPart(real: BriefingSender, index: number): BriefingSender {
  const parts = real.parts;
  if (!parts) throw new Error('the sender posts no parts');
  return {
    ...real,
    parts: {
      ...parts,
      async post(channelId, reply, part, thread) {
        const id = await parts.post(channelId, reply, part, thread);
        if (part.index === index) await new Promise(() => {});
        return id;
      },
    },
  };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error('timed out');
}

forEachDatabase((database) => {
  beforeEach(async () => {
    place = await database.create();
    store = await place.open();
    let at = Date.now() - 5 * 3_600_000;
    t = await openArchive(place, {
      now: () => {
        at += 600_000;
        return new Date(at);
      },
    });
    platforms = await startFakePlatforms();
    ({ dChannels, sChannels } = platforms);
  });

  afterEach(async () => {
    await t.close();
    await store.close();
    await platforms.close();
    await place.drop();
  });

  describe('digest delivery on the fake platforms', () => {
    it('digest: "Unknown Guild" while posting a thread digest\'s part pauses every subscription of that server, as a single post does', async () => {
      await fiveStories();
      const [left, alsoLeft] = [dChannels.add(), dChannels.add()];
      for (const channelId of [left, alsoLeft])
        await store.saveSubscription(
          {
            platform: 'discord',
            channelId,
            workspaceId: '100000000001',
            time: dueTime,
            timezone: 'UTC',
            mode: 'daily',
            filter: { thread: true },
          },
          'chat',
          new Date(due.getTime() - 3_600_000),
        );
      dChannels.close(left, 'unknown-guild');
      await run();
      for (const id of [left, alsoLeft])
        expect(await store.getSubscription('discord', id)).toMatchObject({
          state: 'paused',
          pausedReason: expect.stringMatching(/no longer in this server/),
        });
    });

    it('digest: five stories reach a Discord and a Slack channel once, each headline linked, each with its button', async () => {
      const slugs = await fiveStories();
      const dc = dChannels.add();
      const sc = sChannels.add('C0DIGEST1');
      await subscribe('discord', dc);
      await subscribe('slack', sc);
      expect(await run()).toMatchObject({ sent: 2, failed: 0 });

      const posted = dChannels.in(dc);
      expect(posted).toHaveLength(1);
      const embeds = JSON.stringify(posted[0]?.embeds);
      for (const [i, title] of headlines.entries())
        expect(embeds).toContain(`**[${title}](<https://news.example/story-${i}>)**`);
      const ids = ((posted[0]?.components ?? []) as { components: { custom_id: string }[] }[]).flatMap(
        (row) => row.components.map((c) => c.custom_id),
      );
      expect(ids.sort()).toEqual(slugs.map((s) => `summit|summary|article=${s}`).sort());

      const [message] = sChannels.in(sc);
      const blocks = JSON.stringify(message?.blocks);
      for (const [i, title] of headlines.entries())
        expect(blocks).toContain(`<https://news.example/story-${i}|${title}>`);
      expect(blocks.match(/"summit\|summary\|article=/g)).toHaveLength(5);

      const sub = await store.getSubscription('discord', dc);
      expect(sub?.briefedUntil).not.toBeNull();
      expect(await run()).toMatchObject({ sent: 0, due: 0 });
      expect(dChannels.in(dc)).toHaveLength(1);
      expect(sChannels.in(sc)).toHaveLength(1);
    });

    it('digest: thread:true posts the headlines, then each story as a reply in that post’s thread', async () => {
      await fiveStories();
      const dc = dChannels.add();
      const sc = sChannels.add('C0THREAD1');
      await subscribe('discord', dc, { thread: true });
      await subscribe('slack', sc, { thread: true });
      expect(await run()).toMatchObject({ sent: 2, failed: 0 });

      const [root] = dChannels.in(dc);
      expect(dChannels.in(dc)).toHaveLength(1);
      for (const title of headlines) expect(JSON.stringify(root?.embeds)).toContain(title);
      expect(dChannels.threads.get(root?.id ?? '')).toMatchObject({ parentId: dc });
      const replies = dChannels.in(root?.id ?? '');
      expect(replies.map((m) => (m.embeds as { title: string }[])[0]?.title).sort()).toEqual(
        [...headlines].sort(),
      );

      const top = sChannels.in(sc).filter((m) => !m.thread_ts);
      expect(top).toHaveLength(1);
      const thread = sChannels.thread(sc, top[0]?.ts ?? '');
      expect(thread).toHaveLength(5);
      expect(thread.map((m) => m.text).sort()).toEqual([...headlines].sort());
    });

    it('digest: after a crash between thread parts, a restart posts only the missing parts into the same thread', async () => {
      await fiveStories();
      const dc = dChannels.add();
      const sc = sChannels.add('C0CRASH01');
      await subscribe('discord', dc, { thread: true });
      await subscribe('slack', sc, { thread: true });
      const real = platforms.senders();
      const started = new Date();
      // Part 2 is posted, then the process "dies" before writing it to the ledger or posting part 3.
      void run({
        now: () => started,
        with: {
          discord: crashingAfterPart(real.discord as BriefingSender, 2),
          slack: crashingAfterPart(real.slack as BriefingSender, 2),
        },
      });
      const [root] = await (async () => {
        await until(() => dChannels.in(dChannels.in(dc)[0]?.id ?? 'none').length === 2);
        return dChannels.in(dc);
      })();
      await until(() => sChannels.in(sc).filter((m) => m.thread_ts).length === 2);

      const later = () => new Date(Date.now() + 5 * 60_000);
      expect(await run({ owner: 'b', now: later })).toMatchObject({ sent: 2, failed: 0 });
      const thread = root?.id ?? '';
      expect(dChannels.in(dc)).toHaveLength(1);
      expect(dChannels.in(thread)).toHaveLength(5);
      expect(dChannels.posts.filter((p) => p.channelId === thread)).toHaveLength(5);
      expect(dChannels.threads.size).toBe(1);

      const top = sChannels.in(sc).filter((m) => !m.thread_ts);
      expect(top).toHaveLength(1);
      expect(sChannels.thread(sc, top[0]?.ts ?? '')).toHaveLength(5);
      expect(sChannels.posts.filter((p) => p.channel === sc)).toHaveLength(6);
      for (const key of [`discord:${dc}`, `slack:${sc}`]) {
        const [delivery] = await store.listDeliveries(key);
        expect(delivery).toMatchObject({ status: 'sent', owner: 'b' });
        expect(await store.listPostedParts(delivery?.slotKey ?? '')).toHaveLength(6);
      }
    });

    it('digest: a thread cut short by a crash is not completed past the catch-up window; the outcome says so', async () => {
      await fiveStories();
      const dc = dChannels.add();
      await subscribe('discord', dc, { thread: true });
      const started = new Date();
      void run({
        now: () => started,
        with: { discord: crashingAfterPart(platforms.senders().discord as BriefingSender, 1) },
      });
      await until(() => dChannels.in(dChannels.in(dc)[0]?.id ?? 'none').length === 1);
      await new Promise((r) => setTimeout(r, 50));
      const tooLate = () => new Date(Date.now() + 7 * 3_600_000);
      expect(await run({ owner: 'b', now: tooLate })).toMatchObject({ failed: 1, sent: 0 });
      expect(dChannels.in(dChannels.in(dc)[0]?.id ?? '')).toHaveLength(1);
      expect((await store.lastDelivery(`discord:${dc}`))?.reason).toBe(
        'a crash cut this digest short (1 part(s) recorded as posted); the rest is past the catch-up window and was not posted',
      );
    });
  });
});
