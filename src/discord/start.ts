// Starts the Discord door for src/main.ts: checks the configuration, logs the client in over the
// gateway, waits until it is ready, and answers /summit until stopped. Never registers commands
// (that is `npm run commands:deploy`).
import { type Client, Events, RESTEvents, type RESTOptions } from 'discord.js';
import type { BriefingPort } from '../briefing/port.ts';
import type { Config } from '../config/env.ts';
import type { Summit } from '../core/summit.ts';
import { errorMessage } from '../error-message.ts';
import type { Logger } from '../logger.ts';
import { createDiscordClient, guardClient, type ShardConfig } from './client.ts';
import { listenForGuildRemoval } from './guild-removal.ts';
import { listenForInteractions } from './interactions.ts';

/** What startDiscordDoor needs. */
export interface DiscordDoorOptions {
  /** Parsed configuration (DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_API_BASE). */
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_API_BASE'> & ShardConfig;
  /** The core. */
  summit: Summit;
  /** Process logger. */
  logger: Logger;
  /** REST overrides (tests: `{ retries: 0 }`). */
  rest?: Partial<RESTOptions>;
  /** Defer when the core takes longer than this (ms). */
  deferAfterMs?: number;
  /** Give up starting when Discord (REST, then the gateway) is not ready within this many ms (default 10000). */
  readyTimeoutMs?: number;
  /** The briefing, whose subscriptions in a server are paused when the bot is removed from it. */
  briefing?: BriefingPort;
  /**
   * Claims an interaction for this instance (the shared database's claimInteraction): given when
   * several instances may hold gateway sessions, so each interaction is worked by one of them.
   */
  claimInteraction?: (id: string) => Promise<boolean>;
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

/** Default for readyTimeoutMs: well inside the 15 s an operator waits for a clear answer. */
const defaultStartDeadlineMs = 10_000;

const deadlinePassed = new Error('deadline passed');

/** What failed, in the operator's words: which part did not answer in time, or what was refused. */
function describeFailure(error: unknown, restAnswered: boolean, ms: number): string {
  if (error === deadlinePassed)
    return restAnswered
      ? `the gateway did not become ready within ${ms / 1000} s`
      : `the REST API did not answer GET /gateway/bot within ${ms / 1000} s`;
  const reason = errorMessage(error);
  if (error instanceof Error && error.name === 'AbortError')
    return `the REST API did not answer GET /gateway/bot in time (${reason})`;
  return restAnswered ? `login failed: ${reason}` : `GET /gateway/bot failed: ${reason}`;
}

/** Logs in and waits until ready; rejects within `ms` whatever the network does, saying what failed. */
async function connect(client: Client, config: DiscordDoorOptions['config'], ms: number): Promise<void> {
  let restAnswered = false;
  const onResponse = () => {
    restAnswered = true;
  };
  client.rest.on(RESTEvents.Response, onResponse);
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(deadlinePassed), ms);
  });
  const login = client.login(config.DISCORD_TOKEN);
  login.catch(() => undefined);
  try {
    await Promise.race([Promise.all([login, ready]), deadline]);
  } catch (error) {
    const what = describeFailure(error, restAnswered, ms);
    throw new DiscordStartError(
      `Could not connect to Discord at ${config.DISCORD_API_BASE}: ${what}`,
      error === deadlinePassed ? undefined : { cause: error },
    );
  } finally {
    clearTimeout(timer);
    client.rest.off(RESTEvents.Response, onResponse);
  }
}

/** How long a failed start waits for the client to close before reporting the failure. */
const destroyDeadlineMs = 2_000;

/** How long a stopping door lets the commands it is answering finish (inside the 8 s shutdown). */
const drainMs = 5_000;

/**
 * Destroys the client, waiting at most `ms`: discord.js's destroy of a shard still waiting for
 * the gateway's HELLO starts a reconnect and waits for it, so it may not settle for a minute.
 */
async function destroyWithin(client: Client, ms: number, logger: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  const outcome = await Promise.race([client.destroy().catch(() => undefined), late]);
  clearTimeout(timer);
  if (outcome === 'late')
    logger.warn({ ms }, 'discord: the client did not close in time after a failed start');
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
  const listener = listenForInteractions(client, {
    summit: options.summit,
    logger,
    deferAfterMs: options.deferAfterMs,
    ...(options.claimInteraction ? { claim: options.claimInteraction } : {}),
  });
  listenForGuildRemoval(client, options.briefing, logger);
  try {
    await connect(client, config, options.readyTimeoutMs ?? defaultStartDeadlineMs);
  } catch (error) {
    await destroyWithin(client, destroyDeadlineMs, logger);
    throw error;
  }
  const applicationId = client.application?.id;
  if (applicationId && applicationId !== config.DISCORD_APPLICATION_ID) {
    logger.warn(
      { configured: config.DISCORD_APPLICATION_ID, actual: applicationId },
      'discord: DISCORD_APPLICATION_ID does not match the bot token; commands:deploy registers under the configured id',
    );
  }
  logger.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.map((s) => s.id) },
    'discord: door ready',
  );
  return {
    client,
    async stop() {
      // Commands being answered finish first (within the shutdown's deadline); new ones are left to
      // the other instances' sessions, which Discord sends them to as well.
      await listener.drain(drainMs);
      await client.destroy();
      logger.info('discord: door stopped');
    },
  };
}
