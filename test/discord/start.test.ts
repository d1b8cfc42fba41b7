// Starting and stopping the Discord door: Guilds intent only, a clear error for a missing
// application id or a rejected token, and a clean stop that closes the gateway session.
import { createServer, type Server, type Socket } from 'node:net';
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

/** A TCP server on 127.0.0.1 that accepts connections and never says a word. */
async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const silent = await startSilentServer();
  await silent.close();
  return silent.port;
}

/** Starts the door against `base` and resolves with the start-up error and how long it took. */
async function failedStart(base: string, token = 'a-token'): Promise<{ error: Error; ms: number }> {
  const { logger } = memoryLogger();
  const config = { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: '1', DISCORD_API_BASE: base };
  const started = Date.now();
  const error = await startDiscordDoor({ config, summit, logger }).then(
    () => new Error('the door started'),
    (e: unknown) => e as Error,
  );
  return { error, ms: Date.now() - started };
}

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

  it('start: an API base on a closed port fails at once, naming the URL and the refused connection', async () => {
    const base = `http://127.0.0.1:${await closedPort()}/api`;
    const { error, ms } = await failedStart(base);
    expect(error).toBeInstanceOf(DiscordStartError);
    expect(error.message).toContain(`Could not connect to Discord at ${base}: GET /gateway/bot failed`);
    expect(error.message).toContain('ECONNREFUSED');
    expect(ms).toBeLessThan(15_000);
  });

  it('start: a REST API that accepts and never answers, or a gateway that never says hello, fails within 15 s saying which', async () => {
    const silent = await startSilentServer();
    fake = await startFakeDiscord();
    fake.gateway.silent = true;
    try {
      const restBase = `http://127.0.0.1:${silent.port}/api`;
      const [rest, gateway] = await Promise.all([
        failedStart(restBase),
        failedStart(fake.apiBase, fake.token),
      ]);
      expect(rest.error.message).toBe(
        `Could not connect to Discord at ${restBase}: the REST API did not answer GET /gateway/bot within 10 s`,
      );
      expect(gateway.error.message).toBe(
        `Could not connect to Discord at ${fake.apiBase}: the gateway did not become ready within 10 s`,
      );
      expect(rest.ms).toBeLessThan(15_000);
      expect(gateway.ms).toBeLessThan(15_000);
    } finally {
      await silent.close();
    }
  }, 30_000);
});
