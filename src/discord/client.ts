// Creates the discord.js client the Discord door runs on: Guilds intent only (slash commands
// need no message content), mentions off by default, REST pointed at DISCORD_API_BASE.
import { Client, Events, GatewayIntentBits, type RESTOptions } from 'discord.js';
import type { Config } from '../config/env.ts';
import type { Logger } from '../logger.ts';
import { count429sOfDiscordRest } from '../metrics/rate-limits.ts';

/** A REST request Discord has not answered within this many ms is given up (discord.js waits 15 s). */
const restTimeoutMs = 8_000;

/** Wait at most this long for unavailable guilds before ready (discord.js waits 15 s; start-up must fail within 15 s). */
const waitGuildTimeoutMs = 5_000;

/** A client for `config`; `rest` overrides REST options (tests pass `{ retries: 0 }`). */
export function createDiscordClient(
  config: Pick<Config, 'DISCORD_API_BASE'>,
  rest: Partial<RESTOptions> = {},
): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { api: config.DISCORD_API_BASE, timeout: restTimeoutMs, ...rest },
    waitGuildTimeout: waitGuildTimeoutMs,
  });
}

/** Logs client-level errors and warnings so an 'error' event can never kill the process. */
export function guardClient(client: Client, logger: Logger): void {
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord: client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord: client warning'));
  client.on(Events.ShardError, (error, shardId) =>
    logger.error({ err: error, shardId }, 'discord: gateway error'),
  );
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.error({ code: event.code, shardId }, 'discord: gateway closed and will not reconnect'),
  );
  client.on(Events.ShardReconnecting, (shardId) =>
    logger.info({ shardId }, 'discord: reconnecting to the gateway'),
  );
  count429sOfDiscordRest(client.rest);
  client.rest.on('rateLimited', (info) =>
    logger.warn(
      { route: info.route, retryAfter: info.retryAfter, global: info.global },
      'discord: rate limited',
    ),
  );
}
