// Removing the bot from a Discord server pauses that server's briefing subscriptions with the
// reason, whichever way the bot learns it: GUILD_DELETE on the gateway, or "Unknown Guild" (10004)
// from REST when a briefing is posted. An outage (GUILD_DELETE with unavailable) pauses nothing,
// and other servers' subscriptions stay active.
import { describe, expect, it } from 'vitest';
import { runDueSlots } from '../../src/briefing/job.ts';
import { createBriefingPort } from '../../src/briefing/port.ts';
import { createDiscordSender } from '../../src/briefing/senders/discord.ts';
import { createBriefingService } from '../../src/briefing/service.ts';
import { removedFromServerReason } from '../../src/discord/guild-removal.ts';
import type { BriefingStore } from '../../src/storage/store.ts';
import { memoryLogger } from '../briefing/helpers/setup.ts';
import { FakeChannels } from '../fakes/discord/channels.ts';
import { guildObject } from '../fakes/discord/payloads.ts';
import { startFakeDiscord } from '../fakes/discord/server.ts';
import { forEachDatabase, openFreshStoreEach } from '../helpers/databases.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { startHarness } from './helpers/harness.ts';

let store: BriefingStore;
const now = () => new Date('2026-06-06T07:59:00Z');

async function subscribe(channelId: string, workspaceId: string): Promise<void> {
  await store.saveSubscription(
    { platform: 'discord', channelId, workspaceId, time: '08:00', timezone: 'UTC', mode: 'daily' },
    'chat',
    new Date('2026-06-06T00:00:00Z'),
  );
}

async function until(check: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

forEachDatabase((database) => {
  openFreshStoreEach(database, (opened) => {
    store = opened;
  });

  describe('discord: removal from a server pauses its subscriptions', () => {
    it('GUILD_DELETE pauses that server only, with the reason; an outage pauses nothing', async () => {
      const service = createBriefingService({
        store,
        senders: {},
        now,
        defaults: { time: '08:00', timezone: 'UTC' },
      });
      const h = await startHarness({ briefing: createBriefingPort(service) });
      try {
        const guild = h.fake.world.guildId;
        await subscribe('111', guild);
        await subscribe('112', guild);
        await subscribe('211', '99999999999');
        const removals = () =>
          h.logs.filter(
            (l) => l.msg === 'discord: removed from a server; its briefing subscriptions are paused',
          );
        h.fake.gateway.dispatch('GUILD_DELETE', { id: guild, unavailable: true });
        h.fake.gateway.dispatch('GUILD_CREATE', guildObject(h.fake.world));
        h.fake.gateway.dispatch('GUILD_DELETE', { id: guild });
        await until(async () => removals().length > 0);
        // Gateway events arrive in order: the outage came first and paused nothing.
        expect(removals()).toHaveLength(1);
        expect(removals()[0]).toMatchObject({ guildId: guild, paused: 2 });
        for (const id of ['111', '112'])
          expect(await store.getSubscription('discord', id)).toMatchObject({
            state: 'paused',
            pausedReason: removedFromServerReason,
          });
        expect((await store.getSubscription('discord', '211'))?.state).toBe('active');
      } finally {
        await h.close();
      }
    });

    it('"Unknown Guild" from REST on a briefing pauses every subscription of that server at once', async () => {
      const fake = await startFakeDiscord();
      try {
        const channels = new FakeChannels(fake.world);
        fake.extension = channels.extension;
        const [left, alsoLeft, other] = [channels.add(), channels.add(), channels.add()];
        await subscribe(left, '100000000001');
        await subscribe(alsoLeft, '100000000001');
        await subscribe(other, '100000000002');
        channels.close(left, 'unknown-guild');
        channels.close(alsoLeft, 'unknown-guild');
        const summary = await runDueSlots({
          now: () => new Date('2026-06-06T08:00:30Z'),
          store,
          senders: { discord: createDiscordSender({ token: fake.token, apiBase: fake.apiBase }) },
          library: memoryLibrary([handmadeArticle()]),
          logger: memoryLogger().logger,
          catchupHours: 6,
          owner: 'test',
          sleep: async () => {},
        });
        expect(summary.sent).toBe(1);
        for (const id of [left, alsoLeft]) {
          const sub = await store.getSubscription('discord', id);
          expect(sub?.state).toBe('paused');
          expect(sub?.pausedReason).toMatch(/no longer in this server \(Unknown Guild \(10004\)\)/);
        }
        expect((await store.getSubscription('discord', other))?.state).toBe('active');
      } finally {
        await fake.close();
      }
    });
  });
});
