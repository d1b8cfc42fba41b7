// Posts a Reply into a channel with chat.postMessage (the daily briefing uses it), rendered and
// split exactly like command answers; every part is sent, in order.
import type { webApi } from '@slack/bolt';
import type { Reply } from '../core/reply.ts';
import { renderSlack } from './render.ts';

/** Message metadata Slack stores with a post (e.g. which briefing it was). */
export interface PostMetadata {
  /** Event type name, e.g. 'summit_briefing'. */
  event_type: string;
  /** Small JSON payload. */
  event_payload: Record<string, string | number | boolean>;
}

/** Options for postReplyToChannel. */
export interface PostOptions {
  /** Attached to every part, so a later run can recognise its own posts. */
  metadata?: PostMetadata;
  /** Posts as replies in the thread of this message (its ts). */
  threadTs?: string;
}

/**
 * Posts a reply into a channel; returns the `ts` of each message posted. Throws the Web API error
 * (e.g. not_in_channel, channel_not_found) so the caller can record the failed delivery.
 */
export async function postReplyToChannel(
  client: webApi.WebClient,
  channel: string,
  reply: Reply,
  options: PostOptions = {},
): Promise<string[]> {
  const stamps: string[] = [];
  for (const message of renderSlack(reply)) {
    const result = await client.chat.postMessage({
      channel,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
      ...(options.metadata ? { metadata: options.metadata } : {}),
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    });
    if (result.ts) stamps.push(result.ts);
  }
  return stamps;
}
