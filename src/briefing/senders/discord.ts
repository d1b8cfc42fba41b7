// Posts briefings to Discord channels through the Discord door's postReplyToChannel, on a REST
// client of its own (no hidden retries; per-route 429s surfaced so delivery waits as told). Every
// request first waits for its turn in the bot's shared budget (src/pace/), so all instances together
// stay under the bot-wide 50 requests/s; a channel's recent bot messages are checked for a slot's
// marker before anything is sent twice. A digest's parts are posted one by one (a thread digest:
// its stories in a thread started from the first post).
import { DefaultRestOptions, DiscordAPIError, HTTPError, RateLimitError, REST, Routes } from 'discord.js';
import type { Reply } from '../../core/reply.ts';
import { partNonce, postReplyToChannel } from '../../discord/post.ts';
import { renderReply } from '../../discord/render.ts';
import { errorMessage } from '../../error-message.ts';
import type { Logger } from '../../logger.ts';
import { count429sOfDiscordRest } from '../../metrics/rate-limits.ts';
import {
  createPacing,
  discordGlobalLimit,
  isNotSent,
  type Pacing,
  pacedDiscordRequest,
  stoppableBeforeFirstPost,
} from '../../pace/paced-requests.ts';
import {
  type BriefingSender,
  callsClassifiedBy,
  DeliveryError,
  type PartSender,
  type SlotRef,
} from '../sender.ts';

/** Where and how to reach Discord. */
export interface DiscordSenderOptions {
  /** Shared pacing (default: paced within this process only). */
  pacing?: Pacing;
  token: string;
  /** DISCORD_API_BASE. */
  apiBase: string;
  /** One request's time limit (default 15 s). */
  timeoutMs?: number;
  logger?: Logger;
}

/** JSON error codes that mean the channel is gone or forbids the bot. */
const goneCodes = new Map<number, string>([
  [10003, 'Unknown Channel'],
  [10004, 'Unknown Guild'],
  [50001, 'Missing Access'],
  [50013, 'Missing Permissions'],
  [50008, 'Cannot send messages in a non-text channel'],
  [50083, 'Thread is archived'],
]);

/** Discord's JSON code for a server the bot is not in. */
const unknownGuild = 10004;

/** Pages of 100 recent messages searched for a slot's marker. */
const maxPages = 5;

/** "A thread has already been created for this message": opening it again is done already. */
const threadExists = 160004;

/** Classifies a REST failure. */
export function classifyDiscordError(error: unknown): DeliveryError {
  if (isNotSent(error)) return new DeliveryError('stopped', 'shutting down before the post left');
  if (error instanceof RateLimitError) {
    return new DeliveryError(
      'rate-limited',
      `rate limited on ${error.route}`,
      Math.max(error.retryAfter, error.timeToReset, 0),
    );
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : -1;
    const gone = goneCodes.get(code);
    // Unknown Guild: the bot was removed from the whole server, every channel there is gone.
    if (code === unknownGuild) return new DeliveryError('gone', `${gone} (${code})`, undefined, 'workspace');
    if (gone) return new DeliveryError('gone', `${gone} (${code})`);
    if (error.status === 404) return new DeliveryError('gone', `${error.message} (${error.code})`);
    if (error.status === 429) return new DeliveryError('rate-limited', 'rate limited (429)', 1000);
    return new DeliveryError('permanent', `${error.message} (${error.code}, HTTP ${error.status})`);
  }
  if (error instanceof HTTPError) {
    return new DeliveryError(
      error.status >= 500 ? 'transient' : 'permanent',
      `HTTP ${error.status} from Discord`,
    );
  }
  if (
    error instanceof Error &&
    (error.name === 'AbortError' ||
      /fetch failed|ECONN|ETIMEDOUT|socket/i.test(`${error.message} ${String(error.cause)}`))
  ) {
    return new DeliveryError('transient', `network: ${error.message}`);
  }
  return new DeliveryError('permanent', `unexpected error: ${errorMessage(error)}`);
}

