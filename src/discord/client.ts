// Creates the discord.js client the Discord door runs on: Guilds intent only (slash commands
// need no message content), mentions off by default, REST pointed at DISCORD_API_BASE, and the
// shards DISCORD_SHARDS or DISCORD_SHARD_IDS/DISCORD_SHARD_COUNT ask for (discord.js's own sharding).
import { Client, type ClientOptions, Events, GatewayIntentBits, type RESTOptions } from 'discord.js';
import type { Config } from '../config/env.ts';
import type { Logger } from '../logger.ts';
import { count429sOfDiscordRest } from '../metrics/rate-limits.ts';

/** A REST request Discord has not answered within this many ms is given up (discord.js waits 15 s). */
const restTimeoutMs = 8_000;

/** Wait at most this long for unavailable guilds before ready (discord.js waits 15 s; start-up must fail within 15 s). */
const waitGuildTimeoutMs = 5_000;

/** The sharding keys of the configuration (all optional: unset is one shard). */
export type ShardConfig = Partial<
  Pick<Config, 'DISCORD_SHARDS' | 'DISCORD_SHARD_IDS' | 'DISCORD_SHARD_COUNT'>
>;

/**
 * discord.js's shard options: 'auto' (the count GET /gateway/bot recommends, all on this process),
 * every shard of a fixed count, or this instance's slice of a count split over several instances.
 */
export function shardOptionsOf(config: ShardConfig): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (config.DISCORD_SHARDS === 'auto') return { shards: 'auto' };
  if (config.DISCORD_SHARDS) {
    const count = Number(config.DISCORD_SHARDS);
    return { shards: Array.from({ length: count }, (_, i) => i), shardCount: count };
  }
  if (config.DISCORD_SHARD_IDS && config.DISCORD_SHARD_COUNT)
    return { shards: config.DISCORD_SHARD_IDS, shardCount: config.DISCORD_SHARD_COUNT };
  return {};
}

/** A client for `config`; `rest` overrides REST options (tests pass `{ retries: 0 }`). */
export function createDiscordClient(
  config: Pick<Config, 'DISCORD_API_BASE'> & ShardConfig,
  rest: Partial<RESTOptions> = {},
): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { api: config.DISCORD_API_BASE, timeout: restTimeoutMs, ...rest },
    waitGuildTimeout: waitGuildTimeoutMs,
    ...shardOptionsOf(config),
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
