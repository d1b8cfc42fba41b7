// Posts a Reply into a channel outside any interaction (the daily briefing), with the same
// renderer as interaction answers: embeds, buttons on the last message, mentions off.
import { createHash } from 'node:crypto';
import { type REST, Routes } from 'discord.js';
import type { Reply } from '../core/reply.ts';
import type { Logger } from '../logger.ts';
import { renderReply } from './render.ts';

/** Options for postReplyToChannel. */
export interface PostOptions {
  /** Idempotency key: Discord drops a repeat post with the same nonce for a few minutes. */
  nonce?: string;
  /** Logs actions that could not become buttons. */
  logger?: Pick<Logger, 'warn'>;
}

/** Discord's nonce for part `index` of a post: at most 25 characters, the same on every retry. */
export function partNonce(nonce: string, index: number): string {
  return createHash('sha256').update(`${nonce}\u0000${index}`).digest('base64url').slice(0, 25);
}

/**
 * Posts `reply` to `channelId` (POST /channels/{id}/messages), one message per rendered part.
 * Returns the ids of the messages, in order. Throws the REST error when Discord refuses.
 */
export async function postReplyToChannel(
  rest: Pick<REST, 'post'>,
  channelId: string,
  reply: Reply,
  options: PostOptions = {},
): Promise<string[]> {
  const ids: string[] = [];
  const parts = renderReply(reply, options.logger);
  for (const [index, part] of parts.entries()) {
    const body = {
      embeds: part.embeds,
      components: part.components,
      allowed_mentions: { parse: [] },
      ...(options.nonce ? { nonce: partNonce(options.nonce, index), enforce_nonce: true } : {}),
    };
    const message = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
    ids.push(message.id);
  }
  return ids;
}