interface ApiMessage {
  id: string;
  timestamp?: string;
  author?: { id?: string };
}

/** A sender for Discord. */
export function createDiscordSender(options: DiscordSenderOptions): BriefingSender {
  const pacing = options.pacing ?? createPacing();
  const rest = new REST({
    api: options.apiBase,
    version: '10',
    retries: 0,
    timeout: options.timeoutMs ?? 15_000,
    // The bot-wide limit is paced by makeRequest below, across instances; the client's own per-process
    // pacing of it is lifted so it never holds requests back and then lets them go in a bunch. Should
    // Discord still answer a global 429, the client waits and sends once (a refused request was not
    // processed); per-route 429s are surfaced so delivery waits as told.
    globalRequestsPerSecond: Number.MAX_SAFE_INTEGER,
    rejectOnRateLimit: (limit) => !limit.global,
    makeRequest: pacedDiscordRequest(pacing, options.token, DefaultRestOptions.makeRequest),
    // Margin added to every rate-limit wait (discord.js default 50 ms). The global window is one
    // second counted here, and per-route waits come from Discord's relative Reset-After, which is
    // already late by the time it arrives; 10 ms keeps a margin without adding 50 ms to each of the
    // twenty windows a 1,000-channel fan-out waits through.
    offset: 10,
  }).setToken(options.token);
  count429sOfDiscordRest(rest);
  let botId: string | undefined;
  const call = callsClassifiedBy(classifyDiscordError);
  /** The id of our message carrying `marker` in a channel (or thread) since `scheduledAt`, else null. */
  const findMarked = async (channelId: string, marker: string, scheduledAt: Date): Promise<string | null> => {
    botId ??= await call(async () => ((await rest.get(Routes.user())) as { id: string }).id);
    const oldest = scheduledAt.getTime() - 5 * 60_000;
    let before: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const query = new URLSearchParams({ limit: '100', ...(before ? { before } : {}) });
      const messages = await call(
        async () => (await rest.get(Routes.channelMessages(channelId), { query })) as ApiMessage[],
      );
      const found = messages.find((m) => m.author?.id === botId && JSON.stringify(m).includes(marker));
      if (found) return found.id;
      const last = messages.at(-1);
      if (!last || messages.length < 100 || Date.parse(last.timestamp ?? '') < oldest) return null;
      before = last.id;
    }
    return null;
  };
  const parts: PartSender = {
    fits: (reply) => renderReply(reply, options.logger).length === 1,
    async post(channelId, reply, part, thread) {
      const nonce = partNonce(part.nonce, 100 + part.index);
      const ids = await call(() =>
        postReplyToChannel(rest, thread ?? channelId, reply, { nonce, logger: options.logger }),
      );
      return ids[0] ?? '';
    },
    find: (channelId, part, thread) => findMarked(thread ?? channelId, part.marker, part.scheduledAt),
    async openThread(channelId, rootId, name) {
      try {
        await rest.post(Routes.threads(channelId, rootId), { body: { name, auto_archive_duration: 1440 } });
      } catch (error) {
        if (error instanceof DiscordAPIError && error.code === threadExists) return;
        throw classifyDiscordError(error);
      }
    },
  };
  return {
    platform: 'discord',
    parts,
    reserveAhead(workspaceIds, from) {
      pacing.pacer.reserveAhead(
        discordGlobalLimit(pacing, options.token),
        workspaceIds.length,
        from.getTime(),
      );
    },
    async send(channelId: string, reply: Reply, slot: SlotRef, signal?: AbortSignal) {
      const ids = await call(() =>
        stoppableBeforeFirstPost(pacing, `discord:${channelId}`, signal, () =>
          postReplyToChannel(rest, channelId, reply, { nonce: slot.nonce, logger: options.logger }),
        ),
      );
      return ids[0] ?? '';
    },
    async alreadySent(channelId: string, slot: SlotRef) {
      return (await findMarked(channelId, `ref ${slot.ref}`, slot.scheduledAt)) !== null;
    },
  };
}
