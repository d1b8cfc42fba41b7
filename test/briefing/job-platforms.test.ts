// The fan-out runs one bounded queue per platform: each platform goes at its own pace, a stalled
// platform never holds up another, and one briefing is composed for all the channels it goes to.
import { describe, expect, it } from 'vitest';
import { runDueSlots } from '../../src/briefing/job.ts';
import type { BriefingStore, SubscriptionInput } from '../../src/storage/store.ts';
import { forEachDatabase, openFreshStoreEach } from '../helpers/databases.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { MemorySender } from './helpers/memory-sender.ts';
import { memoryLogger, testClock } from './helpers/setup.ts';

let store: BriefingStore;
const clock = testClock('2026-11-28T08:00:05Z');

async function subscribe(platform: 'discord' | 'slack', channelId: string): Promise<void> {
  const input: SubscriptionInput = { platform, channelId, time: '08:00', timezone: 'UTC', mode: 'daily' };
  await store.saveSubscription(input, 'chat', new Date('2026-11-28T00:00:00Z'));
}

forEachDatabase((database) => {
  openFreshStoreEach(database, (opened) => {
    store = opened;
  });

  describe('briefing job: one queue per platform', () => {
    it('job: a Discord that does not answer holds up no Slack delivery', async () => {
      for (const id of ['11', '12', '13']) await subscribe('discord', id);
      for (const id of ['C1', 'C2', 'C3', 'C4']) await subscribe('slack', id);
      const discord = new MemorySender('discord');
      const slack = new MemorySender('slack');
      let release = () => {};
      const stalled = new Promise<void>((resolve) => {
        release = resolve;
      });
      const discordSend = discord.send.bind(discord);
      discord.send = async (...args) => {
        await stalled;
        return discordSend(...args);
      };
      let allSlack = () => {};
      const slackDone = new Promise<void>((resolve) => {
        allSlack = resolve;
      });
      const slackSend = slack.send.bind(slack);
      slack.send = async (...args) => {
        const id = await slackSend(...args);
        if (slack.posts.length === 4) allSlack();
        return id;
      };
      const run = runDueSlots({
        now: clock.now,
        store,
        senders: { discord, slack },
        library: memoryLibrary([handmadeArticle()]),
        logger: memoryLogger().logger,
        catchupHours: 6,
        owner: 'instance-a',
        concurrency: 2,
        sleep: async () => {},
      });
      // Discord's slots come first; with one queue of 2 for both platforms they would take both places.
      await slackDone;
      expect(discord.posts).toHaveLength(0);
      release();
      expect((await run).sent).toBe(7);
      expect(discord.posts.map((p) => p.channelId).sort()).toEqual(['11', '12', '13']);
    });

    it('job: every channel gets the same briefing, composed once, with its own slot in the footer', async () => {
      for (const id of ['11', '12', '13']) await subscribe('discord', id);
      const discord = new MemorySender('discord');
      const summary = await runDueSlots({
        now: clock.now,
        store,
        senders: { discord },
        library: memoryLibrary([handmadeArticle()]),
        logger: memoryLogger().logger,
        catchupHours: 6,
        owner: 'instance-a',
        sleep: async () => {},
      });
      expect(summary.sent).toBe(3);
      const [a, b, c] = discord.posts.map((p) => p.reply);
      expect(a?.blocks).toBe(b?.blocks);
      expect(b?.blocks).toBe(c?.blocks);
      expect(new Set(discord.posts.map((p) => p.reply.footer)).size).toBe(3);
    });
  });
});
