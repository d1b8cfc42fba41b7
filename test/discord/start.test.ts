// Starting and stopping the Discord door: Guilds intent only, a clear error for a missing
// application id or a rejected token, and a clean stop that closes the gateway session.
import { afterEach, describe, expect, it } from 'vitest';
import { composeSummit } from '../../src/compose-summit.ts';
import { DiscordStartError, startDiscordDoor } from '../../src/discord/start.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { memoryLogger } from './helpers/harness.ts';

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const summit = composeSummit({ library: memoryLibrary([]), now: () => new Date() });

describe('startDiscordDoor', () => {
  it('start: identifies with the Guilds intent only, survives client errors, and stop() closes the session', async () => {
    fake = await startFakeDiscord();
    const { logger, lines } = memoryLogger();
    const config = {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.world.applicationId,
      DISCORD_API_BASE: fake.apiBase,
    };
    const door = await startDiscordDoor({ config, summit, logger, rest: { retries: 0 } });
    expect(fake.gateway.identifies.map((i) => i.intents)).toEqual([1]);
    expect(door.client.isReady()).toBe(true);
    expect(door.client.guilds.cache.has(fake.world.guildId)).toBe(true);
    expect(lines.some((l) => l.msg === 'discord: door ready')).toBe(true);
    expect(() => door.client.emit('error', new Error('gateway hiccup'))).not.toThrow();
    expect(lines.find((l) => l.msg === 'discord: client error')).toMatchObject({ level: 50 });
    const closed = new Promise((resolve) => fake?.gateway.once('close', resolve));
    await door.stop();
    await closed;
    expect(fake.gateway.sessionCount).toBe(0);
    expect(fake.requests.filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('start: a token without an application id is a clear start-up error', async () => {
    const { logger } = memoryLogger();
    const config = {
      DISCORD_TOKEN: 'token',
      DISCORD_APPLICATION_ID: undefined,
      DISCORD_API_BASE: 'http://127.0.0.1:9/api',
    };
    await expect(startDiscordDoor({ config, summit, logger })).rejects.toThrow(
      /DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set/,
    );
  });

  it('start: a token Discord rejects fails start-up with a clear error', async () => {
    fake = await startFakeDiscord();
    const { logger } = memoryLogger();
    const config = {
      DISCORD_TOKEN: 'not-the-token',
      DISCORD_APPLICATION_ID: fake.world.applicationId,
      DISCORD_API_BASE: fake.apiBase,
    };
    const start = startDiscordDoor({ config, summit, logger, rest: { retries: 0 } });
    await expect(start).rejects.toBeInstanceOf(DiscordStartError);
    await expect(start).rejects.toThrow(/Could not connect to Discord at .*An invalid token was provided/);
  });
});
