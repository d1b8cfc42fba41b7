// Starts the Discord door for src/main.ts: checks the configuration, logs the client in over the
// gateway, waits until it is ready, and answers /summit until stopped. Never registers commands
// (that is `npm run commands:deploy`).
import { type Client, Events, type RESTOptions } from 'discord.js';
import type { Config } from '../config/env.ts';
import type { Summit } from '../core/summit.ts';
import type { Logger } from '../logger.ts';
import { createDiscordClient, guardClient } from './client.ts';
import { listenForInteractions } from './interactions.ts';

/** What startDiscordDoor needs. */
export interface DiscordDoorOptions {
  /** Parsed configuration (DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_API_BASE). */
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_API_BASE'>;
  /** The core. */
  summit: Summit;
  /** Process logger. */
  logger: Logger;
  /** REST overrides (tests: `{ retries: 0 }`). */
  rest?: Partial<RESTOptions>;
  /** Defer when the core takes longer than this (ms). */
  deferAfterMs?: number;
  /** Give up starting when the gateway is not ready within this many ms (default 30000). */
  readyTimeoutMs?: number;
}

/** The running door. */
export interface DiscordDoor {
  /** The logged-in client (its `rest` can post briefings: see post.ts). */
  client: Client;
  /** Logs out and closes the gateway connection. */
  stop(): Promise<void>;
}

/** A start-up problem the operator must fix; the message says how. */
export class DiscordStartError extends Error {
  override name = 'DiscordStartError';
}

function waitUntilReady(client: Client, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new DiscordStartError(`Discord gateway not ready after ${ms} ms`)),
      ms,
    );
    client.once(Events.ClientReady, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Logs in and answers /summit; resolves once the client is ready. */
export async function startDiscordDoor(options: DiscordDoorOptions): Promise<DiscordDoor> {
  const { config, logger } = options;
  if (!config.DISCORD_TOKEN)
    throw new DiscordStartError('DISCORD_TOKEN is not set: the Discord door needs the bot token.');
  if (!config.DISCORD_APPLICATION_ID) {
    throw new DiscordStartError(
      'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set (Developer Portal > General Information > Application ID).',
    );
  }
  const client = createDiscordClient(config, options.rest);
  guardClient(client, logger);
  listenForInteractions(client, { summit: options.summit, logger, deferAfterMs: options.deferAfterMs });
  const ready = waitUntilReady(client, options.readyTimeoutMs ?? 30_000);
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    ready.catch(() => undefined);
    await client.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new DiscordStartError(`Could not connect to Discord at ${config.DISCORD_API_BASE}: ${reason}`, {
      cause: error,
    });
  }
  const applicationId = client.application?.id;
  if (applicationId && applicationId !== config.DISCORD_APPLICATION_ID) {
    logger.warn(
      { configured: config.DISCORD_APPLICATION_ID, actual: applicationId },
      'discord: DISCORD_APPLICATION_ID does not match the bot token; commands:deploy registers under the configured id',
    );
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord: door ready');
  return {
    client,
    async stop() {
      await client.destroy();
      logger.info('discord: door stopped');
    },
  };
}
