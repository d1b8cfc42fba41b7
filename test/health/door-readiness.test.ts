// Door readiness follows the real connections: the discord.js gateway dropped by the fake Discord,
// and Slack's Socket Mode link told to reconnect by the fake Slack, each go not ready and back.
import { afterEach, describe, expect, it } from 'vitest';
import { composeSummit } from '../../src/compose-summit.ts';
import { type DiscordDoor, startDiscordDoor } from '../../src/discord/start.ts';
import { watchDiscordGateway, watchSlackSocket } from '../../src/health/door-readiness.ts';
import { createReadiness } from '../../src/health/readiness.ts';
import { createLogger } from '../../src/logger.ts';
import type { SocketModeReceiver } from '../../src/slack/bolt.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { type Harness, startHarness } from '../slack/harness.ts';

const logger = createLogger('silent');
const summit = composeSummit({ library: memoryLibrary([]), now: () => new Date() });

/** Resolves once `condition` holds, polling every 20 ms, or rejects after `ms`. */
async function until(condition: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

let fake: FakeDiscord | undefined;
let door: DiscordDoor | undefined;
let slack: Harness | undefined;
afterEach(async () => {
  await door?.stop();
  await fake?.close();
  await slack?.stop();
  door = undefined;
  fake = undefined;
  slack = undefined;
});

describe('door readiness', () => {
  it('Discord: ready once the gateway is up, not ready while it reconnects, ready again after', async () => {
    fake = await startFakeDiscord();
    const readiness = createReadiness();
    const part = readiness.part('discord', 'connecting');
    const config = {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.world.applicationId,
      DISCORD_API_BASE: fake.apiBase,
    };
    door = await startDiscordDoor({ config, summit, logger, rest: { retries: 0 } });
    watchDiscordGateway(door.client, part);
    expect((await readiness.status()).ready).toBe(true);
    const reasons: string[] = [];
    door.client.on('shardReconnecting', async () => {
      reasons.push(...(await readiness.status()).parts.map((p) => p.reason ?? 'ready'));
    });
    fake.gateway.drop(4000, 'Unknown error');
    await until(async () => reasons.length > 0);
    expect(reasons).toEqual(['gateway shard 0 disconnected']);
    await until(async () => (await readiness.status()).ready);
  }, 20_000);

  it('Slack Socket Mode: not ready while it reconnects, ready again once connected', async () => {
    slack = await startHarness({ mode: 'socket' });
    const readiness = createReadiness();
    const part = readiness.part('slack', 'connecting');
    part.ready();
    watchSlackSocket((slack.door.receiver as SocketModeReceiver).client, part);
    slack.fake.socket.sendDisconnect('refresh_requested');
    await until(async () => !(await readiness.status()).ready);
    expect((await readiness.status()).parts[0]?.reason).toMatch(
      /^Socket Mode (link closed|reconnecting|disconnected)$/,
    );
    await until(async () => (await readiness.status()).ready, 15_000);
  }, 20_000);
});
