// Gateway sharding with discord.js's own shards: the fake gateway requires two shards and sends
// each guild only to the session of its shard. With DISCORD_SHARDS=auto (or a count, or this
// instance's ids of a split) the door connects its shards, answers in guilds on both, and a
// briefing reaches channels on both.
import { afterEach, describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/briefing/compose.ts';
import { createDiscordSender } from '../../src/briefing/senders/discord.ts';
import { shardOptionsOf } from '../../src/discord/client.ts';
import { FakeChannels } from '../fakes/discord/channels.ts';
import { shardOf } from '../fakes/discord/gateway.ts';
import { chatInputInteraction } from '../fakes/discord/payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { callbackOf, type Harness, startHarness } from './helpers/harness.ts';

let h: Harness | undefined;
let fake: FakeDiscord | undefined;
afterEach(async () => {
  if (h) await h.close();
  else await fake?.close();
  h = undefined;
  fake = undefined;
});

/** A guild id (a snowflake) on the other of two shards from `guildId`. */
function guildOnOtherShard(guildId: string): string {
  const base = (BigInt(guildId) >> 22n) + 1n;
  return ((base << 22n) | 7n).toString();
}

/** A fake whose application needs two shards, with one guild on each. */
async function twoShardFake(): Promise<{
  fake: FakeDiscord;
  second: { guildId: string; channelId: string };
}> {
  const started = await startFakeDiscord();
  started.gateway.shardCount = 2;
  // Both shards may identify at once (else discord.js waits Discord's 5 s between them).
  started.maxConcurrency = 2;
  const second = {
    guildId: guildOnOtherShard(started.world.guildId),
    channelId: `${started.world.channelId}9`,
  };
  started.gateway.extraGuilds.push(second);
  return { fake: started, second };
}

describe('discord door: sharding', () => {
  it('config: auto, a count, or a slice of a split become discord.js shard options', () => {
    expect(shardOptionsOf({})).toEqual({});
    expect(shardOptionsOf({ DISCORD_SHARDS: 'auto' })).toEqual({ shards: 'auto' });
    expect(shardOptionsOf({ DISCORD_SHARDS: '3' })).toEqual({ shards: [0, 1, 2], shardCount: 3 });
    expect(shardOptionsOf({ DISCORD_SHARD_IDS: [2, 3], DISCORD_SHARD_COUNT: 4 })).toEqual({
      shards: [2, 3],
      shardCount: 4,
    });
  });

  it('DISCORD_SHARDS=auto: both shards connect, and a guild on each shard gets answers', async () => {
    const setup = await twoShardFake();
    fake = setup.fake;
    expect(shardOf(fake.world.guildId, 2)).not.toBe(shardOf(setup.second.guildId, 2));
    h = await startHarness({ fake, shards: { DISCORD_SHARDS: 'auto' } });
    expect(fake.gateway.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(h.door.client.guilds.cache.size).toBe(2);
    const onFirst = fake.sendInteraction(chatInputInteraction(fake.world, 'summary'));
    const onSecond = fake.sendInteraction(
      chatInputInteraction(
        { ...fake.world, guildId: setup.second.guildId, channelId: setup.second.channelId },
        'summary',
      ),
    );
    for (const interaction of [onFirst, onSecond]) {
      const callback = await callbackOf(fake, interaction);
      expect(callback.status).toBe(204);
      expect((callback.body as { data: { embeds: { title: string }[] } }).data.embeds[0]?.title).toBe(
        'Harbour Festival Draws Record Crowds',
      );
    }
    // Each interaction was answered once: it reached only the shard that owns its guild.
    expect(fake.requests.filter((r) => r.route.endsWith('/callback'))).toHaveLength(2);
  });

  it('DISCORD_SHARD_IDS=1 of DISCORD_SHARD_COUNT=2: this instance runs shard 1 only', async () => {
    const setup = await twoShardFake();
    fake = setup.fake;
    h = await startHarness({ fake, shards: { DISCORD_SHARD_IDS: [1], DISCORD_SHARD_COUNT: 2 } });
    expect(fake.gateway.identifies.map((i) => i.shard)).toEqual([[1, 2]]);
    const mine = [fake.world.guildId, setup.second.guildId].filter((g) => shardOf(g, 2) === 1);
    expect([...h.door.client.guilds.cache.keys()]).toEqual(mine);
  });

  it('a briefing reaches channels in guilds on both shards', async () => {
    const setup = await twoShardFake();
    fake = setup.fake;
    h = await startHarness({ fake, shards: { DISCORD_SHARDS: '2' } });
    const channels = new FakeChannels(fake.world);
    fake.extension = channels.extension;
    // The text channel of each guild, one guild on each shard.
    const [a, b] = [channels.add(fake.world.channelId), channels.add(setup.second.channelId)];
    expect(shardOf(fake.world.guildId, 2)).not.toBe(shardOf(setup.second.guildId, 2));
    const sender = createDiscordSender({ token: fake.token, apiBase: fake.apiBase });
    const reply = buildBriefing(handmadeArticle(), { isNew: true });
    const slot = (key: string) => ({ key, ref: key, nonce: key, scheduledAt: new Date() });
    expect(await sender.send(a, reply, slot('one'))).toBeTruthy();
    expect(await sender.send(b, reply, slot('two'))).toBeTruthy();
    expect([...channels.messages.entries()].map(([id, list]) => [id, list.length])).toEqual([
      [a, 1],
      [b, 1],
    ]);
  });
});
