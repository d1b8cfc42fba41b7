// Posts briefings to Slack channels through the Slack door's postReplyToChannel, on a WebClient
// of its own (no hidden retries, 429s surfaced so delivery waits as told) whose every request waits
// for its turn in the workspace's shared budget first (src/pace/). Every post carries message
// metadata naming its slot; the channel's history is searched for it before a re-send.
import { webApi } from '@slack/bolt';
import type { Reply } from '../../core/reply.ts';
import { errorMessage } from '../../error-message.ts';
import type { Logger } from '../../logger.ts';
import {
  createPacing,
  isNotSent,
  type Pacing,
  pacedSlackFetch,
  stoppableBeforeFirstPost,
} from '../../pace/paced-requests.ts';
import { toBoltLogger } from '../../slack/bolt-logger.ts';
import { postReplyToChannel } from '../../slack/post.ts';
import { type BriefingSender, callsClassifiedBy, DeliveryError, type SlotRef } from '../sender.ts';

/** Metadata event type of briefing posts. */
export const briefingEventType = 'summit_briefing';

/** Where and how to reach Slack. */
export interface SlackSenderOptions {
  token: string;
  /** SLACK_API_URL. */
  apiUrl: string;
  /** One request's time limit (default 15 s). */
  timeoutMs?: number;
  logger?: Logger;
  /** Shared pacing (default: paced within this process only). */
  pacing?: Pacing;
}

/** Platform errors that mean the channel is gone or forbids the bot. */
const goneErrors = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'team_access_not_granted',
]);
const transientErrors = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** Pages of history searched for a slot's metadata. */
const maxPages = 5;

/** Classifies a Web API failure. */
export function classifySlackError(error: unknown): DeliveryError {
  if (isNotSent(error)) return new DeliveryError('stopped', 'shutting down before the post left');
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return new DeliveryError('rate-limited', 'rate limited (429)', error.retryAfter * 1000);
  }
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = error.data.error;
    if (goneErrors.has(code)) return new DeliveryError('gone', code);
    if (code === 'ratelimited') return new DeliveryError('rate-limited', code, 1000);
    return new DeliveryError(transientErrors.has(code) ? 'transient' : 'permanent', code);
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    return new DeliveryError(
      error.statusCode >= 500 ? 'transient' : 'permanent',
      `HTTP ${error.statusCode} from Slack`,
    );
  }
  if (error instanceof webApi.WebAPIRequestError) {
    return new DeliveryError('transient', `network: ${error.original.message}`);
  }
  return new DeliveryError('permanent', `unexpected error: ${errorMessage(error)}`);
}

interface HistoryMessage {
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** The WebClient's default transport (global fetch), typed as the client takes it. */
const webFetch: webApi.FetchFunction = (url, init) =>
  fetch(url, init as RequestInit) as Promise<Awaited<ReturnType<webApi.FetchFunction>>>;

/** A sender for Slack. */
export function createSlackSender(options: SlackSenderOptions): BriefingSender {
  const pacing = options.pacing ?? createPacing();
  const client = new webApi.WebClient(options.token, {
    slackApiUrl: options.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 15_000,
    fetch: pacedSlackFetch(pacing, options.token, webFetch),
    ...(options.logger ? { logger: toBoltLogger(options.logger) } : {}),
  });
  const call = callsClassifiedBy(classifySlackError);
  return {
    platform: 'slack',
    async send(channelId: string, reply: Reply, slot: SlotRef, signal?: AbortSignal) {
      const metadata = { event_type: briefingEventType, event_payload: { slot: slot.key } };
      const stamps = await call(() =>
        stoppableBeforeFirstPost(pacing, `slack:${channelId}`, signal, () =>
          postReplyToChannel(client, channelId, reply, { metadata }),
        ),
      );
      return stamps[0] ?? '';
    },
    async alreadySent(channelId: string, slot: SlotRef) {
      const oldest = String((slot.scheduledAt.getTime() - 5 * 60_000) / 1000);
      let cursor: string | undefined;
      for (let page = 0; page < maxPages; page++) {
        const result = await call(() =>
          client.conversations.history({
            channel: channelId,
            oldest,
            include_all_metadata: true,
            limit: 200,
            ...(cursor ? { cursor } : {}),
          }),
        );
        const messages = (result.messages ?? []) as HistoryMessage[];
        if (
          messages.some(
            (m) =>
              m.metadata?.event_type === briefingEventType && m.metadata.event_payload?.slot === slot.key,
          )
        )
          return true;
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!cursor) return false;
      }
      return false;
    },
  };
}
