// Posts briefings to Slack channels through the Slack door's postReplyToChannel, on a WebClient
// of its own per token (no hidden retries, 429s surfaced so delivery waits as told) whose every
// request waits for its turn in the workspace's shared budget first (src/pace/). Every post carries
// message metadata naming its slot (and part); the channel's history, or a digest thread's
// replies, is searched for it before a re-send.
import { webApi } from '@slack/bolt';
import type { Reply } from '../../core/reply.ts';
import { errorMessage } from '../../error-message.ts';
import type { Logger } from '../../logger.ts';
import { count429sOfSlackClient } from '../../metrics/rate-limits.ts';
import {
  createPacing,
  isNotSent,
  type Pacing,
  pacedSlackFetch,
  slackPostLimit,
  stoppableBeforeFirstPost,
} from '../../pace/paced-requests.ts';
import { toBoltLogger } from '../../slack/bolt-logger.ts';
import { postReplyToChannel } from '../../slack/post.ts';
import { renderSlack } from '../../slack/render.ts';
import {
  type BriefingSender,
  callsClassifiedBy,
  DeliveryError,
  type PartSender,
  type SlotRef,
} from '../sender.ts';

/** Metadata event type of briefing posts. */
export const briefingEventType = 'summit_briefing';

/** Where and how to reach Slack. */
export interface SlackSenderOptions {
  /** The one bot token (single workspace). */
  token?: string;
  /** Each workspace's bot token (workspaces install the app); null when it is not installed there. */
  tokenFor?: (workspaceId: string) => Promise<string | null>;
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
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** True for our post of `slot` (and of its part `part`, when given). */
function isOurs(m: HistoryMessage, slot: string, part?: number): boolean {
  const payload = m.metadata?.event_payload;
  return (
    m.metadata?.event_type === briefingEventType &&
    payload?.slot === slot &&
    (part === undefined || Number(payload.part) === part)
  );
}

/** Clients kept per token (one per installed workspace; a reinstall brings a new token). */
const maxClients = 1000;

/** The WebClient's default transport (global fetch), typed as the client takes it. */
const webFetch: webApi.FetchFunction = (url, init) =>
  fetch(url, init as RequestInit) as Promise<Awaited<ReturnType<webApi.FetchFunction>>>;

/** The token that posts in a workspace: the one token, else the workspace's installation (null: none). */
function tokenOf(options: SlackSenderOptions, workspace: string | null | undefined): Promise<string | null> {
  if (options.token) return Promise.resolve(options.token);
  return workspace && options.tokenFor ? options.tokenFor(workspace) : Promise.resolve(null);
}

/** The client for a slot: the one token, or its workspace's, looked up on each post. */
function createClients(
  options: SlackSenderOptions,
  pacing: Pacing,
): (slot: SlotRef) => Promise<webApi.WebClient> {
  const clients = new Map<string, webApi.WebClient>();
  const clientOf = (token: string) => {
    let client = clients.get(token);
    if (!client) {
      if (clients.size >= maxClients) clients.clear();
      client = new webApi.WebClient(token, {
        slackApiUrl: options.apiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: options.timeoutMs ?? 15_000,
        fetch: pacedSlackFetch(pacing, token, webFetch),
        ...(options.logger ? { logger: toBoltLogger(options.logger) } : {}),
      });
      count429sOfSlackClient(client);
      clients.set(token, client);
    }
    return client;
  };
  return async (slot) => {
    if (options.token) return clientOf(options.token);
    const workspace = slot.workspaceId;
    const token = await tokenOf(options, workspace).catch((error: unknown) => {
      throw new DeliveryError('transient', `installation lookup failed: ${errorMessage(error)}`);
    });
    if (!token)
      throw new DeliveryError(
        'gone',
        `the app is not installed in Slack workspace ${workspace ?? '(unknown)'}`,
      );
    return clientOf(token);
  };
}

/** A sender for Slack. */
export function createSlackSender(options: SlackSenderOptions): BriefingSender {
  if (!options.token && !options.tokenFor) throw new Error('a Slack sender needs a token or a token lookup');
  const pacing = options.pacing ?? createPacing();
  const clientFor = createClients(options, pacing);
  const call = callsClassifiedBy(classifySlackError);
  /** The ts of our post matching `match` in the channel (or, with `thread`, in that thread), else null. */
  const findPost = async (
    client: webApi.WebClient,
    channel: string,
    scheduledAt: Date,
    match: (m: HistoryMessage) => boolean,
    thread: string | null = null,
  ): Promise<string | null> => {
    const oldest = String((scheduledAt.getTime() - 5 * 60_000) / 1000);
    let cursor: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const paging = {
        channel,
        oldest,
        include_all_metadata: true,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      };
      const result = await call(() =>
        thread
          ? client.conversations.replies({ ...paging, ts: thread })
          : client.conversations.history(paging),
      );
      const found = ((result.messages ?? []) as HistoryMessage[]).find(match);
      if (found) return found.ts ?? '';
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!cursor) return null;
    }
    return null;
  };
  const parts: PartSender = {
    fits: (reply) => renderSlack(reply).length === 1,
    async post(channelId, reply, part, thread) {
      const client = await clientFor(part);
      const metadata = { event_type: briefingEventType, event_payload: { slot: part.key, part: part.index } };
      const stamps = await call(() =>
        postReplyToChannel(client, channelId, reply, { metadata, ...(thread ? { threadTs: thread } : {}) }),
      );
      return stamps[0] ?? '';
    },
    find: async (channelId, part, thread) =>
      findPost(
        await clientFor(part),
        channelId,
        part.scheduledAt,
        (m) => isOurs(m, part.key, part.index),
        thread,
      ),
    // A Slack thread opens with its first reply (thread_ts): nothing to create.
    async openThread() {},
  };
  return {
    platform: 'slack',
    parts,
    reserveAhead(workspaceIds, from) {
      const counts = new Map<string | null, number>();
      for (const workspace of workspaceIds)
        counts.set(workspace ?? null, (counts.get(workspace ?? null) ?? 0) + 1);
      for (const [workspace, count] of counts) {
        // Only a head start: a lookup that fails here fails again, and is reported, when the post is made.
        void tokenOf(options, workspace).then(
          (found) => found && pacing.pacer.reserveAhead(slackPostLimit(pacing, found), count, from.getTime()),
          () => undefined,
        );
      }
    },
    async send(channelId: string, reply: Reply, slot: SlotRef, signal?: AbortSignal) {
      const client = await clientFor(slot);
      const metadata = { event_type: briefingEventType, event_payload: { slot: slot.key } };
      const stamps = await call(() =>
        stoppableBeforeFirstPost(pacing, `slack:${channelId}`, signal, () =>
          postReplyToChannel(client, channelId, reply, { metadata }),
        ),
      );
      return stamps[0] ?? '';
    },
    async alreadySent(channelId: string, slot: SlotRef) {
      const client = await clientFor(slot);
      return (await findPost(client, channelId, slot.scheduledAt, (m) => isOurs(m, slot.key))) !== null;
    },
  };
}
