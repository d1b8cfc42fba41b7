// Starts the Discord door in HTTP mode for src/main.ts: no gateway connection, only the
// interactions endpoint (a route on the bot's HTTP server) and a REST client for the interaction
// webhooks. Stopping waits briefly for deferred answers still being edited in.
import { REST, type RESTOptions } from 'discord.js';
import type { Config } from '../../config/env.ts';
import type { Summit } from '../../core/summit.ts';
import type { HttpRoute } from '../../http/route.ts';
import type { Logger } from '../../logger.ts';
import { count429sOfDiscordRest } from '../../metrics/rate-limits.ts';
import { createInteractionsEndpoint, interactionsPath } from './endpoint.ts';

/** What startDiscordHttpDoor needs. */
export interface DiscordHttpDoorOptions {
  config: Pick<Config, 'DISCORD_PUBLIC_KEY' | 'DISCORD_API_BASE'>;
  summit: Summit;
  logger: Logger;
  /** REST overrides (tests: `{ retries: 0 }`). */
  rest?: Partial<RESTOptions>;
  /** Defer when the core takes longer than this (ms). */
  deferAfterMs?: number;
  /** The clock in ms (tests). */
  now?: () => number;
}

/** The running door: its routes go to the HTTP server. */
export interface DiscordHttpDoor {
  routes: HttpRoute[];
  stop(): Promise<void>;
}

/** How long stopping waits for deferred answers. */
const drainMs = 5_000;

/** A REST request to Discord not answered within this many ms is given up. */
const restTimeoutMs = 8_000;

/** The HTTP interactions door for `options` (nothing to connect: it answers when Discord posts). */
export function startDiscordHttpDoor(options: DiscordHttpDoorOptions): DiscordHttpDoor {
  const { config, logger } = options;
  if (!config.DISCORD_PUBLIC_KEY) throw new Error('DISCORD_PUBLIC_KEY is not set');
  // Interaction webhooks are authorised by the interaction's token: no bot token is needed here.
  const rest = new REST({
    api: config.DISCORD_API_BASE,
    version: '10',
    timeout: restTimeoutMs,
    ...options.rest,
  });
  count429sOfDiscordRest(rest);
  const endpoint = createInteractionsEndpoint({
    publicKey: config.DISCORD_PUBLIC_KEY,
    summit: options.summit,
    logger,
    rest,
    deferAfterMs: options.deferAfterMs,
    now: options.now,
  });
  logger.info({ path: interactionsPath }, 'discord: HTTP interactions door ready');
  return {
    routes: [endpoint.route],
    async stop() {
      await endpoint.drain(drainMs);
      logger.info('discord: HTTP interactions door stopped');
    },
  };
}
